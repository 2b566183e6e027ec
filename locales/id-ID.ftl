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
