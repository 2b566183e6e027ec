#!/usr/bin/env bash
# The import against its baselines run beside it, at the same time, one per core: the
# ratios of a machine whose speed moves by a third within minutes (a shared 2-core VM),
# which runs one after the other cannot give. Usage (bench/run.sh calls it):
#
#   bash bench/beside.sh TOOL CSV REG FLOOR ROUNDS WORKDIR
#
# Each round runs the tool's import of CSV into a fresh register once, and beside it,
# over and over until it ends, one baseline: `sqlite3 .import` of the same CSV into one
# table with a UNIQUE and a date index (WORKDIR/baseline.sql, made by run.sh), or the
# write floor (`FLOOR write REG`: the tool's own rows with no rules, its write as it
# times it itself, without its read of REG). The ratio of a
# round is the tool's CPU (user + system) over the median CPU of the baseline's runs
# beside it, so both are measured on the same machine at the same time. Prints one line
# per round and the medians; exits non-zero if a run fails.
set -euo pipefail
TOOL=$1 CSV=$2 REG=$3 FLOOR=$4 ROUNDS=$5 W=$6
rm_db() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }
FRESH=$W/beside-tool.db BASE=$W/beside-base.db
OUT=$W/beside.tsv
: >"$OUT"
for ((r = 1; r <= ROUNDS; r++)); do
    for against in sqlite3 floor; do
        rm_db "$FRESH"
        "$TOOL" --db "$FRESH" init >/dev/null 2>&1
        "$TOOL" --db "$FRESH" config set commission-code BEN >/dev/null 2>&1
        /usr/bin/time -f '%e %U %S' -o "$W/beside-tool.time" \
            "$TOOL" --db "$FRESH" import "$CSV" >/dev/null 2>"$W/beside-tool.err" &
        tool=$!
        : >"$W/beside-base.time"
        runs=0
        while kill -0 "$tool" 2>/dev/null; do
            rm_db "$BASE"
            if [[ $against == sqlite3 ]]; then
                sqlite3 "$BASE" <"$W/baseline.sql"
                /usr/bin/time -a -f '%e %U %S' -o "$W/beside-base.time" \
                    sqlite3 "$BASE" ".import --csv --skip 1 $CSV t"
            else
                # The floor times its own write (not its read of REG): `write WALL CPU ROWS`.
                "$FLOOR" write "$REG" "$BASE" | awk '$1 == "write" {print $2, $3, 0}' \
                    >>"$W/beside-base.time"
            fi
            runs=$((runs + 1))
        done
        if ! wait "$tool"; then
            tail -n 20 "$W/beside-tool.err" >&2
            echo "beside.sh: the tool's import failed" >&2
            exit 1
        fi
        read -r wall user sys <"$W/beside-tool.time"
        printf '%d\t%s\t%s\t%s\t%s\n' "$r" "$against" "$wall" \
            "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" \
            "$(awk '{printf "%s%s", (NR > 1 ? "," : ""), $2 + $3}' "$W/beside-base.time")" >>"$OUT"
    done
done
rm_db "$FRESH"
rm_db "$BASE"
python3 - "$OUT" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
names = {"sqlite3": "sqlite3 .import", "floor": "the write floor"}
for against in ("sqlite3", "floor"):
    ratios = []
    for r, a, wall, tool, base in rows:
        if a != against:
            continue
        cpus = [float(x) for x in base.split(",") if x]
        b = statistics.median(cpus)
        ratios.append(float(tool) / b)
        print(f"   round {r}: import {float(tool):.2f} s CPU ({float(wall):.2f} s wall), "
              f"{names[a]} beside it {b:.2f} s CPU (median of {len(cpus)}): {float(tool) / b:.2f}x")
    print(f"import beside {names[against]}: {statistics.median(ratios):.2f}x its CPU "
          f"(median of {len(ratios)} rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
PY
