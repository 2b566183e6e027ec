#!/usr/bin/env bash
# Renders sengketa's HTML report of the Jambi fixture (in Indonesian, with the
# commission's name and logo) in headless Chromium (Debian's `chromium`), as on a desktop
# and as on a 390 px phone, and checks that each picture is not blank and that the report
# loads nothing from the network: no URL in the file, every host name unresolvable for
# Chromium, and no request of the page's in Chromium's net log (Chromium's own background
# requests, which also fail, are not the page's). On the phone no text (the charts' SVG
# text included) is drawn smaller than 11 px, measured in Chromium by a copy of the page
# with a script that reads every text's computed size and the SVG's scale; printed to an
# A4 PDF, pdftotext finds every word of every table header (no column cut off).
#
# Usage: tests/render_report.sh [DIR]   (the report and the PNGs go to DIR, else a temp dir)
#   SENGKETA=path/to/sengketa to use that binary (else `cargo build` makes one)
# Exit: 0 all good, 1 a check failed, 77 skipped (no chromium: apt-get install chromium;
# no pdftotext: apt-get install poppler-utils).
# `cargo test` runs it (test_report::the_report_renders_in_chromium) where chromium is, and
# fails without it under CI=true (tests/common/tools.rs); .ci/run installs it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if ! command -v chromium >/dev/null 2>&1; then
  echo "skipped: no chromium (apt-get install chromium)"
  exit 77
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "skipped: no pdftotext (apt-get install poppler-utils)"
  exit 77
fi
bin=${SENGKETA:-}
if [ -z "$bin" ]; then
  cargo build --quiet --manifest-path "$here/Cargo.toml"
  bin=$here/target/debug/sengketa
fi

export SENGKETA_TODAY=2026-11-29 SENGKETA_NOW=2026-11-29T08:00:00Z
export SENGKETA_DB=$out/register.db
rm -f "$SENGKETA_DB" "$SENGKETA_DB-wal" "$SENGKETA_DB-shm"
"$bin" init >/dev/null
"$bin" config set commission-code JBI >/dev/null
"$bin" config set commission-name "Komisi Informasi Provinsi Jambi" >/dev/null
# A 1x1 PNG as the logo: it goes into the page as a data: URI.
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82' >"$out/logo.png"
"$bin" config set commission-logo "$out/logo.png" >/dev/null
"$bin" import "$here/fixtures/jambi-2017-2018.csv"
"$bin" report --lang "${REPORT_LANG:-id}" --as-of 2018-06-30 -o "$out/report.html"
html=$out/report.html

fail() { echo "FAIL: $*" >&2; exit 1; }

# Nothing to fetch: no script, stylesheet, image, frame or font from elsewhere, no URL.
# (The logo is the one image, inside the page as a data: URI.)
if grep -Eiq '<(script|link|iframe|object|embed)|url\(|@import|https?:|(src|href)[[:space:]]*=[[:space:]]*"[^#d"]' "$html"; then
  fail "the report refers to something outside itself: $(grep -Eio '<(script|link|iframe|object|embed)[^>]*|url\([^)]*|@import|https?:[^" ]*|(src|href)="[^#d"][^"]*' "$html" | head -3)"
fi
if grep -Eo '<img [^>]*' "$html" | grep -Evq 'src="data:image/'; then
  fail "an image not inside the page"
fi
grep -q 'Content-Security-Policy' "$html" || fail "no Content-Security-Policy"

check_net() { # no page asked the network for anything
  python3 - "$out/netlog.json" <<'PY' || fail "the page asked the network for something"
import json, sys
log = json.load(open(sys.argv[1]))
# A request the page made is keyed to its origin (file://); Chromium's own are not.
asked = sorted({e['params']['url'] for e in log['events']
                if 'file://' in str(e.get('params', {}).get('network_isolation_key', ''))
                and not e['params'].get('url', 'file:').startswith('file:')})
for url in asked:
    print('the page asked for', url, file=sys.stderr)
sys.exit(1 if asked else 0)
PY
}

check_shot() { # check_shot NAME: the picture is neither blank nor short of colours
  [ -s "$out/$1.png" ] || fail "no screenshot"
  python3 - "$out/$1.png" <<'PY'
import struct, sys, zlib
path = sys.argv[1]
data = open(path, 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat = 8, b''
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR':
        w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
    elif kind == b'IDAT':
        idat += body
    pos += 12 + n
assert depth == 8 and ctype in (2, 6), f'unexpected PNG format {depth}/{ctype}'
bpp = 3 if ctype == 2 else 4
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
nonwhite, colours = 0, set()
for y in range(h):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    if f == 1:
        for i in range(bpp, stride):
            line[i] = (line[i] + line[i - bpp]) & 255
    elif f == 2:
        line = bytearray((a + b) & 255 for a, b in zip(line, prev))
    elif f == 3:
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
    elif f == 4:
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            line[i] = (line[i] + pr) & 255
    for x in range(0, stride, bpp * 2):  # every other pixel is plenty
        px = bytes(line[x:x + 3])
        if px != b'\xff\xff\xff':
            nonwhite += 1
            if len(colours) < 64:
                colours.add(px)
    prev = line
share = nonwhite / (w * h / 2)
print(f'{path}: {w}x{h}, {share:.1%} not white, {len(colours)}+ colours')
assert share > 0.03, 'the page is (nearly) blank'
assert len(colours) >= 8, 'too few colours for text and charts'
PY
}


# On a 390 px phone no text smaller than 11 px: a copy of the page with a script (and a
# policy letting it run) measures every element with text of its own, SVG text at the
# scale its chart is drawn, and writes the smallest into the DOM Chromium dumps.
measure=$out/measure.html
python3 - "$html" "$measure" <<'PY'
import sys
page = open(sys.argv[1], encoding='utf-8').read()
page = page.replace("default-src 'none'; style-src 'unsafe-inline'",
                    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'")
js = '''<script>
var small = [], least = 1e9;
document.querySelectorAll('body *').forEach(function (el) {
  var own = Array.prototype.some.call(el.childNodes, function (n) {
    return n.nodeType === 3 && n.textContent.trim() !== '';
  });
  if (!own) return;
  var box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return;
  var size = parseFloat(getComputedStyle(el).fontSize);
  if (el instanceof SVGElement && el.getScreenCTM) {
    var m = el.getScreenCTM();
    size *= Math.sqrt(m.a * m.a + m.b * m.b);  // turned text too
  }
  if (size < least) least = size;
  if (size < 10.95) small.push(el.tagName + ' ' + size.toFixed(2) + ' ' + el.textContent.trim().slice(0, 30));
});
document.body.setAttribute('data-least', least.toFixed(2));
document.body.setAttribute('data-small', small.slice(0, 5).join(' | '));
</script></body>'''
open(sys.argv[2], 'w', encoding='utf-8').write(page.replace('</body>', js))
PY

# Every page through one Chromium (tests/chromium.py): started once a page, the browsers
# took most of the time. The pictures at a desktop's width and a phone's, the measure
# on the phone, the print on A4.
rm -f "$out/report.png" "$out/report-phone.png" "$out/measure.dom" "$out/report.pdf"
python3 "$here/tests/chromium.py" --netlog "$out/netlog.json" >"$out/chromium.log" 2>&1 <<JOBS \
  || { cat "$out/chromium.log" >&2; fail "chromium failed"; }
shot $out/report.png 1000 1400 file://$html
shot $out/report-phone.png 390 1400 file://$html
dom $out/measure.dom 390 1400 file://$measure
pdf $out/report.pdf file://$html
JOBS
check_net
check_shot report
check_shot report-phone
least=$(grep -o 'data-least="[0-9.]*"' "$out/measure.dom" | grep -o '[0-9.]*' || true)
[ -n "$least" ] || fail "the measure did not run"
python3 -c "import sys; sys.exit(0 if float('$least') >= 10.95 else 1)" \
  || fail "text of $least px on a phone: $(grep -o 'data-small="[^"]*"' "$out/measure.dom")"
echo "phone: the smallest text is $least px"

# Printed on A4: every word of every table's header is in the PDF's text.
[ -s "$out/report.pdf" ] || fail "no PDF"
pdftotext "$out/report.pdf" "$out/report.txt"
python3 - "$html" "$out/report.txt" <<'PY' || fail "a table header is missing from the printed page"
import html as h, re, sys
page = open(sys.argv[1], encoding='utf-8').read()
text = open(sys.argv[2], encoding='utf-8').read()
words = set(re.findall(r'\w+', text))
heads = [h.unescape(t) for t in re.findall(r'<th [^>]*>([^<]*)</th>', page)]
missing = sorted({w for t in heads for w in re.findall(r'\w+', t) if w not in words})
for w in missing:
    print('not in the PDF:', w, file=sys.stderr)
print(f'A4: {len(heads)} headers, every word in the PDF' if not missing else '', end='')
sys.exit(1 if missing else 0)
PY
echo
echo "ok: $out/report.png, $out/report-phone.png, $out/report.pdf"
