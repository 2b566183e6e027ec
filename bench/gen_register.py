#!/usr/bin/env python3
"""Deterministic synthetic register of public-information disputes.

    python3 bench/gen_register.py N OUT.csv [--seed S] [--code BEN]

Writes N cases (2011-2025) to OUT.csv ("-" for stdout) in the import format of
`sengketa import`:

    register_no,received_on,applicant,applicant_kind,public_body,subject,
    qualified_on,not_qualified_on,not_qualified_reason,withdrawn_on,
    decided_on,decision_via,decision_outcome,decision_no,closed_on

Rows are grouped by year and sorted by received date inside a year; the serial
of register_no counts rows in file order within the year
(`{serial:04}/{month roman}/KI-{code}-PS/{year}`).  Standard library only,
fixed seed, streaming (memory is bounded by one year's received dates), about
1M rows in a few seconds.  All dates are <= 2026-11-29.

Mix (overall, by design): ~5% still entered, ~5% not qualified, ~8% withdrawn,
~10% qualified and open, the rest decided (some of them not yet closed);
recent years carry most of the open cases.
"""
import argparse
import bisect
import csv
import datetime as dt
import random
import sys

FIRST_YEAR, LAST_YEAR = 2011, 2025
TODAY = dt.date(2026, 11, 29)

HEADER = [
    "register_no", "received_on", "applicant", "applicant_kind", "public_body",
    "subject", "qualified_on", "not_qualified_on", "not_qualified_reason",
    "withdrawn_on", "decided_on", "decision_via", "decision_outcome",
    "decision_no", "closed_on",
]

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

REGIONS = [
    "Kabupaten Bandung", "Kabupaten Bogor", "Kabupaten Garut", "Kabupaten Cianjur",
    "Kabupaten Sukabumi", "Kabupaten Tasikmalaya", "Kabupaten Ciamis", "Kabupaten Kuningan",
    "Kabupaten Cirebon", "Kabupaten Majalengka", "Kabupaten Sumedang", "Kabupaten Indramayu",
    "Kabupaten Subang", "Kabupaten Purwakarta", "Kabupaten Karawang", "Kabupaten Bekasi",
    "Kabupaten Pangandaran", "Kabupaten Bandung Barat", "Kota Bandung", "Kota Bogor",
    "Kota Sukabumi", "Kota Cirebon", "Kota Bekasi", "Kota Depok", "Kota Cimahi",
    "Kota Tasikmalaya", "Kota Banjar", "Kabupaten Sukamaju", "Kabupaten Tanah Rendah",
    "Kabupaten Lembah Hijau", "Kota Pelabuhan Baru", "Kabupaten Gunung Sari",
    "Kabupaten Muara Jaya", "Kota Sumber Rejo", "Kabupaten Batu Putih",
]

AGENCIES = [
    "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Lingkungan Hidup", "Dinas Sosial", "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Perhubungan", "Dinas Pertanian", "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Badan Perencanaan Pembangunan Daerah", "Sekretariat Daerah",
    "Sekretariat DPRD", "Inspektorat", "Rumah Sakit Umum Daerah",
    "Badan Kepegawaian dan Pengembangan SDM", "Dinas Penanaman Modal dan PTSP",
]

PROVINCIAL = [
    "Pemerintah Provinsi Jawa Barat", "Dinas Pendidikan Provinsi Jawa Barat",
    "Dinas Kesehatan Provinsi Jawa Barat", "Dinas Kehutanan Provinsi Jawa Barat",
    "Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Barat",
    "Badan Pendapatan Daerah Provinsi Jawa Barat", "Sekretariat DPRD Provinsi Jawa Barat",
    "Kantor Wilayah Badan Pertanahan Nasional Jawa Barat",
    "Kepolisian Daerah Jawa Barat", "Kejaksaan Tinggi Jawa Barat",
    "Universitas Negeri Priangan", "Perusahaan Daerah Air Minum Tirta Raharja",
    "Badan Usaha Milik Daerah Jasa Sarana", "Komisi Pemilihan Umum Provinsi Jawa Barat",
    "Badan Pengawas Pemilihan Umum Provinsi Jawa Barat",
]

GIVEN = [
    "Agus", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko",
    "Kartika", "Lestari", "Made", "Nur", "Oktaviani", "Putri", "Rahmat", "Sri", "Teguh",
    "Utami", "Wahyu", "Yanti", "Zainal", "Asep", "Dadang", "Euis", "Cecep", "Neng", "Ujang",
    "Siti", "Ahmad", "Rina", "Bambang", "Ratna", "Iwan", "Lilis", "Yusuf", "Maya",
]
FAMILY = [
    "Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Pratama", "Nugraha",
    "Setiawan", "Gunawan", "Permana", "Suryana", "Rahayu", "Sutisna", "Hermawan",
    "Maulana", "Firmansyah", "Ramdani", "Sopandi", "Kusnadi", "Hakim", "Lubis", "Siregar",
]
GROUP_KINDS = ["Kelompok Tani", "Forum Warga", "Paguyuban", "Karang Taruna", "Komunitas"]
GROUP_NAMES = ["Sukamaju", "Mekar Sari", "Harapan Jaya", "Sinar Tani", "Cipta Karya",
               "Bina Desa", "Rukun Makmur", "Sauyunan", "Sekar Wangi", "Tunas Muda"]
ENTITY_KINDS = ["Yayasan", "Perkumpulan", "LSM", "Lembaga Bantuan Hukum", "CV", "PT"]
ENTITY_NAMES = ["Transparansi Anggaran", "Pemantau Kebijakan Publik", "Suara Rakyat",
                "Peduli Lingkungan", "Anti Korupsi Priangan", "Mitra Desa", "Aksara",
                "Jaya Konstruksi", "Wahana Informasi", "Masyarakat Madani", "Indonesia Terbuka"]

DOCS = [
    "Dokumen Pelaksanaan Anggaran (DPA)", "Rencana Kerja dan Anggaran",
    "laporan pertanggungjawaban dana BOS", "kontrak pengadaan barang dan jasa",
    "dokumen AMDAL", "izin lingkungan", "daftar penerima bantuan sosial",
    "laporan hasil pemeriksaan", "Surat Keputusan pengangkatan pegawai",
    "data penggunaan dana desa", "laporan keuangan", "Rencana Detail Tata Ruang",
    "hasil seleksi penerimaan pegawai", "dokumen lelang proyek jalan",
    "daftar aset daerah", "Standar Operasional Prosedur pelayanan",
    "risalah rapat", "data rekam medis agregat", "izin usaha pertambangan",
    "notulen musyawarah perencanaan pembangunan",
]

NQ_REASONS = ["incomplete", "late", "no_standing", "no_authority", "no_objection", "other"]
NQ_WEIGHTS = [35, 25, 15, 10, 10, 5]

# (via, outcome, weight); outcome pairs follow the commission's decision types.
DECISIONS = [
    ("interim", "dismissed", 6), ("interim", "lapsed", 4),
    ("mediation", "agreement", 30),
    ("adjudication", "granted", 22), ("adjudication", "partly_granted", 15),
    ("adjudication", "rejected", 14), ("adjudication", "dismissed", 6),
    ("adjudication", "lapsed", 3),
]
VIA_CODE = {"interim": "I", "mediation": "M", "adjudication": "A"}

# Per-age (2025 - year) probabilities of still-open cases; older years mostly done.
P_ENTERED = {0: 0.25, 1: 0.12, 2: 0.06, 3: 0.03}
P_OPEN_QUALIFIED = {0: 0.35, 1: 0.25, 2: 0.14, 3: 0.08}
P_DECIDED_OPEN = {0: 0.30, 1: 0.15, 2: 0.05}
P_NOT_QUALIFIED = 0.05
P_WITHDRAWN = 0.08


def build_bodies():
    bodies = list(PROVINCIAL)
    seen = {b.lower() for b in bodies}
    for ri, region in enumerate(REGIONS):
        # Every region has most agencies; skip a deterministic few so the set
        # is not a plain cartesian product.
        for ai, agency in enumerate(AGENCIES):
            if (ri * 7 + ai * 3) % 5 == 0:
                continue
            name = f"{agency} {region}"
            if name.lower() not in seen:
                seen.add(name.lower())
                bodies.append(name)
    return bodies


def build_applicants(rng):
    people = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    groups = [f"{k} {n}" for k in GROUP_KINDS for n in GROUP_NAMES]
    entities = [f"{k} {n}" for k in ENTITY_KINDS for n in ENTITY_NAMES]
    rng.shuffle(people)
    rng.shuffle(groups)
    rng.shuffle(entities)
    return people, groups, entities


def zipf_cum(n, s=0.9):
    cum, total = [], 0.0
    for i in range(n):
        total += 1.0 / (i + 1) ** s
        cum.append(total)
    return cum


def year_counts(n):
    years = list(range(FIRST_YEAR, LAST_YEAR + 1))
    # Disputes grow over time: weight 1.0 for 2011 up to 2.0 for 2025.
    weights = [1.0 + (y - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR) for y in years]
    total = sum(weights)
    raw = [n * w / total for w in weights]
    counts = [int(r) for r in raw]
    rest = n - sum(counts)
    order = sorted(range(len(years)), key=lambda i: (raw[i] - counts[i], i), reverse=True)
    for i in order[:rest]:
        counts[i] += 1
    return list(zip(years, counts))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of cases")
    ap.add_argument("out", help="output CSV path, '-' for stdout")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--code", default="BEN", help="commission code in register_no")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("n must be >= 0")

    rng = random.Random(args.seed)
    rand = rng.random
    randint = rng.randint

    today_ord = TODAY.toordinal()
    first_ord = dt.date(FIRST_YEAR, 1, 1).toordinal()
    date_str = [dt.date.fromordinal(o).isoformat() for o in range(first_ord, today_ord + 1)]
    month_of = [dt.date.fromordinal(o).month for o in range(first_ord, today_ord + 1)]

    def ds(o):
        return date_str[o - first_ord]

    bodies = build_bodies()
    rng.shuffle(bodies)  # which bodies are the busy ones
    body_cum = zipf_cum(len(bodies))
    people, groups, entities = build_applicants(rng)
    people_cum, groups_cum, entities_cum = zipf_cum(len(people), 0.6), zipf_cum(len(groups)), zipf_cum(len(entities))
    nq_cum = []
    acc = 0
    for w in NQ_WEIGHTS:
        acc += w
        nq_cum.append(acc)
    dec_cum = []
    acc = 0
    for *_, w in DECISIONS:
        acc += w
        dec_cum.append(acc)
    doc_count = len(DOCS)
    suffix = f"/KI-{args.code}-PS/"
    decision_serial = {}

    out = sys.stdout if args.out == "-" else open(args.out, "w", newline="", encoding="utf-8")
    try:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(HEADER)
        for year, count in year_counts(args.n):
            age = LAST_YEAR - year
            p_entered = P_ENTERED.get(age, 0.01)
            p_open_q = P_OPEN_QUALIFIED.get(age, 0.04)
            p_dec_open = P_DECIDED_OPEN.get(age, 0.02)
            t_entered = p_entered
            t_nq = t_entered + P_NOT_QUALIFIED
            t_wd = t_nq + P_WITHDRAWN
            t_openq = t_wd + p_open_q
            y0 = dt.date(year, 1, 1).toordinal()
            ndays = dt.date(year, 12, 31).toordinal() - y0 + 1
            received = sorted(y0 + int(rand() * ndays) for _ in range(count))
            body_pick = rng.choices(bodies, cum_weights=body_cum, k=count)
            rows = []
            for serial, recv in enumerate(received, 1):
                register_no = f"{serial:04}/{ROMAN[month_of[recv - first_ord]]}{suffix}{year}"
                k = rand()
                if k < 0.62:
                    applicant = people[bisect.bisect(people_cum, rand() * people_cum[-1])]
                    kind = "individual"
                elif k < 0.77:
                    applicant = groups[bisect.bisect(groups_cum, rand() * groups_cum[-1])]
                    kind = "group"
                else:
                    applicant = entities[bisect.bisect(entities_cum, rand() * entities_cum[-1])]
                    kind = "legal_entity"
                k = rand()
                doc = DOCS[int(k * doc_count)]
                if k < 0.05:
                    subject = f'Salinan "{doc}" tahun {year - 1}'
                elif k < 0.35:
                    subject = f"Salinan {doc}, tahun anggaran {year - 1} dan {year}"
                else:
                    subject = f"Salinan {doc} tahun {year - 1}"

                qualified = not_qualified = reason = withdrawn = decided = ""
                via = outcome = decision_no = closed = ""
                p = rand()
                if p < t_entered:
                    pass
                elif p < t_nq:
                    nq = min(recv + randint(1, 30), today_ord)
                    not_qualified = ds(nq)
                    reason = NQ_REASONS[bisect.bisect(nq_cum, rand() * nq_cum[-1])]
                    closed = not_qualified
                elif p < t_wd:
                    if rand() < 0.5:
                        wd = min(recv + randint(0, 20), today_ord)
                    else:
                        q = min(recv + randint(1, 30), today_ord)
                        qualified = ds(q)
                        wd = min(q + randint(0, 120), today_ord)
                    withdrawn = ds(wd)
                    if rand() < 0.95:
                        closed = ds(min(wd + randint(0, 7), today_ord))
                elif p < t_openq:
                    qualified = ds(min(recv + randint(1, 30), today_ord))
                else:
                    q = min(recv + randint(1, 30), today_ord)
                    qualified = ds(q)
                    via, outcome, _ = DECISIONS[bisect.bisect(dec_cum, rand() * dec_cum[-1])]
                    if via == "mediation":
                        d = q + randint(14, 90)
                    elif via == "interim":
                        d = q + randint(7, 60)
                    else:
                        d = q + randint(45, 300)
                    d = min(d, today_ord)
                    decided = ds(d)
                    dyear = int(decided[:4])
                    n_dec = decision_serial.get(dyear, 0) + 1
                    decision_serial[dyear] = n_dec
                    decision_no = f"{n_dec:04}/PTS/KI-{args.code}-{VIA_CODE[via]}/{dyear}"
                    if rand() >= p_dec_open:
                        closed = ds(min(d + randint(0, 30), today_ord))
                rows.append((register_no, ds(recv), applicant, kind, body_pick[serial - 1],
                             subject, qualified, not_qualified, reason, withdrawn,
                             decided, via, outcome, decision_no, closed))
                if len(rows) >= 10000:
                    w.writerows(rows)
                    rows.clear()
            w.writerows(rows)
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    main()
