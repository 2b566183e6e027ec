#!/usr/bin/env bash
# A register filled the way its clerks fill it, one `sengketa` process per step, and the
# time of `verify` on it. Every other benchmark imports its register (three acts); a
# register kept by clerks has an act per step, the shape that found two defects of the
# chain's walk (docs/defects.md) and that `verify` of a commission's real register has.
#
#   bash bench/clerks.sh [N [RUNS]]        N cases (default 1000), RUNS verifies (default 5)
#
# Each case: `case add` (a public body among N/4, a new one for the first case of each;
# the applicant's address, the PPID's, a ground, the date of the request), a note; one in
# five withdrawn; the others qualified, their registration deed issued (`doc
# registration`), a preliminary hearing scheduled and held 14 days after receipt (a day
# off is refused, and the step is left out), two in three decided 30 days after receipt,
# half of those closed. About 6 acts a case. Received dates over 2025-2026; today
# 2026-11-30.
#
# Prints the register's size (cases, acts), then `verify`'s wall and CPU (user +
# system), the median of RUNS. With BASELINE_BIN=PATH the same register is verified by
# that binary too, the two alternating (the register is built by SENGKETA_BIN, or this
# tree's release build; a baseline that needs an older schema cannot read it).
# CLERKS_DB=PATH keeps the register there (and reuses it when it exists).
set -euo pipefail
N=${1:-1000}
RUNS=${2:-5}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
if [[ -n ${SENGKETA_BIN:-} ]]; then
    S=$SENGKETA_BIN
else
    (cd "$ROOT" && cargo build --release >&2)
    S=${CARGO_TARGET_DIR:-$ROOT/target}/release/sengketa
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/sengketa-clerks.XXXXXX")
trap 'rm -rf "$W"' EXIT
export SENGKETA_TODAY=2026-11-30
DB=${CLERKS_DB:-$W/clerks.db}

# The date $1 + $2 days, moved off a weekend.
wd() {
    local d
    d=$(date -d "$1 + $2 days" +%F)
    case $(date -d "$d" +%u) in
        6) d=$(date -d "$d + 2 days" +%F) ;;
        7) d=$(date -d "$d + 1 days" +%F) ;;
    esac
    echo "$d"
}

if [[ ! -e $DB ]]; then
    "$S" --db "$DB" init >/dev/null 2>&1
    "$S" --db "$DB" config set commission-code BEN >/dev/null 2>&1
    "$S" --db "$DB" config set commission-name "Komisi Informasi Bench" >/dev/null 2>&1
    "$S" --db "$DB" config set commission-address "Jl. Bench 1" >/dev/null 2>&1
    "$S" --db "$DB" config set commission-city Jambi >/dev/null 2>&1
    "$S" --db "$DB" config set head-clerk-name "Panitera Bench" >/dev/null 2>&1
    skipped=0
    step() { "$S" --db "$DB" "$@" >/dev/null 2>&1 || skipped=$((skipped + 1)); }
    for ((i = 1; i <= N; i++)); do
        d=$(wd 2025-01-06 $(((i * 7) % 600)))
        n=$("$S" --db "$DB" case add --received "$d" --applicant "Pemohon $i" \
            --applicant-kind individual --body "Dinas $((i % (N / 4 + 1)))" --subject "Dokumen $i" \
            --applicant-address "Jl. $i" --ppid-address "Jl. PPID" --ground a --requested "$d" \
            2>/dev/null)
        step case note "$n" "telepon $i"
        if ((i % 5 == 0)); then
            step case withdraw "$n" --on "$(wd "$d" 3)"
            continue
        fi
        step case qualify "$n" --on "$(wd "$d" 2)"
        step doc registration "$n" --item "Surat $i" -o "$W/paper.html"
        step hearing schedule "$n" --on "$(wd "$d" 14)" --kind preliminary
        step hearing held "$n" 1 --applicant present --respondent present
        ((i % 3 == 0)) && continue
        step case decide "$n" --via adjudication --outcome granted --on "$(wd "$d" 30)"
        ((i % 2 == 0)) && step case close "$n"
    done
    echo "steps refused (a hearing on a day off, and what follows it): $skipped" >&2
fi
cases=$(sqlite3 "$DB" "SELECT count(*) FROM cases")
acts=$(sqlite3 "$DB" "SELECT count(*) FROM acts")
echo "register: $cases cases, $acts acts"

# Wall and CPU seconds of one verify by binary $1.
once() {
    /usr/bin/time -f "%e %U %S" -o "$W/t" "$1" --db "$DB" verify >/dev/null 2>&1 \
        || { echo "verify failed with $1" >&2; exit 1; }
    awk '{printf "%s %.3f\n", $1, $2 + $3}' "$W/t"
}
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
: >"$W/tool"
: >"$W/base"
for ((r = 0; r < RUNS; r++)); do
    once "$S" >>"$W/tool"
    [[ -n ${BASELINE_BIN:-} ]] && once "$BASELINE_BIN" >>"$W/base"
done
report() {
    printf '%s: verify %s s wall, %s s CPU (median of %s)\n' "$1" \
        "$(cut -d' ' -f1 "$2" | median)" "$(cut -d' ' -f2 "$2" | median)" "$RUNS"
}
report "$S" "$W/tool"
[[ -n ${BASELINE_BIN:-} ]] && report "$BASELINE_BIN" "$W/base"
exit 0
