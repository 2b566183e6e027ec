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
list-subject = Perihal
list-start-by = Mulai paling lambat
list-finish-by = Selesai paling lambat
list-days-open = Hari kerja
list-overdue = Lewat waktu
list-none = tidak ada perkara
deadline-start = mulai
deadline-finish = selesai

## case show, dan riwayat dalam kata-kata
show-register-no = Nomor register
show-received = Diterima
show-state = Status
show-applicant = Pemohon
show-body = Badan publik
show-subject = Perihal
show-qualified = Memenuhi syarat
show-not-qualified = Tidak memenuhi syarat
show-withdrawn = Dicabut
show-decided = Diputus
show-closed = Selesai
show-start-by = Mulai paling lambat
show-finish-by = Selesai paling lambat
show-days-open = Hari kerja berjalan
show-history = Riwayat
show-hearings = Sidang
timeline-date = Tanggal
timeline-what = Peristiwa
timeline-state = Status
timeline-actor = Oleh
timeline-recorded = Dicatat (UTC)
timeline-note = Catatan
timeline-reverted-by = dibatalkan oleh #{ $by }
event-add = didaftarkan (permohonan diterima)
event-qualify = memenuhi syarat
event-reject = tidak memenuhi syarat: { $reason }
event-withdraw = dicabut oleh pemohon
event-decide = diputus melalui { $via }: { $outcome }
event-decision-no = putusan { $no }
event-close = ditutup (selesai)
event-undo = pembatalan langkah { $step }: { $reason }
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
standing-overdue = lewat { $days } hari kerja
and-list = { $items } dan { $last }
lapse-flag = dapat gugur: pemohon tidak hadir pada sidang { $hearings } (PERKI 1/2013)
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
agenda-title = Agenda { $on } s.d. { $until }
agenda-hearings = Sidang
agenda-deadlines = Tenggat pada hari-hari ini
agenda-overdue = Lewat waktu per { $on } (yang tertua dahulu)
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
agenda-overdue-on = Lewat waktu
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
verify-hint-count = hitungan per tahun diturunkan dari perkara: `sengketa verify --repair` menghitungnya ulang
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
prompt-cancelled = dibatalkan: tidak ada yang dicatat
prompt-failed = pertanyaan tidak dapat diajukan: { $why }
prompt-required = jawaban wajib diisi
prompt-yes = ya
prompt-no = tidak
prompt-yes-no = jawab y (ya) atau t (tidak)
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
prompt-confirm-help = Y/t

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
add-not-confirmed = tidak dikonfirmasi: tidak ada yang dicatat
add-not-confirmed-hint = untuk mencatatnya apa adanya, tanpa pertanyaan: { $line }

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
fact-qualified = registrasi (memenuhi syarat)
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
history-undoes-not-latest = membatalkan langkah yang bukan langkah terakhirnya
history-step-without-payload = memuat langkah tanpa isi yang dicatatnya
history-refused = memuat langkah yang ditolak oleh alur perkara

## Penolakan domain (err-*) dan apa yang dapat dilakukan (hint-*)
err-bad-value = '{ $value }' bukan { $what } yang sah
err-not-a-date = '{ $value }' bukan tanggal
err-future-date = { $what } { $date } berada di masa depan (hari ini { $today })
err-date-order = { $what } { $date } lebih awal daripada tanggal { $before } { $before_date }
err-undo-before-step = tanggal pembatalan { $date } lebih awal daripada tanggal langkah yang dibatalkannya ({ $step }) { $before }
err-refused = perkara { $case } berstatus { $state }: tidak dapat { $step }
err-bad-decision = perkara { $case } berstatus { $state }: putusan melalui { $via } tidak dapat beramar { $outcome }
err-nothing-to-undo = perkara { $case } tidak punya langkah lagi untuk dibatalkan (pencatatan perkara tidak dapat dibatalkan)
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
hint-refused-nothing = tidak ada langkah yang boleh dari status ini; `case undo` membatalkan langkah terakhir
hint-refused = yang boleh dari status ini: { $steps }
hint-bad-decision = putusan melalui { $via } beramar salah satu dari: { $outcomes }
hint-empty-register-no = jangan isi --register-no agar nomor berikutnya diberikan
hint-empty-undo-reason = sebutkan mengapa langkah itu dibatalkan
hint-empty-remove-reason = sebutkan mengapa hari itu dihapus (riwayat menyimpannya)
hint-empty-hearing-reason = sebutkan mengapa sidang ditunda atau dibatalkan
hint-empty = beri { $flag } sebuah nilai
hint-nothing-to-change = beri paling sedikit satu dari --applicant, --applicant-kind, --body, --subject dengan nilai baru
hint-no-such-case = sebut perkara dengan nomor registernya atau sebagai TAHUN/URUT (mis. 2017/12); `sengketa case list` menampilkannya
hint-number-taken = setiap nomor register diberikan sekali; kosongkan agar nomor berikutnya diberikan
hint-no-commission-code = isi sekali dengan `sengketa config set commission-code JBI` (kode Anda)
hint-broken-history = jalankan `sengketa verify` untuk melihat apa yang rusak
hint-time-form = tulis jam sebagai HH:MM, mis. 09:30
hint-hearing-on-closed-case = `case undo` membatalkan penutupan bila perkara belum selesai
hint-hearing-number = nomor sidang diberikan sekali pada sebuah perkara: beri sidang ini nomor yang belum dipakai
hint-no-such-hearing = `sengketa case show { $case }` menampilkan sidang-sidangnya
hint-hearing-refused = hanya sidang yang terjadwal yang dapat digelar, ditunda atau dibatalkan; `case undo` membatalkan langkah terakhir
hint-bad-postponement = beri --to tanggal baru, hari ini atau sesudahnya
hint-hearing-not-yet = catat pada atau setelah { $on }; untuk memindahkannya, pakai `hearing postpone`
hint-day-taken = untuk mengubahnya, hapus dulu (`sengketa calendar remove { $date } --reason ...`), atau impor berkas dengan nilai barunya (`sengketa calendar import`)
hint-no-such-day = `sengketa calendar list --year { $year }` menampilkan hari-hari tahun itu

## Apa kata impor tentang sebuah baris (fault-*, rule-*) atau kepalanya (header-*)
fault-field-count = baris ini punya { $found } kolom, seharusnya { $want }
fault-missing-received = tanggal diterima wajib diisi
fault-missing-applicant-kind = applicant_kind wajib diisi (individual, group, legal_entity; atau perorangan, kelompok, badan hukum)
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
undo-done = { $case }: langkah { $seq } dibatalkan ({ $what } pada { $on }); kini { $state }
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
