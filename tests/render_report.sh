#!/usr/bin/env bash
# Renders sengketa's HTML report of the Jambi fixture in headless Chromium (Debian's
# `chromium`), as on a desktop and as on a phone, and checks that each picture is not
# blank and that the report loads nothing from the network: no URL in the file, every
# host name unresolvable for Chromium, and no request of the page's in Chromium's net log
# (Chromium's own background requests, which also fail, are not the page's).
#
# Usage: tests/render_report.sh [DIR]   (the report and the PNGs go to DIR, else a temp dir)
#   SENGKETA=path/to/sengketa to use that binary (else `cargo build` makes one)
# Exit: 0 all good, 1 a check failed, 77 skipped (no chromium: apt-get install chromium).
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
"$bin" import "$here/fixtures/jambi-2017-2018.csv"
"$bin" report --lang "${REPORT_LANG:-en}" -o "$out/report.html"
html=$out/report.html

fail() { echo "FAIL: $*" >&2; exit 1; }

# Nothing to fetch: no script, stylesheet, image, frame or font from elsewhere, no URL.
if grep -Eiq '<(script|link|img|iframe|object|embed)|url\(|@import|https?:|(src|href)[[:space:]]*=[[:space:]]*"[^#"]' "$html"; then
  fail "the report refers to something outside itself: $(grep -Eio '<(script|link|img|iframe|object|embed)[^>]*|url\([^)]*|@import|https?:[^" ]*|(src|href)="[^#"][^"]*' "$html" | head -3)"
fi

shot() { # shot NAME WIDTH HEIGHT
  local log=$out/$1.log
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --no-first-run --no-default-browser-check \
    --host-resolver-rules="MAP * ~NOTFOUND" --log-net-log="$out/$1.netlog.json" \
    --user-data-dir="$(mktemp -d)" --hide-scrollbars \
    --screenshot="$out/$1.png" --window-size="$2,$3" "file://$html" >"$log" 2>&1 \
    || { cat "$log" >&2; fail "chromium failed"; }
  [ -s "$out/$1.png" ] || { cat "$log" >&2; fail "no screenshot"; }
  python3 - "$out/$1.netlog.json" "file://$html" <<'PY' || fail "the page asked the network for something"
import json, sys
log, page = json.load(open(sys.argv[1])), sys.argv[2]
# A request the page made is keyed to its origin (file://); Chromium's own are not.
asked = sorted({e['params']['url'] for e in log['events']
                if 'file://' in str(e.get('params', {}).get('network_isolation_key', ''))
                and not e['params'].get('url', 'file:').startswith('file:')})
for url in asked:
    print('the page asked for', url, file=sys.stderr)
sys.exit(1 if asked else 0)
PY
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

shot report 1000 1400
shot report-phone 400 1400
echo "ok: $out/report.png, $out/report-phone.png"
