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
