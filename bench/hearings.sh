#!/usr/bin/env bash
# `hearings import` of H hearings all of one case, into a register holding that one case:
# the shape that was quadratic (each row re-read every hearing of its case). Prints the
# wall time, the rows a second and the peak RSS. Usage:
#
#   bash bench/hearings.sh [H]        # H default 1000000
#
# SENGKETA_BIN=PATH benchmarks that binary; otherwise this tree's release build is built.
# bench/run.sh calls it with H = its N (BENCH_HEARINGS=H to choose, 0 to skip).
set -euo pipefail
H=${1:-1000000}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
if [[ -n ${SENGKETA_BIN:-} ]]; then
    TOOL=$SENGKETA_BIN
else
    (cd "$ROOT" && cargo build --release >&2)
    TOOL=${CARGO_TARGET_DIR:-$ROOT/target}/release/sengketa
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/sengketa-hearings.XXXXXX")
trap 'rm -rf "$W"' EXIT
export SENGKETA_TODAY=2026-11-29
DB=$W/h.db
"$TOOL" --db "$DB" init >/dev/null 2>&1
"$TOOL" --db "$DB" config set commission-code BEN >/dev/null 2>&1
"$TOOL" --db "$DB" case add --received 2000-01-03 --applicant 'Bench User' \
    --applicant-kind individual --body 'Dinas Bench' --subject bench >/dev/null 2>&1
NO=$(sqlite3 "$DB" "SELECT register_no FROM cases")
# Held hearings on the working days from 2000-01-04 on (no hearing is set on a weekend or
# a day of the register's calendar: holidays, collective leave), one a day up to 6,600
# hearings (the working days before today), a few a day above: all in the past, none
# before the case's receipt. Several a day of one case was the shape whose clash check
# read every hearing of the case for each row (quadratic: 13,000 rows, two a day, took
# 36 s against 0.9 s for 6,600; 2.5 s since the fix, docs/defects.md).
sqlite3 "$DB" "SELECT date FROM calendar" >"$W/off.txt"
python3 - "$H" "$NO" "$W/hearings.csv" "$W/off.txt" <<'PY'
import datetime, sys
h, no, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
off = set(open(sys.argv[4]).read().split())
per_day = max(1, -(-h // 6600))
days, d = [], datetime.date(2000, 1, 4)
while len(days) * per_day < h:
    if d.weekday() < 5 and d.isoformat() not in off:
        days.append(d.isoformat())
    d += datetime.timedelta(days=1)
with open(out, "w") as f:
    f.write("register_no,hearing_no,kind,first_on,on_date,at,room,panel,status,applicant,respondent,reason\n")
    for i in range(1, h + 1):
        d = days[(i - 1) // per_day]
        f.write(f"{no},{i},adjudication,{d},{d},,,,held,present,present,\n")
PY
t0=$(date +%s.%N)
/usr/bin/time -v -o "$W/time.txt" "$TOOL" --db "$DB" hearings import "$W/hearings.csv" >/dev/null
t1=$(date +%s.%N)
got=$(sqlite3 "$DB" "SELECT count(*) FROM hearings")
[[ $got == "$H" ]] || { echo "hearings.sh: the import left $got hearings, not $H" >&2; exit 1; }
kb=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$W/time.txt")
awk -v h="$H" -v t0="$t0" -v t1="$t1" -v kb="$kb" 'BEGIN {
    s = t1 - t0
    printf "hearings import, %d hearings of one case: %.2f s, %.0f rows/s, peak RSS %.1f MB\n", h, s, h / s, kb / 1024
}'
# The case read back whole: its history shown, and the register verified (each replays
# the case's history; both were quadratic in its hearings, docs/defects.md).
for what in show verify; do
    if [[ $what == show ]]; then args=(case show "$NO"); else args=(verify); fi
    /usr/bin/time -f '%e %M' -o "$W/time.txt" "$TOOL" --db "$DB" "${args[@]}" >/dev/null 2>&1 \
        || { echo "hearings.sh: ${args[*]} failed" >&2; exit 1; }
    read -r s kb <"$W/time.txt"
    printf '%s of that case (%d hearings): %.2f s, peak RSS %.1f MB\n' \
        "${args[0]}${args[1]:+ ${args[1]}}" "$H" "$s" "$(awk -v kb="$kb" 'BEGIN {print kb / 1024}')"
done
