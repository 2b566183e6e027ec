# Pesan-pesan sengketa dalam Bahasa Indonesia. Setiap id di sini juga ada di en-US.ftl
# (diuji ke dua arah, dan bahwa kode memakai setiap id). Placeable: { $name }.

error-prefix = galat
hint-prefix = saran

## Kata-kata baris perintah (tata letak bantuan, galat penggunaan)
help-template = {"{"}about-with-newline{"}"}
    Penggunaan: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
help-heading-commands = Perintah
help-heading-options = Opsi
help-value-command = PERINTAH
help-flag-help = Tampilkan bantuan
usage-heading = Penggunaan:
usage-invalid-value = '{ $value }' bukan nilai yang sah untuk { $arg }
usage-invalid-value-one-of = '{ $value }' bukan nilai yang sah untuk { $arg }; pilih salah satu: { $valid }
usage-unknown-argument = opsi '{ $arg }' tidak dikenal
usage-unknown-command = perintah '{ $command }' tidak dikenal
usage-missing = argumen wajib belum diberikan: { $arg }
usage-missing-command = sebutkan perintahnya
usage-conflict = { $arg } tidak dapat dipakai bersama { $other }
usage-bad-value = '{ $value }' untuk { $arg }: { $why }
usage-values = jumlah nilai { $arg } tidak sesuai
usage-no-equals = { $arg } memerlukan '=' sebelum nilainya
usage-did-you-mean = maksud Anda { $suggestion }?
usage-try-help = Untuk keterangan lebih lanjut, coba '--help'.
help-heading-arguments = Argumen
help-values = pilihan
help-default = bawaan
help-routes = Jalur putusan dan amar yang dapat dimilikinya:

## case list
list-register-no = Nomor register
list-received = Diterima
list-state = Status
list-applicant = Pemohon
list-kind = Jenis pemohon
list-body = Badan publik
list-subject = Informasi yang dimohon
list-start-by = Mulai paling lambat
list-finish-by = Selesai paling lambat
list-days-open = Hari kerja
list-overdue = Terlambat
list-none = tidak ada perkara
deadline-start = mulai
deadline-finish = selesai

## case show, dan riwayat dalam kata-kata
show-register-no = Nomor register
show-received = Diterima
show-state = Status
show-applicant = Pemohon
show-body = Badan publik
show-subject = Informasi yang dimohon
show-qualified = Memenuhi syarat
show-not-qualified = Tidak memenuhi syarat
show-withdrawn = Dicabut
show-decided = Diputus
show-closed = Selesai (ditutup)
show-start-by = Mulai paling lambat
show-finish-by = Selesai paling lambat
show-days-open = Hari kerja berjalan
show-history = Riwayat
show-hearings = Sidang
timeline-date = Tanggal
timeline-what = Peristiwa
timeline-state = Status
timeline-actor = Oleh
timeline-recorded = Dicatat
timeline-note = Catatan
timeline-reverted-by = ditarik kembali oleh #{ $by }
event-add = didaftarkan (permohonan diterima)
event-qualify = memenuhi syarat
event-reject = tidak memenuhi syarat: { $reason }
event-withdraw = dicabut oleh pemohon
event-decide = diputus melalui { $via }: { $outcome }
event-decision-no = putusan { $no }
event-close = ditutup (selesai)
event-undo = langkah { $step } ditarik kembali: { $reason }
event-edit = dikoreksi { $what }
event-hearing-schedule = sidang { $no } ({ $kind }) dijadwalkan { $on }
event-hearing-at = pukul { $at }
event-hearing-postpone = sidang { $no } ditunda ke { $to }: { $reason }
event-hearing-cancel = sidang { $no } dibatalkan: { $reason }
event-hearing-held = sidang { $no } dilaksanakan (pemohon { $applicant }, termohon { $respondent })
standing-started = dimulai atau berakhir
standing-ended = berakhir
standing-met = terpenuhi ({ $done } { $on })
standing-late = terlambat ({ $done } { $on }, { $days } hari kerja terlambat)
standing-due-today = jatuh tempo hari ini
standing-left = sisa { $days } hari kerja
standing-overdue = terlambat { $days } hari kerja
and-list = { $items } dan { $last }
lapse-flag = dapat gugur: pemohon yang telah dipanggil tidak hadir dan tidak diwakili pada sidang ke-{ $hearings } (PERKI 1/2013 Pasal 30)
hearing-no = Sidang
hearing-kind = Jenis
hearing-date = Tanggal
hearing-time = Jam
hearing-room = Ruang
hearing-panel = Majelis
hearing-status = Status
hearing-applicant = Pemohon
hearing-respondent = Termohon
hearing-postponed = Ditunda
hearing-reason = Alasan
hearing-postponed-from = { $times }× (semula { $first })

## calendar list
calendar-date = Tanggal
calendar-day = Hari
calendar-kind = Jenis
calendar-name = Nama
calendar-source = Dasar
calendar-none = tidak ada hari
weekday-mon = Sen
weekday-tue = Sel
weekday-wed = Rab
weekday-thu = Kam
weekday-fri = Jum
weekday-sat = Sab
weekday-sun = Min

## agenda
agenda-title = Agenda { $range }
agenda-hearings = Sidang
agenda-deadlines = Tenggat pada hari-hari ini
agenda-overdue = Perkara terlambat per { $on } (yang tertua dahulu)
agenda-may-lapse = Dapat gugur (PERKI 1/2013)
agenda-none = tidak ada
agenda-more-overdue = dan lainnya: sengketa case list --overdue
agenda-lapse-line = { $case }: { $applicant } tidak hadir pada sidang { $hearings }
agenda-postponed-from = ditunda dari { $first }
agenda-date = Tanggal
agenda-time = Jam
agenda-room = Ruang
agenda-case = Perkara
agenda-hearing = Sidang
agenda-applicant = Pemohon
agenda-respondent = Termohon
agenda-status = Status
agenda-due = Jatuh tempo
agenda-deadline = Tenggat
agenda-received = Diterima
agenda-state = Status
agenda-standing = Keadaan
agenda-overdue-on = Terlambat
agenda-days-open = Hari kerja
## sengketa man
man-written = { $n } halaman manual ditulis ke { $dir }
man-cannot-write = halaman manual tidak dapat ditulis ke { $dir }: { $why }

## sengketa case edit
edit-nothing-given = tidak ada yang diubah: tidak ada nilai baru yang diberikan
edit-nothing-given-hint = berikan nilai baru untuk satu atau lebih dari --applicant, --applicant-kind, --body, --subject (dan --note untuk alasannya)

## sengketa verify
verify-ok = register utuh: { $cases } perkara diperiksa
verify-problems = ditemukan { $n } masalah pada { $cases } perkara
verify-problems-left = masih ada { $n } masalah pada { $cases } perkara
verify-repaired = diperbaiki: hitungan per tahun { $years } dihitung ulang dari perkara
verify-hint-file = berkasnya sendiri rusak: pulihkan register dari cadangan
verify-hint-history = perkara atau riwayatnya diubah di luar sengketa; riwayat adalah catatan resminya: bandingkan dengan cadangan (`sengketa case show` menampilkan riwayat perkara)
verify-hint-count = hitungan yang disimpan rekap (per tahun dan per hari) diturunkan dari perkara: `sengketa verify --repair` menghitungnya ulang
verify-hint-serial = penghitung nomor urut suatu tahun tertinggal dari nomor yang sudah terpakai, sehingga perkara berikutnya pada tahun itu akan ditolak nomornya: pulihkan register dari cadangan
verify-hint-calendar = kalender diubah di luar sengketa: pulihkan register dari cadangan, atau ulangi perubahannya dengan `sengketa calendar add` atau `remove`, yang mencatatnya

## sengketa demo
demo-title = Sengketa informasi publik di Komisi Informasi Provinsi Jambi, 2017-2018, per { $as_of } (disusun ulang dari { $n } catatan perkara)
demo-try-next = Coba berikutnya:
demo-try-fixtures = perkara demo dan tabel yang dipublikasikan, sebagai berkas CSV di sini
demo-try-init = register Anda sendiri
demo-try-import = perkara demo ke dalamnya, per badan publik
demo-try-check = tabel yang dipublikasikan dibandingkan dengan register
demo-try-keep = register demo disimpan untuk dijelajahi
demo-kept = Register demo disimpan di { $path }: jelajahilah, dan hapus bila tidak diperlukan lagi.
demo-try-list = perkara tahun 2018
demo-try-by-body = rekap per badan publik
demo-try-show = sebuah perkara dan riwayatnya
demo-db-exists = { $path } sudah ada: demo membuat register baru, dan tidak menyentuh apa pun
demo-db-exists-hint = berikan --db jalur yang belum ada (mis. --db demo.db), atau hapus SENGKETA_DB untuk register sekali pakai
demo-fixture-exists = { $path } sudah ada; tidak ada yang ditulis
demo-fixture-exists-hint = sebutkan folder lain, atau pindahkan berkas itu
demo-cannot-write = berkas demo tidak dapat ditulis ke { $dir }: { $why }
demo-fixtures-written = berkas demo ditulis ke { $dir }:
demo-fixture-about = 54 perkara 2017-2018 dalam bentuk CSV register (pemohon sintetis)
demo-published-about = Tabel 1 sebagaimana dipublikasikan dalam makalah

## Pertanyaan di terminal
prompt-cancelled = pertanyaan dihentikan: tidak ada yang dicatat
prompt-failed = pertanyaan tidak dapat diajukan: { $why }
prompt-required = jawaban wajib diisi
prompt-select-help = ↑↓ untuk berpindah, Enter untuk memilih, ketik untuk menyaring
prompt-received = Tanggal diterima:
prompt-received-help = YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY; Enter untuk hari ini
prompt-not-a-date = bukan tanggal: tulis YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY
prompt-future = tanggal setelah hari ini ({ $today }) tidak dapat menjadi tanggal diterima
prompt-applicant = Pemohon:
prompt-kind = Jenis pemohon:
prompt-body = Termohon (badan publik):
prompt-body-help = ↑↓ badan publik di register, Tab melengkapi, atau ketik yang baru
prompt-subject = Informasi yang dimohon:
prompt-confirm = Catat perkara ini ke register?

## Rincian perkara, sebagai label
case-received = Tanggal diterima
case-applicant = Pemohon
case-applicant-kind = Jenis pemohon
case-body = Termohon (badan publik)
case-subject = Informasi yang dimohon
case-register-no = Nomor register

## sengketa case add
add-missing = --applicant, --body dan --subject wajib diberikan bila tidak di terminal
add-missing-hint = berikan sebagai flag; di terminal, sengketa menanyakannya
add-new-body = (baru di register)
add-next-number = nomor berikutnya tahun { $year }, diberikan saat dicatat

## Berkas register (store-*)
store-missing = tidak ada register di { $path }
store-missing-hint = buat dengan `sengketa init` (atau arahkan --db / SENGKETA_DB ke register Anda)
store-not-a-register = { $path } adalah berkas SQLite, tetapi bukan register sengketa
store-not-a-register-hint = arahkan --db ke sebuah register, atau ke path baru untuk `sengketa init`
store-empty = { $path } kosong: belum diinisialisasi sebagai register
store-empty-hint = jalankan `sengketa init` padanya
store-newer = { $path } ditulis oleh sengketa yang lebih baru (versi skema { $version }; versi ini mengenal sampai { $known })
store-newer-hint = perbarui sengketa; register tidak diubah
store-no-wal = { $path } tidak dapat dipasang ke mode WAL (sekarang mode { $mode })
store-cannot-create = tidak dapat membuat { $path }: { $why }
store-locked = register dikunci oleh proses lain dan tetap terkunci melewati batas waktu tunggu
store-locked-hint = coba lagi, atau naikkan SENGKETA_BUSY_TIMEOUT_MS
store-not-a-database = berkas ini bukan register SQLite
store-cannot-use = berkas register tidak dapat dipakai: { $why }
store-refused = register menolak perubahan: { $why }

## Nama sebuah nilai dalam pesan (err-bad-value)
vocab-state = status
vocab-applicant-kind = jenis pemohon
vocab-reason = alasan
vocab-via = jalur putusan
vocab-outcome = amar putusan
vocab-event-kind = jenis peristiwa
vocab-act-kind = tindakan
vocab-day-kind = jenis hari
vocab-hearing-kind = jenis sidang
vocab-attendance = kehadiran
vocab-hearing-status = status sidang
vocab-calendar-change = perubahan kalender
fact-received = penerimaan
fact-qualified = pernyataan memenuhi syarat
fact-not-qualified = penolakan
fact-withdrawn = pencabutan
fact-decided = putusan
fact-closed = penutupan
fact-step = langkah
date-of-received = tanggal diterima
date-of-step = tanggal { $step }
date-of-hearing = tanggal sidang
hearing-step-held = dinyatakan telah digelar
hearing-step-postponed = ditunda
hearing-step-cancelled = dibatalkan
hearing-step-scheduled = dijadwalkan
history-no-entry = tidak diawali dengan pencatatannya
history-second-entry = memuat pencatatan kedua
history-undoes-not-latest = menarik kembali langkah yang bukan langkah terakhirnya
history-step-without-payload = memuat langkah tanpa isi yang dicatatnya
history-refused = memuat langkah yang ditolak oleh alur perkara

## Penolakan domain (err-*) dan apa yang dapat dilakukan (hint-*)
err-bad-value = '{ $value }' bukan { $what } yang sah
err-not-a-date = '{ $value }' bukan tanggal
err-future-date = { $what } { $date } berada di masa depan (hari ini { $today })
err-date-order = { $what } { $date } lebih awal daripada tanggal { $before } { $before_date }
err-undo-before-step = tanggal penarikan kembali { $date } lebih awal daripada tanggal langkah yang ditarik kembali ({ $step }) { $before }
err-refused = perkara { $case } berstatus { $state }: tidak dapat { $step }
err-bad-decision = perkara { $case } berstatus { $state }: putusan melalui { $via } tidak dapat beramar { $outcome }
err-nothing-to-undo = perkara { $case } tidak punya langkah lagi untuk ditarik kembali (pencatatan perkara tidak dapat ditarik kembali)
err-empty = { $flag } kosong
err-nothing-to-change = tidak ada yang berubah pada perkara { $case }: nilai yang diberikan sama dengan yang tercatat
err-no-such-case = tidak ada perkara { $case } dalam register
err-number-taken = nomor register { $number } sudah ada dalam register
err-no-commission-code = register belum punya kode komisi, yang diperlukan nomor register
err-template = templat nomor register '{ $template }': { $why }
err-template-unopened = sebuah '{"}"}' tidak punya '{"{"}'
err-template-unclosed = sebuah '{"{"}' tidak ditutup
err-template-unknown = placeholder { $placeholder } tidak dikenal
err-template-not-unique = templat harus memuat {"{"}serial{"}"} (atau {"{"}serial:0N{"}"}) dan {"{"}year{"}"}, agar nomor tidak kembar
err-empty-case-ref = rujukan perkara kosong
err-not-a-time = '{ $value }' bukan jam
err-hearing-on-closed-case = perkara { $case } berstatus { $state }: tidak ada sidang yang dapat dicatat padanya
err-hearing-number-taken = perkara { $case } sudah punya sidang ke-{ $no }
err-hearing-number-used = nomor sidang { $no } pernah diberikan pada perkara { $case }, untuk penjadwalan yang sudah dibatalkan
err-no-such-hearing = perkara { $case } tidak punya sidang ke-{ $no }
err-hearing-held-already = sidang ke-{ $no } perkara { $case } sudah digelar: sebuah sidang digelar sekali
err-hearing-refused = sidang ke-{ $no } perkara { $case } berstatus { $status }: tidak dapat { $step }
err-postpone-same-day = sidang ke-{ $no } perkara { $case } memang sudah pada { $on }
err-postpone-before-record = sidang ke-{ $no } perkara { $case } tidak dapat ditunda ke { $to }, sebelum hari penundaan dicatat ({ $recorded })
err-hearing-not-yet = sidang ke-{ $no } perkara { $case } pada { $on }: belum dapat dicatat telah digelar sebelum hari itu (hari ini { $today })
err-broken-history = riwayat perkara { $case } { $why }: register rusak
err-day-taken = { $date } sudah ada dalam kalender ({ $kind }: { $name })
err-no-such-day = { $date } tidak ada dalam kalender
hint-one-of = pakai salah satu: { $values }
hint-date-forms = tulis tanggal sebagai YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY
hint-future-date = tanggal tidak boleh setelah hari ini ({ $today }); periksa (juga SENGKETA_TODAY, jika diisi)
hint-hearing-date-order = sidang dijadwalkan pada atau setelah hari perkaranya diterima
hint-date-order = tanggal setiap langkah harus sama dengan atau setelah langkah sebelumnya
hint-refused-nothing = tidak ada langkah yang boleh dari status ini; `case undo` menarik kembali langkah terakhir
hint-refused = yang boleh dari status ini: { $steps }
hint-bad-decision = putusan melalui { $via } beramar salah satu dari: { $outcomes }
hint-empty-register-no = jangan isi --register-no agar nomor berikutnya diberikan
hint-empty-undo-reason = sebutkan mengapa langkah itu ditarik kembali
hint-empty-remove-reason = sebutkan mengapa hari itu dihapus (riwayat menyimpannya)
hint-empty-hearing-reason = sebutkan mengapa sidang ditunda atau dibatalkan
hint-empty = beri { $flag } sebuah nilai
hint-nothing-to-change = beri paling sedikit satu dari --applicant, --applicant-kind, --body, --subject dengan nilai baru
hint-no-such-case = sebut perkara dengan nomor registernya atau sebagai TAHUN/URUT (mis. 2017/12); `sengketa case list` menampilkannya
hint-number-taken = setiap nomor register diberikan sekali; kosongkan agar nomor berikutnya diberikan
hint-no-commission-code = isi sekali dengan `sengketa config set commission-code JBI` (kode Anda)
hint-broken-history = jalankan `sengketa verify` untuk melihat apa yang rusak
hint-time-form = tulis jam sebagai JJ.MM atau JJ:MM, mis. 09.30
hint-hearing-on-closed-case = `case undo` menarik kembali penutupan bila perkara belum selesai
hint-hearing-number = nomor sidang diberikan sekali pada sebuah perkara: beri sidang ini nomor yang belum dipakai
hint-no-such-hearing = `sengketa case show { $case }` menampilkan sidang-sidangnya
hint-hearing-refused = hanya sidang yang terjadwal yang dapat digelar, ditunda atau dibatalkan; `case undo` menarik kembali langkah terakhir
hint-bad-postponement = beri --to tanggal baru, hari ini atau sesudahnya
hint-hearing-not-yet = catat pada atau setelah { $on }; untuk memindahkannya, pakai `hearing postpone`
hint-day-taken = untuk mengubahnya, hapus dulu (`sengketa calendar remove { $date } --reason ...`), atau impor berkas dengan nilai barunya (`sengketa calendar import`)
hint-no-such-day = `sengketa calendar list --year { $year }` menampilkan hari-hari tahun itu

## Apa kata impor tentang sebuah baris (fault-*, rule-*) atau kepalanya (header-*)
fault-field-count = baris ini punya { $found } kolom, seharusnya { $want }
fault-missing-received = tanggal diterima wajib diisi
fault-missing-applicant-kind = applicant_kind wajib diisi (individual, group, legal_entity; atau perseorangan, kelompok orang, badan hukum)
fault-missing = { $column } wajib diisi
fault-not-a-date = bukan tanggal (tulis YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY)
fault-future = { $date } berada di masa depan (hari ini { $today })
fault-day-repeated = tanggal ini sudah ada di baris { $line }: satu baris satu tanggal
fault-not-a-hearing-number = bukan nomor sidang (1, 2, ...)
fault-attendance-needed = sidang yang digelar mencatat kehadiran { $column } (present, absent, represented; atau hadir, tidak hadir, diwakili)
fault-attendance-not-held = hanya sidang yang digelar yang mencatat kehadiran: kosongkan
fault-reason-needed = sidang yang dibatalkan, atau ditunda (on_date berbeda dari first_on), memerlukan alasannya
fault-reason-not-needed = alasan hanya untuk sidang yang dibatalkan atau ditunda; sidang ini bukan keduanya (on_date sama dengan first_on)
rule-qualified-not-qualified = perkara tidak dapat sekaligus memenuhi syarat (qualified_on) dan tidak memenuhi syarat
rule-not-qualified-withdrawn = perkara yang tidak memenuhi syarat tidak dapat dicabut
rule-not-qualified-decided = perkara yang tidak memenuhi syarat tidak dapat diputus
rule-withdrawn-decided = perkara yang dicabut tidak dapat diputus
rule-closed-not-qualified = perkara yang tidak memenuhi syarat ditutup pada hari itu juga: kosongkan closed_on atau samakan dengan not_qualified_on
rule-decided-needs-qualified = putusan memerlukan perkara yang memenuhi syarat (qualified_on)
rule-decision-no-needs-decided = nomor putusan memerlukan putusan (decided_on)
rule-closed-needs-end = penutupan memerlukan pencabutan, putusan atau tidak memenuhi syarat
rule-route = putusan melalui { $via } tidak dapat beramar { $outcome }; putusan melalui { $via } beramar salah satu dari: { $outcomes }
rule-route-unknown = jalur dan amar putusan tidak cocok
rule-not-before = { $date } lebih awal daripada { $before } { $before_date }
rule-out-of-order = urutan { $column } tidak benar
rule-together = { $first } dan { $last } diisi bersama
rule-other = baris ini melanggar aturan '{ $rule }'
header-wrong = kolom { $at } pada kepala tabel adalah '{ $found }', seharusnya '{ $want }'
header-missing = kepala tabel tidak punya kolom { $at } ('{ $want }')
header-too-many = kepala tabel punya { $found } kolom, seharusnya { $want }

## Temuan verify (problem-*)
problem-integrity = integritas SQLite: { $line }
problem-foreign-key-row = sebuah baris { $table } (baris { $row }) menunjuk baris { $parent } yang tidak ada
problem-foreign-key = sebuah baris { $table } menunjuk baris { $parent } yang tidak ada
problem-no-history = perkara { $case }: tidak punya riwayat
problem-differs = perkara { $case }: register mencatat { $stored }, riwayatnya menghasilkan { $replayed } ({ $differences })
problem-hearings = perkara { $case }: sidang-sidangnya berbeda dari yang dihasilkan riwayatnya
problem-count = { $year }: hitungan { $key } yang disimpan rekap adalah { $kept }, perkara-perkaranya memberi { $counted }
problem-serial = penghitung nomor urut { $year } berada di { $last }, padahal nomor urut { $taken } sudah terpakai
problem-day-already-there = hari yang sudah ada dalam kalender
problem-day-not-there = hari yang tidak ada dalam kalender
problem-day-other-values = hari dengan nilai lain daripada yang ada dalam kalender
problem-change-add = penambahan
problem-change-update = perubahan
problem-change-remove = penghapusan
problem-calendar-history = kalender { $date }: tindakan { $act } mencatat { $change } { $what }
problem-calendar-differs = kalender { $date }: register mencatat { $stored }, riwayatnya menghasilkan { $replayed }
problem-no-day = tidak ada hari itu

## Laporan perintah yang menulis, di stderr
step-done = { $case }: { $from } -> { $to } pada { $on }
undo-done = { $case }: langkah { $seq } ditarik kembali ({ $what } pada { $on }); kini { $state }
edit-done = { $case }: dikoreksi
hearing-named = sidang ke-{ $no } ({ $kind })
hearing-held-done = { $case }: { $hearing } digelar pada { $on } (pemohon { $applicant }, termohon { $respondent })
hearing-postponed-done = { $case }: { $hearing } ditunda ke { $to } (semula dijadwalkan { $first })
hearing-cancelled-done = { $case }: { $hearing } dibatalkan
hearing-scheduled-done = { $case }: { $hearing } dijadwalkan pada { $on }
hearing-scheduled-at-done = { $case }: { $hearing } dijadwalkan pada { $on } pukul { $at }
init-created = register { $path } dibuat
init-next = berikutnya: sengketa config set commission-code <KODE>   (mis. JBI)
init-there = register { $path } sudah ada; tidak ada yang diubah
config-empty = { $key } tidak boleh kosong
config-bad-value = '{ $value }' bukan nilai { $key }
config-bad-code = '{ $value }' bukan kode komisi: tidak boleh memuat spasi atau '/'
config-bad-code-hint = pakai kode singkat pada nomor register, mis. JBI
config-unchanged = tidak berubah
config-not-set = { $key } belum diisi
calendar-added = ditambahkan { $date } ({ $weekday }): { $kind } { $name }
calendar-removed = dihapus { $date } ({ $weekday }): { $kind } { $name }
## Upaya hukum ke pengadilan, catatan yang dicoret, badan publik
warning-prefix = peringatan
vocab-level = tingkat upaya hukum
vocab-court = pengadilan
vocab-party = pihak
vocab-court-outcome = putusan pengadilan
vocab-void-reason = alasan pencoretan
vocab-body-kind = jenis badan publik
vocab-body-change = perubahan badan publik
appeal-date-decision = putusan
appeal-date-filing = pengajuan di tingkat { $level }
appeal-date-court-decision = putusan pengadilan tingkat { $level }
err-no-decision = perkara { $case } berstatus { $state }: belum ada putusan yang dapat disampaikan atau diajukan upaya hukum
err-not-appealable = perkara { $case } diputus melalui { $via }: putusan itu final dan mengikat, tidak dapat diajukan keberatan
err-already-served = perkara { $case }: putusan sudah diterima para pihak pada { $on }
err-already-appealed = { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } atas perkara { $case } di tingkat { $level } sudah diajukan ({ $court }, tanggal { $filed })
err-level-out-of-order = perkara { $case }: tidak ada { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } di tingkat { $level } sebelum putusan pengadilan tingkat { $needs }
err-appeals-ended = perkara { $case }: { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } di tingkat { $level } berakhir { $outcome }: tidak ada lagi yang dapat diajukan
err-wrong-court = { $court } tidak memeriksa { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } di tingkat { $level }
err-no-pending-appeal = perkara { $case } tidak punya upaya hukum yang sedang diperiksa: pengadilan hanya memutus upaya hukum yang diajukan
err-appeal-date-order = tanggal { $what } { $date } mendahului { $before } ({ $before_date })
err-case-is-void = perkara { $case } dicoret (tidak berlaku): tidak ada langkah yang dapat dicatat
err-void-after-steps = perkara { $case } punya langkah setelah pendaftarannya ({ $step }): hanya catatan tanpa langkah lanjutan yang dapat dicoret
err-void-of-itself = perkara { $case } tidak dapat menjadi duplikat dirinya sendiri
err-void-of-void = perkara { $of } sendiri dicoret: bukan perkara yang diduplikasi { $case }
err-no-such-body = tidak ada badan publik { $name } di register
err-body-name-taken = { $name } sudah menjadi nama badan publik { $body }
err-same-body = { $body } tidak dapat digabungkan dengan dirinya sendiri
err-body-unchanged = tidak ada yang berubah pada badan publik { $body }
err-merge-not-confirmed = penggabungan { $from } ke { $into } tidak dikonfirmasi: tidak ada yang diubah
hint-no-decision = putusan dulu: `sengketa case decide`
hint-not-appealable = hanya putusan ajudikasi atau putusan sela yang dapat diajukan keberatan ke pengadilan (UU 14/2008 Pasal 39, 47)
hint-undo-appeal-step = `sengketa case undo { $case }` menarik kembali langkah terakhir, untuk dicatat ulang
hint-already-appealed = satu upaya hukum per tingkat; `sengketa case show { $case }` menampilkan jalur upaya hukumnya
hint-level-out-of-order = catat putusan pengadilannya dulu: `sengketa appeal decide { $case } --outcome ... --on TANGGAL`
hint-appeals-ended = upaya hukum yang dicabut mengakhiri jalurnya: putusan berkekuatan hukum tetap
hint-wrong-court = { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } di tingkat { $level } diajukan ke: { $courts }
hint-no-pending-appeal = catat pengajuannya dulu: `sengketa appeal file { $case } --court ptun|pn --by applicant|respondent --on TANGGAL`
hint-appeal-date-order = tanggal setiap langkah harus sama dengan atau sesudah tanggal yang diikutinya
hint-case-is-void = `sengketa case undo { $case }` menarik kembali pencoretannya
hint-void-after-steps = tarik kembali dulu langkah-langkahnya dengan `sengketa case undo { $case }`
hint-void-of = beri --of nomor register (atau TAHUN/URUT) perkara yang diduplikasi catatan ini
hint-no-such-body = `sengketa body list` menampilkan badan publik dan nama lainnya
hint-body-name-taken = dua badan dengan satu nama adalah satu badan: `sengketa body merge` menggabungkannya
hint-same-body = sebutkan dua badan yang berbeda
hint-body-unchanged = beri nilai yang baru
hint-merge-not-confirmed = penggabungan tidak dapat ditarik kembali; di terminal jawab y, dalam skrip beri --yes
problem-appeals = perkara { $case }: tanggal diterimanya putusan atau upaya hukumnya berbeda dari yang dihasilkan riwayatnya
problem-void-stored = perkara { $case }: register mencatatnya dicoret, riwayatnya tidak
problem-void-missing = perkara { $case }: riwayatnya mencoretnya, register tidak
problem-body-history = perubahan badan { $id } (tindakan { $act }, { $change }) tidak mengikuti keadaan badan sebelumnya
problem-body-differs = badan publik { $body }: register berbeda dari yang dihasilkan riwayat badan publik
problem-alias-differs = nama lain { $alias }: register berbeda dari yang dihasilkan riwayat badan publik
problem-on-merged-body = perkara { $case } tercatat pada { $body }, badan yang sudah digabungkan ke badan lain
event-serve = putusan diterima para pihak
event-appeal-file = { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } diajukan ke { $court } ({ $level }) oleh { $by }
event-appeal-decide = putusan pengadilan ({ $level }): { $outcome }
event-court-no = , nomor perkara { $no }
event-void = dicoret (tidak berlaku): { $reason }
event-void-of = { " " }(dari { $of })
case-add-duplicate = tampaknya sama dengan { $case }: coret salah satunya dengan `case void` bila memang ganda
case-served = { $case }: putusan diterima para pihak pada { $on }
case-served-window = { $case }: putusan diterima para pihak pada { $on }; tenggat upaya hukum berakhir { $closes }
case-voided = { $case }: dicoret, tidak berlaku ({ $reason }); nomornya tetap dan perkara ini tidak dihitung di mana pun
finality-not-appealable = berkekuatan hukum tetap sejak { $on } (putusan yang tidak dapat diajukan upaya hukum)
finality-window-closed = berkekuatan hukum tetap sejak { $on }: tidak ada { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } di tingkat { $level } dalam tenggatnya
finality-court-decision = berkekuatan hukum tetap sejak { $on }: putusan pengadilan tingkat { $level }, tidak diajukan upaya hukum lagi
finality-open = belum berkekuatan hukum tetap: tenggat berakhir { $closes } ({ $level })
finality-pending = belum berkekuatan hukum tetap: { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } sedang diperiksa { $court } ({ $level }), diajukan { $filed }
show-late = terlambat
show-void = DICORET (tidak berlaku) sejak { $on }: { $reason }
appeal-court-needed = sebutkan pengadilannya dengan --court: { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } di tingkat { $level } diajukan ke { $courts }
appeal-filed = { $case }: { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } diajukan ke { $court } ({ $level }) pada { $on }
appeal-late = pengajuannya terlambat: tenggat berakhir { $closes } (tetap dicatat; pengadilan yang menilai dapat diterima atau tidak)
appeal-decided = { $case }: putusan pengadilan ({ $level }): { $outcome } pada { $on }
appeals-imported-from = upaya hukum diimpor dari { $file }
appeals-imported = { $rows } baris upaya hukum diimpor dari { $file }
import-invalid-rows = { $bad } dari { $rows } baris { $file } tidak sah; tidak ada yang diimpor
import-invalid-rows-hint = perbaiki baris-baris di atas lalu impor ulang seluruh berkas
import-dry-run = { $rows } baris { $file } sah; tidak ada yang ditulis (--dry-run)
appeal-fault-field-count = baris ini punya { $n } kolom, seharusnya { $want }
appeal-fault-missing = { $column } wajib diisi pada baris yang punya tingkat (level)
appeal-fault-not-a-date = bukan tanggal (tulis YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY)
appeal-fault-future = tanggalnya di masa depan (hari ini { $today })
appeal-fault-without-level = { $column } milik sebuah upaya hukum: isi tingkatnya, atau kosongkan
appeal-fault-empty = sebuah baris berisi served_on, atau tingkat beserta upaya hukumnya
appeal-fault-half-decision = decided_on dan outcome diisi bersama
body-renamed = badan publik { $old } berganti nama menjadi { $new }
body-aliased = { $body } juga dikenal sebagai { $alias }
body-kind-set = { $body }: jenis { $old } -> { $new }
body-merge-confirm = Gabungkan { $from } ({ $cases } perkara) ke { $into }? Tidak dapat ditarik kembali. (y/T)
body-merged = { $from } digabungkan ke { $into }: { $cases } perkara dipindahkan
body-col-name = Nama
body-col-kind = Jenis
body-col-cases = Perkara
body-col-aliases = Nama lain
body-col-merged = Digabungkan ke sini
body-col-recorded = Dicatat
body-col-actor = Pencatat
body-col-what = Yang terjadi
body-col-note = Catatan
body-event-add = { $body } ditambahkan ({ $kind })
body-event-rename = { $body } berganti nama menjadi { $name }
body-event-alias = { $body } juga dikenal sebagai { $name }
body-event-kind = { $body }: jenis { $kind }
body-event-merge = { $body } digabungkan ke { $into }
verify-hint-bodies = badan publik diubah di luar sengketa: pulihkan register dari cadangan, atau ulangi perubahannya dengan `sengketa body`, yang mencatatnya
show-void-label = Dicoret (tidak berlaku)
show-served-label = Diterima para pihak
show-finality-label = Kekuatan hukum tetap
show-appeals = Upaya hukum ke pengadilan
appeal-col-level = Tingkat
appeal-col-court = Pengadilan
appeal-col-by = Oleh
appeal-col-filed = Diajukan
appeal-col-closes = Batas waktu
appeal-col-court-no = Nomor perkara
appeal-col-decided = Diputus
appeal-col-outcome = Amar
## csv and recap outputs (issue 10)
csv-excel-needs-csv = --excel mengatur tata letak CSV; tidak dapat dipakai dengan --format { $format }
csv-excel-needs-csv-hint = hilangkan --format (--excel berarti CSV), atau tulis --format csv
csv-separator-comma = koma (,)
csv-separator-semicolon = titik koma (;)
csv-header-separator = { $name }: { $fault } (judul dibaca dengan { $separator } sebagai pemisah kolom)
csv-header-hint = baris pertama harus judul: { $columns } (dengan , atau ; sebagai pemisah kolom)
recap-as-of = Per tanggal { $date }
recap-check-not-a-column = baris 1, kolom { $at }: '{ $found }' bukan kolom rekap
recap-check-columns-hint = sebut kolom dengan kuncinya ({ $keys }) atau labelnya, dalam bahasa Inggris atau Indonesia
recap-check-as-of-differs = baris { $line }: tanggal as_of berbeda dari baris-baris di atasnya; satu tabel berlaku per satu tanggal
recap-check-not-a-date = baris { $line }, kolom { $at } (as_of): '{ $found }' bukan tanggal
recap-check-two-totals = baris { $line }: baris jumlah yang kedua
recap-check-total = jumlah: { $key } { $published } ≠ { $sum }, jumlah tahun-tahunnya
## sengketa recap --registers, --chart; sengketa report
store-older = { $path } ditulis oleh sengketa versi lama (skema versi { $version }; versi ini membaca versi { $known }), dan register yang disebut --registers hanya dibaca, tidak pernah dimutakhirkan
store-older-hint = buka register itu sekali secara tersendiri (mis. `sengketa --db { $path } verify`) agar dimutakhirkan, lalu coba lagi
registers-twice = { $path } disebut dua kali di --registers: perkaranya akan terhitung dua kali
registers-twice-hint = sebut setiap register sekali saja
chart-none = tampilan ini tidak punya grafik
chart-none-hint = grafik dibuat untuk tampilan makalah, --flow, --by outcome dan --times
chart-paper-title = Perkara yang diterima setiap tahun, menurut keadaannya
chart-flow-title = Perkara yang diterima dan diselesaikan setiap tahun, dan yang masih terbuka di akhir tahun
chart-outcomes-title = Perkara yang diterima setiap tahun, menurut cara berakhirnya
chart-times-title = Hari kerja dari penerimaan sampai berakhir, menurut tahun dan jalur
chart-axis-cases = perkara
chart-axis-working-days = hari kerja
chart-all-registers = Semua register bersama: { $names }
chart-empty = tidak ada perkara pada tahun-tahun yang diminta
chart-unexamined = Belum ada hasil pemeriksaan syarat (atau dicabut sebelumnya)
chart-range = tercepat sampai terlama
chart-median = median
chart-mean = rata-rata
chart-deadline = 100 hari kerja untuk selesai (Pasal 38 UU KIP)
report-title = Sengketa informasi publik: rekap tahunan
report-subtitle = { $commissions } · { $years } · per { $as_of }
report-all-years = semua tahun yang ada perkaranya
report-empty = Tidak ada perkara pada tahun-tahun yang diminta.
report-paper-title = Rekap tahunan
report-paper-about = Perkara yang diterima setiap tahun (satu kelompok), dihitung per tanggal di atas, dengan susunan Tabel 1 yang diterbitkan komisi. Diproses = memenuhi syarat − diputus melalui putusan sela; proses = diproses − selesai (ditutup).
report-flow-title = Arus perkara
report-flow-about = Sisa perkara di awal setiap tahun, perkara yang masuk dan yang diselesaikan pada tahun itu, dan sisa di akhirnya.
report-outcomes-title = Cara perkara berakhir
report-outcomes-about = Bagaimana perkara yang diterima setiap tahun berakhir: semua amar, sehingga setiap baris berjumlah sama dengan perkara masuk.
report-times-title = Waktu penyelesaian
report-times-about = Hari kerja dari penerimaan sampai perkara berakhir (putusan, pencabutan, atau penetapan tidak memenuhi syarat), per tahun penerimaan dan menurut cara berakhirnya; undang-undang memberi 100 hari kerja untuk selesai (Pasal 38 UU KIP). Tunggakan: perkara yang belum berakhir dan sudah terbuka lebih dari 100 hari kerja.
report-body-kinds-title = Menurut jenis badan publik
report-body-kinds-about = Perkara yang diterima setiap tahun menurut jenis badan publik termohon (UU 14/2008 Pasal 1 angka 3), dan kedudukannya: kolom-kolom setelah jumlah masuk berjumlah sama dengannya.
report-appeals-title = Setelah putusan: upaya hukum ke pengadilan
report-appeals-about = Per tahun putusan: putusan yang dapat diajukan keberatan, yang diajukan ke pengadilan (PTUN atau PN, oleh siapa, terlambat atau tidak), amar pengadilan, kasasi, dan putusan yang berkekuatan hukum tetap per tanggal di atas.
report-footer-as-of = Dihitung per { $as_of }.
report-footer-made = Dibuat pada { $now } oleh sengketa { $version }.
report-footer-privacy = Hanya jumlah: tidak ada pemohon yang disebut dalam laporan ini.
## defects (issue 11)
io-failed = masukan/keluaran gagal: { $why }
output-failed-after-commit = perubahan sudah dicatat; hanya keluarannya yang tidak dapat ditulis ({ $why })
output-cannot-write = tidak dapat menulis { $path }: { $why }
output-is-register = { $path } adalah register (atau berkas yang disimpan SQLite di sebelahnya): berkas keluaran tidak boleh menggantikannya
output-is-register-hint = sebutkan berkas lain untuk keluaran; register tidak disentuh
output-is-link = { $path } adalah tautan simbolik: berkas keluaran tidak ditulis melalui tautan
output-not-regular = { $path } bukan berkas biasa
output-not-regular-hint = sebutkan berkas baru, atau berkas biasa yang akan diganti; tanpa -o keluaran ditulis ke keluaran standar
register-not-a-file = { $path } bukan berkas biasa: register adalah sebuah berkas tersendiri
register-not-a-file-hint = arahkan --db atau SENGKETA_DB ke berkas register, atau ke path baru untuk `sengketa init`
register-bad-version = { $path } menyatakan versi skemanya { $version }, yang tidak pernah ditulis sengketa: ini bukan register sebagaimana dibuat sengketa
register-bad-version-hint = berkas itu diubah dengan cara lain; pulihkan register dari cadangan
busy-timeout-bad = SENGKETA_BUSY_TIMEOUT_MS: '{ $value }' bukan jumlah milidetik dari 0 sampai { $max }
busy-timeout-bad-hint = isi dengan lama menunggu penulisan panitera lain, mis. 5000, atau hapus variabel itu
input-stdin = masukan standar
input-not-a-file = { $name } bukan berkas untuk dibaca (sebuah folder, atau perangkat seperti /dev/zero)
input-nul = baris { $line } memuat bita NUL: ini bukan berkas teks
input-line-too-long = baris { $line } lebih panjang dari { $max } MiB: ini bukan berkas CSV yang dibaca sengketa
input-fault-hint = berikan berkas CSV yang disimpan sebagai teks UTF-8
input-no-rows = { $name } berisi tajuk tanpa baris: tidak ada yang ditulis
text-too-long = { $chars } karakter, melebihi { $max } yang diterima
text-too-long-hint = batas setiap jenis isian ada di README (Limits); tuliskan penjelasan panjang sebagai catatan
text-control = karakter { $ch } pada posisi { $at } adalah karakter kendali
text-control-hint = ketik ulang tanpa karakter kendali (ESC, BEL, CR, NUL, penimpa arah teks); hanya catatan yang boleh lebih dari satu baris
text-invisible = tidak ada yang tampak: hanya spasi dan karakter tak terlihat
text-invisible-hint = berikan nilai yang dapat dibaca
add-skipped-numbers = { $numbers } sudah ada di register (nomor yang diberikan manual atau diimpor): dilewati; perkara ini { $number }
import-skipped-numbers = templat nomor register melewati { $n } nomor yang sudah ada di register: { $numbers }
number-like-reference = '{ $number }' tidak dapat menjadi nomor register: TAHUN/URUT adalah cara perintah menyebut perkara ({ $year }/{ $serial }: perkara ke-{ $serial } yang diterima pada { $year })
number-like-reference-hint = tulis nomor sebagaimana ditulis komisi, dengan bagian-bagian lainnya (mis. 002/I/KI-JBI-PS/2017)
template-like-reference = nomornya akan berbentuk TAHUN/URUT, yang merupakan cara perintah menyebut perkara
edit-before-step-hint = koreksi dicatat hari ini ({ $today }), yang tidak boleh sebelum langkah terakhir perkara: periksa tanggal komputer, atau SENGKETA_TODAY bila diisi
damaged = register rusak: { $what }
damaged-hint = register diubah dengan cara selain sengketa; `sengketa verify` menyebut setiap baris yang rusak: pulihkan register dari cadangan, atau perbaiki baris yang disebutnya
damaged-file = berkas register rusak: { $why }
damaged-file-hint = jalankan `sengketa verify` untuk melihat seberapa parah, lalu pulihkan register dari cadangan
damaged-case = perkara { $case }
damaged-event = peristiwa { $seq } pada perkara dengan id baris { $case }
damaged-not-text = bita yang bukan teks UTF-8
damaged-stray = nilai tanpa pasangannya, { $with }
cannot-migrate = { $path } (versi skema { $version }) tidak dapat dinaikkan ke versi { $to }: sebuah baris melanggar aturan versi baru ({ $why }); tidak ada yang diubah
cannot-migrate-hint = register diubah dengan cara lain: jalankan `sengketa verify` dengan rilis yang menulisnya, lalu perbaiki baris yang disebutnya (atau pulihkan cadangan)
year-out-of-range = '{ $date }' di luar tahun yang diterima register ({ $first } sampai { $last })
year-out-of-range-hint = periksa tahunnya: tanggal dalam register dari 1900 sampai 9999
verify-unreadable = { $what } (tidak dapat dibaca)
verify-cannot-check = sebagian pemeriksaan tidak dapat dijalankan: { $why }
verify-hint-unreadable = sebuah nilai yang ditulis dengan cara selain sengketa tidak dapat dibaca: perbaiki baris yang disebut dengan shell sqlite3, atau pulihkan register dari cadangan
damaged-hearing = sidang { $no }
damaged-day = hari kalender { $date }
## recap check: membaca tabel yang diterbitkan, dan laporannya (stdout)
recap-check-twice = { $name }: baris 1, kolom { $at }: '{ $found }' muncul dua kali
recap-check-year-first = { $name }: kolom pertama harus 'year' (tahun)
recap-check-year-first-hint = tulis tabelnya seperti `sengketa recap --format csv` menulisnya
recap-check-not-a-year = baris { $line }, kolom { $at } (year): '{ $found }' bukan tahun dari 1900 sampai 9999
recap-check-not-a-count = baris { $line }, kolom { $at } ({ $key }): '{ $found }' bukan jumlah (0 sampai 999999999)
recap-check-no-year = baris { $line }, kolom 1 (year): tahunnya tidak ada
recap-check-faults-hint = isi sel dengan bilangan bulat, atau - untuk nol
recap-check-compared = { $name }: { $rows } baris, { $cells } sel, dibandingkan dengan register per { $as_of }
recap-check-differs = berbeda: { $year } { $key }: diterbitkan { $published }, register { $register }
recap-check-not-adding = jumlahnya tidak cocok: { $what }
recap-check-explained = penjelasan: { $what }
recap-check-all-match = setiap sel yang diterbitkan sama dengan register
recap-check-all-add-up = setiap baris yang diterbitkan jumlahnya cocok
csv-unreadable = { $name }, baris { $line }: bukan berkas CSV yang dapat dibaca ({ $why })
csv-unreadable-hint = simpan sebagai CSV UTF-8, dengan koma atau titik koma di antara kolom
## integrity, backup and archive (issue 11)
verify-bad-head = '{ $head }' bukan kepala rantai: tulis seperti yang dicetak --head, N:HASH (jumlah tindakan, lalu 16 sampai 64 digit heksadesimal)
verify-serial-ahead = penghitung nomor urut tahun { $year } ada di { $last }, tetapi nomor urut tertinggi yang terpakai adalah { $taken }
verify-schema-missing = register tidak memiliki { $kind } { $name } dari skema versi ini
verify-schema-altered = { $kind } { $name } register berbeda dari skema versi ini
verify-schema-extra = register memiliki { $kind } { $name } yang tidak ada dalam skema versi ini
verify-chain-mismatch = tindakan { $act } ({ $command } oleh { $actor }, dicatat { $at }) tidak cocok dengan hash-nya: tindakan itu, atau baris yang ditulisnya, diubah setelah dicatat
verify-chain-no-hash = tindakan { $act } ({ $command } oleh { $actor }, dicatat { $at }) tidak memiliki hash: ditulis di luar sengketa
verify-chain-no-act = tindakan { $act } memiliki hash tetapi tidak ada di register: tindakan itu dihapus
verify-particulars = perkara { $case }: { $fields } tidak sesuai dengan pendaftaran dan koreksinya
verify-setting = pengaturan { $key }: register berisi { $stored }, riwayatnya mengarah ke { $replayed }
verify-not-set = (tidak diatur)
verify-pinned = { $n } tindakan dicatat dengan jam yang ditetapkan (SENGKETA_TODAY atau SENGKETA_NOW), mulai tindakan { $first }: tanggal atau waktunya berasal dari lingkungan, bukan dari jam komputer
verify-hashed-at = tindakan 1 sampai { $last } dicatat sebelum rantai hash dan di-hash sekaligus pada { $at } (tindakan { $act }): rantai membuktikan tindakan itu tidak berubah sejak saat itu, bukan bahwa tidak berubah sebelumnya
verify-extends = register melanjutkan { $head } tanpa perubahan: setiap tindakan sampai di sana masih menghasilkan hash itu
verify-not-extends = register tidak melanjutkan { $head }: riwayat sampai di sana telah diubah, atau tindakannya lebih sedikit
verify-hint-chain = riwayat diubah di luar sengketa setelah dicatat: bandingkan dengan cadangan atau arsip; `sengketa verify --since HEAD`, dengan kepala rantai yang dicatat sebelumnya, menunjukkan apakah riwayat sampai di sana masih seperti semula
verify-hint-schema = tabel, indeks, atau trigger register diubah di luar sengketa (tanpa trigger-nya riwayat dapat ditulis ulang): pulihkan register dari cadangan
verify-hint-serial-ahead = penghitung nomor urut suatu tahun dimajukan melewati nomor yang terpakai, sehingga perkara berikutnya pada tahun itu akan melompati nomor: pulihkan register dari cadangan
verify-hint-setting = sebuah pengaturan diubah di luar sengketa: atur lagi dengan `sengketa config set`, yang mencatatnya, atau pulihkan register dari cadangan
backup-done = dicadangkan ke { $file } dan diperiksa: { $cases } perkara, kepala rantai { $head }
backup-not-verified = salinannya tidak utuh ({ $n } masalah): salinan tidak disimpan
backup-not-verified-hint = register itu sendiri memiliki masalah ini: jalankan `sengketa verify` padanya
out-is-register = { $file } adalah register itu sendiri (atau salah satu berkasnya): tidak pernah ditimpa
out-is-register-hint = sebutkan berkas lain
out-exists = { $file } sudah ada: tidak ada yang ditulis
out-exists-hint = sebutkan berkas lain, atau berikan --force untuk menggantinya
out-cannot-write = { $file } tidak dapat ditulis: { $why }
out-cannot-write-hint = sebutkan berkas di folder yang dapat Anda tulisi
archive-target-not-empty = { $path } tidak kosong: arsip hanya diimpor ke register baru
archive-target-not-empty-hint = sebutkan berkas baru dengan --db (atau SENGKETA_DB), mis. --db restored.db
archive-not-an-archive = bukan arsip sengketa: baris pertamanya bukan kepala arsip
archive-version = arsip format versi { $format } dan skema versi { $schema }; sengketa ini membaca format { $known_format }, skema { $known_schema }
archive-line = baris { $line }: { $why }
archive-cut = arsip berakhir sebelum baris terakhirnya: arsip terpotong
archive-fault-hint = tidak ada yang ditulis; buat arsipnya lagi dengan `sengketa export --archive`
archive-not-verified = { $name } menghasilkan register yang tidak utuh ({ $n } masalah di atas): tidak ada yang ditulis
show-pinned-all = setiap langkah dicatat dengan jam yang ditetapkan ({ $clock }): tanggal atau waktunya berasal dari lingkungan, bukan dari jam komputer
show-pinned = langkah { $steps } dicatat dengan jam yang ditetapkan ({ $clock }): tanggal atau waktunya berasal dari lingkungan, bukan dari jam komputer
vocab-pinned = jam yang ditetapkan
## Membuka register
store-network-fs = { $path } berada di sistem berkas jaringan ({ $fstype }): WAL SQLite, yang menjaga register tetap aman saat beberapa panitera menulis, memerlukan memori bersama di satu komputer, dan register yang dipakai melalui berbagi jaringan dapat rusak
store-network-fs-hint = salin register ke disk lokal komputer yang menjalankan sengketa; panitera di komputer lain menjangkaunya di sana lewat SSH (ssh panitera@server sengketa case add ...). --allow-network-fs tetap membukanya, aman hanya bila tidak ada dua komputer yang memakainya bersamaan
## Mengimpor berkas: apa yang didaftar, apa yang disampaikan di akhir
import-row-fault = baris { $line }, kolom { $col } ({ $column }): "{ $value }": { $reason }
import-more-faults = ... dan { $n } kesalahan lainnya:
calendar-more-faults = ... dan { $n } kesalahan lainnya
import-number-taken = nomor register { $number } sudah ada di register (atau di baris sebelumnya dalam berkas ini)
import-no-code-hint = jalankan dahulu `sengketa config set commission-code <KODE>`, atau isi register_no
import-note = diimpor dari { $file }
import-done = { $rows } perkara diimpor dari { $file }
hearings-imported-from = sidang diimpor dari { $file }
hearings-imported = { $rows } sidang diimpor dari { $file }
calendar-imported = { $rows } hari diimpor dari { $file }: { $added } ditambahkan, { $changed } diubah, { $unchanged } sudah sesuai
input-cannot-read = tidak dapat membaca { $name }: { $why }
input-give-register-csv = berikan path berkas CSV register, atau - untuk masukan standar
input-give-archive = berikan path berkas arsip, atau - untuk masukan standar
input-give-hearings-csv = berikan path berkas CSV sidang, atau - untuk masukan standar
input-give-appeals-csv = berikan path berkas CSV keberatan, atau - untuk masukan standar
input-give-calendar-csv = berikan path berkas CSV kalender, atau - untuk masukan standar
input-give-published-recap = berikan path berkas CSV rekap yang diterbitkan, atau - untuk masukan standar
## recap check: baris terbitan yang jumlahnya tidak cocok, selisih yang dijelaskan register
recap-check-gap = { $year }: Jumlah sengketa masuk { $entered } ≠ Tidak memenuhi syarat { $nq } + Memenuhi syarat { $q } (= { $sum }): { $gap } perkara tidak tercatat, tetapi register memuat { $cases } perkara yang diterima pada { $year } tanpa hasil pemeriksaan syarat
recap-check-processed = { $year }: Jumlah sengketa diproses { $processed } ≠ Memenuhi syarat { $q } − Diputus melalui putusan sela { $interim } (= { $diff })
recap-check-done = { $year }: Jumlah sengketa diproses { $processed } ≠ Selesai { $done } + Proses { $in_process } (= { $sum })
recap-check-larger = { $year }: { $key } { $value } lebih besar daripada Jumlah sengketa masuk { $entered }
recap-check-gap-explained = { $year }: Jumlah sengketa masuk { $entered } = Tidak memenuhi syarat { $nq } + Memenuhi syarat { $q } + { $gap } belum diperiksa syaratnya: { $gap } perkara yang diterima pada { $year } belum memiliki hasil pemeriksaan syarat: { $cases }
recap-check-withdrawn-before = dicabut sebelum pemeriksaan syarat, pada { $on }
recap-check-awaiting = belum diperiksa syaratnya
## Lingkungan, pengaturan, demo
env-today-bad = SENGKETA_TODAY: { $why }
env-today-bad-hint = isi dengan tanggal seperti 2019-12-31, atau hapus variabel itu
env-now-bad = SENGKETA_NOW: '{ $value }' bukan waktu UTC ({ $why })
env-now-bad-hint = isi dengan waktu UTC seperti 2019-12-31T08:00:00Z, atau hapus variabel itu
store-no-data-dir = tidak ada folder data platform untuk menyimpan register
store-no-data-dir-hint = sebutkan berkas register dengan --db PATH atau SENGKETA_DB
config-not-set-hint = sengketa config set { $key } <NILAI>
config-list-default = { $value } (bawaan)
demo-no-temp-dir = tidak ada folder sementara: { $why }
demo-note = data contoh bawaan
## Arsip: menulisnya, dan baris arsip yang tidak dapat dibaca
archive-not-text = { $table }: nilai yang bukan teks UTF-8 tidak dapat diarsipkan
archive-not-text-hint = jalankan `sengketa verify`; nilai itu ditulis di luar sengketa
archive-blob = { $table }: sebuah blob, yang tidak disimpan oleh kolom mana pun dalam skema
archive-unreadable = arsip tidak dapat dibaca: { $why }
archive-dangling = { $rows } baris merujuk ke baris yang tidak ada dalam arsip
archive-row-before-table = baris data sebelum tabel mana pun
archive-width = { $values } nilai untuk { $columns } kolom
archive-not-a-value = bukan nilai yang dapat disimpan: { $value }
archive-unknown-table = tabel yang tidak dimiliki register ini, atau muncul dua kali: { $table }
archive-other-columns = { $table }: kolomnya berbeda dari kolom skema
archive-row-count = arsip menyatakan jumlah baris yang berbeda dari { $total }
archive-after-last = ada baris setelah baris terakhir
archive-not-a-line = bukan baris arsip
migrate-dangling = { $rows } baris merujuk ke baris yang tidak ada; jalankan `sengketa verify` dengan versi sebelumnya
## Nilai baris perintah: rentang tahun, tanggal beberapa hari kerja kemudian
years-bad = '{ $value }' bukan rentang tahun; tulis mis. 2017-2018
years-order = '{ $value }': tahun pertama lebih akhir daripada tahun terakhir
## Penyegelan dalam transaksi yang menulis; tanggal terakhir yang disimpan rekap
chain-unsealed = riwayat register berakhir pada tindakan { $act }, yang tidak memiliki hash: tindakan itu ditulis, atau hash-nya dihapus, di luar sengketa; tidak ada yang ditulis sesudahnya
chain-unsealed-hint = jalankan `sengketa verify`; bila Anda tahu mengapa tindakan itu tidak memiliki hash, `sengketa verify --repair` menyegelnya dengan tindakan yang menyatakannya, bila tidak pulihkan register dari cadangan
chain-hash-without-act = riwayat register berakhir pada hash untuk tindakan { $act }, yang tidak ada di register: tindakan itu dihapus di luar sengketa; tidak ada yang ditulis sesudahnya
chain-hash-without-act-hint = jalankan `sengketa verify`, lalu pulihkan register dari cadangan
verify-stats-date = tanggal terakhir yang disimpan rekap untuk { $year } adalah { $kept }, tetapi sebuah perkara tahun itu memuat { $latest }: rekap per tanggal di antara keduanya akan menghitung fakta sesudahnya
verify-hint-unsealed = sebuah tindakan tanpa hash ditulis, atau hash-nya dihapus, di luar sengketa (menghapus hash adalah cara riwayat palsu disegel kembali): bila Anda tahu sebabnya, `sengketa verify --repair` menyegelnya dengan tindakan yang menyatakannya, yang dilaporkan setiap `verify` berikutnya; bila tidak pulihkan register dari cadangan
verify-sealed = diperbaiki: tindakan { $acts } tidak memiliki hash dan telah disegel, dengan tindakan yang menyatakannya
verify-sealed-at = tindakan { $acts } tidak memiliki hash dan disegel oleh `verify --repair` pada { $at } (tindakan { $act }): rantai membuktikan bahwa tindakan itu tidak berubah sejak saat itu, bukan bahwa tindakan itu belum berubah sebelumnya
## Surat-surat panitera (`sengketa doc`)
vocab-paper-kind = jenis surat
doc-need-kind = sebutkan surat dan perkaranya: sengketa doc JENIS PERKARA
doc-missing = { $kind } untuk { $case } tidak dapat diterbitkan: { $count } data belum ada, masing-masing dengan perintah untuk mencatatnya:
doc-missing-hint = catat data itu, atau cetak konsep dengan tempat kosong yang terlihat: --draft (tidak diterbitkan)
doc-draft = konsep, tidak diterbitkan: tanpa nomor surat, tidak ada yang dicatat ({ $count } data dibiarkan kosong)
doc-issued = { $kind } { $letter } diterbitkan untuk { $case } (sha256 { $sha })
doc-late-copy = peringatan: salinan putusan dikirim { $days } hari kerja setelah pembacaannya (PERKI 1/2013 Pasal 59: paling lambat 3)
doc-template-syntax = templat tidak dapat dibaca, baris { $line }: { $why }
doc-template-unknown = baris { $line }: '{ $name }' bukan data yang dimiliki surat
doc-template-unknown-hint = docs/papers.md mendaftar penanda yang dapat dipakai; `sengketa doc template show JENIS --shipped` mencetak templat yang memakainya
doc-template-render = templat tidak dapat diisi, baris { $line }: { $why }
doc-template-unreadable = tidak dapat membaca { $file }: { $why }
doc-template-set = templat { $kind } telah diatur: surat berikutnya memakainya
doc-template-reset = templat { $kind } kembali ke templat bawaan
doc-logo-unreadable = tidak dapat membaca logo { $file }: { $why }
doc-logo-not-image = { $file } bukan gambar PNG atau JPEG
doc-logo-no-size = { $file }: ukuran gambar tidak dapat dibaca
doc-logo-hint = atur commission-logo ke berkas PNG atau JPEG: sengketa config set commission-logo BERKAS
doc-verify-issued = { $file }: diterbitkan sebagai { $letter } ({ $kind } untuk { $case }), tindakan { $act }, oleh { $actor } pada { $at }
doc-verify-not-issued = { $file } bukan surat yang diterbitkan register ini sebagaimana adanya (sha256 { $sha })
doc-verify-not-issued-hint = satu bita yang berubah mengubah hash-nya; `sengketa doc reissue NOMOR-SURAT` menulis ulang surat yang diterbitkan
doc-reissue-unknown = tidak ada surat yang diterbitkan dengan nomor { $letter }
doc-reissue-unknown-hint = `sengketa case show PERKARA` mendaftar surat yang diterbitkan untuk suatu perkara
doc-reissued = { $letter } ditulis ulang ({ $format }, sha256 { $sha })
show-papers = Surat yang diterbitkan:
show-paper-hearing = {" "}sidang { $no }
verify-paper-bytes = surat { $letter }: berkas yang tersimpan tidak cocok dengan hash saat diterbitkan
verify-letter-serials = nomor surat tahun { $year }: penghitungnya tidak sama dengan jumlah surat yang diterbitkan

## Berkas perkara: para pihak, jalan menuju sengketa, orang dan majelis, catatan, relaas
note-prefix = catatan
vocab-ground = alasan keberatan
vocab-person-role = peran
vocab-seat = kedudukan dalam majelis
vocab-service-how = cara penyampaian
vocab-service-result = hasil penyampaian
edit-file-unchanged = { $case }: berkas perkara sudah berisi nilai ini; tidak ada yang dicatat
body-parties-set = { $body }: PPID dan atasan PPID dicatat
body-parties-unchanged = { $body }: PPID dan atasan PPID sudah berisi nilai ini; tidak ada yang dicatat
note-done = { $case }: catatan dicatat
assign-done = { $case }: majelis ditetapkan
assign-replaced = { $case }: majelis diganti (alasannya di riwayat)
served-done = { $case }: panggilan sidang ke-{ $no } kepada { $party } disampaikan { $on } ({ $result })
person-added = orang { $id } ditambahkan: { $name }
person-changed = orang { $id } ({ $name }) dicatat
person-unchanged = orang { $id } ({ $name }) sudah berisi nilai ini; tidak ada yang dicatat
person-col-id = Nomor
person-col-name = Nama
person-col-role = Peran
person-col-phone = Telepon
person-col-retired = Nonaktif sejak
file-road-order = { $later } { $date } sebelum { $earlier } { $earlier_date }
file-road-order-hint = jawaban datang sesudah yang dijawab, dan keberatan sesudah permintaan: koreksi salah satu tanggal
file-road-future = { $what } { $date } di masa depan (hari ini { $today })
file-road-future-hint = berikan tanggal terjadinya, paling lambat hari ini
file-panel-size = majelis { $size } komisioner: majelis berjumlah ganjil, paling sedikit tiga, ketua terhitung (PERKI 1/2013 Pasal 1 angka 16)
file-panel-size-hint = sebut ketua dengan --chair dan dua (atau empat, ...) anggota dengan --member
file-panel-twice = { $person } disebut dua kali dalam majelis
file-panel-twice-hint = sebut setiap komisioner sekali saja
file-seat-role = { $person } adalah { $role } dan tidak dapat duduk sebagai { $seat }
file-seat-role-hint = ketua dan anggota adalah komisioner, panitera adalah panitera pengganti; ubah peran dengan `sengketa person set ORANG --role ...`
file-retired = { $person } nonaktif sejak { $on }
file-retired-hint = sebut orang yang masih aktif (`sengketa person list`)
file-no-person = tidak ada orang '{ $who }' di register
file-no-person-hint = tambahkan dengan `sengketa person add NAMA --role ...`, atau lihat `sengketa person list`
file-ambiguous-person = '{ $who }' menyebut beberapa orang
file-ambiguous-person-hint = sebut orangnya dengan nomor (`sengketa person list`)
file-no-hearing = { $case } tidak punya sidang ke-{ $no }
file-no-hearing-hint = lihat sidangnya dengan `sengketa case show { $case }`
file-served-after = disampaikan { $on }, sesudah sidang ke-{ $no } pada { $hearing_on }
file-served-after-hint = panggilan disampaikan sebelum sidangnya; periksa tanggalnya (--on)
file-replacement-reason = { $case } sudah punya majelis: penggantian perlu alasan
file-replacement-reason-hint = sebut alasannya dengan --reason (mis. --reason "anggota cuti")
file-person-exists = { $name } sudah ada di register
file-person-exists-hint = lihat `sengketa person list`; koreksi orang dengan `sengketa person set`
file-title = Berkas perkara
file-applicant-address = Alamat pemohon
file-applicant-phone = Telepon pemohon
file-applicant-email = Surel pemohon
file-rep-name = Kuasa
file-rep-address = Alamat kuasa
file-rep-authorised = Surat kuasa tanggal
file-ppid-address = Alamat PPID
file-superior-name = Atasan PPID
file-superior-title = Jabatan atasan PPID
file-superior-address = Alamat atasan PPID
file-requested = Permintaan informasi
file-ppid-answered = Jawaban PPID
file-objected = Keberatan diajukan
file-superior-answered = Tanggapan atasan PPID
file-grounds = Alasan keberatan (Pasal 35 ayat 1)
file-filing = Tenggang pengajuan
file-panel-reason = Majelis diganti karena
file-services = Relaas panggilan
file-service-line = sidang ke-{ $no }, { $party }: { $on }, { $how }, { $result }
file-lapse-rests = ketidakhadiran di sidang ke-{ $no } dihitung: panggilan diterima { $on } ({ $how })
file-notes = Catatan
filing-basis-answered = sejak tanggapan atasan PPID (UU 14/2008 Pasal 37 ayat 2)
filing-basis-unanswered = 30 hari kerja atasan PPID berakhir { $due } tanpa tanggapan (Pasal 36 ayat 2, 37 ayat 2)
filing-in-time = tepat waktu: tenggang { $from } s.d. { $to }, { $basis }
filing-late = terlambat: tenggang { $from } s.d. { $to }, { $basis }
filing-premature = terlalu dini: tenggang { $from } s.d. { $to }, { $basis }
filing-unknown = belum diketahui: tanggal keberatan atau tanggapan atasan PPID tidak ada
filing-suggest = pertimbangkan `sengketa case reject PERKARA --reason { $reason }` (tidak pernah diputuskan otomatis)
prompt-enter-skips = (Enter untuk melewati)
prompt-applicant-address = Alamat pemohon?
prompt-applicant-phone = Telepon pemohon?
prompt-applicant-email = Surel pemohon?
prompt-rep-name = Kuasa pemohon?
prompt-rep-address = Alamat kuasa?
prompt-requested = Tanggal permintaan informasi?
prompt-ppid-answered = Tanggal jawaban PPID?
prompt-objected = Tanggal keberatan?
prompt-superior-answered = Tanggal tanggapan atasan PPID?
prompt-grounds = Alasan keberatan (a-g, dipisah koma)?

## Cacat dari putaran uji serangan: register disebut dua kali, ...
registers-same-file = { $path } adalah berkas yang sama dengan { $other } (tautan ke sana): perkaranya akan terhitung dua kali
registers-same-history = { $path } memuat riwayat yang sama dengan { $other } (salinannya): perkaranya akan terhitung dua kali
store-full = disk penuh: tidak ada yang ditulis
store-full-hint = kosongkan sebagian ruang di disk itu (atau tulis ke disk lain) lalu jalankan perintahnya lagi
store-disk-io = membaca atau menulis register gagal: { $why }
recap-check-year-twice = baris { $line }: tahun { $year } sudah ada di baris { $first }
recap-check-more-faults = ; dan { $n } lagi
text-mixed-scripts = '{ $ch }' ({ $code }) pada karakter ke-{ $at } adalah huruf aksara lain daripada huruf pertama nama (huruf Latin, Yunani dan Kiril mirip satu sama lain)
text-mixed-scripts-hint = ketik ulang nama dengan satu aksara: nama yang tampak sama harus benar-benar nama yang sama
archive-head-differs = { $name } menyebut kepala rantainya { $head }, tetapi register yang dibangun darinya berkepala { $rebuilt }: tidak ada yang ditulis
archive-no-head = sama sekali tanpa tindakan
archive-line-too-long = barisnya lebih panjang dari { $max } byte, lebih panjang daripada baris register mana pun
output-no-folder = tidak dapat menulis { $path }: folder { $folder } tidak ada
output-no-folder-hint = buat foldernya dulu, atau sebut berkas di folder yang ada
env-now-year = tahun { $year } di luar 1900-9999
## Titik periksa bertanda tangan: kunci ketua, menandatangani kepala rantai, memeriksanya
key-exists = { $path } sudah ada: kunci tidak pernah ditimpa
key-exists-hint = pilih folder lain dengan --out, atau pindahkan dulu kunci lama (titik periksa yang ditandatanganinya diperiksa dengan kunci publiknya: simpan itu)
key-needs-terminal = kata sandi kunci rahasia ditanyakan di terminal, dan tidak ada terminal
key-needs-terminal-hint = jalankan di terminal untuk melindungi kunci dengan kata sandi; untuk skrip, `sengketa key generate --unencrypted` membuat kunci tanpa kata sandi (satu-satunya perlindungannya adalah berkasnya)
key-password-new = Kata sandi untuk kunci rahasia baru:
key-password-again = Kata sandi yang sama sekali lagi:
key-password-mismatch = kedua kata sandi berbeda; ketik ulang
key-password-empty = kata sandi tidak boleh kosong
key-password-empty-hint = untuk kunci tanpa kata sandi (skrip), pakai --unencrypted
key-secret-written = kunci rahasia: { $path } (hanya dapat dibaca pemiliknya): simpan pada ketua, jauh dari register dan cadangannya
key-public-written = kunci publik: { $path } (kunci { $id }): umumkan; `sengketa verify --checkpoints { $path }` dan `minisign -V -p { $path }` memeriksa titik periksa dengannya
key-cannot-write = tidak dapat menulis { $path }: { $why }
key-cannot-read = tidak dapat membaca kunci { $path }: { $why }
key-not-secret = { $path } bukan kunci rahasia berformat minisign
key-not-secret-hint = berikan kunci rahasia yang ditulis `sengketa key generate` (sengketa.key), bukan kunci publiknya
key-not-public = { $path } bukan kunci publik berformat minisign
key-not-public-hint = berikan kunci publik yang ditulis `sengketa key generate` (sengketa.pub: satu baris komentar, lalu baris yang diawali RW), atau baris itu sendiri
key-password = Kata sandi untuk { $path }:
key-password-needs-terminal = kunci { $path } dilindungi kata sandi, yang ditanyakan di terminal, dan tidak ada terminal
key-password-needs-terminal-hint = tanda tangani di terminal; untuk titik periksa yang ditandatangani skrip, buat kunci dengan `sengketa key generate --unencrypted`
key-wrong-password = kata sandi kunci { $path } salah
checkpoint-no-commission = titik periksa menyebut komisinya, dan commission-code belum diatur
checkpoint-no-commission-hint = atur dulu: `sengketa config set commission-code JBI`
checkpoint-recorded = titik periksa kepala rantai { $head } ditandatangani dengan kunci { $key } dan dicatat oleh tindakan { $act }; simpan baris di atas: teksnya sebagai BERKAS, baris mulai "untrusted comment" sebagai BERKAS.minisig (`minisign -Vm BERKAS -p KUNCI.pub` memeriksanya)
verify-checkpoint-signature = titik periksa yang dicatat tindakan { $act } (kepala { $head }, ditandatangani { $at }) tidak cocok dengan tanda tangannya: diubah setelah ditandatangani
verify-checkpoint-unreadable = titik periksa yang dicatat tindakan { $act } tidak dapat dibaca: ditulis di luar sengketa
verify-checkpoint-broken = titik periksa yang dicatat tindakan { $act } (kepala { $head }, ditandatangani { $at }) tidak dapat dibuktikan: ada tindakan sampai tindakan { $acts } yang tidak lagi cocok dengan hash-nya
verify-checkpoint-rewritten = rantai tidak lagi melewati titik periksa yang dicatat tindakan { $act } (kepala { $head }, ditandatangani { $at }): setelah { $acts } tindakan hash-nya kini { $now }; riwayat sampai di sana ditulis ulang dan di-hash ulang setelah ditandatangani
verify-checkpoint-cut = rantai tidak lagi melewati titik periksa yang dicatat tindakan { $act } (kepala { $head }, ditandatangani { $at }): register memuat kurang dari { $acts } tindakan
verify-checkpoint-missing = tindakan { $act } mencatat titik periksa, dan titik periksa itu tidak ada di register: dihapus di luar sengketa
verify-no-checkpoint = tidak ada titik periksa di register yang ditandatangani kunci { $key }
verify-no-checkpoint-others = tidak ada titik periksa di register yang ditandatangani kunci { $key }; titik periksanya ditandatangani { $others }
verify-checkpoint-other-key = titik periksa yang dicatat tindakan { $act } ditandatangani kunci { $other }, bukan { $key }: tidak diperiksa
verify-checkpoints-proved = { $n } titik periksa bertanda tangan kunci { $key } diperiksa: rantai melewati masing-masing; yang terakhir menyebut kepala { $head }, ditandatangani { $at }
verify-hint-checkpoint = riwayat di belakang titik periksa bertanda tangan diubah, atau titik periksa dihapus, setelah ditandatangani: pulihkan register dari cadangan yang dibuat sebelumnya, dan bandingkan kepala rantainya dengan titik periksa yang diumumkan
verify-hint-checkpoint-key = periksa kunci publiknya: `--checkpoints` memakai kunci publik dari pasangan kunci yang menandatangani (sengketa.pub, diumumkan ketua); kunci yang tidak menandatangani apa pun di sini tidak membuktikan apa pun
store-check-failed = register menolak sebuah nilai { $table } ({ $columns }): nilai itu melanggar aturan skema register sendiri yang tidak diharapkan versi sengketa ini
store-check-failed-somewhere = register menolak sebuah nilai: nilai itu melanggar aturan skema register sendiri yang tidak diharapkan versi sengketa ini
store-check-failed-hint = register ini mungkin dibuat oleh versi sengketa yang lain, atau berkasnya diubah atau rusak di luar sengketa: jalankan `sengketa verify`, yang menyebut apa yang berbeda

recap-person-one-register = recap --by person membaca satu register: orang-orangnya milik satu komisi
recap-person-one-register-hint = jalankan pada tiap register (--db BERKAS)

# Registrasi (case incomplete, register, not-registered) dan mediasi dengan tenggatnya sendiri
vocab-not-registered-reason = alasan tidak diregistrasi
err-intake-past = perkara { $case } berstatus { $state }: tahap registrasi sudah lewat, tidak dapat { $step }
err-intake-registered = perkara { $case } sudah diregistrasi pada { $on }: tidak dapat { $step }
err-intake-not-registered = perkara { $case } tidak diregistrasi (pada { $on }): tidak ada langkah lain selain menarik kembali langkah itu
err-intake-notified = perkara { $case }: pemberitahuan belum lengkap sudah disampaikan pada { $on }
err-intake-no-notice = perkara { $case }: "tidak dilengkapi" memerlukan pemberitahuan belum lengkap lebih dahulu
hint-intake-no-notice = catat pemberitahuannya dahulu (`sengketa case incomplete { $case } --missing TEKS`), atau gunakan `--reason other`
hint-intake-past = langkah registrasi dicatat sebelum perkara dinyatakan memenuhi syarat
hint-undo-intake = `sengketa case undo { $case }` menarik kembali langkah terakhir, bila keliru dicatat
err-mediation-state = perkara { $case } berstatus { $state }: mediasi tidak dapat { $step } (hanya pada perkara yang memenuhi syarat)
err-mediation-exempt = perkara { $case } adalah sengketa informasi yang dikecualikan (alasan (a) dalam berkas perkaranya): langsung ke ajudikasi nonlitigasi, tanpa mediasi
hint-mediation-exempt = jadwalkan sidang ajudikasi; bila alasan (a) keliru dicatat, perbaiki berkas perkaranya dahulu (`sengketa case edit { $case } --ground ...`)
err-mediation-started = perkara { $case }: mediasi sudah dimulai pada { $on }
err-mediation-not-started = perkara { $case }: mediasi belum dimulai, tidak dapat { $step }
hint-mediation-not-started = catat pertemuan pertama dahulu: `sengketa mediation start { $case } --on TANGGAL`
hint-mediation-state = nyatakan perkara memenuhi syarat dahulu: `sengketa case qualify { $case }`
err-mediation-extended = perkara { $case }: mediasi sudah diperpanjang pada { $on }; perpanjangan hanya sekali
err-mediation-ended = perkara { $case }: mediasi berakhir pada { $on }; tidak dapat { $step }
hint-undo-mediation = `sengketa case undo { $case }` menarik kembali langkah terakhir, bila keliru dicatat
intake-notified = { $case }: pemberitahuan belum lengkap pada { $on }; dilengkapi paling lambat { $due }
intake-recorded = { $case }: { $step } pada { $on }
mediation-running = { $case }: { $step } pada { $on }; mediasi berjalan sampai { $due }
mediation-recorded = { $case }: { $step } pada { $on }
intake-notice-due = Tenggat pemberitahuan (3 HK)
intake-completion-due = Tenggat melengkapi (7 HK)
show-incomplete = Belum lengkap (pemberitahuan)
show-registered = Diregistrasi
show-not-registered = Tidak diregistrasi
show-mediation-started = Mediasi dimulai
show-mediation-extended = Mediasi diperpanjang
show-mediation-failed = Mediasi gagal
show-mediation-agreed = Kesepakatan mediasi
show-mediation-due = Tenggat mediasi (14/21 HK)
event-incomplete = belum lengkap: { $missing }
event-not-register = tidak diregistrasi: { $reason }
event-mediation-reason = { $step }: { $reason }
deadline-notice = pemberitahuan (3 HK)
deadline-completion = melengkapi (7 HK)
deadline-mediation = mediasi (14/21 HK)
## Kata-kata yang ditulis clap sendiri ke dalam bantuan, dan flag versi
help-flag-version = Tampilkan versi
help-usage-options = [OPSI]
help-aliases = nama lain

## Bagian-bagian halaman manual
man-manual = Panduan Perintah Umum
man-name = NAMA
man-synopsis = RINGKASAN
man-description = DESKRIPSI
man-options = OPSI
man-commands = PERINTAH
man-version = VERSI
man-authors = PENULIS
man-extra = TAMBAHAN
man-exit-status = STATUS KELUAR
man-exit-0 = Berhasil (juga bila pembaca keluaran sudah pergi).
man-exit-1 = Pemeriksaan (verify, recap check) menemukan perbedaan.
man-exit-2 = Salah penggunaan: perintah atau flag yang tidak dikenal, nilai yang tidak ada atau salah bentuk.
man-exit-3 = Masukan tidak sah, atau langkah yang ditolak alur perkara.
man-exit-4 = Perkara (atau sidang, badan, hari) itu tidak ada di register.
man-exit-5 = Register tidak tersedia: tidak ada, terkunci, lebih baru, atau bukan register.
man-exit-70 = Galat internal (sebuah cacat program: mohon laporkan).
man-exit-74 = Keluaran tidak dapat ditulis.
man-environment = LINGKUNGAN
man-env-db = Berkas register, bila --db tidak diberikan (bila tidak, folder data platform, sengketa/register.db).
man-env-lang = Bahasa pesan, bantuan dan tabel: id atau en (--lang mengalahkannya).
man-env-locale = Dibaca bila SENGKETA_LANG tidak diisi: locale yang diawali id (id_ID.UTF-8) berarti Bahasa Indonesia.
man-env-actor = Siapa yang mencatat sebuah langkah, bila --actor tidak diberikan (bila tidak, nama login).
man-env-today = Menetapkan tanggal hari ini (YYYY-MM-DD), untuk pengujian dan untuk mencatat yang terlambat sehari.
man-env-now = Menetapkan waktu pencatatan (RFC 3339, UTC), untuk pengujian.
man-env-busy = Lama menunggu, dalam milidetik, penulisan panitera lain selesai.
man-env-columns = Lebar tabel bila keluaran bukan terminal dan --width tidak diberikan.
man-env-no-color = Bila diisi, tidak ada yang diwarnai.
man-examples = CONTOH
man-examples-about = Sehari seorang panitera:
man-examples-text = sengketa perkara tambah --applicant "Budi Santoso" --applicant-kind perseorangan --body "Dinas Pendidikan" --subject "Anggaran sekolah 2025"
    sengketa perkara daftar --overdue
    sengketa sidang jadwalkan 2026/1 --kind preliminary --on 2026-02-09 --at 09:30
    sengketa agenda
    sengketa perkara lihat 2026/1

## Berkas kalender agenda (.ics)
ics-calendar-name = sidang { $on } - { $until }
ics-summary = Sidang { $no } ({ $kind }): { $case }
ics-description = { $applicant } melawan { $body } ({ $kind })
ics-panel = ; majelis: { $panel }

## config list: arti sebuah pilihan
config-value-working = hari kerja
config-value-non-working = bukan hari kerja
## Angka tunggakan dan laporan yang dapat diterbitkan
chart-ages-title = Perkara belum selesai, menurut tahun penerimaan dan hari kerja berjalan
chart-clearance-title = Perkara masuk dan berakhir
chart-hearings-title = Sidang digelar, ditunda dan dibatalkan, per bulan
chart-axis-hearings = sidang
recap-check-flow = { $year }: sisa awal { $carried_in } + masuk { $received } − diselesaikan { $finished } = { $sum }, bukan sisa akhir { $carried_out }
recap-check-carried = { $year }: sisa awal { $carried_in } ≠ { $before }, sisa akhir tahun sebelumnya
report-footer-head = Register { $commission }: kepala rantai { $head } ({ $acts } langkah); `sengketa verify --since { $head }` membuktikan kemudian bahwa riwayat ini tidak berubah.
report-footer-no-head = Register { $commission }: belum ada yang dicatat.
report-scroll-hint = Tabel lebih lebar dari layar: geser ke samping untuk melihat semua kolom.
report-body-kinds-left-out = Tidak ditampilkan: semua badan publik register ini berjenis "lainnya", karena jenisnya belum pernah diisi (badan publik register hasil impor belum berjenis). Isi jenis setiap badan dengan `sengketa body set NAMA --kind JENIS`, lalu buat laporan lagi.
report-clearance-title = Rasio penyelesaian
report-clearance-about = Per tahun, perkara yang masuk dan perkara yang berakhir pada tahun itu (diputus, dicabut, atau dinyatakan tidak memenuhi syarat, apa pun tahun penerimaannya), dan rasio penyelesaian: berakhir ÷ masuk. Di atas 100 % tunggakan berkurang.
report-months-title = Masuk dan berakhir per bulan
report-months-about = Sama, per bulan: perkara yang masuk dan yang berakhir pada bulan itu, dan rasio penyelesaiannya.
report-ages-title = Lama perkara yang belum selesai
report-ages-about = Perkara yang belum selesai pada tanggal di atas (sudah diterima, belum diputus, dicabut, atau dinyatakan tidak memenuhi syarat), per tahun penerimaan, dalam hari kerja sejak diterima seperti tenggat menghitungnya: dalam 14 HK untuk mulai, dalam 100 HK untuk selesai, sampai 250 HK, lebih dari 250 HK.
report-waiting-title = Perkiraan waktu tunggu
report-waiting-about = Perkara yang belum selesai, dibagi rata-rata perkara yang berakhir per bulan dalam 12 bulan terakhir: berapa bulan komisi memerlukan untuk menyelesaikan yang ada dengan laju terakhirnya.
report-stages-title = Lama setiap tahap
report-stages-about = Per tahun penerimaan, median hari kerja dari diterima sampai sidang pertama digelar, dari situ sampai putusan, dari putusan sampai diterima para pihak, dan dari situ sampai putusan berkekuatan hukum tetap; dihitung atas perkara yang telah melewati tahap itu.
report-hearings-title = Sidang
report-hearings-about = Per bulan: sidang yang digelar, yang ditunda ke hari lain (menurut bulan semula), yang dibatalkan, dan pada sidang yang digelar berapa kali tiap pihak tidak hadir.
## sengketa publish: situs publik perkara
publish-written = { $cases } halaman perkara dan { $files } berkas diterbitkan ke { $dir } (kepala rantai { $head })
publish-dir-not-dir = { $dir } bukan folder
publish-dir-not-ours = { $dir } berisi berkas yang tidak ditulis `sengketa publish` sebelumnya: folder itu tidak diganti
publish-dir-hint = sebutkan folder baru atau kosong, atau folder yang ditulis penerbitan sebelumnya (berisi berkas .sengketa-publish); publish mengganti folder itu seluruhnya
publish-decisions-dir-unreadable = folder putusan { $dir } (publish-decisions-dir) tidak dapat dibaca: { $why }
publish-decisions-dir-unreadable-hint = atur ke folder yang berisi berkas putusan: `sengketa config set publish-decisions-dir FOLDER`
publish-decision-unreadable = berkas putusan { $file } tidak dapat dibaca: { $why }
publish-decision-missing = { $register_no }: tidak ada berkas putusan { $stem }.* di { $dir }; dicantumkan tanpa tautan
publish-decision-no-dir = { $register_no }: dicantumkan tanpa berkas putusannya (folder belum diatur: `sengketa config set publish-decisions-dir FOLDER`)
publish-commission-unnamed = Komisi Informasi
publish-no-head = (belum ada tindakan yang dicatat)
publish-pseudonym = Pemohon { $reference }
publish-nav-home = Beranda
publish-nav-schedule = Jadwal sidang
publish-nav-decisions = Putusan
publish-nav-data = Data terbuka
publish-nav-feed = Umpan (Atom)
publish-head-label = Keadaan register (kepala rantai)
publish-index-title = Sengketa informasi publik
publish-index-about = Sengketa yang diajukan ke komisi menurut UU 14/2008 tentang Keterbukaan Informasi Publik: angka tahun ini, tahap tiap perkara, sidang yang akan datang, dan putusan.
publish-figure = Angka
publish-value = Jumlah
publish-no-figures = Belum ada perkara yang diterima tahun ini.
publish-cases-title = Perkara
publish-register-no = Nomor register
publish-received = Diterima
publish-respondent = Badan publik
publish-stage = Tahap
publish-no-cases = Belum ada perkara.
publish-data-heading = Data terbuka
publish-data-about = Rekap dan daftar perkara dalam CSV dan JSON, diuraikan oleh datapackage.json (Frictionless Data Package); README.md menjelaskan tiap kolom.
publish-schedule-title = Jadwal sidang
publish-date = Tanggal
publish-time = Waktu
publish-room = Ruang
publish-parties = Para pihak
publish-agenda = Agenda
publish-panel = Majelis
publish-versus = melawan
publish-no-hearings = Tidak ada sidang yang dijadwalkan dalam minggu-minggu ini.
publish-schedule-note = Sidang mediasi tertutup untuk umum. Jadwal dapat berubah: sidang yang ditunda menunjukkan tanggal barunya.
publish-schedule-about = Sidang dari { $from } sampai { $to } ({ $weeks } minggu).
publish-case-title = Perkara
publish-hearings-title = Sidang
publish-hearing-no = Ke-
publish-hearing-status = Keadaan
publish-no-case-hearings = Belum ada sidang yang dicatat.
publish-decision-title = Putusan
publish-no-decision = Belum diputus.
publish-appeals-title = Upaya hukum
publish-appeal-level = Tingkat
publish-appeal-court = Pengadilan
publish-appeal-by = Diajukan oleh
publish-appeal-filed = Tanggal diajukan
publish-appeal-court-no = Nomor perkara pengadilan
publish-appeal-outcome = Putusan pengadilan
publish-appeal-pending = belum diputus
publish-case-note = Pemohon disebut sebagaimana komisi menerbitkan nama pemohon; kontaknya tidak pernah diterbitkan.
publish-decisions-title = Putusan
publish-decisions-about = Putusan komisi, yang terbaru lebih dulu, dengan dokumen putusannya bila komisi telah menerbitkannya.
publish-decision-no = Nomor putusan
publish-decision-date = Tanggal
publish-grounds = Alasan keberatan
publish-route = Jalur
publish-outcome = Hasil
publish-document = Dokumen
publish-document-link = putusan
publish-document-missing = belum tersedia
publish-no-decisions = Belum ada putusan.
publish-fact-applicant = Pemohon
publish-fact-applicant-kind = Jenis pemohon
publish-fact-body = Badan publik
publish-fact-received = Diterima
publish-fact-stage = Tahap
publish-fact-qualified = Memenuhi syarat
publish-fact-not-qualified = Tidak memenuhi syarat
publish-fact-withdrawn = Dicabut
publish-fact-closed = Selesai (ditutup)
publish-fact-grounds = Alasan keberatan
publish-fact-decided = Diputus
publish-fact-decision-no = Nomor putusan
publish-fact-route = Jalur
publish-fact-outcome = Hasil
publish-fact-served = Diterima para pihak
publish-fact-finality = Kekuatan hukum
publish-hearing-postponed = ditunda (semula { $from })
publish-hearing-agenda = sidang ke-{ $no }: { $kind }
publish-figures-paper-title = Perkara yang diterima tahun { $year }
publish-figures-paper-about = Rekap tahunan perkara yang diterima pada tahun itu, sebagaimana komisi melaporkannya.
publish-figures-flow-title = Arus perkara tahun { $year }
publish-figures-flow-about = Sisa awal dari tahun-tahun sebelumnya, masuk, diselesaikan (ditutup) tahun ini, dan sisa akhir (terbuka sampai ditutup).
publish-data-paper-title = Rekap tahunan
publish-data-paper-about = Perkara yang diterima tiap tahun: memenuhi syarat atau tidak, dicabut, diputus, selesai dan dalam proses.
publish-data-flow-title = Arus perkara
publish-data-flow-about = Sisa awal, masuk, diselesaikan dan sisa akhir tiap tahun.
publish-data-outcomes-title = Hasil
publish-data-outcomes-about = Cara perkara yang diterima tiap tahun berakhir.
publish-data-times-title = Waktu penyelesaian
publish-data-times-about = Hari kerja dari diterima sampai berakhir, menurut tahun diterima.
publish-data-appeals-title = Upaya hukum
publish-data-appeals-about = Putusan tiap tahun, yang diajukan keberatan ke pengadilan, dan putusan pengadilannya.
publish-data-cases-title = Perkara
publish-data-cases-about = Setiap perkara yang tidak dicoret, satu baris masing-masing: tanggal, tahap dan putusannya; pemohon sebagaimana halaman menyebutnya; tanpa kontak, tanpa informasi yang dimohon.
publish-data-title = Sengketa informasi publik: { $commission }
publish-data-description = Rekap register dan daftar perkaranya yang disamarkan, per { $as_of }.
publish-readme-intro = Setiap tabel adalah berkas CSV (UTF-8, dipisah koma, tanggal per sebagai kolom terakhir) dan baris yang sama dalam JSON. datapackage.json menguraikan berkas CSV (Frictionless Data Package, masing-masing dengan Table Schema).
publish-readme-head = Diterbitkan pada kepala rantai register { $head }: `sengketa verify --since { $head }` membuktikan bahwa register kemudian melanjutkan keadaan ini.
publish-footer-as-of = Keadaan register pada { $as_of }.
publish-footer-privacy = Pemohon disebut sebagaimana komisi menerbitkannya; kontaknya tidak pernah diterbitkan.
publish-footer-prove = Untuk membuktikan keadaan ini kemudian: `sengketa verify --since { $head }` pada register komisi.
publish-feed-title = { $commission }: putusan dan jadwal sidang
publish-feed-subtitle = Putusan baru dan perubahan jadwal sidang.
publish-feed-decision = { $register_no }: diputus ({ $outcome })
publish-feed-decision-summary = Diputus pada { $on } melalui { $route }; badan publik: { $body }.
publish-feed-scheduled = { $register_no }: sidang ke-{ $n } dijadwalkan
publish-feed-scheduled-summary = { $on }: { $kind }.
publish-feed-postponed = { $register_no }: sidang ke-{ $n } ditunda
publish-feed-postponed-summary = Tanggal baru: { $on }.
publish-feed-cancelled = { $register_no }: sidang ke-{ $n } dibatalkan
publish-feed-cancelled-summary = Sidang tidak dilaksanakan.
## Cacat terakhir dari uji serangan: kutip yang tak ditutup, baris keberatan berulang, tenggat di luar kalender, ganti nama lewat nama yang sudah digabung
input-open-quote = sel berkutip yang dibuka di baris { $line }, kolom { $column } tidak pernah ditutup: sisa berkas akan terbaca sebagai satu sel itu
input-open-quote-hint = tutup kutipnya, atau tulis kutip di dalam sel berkutip dua kali ("")
appeal-fault-repeated-level = keberatan perkara ini pada tingkat { $level } sudah ada di baris { $line }: satu baris satu tingkat
appeal-fault-repeated-service = pemberitahuan putusan perkara ini saja sudah ada di baris { $line }: satu baris untuknya
deadline-beyond = di luar kalender (setelah { $last })
err-rename-merged = { $name } sudah digabung ke { $into }: mengganti nama lewat nama itu akan mengganti nama { $into }
hint-rename-merged = untuk mengganti nama { $into }, sebut namanya: `sengketa body rename "{ $into }" --to ...`
err-name-of-merged = { $name } adalah nama badan publik yang sudah digabung ke { $into }: nama itu sudah mengarah ke sana
hint-name-of-merged = badan publik yang digabung tetap memegang namanya untuk berkas yang masih menulisnya begitu; berikan nama lain
err-beyond-calendar = { $date } + { $days } hari kerja jatuh setelah 31-12-9999, hari terakhir kalender
hint-beyond-calendar = berikan lebih sedikit hari kerja, atau tanggal yang lebih awal

# Layar 80 kolom: rujukan pendek dan tenggat terdekat di daftar perkara.
list-ref = Perkara
list-due = Tenggat
help-heading-global = Opsi umum

# Tambah perkara interaktif: jenis badan publik baru dari menu, perkara yang tidak dicatat, satu jawaban diubah.
prompt-body-kind = Jenis badan publik baru "{ $body }":
prompt-confirm-or-change = Enter atau y: catat; t: jangan catat; 1–{ $n }: ubah nomor jawaban itu
prompt-yes-no-or-number = jawab y (ya), t (tidak), atau nomor jawaban yang diubah (1–{ $n })
case-body-kind = Jenis badan publik
add-declined = tidak dicatat: tidak ada yang ditulis ke register
add-declined-line = untuk mencatatnya apa adanya, tanpa pertanyaan: { $line }
## Kalender sidang dan langkah yang bermakna sebagaimana tertulis
err-hearing-day-off-listed = perkara { $case }: { $date } bukan hari kerja ({ $name_id }): sidang tidak dijadwalkan pada hari itu
err-hearing-day-off-weekend = perkara { $case }: { $date } adalah hari { $day }: sidang tidak dijadwalkan pada hari itu
hint-hearing-day-off = pilih hari kerja (`sengketa calendar list` menyebut hari liburnya), atau beri --on-non-working-day --reason TEKS bila majelis tetap bersidang hari itu
clash-room = ruang sidang yang sama ({ $room })
clash-person = anggota majelis yang sama ({ $who })
err-hearing-clash = perkara { $case }: sidang ini bentrok dengan sidang ke-{ $nth } perkara { $other } pada { $on } pukul { $at_id } di { $room }: { $what }
hint-hearing-clash = pilih jam atau ruang lain, atau beri --despite-clash --reason TEKS; pengaturan hearing-minutes menyebut lamanya satu sidang
hearing-override-needs-reason = --on-non-working-day dan --despite-clash memerlukan --reason TEKS: riwayat menyimpan alasannya
step-hearings-cancelled = { $case }: { $count } sidang yang dijadwalkan dibatalkan (`sengketa case undo` memulihkannya)
hearing-cancelled-by-step = dibatalkan bersama langkah: { $step }
err-close-appeal-pending = perkara { $case } belum berkekuatan hukum tetap: { $level ->
        [kasasi] permohonan kasasi
        [cassation] permohonan kasasi
       *[other] keberatan
    } ({ $level }) sedang diperiksa { $court }, diajukan { $filed }
err-close-window-open = perkara { $case } belum berkekuatan hukum tetap: upaya hukum ({ $level }) masih dapat diajukan sampai { $closes }
err-close-not-final = perkara { $case } belum berkekuatan hukum tetap
hint-close-not-final = tutup perkara setelah putusannya berkekuatan hukum tetap (`sengketa case list --to-close`), atau beri --force --reason TEKS yang menyebut surat pengadilan yang tidak ada di register
close-force-needs-reason = --force memerlukan --reason TEKS: riwayat menyimpan alasannya
err-court-against-kind = perkara { $case }: keberatan atas { $body } diajukan ke { $wants } (UU 14/2008 Pasal 47), bukan { $court }
hint-court-against-kind = ajukan ke pengadilan menurut jenis badan publiknya, atau beri --court-despite-kind --reason TEKS (pengadilan yang memutus kewenangannya; register mencatat tandanya)
appeal-override-needs-reason = --court-despite-kind memerlukan --reason TEKS: riwayat menyimpan alasannya
agenda-clash = (bentrok: { $case })

event-override = diizinkan dengan --{ $flag }: { $reason }

# case undo: pertanyaan di terminal
undo-confirm = Tarik kembali perubahan { $seq } ({ $what } pada { $on })? (y/T)
undo-not-confirmed = tidak ditarik kembali: tidak ada yang dicatat (beri --yes untuk menarik kembali tanpa bertanya)

# Angka tunggakan di situs publik
publish-figures-clearance-title = Rasio penyelesaian tahun { $year }
publish-figures-clearance-about = Perkara yang berakhir pada tahun itu (diputus, dicabut, atau dinyatakan tidak memenuhi syarat) untuk setiap perkara yang masuk; di atas 100 % tunggakan berkurang. Perkara berakhir pada putusannya dan ditutup kemudian: arus perkara di atas menghitung perkara yang ditutup, sehingga angkanya dapat berbeda.
publish-figures-ages-title = Perkara belum berakhir menurut lamanya
publish-figures-ages-about = Perkara yang belum berakhir pada hari halaman ini diterbitkan, menurut hari kerja sejak diterima.
publish-figures-waiting-title = Perkiraan waktu tunggu
publish-figures-waiting-about = Perkara yang belum berakhir dibagi rata-rata perkara yang berakhir per bulan selama 12 bulan terakhir: berapa bulan komisi memerlukan untuk menyelesaikannya dengan laju terakhirnya.

# verify: sebuah hari kalender dalam kalimat (jenisnya, namanya, sumbernya)
problem-day = { $kind } { $names } ({ $source })

# recap check: a table mixing Table 1's columns and the flow table's
recap-check-mixed = { $name }: kolom { $paper_at } ({ $paper }) milik Tabel 1 dan kolom { $flow_at } ({ $flow }) milik tabel arus perkara: tabel yang diterbitkan adalah salah satunya, dan kolom jenis lainnya tidak akan dibandingkan
recap-check-mixed-hint = periksa setiap tabel dari berkasnya sendiri: year dengan kolom Tabel 1 (seperti ditulis `sengketa recap --format csv`), atau year dengan kolom arus perkara (seperti ditulis `sengketa recap --flow --format csv`)

# Tabel: tenggat yang terlewati, terbaca utuh pada 80 kolom
deadline-start-days = mulai ({ $days } HK)
deadline-finish-days = selesai ({ $days } HK)
overdue-cell = terlambat { $deadlines }
# case undo: koreksi dan perubahan berkas perkara, dalam pertanyaan dan sesudahnya
undo-done-correction = { $case }: koreksi { $seq } ditarik kembali ({ $what } pada { $on }); kini { $state }
undo-done-file = { $case }: { $what } ditarik kembali (dicatat { $at })
undo-confirm-file = Tarik kembali { $what } (dicatat { $at })? (y/T)
undo-file-note = catatan “{ $text }”
undo-file-service = penyampaian panggilan sidang { $no } kepada { $party } pada { $on }
undo-file-panel = penetapan majelis
undo-file-parties = perubahan alamat dan kontak para pihak
undo-file-road = perubahan riwayat permohonan dan keberatan
undo-file-parties-road = perubahan alamat dan kontak para pihak serta riwayat permohonan dan keberatan

# case show: dasar penghitungan tenggat Pasal 38 (setelan deadline-basis)
show-deadline-basis = Tenggat dihitung sejak
deadline-basis-receipt = penerimaan permohonan
deadline-basis-registration = registrasi (akta registrasi)
file-undone = Ditarik kembali

# case show: nomor register yang diberikan saat registrasi (setelan register-number-at)
show-register-no-pending = (diberikan saat registrasi)
show-receipt-no = Nomor tanda terima
intake-numbered = { $receipt }: diregistrasi pada { $on } dengan nomor register { $case }
err-not-registered-yet = perkara { $case } belum diregistrasi: bila nomor register diberikan saat registrasi, pemeriksaan syarat dilakukan sesudah akta registrasi
hint-not-registered-yet = registrasi dahulu: `sengketa case register { $case } --on TANGGAL`
err-receipt-mismatch = nomor tanda terima { $receipt } dan nomor register '{ $number }' tidak sesuai dengan registrasinya: permohonan yang belum diregistrasi dinamai dengan nomor tanda terimanya, yang sudah diregistrasi dengan nomornya sendiri
hint-receipt-mismatch = isi register_no seperti yang ditulis export: nomor tanda terima (atau kosong) selama registered_on kosong, nomor perkara sendiri bila sudah diisi

# verify: hitungan per hari yang dibaca rekap per tanggal lampau (day_stats)
verify-day-count = { $year }, { $date }: hitungan { $key } yang disimpan rekap dan mulai pada hari itu adalah { $kept }, perkara-perkaranya memberi { $counted }
