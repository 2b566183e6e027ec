# Pesan-pesan sengketa dalam Bahasa Indonesia. Setiap id di sini juga ada di en-US.ftl
# (diuji ke dua arah, dan bahwa kode memakai setiap id). Placeable: { $name }.

error-prefix = galat
hint-prefix = saran

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
