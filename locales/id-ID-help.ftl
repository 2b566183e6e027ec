# Bantuan baris perintah dalam Bahasa Indonesia (bantuan bahasa Inggris adalah komentar
# dokumentasi di kode). Kunci: help-JALUR untuk ringkasan perintah (JALUR: nama-nama
# perintah dirangkai dengan "-", "sengketa" untuk puncaknya), help-JALUR-long untuk
# bantuan panjang, help-JALUR--ARG untuk sebuah argumen. Sebuah uji memastikan setiap
# perintah dan argumen punya bantuan di sini, dan tidak ada kunci yang tak bertuan.

## Istilah yang dipakai berulang
-case = Perkara: nomor registernya, atau TAHUN/URUT (mis. 2017/12)
-on = Tanggal terjadinya langkah itu (YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY) [bawaan: hari ini]
-note = Catatan yang disimpan bersama langkah ini di riwayat
-actor = Siapa yang mencatat [bawaan: SENGKETA_ACTOR, atau nama akun sistem]
-format = Bentuk keluaran: table (tabel), csv, json
-year = Hanya perkara yang diterima pada tahun ini
-as-of = Dihitung per tanggal ini [bawaan: hari ini]
-output = Tulis ke berkas ini (hanya dapat dibaca pemiliknya), bukan ke keluaran standar
-date = Tanggal (YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY)
-excel = CSV untuk lembar kerja dengan pengaturan wilayah Indonesia: BOM UTF-8, ';' sebagai pemisah kolom, koma desimal (berarti --format csv)

## Puncak
help-sengketa = Register sengketa informasi publik untuk Komisi Informasi, dalam satu berkas SQLite
help-sengketa-long =
    Register sengketa informasi publik untuk Komisi Informasi di Indonesia, disimpan dalam
    satu berkas SQLite.

    Panitera mencatat setiap sengketa dan setiap langkahnya; analis mengekspor register dan
    rekap tahunan. Kode keluar: 0 berhasil, 1 pemeriksaan menemukan perbedaan, 2 salah
    penggunaan, 3 masukan tidak sah atau langkah ditolak, 4 perkara tidak ada, 5 register
    tidak tersedia, 70 galat internal, 74 keluaran gagal ditulis.
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
    {"{"}month:roman{"}"}, {"{"}year{"}"}, {"{"}code{"}"}), collective-leave (`non-working`:
    cuti bersama bukan hari kerja; `working`: dihitung hari kerja). Untuk surat
    (`sengketa doc`): commission-name, commission-address, commission-phone,
    commission-email, commission-city, commission-logo (berkas PNG atau JPEG),
    chair-name, head-clerk-name, timezone (WIB, WITA, WIT), letter-number-format
    (penanda seperti register-template).

    Contoh:
      sengketa pengaturan atur commission-code JBI
      sengketa pengaturan atur register-template \
          '{"{"}serial:04{"}"}/{"{"}month:roman{"}"}/KIP-DKI-PS/{"{"}year{"}"}'
      sengketa pengaturan atur collective-leave working
      sengketa pengaturan atur commission-logo logo.png
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
    adanya). Bila nomor diberikan saat registrasi (`config set register-number-at
    registration`), perkara mendapat nomor tanda terima (TT-2026-003), dan nomor
    registernya pada `case register`.
    Badan publik dicari menurut nama atau nama lainnya (tanpa membedakan huruf
    besar dan spasi); badan yang belum dikenal ditambahkan (di terminal jenisnya
    ditanyakan, dengan saran dari namanya; selain itu `other`, diatur nanti dengan `body
    set`). Perkara dengan pemohon, badan, pokok permohonan dan tanggal diterima yang sama
    dengan perkara di register tetap dicatat, dengan peringatan: batalkan salah satunya
    dengan `case void` bila memang ganda.

    Contoh:
      sengketa perkara tambah --received 2017-03-02 --applicant "Budi Santoso" \
          --applicant-kind perseorangan --body "Dinas Pendidikan" \
          --subject "RKA 2017"
      sengketa perkara tambah --received 14/03/2013 \
          --register-no 028/III/KIP-PS/2013 ...
help-case-add--received = Tanggal permohonan diterima [bawaan: hari ini]
help-case-add--applicant = Nama pemohon
help-case-add--applicant_kind = Jenis pemohon: perseorangan (atau perorangan), kelompok orang, badan hukum
help-case-add--body = Badan publik termohon, dengan namanya atau nama lainnya
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
      sengketa perkara tidak-memenuhi-syarat 2017/3 --reason lewat-waktu \
          --on 2017-03-10
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
      sengketa perkara putus 2017/1 --via ajudikasi --outcome dikabulkan-sebagian \
          --on 2017-06-20
      sengketa perkara putus 2017/4 --via mediasi --outcome putusan-mediasi \
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

help-case-serve = Mencatat tanggal putusan diterima para pihak; tenggat keberatan dihitung darinya
help-case-serve-long =
    Mencatat tanggal putusan diterima para pihak. Keberatan ke PTUN atau PN tepat waktu
    dalam 14 hari kerja sesudahnya (UU 14/2008 Pasal 48). Tanpa catatan ini, tenggat
    dihitung dari tanggal putusan. Dicatat sekali; `case undo` membatalkannya.

    Contoh:
      sengketa perkara sampaikan 2026/1 --on 2026-06-22
      sengketa perkara sampaikan 2026/1            # diterima pada hari putusan
help-case-serve--case = { -case }
help-case-serve--on = Tanggal putusan diterima para pihak [bawaan: tanggal putusan]
help-case-serve--note = { -note }
help-case-serve--actor = { -actor }

help-case-void = Mencoret sebuah catatan (tidak berlaku): tidak pernah menjadi sengketa (ganda, salah catat)
help-case-void-long =
    Mencoret sebuah catatan (tidak berlaku): tidak pernah menjadi sengketa. Perkara tetap
    memegang nomor registernya (sebuah nomor tidak pernah diberikan lagi) dan riwayatnya,
    dan tampil sebagai dicoret di `case show` dan `case list --include-void`; tidak
    dihitung di rekap, hitungan, tenggat, agenda dan ekspor mana pun. Hanya catatan tanpa
    langkah setelah pendaftarannya yang dapat dicoret (tarik kembali dulu
    langkah-langkahnya); `case undo` menarik kembali pencoretannya.

    Contoh:
      sengketa perkara coret 2026/5 --reason ganda --of 2026/4
      sengketa perkara coret 2026/7 --reason salah-catat \
          --note "tercatat dua kali dari formulir"
help-case-void--case = { -case }
help-case-void--reason = Alasan pencoretan
help-case-void--of = Perkara yang diduplikasi catatan ini
help-case-void--on = { -on }
help-case-void--note = { -note }
help-case-void--actor = { -actor }

help-case-undo = Menarik kembali perubahan terakhir perkara yang belum ditarik kembali
help-case-undo-long =
    Menarik kembali perubahan terakhir perkara yang belum ditarik kembali.

    Perubahan itu sebuah langkah, koreksi (`case edit`), catatan (`case note`),
    penyampaian panggilan (`hearing served`) atau penetapan majelis (`case assign`).
    Penarikan kembali adalah tindakan baru di riwayat; perubahan yang ditarik kembali
    tetap ada.
    Koreksi ditarik kembali dengan koreksi balik ke nilai lamanya. Di terminal perubahan
    itu ditampilkan dan ditanyakan dahulu (`--yes` tidak bertanya). Mengulanginya
    berjalan mundur satu perubahan lagi; pendaftaran perkara sendiri tidak dapat ditarik
    kembali.

    Contoh:
      sengketa perkara tarik-kembali 2017/1 --reason "salah menutup perkara"
help-case-undo--case = { -case }
help-case-undo--reason = Mengapa perubahan itu ditarik kembali (disimpan di riwayat)
help-case-undo--on = Tanggal penarikan kembali (tidak sebelum langkah yang ditarik kembali) [bawaan: hari ini]
help-case-undo--note = Catatan yang disimpan bersama penarikan kembali di riwayat
help-case-undo--actor = { -actor }
help-case-undo--yes = Tarik kembali tanpa bertanya, juga di terminal

help-case-edit = Mengoreksi data perkara (salah ketik nama, badan publik keliru), riwayat tetap utuh
help-case-edit-long =
    Mengoreksi data perkara (salah ketik nama, badan publik yang keliru); riwayat tetap
    utuh. Nilai lama dan baru dicatat sebagai peristiwa. Langkah-langkah dikoreksi dengan
    `case undo`.

    Contoh:
      sengketa perkara koreksi 2017/1 --applicant "Budi Santoso" \
          --note "salah ketik nama"
help-case-edit--case = { -case }
help-case-edit--applicant = Nama pemohon
help-case-edit--applicant_kind = Jenis pemohon
help-case-edit--body = Badan publik termohon
help-case-edit--subject = Informasi yang dimohonkan
help-case-edit--note = Catatan yang disimpan bersama koreksi
help-case-edit--actor = { -actor }

help-case-show = Menampilkan perkara: seluruh datanya, tenggat waktunya, dan riwayat lengkapnya
help-case-show-long =
    Menampilkan perkara: seluruh datanya, kedua tenggat waktunya, jalur setelah putusan
    (tanggal putusan diterima para pihak, sejak kapan berkekuatan hukum tetap atau kapan
    tenggat keberatannya berakhir, keberatan-keberatannya, yang terlambat ditandai),
    sidang-sidangnya, dan riwayat lengkapnya (langkah yang ditarik kembali ditandai).
    Catatan yang dicoret ditandai DICORET. Lalu berkas perkara, bila ada, dan surat-surat yang
    diterbitkan (dalam JSON: `papers`).

    Contoh:
      sengketa perkara lihat 2017/1
      sengketa perkara lihat 001/III/KI-JBI-PS/2017 --format json
help-case-show--case = { -case }
help-case-show--format = { -format }
help-case-show--excel = { -excel }

help-case-list = Mendaftar perkara menurut urutan register, dengan tenggat waktunya per suatu tanggal
help-case-list-long =
    Mendaftar perkara menurut urutan register, dengan tenggat waktunya per suatu tanggal.

    Setiap perkara membawa start_by (diterima + 14 hari kerja, UU 14/2008 Pasal 38 ayat 1),
    finish_by (diterima + 100 hari kerja, Pasal 38 ayat 2), jumlah hari kerja berjalan, dan
    tenggat yang terlewati.

    Contoh:
      sengketa perkara daftar --year 2017 --state memenuhi-syarat --body pendidikan
      sengketa perkara daftar --overdue                  # ditindaklanjuti hari ini
      sengketa perkara daftar --due-within 5 --sort due  # tenggat 5 HK ke depan
      sengketa perkara daftar --open --sort open-longest --limit 10
      sengketa perkara daftar --applicant budi --format csv > budi.csv
      sengketa perkara daftar --not-final --as-of 2026-12-31
      sengketa perkara daftar --appealed --include-void

    --appealed: hanya perkara yang diajukan keberatan sampai tanggal per; --final /
    --not-final: hanya putusan yang berkekuatan hukum tetap per tanggal itu, atau yang
    sudah diputus tetapi belum (tenggat keberatan masih berjalan atau keberatan sedang
    diperiksa). Catatan yang dicoret tidak ditampilkan kecuali dengan --include-void (statusnya
    terbaca `void`).
help-case-list--year = { -year }
help-case-list--state = Hanya perkara dengan status ini (boleh diulang)
help-case-list--open = Hanya perkara yang belum selesai (status apa pun kecuali selesai)
help-case-list--body = Hanya perkara terhadap badan publik yang namanya memuat ini
help-case-list--applicant = Hanya perkara yang nama pemohonnya memuat ini
help-case-list--as_of = Tenggat per tanggal ini, dan hanya perkara yang diterima sampai tanggal itu [bawaan: hari ini]
help-case-list--overdue = Hanya perkara yang melewati tenggat (mulai atau selesai) per tanggal itu
help-case-list--due_within = Hanya perkara yang tenggatnya jatuh dalam N hari kerja ke depan
help-case-list--appealed = Hanya perkara yang diajukan keberatan (sampai tanggal per)
help-case-list--final = Hanya putusan yang berkekuatan hukum tetap per tanggal itu
help-case-list--not_final = Hanya putusan yang belum berkekuatan hukum tetap per tanggal itu (tenggat keberatan masih berjalan, atau keberatan sedang diperiksa)
help-case-list--include_void = Termasuk catatan yang dicoret (tanpa ini tidak ditampilkan)
help-case-list--sort = Urutan daftar: `register`, `received` (tanggal diterima), `due` (tenggat terdekat), `open-longest` (paling lama berjalan)
help-case-list--limit = Paling banyak sejumlah ini (satu halaman)
help-case-list--offset = Lewati sejumlah ini lebih dulu (awal halaman)
help-case-list--format = { -format }
help-case-list--excel = { -excel }

## Agenda
help-agenda = Agenda: sidang, tenggat, perkara yang terlambat, dan pemohon yang dapat gugur
help-agenda-long =
    Agenda panitera untuk satu hari (bawaan: hari ini) dan hari-hari kerja sesudahnya
    (bawaan: 5, hari itu sendiri terhitung bila hari kerja), per bagian: sidang dalam
    rentang itu (tanggal, jam, ruang, perkara, jenis, pemohon, termohon); perkara yang
    tenggat mulai atau selesainya jatuh di dalamnya; perkara yang terlambat per hari itu,
    yang tertua dahulu (20 tertua; `case list --overdue` menampilkan semuanya); pemohon
    yang tidak hadir di dua sidang, yang permohonannya dapat gugur (PERKI 1/2013).

    `--format ics` menulis sidang-sidang itu sebagai berkas iCalendar (RFC 5545) untuk
    kalender ponsel dan komputer: satu acara per sidang dengan UID tetap, sehingga berkas
    yang lebih baru memindahkan sidang yang ditunda dan menghapus sidang yang dibatalkan.

    Contoh:
      sengketa agenda
      sengketa agenda --on 2026-12-07 --days 10
      sengketa agenda --format ics -o sidang.ics
help-agenda--on = Hari pertama [bawaan: hari ini]
help-agenda--days = Berapa hari kerja
help-agenda--format = Bentuk keluaran: table (tabel), csv, json, ics (iCalendar: sidang saja)
help-agenda--excel = { -excel }
help-agenda--output = { -output }

## Kalender hari kerja
help-calendar = Kalender hari kerja: hari libur nasional, cuti bersama, hari kantor tutup
help-calendar-list = Menampilkan hari-hari libur kalender
help-calendar-list-long =
    Menampilkan hari-hari bukan hari kerja di kalender (selain Sabtu dan Minggu).

    Contoh:
      sengketa kalender daftar --year 2025
      sengketa kalender daftar --year 2025 --format csv > libur-2025.csv
help-calendar-list--year = Hanya hari pada tahun ini
help-calendar-list--format = { -format }
help-calendar-list--excel = { -excel }
help-calendar-add = Menambah hari bukan hari kerja: libur daerah, kantor tutup
help-calendar-add-long =
    Menambah hari yang belum ada di kalender; untuk mengubah hari yang sudah ada, hapus
    dahulu atau impor berkas dengan nilai barunya. Tanggal mana pun dapat ditambahkan,
    lampau atau mendatang. Penambahan tercatat di riwayat.

    Contoh:
      sengketa kalender tambah 2026-12-28 --kind kantor-tutup --name "Kantor tutup"
      sengketa kalender tambah 06/01/2027 --kind hari-libur-nasional \
          --name "Hari Jadi Provinsi Jambi" --name-en "Jambi Province Day" \
          --source "Perda Provinsi Jambi No. 1/2026"
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
    ada dengan nilai yang sama dilewati; dengan nilai lain, diperbarui. Dengan --dry-run
    setiap baris diperiksa dan tidak ada yang ditulis.

    Contoh:
      sengketa kalender impor --dry-run skb-2028.csv
      sengketa kalender impor skb-2028.csv
help-calendar-import--file = Berkas CSV, atau - untuk masukan standar
help-calendar-import--dry_run = Periksa setiap baris dan laporkan, tanpa menulis apa pun
help-calendar-import--actor = { -actor }

## Impor dan ekspor
help-import = Mengimpor perkara dari CSV register, semua atau tidak sama sekali
help-import-long =
    Mengimpor perkara dari CSV register, semua atau tidak sama sekali.

    Kolom (baris judul wajib, dengan urutan ini):
      register_no,received_on,applicant,applicant_kind,public_body,subject,
      qualified_on,not_qualified_on,not_qualified_reason,withdrawn_on,decided_on,
      decision_via,decision_outcome,decision_no,closed_on

    Sel kosong berarti langkah itu belum terjadi; register_no yang kosong diberi nomor
    berikutnya. Riwayat setiap perkara dibangun dari tanggal-tanggalnya. Bila ada baris yang
    tidak sah, tidak ada yang ditulis dan setiap baris itu dilaporkan (baris, kolom, nilai,
    alasan); kode keluar 3.

    "," atau ";" sebagai pemisah (menurut baris judul), dengan atau tanpa BOM; sel yang
    ditulis `export` dengan ' di depan karakter rumus dibaca tanpa ' itu.
    --archive FILE sebaliknya membangun register baru dari sebuah arsip (`sengketa export
    --archive`): setiap tindakan, hash, dan baris seperti semula, diperiksa seperti
    `sengketa verify` memeriksa register, dengan kepala rantai arsip itu. Register (--db)
    belum boleh ada, atau harus berupa berkas kosong.

    Contoh:
      sengketa impor jambi-2017.csv
      sengketa impor register-excel.csv      # seperti ditulis `export --excel`
      sengketa impor --dry-run - < perkara.csv
      sengketa --db pulihan.db impor --archive register-2026-11.jsonl
help-import--archive = Bangun register baru dari arsip ini (- untuk masukan standar)
help-import--file = Berkas CSV, atau - untuk masukan standar
help-import--dry_run = Periksa setiap baris dan laporkan, tetapi jangan tulis apa pun
help-import--actor = { -actor }

help-export = Menulis register seperti saat ini: satu baris per perkara, kolom-kolom impor
help-export-long =
    Menulis register seperti saat ini: satu baris per perkara, dengan kolom-kolom impor.
    Register yang dibangun kembali dengan mengimpor hasil ekspor menghasilkan ekspor yang
    sama persis. Catatan yang dicoret tidak ikut (tidak pernah menjadi sengketa); jalur setelah
    putusan ada di `appeal export`.

    --redact mengganti nama setiap pemohon dengan nama samaran (Pemohon-001, -002, ...
    menurut urutan kemunculan pertama; pemohon yang sama, nama samaran yang sama), untuk
    dibagikan kepada peneliti. Pokok permohonan adalah teks bebas dan tetap ditulis:
    bacalah dahulu.

    --archive FILE sebaliknya menulis seluruh register tanpa kehilangan apa pun
    (pengaturan, perkara, setiap tindakan dan hash-nya, peristiwa, sidang, kalender dan
    riwayatnya) sebagai JSON Lines (format sengketa-archive, README): `sengketa import
    --archive` membangun darinya register dengan `verify --head` yang sama. Ditulis dari
    satu potret, hanya dapat dibaca pemiliknya; - untuk keluaran standar.

    Contoh:
      sengketa ekspor -o register.csv
      sengketa ekspor --year 2017 --format json
      sengketa ekspor --redact -o untuk-peneliti.csv
      sengketa ekspor --archive register-2026-11.jsonl
help-export--redact = Ganti nama pemohon dengan nama samaran (Pemohon-001, ...)
help-export--archive = Tulis seluruh register sebagai arsip ke FILE (- untuk keluaran standar)
help-export--year = { -year }
help-export--format = Bentuk keluaran: csv, json
help-export--excel = { -excel }
help-export--output = { -output }

## Rekap
help-recap = Tabel rekap tahunan register, seperti Tabel 1 makalah Jambi
help-recap-long =
    Tabel rekap tahunan register, seperti Tabel 1 makalah Jambi.

    Rekap suatu tahun adalah tentang kelompok perkara yang diterima pada tahun itu, hanya
    menghitung yang sudah terjadi pada tanggal per (langkah yang ditarik kembali tidak dihitung).
    Tanpa nama pemohon.

    --by body: masuk, lalu kedudukan setiap perkara (`awaiting_qualification`,
    `not_qualified`, `withdrawn`, setiap amar putusan, `in_process`): kolom-kolom ini
    berjumlah sama dengan
    masuk. Setiap tampilan kecuali --oldest diakhiri baris jumlah atas tahun-tahun yang
    ditampilkan (--by body: juga jumlah per tahun). Tanggal per disebut di setiap bentuk:
    sebaris di atas tabel, kolom terakhir (as_of) CSV, satu field JSON. --excel: CSV untuk
    lembar kerja berpengaturan Indonesia (BOM, ';').

    Contoh:
      sengketa rekap --years 2017-2018 --as-of 2019-12-31
      sengketa rekap --format csv > rekap.csv
      sengketa rekap --by body --excel > per-badan.csv
      sengketa rekap --by body --year 2017
      sengketa rekap --flow
      sengketa rekap --times --years 2023-2025 --as-of 2025-12-31
      sengketa rekap --oldest              # 10 perkara terbuka tertua hari ini
      sengketa rekap --registers jambi.db riau.db --flow
      sengketa rekap --by outcome --chart svg -o amar.svg
      sengketa rekap periksa tabel1.csv --as-of 2019-12-31

    Dengan --registers, setiap register hanya dibaca (tidak pernah dimutakhirkan atau
    ditulisi): satu kelompok baris per komisi (commission-code-nya, atau nama berkasnya),
    lalu jumlahnya (hitungan dijumlahkan, sisanya dihitung dari jumlah itu, waktu dari
    semua perkara).

    Waktu penyelesaian (--times), per tahun penerimaan dan menurut cara perkara berakhir
    (semua, lalu `not_qualified`, `withdrawn`, `interim_ruling`, `mediation`, `adjudication`):
    jumlah yang berakhir; median, rata-rata, tercepat dan terlama dalam hari kerja dari
    diterima sampai berakhir; within_100 (berakhir paling lambat diterima + 100 hari kerja)
    dan porsinya; backlog (belum berakhir dan melewati tenggat itu).

    Upaya hukum (--appeals), per tahun putusan: `decisions` (putusan); `open_to_appeal`
    (putusan ajudikasi dan putusan sela); `appealed` (diajukan keberatan di tingkat
    pertama), `at_ptun`, `at_pn`, `by_applicant`, `by_respondent`, `late` (diajukan setelah
    tenggat); `pending` (sedang diperiksa) dan putusan pengadilan tingkat pertama
    (`upheld`, `overturned`, `partly_overturned`, `inadmissible`, `withdrawn`);
    `cassations`, `cassations_decided` (permohonan kasasi);
    final (berkekuatan hukum tetap per tanggal per); upheld_share (porsi dikuatkan dari
    putusan tingkat pertama, 4 desimal). `court_despite_kind` (diajukan ke pengadilan
    yang menyimpang dari jenis badan, dengan --court-despite-kind) setelah kolom
    pengadilan, hanya bila register mencatatnya.

    Angka tunggakan (docs/backlog.md), dari setiap perkara yang diterima sampai tanggal
    per, hari kerja tiap register menurut kalendernya sendiri: --ages: perkara belum
    selesai pada tanggal per menurut tahun penerimaan, dalam kelompok hari kerja berjalan
    (`wd_0_14`, `wd_15_100`, `wd_101_250`, `wd_over_250`), lalu `open`. --clearance: per
    tahun, masuk, berakhir (diputus, dicabut atau tidak memenuhi syarat, pada tahun itu)
    dan `clearance_rate` = berakhir / masuk; --by month: sama, per bulan. --waiting:
    `open`, `ended_12_months`, `monthly_endings` dan `waiting_months` = `open` /
    (`ended_12_months` / 12).
    --stages: per tahun penerimaan, median hari kerja setiap tahap (diterima, sidang
    pertama, putusan, diterima para pihak, berkekuatan hukum tetap). --hearings: per
    bulan, sidang digelar, ditunda, dibatalkan, dan ketidakhadiran tiap pihak.

    --by body mengelompokkan badan yang digabungkan di bawah satu nama; --by body-kind
    mengelompokkan menurut jenis badan (`body set`). Catatan yang dicoret tidak dihitung.

    --by person: setiap orang komisi: perkara yang ditangani (majelis terkininya
    menempatkannya, kursi apa pun), yang berjalan, sidang yang dihadiri (yang
    dilaksanakan, dari perkara itu), putusan, dan median hari kerja dari
    diterima sampai putusan (satu register saja).

      sengketa rekap --appeals --years 2024-2026
      sengketa rekap --by body-kind --format md
      sengketa rekap --by person --year 2014
help-recap--year = Hanya tahun ini
help-recap--years = Rentang tahun, mis. 2017-2018 (tahun tanpa perkara menjadi baris nol)
help-recap--as_of = Hitung hanya yang sudah terjadi pada tanggal ini [bawaan: hari ini]
help-recap--by = Tampilan lain: per badan publik, per jenis badan publik, per amar, per alasan keberatan, atau per orang komisi
help-recap--appeals = Upaya hukum per tahun putusan: yang dapat diajukan, yang diajukan (per pengadilan, per pihak), putusan pengadilan, permohonan kasasi, yang berkekuatan hukum tetap, porsi yang dikuatkan
help-recap--flow = Arus perkara per tahun: sisa awal, masuk, diselesaikan, sisa akhir
help-recap--times = Waktu penyelesaian per tahun, dalam hari kerja, menurut cara perkara berakhir
help-recap--oldest = N perkara terbuka yang paling lama berjalan (hari kerja) [N bawaan: 10]
help-recap--format = Bentuk keluaran: table (tabel), csv, json, md (Markdown)
help-recap--excel = { -excel }
help-recap--registers = Beberapa register sekaligus, hanya dibaca: satu kelompok baris per komisi, dan jumlahnya
help-recap--chart = Gambar tampilan ini sebagai grafik (tampilan makalah, --flow, --by outcome, --times)
help-recap--output = Tulis ke berkas ini, bukan ke keluaran standar (hanya dapat dibaca pemiliknya; --chart, untuk diterbitkan, dapat dibaca semua orang)
help-recap-check = Memeriksa tabel rekap yang diterbitkan terhadap register
help-recap-check-long =
    Membaca rekap dalam bentuk CSV `recap --format csv`: judul berisi kunci atau labelnya
    (bahasa Inggris atau Indonesia), "year" pertama; kolom boleh tidak lengkap; "-" dibaca
    0; "," atau ";" sebagai pemisah. Baris jumlah ("total" atau labelnya sebagai tahun)
    diperiksa terhadap jumlah baris-baris tahun; kolom as_of memberi tanggal pembanding,
    kecuali --as-of diberikan. Menampilkan setiap sel yang berbeda dari register, setiap
    baris yang hitungannya sendiri tidak cocok, dan apa yang dapat dijelaskan register.
    Kode keluar 0 bila semua cocok, 1 bila tidak.

    Tabel arus perkara juga dibaca: `year`, lalu `carried_in` (atau `open_at_start`),
    `received`, `finished`, `carried_out` (atau `open_at_end`), dengan kunci atau labelnya; dibandingkan
    dengan `recap --flow`, dan setiap baris diperiksa: sisa akhir = sisa awal + masuk -
    diselesaikan, sisa awal = sisa akhir tahun sebelumnya (docs/backlog.md).

    Contoh:
      sengketa rekap periksa tabel1.csv --as-of 2019-12-31
      sengketa rekap periksa arus-perkara.csv --as-of 2025-12-31
      sengketa rekap --format csv --excel > rekap.csv
      sengketa rekap periksa rekap.csv
help-recap-check--file = Tabel yang diterbitkan (CSV), atau - untuk masukan standar
help-recap-check--as_of = Bandingkan dengan register per tanggal ini [bawaan: kolom as_of tabel itu, atau hari ini]

## Upaya hukum ke pengadilan
help-appeal = Mencatat upaya hukum atas putusan ke pengadilan (keberatan, permohonan kasasi) dan putusannya; mengekspor dan mengimpor CSV upaya hukum
help-appeal-file = Mencatat upaya hukum (keberatan atau permohonan kasasi) yang diajukan ke pengadilan
help-appeal-file-long =
    Mencatat keberatan atas putusan yang diajukan ke pengadilan.

    Di tingkat pertama (bawaan), putusan ajudikasi atau putusan sela diajukan keberatan ke
    PTUN (ptun, terhadap badan publik negara) atau PN (pn, selainnya), dalam 14 hari kerja
    setelah putusan diterima para pihak (`case serve`; bila tidak dicatat, setelah tanggal
    putusan). Kasasi ke Mahkamah Agung (ma) menyusul putusan tingkat pertama, dalam 14 hari
    kerja sesudahnya. Pengajuan setelah tenggat tetap dicatat dan ditandai terlambat:
    pengadilan yang menilai dapat diterima atau tidak. Putusan mediasi final dan tidak
    dapat diajukan keberatan. Pengadilan tingkat pertama mengikuti jenis badan publik
    termohon (UU 14/2008 Pasal 47): PTUN untuk badan publik negara, PN untuk selainnya;
    pengadilan lain ditolak kecuali dengan --court-despite-kind --reason (pengadilan yang
    memutus kewenangannya).

    Contoh:
      sengketa upaya-hukum ajukan 2026/1 --court ptun --by termohon \
          --on 2026-07-06 --court-no 12/G/KI/2026/PTUN.JBI
      sengketa upaya-hukum ajukan 2026/1 --level kasasi --by pemohon --on 2026-11-02
help-appeal-file--case = { -case }
help-appeal-file--level = Tingkat upaya hukum: tingkat pertama (keberatan) atau kasasi (permohonan kasasi)
help-appeal-file--court = Pengadilan tempat diajukan (kasasi: ma, bawaan)
help-appeal-file--by = Yang mengajukan
help-appeal-file--on = Tanggal pengajuan [bawaan: hari ini]
help-appeal-file--court_no = Nomor perkara di pengadilan
help-appeal-file--note = { -note }
help-appeal-file--actor = { -actor }
help-appeal-decide = Mencatat putusan pengadilan atas upaya hukum yang sedang diperiksa
help-appeal-decide-long =
    Mencatat putusan pengadilan atas upaya hukum yang sedang diperiksa.

    Pengadilan memutus tingkat yang terakhir diajukan. Amar apa pun memutus tingkat itu;
    setelah putusan tingkat pertama, permohonan kasasi dapat menyusul dalam 14 hari kerja, kecuali
    setelah pencabutan. Putusan pengadilan yang tidak diajukan upaya hukum lagi membuat
    putusan komisi berkekuatan hukum tetap (`case show` menampilkan tanggalnya).

    Contoh:
      sengketa upaya-hukum putus 2026/1 --outcome dikuatkan --on 2026-10-12
      sengketa upaya-hukum putus 2026/1 --outcome dibatalkan-sebagian \
          --on 2027-03-01 --court-no 123/K/TUN/2027
help-appeal-decide--case = { -case }
help-appeal-decide--outcome = Amar pengadilan atas putusan yang diperiksanya
help-appeal-decide--on = Tanggal putusan pengadilan
help-appeal-decide--court_no = Nomor perkara di pengadilan, bila belum diberikan saat pengajuan (atau untuk mengoreksinya)
help-appeal-decide--note = { -note }
help-appeal-decide--actor = { -actor }
help-appeal-export = Menulis jalur setelah setiap putusan: satu baris per keberatan, kolom yang dibaca `appeal import`
help-appeal-export-long =
    Menulis jalur setelah setiap putusan: satu baris per keberatan, kolom yang dibaca
    `appeal import`.

    Kolom: register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome
    (served_on: tanggal putusan diterima para pihak, di setiap baris perkara itu; perkara
    yang diterima putusannya tetapi tidak diajukan keberatan: satu baris dengan level
    kosong). Menurut urutan register, lalu tingkat. Mengimpornya ke register dengan
    perkara yang sama (dan belum punya keberatan) lalu mengekspor lagi menghasilkan berkas
    yang sama, byte demi byte.

    Contoh:
      sengketa upaya-hukum ekspor -o keberatan.csv
      sengketa upaya-hukum ekspor --year 2026
help-appeal-export--year = Hanya perkara yang diterima pada tahun ini (seperti `sengketa export --year`)
help-appeal-export--output = { -output }
help-appeal-import = Mengimpor jalur setelah putusan dari CSV keberatan, semua atau tidak sama sekali
help-appeal-import-long =
    Mengimpor jalur setelah putusan dari CSV keberatan, semua atau tidak sama sekali.

    Kolom (judul wajib, berurutan), seperti ditulis `appeal export`:
      register_no,served_on,level,court,by,filed_on,court_no,decided_on,outcome

    Setiap baris menyebut perkara yang sudah diputus di register (dengan nomor register
    lengkapnya). Riwayatnya dicatat seperti perintah panitera: diterimanya putusan pada
    served_on (sekali per perkara), pengajuan pada filed_on, putusan pengadilan pada
    decided_on. Setiap langkah diperiksa seperti perintahnya memeriksa (tidak ada keberatan
    atas putusan mediasi, tingkat berurutan, tidak ada putusan pengadilan sebelum
    pengajuannya). Bila ada baris yang tidak sah tidak ada yang ditulis dan setiap baris itu
    dilaporkan (baris, kolom, nilai, alasan); kode keluar 3.

    Contoh:
      sengketa upaya-hukum impor keberatan-2026.csv
      sengketa upaya-hukum impor --dry-run - < keberatan.csv
help-appeal-import--file = Berkas CSV, atau - untuk masukan standar
help-appeal-import--dry_run = Periksa setiap baris dan laporkan, tanpa menulis apa pun
help-appeal-import--actor = { -actor }

## Badan publik
help-body = Mendaftar dan mengoreksi badan publik: nama, nama lain, jenis, penggabungan
help-body-list = Mendaftar badan publik: jenisnya, jumlah perkaranya dan nama lainnya
help-body-list-long =
    Mendaftar badan publik: jenisnya, jumlah perkaranya dan nama lainnya.

    Perkara dihitung tanpa catatan yang dicoret. Badan yang digabungkan ke badan lain tidak
    didaftar: namanya menjadi milik badan itu (`body show` menampilkan keduanya).

    Contoh:
      sengketa badan daftar
      sengketa badan daftar --format csv > badan.csv
help-body-list--format = { -format }
help-body-show = Menampilkan badan publik: nama, jenis, nama lain, badan yang digabungkan ke dalamnya, perkara, dan riwayat perubahannya
help-body-show--body = Badan publik: namanya atau nama lainnya
help-body-show--format = { -format }
help-body-rename = Mengganti nama badan publik (perkaranya ikut; riwayat menyimpan nama lama)
help-body-rename-long =
    Mengganti nama badan publik (perkaranya ikut; riwayat menyimpan nama lama).

    Mengganti nama badan publik; perkaranya ikut, riwayat menyimpan nama lamanya. Nama
    baru tidak boleh nama atau nama lain badan lain. Nama lama tidak menjadi nama lain:
    tambahkan dengan `body alias` bila berkas-berkas masih menulisnya begitu.

    Contoh:
      sengketa badan ganti-nama "Dinas PU" --to "Dinas PUPR Kab. Muaro Jambi"
help-body-rename--body = Badan publik: namanya atau nama lainnya
help-body-rename--to = Nama barunya
help-body-rename--note = Catatan yang disimpan bersama perubahan di riwayat
help-body-rename--actor = { -actor }
help-body-alias = Menambahkan nama lain sebuah badan publik
help-body-alias-long =
    Menambahkan nama lain sebuah badan publik.

    Perkara baru atau baris impor yang menyebut nama lain itu (tanpa membedakan huruf besar
    dan spasi) tercatat pada badan ini. Nama lain tidak boleh nama atau nama lain badan
    lain (dua badan dengan satu nama adalah satu badan: `body merge` menggabungkannya).

    Contoh:
      sengketa badan nama-lain "Dinas PUPR Kab. Muaro Jambi" \
          --add "DPUPR Muaro Jambi"
help-body-alias--body = Badan publik: namanya atau nama lainnya
help-body-alias--add = Nama lainnya
help-body-alias--note = Catatan yang disimpan bersama perubahan di riwayat
help-body-alias--actor = { -actor }
help-body-set = Mengatur jenis badan publik (UU 14/2008 Pasal 1 angka 3), untuk `recap --by body-kind`
help-body-set-long =
    Mengatur jenis badan publik (UU 14/2008 Pasal 1 angka 3), untuk `recap --by body-kind`.

    Contoh:
      sengketa badan atur "Dinas PUPR Kab. Muaro Jambi" \
          --kind pemerintah-kabupaten-kota
      sengketa badan atur "PT Bank Jambi" --kind bumn-bumd
help-body-set--body = Badan publik: namanya atau nama lainnya
help-body-set--kind = Jenisnya
help-body-set--note = Catatan yang disimpan bersama perubahan di riwayat
help-body-set--actor = { -actor }
help-body-merge = Menggabungkan badan publik ke badan lain: dua ejaan satu badan menjadi satu
help-body-merge-long =
    Menggabungkan badan publik ke badan lain: dua ejaan satu badan menjadi satu.

    Perkara dan nama lainnya menjadi milik badan yang lain sejak saat itu, dan namanya
    merujuk ke badan itu (impor yang menyebutnya tercatat di sana). Riwayat mencatat
    penggabungan; `case undo` tidak memisahkannya lagi, maka di terminal penggabungan
    meminta konfirmasi; dalam skrip beri --yes (tanpa itu, dan tanpa terminal, tidak ada
    yang digabungkan: kode keluar 3).

    Contoh:
      sengketa badan gabungkan "Dinas PU Muaro Jambi" \
          --into "Dinas PUPR Muaro Jambi"
      sengketa badan gabungkan "Bappeda Jambi" --into "Bappeda Provinsi Jambi" --yes
help-body-merge--body = Badan yang digabungkan: namanya atau nama lainnya
help-body-merge--into = Badan tujuan penggabungan: namanya atau nama lainnya
help-body-merge--yes = Gabungkan tanpa bertanya (penggabungan tidak dapat ditarik kembali)
help-body-merge--note = Catatan yang disimpan bersama perubahan di riwayat
help-body-merge--actor = { -actor }

## Laporan
help-report = Satu berkas HTML berisi rekap tahunan dengan grafik, untuk dicetak atau diterbitkan
help-report-long =
    Satu berkas HTML berisi rekap tahunan dengan grafik, untuk dicetak atau diterbitkan.

    Rekap tahunan makalah, arus perkara, rasio penyelesaian (per tahun dan per bulan),
    lama perkara yang belum selesai, perkiraan waktu tunggu, median hari kerja setiap
    tahap, cara perkara berakhir, waktu penyelesaian, sidang, jenis badan publik dan
    upaya hukum, masing-masing dengan grafik dan tabelnya, dalam bahasa yang dipakai
    (--lang): angka, persentase dan tanggal seperti ditulis pembacanya. Bagian yang tidak
    berisi apa pun tidak dimuat; bagian yang hanya akan berisi "lainnya" (jenis badan
    publik register hasil impor) menyebut cara mengisinya. Berdiri sendiri: CSS dan SVG di
    dalam berkas, logo (`config set commission-logo`) di dalamnya, tanpa skrip, tidak
    memuat apa pun dari jaringan. Tanpa nama pemohon. Berjudul nama komisi (`config set
    commission-name`); kaki halaman menyebut tanggal per, waktu pembuatan menurut zona
    waktu komisi (`config set timezone`; SENGKETA_NOW bila diatur, agar berkasnya dapat
    dibuat ulang sama persis) dan kepala rantai setiap register, untuk dibuktikan kemudian
    dengan `verify --since`. Dapat dicetak pada A4. Ditulis dapat dibaca semua orang
    (0644), agar dapat disajikan server web.

    Contoh:
      sengketa laporan -o laporan.html
      sengketa laporan --years 2017-2018 --as-of 2019-12-31 --lang id \
          -o laporan.html
      sengketa laporan --registers jambi.db riau.db -o nasional.html
help-report--year = Hanya tahun ini
help-report--years = Rentang tahun, mis. 2017-2018 (tahun tanpa perkara menjadi baris nol)
help-report--as_of = Hitung hanya yang sudah terjadi pada tanggal ini [bawaan: hari ini]
help-report--registers = Beberapa register sekaligus, hanya dibaca: satu kelompok baris per komisi, dan jumlahnya
help-report--output = Tulis ke berkas ini (dapat dibaca semua orang, untuk diterbitkan), bukan ke keluaran standar

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
help-verify--repair = Hitung ulang hitungan tahunan dari perkaranya bila berbeda, dan segel tindakan tanpa hash dengan tindakan yang menyatakannya (tidak mengubah yang lain)
help-verify--head = Cetak kepala rantai (N:HASH16, lalu hash lengkapnya) ke stdout; laporannya ke stderr
help-verify--since = Buktikan bahwa register melanjutkan kepala rantai ini (N:HASH, seperti dicetak --head)
help-verify-long =
    Menghitung ulang rantai hash riwayat dari tindakan pertama dan menyebut setiap
    tindakan yang tidak lagi cocok dengan hash-nya; membandingkan tabel, indeks, dan
    trigger register dengan yang dibuat versi ini; memutar ulang riwayat setiap
    perkara dan membandingkannya dengan perkara seperti tersimpan (data pihaknya,
    fakta, sidang, upaya hukum, pencoretan); membandingkan pengaturan, hitungan tahunan,
    penghitung nomor urut, kalender, dan badan publik (nama, nama lain,
    penggabungan) dengan asalnya; menjalankan pemeriksaan cepat berkas SQLite (setiap
    halaman dan rekaman, batasan NOT NULL dan CHECK) dan pemeriksaan kunci asingnya;
    --deep menjalankan pemeriksaan integritas SQLite yang lengkap sebagai gantinya
    (setiap indeks terhadap tabelnya juga), seperti `backup` pada salinannya. Semua
    dalam satu potret: panitera boleh terus bekerja. Setiap jenis
    masalah disertai petunjuk tentang apa yang dapat dilakukan.

    --sign KUNCI (bersama --head) menandatangani kepala rantai dengan kunci rahasia
    ketua (`sengketa key generate`), mencatat titik periksanya di register dan
    mencetaknya: teksnya, lalu tanda tangannya dalam format minisign (`minisign -V`
    memeriksanya). --checkpoints KUNCIPUBLIK memeriksa tanda tangan setiap titik
    periksa dengan kunci publik, dan bahwa rantai masih melewati setiap kepala yang
    ditandatangani: riwayat yang ditulis ulang dan di-hash ulang di belakang titik
    periksa ketahuan. Setiap `verify` memeriksa kepala titik-titik periksa.

    Contoh:
      sengketa periksa
      sengketa periksa --deep
      sengketa periksa --head >> logbook.txt
      sengketa periksa --since 1523:9f86d081884c7d65
      sengketa periksa --repair
      sengketa periksa --head --sign /media/ketua/kunci/sengketa.key
      sengketa periksa --checkpoints sengketa.pub

help-backup = Menyalin register ke sebuah berkas sementara panitera tetap bekerja, lalu memeriksa salinannya
help-backup-long =
    Salinan dibuat dengan pencadangan daring SQLite dari satu potret: langkah yang dicatat
    selama itu seluruhnya ada di dalamnya atau sama sekali tidak. Salinan lalu diperiksa
    seperti `sengketa verify` memeriksa register (pemeriksaan integritas SQLite, rantai
    hash, setiap perkara terhadap riwayatnya) dan hanya disimpan bila utuh; kepala rantai
    salinan dicetak. Berkasnya hanya dapat dibaca pemiliknya. Berkas yang sudah ada hanya
    diganti dengan --force; register itu sendiri tidak pernah.

    Contoh:
      sengketa cadangkan /media/usb/register-2026-11-29.db
      sengketa cadangkan cadangan.db --force
help-backup--file = Salinan yang akan dibuat
help-backup--force = Ganti FILE bila sudah ada

## Sidang
help-hearing = Menjadwalkan dan mencatat sidang perkara; mengekspor dan mengimpor catatan sidang (CSV)
help-hearing-schedule = Menjadwalkan sidang suatu perkara; menampilkan nomor sidangnya
help-hearing-schedule-long =
    Sidang itu menjadi "sidang ke-N": urutannya di antara sidang perkara itu yang sudah
    dilaksanakan atau dijadwalkan (sidang yang ditarik kembali atau dibatalkan tidak
    dihitung). Tanggalnya boleh di masa depan; penjadwalannya sendiri tercatat hari ini.
    Hari yang bukan hari kerja komisi, atau bentrok dengan sidang lain di ruang yang sama
    atau dengan anggota majelis yang sama pada jam yang bertumpang (pengaturan
    hearing-minutes, bawaan 120), ditolak kecuali dengan --on-non-working-day atau
    --despite-clash, beserta --reason.

    Contoh:
      sengketa sidang jadwalkan 2017/1 --on 2026-12-03 --at 09:00 \
          --kind pemeriksaan-awal --room "Ruang Sidang 1" --panel "Ketua: A. Rahman"
help-hearing-schedule--case = { -case }
help-hearing-schedule--on = Tanggal sidang (YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY; boleh di masa depan)
help-hearing-schedule--at = Jam mulai, 24 jam: 09.30, 9.30 atau 09:30
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
      sengketa sidang catat 2017/1 2 --applicant tidak-hadir --respondent hadir
help-hearing-held--case = { -case }
help-hearing-held--no = Nomor sidang perkara itu: N dari "sidang ke-N"
help-hearing-held--applicant = Kehadiran pemohon
help-hearing-held--respondent = Kehadiran termohon
help-hearing-held--note = { -note }
help-hearing-held--actor = { -actor }
help-hearing-postpone = Menunda sidang ke tanggal lain, dengan alasannya
help-hearing-postpone--case = { -case }
help-hearing-postpone--no = Nomor sidang perkara itu: N dari "sidang ke-N"
help-hearing-postpone--to = Tanggal barunya (hari ini atau sesudahnya)
help-hearing-postpone--reason = Alasan penundaan (disimpan di riwayat)
help-hearing-postpone--note = { -note }
help-hearing-postpone--actor = { -actor }
help-hearing-cancel = Membatalkan sidang yang dijadwalkan, dengan alasannya
help-hearing-cancel--case = { -case }
help-hearing-cancel--no = Nomor sidang perkara itu: N dari "sidang ke-N"
help-hearing-cancel--reason = Mengapa sidang dibatalkan (disimpan di riwayat)
help-hearing-cancel--note = { -note }
help-hearing-cancel--actor = { -actor }

help-hearing-export = Menulis sidang-sidang register sebagai CSV
help-hearing-export--year = { -year }
help-hearing-export--output = { -output }
help-hearing-export--excel = { -excel }
help-hearing-import = Mengimpor catatan sidang lama dari CSV, semua atau tidak sama sekali
help-hearing-import--file = Berkas CSV, atau - untuk masukan standar
help-hearing-import--dry_run = Periksa setiap baris dan laporkan, tetapi jangan tulis apa pun
help-hearing-import--actor = { -actor }

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
help-appeal-export--excel = { -excel }
help-body-list--excel = { -excel }
help-body-show--excel = { -excel }

## Surat-surat panitera
help-doc = Mencetak surat dalam prosedur, dalam Bahasa Indonesia, sebagai HTML atau DOCX
help-doc-long =
    Mencetak surat dalam prosedur, dalam Bahasa Indonesia, sebagai HTML atau DOCX.

    JENIS: registration (akta-registrasi), incomplete (pemberitahuan), summons
    (panggilan), service (relaas), minutes (berita-acara), withdrawal (pembatalan),
    lapse (gugur), decision-copy (salinan-putusan). Surat yang diterbitkan mendapat
    nomor surat berikutnya dan dicatat di riwayat bersama hash-nya; surat yang
    kekurangan data ditolak beserta perintah untuk mencatatnya, atau dicetak dengan
    tempat kosong oleh --draft (tidak diterbitkan).

    Contoh:
      sengketa doc summons 2014/1 --hearing 1 --party applicant -o panggilan.html
      sengketa doc berita-acara 2014/1 --hearing 1 --format docx -o ba.docx
      sengketa doc registration 2014/1 --draft
      sengketa doc template show summons
      sengketa doc verify panggilan.html
help-doc--kind = Jenis surat: registration, incomplete, summons, service, minutes, withdrawal, lapse, decision-copy (atau nama Indonesianya: panggilan, relaas, ...)
help-doc--case = { -case }
help-doc--hearing = Sidang yang menjadi pokok surat (panggilan, relaas, berita acara)
help-doc--party = Pihak yang dituju (panggilan, relaas, pengantar salinan putusan)
help-doc--item = Yang kurang (pemberitahuan) atau yang diserahkan (akta registrasi); dapat diulang
help-doc--format = Bentuk keluaran: html (siap cetak, A4) atau docx (Word, LibreOffice)
help-doc--output = Tulis surat ke berkas ini, bukan ke keluaran standar
help-doc--draft = Cetak dengan tempat kosong yang terlihat untuk data yang belum ada; tidak diterbitkan, tidak ada yang dicatat
help-doc--actor = { -actor }
help-doc-template = Templat sebuah jenis surat (Markdown dengan penanda)
help-doc-template-long =
    Templat sebuah jenis surat (Markdown dengan penanda).

    Contoh:
      sengketa doc template show summons > panggilan.md
      sengketa doc template set summons panggilan.md
      sengketa doc template reset summons
help-doc-template-show = Menampilkan templat yang berlaku (milik komisi, atau bawaan)
help-doc-template-show--kind = Jenis surat
help-doc-template-show--shipped = Tampilkan templat bawaan, walaupun komisi mengatur templatnya sendiri
help-doc-template-set = Memakai berkas templat untuk sebuah jenis surat, setelah diperiksa (tercatat di riwayat)
help-doc-template-set--kind = Jenis surat
help-doc-template-set--file = Berkas templat (Markdown dengan penanda)
help-doc-template-set--actor = { -actor }
help-doc-template-reset = Kembali ke templat bawaan sebuah jenis surat (tercatat di riwayat)
help-doc-template-reset--kind = Jenis surat
help-doc-template-reset--actor = { -actor }
help-doc-verify = Memeriksa apakah sebuah berkas adalah surat yang diterbitkan register ini, sebagaimana adanya
help-doc-verify-long =
    Memeriksa apakah sebuah berkas adalah surat yang diterbitkan register ini, sebagaimana
    adanya.

    Menyebut tindakan yang menerbitkannya; berkas yang berubah satu bita pun tidak (kode
    keluar 1).

    Contoh:
      sengketa doc verify panggilan.html
help-doc-verify--file = Berkas surat (HTML atau DOCX)
help-doc-reissue = Menulis ulang surat yang diterbitkan, sama persis
help-doc-reissue-long =
    Menulis ulang surat yang diterbitkan, sama persis bita demi bita.

    Contoh:
      sengketa doc reissue 001/PAN/KI-JBI/I/2014 -o panggilan.html
help-doc-reissue--letter = Nomor surat
help-doc-reissue--output = Tulis surat ke berkas ini, bukan ke keluaran standar
## Berkas perkara
help-case-add--applicant_address = Alamat pemohon (data pribadi: tidak pernah diterbitkan)
help-case-add--applicant_phone = Telepon pemohon (data pribadi)
help-case-add--applicant_email = Surel pemohon (data pribadi)
help-case-add--rep_name = Kuasa pemohon
help-case-add--rep_address = Alamat kuasa
help-case-add--rep_authorised = Tanggal surat kuasa
help-case-add--ppid_address = Alamat PPID, untuk perkara ini (bila tidak, milik badan publik)
help-case-add--superior_name = Atasan PPID, untuk perkara ini (bila tidak, milik badan publik)
help-case-add--superior_title = Jabatan atasan PPID, untuk perkara ini (bila tidak, milik badan publik)
help-case-add--superior_address = Alamat atasan PPID, untuk perkara ini (bila tidak, milik badan publik)
help-case-add--requested = Tanggal permintaan informasi kepada PPID (UU 14/2008 Pasal 21-22)
help-case-add--ppid_answered = Tanggal jawaban PPID
help-case-add--objected = Tanggal keberatan kepada atasan PPID (Pasal 35-36)
help-case-add--superior_answered = Tanggal tanggapan tertulis atasan PPID (Pasal 36 ayat 2)
help-case-add--ground = Alasan keberatan, Pasal 35 ayat 1 huruf a-g (dapat diulang; menggantikan yang tercatat)
help-case-edit--applicant_address = Alamat pemohon (data pribadi: tidak pernah diterbitkan)
help-case-edit--applicant_phone = Telepon pemohon (data pribadi)
help-case-edit--applicant_email = Surel pemohon (data pribadi)
help-case-edit--rep_name = Kuasa pemohon
help-case-edit--rep_address = Alamat kuasa
help-case-edit--rep_authorised = Tanggal surat kuasa
help-case-edit--ppid_address = Alamat PPID, untuk perkara ini (bila tidak, milik badan publik)
help-case-edit--superior_name = Atasan PPID, untuk perkara ini (bila tidak, milik badan publik)
help-case-edit--superior_title = Jabatan atasan PPID, untuk perkara ini (bila tidak, milik badan publik)
help-case-edit--superior_address = Alamat atasan PPID, untuk perkara ini (bila tidak, milik badan publik)
help-case-edit--requested = Tanggal permintaan informasi kepada PPID (UU 14/2008 Pasal 21-22)
help-case-edit--ppid_answered = Tanggal jawaban PPID
help-case-edit--objected = Tanggal keberatan kepada atasan PPID (Pasal 35-36)
help-case-edit--superior_answered = Tanggal tanggapan tertulis atasan PPID (Pasal 36 ayat 2)
help-case-edit--ground = Alasan keberatan, Pasal 35 ayat 1 huruf a-g (dapat diulang; menggantikan yang tercatat)
help-case-note = Mencatat catatan bebas pada perkara (telepon, dokumen yang diserahkan)
help-case-note-long =
    Catatan disimpan di riwayat berkas perkara bersama siapa yang menulis dan
    kapan; `case show` menampilkannya. Catatan tidak pernah diterbitkan (rekap,
    laporan, ekspor).
help-case-note--case = { -case }
help-case-note--text = Catatannya
help-case-note--actor = { -actor }
help-case-assign = Menetapkan majelis komisioner, mediator dan panitera pengganti suatu perkara
help-case-assign-long =
    Majelis berjumlah ganjil, paling sedikit tiga komisioner, ketua terhitung
    (PERKI 1/2013 Pasal 1 angka 16); masing-masing disebut dengan nomor atau
    nama (`person list`). Penetapan ulang mengganti majelis: --reason menyebut
    alasannya, di riwayat.
help-case-assign--case = { -case }
help-case-assign--chair = Ketua majelis
help-case-assign--member = Anggota majelis (ulangi: dua, empat, ...)
help-case-assign--mediator = Mediator
help-case-assign--clerk = Panitera pengganti
help-case-assign--reason = Alasan penggantian majelis (wajib bila perkara sudah punya majelis)
help-case-assign--note = { -note }
help-case-assign--actor = { -actor }
help-hearing-served = Mencatat penyampaian panggilan sidang kepada salah satu pihak (relaas)
help-hearing-served-long =
    Kapan, bagaimana dan dengan hasil apa panggilan sidang ke-N sampai kepada
    pemohon atau termohon. Begitu perkara punya catatan penyampaian,
    ketidakhadiran dihitung untuk gugur hanya dari sidang yang panggilannya
    kepada pemohon diterima (docs/case-file.md).
help-hearing-served--case = { -case }
help-hearing-served--no = Nomor sidang perkara itu: N dari "sidang ke-N"
help-hearing-served--note = { -note }
help-hearing-served--actor = { -actor }
help-hearing-served--party = Pihak yang dipanggil
help-hearing-served--on = Tanggal panggilan disampaikan [bawaan: hari ini]
help-hearing-served--how = Cara penyampaian
help-hearing-served--result = Hasilnya
help-person = Orang-orang komisi: komisioner, mediator, panitera pengganti
help-person-add = Menambahkan orang komisi
help-person-add--name = Nama orang itu
help-person-add--role = Perannya
help-person-add--phone = Telepon (telepon panitera dicetak di surat panggilan)
help-person-add--note = Catatan yang disimpan bersama perubahan di riwayat
help-person-add--actor = { -actor }
help-person-list = Menampilkan orang-orang komisi
help-person-list--format = { -format }
help-person-set = Mengoreksi nama, peran atau telepon seseorang
help-person-set--person = Orangnya: nomor atau nama
help-person-set--name = Nama yang benar
help-person-set--role = Peran baru
help-person-set--phone = Telepon baru (kosong: tidak ada)
help-person-set--note = Catatan yang disimpan bersama perubahan di riwayat
help-person-set--actor = { -actor }
help-person-retire = Menonaktifkan seseorang: tetap di riwayat dan di majelis lama, tidak di majelis baru
help-person-retire--person = Orangnya: nomor atau nama
help-person-retire--on = Tanggalnya [bawaan: hari ini]
help-person-retire--note = Catatan yang disimpan bersama perubahan di riwayat
help-person-retire--actor = { -actor }
help-body-set--ppid_address = Alamat PPID
help-body-set--superior_name = Nama atasan PPID
help-body-set--superior_title = Jabatan atasan PPID
help-body-set--superior_address = Alamat atasan PPID
help-verify--sign = Bersama --head: tandatangani kepala rantai yang telah diperiksa dengan kunci rahasia ini, catat titik periksanya dan cetak (teksnya, lalu tanda tangannya)
help-verify--checkpoints = Periksa tanda tangan titik periksa dengan kunci publik ini (berkas .pub), dan bahwa rantai melewati setiap kepala yang ditandatangani
help-key = Kunci ketua untuk menandatangani titik periksa rantai
help-key-generate = Membuat pasangan kunci untuk menandatangani titik periksa (format minisign)
help-key-generate-long =
    Menulis sengketa.key (kunci rahasia, hanya dapat dibaca pemiliknya) dan sengketa.pub
    (kunci publik) ke folder itu, lalu mencetak kunci publiknya. Simpan kunci rahasia
    pada ketua, jauh dari komputer register dan cadangannya; umumkan kunci publiknya
    (situs komisi, surat kepada auditor), agar siapa pun dapat memeriksa titik periksa
    dengan `minisign -V` atau `sengketa verify --checkpoints`.

    Di terminal, perintah ini menanyakan kata sandi yang melindungi kunci rahasia
    (ditanyakan lagi setiap kali menandatangani). --unencrypted membuat kunci tanpa
    kata sandi, untuk skrip: izin berkasnya lalu satu-satunya perlindungannya. Kunci
    yang sudah ada tidak pernah ditimpa.

    Contoh:
      sengketa key generate --out /media/ketua/kunci
      sengketa key generate --out ~/.sengketa --unencrypted
help-key-generate--out = Folder tempat menulis sengketa.key dan sengketa.pub [bawaan: folder saat ini]
help-key-generate--unencrypted = Buat kunci rahasia tanpa kata sandi (untuk skrip)

# Registrasi (case incomplete, register, not-registered) dan mediasi
help-case-incomplete = Mencatat pemberitahuan bahwa permohonan belum lengkap; pemohon melengkapi dalam 7 hari kerja
help-case-incomplete-long =
    Mencatat pemberitahuan bahwa permohonan belum lengkap.

    Pemberitahuan disampaikan paling lambat 3 hari kerja sejak permohonan diterima
    (PERKI 1/2013 Pasal 17); pemohon melengkapi dalam 7 hari kerja sejak
    pemberitahuan. `case undo` menarik kembali langkah ini.

    Contoh:
      sengketa perkara belum-lengkap 2021/8 --missing "fotokopi KTP" --on 2021-07-27
help-case-incomplete--case = { -case }
help-case-incomplete--missing = Apa yang belum lengkap dari permohonan
help-case-incomplete--on = Tanggal pemberitahuan [bawaan: hari ini]
help-case-incomplete--note = { -note }
help-case-incomplete--actor = { -actor }
help-case-register = Mencatat bahwa permohonan lengkap dan diregistrasi (akta registrasi)
help-case-register-long =
    Mencatat bahwa permohonan lengkap dan diregistrasi (akta registrasi).

    Bila nomor diberikan saat registrasi (setelan register-number-at), langkah ini
    memberi permohonan nomor registernya: nomor berikutnya pada tahun registrasi.

    Contoh:
      sengketa perkara registrasi 2021/8 --on 2021-08-22
help-case-register--case = { -case }
help-case-register--on = { -on }
help-case-register--note = { -note }
help-case-register--actor = { -actor }
help-case-not-registered = Mencatat bahwa permohonan tidak diregistrasi (tidak dilengkapi tepat waktu, atau alasan lain)
help-case-not-registered-long =
    Mencatat bahwa permohonan tidak diregistrasi.

    Permohonan yang tidak diregistrasi tetap memegang nomornya dan riwayatnya, tidak
    menerima langkah lain (kecuali `case undo`), dan dihitung dalam kolomnya sendiri
    pada rekap, tidak pernah sebagai "masuk".

    Contoh:
      sengketa perkara tidak-diregistrasi 2021/8 --reason not-completed \
          --on 2021-08-09
help-case-not-registered--case = { -case }
help-case-not-registered--on = { -on }
help-case-not-registered--note = { -note }
help-case-not-registered--actor = { -actor }
help-case-not-registered--reason = Alasannya: `not-completed` (tidak dilengkapi dalam 7 hari kerja sejak pemberitahuan) atau `other`
help-mediation = Mencatat mediasi dengan tenggatnya sendiri: mulai, perpanjang, gagal, sepakat
help-mediation-start = Mencatat pertemuan pertama mediasi; mediasi berjalan 14 hari kerja sejak itu
help-mediation-start-long =
    Mencatat pertemuan pertama mediasi; mediasi berjalan 14 hari kerja sejak itu.

    Sengketa atas informasi yang dikecualikan (alasan (a) dalam berkas perkara)
    langsung ke ajudikasi nonlitigasi: langkah ini ditolak.

    Contoh:
      sengketa mediasi mulai 2024/3 --on 2024-03-04
help-mediation-start--case = { -case }
help-mediation-start--on = Tanggal langkah itu [bawaan: hari ini]
help-mediation-start--note = { -note }
help-mediation-start--actor = { -actor }
help-mediation-extend = Memperpanjang mediasi sekali, 7 hari kerja (21 hari kerja sejak pertemuan pertama)
help-mediation-extend-long =
    Memperpanjang mediasi sekali, 7 hari kerja (21 hari kerja sejak pertemuan pertama).

    Contoh:
      sengketa mediasi perpanjang 2024/3 --reason "para pihak meminta waktu"
help-mediation-extend--case = { -case }
help-mediation-extend--on = Tanggal langkah itu [bawaan: hari ini]
help-mediation-extend--note = { -note }
help-mediation-extend--actor = { -actor }
help-mediation-extend--reason = Alasannya
help-mediation-fail = Mencatat mediasi gagal; ajudikasi nonlitigasi menyusul
help-mediation-fail-long =
    Mencatat mediasi gagal (pernyataan mediasi gagal); ajudikasi nonlitigasi menyusul.

    Contoh:
      sengketa mediasi gagal 2024/3 --reason "termohon tidak hadir"
help-mediation-fail--case = { -case }
help-mediation-fail--on = Tanggal langkah itu [bawaan: hari ini]
help-mediation-fail--note = { -note }
help-mediation-fail--actor = { -actor }
help-mediation-fail--reason = Alasannya
help-mediation-agree = Mencatat kesepakatan mediasi; lalu `case decide --via mediation`
help-mediation-agree--case = { -case }
help-mediation-agree--on = Tanggal langkah itu [bawaan: hari ini]
help-mediation-agree--note = { -note }
help-mediation-agree--actor = { -actor }
help-recap--mediation = Mediasi per tahun penerimaan: dimulai, sepakat, gagal, diperpanjang, dan median hari kerja dari pertemuan pertama sampai berakhir
## Nama nilai sebuah flag dalam bantuan (<TANGGAL>), menurut nama Inggrisnya
value-name-DATE = TANGGAL
value-name-CASE = PERKARA
value-name-TEXT = TEKS
value-name-FILE = BERKAS
value-name-PERSON = ORANG
value-name-NAME = NAMA
value-name-BODY = BADAN
value-name-N = N
value-name-NUMBER = NOMOR
value-name-DIR = FOLDER
value-name-FROM-TO = DARI-SAMPAI
value-name-PUBKEY = KUNCI-PUBLIK
value-name-PATH = BERKAS
value-name-LETTER-NO = NOMOR-SURAT
value-name-LANG = BAHASA
value-name-KIND = JENIS
value-name-KEY = KUNCI
value-name-HEAD = KEPALA
value-name-GROUND = ALASAN
value-name-FORMAT = FORMAT
value-name-ACTOR = PENCATAT
value-name-APPLICANT = PEMOHON
value-name-APPLICANT_KIND = JENIS-PEMOHON
value-name-SUBJECT = INFORMASI
value-name-NOTE = CATATAN
value-name-REASON = ALASAN
value-name-YEAR = TAHUN
value-name-STATE = STATUS
value-name-VIA = JALUR
value-name-OUTCOME = AMAR
value-name-ON = TANGGAL
value-name-TO = TANGGAL
value-name-AT = JAM
value-name-REGISTER_NO = NOMOR-REGISTER
value-name-SHELL = SHELL
value-name-VALUE = NILAI
value-name-OUT = KELUARAN
## Angka tunggakan
help-recap--ages = Perkara belum selesai pada tanggal per, menurut tahun penerimaan, dalam kelompok hari kerja berjalan
help-recap--clearance = Masuk, berakhir, dan rasio penyelesaian (berakhir ÷ masuk) per tahun
help-recap--waiting = Perkiraan waktu tunggu: belum selesai ÷ rata-rata berakhir per bulan dalam 12 bulan terakhir
help-recap--stages = Median hari kerja setiap tahap, per tahun penerimaan
help-recap--hearings = Sidang digelar, ditunda dan dibatalkan per bulan, dan ketidakhadiran tiap pihak
## sengketa publish
help-publish = Tulis situs publik perkara: jadwal, halaman perkara, putusan, data terbuka, umpan
help-publish-long =
    Tulis situs publik perkara: jadwal, halaman perkara, putusan, data terbuka, umpan.

    Folder halaman statis untuk disalin ke situs web komisi: index.html (komisi dan
    angka tahun ini), jadwal.html (sidang minggu-minggu mendatang),
    perkara/TAHUN-URUT.html (tiap perkara: tahap, sidang, putusan, upaya hukum dan
    kekuatan hukumnya), putusan.html (daftar putusan, bertaut ke berkasnya dari folder
    yang disebut `publish-decisions-dir`), data/ (rekap dan daftar perkara dalam CSV dan
    JSON, dengan datapackage.json dan README kolom-kolomnya) dan feed.xml (Atom: putusan
    baru dan perubahan jadwal). Tanpa skrip, huruf atau alamat dari luar. Pemohon disebut
    sebagaimana `publish-applicant` mengatur (bawaan: nama samaran); kontak dan kuasanya
    tidak pernah dimuat; entri yang dicoret tidak dimuat. Setiap halaman memuat kepala
    rantai: `verify --since KEPALA` membuktikan register kemudian melanjutkan apa yang
    diterbitkan. Dalam Bahasa Indonesia kecuali --lang en. Menerbitkan lagi mengganti
    folder seluruhnya.

    Contoh:
      sengketa publish situs
      sengketa publish /var/www/ki --weeks 2 --year 2026
      sengketa pengaturan atur publish-applicant initials
help-publish--dir = Folder yang ditulis (dibuat, atau diganti seluruhnya bila berisi penerbitan sebelumnya)
help-publish--year = Tahun angka di halaman depan [bawaan: tahun ini]
help-publish--weeks = Rentang jadwal, dalam minggu sejak hari ini
## Kalender sidang: izin yang diberi dengan alasan
help-hearing-schedule--on_non_working_day = Tetap menjadwalkan sidang pada hari yang bukan hari kerja komisi (beri --reason: riwayat menyimpannya)
help-hearing-schedule--despite_clash = Tetap menjadwalkan sidang walau bentrok dengan sidang lain di ruang yang sama atau dengan anggota majelis yang sama (beri --reason: riwayat menyimpannya)
help-hearing-schedule--reason = Alasan izin itu (disimpan di riwayat)
help-hearing-postpone--on_non_working_day = Tetap menunda ke hari yang bukan hari kerja komisi (--reason menjadi alasannya juga)
help-hearing-postpone--despite_clash = Tetap menunda walau bentrok dengan sidang lain di ruang yang sama atau dengan anggota majelis yang sama
help-case-close--force = Menutup walau upaya hukum sedang diperiksa atau masih dapat diajukan (beri --reason)
help-case-close--reason = Alasan penutupan yang dipaksakan, mis. surat pengadilan (disimpan di riwayat)
help-appeal-file--court_despite_kind = Tetap mengajukan ke pengadilan selain yang sesuai jenis badan publiknya (beri --reason)
help-appeal-file--reason = Alasan pengadilan itu dipilih (disimpan di riwayat)
help-case-list--to_close = Hanya perkara yang harus ditutup: sudah diputus, berkekuatan hukum tetap per tanggal itu, dan belum ditutup

## Arti nilai-nilai sebuah flag (format, urutan) dalam bantuan
value-help-table = tabel yang disesuaikan dengan terminal
value-help-csv = nilai dipisah koma, dengan baris judul
value-help-json = JSON dengan kunci tetap
value-help-ics = iCalendar (RFC 5545): sidang-sidangnya saja
value-help-md = tabel Markdown
value-help-register = urutan register (tahun, nomor urut)
value-help-received = menurut tanggal diterima
value-help-due = menurut tenggat terdekat yang belum dipenuhi
value-help-open-longest = menurut hari kerja berjalan, terbanyak dahulu
value-help-html = siap cetak, A4
value-help-docx = dokumen Word yang dapat dibuka dan disunting Word dan LibreOffice

## Pemeriksaan berkas yang lengkap (verify --deep)
help-verify--deep = Jalankan pemeriksaan integritas SQLite yang lengkap (setiap indeks terhadap tabelnya) sebagai ganti pemeriksaan cepatnya: lebih lambat, untuk pemeriksaan bulanan atau berkas yang telah disalin atau diperbaiki
