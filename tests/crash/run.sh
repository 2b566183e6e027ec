#!/usr/bin/env bash
# The crash test: clerks' writers killed with SIGKILL at random moments, all on one register.
#
#   bash tests/crash/run.sh [RUNS [ROUNDS [ROWS]]]        defaults: 50 1 200000
#
# Each run makes a fresh register and, ROUNDS times on it:
#   1. starts four writers at once, each a shell loop of `sengketa` processes:
#      - one `import` of ROWS generated cases (bench/gen_register.py, with the register
#        numbers left empty so that every round's import numbers its own cases);
#      - `case add` (received in 2026, which the generated file has none of); every number
#        one prints is logged: an acknowledged add;
#      - steps on random 2026 cases: qualify, reject, withdraw, decide, close, undo;
#      - hearing changes on random 2026 cases: schedule, postpone, cancel, held;
#   2. after a random delay, SIGKILLs the running `sengketa` of one writer chosen at random,
#      and runs `sengketa verify` while the others go on: it must exit 0;
#   3. after a second random delay, SIGKILLs every writer's running `sengketa` (an import
#      that has ended is not killed, nor counted) and stops the loops;
#   4. checks: `sengketa verify` exits 0 (else the register is damaged); the round's import
#      is all there or not at all (the cases of its act, counted with sqlite3: ROWS or 0,
#      and ROWS if the import exited 0); every number a `case add` printed is in
#      `case list --format csv` (else an acknowledged add was lost).
# One line per round, then the totals; exit 0 only when nothing failed.
#
# Environment: SENGKETA_BIN (default: builds target/release/sengketa), CRASH_DIR (the
# work folder; default a new temp folder, removed at the end unless KEEP=1), CRASH_SEED
# (default: the time; printed, so a run can be repeated), MAX_DELAY (the longest first
# delay, in seconds; default: the time a dry-run import of the file takes, at least 2).
# Needs python3 (the generator) and sqlite3 (the count).
set -uo pipefail

RUNS=${1:-50}
ROUNDS=${2:-1}
ROWS=${3:-200000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SEED=${CRASH_SEED:-$(date +%s)}
RANDOM=$SEED
MAX_DELAY_MS=$(( ${MAX_DELAY:-0} * 1000 ))

if [[ -z "${SENGKETA_BIN:-}" ]]; then
  (cd "$ROOT" && cargo build --release --locked --quiet) || exit 2
  SENGKETA_BIN="$ROOT/target/release/sengketa"
fi
BIN=$SENGKETA_BIN
WORK=${CRASH_DIR:-$(mktemp -d)}
mkdir -p "$WORK"
[[ "${KEEP:-0}" == 1 || -n "${CRASH_DIR:-}" ]] || trap 'rm -rf "$WORK"' EXIT

export SENGKETA_TODAY=2026-11-29 SENGKETA_ACTOR=crash LANG=C.UTF-8
unset SENGKETA_NOW SENGKETA_LANG

# A random whole number in [0, $1).
rnd() { echo $(( (RANDOM * 32768 + RANDOM) % $1 )); }
# Sleeps a random time in [$1, $2) milliseconds.
nap() { local ms=$(( $1 + $(rnd $(( $2 - $1 + 1 ))) )); sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"; }

# The import file: generated once, its register numbers emptied.
CSV="$WORK/cases-$ROWS.csv"
if [[ ! -s "$CSV" ]]; then
  python3 "$ROOT/bench/gen_register.py" "$ROWS" - | sed -E '2,$ s/^[^,]*,/,/' > "$CSV.tmp" \
    && mv "$CSV.tmp" "$CSV" || { echo "cannot generate $CSV" >&2; exit 2; }
fi

# The first delay: up to the time one import takes on this machine now (a dry run on an
# empty register), so that some imports are cut and some finish.
if (( MAX_DELAY_MS == 0 )); then
  rm -f "$WORK/measure.db"*
  "$BIN" --db "$WORK/measure.db" init > /dev/null 2>&1
  "$BIN" --db "$WORK/measure.db" config set commission-code CRS > /dev/null 2>&1
  t0=$(date +%s%N)
  "$BIN" --db "$WORK/measure.db" import --dry-run "$CSV" > /dev/null 2>&1
  MAX_DELAY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  (( MAX_DELAY_MS < 2000 )) && MAX_DELAY_MS=2000
  rm -f "$WORK/measure.db"*
fi

# The sengketa process a writer loop is running now, if any (a live one, not a zombie),
# known by its parent and its name (the binary's, cut to the kernel's 15 characters).
COMM=$(basename "$BIN" | cut -c1-15)
child_of() {
  local f stat
  for f in /proc/[0-9]*/stat; do
    { read -r stat < "$f"; } 2>/dev/null || continue
    if [[ $stat =~ ^([0-9]+)\ \((.*)\)\ ([A-Z])\ ([0-9]+)\  ]] \
       && [[ ${BASH_REMATCH[4]} == "$1" && ${BASH_REMATCH[2]} == "$COMM" \
             && ${BASH_REMATCH[3]} != Z ]]; then
      echo "${BASH_REMATCH[1]}"
      return
    fi
  done
}

# SIGKILLs the running sengketa of writer loop $1, waiting up to 2 s for the loop to start
# one (between two commands it has none); prints 1 if one was killed.
kill_writer() {
  local pid try
  for try in $(seq 40); do
    pid=$(child_of "$1")
    if [[ -n "$pid" ]]; then
      kill -KILL "$pid" 2>/dev/null && { echo 1; return; }
    fi
    kill -0 "$1" 2>/dev/null || break   # the writer has ended (an import that finished)
    sleep 0.05
  done
  echo 0
}

add_loop() {  # $1: register, $2: log of acknowledged numbers, $3: stop file
  local i=0 out
  while [[ ! -e $3 ]]; do
    i=$((i + 1))
    "$BIN" --db "$1" case add --received "2026-$(printf %02d $((1 + i % 10)))-1$((i % 10))" \
      --applicant "Pemohon $i" --applicant-kind individual --body "Dinas Uji Coba" \
      --subject "Uji crash $i" > "$2.out" 2>/dev/null
    out=$(cat "$2.out")
    # Printed means acknowledged, however the process then ended.
    [[ -n "$out" ]] && echo "$out" >> "$2"
  done
}

steps_loop() {  # $1: register, $2: stop file
  local n
  while [[ ! -e $2 ]]; do
    n="2026/$((1 + $(rnd 40)))"
    case $(rnd 6) in
      0) "$BIN" --db "$1" case qualify "$n" ;;
      1) "$BIN" --db "$1" case reject "$n" --reason late ;;
      2) "$BIN" --db "$1" case withdraw "$n" ;;
      3) "$BIN" --db "$1" case decide "$n" --via adjudication --outcome granted ;;
      4) "$BIN" --db "$1" case close "$n" ;;
      5) "$BIN" --db "$1" case undo "$n" --reason "crash test" ;;
    esac > /dev/null 2>&1
  done
}

hearing_loop() {  # $1: register, $2: stop file
  local n h
  while [[ ! -e $2 ]]; do
    n="2026/$((1 + $(rnd 40)))"
    h=$((1 + $(rnd 3)))
    case $(rnd 5) in
      0) "$BIN" --db "$1" hearing schedule "$n" --on 2026-12-0$((1 + $(rnd 9))) --kind mediation ;;
      1) "$BIN" --db "$1" hearing schedule "$n" --on 2026-11-2$((1 + $(rnd 8))) --kind preliminary ;;
      2) "$BIN" --db "$1" hearing postpone "$n" "$h" --to 2026-12-1$((1 + $(rnd 9))) --reason "ruang dipakai" ;;
      3) "$BIN" --db "$1" hearing cancel "$n" "$h" --reason "pemohon mencabut" ;;
      4) "$BIN" --db "$1" hearing held "$n" "$h" --applicant present --respondent absent ;;
    esac > /dev/null 2>&1
  done
}

import_once() {  # $1: register, $2: file, $3: where its exit code goes
  "$BIN" --db "$1" import "$2" > /dev/null 2>"$3.err"
  echo $? > "$3"
}

kills=0 rounds=0 damaged=0 half=0 lost=0 acked=0 imports_whole=0 imports_none=0
echo "crash test: $RUNS runs x $ROUNDS rounds, $ROWS rows per import, seed $SEED, first delay < ${MAX_DELAY_MS} ms"
for run in $(seq 1 "$RUNS"); do
  DB="$WORK/run-$run.db"
  rm -f "$DB" "$DB-wal" "$DB-shm" "$WORK"/acks-* "$WORK"/import-*
  "$BIN" --db "$DB" init > /dev/null 2>&1 \
    && "$BIN" --db "$DB" config set commission-code CRS > /dev/null 2>&1 \
    || { echo "run $run: cannot make a register" >&2; exit 2; }
  ACKS="$WORK/acks-$run"
  : > "$ACKS"
  for round in $(seq 1 "$ROUNDS"); do
    rounds=$((rounds + 1))
    STOP="$WORK/stop"
    rm -f "$STOP"
    FILE="$WORK/import-$run-$round.csv"
    ln -f "$CSV" "$FILE"
    # (their stderr is dropped: bash's word on each process it saw killed)
    import_once "$DB" "$FILE" "$WORK/import-code" 2>/dev/null & w_import=$!
    add_loop "$DB" "$ACKS" "$STOP" 2>/dev/null & w_add=$!
    steps_loop "$DB" "$STOP" 2>/dev/null & w_steps=$!
    hearing_loop "$DB" "$STOP" 2>/dev/null & w_hear=$!
    writers=("$w_import" "$w_add" "$w_steps" "$w_hear")
    names=(import add steps hearing)

    nap 200 "$MAX_DELAY_MS"
    victim=$(rnd 4)
    k=$(kill_writer "${writers[$victim]}")
    kills=$((kills + k))
    first="${names[$victim]}$([[ $k == 1 ]] || echo ' (had ended)')"
    # While the others go on writing.
    "$BIN" --db "$DB" verify > "$WORK/verify-during" 2>&1
    during=$?

    nap 0 $((MAX_DELAY_MS / 2))
    for i in 0 1 2 3; do
      k=$(kill_writer "${writers[$i]}")
      kills=$((kills + k))
    done
    # The loops stop after the command they start next.
    touch "$STOP"
    wait "${writers[@]}" 2>/dev/null

    # The checks.
    "$BIN" --db "$DB" verify > "$WORK/verify-after" 2>&1
    after=$?
    bad=""
    if (( during != 0 || after != 0 )); then
      damaged=$((damaged + 1))
      bad+=" DAMAGED(verify during $during, after $after)"
      cp "$DB" "$WORK/damaged-$run-$round.db" 2>/dev/null
      cat "$WORK/verify-during" "$WORK/verify-after" >&2
    fi
    imported=$(sqlite3 "$DB" "SELECT count(*) FROM events e JOIN acts a ON a.id = e.act_id
      WHERE a.command = 'import' AND a.note = 'imported from $FILE' AND e.kind = 'add'")
    code=$(cat "$WORK/import-code" 2>/dev/null || echo killed)
    if [[ "$imported" == "$ROWS" ]]; then
      imports_whole=$((imports_whole + 1))
    elif [[ "$imported" == 0 && "$code" != 0 ]]; then
      imports_none=$((imports_none + 1))
    else
      half=$((half + 1))
      bad+=" HALF-IMPORT($imported of $ROWS, exit $code)"
    fi
    "$BIN" --db "$DB" case list --format csv | tail -n +2 | cut -d, -f1 | sort -u > "$WORK/listed"
    sort -u "$ACKS" > "$WORK/acked"
    n_acked=$(wc -l < "$WORK/acked")
    n_lost=$(comm -23 "$WORK/acked" "$WORK/listed" | wc -l)
    lost=$((lost + n_lost))
    (( n_lost > 0 )) && bad+=" LOST($n_lost: $(comm -23 "$WORK/acked" "$WORK/listed" | head -3 | tr '\n' ' '))"
    echo "run $run round $round: first kill $first; import ${imported}/${ROWS} (exit $code); acknowledged adds so far $n_acked${bad:- ok}"
  done
  acked=$((acked + $(sort -u "$ACKS" | wc -l)))
  rm -f "$DB" "$DB-wal" "$DB-shm"
done
echo "rounds $rounds, kills $kills, damaged registers $damaged, half imports $half" \
  "(whole $imports_whole, none $imports_none), acknowledged adds $acked, lost $lost"
(( damaged == 0 && half == 0 && lost == 0 ))
