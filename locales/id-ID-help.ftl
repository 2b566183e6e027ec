# Bantuan baris perintah dalam Bahasa Indonesia (bantuan bahasa Inggris adalah komentar
# dokumentasi di kode). Kunci: help-JALUR untuk ringkasan perintah (JALUR: nama-nama
# perintah dirangkai dengan "-", "sengketa" untuk puncaknya), help-JALUR-long untuk
# bantuan panjang, help-JALUR--ARG untuk sebuah argumen. Sebuah uji memastikan setiap
# perintah dan argumen punya bantuan di sini, dan tidak ada kunci yang tak bertuan.

## Istilah yang dipakai berulang
-case = Perkara: nomor registernya, atau TAHUN/URUT (mis. 2017/12)
-on = Tanggal hukum tindakan itu (YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY) [bawaan: hari ini]
-note = Catatan yang disimpan bersama langkah ini di riwayat
-actor = Siapa yang mencatat [bawaan: SENGKETA_ACTOR, atau nama akun sistem]
-format = Bentuk keluaran: table (tabel), csv, json
-year = Hanya perkara yang diterima pada tahun ini
-as-of = Dihitung per tanggal ini [bawaan: hari ini]
-output = Tulis ke berkas ini (hanya dapat dibaca pemiliknya), bukan ke keluaran standar
-date = Tanggal (YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY)

## Puncak
help-sengketa = Register sengketa informasi publik untuk Komisi Informasi, dalam satu berkas SQLite
help-sengketa-long =
    Register sengketa informasi publik untuk Komisi Informasi di Indonesia, disimpan dalam
    satu berkas SQLite.

    Panitera mencatat setiap sengketa dan setiap langkahnya; analis mengekspor register dan
    rekap tahunan. Kode keluar: 0 berhasil, 1 pemeriksaan menemukan perbedaan, 2 salah
    penggunaan, 3 masukan tidak sah atau langkah ditolak, 4 perkara tidak ada, 5 register
    tidak tersedia, 70 galat internal.
help-sengketa--db = Berkas register [bawaan: folder data platform, sengketa/register.db]
help-sengketa--width = Sesuaikan tabel dengan lebar ini [bawaan: lebar terminal, atau COLUMNS, atau selebar yang diperlukan]
help-sengketa--wide = Tampilkan tabel utuh: semua kolom, tanpa dipotong
help-sengketa--allow_network_fs = Tetap buka register di sistem berkas jaringan (NFS, SMB, sshfs atau mount FUSE lain): aman hanya bila tidak ada dua komputer yang memakainya bersamaan
help-sengketa--lang = Bahasa pesan, bantuan dan tabel: id (Bahasa Indonesia) atau en [bawaan: SENGKETA_LANG, atau locale (LC_ALL, LC_MESSAGES, LANG), atau en]

help-init = Membuat berkas register (hanya dapat dibaca pemiliknya); aman bila sudah ada
help-init-long =
    Membuat berkas register (hanya dapat dibaca pemiliknya); tidak mengubah apa pun bila
    register itu sudah ada. Register baru diisi kalender hari libur nasional dan cuti
    bersama 2008-2027.

    Contoh:
      sengketa init
      sengketa --db ./jambi.db init

help-schema = Menampilkan skema SQL register (aturan yang dijaga basis data itu sendiri)

## Pengaturan
help-config = Membaca dan mengubah pengaturan register (tersimpan di berkas register)
help-config-set = Mengubah sebuah pengaturan (tercatat di riwayat)
help-config-set-long =
    Mengubah sebuah pengaturan; perubahannya tercatat di riwayat.

    Pengaturan: commission-code (kode komisi, mis. JBI), register-template (pola nomor
    register: {"{"}serial{"}"}, {"{"}serial:03{"}"}, {"{"}month{"}"}, {"{"}month:02{"}"},
    {"{"}month:roman{"}"}, {"{"}year{"}"}, {"{"}code{"}"}), collective-leave (non-working:
    cuti bersama bukan hari kerja; working: dihitung hari kerja).

    Contoh:
      sengketa config set commission-code JBI
      sengketa config set register-template '{"{"}serial:04{"}"}/{"{"}month:roman{"}"}/KIP-DKI-PS/{"{"}year{"}"}'
      sengketa config set collective-leave working
help-config-set--key = Nama pengaturan
help-config-set--value = Nilai barunya
help-config-set--actor = { -actor }
help-config-get = Menampilkan nilai sebuah pengaturan (atau nilai bawaannya)
help-config-get--key = Nama pengaturan
help-config-list = Menampilkan semua pengaturan, nilai bawaan ditandai

## Perkara
help-case = Mencatat sengketa dan langkah-langkahnya
help-case-add = Mencatat permohonan penyelesaian sengketa yang baru; menampilkan nomor registernya
help-case-add-long =
    Mencatat permohonan penyelesaian sengketa yang baru; menampilkan nomor registernya.

    Perkara mendapat nomor urut berikutnya pada tahun diterimanya, dan nomor register dari
    pola register (atau nomor lama yang diberikan dengan --register-no, disimpan apa
    adanya). Di terminal, data yang belum diberikan ditanyakan satu per satu.

    Contoh:
      sengketa case add --received 2017-03-02 --applicant "Budi Santoso" \
          --applicant-kind perorangan --body "Dinas Pendidikan" --subject "RKA 2017"
      sengketa case add --received 14/03/2013 --register-no 028/III/KIP-PS/2013 ...
help-case-add--received = Tanggal permohonan diterima [bawaan: hari ini]
help-case-add--applicant = Nama pemohon
help-case-add--applicant_kind = Jenis pemohon: perorangan, kelompok orang, badan hukum
help-case-add--body = Badan publik termohon
help-case-add--subject = Informasi yang dimohonkan
help-case-add--register_no = Nomor register lama, disimpan persis seperti ditulis
help-case-add--note = Catatan yang disimpan bersama pendaftaran di riwayat
help-case-add--actor = { -actor }

help-case-qualify = Mencatat bahwa permohonan memenuhi syarat (masuk -> memenuhi syarat)
help-case-qualify--case = { -case }
help-case-qualify--on = { -on }
help-case-qualify--note = { -note }
help-case-qualify--actor = { -actor }

help-case-reject = Mencatat bahwa permohonan tidak memenuhi syarat (masuk -> selesai)
help-case-reject-long =
    Mencatat bahwa permohonan tidak memenuhi syarat; perkara selesai pada hari itu juga.

    Contoh:
      sengketa case reject 2017/3 --reason lewat-waktu --on 2017-03-10
help-case-reject--case = { -case }
help-case-reject--reason = Alasan tidak memenuhi syarat
help-case-reject--on = { -on }
help-case-reject--note = { -note }
help-case-reject--actor = { -actor }

help-case-withdraw = Mencatat pencabutan oleh pemohon (masuk atau memenuhi syarat -> dicabut)
help-case-withdraw--case = { -case }
help-case-withdraw--on = { -on }
help-case-withdraw--note = { -note }
help-case-withdraw--actor = { -actor }

help-case-decide = Mencatat putusan atas perkara yang memenuhi syarat (memenuhi syarat -> diputus)
help-case-decide-long =
    Mencatat putusan atas perkara yang memenuhi syarat (memenuhi syarat -> diputus).

    Contoh:
      sengketa case decide 2017/1 --via ajudikasi --outcome dikabulkan-sebagian --on 2017-06-20
      sengketa case decide 2017/4 --via mediasi --outcome putusan-mediasi \
          --decision-no 004/V/KI-JBI-PS-M/2017
help-case-decide--case = { -case }
help-case-decide--via = Jalur yang menghasilkan putusan
help-case-decide--outcome = Amar putusan
help-case-decide--decision_no = Nomor putusan itu sendiri, seperti ditulis
help-case-decide--on = { -on }
help-case-decide--note = { -note }
help-case-decide--actor = { -actor }

help-case-close = Menutup perkara yang dicabut atau diputus (-> selesai)
help-case-close--case = { -case }
help-case-close--on = { -on }
help-case-close--note = { -note }
help-case-close--actor = { -actor }

help-case-undo = Membatalkan langkah terakhir perkara yang belum dibatalkan
help-case-undo-long =
    Membatalkan langkah terakhir perkara yang belum dibatalkan.

    Pembatalan adalah peristiwa baru di riwayat; langkah yang dibatalkan tetap ada, dengan
    tanda. Mengulang pembatalan berjalan mundur satu langkah lagi; pendaftaran perkara
    sendiri tidak dapat dibatalkan.

    Contoh:
      sengketa case undo 2017/1 --reason "salah menutup perkara"
help-case-undo--case = { -case }
help-case-undo--reason = Mengapa langkah itu dibatalkan (disimpan di riwayat)
help-case-undo--on = Tanggal pembatalan (tidak sebelum langkah yang dibatalkan) [bawaan: hari ini]
help-case-undo--note = Catatan yang disimpan bersama pembatalan di riwayat
help-case-undo--actor = { -actor }

help-case-edit = Mengoreksi data perkara (salah ketik nama, badan publik keliru), riwayat tetap utuh
help-case-edit-long =
    Mengoreksi data perkara (salah ketik nama, badan publik yang keliru); riwayat tetap
    utuh. Nilai lama dan baru dicatat sebagai peristiwa. Langkah-langkah dikoreksi dengan
    `case undo`.

    Contoh:
      sengketa case edit 2017/1 --applicant "Budi Santoso" --note "salah ketik nama"
help-case-edit--case = { -case }
help-case-edit--applicant = Nama pemohon
help-case-edit--applicant_kind = Jenis pemohon
help-case-edit--body = Badan publik termohon
help-case-edit--subject = Informasi yang dimohonkan
help-case-edit--note = Catatan yang disimpan bersama koreksi
help-case-edit--actor = { -actor }

help-case-show = Menampilkan perkara: seluruh datanya, tenggat waktunya, dan riwayat lengkapnya
help-case-show-long =
    Menampilkan perkara: seluruh datanya, kedua tenggat waktunya, sidang-sidangnya, dan
    riwayat lengkapnya (langkah yang dibatalkan ditandai).

    Contoh:
      sengketa case show 2017/1
      sengketa case show 001/III/KI-JBI-PS/2017 --format json
help-case-show--case = { -case }
help-case-show--format = { -format }

help-case-list = Mendaftar perkara menurut urutan register, dengan tenggat waktunya per suatu tanggal
help-case-list-long =
    Mendaftar perkara menurut urutan register, dengan tenggat waktunya per suatu tanggal.

    Setiap perkara membawa start_by (diterima + 14 hari kerja, UU 14/2008 Pasal 38 ayat 1),
    finish_by (diterima + 100 hari kerja, Pasal 38 ayat 2), jumlah hari kerja berjalan, dan
    tenggat yang terlewati.

    Contoh:
      sengketa case list --year 2017 --state memenuhi-syarat --body pendidikan
      sengketa case list --overdue                  # yang harus ditindaklanjuti hari ini
      sengketa case list --due-within 5 --sort due  # tenggat dalam 5 hari kerja ke depan
      sengketa case list --open --sort open-longest --limit 10
      sengketa case list --applicant budi --format csv > budi.csv
help-case-list--year = { -year }
help-case-list--state = Hanya perkara dengan status ini (boleh diulang)
help-case-list--open = Hanya perkara yang belum selesai (status apa pun kecuali selesai)
help-case-list--body = Hanya perkara terhadap badan publik yang namanya memuat ini
help-case-list--applicant = Hanya perkara yang nama pemohonnya memuat ini
help-case-list--as_of = Tenggat per tanggal ini, dan hanya perkara yang diterima sampai tanggal itu [bawaan: hari ini]
help-case-list--overdue = Hanya perkara yang melewati tenggat (mulai atau selesai) per tanggal itu
help-case-list--due_within = Hanya perkara yang tenggatnya jatuh dalam N hari kerja ke depan
help-case-list--sort = Urutan daftar: register, received (tanggal diterima), due (tenggat terdekat), open-longest (paling lama berjalan)
help-case-list--limit = Paling banyak sejumlah ini (satu halaman)
help-case-list--offset = Lewati sejumlah ini lebih dulu (awal halaman)
help-case-list--format = { -format }

## Agenda
help-agenda = Agenda: sidang, tenggat, perkara yang lewat waktu, dan pemohon yang dapat gugur
help-agenda-long =
    Agenda panitera untuk satu hari (bawaan: hari ini) dan hari-hari kerja sesudahnya
    (bawaan: 5, hari itu sendiri terhitung bila hari kerja), per bagian: sidang dalam
    rentang itu (tanggal, jam, ruang, perkara, jenis, pemohon, termohon); perkara yang
    tenggat mulai atau selesainya jatuh di dalamnya; perkara yang lewat waktu per hari itu,
    yang tertua dahulu (20 tertua; `case list --overdue` menampilkan semuanya); pemohon
    yang tidak hadir di dua sidang, yang permohonannya dapat gugur (PERKI 1/2013).

    `--format ics` menulis sidang-sidang itu sebagai berkas iCalendar (RFC 5545) untuk
    kalender ponsel dan komputer: satu acara per sidang dengan UID tetap, sehingga berkas
    yang lebih baru memindahkan sidang yang ditunda dan membatalkan sidang yang batal.

    Contoh:
      sengketa agenda
      sengketa agenda --on 2026-12-07 --days 10
      sengketa agenda --format ics -o sidang.ics
help-agenda--on = Hari pertama [bawaan: hari ini]
help-agenda--days = Berapa hari kerja
help-agenda--format = Bentuk keluaran: table (tabel), csv, json, ics (iCalendar: sidang saja)
help-agenda--output = { -output }

## Kalender hari kerja
help-calendar = Kalender hari kerja: hari libur nasional, cuti bersama, hari kantor tutup
help-calendar-list = Menampilkan hari-hari libur kalender
help-calendar-list-long =
    Menampilkan hari-hari bukan hari kerja di kalender (selain Sabtu dan Minggu).

    Contoh:
      sengketa calendar list --year 2025
      sengketa calendar list --year 2025 --format csv > libur-2025.csv
help-calendar-list--year = Hanya hari pada tahun ini
help-calendar-list--format = { -format }
help-calendar-add = Menambah hari bukan hari kerja: libur daerah, kantor tutup
help-calendar-add-long =
    Menambah hari yang belum ada di kalender; untuk mengubah hari yang sudah ada, hapus
    dahulu atau impor berkas dengan nilai barunya. Tanggal mana pun dapat ditambahkan,
    lampau atau mendatang. Penambahan tercatat di riwayat.

    Contoh:
      sengketa calendar add 2026-12-28 --kind kantor-tutup --name "Kantor tutup"
      sengketa calendar add 06/01/2027 --kind hari-libur-nasional --name "Hari Jadi Provinsi Jambi" \
          --name-en "Jambi Province Day" --source "Perda Provinsi Jambi No. 1/2026"
help-calendar-add--date = { -date }
help-calendar-add--kind = Mengapa bukan hari kerja
help-calendar-add--name = Namanya dalam Bahasa Indonesia
help-calendar-add--name_en = Namanya dalam bahasa Inggris [bawaan: sama dengan --name]
help-calendar-add--source = Dasar hukumnya (keputusan, peraturan) [bawaan: ditambahkan oleh komisi]
help-calendar-add--note = { -note }
help-calendar-add--actor = { -actor }
help-calendar-remove = Menghapus sebuah hari dari kalender (tercatat di riwayat)
help-calendar-remove--date = { -date }
help-calendar-remove--reason = Mengapa dihapus (disimpan di riwayat)
help-calendar-remove--note = { -note }
help-calendar-remove--actor = { -actor }
help-calendar-import = Mengimpor hari-hari dari berkas CSV (mis. SKB tahun depan), semua atau tidak sama sekali
help-calendar-import-long =
    Mengimpor hari-hari dari berkas CSV (kolom date,kind,name_id,name_en,source, seperti
    keluaran `calendar list --format csv`), semua atau tidak sama sekali. Hari yang sudah
    ada dengan nilai yang sama dilewati; dengan nilai lain, diperbarui.

    Contoh:
      sengketa calendar import skb-2028.csv
help-calendar-import--file = Berkas CSV, atau - untuk masukan standar
help-calendar-import--actor = { -actor }

## Impor dan ekspor
help-import = Mengimpor perkara dari CSV register, semua atau tidak sama sekali
help-import-long =
    Mengimpor perkara dari CSV register, semua atau tidak sama sekali.

    Kolom (baris judul wajib, dengan urutan ini):
      register_no,received_on,applicant,applicant_kind,public_body,subject,qualified_on,
      not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,decision_via,
      decision_outcome,decision_no,closed_on

    Sel kosong berarti langkah itu belum terjadi; register_no yang kosong diberi nomor
    berikutnya. Riwayat setiap perkara dibangun dari tanggal-tanggalnya. Bila ada baris yang
    tidak sah, tidak ada yang ditulis dan setiap baris itu dilaporkan (baris, kolom, nilai,
    alasan); kode keluar 3.

    Contoh:
      sengketa import jambi-2017.csv
      sengketa import --dry-run - < perkara.csv
help-import--file = Berkas CSV, atau - untuk masukan standar
help-import--dry_run = Periksa setiap baris dan laporkan, tetapi jangan tulis apa pun
help-import--actor = { -actor }

help-export = Menulis register seperti saat ini: satu baris per perkara, kolom-kolom impor
help-export-long =
    Menulis register seperti saat ini: satu baris per perkara, dengan kolom-kolom impor.
    Register yang dibangun kembali dengan mengimpor hasil ekspor menghasilkan ekspor yang
    sama persis.

    Contoh:
      sengketa export -o register.csv
      sengketa export --year 2017 --format json
help-export--year = { -year }
help-export--format = Bentuk keluaran: csv, json
help-export--output = { -output }

## Rekap
help-recap = Tabel rekap tahunan register, seperti Tabel 1 makalah Jambi
help-recap-long =
    Tabel rekap tahunan register, seperti Tabel 1 makalah Jambi.

    Rekap suatu tahun adalah tentang kelompok perkara yang diterima pada tahun itu, hanya
    menghitung yang sudah terjadi pada tanggal per (langkah yang dibatalkan tidak dihitung).
    Tanpa nama pemohon.

    Contoh:
      sengketa recap --years 2017-2018 --as-of 2019-12-31
      sengketa recap --format csv > rekap.csv
      sengketa recap --by body --year 2017
      sengketa recap --flow
      sengketa recap --times --years 2023-2025 --as-of 2025-12-31
      sengketa recap --oldest              # 10 perkara terbuka tertua hari ini
      sengketa recap check tabel1.csv --as-of 2019-12-31

    Waktu penyelesaian (--times), per tahun penerimaan dan menurut cara perkara berakhir
    (semua, lalu not_qualified, withdrawn, interim_ruling, mediation, adjudication):
    jumlah yang berakhir; median, rata-rata, tercepat dan terlama dalam hari kerja dari
    diterima sampai berakhir; within_100 (berakhir paling lambat diterima + 100 hari kerja)
    dan porsinya; backlog (belum berakhir dan melewati tenggat itu).
help-recap--year = Hanya tahun ini
help-recap--years = Rentang tahun, mis. 2017-2018 (tahun tanpa perkara menjadi baris nol)
help-recap--as_of = Hitung hanya yang sudah terjadi pada tanggal ini [bawaan: hari ini]
help-recap--by = Tampilan lain: per badan publik, atau per amar
help-recap--flow = Stok dan arus per tahun: sisa awal, diterima, selesai, sisa akhir
help-recap--times = Waktu penyelesaian per tahun, dalam hari kerja, menurut cara perkara berakhir
help-recap--oldest = N perkara terbuka yang paling lama berjalan (hari kerja) [N bawaan: 10]
help-recap--format = Bentuk keluaran: table (tabel), csv, json, md (Markdown)
help-recap-check = Memeriksa tabel rekap yang diterbitkan terhadap register
help-recap-check-long =
    Membaca rekap dalam bentuk CSV `recap --format csv` (judul berisi kunci, "year" pertama;
    kunci boleh tidak lengkap; "-" dibaca 0). Menampilkan setiap sel yang berbeda dari
    register, setiap baris yang hitungannya sendiri tidak cocok, dan apa yang dapat
    dijelaskan register. Kode keluar 0 bila semua cocok, 1 bila tidak.

    Contoh:
      sengketa recap check tabel1.csv --as-of 2019-12-31
help-recap-check--file = Tabel yang diterbitkan (CSV), atau - untuk masukan standar
help-recap-check--as_of = Bandingkan dengan register per tanggal ini [bawaan: hari ini]

## Lain-lain
help-demo = Membangun kembali Tabel 1 makalah dari data perkara, dalam register sementara
help-demo-long =
    Mengimpor data contoh yang tertanam (54 perkara Komisi Informasi Provinsi Jambi,
    2017-2018, dengan pemohon rekaan) ke register tersendiri, lalu menampilkan rekapnya
    seperti di makalah. Registernya sementara, di folder sementara, kecuali --db (atau
    SENGKETA_DB) menyebut berkas baru untuk menyimpannya; register yang sudah ada tidak
    pernah disentuh.

    --write-fixtures menulis data perkara itu dan tabel yang diterbitkan sebagai berkas
    CSV, untuk `sengketa import` dan `sengketa recap check`.

    Contoh:
      sengketa demo
      sengketa demo --lang id
      sengketa --db demo.db demo            # simpan register demo untuk dijelajahi
      sengketa demo --write-fixtures .
help-demo--write_fixtures = Tulis jambi-2017-2018.csv dan table1-published.csv ke folder ini, lalu berhenti
help-verify = Memeriksa keutuhan register; kode keluar 1 bila tidak utuh
help-verify--repair = Hitung ulang hitungan tahunan dari perkaranya bila berbeda (tidak mengubah yang lain)
help-verify-long =
    Memutar ulang riwayat setiap perkara dan membandingkannya dengan perkara seperti
    tersimpan, membandingkan hitungan tahunan rekap dengan perkaranya, memeriksa nomor
    urut, kalender, dan pemeriksaan integritas dan kunci asing SQLite. Berguna setelah
    berkas diubah dengan cara lain selain sengketa (shell sqlite3, pemulihan cadangan).

    Contoh:
      sengketa verify

## Sidang
help-hearing = Menjadwalkan dan mencatat sidang perkara
help-hearing-schedule = Menjadwalkan sidang suatu perkara; menampilkan nomor sidangnya
help-hearing-schedule-long =
    Sidang mendapat nomor sidang berikutnya dari perkara itu (1, 2, ...; sebuah nomor
    tidak pernah diberikan dua kali, juga setelah `case undo`). Tanggalnya boleh di masa
    depan; penjadwalannya sendiri tercatat hari ini.

    Contoh:
      sengketa hearing schedule 2017/1 --on 2026-12-03 --at 09:00 --kind pemeriksaan-awal \
          --room "Ruang Sidang 1" --panel "Ketua: A. Rahman"
help-hearing-schedule--case = { -case }
help-hearing-schedule--on = Tanggal sidang (YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY; boleh di masa depan)
help-hearing-schedule--at = Jam mulai (JJ:MM, 24 jam)
help-hearing-schedule--kind = Jenis sidang
help-hearing-schedule--room = Ruang sidang
help-hearing-schedule--panel = Majelis komisioner (dan panitera pengganti)
help-hearing-schedule--note = { -note }
help-hearing-schedule--actor = { -actor }
help-hearing-held = Mencatat sidang yang telah dilaksanakan, dengan kehadiran para pihak
help-hearing-held-long =
    Mencatat sidang yang telah dilaksanakan pada tanggalnya, dengan kehadiran pemohon dan
    termohon; tidak dapat dicatat sebelum tanggal sidang. Pemohon yang dua kali tidak
    hadir tanpa kuasa ditandai: permohonannya dapat gugur (PERKI 1/2013).

    Contoh:
      sengketa hearing held 2017/1 2 --applicant tidak-hadir --respondent hadir
help-hearing-held--case = { -case }
help-hearing-held--no = Nomor sidang perkara itu (1, 2, ...)
help-hearing-held--applicant = Kehadiran pemohon
help-hearing-held--respondent = Kehadiran termohon
help-hearing-held--note = { -note }
help-hearing-held--actor = { -actor }
help-hearing-postpone = Menunda sidang ke tanggal lain, dengan alasannya
help-hearing-postpone--case = { -case }
help-hearing-postpone--no = Nomor sidang perkara itu (1, 2, ...)
help-hearing-postpone--to = Tanggal barunya (hari ini atau sesudahnya)
help-hearing-postpone--reason = Alasan penundaan (disimpan di riwayat)
help-hearing-postpone--note = { -note }
help-hearing-postpone--actor = { -actor }
help-hearing-cancel = Membatalkan sidang yang dijadwalkan, dengan alasannya
help-hearing-cancel--case = { -case }
help-hearing-cancel--no = Nomor sidang perkara itu (1, 2, ...)
help-hearing-cancel--reason = Alasan pembatalan (disimpan di riwayat)
help-hearing-cancel--note = { -note }
help-hearing-cancel--actor = { -actor }

help-hearings = Ekspor dan impor catatan sidang (CSV)
help-hearings-export = Menulis sidang-sidang register sebagai CSV
help-hearings-export--year = { -year }
help-hearings-export--output = { -output }
help-hearings-import = Mengimpor catatan sidang lama dari CSV, semua atau tidak sama sekali
help-hearings-import--file = Berkas CSV, atau - untuk masukan standar
help-hearings-import--dry_run = Periksa setiap baris dan laporkan, tetapi jangan tulis apa pun
help-hearings-import--actor = { -actor }

## Pelengkapan dan manual
help-completions = Menampilkan skrip pelengkapan (completion) untuk sebuah shell
help-completions-long =
    Pasang skrip ini di tempat shell mencari pelengkapan; ia melengkapi perintah, opsinya,
    dan nilai-nilai yang diterima opsi (status, jalur, amar, bentuk keluaran).

    Contoh:
      sengketa completions bash \
          > ~/.local/share/bash-completion/completions/sengketa
      sengketa completions zsh > ~/.zfunc/_sengketa    # dengan fpath+=~/.zfunc
      sengketa completions fish > ~/.config/fish/completions/sengketa.fish
help-completions--shell = Shell-nya: bash, zsh, fish, powershell, elvish
help-man = Menampilkan halaman manual (roff), atau menulis halaman untuk setiap perintah
help-man-long =
    Halaman itu menyebut perintah-perintahnya sebagai sengketa-case(1), sengketa-case-add(1)
    dan seterusnya; --dir menulis halaman-halaman itu juga.

    Contoh:
      sengketa man > ~/.local/share/man/man1/sengketa.1
      sengketa man --dir ~/.local/share/man/man1    # halaman setiap perintah
help-man--dir = Tulis halaman setiap perintah ke folder ini
