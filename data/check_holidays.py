#!/usr/bin/env python3
"""Check data/holidays-id.csv: its own form, then against an independent source.

Usage: python3 data/check_holidays.py [--csv FILE] [--form-only] [--strict]

1. Form: the header, UTF-8 and "\\n" line ends, one row per date in date order,
   valid YYYY-MM-DD dates, kinds "public_holiday" / "collective_leave", no empty
   name or source, every year 2008-2027 present with at least one public holiday.
2. Independent check: compares every date of 2008-2027 with the Indonesia calendar
   of the PyPI package `holidays` (python-holidays; `pip install holidays`; checked
   with 0.109): its PUBLIC category against our public holidays, its GOVERNMENT
   category (cuti bersama) against our collective leave. Every difference is
   printed. Differences that are known and explained are listed in ALLOWED below,
   one reason each (data/holidays-id.sources.md has the evidence).

Exit status: 0 when the form is right and every difference is explained; 1 when
the form is wrong or a difference is unexplained; 2 on usage errors or when the
`holidays` package is missing (the form is still checked and reported).
With --strict an allow-list entry that no longer matches a difference is an error
too (it means python-holidays changed; review the entry).

Python 3.11; the form check uses the standard library only.
"""

import collections
import csv
import datetime as dt
import pathlib
import re
import sys

DEFAULT_CSV = pathlib.Path(__file__).with_name("holidays-id.csv")
HEADER = ["date", "kind", "name_id", "name_en", "source"]
KINDS = {"public_holiday", "collective_leave"}
FIRST_YEAR, LAST_YEAR = 2008, 2027
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Known differences from python-holidays, keyed by (date, difference).
#   "missing": python-holidays has the date, our file does not.
#   "extra":   our file has the date, python-holidays does not.
#   "kind":    both have it, as different kinds.
ALLOWED = {
    ("2009-09-20", "missing"):
        "1 Syawal 1430 fell on Sunday 20 Sep; SKB No. 4/2008 set the Idul Fitri holidays on Mon-Tue 21-22 Sep.",
    ("2009-09-22", "extra"):
        "SKB No. 4/2008 lists Idul Fitri 1430 on 21-22 Sep (Mon-Tue); python-holidays uses the calendar dates 20-21 Sep.",
    ("2010-02-14", "extra"):
        "SKB No. 1/2009 lists Imlek 2561 on Sunday 14 Feb 2010; python-holidays has Monday 15 Feb.",
    ("2010-02-15", "missing"):
        "No decree found moving Imlek 2010 to Monday 15 Feb; python-holidays' date looks like an observed-day error.",
    ("2013-02-10", "extra"):
        "SKB No. 5/2012 lists Imlek 2564 on Sunday 10 Feb 2013; python-holidays has Monday 11 Feb.",
    ("2013-02-11", "missing"):
        "No decree found moving Imlek 2013 to Monday 11 Feb; python-holidays' date looks like an observed-day error.",
    ("2015-12-24", "kind"):
        "The 2015 SKB lists 24 Dec as cuti bersama Natal; python-holidays has it as Maulid 1437 (public holiday). Non-working either way; no amending decree found.",
    ("2016-06-01", "missing"):
        "Keppres No. 24/2016 made 1 June a holiday from 2017; it was a working day in 2016. python-holidays starts it in 2016.",
}


def form_errors(path):
    """Return (errors, rows) for the CSV at path; rows are dicts."""
    errors = []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"], []
    if text.startswith("\ufeff"):
        errors.append("starts with a byte-order mark")
    if "\r" in text:
        errors.append("contains \\r; line ends must be \\n")
    if not text.endswith("\n"):
        errors.append("last line does not end with \\n")
    reader = csv.reader(text.splitlines())
    lines = list(reader)
    if not lines or lines[0] != HEADER:
        errors.append(f"header is {lines[0] if lines else None}, expected {HEADER}")
        return errors, []
    rows, seen, previous = [], set(), None
    for n, fields in enumerate(lines[1:], start=2):
        if len(fields) != len(HEADER):
            errors.append(f"line {n}: {len(fields)} fields, expected {len(HEADER)}")
            continue
        row = dict(zip(HEADER, fields))
        for k, v in row.items():
            if v != v.strip():
                errors.append(f"line {n}: {k} has leading or trailing spaces")
        d = row["date"]
        if not DATE_RE.match(d):
            errors.append(f"line {n}: date {d!r} is not YYYY-MM-DD")
            continue
        try:
            day = dt.date.fromisoformat(d)
        except ValueError:
            errors.append(f"line {n}: date {d!r} does not exist")
            continue
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            errors.append(f"line {n}: date {d} outside {FIRST_YEAR}-{LAST_YEAR}")
        if d in seen:
            errors.append(f"line {n}: second row for {d} (one row per date)")
        seen.add(d)
        if previous is not None and day <= previous:
            errors.append(f"line {n}: {d} is not after the previous row's date")
        previous = day
        if row["kind"] not in KINDS:
            errors.append(f"line {n}: kind {row['kind']!r} not in {sorted(KINDS)}")
        for k in ("name_id", "name_en", "source"):
            if not row[k].strip():
                errors.append(f"line {n}: empty {k}")
        row["day"] = day
        rows.append(row)
    per_year = collections.Counter(r["day"].year for r in rows if r["kind"] == "public_holiday")
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        if per_year[year] == 0:
            errors.append(f"year {year}: no public holiday")
    return errors, rows


def reference():
    """{date: kind} from python-holidays for 2008-2027, and its version."""
    import holidays
    from holidays.constants import GOVERNMENT, PUBLIC

    years = range(FIRST_YEAR, LAST_YEAR + 1)
    ref = {}
    for d in holidays.Indonesia(years=years, categories=(GOVERNMENT,)):
        ref[d] = "collective_leave"
    for d in holidays.Indonesia(years=years, categories=(PUBLIC,)):
        ref[d] = "public_holiday"  # a public holiday wins if both
    return ref, holidays.__version__


def compare(rows, ref):
    ours = {r["day"]: r["kind"] for r in rows}
    diffs = []
    for d in sorted(set(ours) | set(ref)):
        if d not in ours:
            diffs.append((d, "missing", f"python-holidays: {ref[d]}; not in our file"))
        elif d not in ref:
            diffs.append((d, "extra", f"ours: {ours[d]}; not in python-holidays"))
        elif ours[d] != ref[d]:
            diffs.append((d, "kind", f"ours: {ours[d]}; python-holidays: {ref[d]}"))
    return diffs


def main(argv):
    args = argv[1:]
    path, form_only, strict = DEFAULT_CSV, False, False
    while args:
        a = args.pop(0)
        if a == "--csv" and args:
            path = pathlib.Path(args.pop(0))
        elif a == "--form-only":
            form_only = True
        elif a == "--strict":
            strict = True
        else:
            print(__doc__, file=sys.stderr)
            return 2
    if not path.is_file():
        print(f"no such file: {path}", file=sys.stderr)
        return 2

    errors, rows = form_errors(path)
    counts = collections.Counter((r["day"].year, r["kind"]) for r in rows)
    print(f"{path}: {len(rows)} rows")
    print("year  public_holiday  collective_leave")
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        print(f"{year}  {counts[year, 'public_holiday']:14}  {counts[year, 'collective_leave']:16}")
    for e in errors:
        print(f"FORM: {e}", file=sys.stderr)
    print(f"form: {'OK' if not errors else f'{len(errors)} error(s)'}")
    if form_only:
        return 1 if errors else 0

    try:
        ref, version = reference()
    except ImportError:
        print("the `holidays` package is missing (pip install holidays); independent check skipped",
              file=sys.stderr)
        return 2
    diffs = compare(rows, ref)
    print(f"independent check against python-holidays {version}: {len(diffs)} difference(s)")
    unexplained = 0
    matched = set()
    for d, what, detail in diffs:
        key = (d.isoformat(), what)
        if key in ALLOWED:
            matched.add(key)
            print(f"  explained   {d} {what:7} {detail}\n              reason: {ALLOWED[key]}")
        else:
            unexplained += 1
            print(f"  UNEXPLAINED {d} {what:7} {detail}")
    stale = sorted(set(ALLOWED) - matched)
    for key in stale:
        print(f"  stale allow-list entry (no such difference now): {key}")
    print(f"unexplained differences: {unexplained}; stale allow-list entries: {len(stale)}")
    if errors or unexplained or (strict and stale):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
