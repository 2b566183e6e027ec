#!/usr/bin/env bash
# Renders a published docket's index.html and jadwal.html in headless Chromium (Debian's
# `chromium`) at desktop width and at a 390 px phone's, and checks that each picture is
# not blank and that no page asked the network for anything (every host name is made
# unresolvable, and Chromium's net log must hold no request of the page's). Then prints
# every kind of page (index, jadwal, putusan, and case pages holding every kind of table) to
# an A4 PDF and checks with pdftotext that no table lost a column: every header cell of
# every table, as the HTML has them, is found on the paper, the cells of one header side
# by side on one line, left to right, and inside the page. Every page goes through one
# Chromium (tests/chromium.py): started once a page, the browsers took most of the time.
#
# Usage: tests/render_publish.sh SITE OUT   (SITE: the folder `sengketa publish` wrote;
#   the PNGs, PDFs and logs go to OUT; `pdftoppm -png OUT/NAME.pdf` to look at a print)
# Exit: 0 all good, 1 a check failed, 77 skipped (no chromium: apt-get install chromium;
#   no pdftotext: apt-get install poppler-utils).
# `cargo test` runs it (test_publish::the_docket_renders_in_chromium).
set -euo pipefail
site=$(cd "$1" && pwd)
mkdir -p "$2"
out=$(cd "$2" && pwd)
command -v chromium >/dev/null 2>&1 || { echo "skipped: no chromium (apt-get install chromium)"; exit 77; }
command -v pdftotext >/dev/null 2>&1 || { echo "skipped: no pdftotext (apt-get install poppler-utils)"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
jobs=$out/jobs.txt
: >"$jobs"

shot() { # shot PAGE NAME WIDTH HEIGHT: queued
  rm -f "$out/$2.png"
  echo "shot $out/$2.png $3 $4 file://$site/$1" >>"$jobs"
}

check_net() { # no page asked the network for anything
  python3 - "$out/netlog.json" <<'PY' || fail "a page asked the network for something"
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

check_shot() { # check_shot PAGE NAME: the picture is not blank
  [ -s "$out/$2.png" ] || fail "no screenshot of $1"
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

print_a4() { # print_a4 PAGE NAME: queued
  rm -f "$out/$2.pdf"
  echo "pdf $out/$2.pdf file://$site/$1" >>"$jobs"
}

check_a4() { # check_a4 PAGE NAME: the tables of PAGE whole on OUT/NAME.pdf
  local page=$site/$1
  [ -s "$out/$2.pdf" ] || fail "no PDF of $1"
  pdftotext -bbox "$out/$2.pdf" "$out/$2.bbox.html"
  python3 - "$page" "$out/$2.bbox.html" "$1" <<'PY' || fail "a table of $1 lost a column on A4"
import html, re, sys
from html.parser import HTMLParser

class Heads(HTMLParser):
    """The header cells' text of every table, table by table."""
    def __init__(self):
        super().__init__()
        self.tables, self.cell = [], None
    def handle_starttag(self, tag, attrs):
        if tag == 'table':
            self.tables.append([])
        elif tag == 'th':
            self.cell = ''
    def handle_endtag(self, tag):
        if tag == 'th' and self.cell is not None:
            self.tables[-1].append(self.cell)
            self.cell = None
    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

heads = Heads()
heads.feed(open(sys.argv[1], encoding='utf-8').read())
tables = [[re.findall(r'\w+', c) for c in t] for t in heads.tables if t]

# The printed words, split as the headers are: (page, x0, y0, x1, y1, word).
words, pages = [], []
for n, (attrs, body) in enumerate(re.findall(r'<page ([^>]*)>(.*?)</page>', open(sys.argv[2], encoding='utf-8').read(), re.S)):
    width = float(re.search(r'width="([\d.]+)"', attrs).group(1))
    height = float(re.search(r'height="([\d.]+)"', attrs).group(1))
    pages.append((width, height))
    for x0, y0, x1, y1, text in re.findall(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>', body):
        for w in re.findall(r'\w+', html.unescape(text)):
            words.append((n, float(x0), float(y0), float(x1), float(y1), w))

def inside(w):
    width, height = pages[w[0]]
    return w[1] >= 0 and w[3] <= width + 0.5 and w[2] >= 0 and w[4] <= height + 0.5

def places(cell):
    """Where a header cell is printed whole: its first word, the others below or beside it
    (a header may wrap), every one inside the page."""
    found = []
    for first in (w for w in words if w[5] == cell[0] and inside(w)):
        page, x, y = first[0], first[1], first[2]
        if all(any(w[5] == rest and w[0] == page and inside(w) and y - 1 <= w[2] <= y + 60
                   and x - 80 <= w[1] <= x + 250 for w in words) for rest in cell[1:]):
            found.append(first)
    return found

bad = 0
for cells in tables:
    label = ' | '.join(' '.join(c) for c in cells)
    spots = [places(c) for c in cells]
    lost = [' '.join(c) for c, s in zip(cells, spots) if not s]
    if lost:
        print(f'{sys.argv[3]}: header cells not on the paper: {lost} (table: {label})', file=sys.stderr)
        bad += 1
        continue
    # One line of the paper holds the whole header, left to right.
    def row(start):
        x = -1.0
        for s in spots:
            nxt = [w for w in s if w[0] == start[0] and abs(w[2] - start[2]) <= 1.5 and w[1] > x]
            if not nxt:
                return False
            x = min(nxt, key=lambda w: w[1])[3]
        return True
    if not any(row(start) for start in spots[0]):
        print(f'{sys.argv[3]}: the header is not one line of the paper: {label}', file=sys.stderr)
        bad += 1
if not tables:
    print(f'{sys.argv[3]}: no table to check', file=sys.stderr)
    sys.exit(1)
if not bad:
    print(f'A4 {sys.argv[3]}: {len(pages)} page(s), {len(tables)} table(s), every header cell in its place')
sys.exit(1 if bad else 0)
PY
}

print_a4 index.html index
print_a4 jadwal.html jadwal
print_a4 putusan.html putusan
# Case pages differ by the tables they hold (hearings, appeals): as few pages as hold
# every kind of table between them, the fullest first.
cases=$(python3 - "$site" <<'PY'
import glob, os, re, sys
kinds = {}
for page in sorted(glob.glob(os.path.join(sys.argv[1], 'perkara', '*.html'))):
    text = open(page, encoding='utf-8').read()
    kinds[page] = {re.sub(r'\s+', ' ', t) for t in re.findall(r'<thead>(.*?)</thead>', text, re.S)}
left = set().union(*kinds.values()) if kinds else set()
while left:
    page = max(sorted(kinds), key=lambda p: len(kinds[p] & left))
    left -= kinds[page]
    print(os.path.relpath(page, sys.argv[1]))
PY
)
[ -n "$cases" ] || fail "no case page with a table"
for page in $cases; do
  print_a4 "$page" "perkara-$(basename "$page" .html)"
done

python3 "$here/chromium.py" --netlog "$out/netlog.json" <"$jobs" >"$out/chromium.log" 2>&1 \
  || { cat "$out/chromium.log" >&2; fail "chromium failed"; }
check_net
for name in index-desktop index-phone; do check_shot index.html $name; done
for name in jadwal-desktop jadwal-phone; do check_shot jadwal.html $name; done
for page in index.html jadwal.html putusan.html; do check_a4 $page "${page%.html}"; done
for page in $cases; do
  check_a4 "$page" "perkara-$(basename "$page" .html)"
done
echo "rendered: $out"
