#!/usr/bin/env bash
# The cost of the hash chain (issue 11): `import` of N cases into a fresh register and
# `verify` of it, with a binary from before the chain against this one, in alternating
# hyperfine rounds. Usage:
#
#   bash bench/chain.sh OLD_BINARY [N]      # N default 100000
#
# OLD_BINARY: a release build of a commit before the chain (e.g. 9ebdd9f:
# `git worktree add /tmp/old 9ebdd9f && cargo build --release` there). This tree's release
# binary is built (SENGKETA_BIN=PATH to use another). Needs hyperfine and python3.
set -euo pipefail
OLD=${1:?usage: bash bench/chain.sh OLD_BINARY [N]}
N=${2:-100000}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
if [[ -n ${SENGKETA_BIN:-} ]]; then
    NEW=$SENGKETA_BIN
else
    (cd "$ROOT" && cargo build --release)
    NEW=${CARGO_TARGET_DIR:-$ROOT/target}/release/sengketa
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export SENGKETA_TODAY=2026-11-29
python3 "$HERE/gen_register.py" "$N" "$W/cases.csv"
for round in 1 2 3; do
    for which in old new; do
        BIN=$OLD; [[ $which == new ]] && BIN=$NEW
        hyperfine -N --runs 3 --export-json "$W/import-$which-$round.json" \
            --prepare "bash -c 'rm -f $W/$which.db*; SENGKETA_DB=$W/$which.db $BIN init >/dev/null'" \
            "env SENGKETA_DB=$W/$which.db $BIN import $W/cases.csv" >/dev/null
    done
done
for round in 1 2 3; do
    for which in old new; do
        BIN=$OLD; [[ $which == new ]] && BIN=$NEW
        hyperfine -N --runs 2 --export-json "$W/verify-$which-$round.json" \
            "env SENGKETA_DB=$W/$which.db $BIN verify" >/dev/null
    done
done
python3 - "$W" "$N" <<'PY'
import glob, json, os, statistics, sys
w, n = sys.argv[1], int(sys.argv[2])
print(f"{n} cases; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
for what in ("import", "verify"):
    med = {}
    for which in ("old", "new"):
        t, u = [], []
        for f in sorted(glob.glob(f"{w}/{what}-{which}-*.json")):
            r = json.load(open(f))["results"][0]
            t += r["times"]
            u.append(r["user"] + r["system"])
        med[which] = (statistics.median(t), statistics.median(u))
        print(f"{what:6} {which}: median {med[which][0]:.2f} s wall ({min(t):.2f}-{max(t):.2f}), {med[which][1]:.2f} s CPU")
    print(f"{what:6} ratio new/old: {med['new'][0] / med['old'][0]:.2f}x wall, {med['new'][1] / med['old'][1]:.2f}x CPU")
for which in ("old", "new"):
    print(f"register size {which}: {os.path.getsize(f'{w}/{which}.db') / 1e6:.1f} MB")
PY
