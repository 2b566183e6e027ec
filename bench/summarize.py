#!/usr/bin/env python3
"""Helpers for bench/run.sh (standard library only).

    summarize.py merge OUT.json ROUND.json...   merge hyperfine rounds by command name
    summarize.py report DIR N SIZES OUT.md      print the final tables, write OUT.md

DIR holds the merged files written by run.sh:
    import-S.json, export-S.json, recap-S.json   commands named "tool" and "baseline"
    small.json                                   "case add", "case show", "case list",
                                                 "floor", "task add"
    overdue-N.json, agenda-N.json, times-N.json  "tool" and "baseline" (the deadlines)
    asof-N.json                                  "tool" (recap --as-of) and "baseline"
    verify-N.json                                "verify", "verify --deep" (optional)
    floor-S.log                                  bench/floor write's lines (the write floor)
    fsync.tsv                                    fsync calls <TAB> their seconds, per case add
    agenda-skipped.txt (optional)                why the agenda was not measured
    mem.tsv                                      op <TAB> rows <TAB> who <TAB> max RSS kB
    roundtrip.txt (optional)                     one line about the export round trip
    beside.txt (optional)                        the import beside its baselines (beside.sh)
"""
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys

GOALS = {"import": 2.0, "export": 1.5, "recap": 1.5}
SMALL_GOAL_S = 0.010
MEM_GOAL_MB = 64.0
BASELINES = {
    "import": "sqlite3 .import",
    "export": "sqlite3 -csv SELECT..JOIN",
    "recap": "sqlite3 GROUP BY year",
}
SMALL = ["case add", "case show", "case list"]
# The deadlines: (file id, what the tool runs, goal kind, goal, baseline)
DEADLINES = [
    ("overdue", "case list --overdue --limit 50", "median", 0.050,
     "sqlite3 open cases, a page"),
    ("agenda", "agenda", "median", 0.050, "sqlite3 open cases due, calendar days"),
    ("times", "recap --times", "ratio", 3.0, "sqlite3 avg(julianday) GROUP BY year"),
]


def merge(out, rounds):
    merged = {}
    order = []
    for path in rounds:
        with open(path) as f:
            data = json.load(f)
        for r in data["results"]:
            name = r.get("command")
            if name not in merged:
                merged[name] = {"times": [], "exit_codes": [], "cpu": []}
                order.append(name)
            merged[name]["times"].extend(r["times"])
            # user + system seconds beside the wall time: per run where hyperfine gives
            # them per run, else its mean over the round's runs (hyperfine 1.15), once a run
            user, system = r.get("user"), r.get("system")
            if isinstance(user, list) and isinstance(system, list):
                merged[name]["cpu"].extend(u + s for u, s in zip(user, system))
            elif user is not None and system is not None:
                merged[name]["cpu"].extend([user + system] * len(r["times"]))
            merged[name]["exit_codes"].extend(r.get("exit_codes") or [])
    with open(out, "w") as f:
        json.dump({"order": order, "results": merged}, f, indent=1)
    label = os.path.splitext(os.path.basename(out))[0]
    for name in order:
        print(f"   {label:14s} {name:10s} {fmt_range(merged[name]['times'])}")
    if "tool" in merged and "baseline" in merged:
        ratio = statistics.median(merged["tool"]["times"]) / statistics.median(merged["baseline"]["times"])
        print(f"   {label:14s} ratio tool/baseline {ratio:.2f}x")


def load(path):
    try:
        with open(path) as f:
            return json.load(f)["results"]
    except FileNotFoundError:
        return None


def stats(times):
    return statistics.median(times), min(times), max(times), len(times)


def fmt_t(s):
    if s >= 10:
        return f"{s:.1f} s"
    if s >= 1:
        return f"{s:.2f} s"
    if s >= 0.1:
        return f"{s * 1e3:.0f} ms"
    if s >= 0.01:
        return f"{s * 1e3:.1f} ms"
    return f"{s * 1e3:.2f} ms"


def fmt_range(times):
    med, lo, hi, n = stats(times)
    return f"{fmt_t(med)} ({fmt_t(lo)}–{fmt_t(hi)}, n={n})"


def fmt_rows(n):
    return f"{n:,}"


def sh(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "n/a"


def machine_facts():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return [
        ("date", datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("nproc", sh("nproc")),
        ("CPU", cpu),
        ("memory", mem),
        ("kernel", platform.release()),
        ("sqlite3", sh("sqlite3", "--version").split(" ")[0]),
        ("hyperfine", sh("hyperfine", "--version")),
        ("taskwarrior", sh("task", "--version")),
        ("sengketa", os.environ.get("BENCH_TOOL_VERSION", "") or "n/a"),
        ("commit", sh("git", "-C", root, "describe", "--always", "--dirty") or "n/a"),
    ]


def table(headers, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    for r in rows:
        out.append("  ".join(str(x).ljust(w) for x, w in zip(r, widths)))
    return "\n".join(out)


def md_table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def report(d, n, sizes, out_md):
    n = int(n)
    sizes = [int(s) for s in sizes.split(",") if s]
    main_rows, notes = [], []

    for op in ("import", "export", "recap"):
        res = load(os.path.join(d, f"{op}-{n}.json"))
        if not res:
            main_rows.append([f"{op} ({fmt_rows(n)} rows)", "not run", "", "", f"≤ {GOALS[op]}×", "n/a"])
            continue
        t, b = res["tool"]["times"], res["baseline"]["times"]
        ratio = statistics.median(t) / statistics.median(b)
        main_rows.append([
            f"{op} ({fmt_rows(n)} rows)", fmt_range(t),
            f"{fmt_range(b)} [{BASELINES[op]}]", f"{ratio:.2f}×",
            f"≤ {GOALS[op]:.1f}×", "yes" if ratio <= GOALS[op] else "NO",
        ])

    small = load(os.path.join(d, "small.json"))
    if small:
        floor = small.get("floor")
        task = small.get("task add")
        for name in SMALL:
            if name not in small:
                continue
            t = small[name]["times"]
            med = statistics.median(t)
            base = f"{fmt_range(floor['times'])} [floor]" if floor else "n/a"
            ratio = f"{med / statistics.median(floor['times']):.1f}× floor" if floor else ""
            main_rows.append([f"{name} ({fmt_rows(n)} rows)", fmt_range(t), base, ratio,
                              "median ≤ 10 ms", "yes" if med <= SMALL_GOAL_S else "NO"])
        if task:
            tm = statistics.median(task["times"])
            main_rows.append(["reference: task add (Taskwarrior, 10,000 tasks)", "",
                              fmt_range(task["times"]), "", "reference", ""])
            parts = [f"{name} {statistics.median(small[name]['times']) / tm:.2f}×"
                     for name in SMALL if name in small]
            notes.append("small commands relative to `task add`: " + ", ".join(parts))

    for op, what, kind, goal, base_name in DEADLINES:
        res = load(os.path.join(d, f"{op}-{n}.json"))
        goal_text = f"median ≤ {goal * 1e3:.0f} ms" if kind == "median" else f"≤ {goal:.1f}×"
        label = f"{what} ({fmt_rows(n)} rows)"
        if not res:
            skipped = os.path.join(d, f"{op}-skipped.txt")
            why = open(skipped).read().strip() if os.path.exists(skipped) else "not run"
            main_rows.append([label, why, "", "", goal_text, "n/a"])
            continue
        t, b = res["tool"]["times"], res["baseline"]["times"]
        ratio = statistics.median(t) / statistics.median(b)
        met = statistics.median(t) <= goal if kind == "median" else ratio <= goal
        main_rows.append([label, fmt_range(t), f"{fmt_range(b)} [{base_name}]", f"{ratio:.2f}×",
                          goal_text, "yes" if met else "NO"])

    mem = {}
    try:
        with open(os.path.join(d, "mem.tsv")) as f:
            for line in f:
                op, rows, who, kb = line.rstrip("\n").split("\t")
                mem[(op, int(rows), who)] = int(kb) / 1024.0
    except FileNotFoundError:
        pass
    mem_sizes = sorted({r for (_, r, _) in mem})
    for size in [s for s in mem_sizes if s >= min(100000, n)]:
        for op in ("import", "export"):
            tool = mem.get((op, size, "tool"))
            if tool is None:
                continue
            base = mem.get((op, size, "baseline"))
            main_rows.append([
                f"peak RSS {op} ({fmt_rows(size)} rows)", f"{tool:.1f} MB",
                f"{base:.1f} MB [sqlite3]" if base is not None else "n/a",
                f"{tool / base:.1f}×" if base else "", f"≤ {MEM_GOAL_MB:.0f} MB",
                "yes" if tool <= MEM_GOAL_MB else "NO",
            ])

    growth_rows = []
    for op in ("import", "export", "recap"):
        first = None
        for size in sizes:
            res = load(os.path.join(d, f"{op}-{size}.json"))
            if not res:
                continue
            tm = statistics.median(res["tool"]["times"])
            bm = statistics.median(res["baseline"]["times"])
            per = tm / size * 1e6
            first = first or per
            growth_rows.append([
                op, fmt_rows(size), fmt_t(tm), f"{per:.2f}", f"{per / first:.2f}",
                fmt_t(bm), f"{bm / size * 1e6:.2f}", f"{tm / bm:.2f}×",
            ])

    headers = ["operation", "tool median (min–max)", "baseline median (min–max)", "ratio", "goal", "met"]
    g_headers = ["op", "rows", "tool median", "tool µs/row", "per-row vs first", "baseline median",
                 "baseline µs/row", "ratio"]
    mem_rows = [[op, fmt_rows(size), who, f"{mb:.1f}"] for (op, size, who), mb in sorted(mem.items())]

    print()
    print(f"=== sengketa benchmark, N = {fmt_rows(n)} ===")
    print(table(headers, main_rows))
    for note in notes:
        print(note)
    if growth_rows:
        print()
        print("Growth (medians; time per row should stay flat):")
        print(table(g_headers, growth_rows))
    if mem_rows:
        print()
        print("Peak RSS (MB = 2^20 bytes, /usr/bin/time -v):")
        print(table(["op", "rows", "who", "MB"], mem_rows))
    rt = os.path.join(d, "roundtrip.txt")
    roundtrip = open(rt).read().strip() if os.path.exists(rt) else ""
    bs = os.path.join(d, "beside.txt")
    beside = open(bs).read().rstrip() if os.path.exists(bs) else ""
    if roundtrip:
        print()
        print(roundtrip)

    i22 = issue22_rows(d, n)
    if i22:
        print()
        print("Issue 22 (medians; CPU = user + system):")
        print(table(ISSUE22_HEADERS, i22))

    facts = machine_facts()
    lines = [
        f"# sengketa benchmark results (N = {fmt_rows(n)})", "",
        "Made by `bash bench/run.sh" + (f" {n}" if n != 1000000 else "") + "`; "
        "tool and baseline alternate in rounds inside one run. Ratios are tool median / baseline median.",
        "", md_table(headers, main_rows), "",
    ]
    lines += [f"- {note}" for note in notes]
    if notes:
        lines.append("")
    if i22:
        lines += ["## The goals of issue 22 (medians; CPU = user + system)", "",
                  md_table(ISSUE22_HEADERS, i22), ""]
    if growth_rows:
        lines += ["## Growth", "", md_table(g_headers, growth_rows), ""]
    if mem_rows:
        lines += ["## Peak memory (MB = 2^20 bytes)", "", md_table(["op", "rows", "who", "MB"], mem_rows), ""]
    if roundtrip:
        lines += ["## Export round trip", "", roundtrip, ""]
    if beside:
        lines += ["## Import beside its baselines (one per core, at the same time; CPU)", "",
                  "```", beside, "```", ""]
    lines += ["## Machine", ""] + [f"- {k}: {v}" for k, v in facts] + [""]
    lines += [
        "## Baselines", "",
        "- import: `sqlite3 B.db \".import --csv --skip 1 REG.csv t\"` into an empty table `t` of 15 TEXT "
        "columns with a UNIQUE index on register_no and an index on received_on.",
        "- export: `sqlite3 -csv REG.db \"SELECT c.register_no, ..., c.closed_on FROM cases c JOIN bodies b "
        "ON b.id = c.body_id ORDER BY c.year, c.serial\" > y.csv` on the register the tool imported "
        "(run as `sqlite3 -csv -cmd '.output y.csv' REG.db \"...\"`, so no shell is timed).",
        "- recap: `sqlite3 REG.db \"SELECT year, count(*) FROM cases GROUP BY year\"`.",
        "- floor: `bench/floor`, a Rust program (rusqlite 0.43, bundled) that opens the register and runs "
        "`SELECT count(*) FROM settings`.",
        "- task add: Taskwarrior `task add` on a data dir holding 10,000 pending tasks "
        "(confirmation=no, verbose=nothing, hooks=0).",
        "- case list --overdue --limit 50 (the first page): `sengketa case list --overdue --limit 50 --format json` against "
        "`sqlite3 -json REG.db \"SELECT register_no, received_on, state, date(received_on, '+20 days'), "
        "date(received_on, '+140 days') FROM cases WHERE (state = 'entered' OR state = 'qualified') AND "
        "received_on < date(T, '-20 days') ORDER BY year, serial LIMIT 50\"` (14 and 100 working days taken "
        "as 20 and 140 calendar days).",
        "- agenda: `sengketa agenda --format json` against the open cases whose start or finish deadline in "
        "calendar days falls in the next 14 days (`received_on` 6-20 or 126-140 days back), by received date.",
        "- recap --times: `sengketa recap --times --format csv` against `sqlite3 -csv REG.db \"SELECT year, "
        "count(*), avg(julianday(coalesce(decided_on, withdrawn_on, not_qualified_on)) - "
        "julianday(received_on)) FROM cases WHERE coalesce(decided_on, withdrawn_on, not_qualified_on) IS NOT "
        "NULL GROUP BY year\"`.",
        "",
    ]
    with open(out_md, "w") as f:
        f.write("\n".join(lines))
    print()
    print(f"wrote {out_md}")


def med_cpu(res, name):
    cpu = res.get(name, {}).get("cpu") or []
    return statistics.median(cpu) if cpu else None


def fmt_opt(s):
    return fmt_t(s) if s is not None else "n/a"


def floor_writes(d, size):
    """The medians of bench/floor write's own timing of its write (wall, CPU)."""
    walls, cpus = [], []
    try:
        with open(os.path.join(d, f"floor-{size}.log")) as f:
            for line in f:
                parts = line.split()
                if parts and parts[0] == "write":
                    walls.append(float(parts[1]))
                    cpus.append(float(parts[2]))
    except FileNotFoundError:
        return None
    if not walls:
        return None
    return statistics.median(walls), statistics.median(cpus), len(walls)


def issue22_rows(d, n):
    """The rows of the goals of issue 22: each with wall and CPU (user + system) medians."""
    rows = []
    imp = load(os.path.join(d, f"import-{n}.json"))
    if imp:
        tw, bw = statistics.median(imp["tool"]["times"]), statistics.median(imp["baseline"]["times"])
        tc, bc = med_cpu(imp, "tool"), med_cpu(imp, "baseline")
        rows.append(["import vs `sqlite3 .import`", f"{fmt_t(tw)} / {fmt_opt(tc)}",
                     f"{fmt_t(bw)} / {fmt_opt(bc)}", f"{tw / bw:.2f}×",
                     f"{tc / bc:.2f}×" if tc and bc else "n/a", "≤ 4×",
                     "yes" if tw / bw <= 4 else "NO"])
        fl = floor_writes(d, n)
        if fl:
            fw, fc, k = fl
            rows.append([f"import vs the write floor (bench/floor write, n={k})", f"{fmt_t(tw)} / {fmt_opt(tc)}",
                         f"{fmt_t(fw)} / {fmt_t(fc)}", f"{tw / fw:.2f}×",
                         f"{tc / fc:.2f}×" if tc else "n/a", "", ""])
            rows.append(["the write floor vs `sqlite3 .import`", f"{fmt_t(fw)} / {fmt_t(fc)}",
                         f"{fmt_t(bw)} / {fmt_opt(bc)}", f"{fw / bw:.2f}×",
                         f"{fc / bc:.2f}×" if bc else "n/a", "", ""])
            rows.append(["rules, validation and hashing on top of the floor", fmt_t(tw - fw) + (
                f" / {fmt_t(tc - fc)}" if tc else ""), "", f"{(tw - fw) / tw:.0%} of import",
                f"{(tc - fc) / tc:.0%} of import" if tc else "", "", ""])
    asof = load(os.path.join(d, f"asof-{n}.json"))
    if asof:
        tw, bw = statistics.median(asof["tool"]["times"]), statistics.median(asof["baseline"]["times"])
        tc, bc = med_cpu(asof, "tool"), med_cpu(asof, "baseline")
        rows.append(["`recap --as-of 2019-06-30` vs `GROUP BY year`", f"{fmt_t(tw)} / {fmt_opt(tc)}",
                     f"{fmt_t(bw)} / {fmt_opt(bc)}", f"{tw / bw:.2f}×",
                     f"{tc / bc:.2f}×" if tc and bc else "n/a", "≤ 1.5×",
                     "yes" if tw / bw <= 1.5 else "NO"])
    ver = load(os.path.join(d, f"verify-{n}.json"))
    if ver:
        for name in ("verify", "verify --deep"):
            if name in ver:
                tw, tc = statistics.median(ver[name]["times"]), med_cpu(ver, name)
                goal = "≤ 5 s" if name == "verify" else "(reported)"
                met = ("yes" if tw <= 5 else "NO") if name == "verify" else ""
                rows.append([f"`{name}`", f"{fmt_t(tw)} / {fmt_opt(tc)}", "", "", "", goal, met])
    small = load(os.path.join(d, "small.json"))
    if small and "case add" in small and "version" in small:
        aw, vw = statistics.median(small["case add"]["times"]), statistics.median(small["version"]["times"])
        ac, vc = med_cpu(small, "case add"), med_cpu(small, "version")
        fs = []
        try:
            with open(os.path.join(d, "fsync.tsv")) as f:
                fs = [tuple(float(x) for x in line.split()) for line in f if line.strip()]
        except FileNotFoundError:
            pass
        if fs:
            calls = statistics.median(c for c, _ in fs)
            secs = statistics.median(t for _, t in fs)
            budget = vw + secs + 0.002
            rows.append([f"`case add` vs `sengketa --version` + its fsyncs ({calls:g} a run, "
                         f"{fmt_t(secs)})", f"{fmt_t(aw)} / {fmt_opt(ac)}",
                         f"{fmt_t(vw)} / {fmt_opt(vc)}", f"{aw / vw:.2f}×",
                         f"{ac / vc:.2f}×" if ac and vc else "n/a",
                         f"≤ {fmt_t(budget)} (--version + fsyncs + 2 ms)", "yes" if aw <= budget else "NO"])
        else:
            rows.append(["`case add` vs `sengketa --version`", f"{fmt_t(aw)} / {fmt_opt(ac)}",
                         f"{fmt_t(vw)} / {fmt_opt(vc)}", f"{aw / vw:.2f}×",
                         f"{ac / vc:.2f}×" if ac and vc else "n/a", "(no strace: fsyncs not counted)", ""])
    return rows


ISSUE22_HEADERS = ["measure", "tool wall / CPU", "baseline wall / CPU", "wall ratio", "CPU ratio",
                   "goal", "met"]


def roundtrip(src, exported, out):
    """Compare the tool's export with the imported CSV, field by field."""
    import csv
    with open(src, newline="", encoding="utf-8") as a, open(exported, newline="", encoding="utf-8") as b:
        ra, rb = csv.reader(a), csv.reader(b)
        ha, hb = next(ra, None), next(rb, None)
        msg = None
        if ha != hb:
            msg = f"export round trip: header differs: {hb}"
        else:
            rows = 0
            for rows, (x, y) in enumerate(zip(ra, rb), 1):
                if x != y:
                    msg = f"export round trip: first difference at data row {rows}: {x} vs {y}"
                    break
            else:
                extra_a, extra_b = next(ra, None), next(rb, None)
                if extra_a is not None or extra_b is not None:
                    msg = f"export round trip: row counts differ after {rows} rows"
                else:
                    msg = f"export round trip: identical to the imported CSV ({rows:,} rows, field by field)"
    with open(out, "w") as f:
        f.write(msg + "\n")
    print(msg)


def main(argv):
    if len(argv) >= 3 and argv[1] == "merge":
        merge(argv[2], argv[3:])
    elif len(argv) == 6 and argv[1] == "report":
        report(argv[2], argv[3], argv[4], argv[5])
    elif len(argv) == 5 and argv[1] == "roundtrip":
        roundtrip(argv[2], argv[3], argv[4])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
