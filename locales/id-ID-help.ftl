# Bantuan baris perintah dalam Bahasa Indonesia (bantuan bahasa Inggris adalah komentar
# dokumentasi di kode). Kunci: help-JALUR untuk ringkasan perintah (JALUR: nama-nama
# perintah dirangkai dengan "-", "sengketa" untuk puncaknya), help-JALUR-long untuk
# bantuan panjang, help-JALUR--ARG untuk sebuah argumen. Sebuah uji memastikan setiap
# perintah dan argumen punya bantuan di sini, dan tidak ada kunci yang tak bertuan.
