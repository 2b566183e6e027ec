#!/usr/bin/env bash
# Renders a published docket's index.html and jadwal.html in headless Chromium (Debian's
# `chromium`) at desktop width and at a 390 px phone's, and checks that each picture is
# not blank and that no page asked the network for anything (every host name is made
# unresolvable, and Chromium's net log must hold no request of the page's).
#
# Usage: tests/render_publish.sh SITE OUT   (SITE: the folder `sengketa publish` wrote;
#   the PNGs and logs go to OUT)
# Exit: 0 all good, 1 a check failed, 77 skipped (no chromium: apt-get install chromium).
# `cargo test` runs it (test_publish::the_docket_renders_in_chromium).
set -euo pipefail
site=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
command -v chromium >/dev/null 2>&1 || { echo "skipped: no chromium (apt-get install chromium)"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

shot() { # shot PAGE NAME WIDTH HEIGHT
  local page=file://$site/$1 log=$out/$2.log
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --no-first-run --no-default-browser-check \
    --host-resolver-rules="MAP * ~NOTFOUND" --log-net-log="$out/$2.netlog.json" \
    --user-data-dir="$(mktemp -d)" --hide-scrollbars \
    --screenshot="$out/$2.png" --window-size="$3,$4" "$page" >"$log" 2>&1 \
    || { cat "$log" >&2; fail "chromium failed on $1"; }
  [ -s "$out/$2.png" ] || { cat "$log" >&2; fail "no screenshot of $1"; }
  python3 - "$out/$2.netlog.json" <<'PY' || fail "$1 asked the network for something"
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
  python3 - "$out/$2.png" <<'PY' || fail "the picture of $1 is blank"
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
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
raw = zlib.decompress(idat)
bpp = 3 if ctype == 2 else 4
stride = 1 + w * bpp
# Rows that are not all one colour: text and rules drawn, not a blank page.
inked = sum(1 for y in range(h) if len(set(raw[y * stride + 1:(y + 1) * stride])) > 2)
sys.exit(0 if inked > h // 20 else 1)
PY
}

shot index.html index-desktop 1280 1400
shot index.html index-phone 390 1400
shot jadwal.html jadwal-desktop 1280 900
shot jadwal.html jadwal-phone 390 1400
echo "rendered: $out"
