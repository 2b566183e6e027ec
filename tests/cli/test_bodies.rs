//! Public bodies: list, show, rename, alias, kind, merge; names resolved
//! through aliases on import and `case add`; `recap --by body` and `--by body-kind`; the
//! history of the bodies, which the database and `verify` hold the tables to.

use crate::common::{TestEnv, refused, run_stdin, session, write};

/// Two spellings of one body, and another body.
fn spellings() -> TestEnv {
    let env = TestEnv::initialised();
    env.add("2026-02-02", "Budi Santoso", "Dinas PUPR Kab. Muaro Jambi");
    env.add("2026-03-02", "LBH Jambi", "Dinas PU Muaro Jambi");
    env.add("2026-04-06", "Siti Aminah", "Dinas PU Muaro Jambi");
    env.add("2026-05-04", "Warga Desa", "Bappeda Provinsi Jambi");
    env.ok(&["case", "qualify", "2026/2", "--on", "2026-03-09"]);
    env.ok(&["case", "withdraw", "2026/3", "--on", "2026-04-13"]);
    env
}

#[test]
fn merging_two_spellings_of_a_body() {
    let env = spellings();
    insta::assert_snapshot!(session(&env, &[
        &["recap", "--by", "body", "--format", "csv"],
        &["body", "list"],
        &["body", "alias", "dinas pupr kab. muaro jambi", "--add", "DPUPR Muaro Jambi"],
        &["body", "set", "DPUPR MUARO JAMBI", "--kind", "pemerintah-kabupaten-kota"],
        &["body", "set", "Bappeda Provinsi Jambi", "--kind", "provincial-government"],
    ]), @"
    $ sengketa recap --by body --format csv
    year,public_body,entered,awaiting_qualification,not_qualified,withdrawn,interim_ruling,mediation_agreement,granted,partly_granted,rejected,dismissed,lapsed,in_process,as_of
    2026,Dinas PU Muaro Jambi,2,0,0,1,0,0,0,0,0,0,0,1,2026-11-29
    2026,Bappeda Provinsi Jambi,1,1,0,0,0,0,0,0,0,0,0,0,2026-11-29
    2026,Dinas PUPR Kab. Muaro Jambi,1,1,0,0,0,0,0,0,0,0,0,0,2026-11-29
    2026,total,4,2,0,1,0,0,0,0,0,0,0,1,2026-11-29
    total,total,4,2,0,1,0,0,0,0,0,0,0,1,2026-11-29
    [exit status: 0]
    $ sengketa body list
    Name                         Kind   Cases  Aliases  Merged into it
    ───────────────────────────  ─────  ─────  ───────  ──────────────
    Bappeda Provinsi Jambi       other  1
    Dinas PU Muaro Jambi         other  2
    Dinas PUPR Kab. Muaro Jambi  other  1
    [exit status: 0]
    $ sengketa body alias 'dinas pupr kab. muaro jambi' --add 'DPUPR Muaro Jambi'
    ------- stderr -------
    Dinas PUPR Kab. Muaro Jambi also goes by DPUPR Muaro Jambi
    [exit status: 0]
    $ sengketa body set 'DPUPR MUARO JAMBI' --kind pemerintah-kabupaten-kota
    ------- stderr -------
    Dinas PUPR Kab. Muaro Jambi: kind other -> regency_city_government
    [exit status: 0]
    $ sengketa body set 'Bappeda Provinsi Jambi' --kind provincial-government
    ------- stderr -------
    Bappeda Provinsi Jambi: kind other -> provincial_government
    [exit status: 0]
    ");
    // Without a terminal and without --yes, nothing is merged.
    let no = refused(
        &env,
        &[
            "body",
            "merge",
            "Dinas PU Muaro Jambi",
            "--into",
            "DPUPR Muaro Jambi",
        ],
        3,
    );
    insta::assert_snapshot!(no, @"
    $ sengketa body merge 'Dinas PU Muaro Jambi' --into 'DPUPR Muaro Jambi'
    ------- stderr -------
    error: merging Dinas PU Muaro Jambi into Dinas PUPR Kab. Muaro Jambi was not confirmed: nothing was changed
    hint: a merge cannot be undone; on a terminal answer y, in a script give --yes
    [exit status: 3]
    ");
    // Nor when the answer on standard input is no (standard input is no terminal here).
    let piped = run_stdin(
        &env,
        &[
            "body",
            "merge",
            "Dinas PU Muaro Jambi",
            "--into",
            "DPUPR Muaro Jambi",
        ],
        "y\n",
    );
    assert_eq!(piped.code, 3, "{}", piped.snapshot());
    insta::assert_snapshot!(session(&env, &[
        &["body", "merge", "Dinas PU Muaro Jambi", "--into", "DPUPR Muaro Jambi", "--yes",
          "--note", "one office, two spellings"],
        &["recap", "--by", "body", "--format", "csv"],
        &["recap", "--by", "body", "--lang", "id"],
        &["recap", "--by", "body-kind"],
        &["recap", "--by", "body-kind", "--format", "md", "--lang", "id"],
        &["body", "list", "--format", "csv"],
        &["body", "show", "Dinas PU Muaro Jambi"],
        &["body", "show", "dpupr muaro jambi", "--format", "json"],
    ]), @r#"
    $ sengketa body merge 'Dinas PU Muaro Jambi' --into 'DPUPR Muaro Jambi' --yes --note 'one office, two spellings'
    ------- stderr -------
    Dinas PU Muaro Jambi merged into Dinas PUPR Kab. Muaro Jambi: 2 cases moved
    [exit status: 0]
    $ sengketa recap --by body --format csv
    year,public_body,entered,awaiting_qualification,not_qualified,withdrawn,interim_ruling,mediation_agreement,granted,partly_granted,rejected,dismissed,lapsed,in_process,as_of
    2026,Dinas PUPR Kab. Muaro Jambi,3,1,0,1,0,0,0,0,0,0,0,1,2026-11-29
    2026,Bappeda Provinsi Jambi,1,1,0,0,0,0,0,0,0,0,0,0,2026-11-29
    2026,total,4,2,0,1,0,0,0,0,0,0,0,1,2026-11-29
    total,total,4,2,0,1,0,0,0,0,0,0,0,1,2026-11-29
    [exit status: 0]
    $ sengketa recap --by body --lang id
    Per tanggal Minggu, 29 November 2026
    Tahun   Badan publik                 A  B  C  D  E  F  G  H  I  J  K  L
    ──────  ───────────────────────────  ─  ─  ─  ─  ─  ─  ─  ─  ─  ─  ─  ─
    2026    Dinas PUPR Kab. Muaro Jambi  3  1  -  1  -  -  -  -  -  -  -  1
    2026    Bappeda Provinsi Jambi       1  1  -  -  -  -  -  -  -  -  -  -
    2026    Jumlah                       4  2  -  1  -  -  -  -  -  -  -  1
    Jumlah  Jumlah                       4  2  -  1  -  -  -  -  -  -  -  1

    A  Masuk
    B  Belum diperiksa syaratnya
    C  Tidak memenuhi syarat
    D  Dicabut
    E  Putusan sela
    F  Putusan mediasi
    G  Dikabulkan seluruhnya
    H  Dikabulkan sebagian
    I  Ditolak
    J  Tidak dapat diterima
    K  Gugur
    L  Proses
    [exit status: 0]
    $ sengketa recap --by body-kind
    As of 2026-11-29
    Year   Kind of public body         A  B  C  D  E  F  G  H  I  J  K  L
    ─────  ──────────────────────────  ─  ─  ─  ─  ─  ─  ─  ─  ─  ─  ─  ─
    2026   regency or city government  3  1  -  1  -  -  -  -  -  -  -  1
    2026   provincial government       1  1  -  -  -  -  -  -  -  -  -  -
    2026   Total                       4  2  -  1  -  -  -  -  -  -  -  1
    Total  Total                       4  2  -  1  -  -  -  -  -  -  -  1

    A  Entered
    B  Awaiting qualification
    C  Doesn't qualify
    D  Withdrawn
    E  Interim ruling
    F  Mediation agreement
    G  Granted
    H  Partly granted
    I  Rejected
    J  Dismissed
    K  Lapsed
    L  In process
    [exit status: 0]
    $ sengketa recap --by body-kind --format md --lang id
    Per tanggal 2026-11-29

    | Tahun | Jenis badan publik | Masuk | Belum diperiksa syaratnya | Tidak memenuhi syarat | Dicabut | Putusan sela | Putusan mediasi | Dikabulkan seluruhnya | Dikabulkan sebagian | Ditolak | Tidak dapat diterima | Gugur | Proses |
    |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
    | 2026 | pemerintah kabupaten/kota | 3 | 1 | - | 1 | - | - | - | - | - | - | - | 1 |
    | 2026 | pemerintah provinsi | 1 | 1 | - | - | - | - | - | - | - | - | - | - |
    | 2026 | Jumlah | 4 | 2 | - | 1 | - | - | - | - | - | - | - | 1 |
    | Jumlah | Jumlah | 4 | 2 | - | 1 | - | - | - | - | - | - | - | 1 |
    [exit status: 0]
    $ sengketa body list --format csv
    name,kind,cases,aliases,merged
    Bappeda Provinsi Jambi,provincial_government,1,,
    Dinas PUPR Kab. Muaro Jambi,regency_city_government,3,DPUPR Muaro Jambi,Dinas PU Muaro Jambi
    [exit status: 0]
    $ sengketa body show 'Dinas PU Muaro Jambi'
    Name: Dinas PUPR Kab. Muaro Jambi
    Kind: regency_city_government (regency or city government)
    Cases: 3
    Aliases: DPUPR Muaro Jambi
    Merged into it: Dinas PU Muaro Jambi
    Recorded              Actor  What happened              Note
    ────────────────────  ─────  ─────────────────────────  ────────────────────────
    2026-11-29 15:00 WIB  clerk  Dinas PUPR Kab. Muaro Ja…
    2026-11-29 15:00 WIB  clerk  Dinas PU Muaro Jambi add…
    2026-11-29 15:00 WIB  clerk  Dinas PUPR Kab. Muaro Ja…
    2026-11-29 15:00 WIB  clerk  Dinas PUPR Kab. Muaro Ja…
    2026-11-29 15:00 WIB  clerk  Dinas PU Muaro Jambi mer…  one office, two spellin…
    [exit status: 0]
    $ sengketa body show 'dpupr muaro jambi' --format json
    {
      "name": "Dinas PUPR Kab. Muaro Jambi",
      "kind": "regency_city_government",
      "cases": 3,
      "aliases": [
        "DPUPR Muaro Jambi"
      ],
      "merged": [
        "Dinas PU Muaro Jambi"
      ],
      "history": [
        {
          "recorded_at": "2026-11-29T08:00:00Z",
          "actor": "clerk",
          "command": "add",
          "change": "add",
          "body": "Dinas PUPR Kab. Muaro Jambi",
          "name": "Dinas PUPR Kab. Muaro Jambi",
          "kind": "other",
          "into": null,
          "what": "Dinas PUPR Kab. Muaro Jambi added (other)",
          "note": null
        },
        {
          "recorded_at": "2026-11-29T08:00:00Z",
          "actor": "clerk",
          "command": "add",
          "change": "add",
          "body": "Dinas PU Muaro Jambi",
          "name": "Dinas PU Muaro Jambi",
          "kind": "other",
          "into": null,
          "what": "Dinas PU Muaro Jambi added (other)",
          "note": null
        },
        {
          "recorded_at": "2026-11-29T08:00:00Z",
          "actor": "clerk",
          "command": "body_alias",
          "change": "alias",
          "body": "Dinas PUPR Kab. Muaro Jambi",
          "name": "DPUPR Muaro Jambi",
          "kind": null,
          "into": null,
          "what": "Dinas PUPR Kab. Muaro Jambi also goes by DPUPR Muaro Jambi",
          "note": null
        },
        {
          "recorded_at": "2026-11-29T08:00:00Z",
          "actor": "clerk",
          "command": "body_set",
          "change": "kind",
          "body": "Dinas PUPR Kab. Muaro Jambi",
          "name": null,
          "kind": "regency_city_government",
          "into": null,
          "what": "Dinas PUPR Kab. Muaro Jambi: kind regency or city government",
          "note": null
        },
        {
          "recorded_at": "2026-11-29T08:00:00Z",
          "actor": "clerk",
          "command": "body_merge",
          "change": "merge",
          "body": "Dinas PU Muaro Jambi",
          "name": null,
          "kind": null,
          "into": "Dinas PUPR Kab. Muaro Jambi",
          "what": "Dinas PU Muaro Jambi merged into Dinas PUPR Kab. Muaro Jambi",
          "note": "one office, two spellings"
        }
      ]
    }
    [exit status: 0]
    "#);
    // The old spelling lands on the merged body: in an import, and in `case add`.
    let file = write(
        &env,
        "more.csv",
        "register_no,received_on,applicant,applicant_kind,public_body,subject,qualified_on,not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,decision_via,decision_outcome,decision_no,closed_on\n\
         ,2026-06-01,Rina,individual,DINAS PU  MUARO JAMBI,Jalan,,,,,,,,,\n",
    );
    env.ok(&["import", file]);
    env.add("2026-06-02", "Joko", "dpupr muaro jambi");
    insta::assert_snapshot!(session(&env, &[
        &["case", "list", "--year", "2026", "--format", "csv"],
        &["body", "list"],
        &["recap", "--by", "body", "--format", "csv"],
    ]), @"
    $ sengketa case list --year 2026 --format csv
    register_no,received_on,state,applicant,applicant_kind,public_body,subject,start_by,finish_by,working_days_open,overdue
    001/II/KI-JBI-PS/2026,2026-02-02,entered,Budi Santoso,individual,Dinas PUPR Kab. Muaro Jambi,Anggaran,2026-02-24,2026-07-13,197,start;finish
    002/III/KI-JBI-PS/2026,2026-03-02,qualified,LBH Jambi,individual,Dinas PUPR Kab. Muaro Jambi,Anggaran,2026-03-27,2026-08-06,179,finish
    003/IV/KI-JBI-PS/2026,2026-04-06,withdrawn,Siti Aminah,individual,Dinas PUPR Kab. Muaro Jambi,Anggaran,2026-04-24,2026-09-04,5,
    004/V/KI-JBI-PS/2026,2026-05-04,entered,Warga Desa,individual,Bappeda Provinsi Jambi,Anggaran,2026-05-26,2026-10-01,141,start;finish
    005/VI/KI-JBI-PS/2026,2026-06-01,entered,Rina,individual,Dinas PUPR Kab. Muaro Jambi,Jalan,2026-06-22,2026-10-22,126,start;finish
    006/VI/KI-JBI-PS/2026,2026-06-02,entered,Joko,individual,Dinas PUPR Kab. Muaro Jambi,Anggaran,2026-06-23,2026-10-23,125,start;finish
    [exit status: 0]
    $ sengketa body list
    Name               Kind               Cases  Aliases            Merged into it
    ─────────────────  ─────────────────  ─────  ─────────────────  ────────────────
    Bappeda Provinsi…  provincial gover…  1
    Dinas PUPR Kab.…   regency or city…   5      DPUPR Muaro Jambi  Dinas PU Muaro…
    [exit status: 0]
    $ sengketa recap --by body --format csv
    year,public_body,entered,awaiting_qualification,not_qualified,withdrawn,interim_ruling,mediation_agreement,granted,partly_granted,rejected,dismissed,lapsed,in_process,as_of
    2026,Dinas PUPR Kab. Muaro Jambi,5,3,0,1,0,0,0,0,0,0,0,1,2026-11-29
    2026,Bappeda Provinsi Jambi,1,1,0,0,0,0,0,0,0,0,0,0,2026-11-29
    2026,total,6,4,0,1,0,0,0,0,0,0,0,1,2026-11-29
    total,total,6,4,0,1,0,0,0,0,0,0,0,1,2026-11-29
    [exit status: 0]
    ");
    // `case undo` does not split them: the case's latest step is reverted, its body stays.
    env.ok(&["case", "undo", "2026/2", "--reason", "not qualified yet"]);
    let case: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", "2026/2", "--format", "json"])).unwrap();
    assert_eq!(case["public_body"], "Dinas PUPR Kab. Muaro Jambi");
    assert_eq!(env.run(&["verify"]).code, 0);
}

#[test]
fn renames_aliases_kinds_and_their_refusals() {
    let env = spellings();
    insta::assert_snapshot!(session(&env, &[
        &["body", "rename", "Bappeda Provinsi Jambi", "--to", "Bappeda  Prov. Jambi"],
        &["body", "alias", "Bappeda Prov. Jambi", "--add", "Bappeda Provinsi Jambi"],
        &["case", "add", "--received", "2026-06-01", "--applicant", "X",
          "--body", "bappeda provinsi jambi", "--subject", "RKPD"],
        &["case", "edit", "2026/1", "--body", "BAPPEDA PROVINSI JAMBI"],
        &["body", "list", "--format", "json"],
    ]), @r#"
    $ sengketa body rename 'Bappeda Provinsi Jambi' --to 'Bappeda  Prov. Jambi'
    ------- stderr -------
    public body Bappeda Provinsi Jambi renamed Bappeda Prov. Jambi
    [exit status: 0]
    $ sengketa body alias 'Bappeda Prov. Jambi' --add 'Bappeda Provinsi Jambi'
    ------- stderr -------
    Bappeda Prov. Jambi also goes by Bappeda Provinsi Jambi
    [exit status: 0]
    $ sengketa case add --received 2026-06-01 --applicant X --body 'bappeda provinsi jambi' --subject RKPD
    005/VI/KI-JBI-PS/2026
    [exit status: 0]
    $ sengketa case edit 2026/1 --body 'BAPPEDA PROVINSI JAMBI'
    ------- stderr -------
    001/II/KI-JBI-PS/2026: corrected
    [exit status: 0]
    $ sengketa body list --format json
    [
      {
        "name": "Bappeda Prov. Jambi",
        "kind": "other",
        "cases": 3,
        "aliases": [
          "Bappeda Provinsi Jambi"
        ],
        "merged": []
      },
      {
        "name": "Dinas PU Muaro Jambi",
        "kind": "other",
        "cases": 2,
        "aliases": [],
        "merged": []
      },
      {
        "name": "Dinas PUPR Kab. Muaro Jambi",
        "kind": "other",
        "cases": 0,
        "aliases": [],
        "merged": []
      }
    ]
    [exit status: 0]
    "#);
    let refusals = [
        refused(
            &env,
            &[
                "body",
                "rename",
                "Dinas PU Muaro Jambi",
                "--to",
                "dinas pupr kab. muaro jambi",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "body",
                "rename",
                "Dinas PU Muaro Jambi",
                "--to",
                "Bappeda Provinsi Jambi",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "body",
                "rename",
                "Dinas PU Muaro Jambi",
                "--to",
                "Dinas PU Muaro Jambi",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "body",
                "alias",
                "Dinas PU Muaro Jambi",
                "--add",
                "Bappeda Prov. Jambi",
            ],
            3,
        ),
        refused(
            &env,
            &[
                "body",
                "alias",
                "Dinas PU Muaro Jambi",
                "--add",
                "dinas pu muaro jambi",
            ],
            3,
        ),
        refused(
            &env,
            &["body", "set", "Dinas PU Muaro Jambi", "--kind", "other"],
            3,
        ),
        refused(
            &env,
            &["body", "set", "Dinas PU Muaro Jambi", "--kind", "kantor"],
            2,
        ),
        refused(
            &env,
            &[
                "body",
                "merge",
                "Bappeda Prov. Jambi",
                "--into",
                "bappeda provinsi jambi",
                "--yes",
            ],
            3,
        ),
        refused(&env, &["body", "show", "Dinas Kesehatan"], 4),
        refused(
            &env,
            &[
                "body",
                "merge",
                "Dinas Kesehatan",
                "--into",
                "Bappeda",
                "--yes",
            ],
            4,
        ),
        refused(
            &env,
            &["body", "alias", "Dinas PU Muaro Jambi", "--add", " "],
            3,
        ),
    ]
    .concat();
    insta::assert_snapshot!(refusals, @"
    $ sengketa body rename 'Dinas PU Muaro Jambi' --to 'dinas pupr kab. muaro jambi'
    ------- stderr -------
    error: dinas pupr kab. muaro jambi is already a name of the public body Dinas PUPR Kab. Muaro Jambi
    hint: two bodies with one name are one body: `sengketa body merge` joins them
    [exit status: 3]
    $ sengketa body rename 'Dinas PU Muaro Jambi' --to 'Bappeda Provinsi Jambi'
    ------- stderr -------
    error: Bappeda Provinsi Jambi is already a name of the public body Bappeda Prov. Jambi
    hint: two bodies with one name are one body: `sengketa body merge` joins them
    [exit status: 3]
    $ sengketa body rename 'Dinas PU Muaro Jambi' --to 'Dinas PU Muaro Jambi'
    ------- stderr -------
    error: nothing to change on the public body Dinas PU Muaro Jambi
    hint: give a new value
    [exit status: 3]
    $ sengketa body alias 'Dinas PU Muaro Jambi' --add 'Bappeda Prov. Jambi'
    ------- stderr -------
    error: Bappeda Prov. Jambi is already a name of the public body Bappeda Prov. Jambi
    hint: two bodies with one name are one body: `sengketa body merge` joins them
    [exit status: 3]
    $ sengketa body alias 'Dinas PU Muaro Jambi' --add 'dinas pu muaro jambi'
    ------- stderr -------
    error: dinas pu muaro jambi is already a name of the public body Dinas PU Muaro Jambi
    hint: two bodies with one name are one body: `sengketa body merge` joins them
    [exit status: 3]
    $ sengketa body set 'Dinas PU Muaro Jambi' --kind other
    ------- stderr -------
    error: nothing to change on the public body Dinas PU Muaro Jambi
    hint: give a new value
    [exit status: 3]
    $ sengketa body set 'Dinas PU Muaro Jambi' --kind kantor
    ------- stderr -------
    error: invalid value 'kantor' for '--kind <KIND>'
      [possible values: ministry_agency, provincial_government, regency_city_government, village, state_enterprise, legislature, judiciary, political_party, ngo, education, other]

    For more information, try '--help'.
    [exit status: 2]
    $ sengketa body merge 'Bappeda Prov. Jambi' --into 'bappeda provinsi jambi' --yes
    ------- stderr -------
    error: Bappeda Prov. Jambi cannot be merged into itself
    hint: name two different bodies
    [exit status: 3]
    $ sengketa body show 'Dinas Kesehatan'
    ------- stderr -------
    error: there is no public body Dinas Kesehatan in the register
    hint: `sengketa body list` shows the public bodies and their aliases
    [exit status: 4]
    $ sengketa body merge 'Dinas Kesehatan' --into Bappeda --yes
    ------- stderr -------
    error: there is no public body Dinas Kesehatan in the register
    hint: `sengketa body list` shows the public bodies and their aliases
    [exit status: 4]
    $ sengketa body alias 'Dinas PU Muaro Jambi' --add ' '
    ------- stderr -------
    error: --add is empty
    hint: give --add a value
    [exit status: 3]
    ");
    assert_eq!(env.run(&["verify"]).code, 0);
}

#[test]
fn direct_edits_of_bodies() {
    let env = spellings();
    env.ok(&[
        "body",
        "alias",
        "Dinas PUPR Kab. Muaro Jambi",
        "--add",
        "DPUPR",
    ]);
    env.ok(&[
        "body",
        "merge",
        "Dinas PU Muaro Jambi",
        "--into",
        "DPUPR",
        "--yes",
    ]);
    let mut all = String::new();
    for sql in [
        "UPDATE bodies SET name = 'Dinas PUPR', name_key = 'dinas pupr' WHERE id = 1",
        "UPDATE bodies SET kind = 'village' WHERE id = 1",
        "UPDATE bodies SET merged_into = NULL WHERE id = 2",
        "INSERT INTO bodies (id, name, name_key) VALUES (9, 'Dinas Baru', 'dinas baru')",
        "DELETE FROM bodies WHERE id = 3",
        "INSERT INTO body_aliases (alias_key, alias, body_id) VALUES ('pupr', 'PUPR', 1)",
        "UPDATE body_aliases SET body_id = 3",
        "DELETE FROM body_aliases",
        "UPDATE body_changes SET name = 'X'",
        "UPDATE cases SET body_id = 2 WHERE id = 1",
        "UPDATE cases SET body_id = 3 WHERE id = 1",
    ] {
        let before = env.contents();
        let out = env.sqlite(sql);
        assert_ne!(out.code, 0, "{sql} was allowed");
        assert_eq!(env.contents(), before, "{sql} changed the register");
        let line = out.stderr.lines().next().unwrap_or("");
        let line = line.trim_start_matches("Error: stepping, ");
        let said: String = line.trim_end_matches(" (19)").chars().take(80).collect();
        all += &format!("{sql}\n  -> {said}\n");
    }
    insta::assert_snapshot!(all, @"
    UPDATE bodies SET name = 'Dinas PUPR', name_key = 'dinas pupr' WHERE id = 1
      -> a public body changes only with its change in body_changes
    UPDATE bodies SET kind = 'village' WHERE id = 1
      -> a public body changes only with its change in body_changes
    UPDATE bodies SET merged_into = NULL WHERE id = 2
      -> a public body changes only with its change in body_changes
    INSERT INTO bodies (id, name, name_key) VALUES (9, 'Dinas Baru', 'dinas baru')
      -> a public body enters the register only with its change in body_changes
    DELETE FROM bodies WHERE id = 3
      -> public bodies cannot be deleted; merge one into another instead
    INSERT INTO body_aliases (alias_key, alias, body_id) VALUES ('pupr', 'PUPR', 1)
      -> an alias enters the register only with its change in body_changes, on a body not
    UPDATE body_aliases SET body_id = 3
      -> an alias moves only with a merge of its body, in body_changes
    DELETE FROM body_aliases
      -> aliases cannot be deleted
    UPDATE body_changes SET name = 'X'
      -> the history is append-only: body changes cannot be changed
    UPDATE cases SET body_id = 2 WHERE id = 1
      -> that public body was merged into another
    UPDATE cases SET body_id = 3 WHERE id = 1
      -> a case's body changes only with a correction of the case or a merge of bodies
    ");
    assert_eq!(env.run(&["verify"]).code, 0);
    // With the triggers dropped, `verify` finds what changed behind the history's back.
    let out = env.sqlite(
        "DROP TRIGGER bodies_update_follows_history; DROP TRIGGER body_aliases_update_follows_history;
         DROP TRIGGER cases_body_follows_history; DROP TRIGGER cases_moved_to_bodies_not_merged;
         UPDATE bodies SET kind = 'village' WHERE id = 3;
         UPDATE body_aliases SET body_id = 3;
         UPDATE cases SET body_id = 2 WHERE id = 1;",
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    insta::assert_snapshot!(env.run(&["verify"]).snapshot(), @"
    the register lacks the trigger bodies_update_follows_history of this version's schema
    the register lacks the trigger body_aliases_update_follows_history of this version's schema
    the register lacks the trigger cases_body_follows_history of this version's schema
    the register lacks the trigger cases_moved_to_bodies_not_merged of this version's schema
    act 3 (add by clerk, recorded 2026-11-29T08:00:00Z) does not match its hash: it, or a row it wrote, was changed after it was recorded
    public body Bappeda Provinsi Jambi: the register differs from what the bodies' history leads to
    alias DPUPR: the register differs from what the bodies' history leads to
    case 001/II/KI-JBI-PS/2026 is on Dinas PU Muaro Jambi, a body merged into another
    10 acts were recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act 1: their dates or times are what the environment said, not the computer's clock
    8 problems found in 4 cases
    ------- stderr -------
    hint: cases or their history were changed outside sengketa; the history is the record: compare with a backup (`sengketa case show` prints a case's history)
    hint: the public bodies were changed outside sengketa: restore the register from a backup, or redo the change with `sengketa body`, which records it
    hint: the history was changed outside sengketa after it was recorded: compare with a backup or an archive; `sengketa verify --since HEAD`, with a head written down earlier, tells whether the history up to it is as it was
    hint: the register's tables, indexes or triggers were changed outside sengketa (without its triggers the history can be rewritten): restore the register from a backup
    [exit status: 1]
    ");
}

/// Runs `sengketa ARGS` on a pseudo-terminal (`script`, from util-linux) that types
/// `input`; returns the exit code and what the terminal showed (the typed answers are
/// echoed wherever they land: only what the program wrote is asserted).
pub(crate) fn on_a_terminal(env: &TestEnv, args: &str, input: &str) -> (i32, String) {
    use std::io::Write;
    let line = format!("{} {args}", env!("CARGO_BIN_EXE_sengketa"));
    let mut child = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .envs(
            env.command()
                .get_envs()
                .filter_map(|(k, v)| v.map(|v| (k, v))),
        )
        .env("TERM", "xterm")
        // Plain words: what is said, not its colours (tested in test_colour).
        .env("NO_COLOR", "1")
        .current_dir(env.dir())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    child
        .stdin
        .take()
        .expect("a stdin pipe")
        .write_all(input.as_bytes())
        .expect("typed");
    let out = child.wait_with_output().expect("script ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"),
    )
}

/// On a terminal, `case add` asks the kind of a body new to the register (a menu, the
/// name's suggestion chosen first), and a merge asks before it merges.
#[test]
fn on_a_terminal_the_kind_and_the_merge_are_asked() {
    let env = TestEnv::initialised();
    let add = |body: &str, answer: &str| {
        let args = format!(
            "case add --received 2026-09-01 --applicant Budi --subject RKA --body '{body}'"
        );
        on_a_terminal(&env, &args, answer)
    };
    // The kind is a menu in the run's language, the name's suggestion first chosen:
    // Enter takes it.
    let (code, out) = add("Pemerintah Desa Sungai Duren", "\n");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Kind of the new public body \"Pemerintah Desa Sungai Duren\""),
        "{out}"
    );
    assert!(
        out.contains("village (desa)") && out.contains("other (lainnya)"),
        "{out}"
    );
    let (code, out) = add("Kantor Baru", "\n");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Kind of the new public body \"Kantor Baru\""),
        "{out}"
    );
    let bodies = env.ok(&["body", "list", "--format", "csv"]);
    assert!(
        bodies.contains("Pemerintah Desa Sungai Duren,village,"),
        "{bodies}"
    );
    assert!(bodies.contains("Kantor Baru,other,"), "{bodies}");
    // A body the register knows is not asked about.
    let (code, out) = add("kantor  baru", "");
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("Kind of"), "{out}");
    assert!(out.contains("warning: looks like 2026/2"), "{out}");
    let merge = "body merge 'Kantor Baru' --into 'Pemerintah Desa Sungai Duren'";
    let before = env.contents();
    let (code, out) = on_a_terminal(&env, merge, "n\n");
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("Merge Kantor Baru (2 cases) into Pemerintah Desa Sungai Duren? This cannot be undone. (y/N)"),
        "{out}"
    );
    assert!(
        out.contains(
            "error: merging Kantor Baru into Pemerintah Desa Sungai Duren was not confirmed"
        ),
        "{out}"
    );
    assert_eq!(env.contents(), before);
    let (code, out) = on_a_terminal(&env, merge, "ya\n");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Kantor Baru merged into Pemerintah Desa Sungai Duren: 2 cases moved"),
        "{out}"
    );
    insta::assert_snapshot!(env.ok(&["body", "list", "--format", "csv"]), @"
    name,kind,cases,aliases,merged
    Pemerintah Desa Sungai Duren,village,3,,Kantor Baru
    ");
    assert_eq!(env.run(&["verify"]).code, 0);
}
