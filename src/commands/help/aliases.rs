//! The clerk's commands under Indonesian names (`perkara tambah`, `sidang jadwalkan`),
//! beside the English ones.

use crate::t;
use clap::Command;

/// The clerk's commands under Indonesian names, beside the English ones: a command's
/// path (its English names) and its Indonesian alias. Words from the panitera's table:
/// a case is a "perkara", a hearing a "sidang", an undo "tarik kembali", a void "coret".
pub const ALIASES: &[(&[&str], &str)] = &[
    (&["case"], "perkara"),
    (&["case", "add"], "tambah"),
    (&["case", "qualify"], "memenuhi-syarat"),
    (&["case", "reject"], "tidak-memenuhi-syarat"),
    (&["case", "withdraw"], "cabut"),
    (&["case", "decide"], "putus"),
    (&["case", "close"], "tutup"),
    (&["case", "serve"], "sampaikan"),
    (&["case", "void"], "coret"),
    (&["case", "undo"], "tarik-kembali"),
    (&["case", "edit"], "koreksi"),
    (&["case", "show"], "lihat"),
    (&["case", "list"], "daftar"),
    (&["case", "incomplete"], "belum-lengkap"),
    (&["case", "register"], "registrasi"),
    (&["case", "not-registered"], "tidak-diregistrasi"),
    (&["case", "note"], "catatan"),
    (&["case", "assign"], "tetapkan-majelis"),
    (&["mediation"], "mediasi"),
    (&["mediation", "start"], "mulai"),
    (&["mediation", "extend"], "perpanjang"),
    (&["mediation", "fail"], "gagal"),
    (&["mediation", "agree"], "sepakat"),
    (&["hearing"], "sidang"),
    (&["hearing", "schedule"], "jadwalkan"),
    (&["hearing", "held"], "catat"),
    (&["hearing", "postpone"], "tunda"),
    (&["hearing", "cancel"], "batalkan"),
    (&["hearing", "served"], "relaas"),
    (&["hearing", "import"], "impor"),
    (&["hearing", "export"], "ekspor"),
    (&["appeal"], "upaya-hukum"),
    (&["appeal", "file"], "ajukan"),
    (&["appeal", "decide"], "putus"),
    (&["appeal", "import"], "impor"),
    (&["appeal", "export"], "ekspor"),
    (&["body"], "badan"),
    (&["body", "list"], "daftar"),
    (&["body", "show"], "lihat"),
    (&["body", "rename"], "ganti-nama"),
    (&["body", "alias"], "nama-lain"),
    (&["body", "set"], "atur"),
    (&["body", "merge"], "gabungkan"),
    (&["calendar"], "kalender"),
    (&["calendar", "list"], "daftar"),
    (&["calendar", "add"], "tambah"),
    (&["calendar", "remove"], "hapus"),
    (&["calendar", "import"], "impor"),
    (&["config"], "pengaturan"),
    (&["config", "set"], "atur"),
    (&["config", "get"], "lihat"),
    (&["config", "list"], "daftar"),
    (&["recap"], "rekap"),
    (&["recap", "check"], "periksa"),
    (&["report"], "laporan"),
    (&["import"], "impor"),
    (&["export"], "ekspor"),
    (&["verify"], "periksa"),
    (&["backup"], "cadangkan"),
];

/// How the Indonesian aliases are shown; they are accepted always.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shown {
    /// Not at all (the English help).
    No,
    /// As clap's visible aliases (the completion scripts offer them).
    Visible,
    /// At the end of the command's description, "[nama lain: jadwalkan]" (the Indonesian
    /// help): clap writes its own "[alias: ...]" in English and wraps it before the crate
    /// could put it in Indonesian, so a wrapped one was left in English.
    InAbout,
}

/// The command tree with the Indonesian aliases, shown beside the English names as
/// `shown` says.
pub(super) fn with_aliases(mut cmd: Command, shown: Shown) -> Command {
    fn add(cmd: Command, path: &[&str], alias: &'static str, shown: Shown) -> Command {
        match path {
            [] => cmd,
            [last] => cmd.mut_subcommand(*last, |c| match shown {
                Shown::No => c.alias(alias),
                Shown::Visible => c.visible_alias(alias),
                Shown::InAbout => {
                    let about = c.get_about().map(|a| a.to_string()).unwrap_or_default();
                    // Non-breaking spaces: clap wraps at a plain space only, so the
                    // bracket goes whole onto the next line rather than "[nama" left
                    // at the end of one.
                    let named = format!("[{}: {alias}]", t!("help-aliases")).replace(' ', "\u{a0}");
                    let about = if about.is_empty() {
                        named
                    } else {
                        format!("{about} {named}")
                    };
                    c.alias(alias).about(about)
                }
            }),
            [first, rest @ ..] => cmd.mut_subcommand(*first, |c| add(c, rest, alias, shown)),
        }
    }
    for (path, alias) in ALIASES {
        cmd = add(cmd, path, alias, shown);
    }
    cmd
}
