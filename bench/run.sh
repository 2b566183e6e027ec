#!/usr/bin/env bash
# Benchmark of sengketa against plain sqlite3 baselines, a Rust start-up floor
# and Taskwarrior: import, export, recap, the small commands, and the deadlines
# (`case list --overdue`, `agenda`, `recap --times`).  Usage:
#
#   bash bench/run.sh [N]          # N cases, default 1000000
#
# Environment:
#   BENCH_QUICK=1       only N rows (no 10k/100k growth series)
#   BENCH_NO_BUILD=1    do not run `cargo build --release` for the tool
#   SENGKETA_BIN=PATH   benchmark this binary (implies no build of the tool)
#   BENCH_ROUNDS=R      rounds for the big (>200k rows) import/export (default 3)
#   BENCH_VALIDATE=1    check every generated row against the path rules
#   BENCH_RESULTS=PATH  where to write the Markdown results (default bench/results.md)
#   BENCH_KEEP=1        keep the temporary work directory
#   BENCH_HEARINGS=H    hearings of one case for bench/hearings.sh (default N up to 6600, 0 skips)
#   BENCH_ONLY=LIST     only these groups, comma-separated, of: import beside export recap
#                       small deadlines hearings asof verify (default all; the register of N
#                       rows is always imported once, for the groups that read it)
#   BENCH_ASOF=DATE     the date of the recap --as-of row (default 2019-06-30)
#   TMPDIR              where the work directory is made (needs ~2.5 kB per row)
#
# Tool and baseline run in alternating rounds (odd rounds tool first, even
# rounds baseline first); each round is one hyperfine call with --export-json,
# and the rounds are merged by bench/summarize.py.
set -euo pipefail

N=${1:-1000000}
if ! [[ $N =~ ^[0-9]+$ ]] || ((N < 1000)); then
    echo "usage: bash bench/run.sh [N]   (N >= 1000, default 1000000)" >&2
    exit 2
fi
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
export SENGKETA_TODAY=2026-11-29
QUICK=${BENCH_QUICK:-0}
RESULTS=${BENCH_RESULTS:-$HERE/results.md}
START=$SECONDS

ONLY=${BENCH_ONLY:-}
# want GROUP: whether BENCH_ONLY asks for that group (all when it is unset)
want() { [[ -z $ONLY || ,$ONLY, == *",$1,"* ]]; }
log() { printf '\n== %s  [%ds]\n' "$*" "$((SECONDS - START))"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
q() { printf '%q' "$1"; }
# single-quote a word for hyperfine -N (POSIX shell-words splitting, no shell)
sq() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }
version_ge() { [[ $(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1) == "$2" ]]; }

# --- 1. tools -----------------------------------------------------------------
need=()
have sqlite3 || need+=(sqlite3)
have hyperfine || need+=(hyperfine)
[[ -x /usr/bin/time ]] || need+=(time)
have task || need+=(taskwarrior)
have python3 || need+=(python3)
have strace || need+=(strace)
if ((${#need[@]})); then
    [[ $(id -u) -eq 0 ]] || die "missing ${need[*]}: run as root (apt-get) or install them"
    log "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y "${need[@]}"
fi
SQLITE_VERSION=$(sqlite3 --version | cut -d' ' -f1)
version_ge "$SQLITE_VERSION" 3.32.0 || die "sqlite3 $SQLITE_VERSION is too old (.import --skip needs 3.32)"
TASK_VERSION=$(task --version 2>/dev/null || echo 0)
version_ge "$TASK_VERSION" 2.6.0 || die "Taskwarrior $TASK_VERSION is too old (need 2.6+)"
have cargo || die "cargo not found: install the Rust toolchain"

# --- 2. build -------------------------------------------------------------------
if [[ -n ${SENGKETA_BIN:-} ]]; then
    TOOL=$SENGKETA_BIN
else
    TOOL=${CARGO_TARGET_DIR:-$ROOT/target}/release/sengketa
    if [[ ${BENCH_NO_BUILD:-0} != 1 ]]; then
        log "cargo build --release"
        # from the repository, so that its .cargo/config.toml (SQLite build options) applies
        (cd "$ROOT" && cargo build --release)
    fi
fi
[[ -x $TOOL ]] || die "no tool binary at $TOOL"
log "building the start-up floor (bench/floor)"
CARGO_TARGET_DIR=$HERE/floor/target cargo build --release --manifest-path "$HERE/floor/Cargo.toml"
FLOOR=$HERE/floor/target/release/floor
BENCH_TOOL_VERSION=$("$TOOL" --version 2>/dev/null | head -n1 || true)
export BENCH_TOOL_VERSION

# --- work directory -------------------------------------------------------------
W=$(mktemp -d "${TMPDIR:-/tmp}/sengketa-bench.XXXXXX")
cleanup() {
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then echo "kept $W"; else rm -rf "$W"; fi
}
trap cleanup EXIT
RES=$W/res
mkdir -p "$RES"
avail_kb=$(df -Pk "$W" | awk 'NR==2 {print $4}')
need_kb=$((N * 25 / 10 + 100000))
((avail_kb >= need_kb)) || echo "warning: $W has $((avail_kb / 1024)) MB free, about $((need_kb / 1024)) MB are needed" >&2

if [[ $QUICK == 1 ]]; then
    SIZES=("$N")
else
    SIZES=()
    for s in 10000 100000; do ((s < N)) && SIZES+=("$s"); done
    SIZES+=("$N")
fi
SIZES_CSV=$(IFS=,; echo "${SIZES[*]}")

cat >"$W/baseline.sql" <<'EOF'
CREATE TABLE t (
    register_no TEXT, received_on TEXT, applicant TEXT, applicant_kind TEXT,
    public_body TEXT, subject TEXT, qualified_on TEXT, not_qualified_on TEXT,
    not_qualified_reason TEXT, withdrawn_on TEXT, decided_on TEXT,
    decision_via TEXT, decision_outcome TEXT, decision_no TEXT, closed_on TEXT
);
CREATE UNIQUE INDEX t_register_no ON t(register_no);
CREATE INDEX t_received_on ON t(received_on);
EOF
EXPORT_SQL="SELECT c.register_no, c.received_on, c.applicant, c.applicant_kind, b.name, c.subject, c.qualified_on, c.not_qualified_on, c.not_qualified_reason, c.withdrawn_on, c.decided_on, c.decision_via, c.decision_outcome, c.decision_no, c.closed_on FROM cases c JOIN bodies b ON b.id = c.body_id ORDER BY c.year, c.serial"
RECAP_SQL="SELECT year, count(*) FROM cases GROUP BY year"

rm_db() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

# A fresh, empty register made by the tool.
tool_init() {
    rm_db "$1"
    "$TOOL" --db "$1" init >/dev/null
    "$TOOL" --db "$1" config set commission-code BEN >/dev/null
}

# Run the tool once, showing its output if it fails.
smoke() {
    local out
    if ! out=$("$@" 2>&1); then
        printf '%s\n' "$out" | tail -n 20 >&2
        die "failed: $*"
    fi
}

# peak_rss OP ROWS WHO STDOUT CMD...  -> appends "op rows who kB" to mem.tsv
peak_rss() {
    local op=$1 rows=$2 who=$3 out=$4 kb
    shift 4
    if ! /usr/bin/time -v -o "$W/time.txt" "$@" >"$out" 2>"$W/stderr.txt"; then
        tail -n 20 "$W/stderr.txt" >&2
        die "failed: $*"
    fi
    kb=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$W/time.txt")
    printf '%s\t%s\t%s\t%s\n' "$op" "$rows" "$who" "$kb" >>"$RES/mem.tsv"
    printf '   peak RSS %-6s %9s rows %-8s %7.1f MB\n' "$op" "$rows" "$who" "$(awk -v kb="$kb" 'BEGIN {print kb / 1024}')"
}

# hf ID ROUNDS RUNS WARMUP NAME PREPARE COMMAND [NAME PREPARE COMMAND]...
# Commands and PREPAREs run without a shell (hyperfine -N, words split like a
# POSIX shell would); an empty PREPARE means none.  Rounds alternate the order
# of the commands; warm-up runs happen in round 1 only.
hf() {
    local id=$1 rounds=$2 runs=$3 warmup=$4
    shift 4
    local -a names=() preps=() cmds=() files=() order=() args=()
    while (($#)); do
        names+=("$1") preps+=("$2") cmds+=("$3")
        shift 3
    done
    local r k anyprep=0
    for k in "${!preps[@]}"; do [[ -n ${preps[k]} ]] && anyprep=1; done
    for ((r = 1; r <= rounds; r++)); do
        order=()
        if ((r % 2)); then
            for ((k = 0; k < ${#names[@]}; k++)); do order+=("$k"); done
        else
            for ((k = ${#names[@]} - 1; k >= 0; k--)); do order+=("$k"); done
        fi
        args=(-N --style none --runs "$runs" --export-json "$RES/$id.r$r.json")
        ((r == 1 && warmup > 0)) && args+=(--warmup "$warmup")
        for k in "${order[@]}"; do
            args+=(--command-name "${names[k]}")
            ((anyprep)) && args+=(--prepare "${preps[k]:-true}")
        done
        for k in "${order[@]}"; do args+=("${cmds[k]}"); done
        printf '   %s: round %d/%d (%d run(s) each)\n' "$id" "$r" "$rounds" "$runs"
        hyperfine "${args[@]}"
        files+=("$RES/$id.r$r.json")
    done
    python3 "$HERE/summarize.py" merge "$RES/$id.json" "${files[@]}"
}

log "sengketa benchmark: N=$N, sizes ${SIZES[*]}, tool $TOOL ${BENCH_TOOL_VERSION:+($BENCH_TOOL_VERSION)}, work dir $W"

# --- 3. per size: import, export, recap -----------------------------------------
for S in "${SIZES[@]}"; do
    CSV=$W/reg-$S.csv
    REG=$W/reg-$S.db
    log "$S rows: generating the register CSV"
    python3 "$HERE/gen_register.py" "$S" "$CSV"
    if [[ ${BENCH_VALIDATE:-0} == 1 ]]; then
        python3 "$HERE/validate_register.py" "$CSV"
    fi

    if ((S <= 20000)); then
        rounds=3 runs=5 ex_warm=1 rc_runs=6
    elif ((S <= 200000)); then
        rounds=3 runs=2 ex_warm=1 rc_runs=3
    else
        rounds=${BENCH_ROUNDS:-3} runs=1 ex_warm=0 rc_runs=1
    fi

    log "$S rows: import (the register for export/recap; peak RSS)"
    tool_init "$REG"
    t0=$SECONDS
    peak_rss import "$S" tool /dev/null "$TOOL" --db "$REG" import "$CSV"
    if ((SECONDS - t0 >= 30)); then
        printf '   one tool import took %d s: the %d import round(s) will take about %d s\n' \
            "$((SECONDS - t0))" "$rounds" "$(((SECONDS - t0) * rounds * runs))"
    fi
    got=$(sqlite3 "$REG" "SELECT count(*) FROM cases" 2>&1) || true
    [[ $got == "$S" ]] || die "tool import of $S rows left $got cases"
    rm_db "$W/mem-base.db"
    sqlite3 "$W/mem-base.db" <"$W/baseline.sql"
    peak_rss import "$S" baseline /dev/null sqlite3 "$W/mem-base.db" ".import --csv --skip 1 $CSV t"
    rm_db "$W/mem-base.db"

    FRESH=$W/fresh-$S.db
    FRESH2=$W/fresh2-$S.db
    cat >"$W/prep-tool.sh" <<EOF
rm -f $(q "$FRESH") $(q "$FRESH-wal") $(q "$FRESH-shm") $(q "$FRESH-journal")
$(q "$TOOL") --db $(q "$FRESH") init >/dev/null
$(q "$TOOL") --db $(q "$FRESH") config set commission-code BEN >/dev/null
EOF
    cat >"$W/prep-base.sh" <<EOF
rm -f $(q "$FRESH2") $(q "$FRESH2-wal") $(q "$FRESH2-shm") $(q "$FRESH2-journal")
sqlite3 $(q "$FRESH2") <$(q "$W/baseline.sql")
EOF
    # The write floor: the rows of the register the tool imported (REG), written again
    # by bench/floor without the tool's rules; it times its own write (FLOOR_LOG).
    FLOORDB=$W/floor-$S.db
    if want import; then
        export FLOOR_LOG=$RES/floor-$S.log
        hf "import-$S" "$rounds" "$runs" 0 \
            tool "bash $(sq "$W/prep-tool.sh")" "$(sq "$TOOL") --db $(sq "$FRESH") import $(sq "$CSV")" \
            baseline "bash $(sq "$W/prep-base.sh")" "sqlite3 $(sq "$FRESH2") $(sq ".import --csv --skip 1 $CSV t")" \
            floor "rm -f $(sq "$FLOORDB") $(sq "$FLOORDB-wal") $(sq "$FLOORDB-shm")" "$(sq "$FLOOR") write $(sq "$REG") $(sq "$FLOORDB")"
        unset FLOOR_LOG
        python3 - "$RES/floor-$S.log" <<'PY'
import statistics, sys
w = [l.split() for l in open(sys.argv[1]) if l.startswith("write")]
print(f"   floor write: median {statistics.median(float(x[1]) for x in w):.3f} s wall, "
      f"{statistics.median(float(x[2]) for x in w):.3f} s CPU ({w[0][3]} rows, n={len(w)})")
PY
    fi
    rm_db "$FRESH"
    rm_db "$FRESH2"
    rm_db "$FLOORDB"
    # The import beside its baselines, one per core at the same time (bench/beside.sh):
    # the ratios of a machine whose speed moves while the rounds above run.
    if want beside && ((S == N)); then
        log "$S rows: import beside sqlite3 .import and the write floor (one per core)"
        bash "$HERE/beside.sh" "$TOOL" "$CSV" "$REG" "$FLOOR" "$rounds" "$W" | tee "$RES/beside.txt"
    fi

    if want export; then
    log "$S rows: export"
    peak_rss export "$S" tool /dev/null "$TOOL" --db "$REG" export -o "$W/x.csv"
    peak_rss export "$S" baseline "$W/y.csv" sqlite3 -csv "$REG" "$EXPORT_SQL"
    if ((S == N)); then
        python3 "$HERE/summarize.py" roundtrip "$CSV" "$W/x.csv" "$RES/roundtrip.txt"
    fi
    # baseline: same as `sqlite3 -csv REG.db "$EXPORT_SQL" > y.csv`, written
    # through sqlite3's .output so that no shell is needed around it
    hf "export-$S" "$rounds" "$runs" "$ex_warm" \
        tool "" "$(sq "$TOOL") --db $(sq "$REG") export -o $(sq "$W/x.csv")" \
        baseline "" "sqlite3 -csv -cmd $(sq ".output $W/y.csv") $(sq "$REG") $(sq "$EXPORT_SQL")"
    rm -f "$W/x.csv" "$W/y.csv"
    fi

    if want recap; then
    log "$S rows: recap"
    smoke "$TOOL" --db "$REG" recap --format csv
    hf "recap-$S" 5 "$rc_runs" 1 \
        tool "" "$(sq "$TOOL") --db $(sq "$REG") recap --format csv" \
        baseline "" "sqlite3 $(sq "$REG") $(sq "$RECAP_SQL")"
    fi

    if ((S != N)); then
        rm -f "$CSV"
        rm_db "$REG"
    fi
done

# --- 4. small commands at N rows -------------------------------------------------
REG=$W/reg-$N.db
if want small; then
log "small commands on the $N-row register"
SMALL=$W/small.db
for f in "$REG" "$REG-wal" "$REG-shm"; do
    [[ -e $f ]] && cp "$f" "$SMALL${f#"$REG"}"
done
ADD_ARGS=(case add --received 2025-06-02 --applicant "Bench User" --applicant-kind individual --body "Dinas Bench" --subject bench)
smoke "$TOOL" --db "$SMALL" "${ADD_ARGS[@]}"
smoke "$TOOL" --db "$SMALL" case show 2020/17
smoke "$TOOL" --db "$SMALL" case list --year 2020 --state qualified --limit 50
smoke "$FLOOR" "$SMALL"

log "Taskwarrior: a data dir with 10,000 tasks"
TW=$W/task
mkdir -p "$TW/data"
cat >"$TW/taskrc" <<EOF
data.location=$TW/data
confirmation=no
verbose=nothing
hooks=0
news.version=$TASK_VERSION
EOF
python3 - "$TW/tasks.json" <<'EOF'
import json, random, sys, uuid
r = random.Random(10000)
tasks = [{"uuid": str(uuid.UUID(int=r.getrandbits(128), version=4)), "status": "pending",
          "entry": "20250101T000000Z", "description": f"bench task {i}",
          "project": f"proj{i % 25}", "tags": [f"tag{i % 7}"]} for i in range(10000)]
json.dump(tasks, open(sys.argv[1], "w"))
EOF
export TASKRC=$TW/taskrc TASKDATA=$TW/data
task import "$TW/tasks.json" >/dev/null
tasks=$(task status:pending count)
[[ $tasks == 10000 ]] || die "Taskwarrior holds $tasks pending tasks, expected 10000"

hf small 3 10 3 \
    "case add" "" "$(sq "$TOOL") --db $(sq "$SMALL") case add --received 2025-06-02 --applicant 'Bench User' --applicant-kind individual --body 'Dinas Bench' --subject bench" \
    "case show" "" "$(sq "$TOOL") --db $(sq "$SMALL") case show 2020/17" \
    "case list" "" "$(sq "$TOOL") --db $(sq "$SMALL") case list --year 2020 --state qualified --limit 50" \
    floor "" "$(sq "$FLOOR") $(sq "$SMALL")" \
    version "" "$(sq "$TOOL") --version" \
    "task add" "" "task add bench task"
unset TASKRC TASKDATA

# The fsyncs of a case add, counted and timed by strace (the time each call took), on
# 11 adds; one line per add: calls <TAB> seconds.
if have strace; then
    for ((i = 0; i < 11; i++)); do
        strace -f -T -e trace=fsync,fdatasync -o "$W/strace.txt" "$TOOL" --db "$SMALL" "${ADD_ARGS[@]}" >/dev/null
        awk -F'<' '/^[0-9]+ +f(data)?sync\(/ {n++; sub(/>.*/, "", $NF); t += $NF} END {printf "%d\t%.6f\n", n, t}' \
            "$W/strace.txt" >>"$RES/fsync.tsv"
    done
    printf '   fsyncs of a case add (calls, seconds): %s\n' "$(sort -n "$RES/fsync.tsv" | sed -n 6p | tr '\t' ' ')"
fi
fi

# --- 5. deadlines and processing times at N rows ----------------------------------
# Each against a bare sqlite3 query over the same case table that computes the nearest
# thing in calendar days (14 working days ~ 20 calendar days, 100 ~ 140), with the same
# output format where there is one.
if want deadlines; then
log "deadlines and processing times on the $N-row register"
OPEN="(state = 'entered' OR state = 'qualified')" # as the partial indexes cases_open* say
T=$SENGKETA_TODAY
OVERDUE_SQL="SELECT register_no, received_on, state, date(received_on, '+20 days') AS start_by, date(received_on, '+140 days') AS finish_by FROM cases WHERE $OPEN AND received_on < date('$T', '-20 days') ORDER BY year, serial LIMIT 50"
AGENDA_SQL="SELECT register_no, received_on, state FROM cases WHERE $OPEN AND (received_on BETWEEN date('$T', '-20 days') AND date('$T', '-6 days') OR received_on BETWEEN date('$T', '-140 days') AND date('$T', '-126 days')) ORDER BY received_on, year, serial"
TIMES_SQL="SELECT year, count(*), avg(julianday(coalesce(decided_on, withdrawn_on, not_qualified_on)) - julianday(received_on)) FROM cases WHERE coalesce(decided_on, withdrawn_on, not_qualified_on) IS NOT NULL GROUP BY year"
if ((N <= 200000)); then tm_runs=3; else tm_runs=2; fi

smoke "$TOOL" --db "$REG" case list --overdue --limit 50 --format json
hf "overdue-$N" 3 10 3 \
    tool "" "$(sq "$TOOL") --db $(sq "$REG") case list --overdue --limit 50 --format json" \
    baseline "" "sqlite3 -json $(sq "$REG") $(sq "$OVERDUE_SQL")"

if "$TOOL" agenda --help >/dev/null 2>&1; then
    smoke "$TOOL" --db "$REG" agenda --format json
    hf "agenda-$N" 3 10 3 \
        tool "" "$(sq "$TOOL") --db $(sq "$REG") agenda --format json" \
        baseline "" "sqlite3 -json $(sq "$REG") $(sq "$AGENDA_SQL")"
else
    echo "   agenda: this binary has no \`agenda\` command (it is built on another branch): skipped"
    echo "no \`agenda\` command in this binary (${BENCH_TOOL_VERSION:-$TOOL}): skipped" >"$RES/agenda-skipped.txt"
fi

smoke "$TOOL" --db "$REG" recap --times --format csv
hf "times-$N" 5 "$tm_runs" 1 \
    tool "" "$(sq "$TOOL") --db $(sq "$REG") recap --times --format csv" \
    baseline "" "sqlite3 -csv $(sq "$REG") $(sq "$TIMES_SQL")"
fi

# --- 5b. hearings import: many hearings of one case ------------------------------
# At most 6,600 by default: one hearing a working day of one case up to today. More put
# several on one day, and each row is compared with the others of its day (linear in the
# rows, but a thousand-row day costs a thousand comparisons a row; docs/defects.md);
# BENCH_HEARINGS=H still asks for it.
HEARINGS=${BENCH_HEARINGS:-$((N < 6600 ? N : 6600))}
if ((HEARINGS > 0)) && want hearings; then
    log "hearings import: $HEARINGS hearings of one case"
    SENGKETA_BIN=$TOOL bash "$HERE/hearings.sh" "$HEARINGS" | tee "$RES/hearings-import.txt"
fi

# --- 5c. recap as of a past date, verify --------------------------------------------
# recap --as-of against the same bare GROUP BY as the recap; verify (the quick check of
# the file, the default) and verify --deep (SQLite's whole integrity check) on their own.
if want asof; then
    ASOF=${BENCH_ASOF:-2019-06-30}
    log "recap --as-of $ASOF on the $N-row register"
    smoke "$TOOL" --db "$REG" recap --as-of "$ASOF" --format csv
    hf "asof-$N" 5 "$rc_runs" 1 \
        tool "" "$(sq "$TOOL") --db $(sq "$REG") recap --as-of $ASOF --format csv" \
        baseline "" "sqlite3 $(sq "$REG") $(sq "$RECAP_SQL")"
fi
if want verify; then
    log "verify on the $N-row register"
    smoke "$TOOL" --db "$REG" verify
    if "$TOOL" verify --help 2>/dev/null | grep -q -- --deep; then
        hf "verify-$N" 3 1 0 \
            verify "" "$(sq "$TOOL") --db $(sq "$REG") verify" \
            "verify --deep" "" "$(sq "$TOOL") --db $(sq "$REG") verify --deep"
    else
        hf "verify-$N" 3 1 0 verify "" "$(sq "$TOOL") --db $(sq "$REG") verify"
    fi
fi

# --- 6. summary -------------------------------------------------------------------
log "summary"
python3 "$HERE/summarize.py" report "$RES" "$N" "$SIZES_CSV" "$RESULTS"
printf 'total time %d s\n' "$((SECONDS - START))"
