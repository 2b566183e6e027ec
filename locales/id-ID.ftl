# Pesan-pesan sengketa dalam Bahasa Indonesia. Setiap id di sini juga ada di en-US.ftl
# (diuji ke dua arah, dan bahwa kode memakai setiap id). Placeable: { $name }.

error-prefix = galat
hint-prefix = saran

## sengketa man
man-written = { $n } halaman manual ditulis ke { $dir }
man-cannot-write = halaman manual tidak dapat ditulis ke { $dir }: { $why }
