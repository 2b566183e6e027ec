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
help-env = variabel lingkungan
help-routes = Jalur putusan dan amar yang dapat dimilikinya:
