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

## Membuka register
store-network-fs = { $path } berada di sistem berkas jaringan ({ $fstype }): WAL SQLite, yang menjaga register tetap aman saat beberapa panitera menulis, memerlukan memori bersama di satu komputer, dan register yang dipakai melalui berbagi jaringan dapat rusak
store-network-fs-hint = salin register ke disk lokal komputer yang menjalankan sengketa; panitera di komputer lain menjangkaunya di sana lewat SSH (ssh panitera@server sengketa case add ...). --allow-network-fs tetap membukanya, aman hanya bila tidak ada dua komputer yang memakainya bersamaan
