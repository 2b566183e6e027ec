#!/usr/bin/env python3
"""Check a register CSV written by gen_register.py against the path rules.

    python3 bench/validate_register.py FILE.csv [--code BEN]

Exits 1 (printing up to 20 problems) if any row breaks a rule; otherwise prints
the mix of paths per year group, the number of bodies and applicants.
"""
import argparse
import collections
import csv
import re
import sys

HEADER = [
    "register_no", "received_on", "applicant", "applicant_kind", "public_body",
    "subject", "qualified_on", "not_qualified_on", "not_qualified_reason",
    "withdrawn_on", "decided_on", "decision_via", "decision_outcome",
    "decision_no", "closed_on",
]
TODAY = "2026-11-29"
KINDS = {"individual", "group", "legal_entity"}
REASONS = {"incomplete", "late", "no_standing", "no_authority", "no_objection", "other"}
OUTCOMES = {
    "interim": {"dismissed", "lapsed"},
    "mediation": {"agreement"},
    "adjudication": {"granted", "partly_granted", "rejected", "dismissed", "lapsed"},
}
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--code", default="BEN")
    args = ap.parse_args()
    regno = re.compile(r"^(\d{4,})/([IVX]+)/KI-" + re.escape(args.code) + r"-PS/(\d{4})$")
    import datetime as dt

    def valid_date(s):
        if not DATE.match(s):
            return False
        try:
            dt.date.fromisoformat(s)
        except ValueError:
            return False
        return True

    problems = []
    seen_reg, seen_dec = set(), set()
    bodies, applicants = set(), set()
    mix = collections.Counter()
    mix_recent = collections.Counter()
    per_year = collections.Counter()
    last_year, last_serial, last_recv = None, 0, ""
    rows = 0

    def bad(line, msg):
        if len(problems) < 20:
            problems.append(f"line {line}: {msg}")
        else:
            problems.append(None)

    with open(args.file, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r, None)
        if header != HEADER:
            print(f"bad header: {header}", file=sys.stderr)
            return 1
        for line, row in enumerate(r, 2):
            rows += 1
            if len(row) != 15:
                bad(line, f"{len(row)} fields")
                continue
            (reg, recv, appl, kind, body, subj, q, nq, reason, wd, dec, via, outc,
             decno, closed) = row
            m = regno.match(reg)
            if not m:
                bad(line, f"register_no {reg!r}")
                continue
            if reg in seen_reg:
                bad(line, f"duplicate register_no {reg}")
            seen_reg.add(reg)
            if not valid_date(recv):
                bad(line, f"received_on {recv!r}")
                continue
            year = int(recv[:4])
            per_year[year] += 1
            if not 2011 <= year <= 2025:
                bad(line, f"year {year}")
            if int(m.group(3)) != year or m.group(2) != ROMAN[int(recv[5:7])]:
                bad(line, f"register_no {reg} does not match received {recv}")
            if year != last_year:
                if last_year is not None and year < last_year:
                    bad(line, "years not grouped ascending")
                last_year, last_serial, last_recv = year, 0, ""
            last_serial += 1
            if int(m.group(1)) != last_serial:
                bad(line, f"serial {m.group(1)} expected {last_serial}")
            if recv < last_recv:
                bad(line, "received dates not sorted within year")
            last_recv = recv
            if not appl.strip() or not body.strip() or not subj.strip():
                bad(line, "empty applicant/body/subject")
            if kind not in KINDS:
                bad(line, f"applicant_kind {kind!r}")
            bodies.add(body)
            applicants.add(appl)
            for name, v in (("qualified_on", q), ("not_qualified_on", nq), ("withdrawn_on", wd),
                            ("decided_on", dec), ("closed_on", closed)):
                if v and not valid_date(v):
                    bad(line, f"{name} {v!r}")
            for v in (recv, q, nq, wd, dec, closed):
                if v and v > TODAY:
                    bad(line, f"date {v} after {TODAY}")
            if q and nq:
                bad(line, "both qualified and not qualified")
            if nq:
                if wd or dec:
                    bad(line, "not qualified but withdrawn/decided")
                if closed != nq:
                    bad(line, "not qualified: closed_on != not_qualified_on")
                if reason not in REASONS:
                    bad(line, f"not_qualified_reason {reason!r}")
            elif reason:
                bad(line, "reason without not_qualified_on")
            if dec and not q:
                bad(line, "decided without qualified")
            if wd and dec:
                bad(line, "withdrawn and decided")
            if dec:
                if via not in OUTCOMES or outc not in OUTCOMES[via]:
                    bad(line, f"decision {via}/{outc}")
                if not decno:
                    bad(line, "decision without number")
                elif decno in seen_dec:
                    bad(line, f"duplicate decision_no {decno}")
                seen_dec.add(decno)
            elif via or outc or decno:
                bad(line, "decision fields without decided_on")
            if closed and not (wd or dec or nq):
                bad(line, "closed without withdrawal/decision/not-qualified")
            # Non-decreasing along the path.
            step1 = q or nq
            if step1 and step1 < recv:
                bad(line, "qualification before receipt")
            step2 = wd or dec
            if step2:
                if step2 < recv or (q and dec and dec < q):
                    bad(line, "withdrawal/decision too early")
            if closed:
                prev = max(x for x in (recv, q, nq, wd, dec) if x)
                if closed < prev:
                    bad(line, "closed before previous step")
            if nq:
                path = "not_qualified"
            elif wd:
                path = "withdrawn" + ("" if closed else " (open)")
            elif dec:
                path = "decided" + ("" if closed else " (not closed)")
            elif q:
                path = "qualified (open)"
            else:
                path = "entered"
            mix[path] += 1
            if year >= 2024:
                mix_recent[path] += 1

    real = [p for p in problems if p]
    if real:
        print(f"{len(problems)} problem(s) in {args.file}:", file=sys.stderr)
        for p in real:
            print("  " + p, file=sys.stderr)
        return 1
    recent = sum(mix_recent.values())
    print(f"{args.file}: {rows} rows OK; {len(bodies)} bodies, {len(applicants)} applicants, "
          f"years {min(per_year) if per_year else '-'}-{max(per_year) if per_year else '-'}")
    for path, n in sorted(mix.items(), key=lambda kv: -kv[1]):
        share_recent = 100.0 * mix_recent[path] / recent if recent else 0.0
        print(f"  {path:24s} {n:9d}  {100.0 * n / rows:5.1f}%   (2024-25: {share_recent:5.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
