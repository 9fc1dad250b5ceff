"""Stand-alone check of parser_blind14/sentences.json (reads only this file; imports no project code).

python3 tests/corpus/parser_blind14/check_set.py
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CURRENCIES = {"CNY", "HKD", "TWD", "USD", "JPY", "MOP", "MYR", "EUR", "SGD", "GBP", "KRW", "AUD", "IDR"}
DEC = re.compile(r"^-?\d+(\.\d+)?$")


def main():
    data = json.load(open(os.path.join(HERE, "sentences.json"), encoding="utf-8"))
    errors = []
    seen_ids, seen_texts = set(), set()
    for s in data:
        sid = s.get("id")
        for key in ("id", "text", "source", "document_context", "expected", "not_money", "note"):
            if key not in s:
                errors.append(f"{sid}: missing {key}")
        if sid in seen_ids:
            errors.append(f"{sid}: duplicate id")
        seen_ids.add(sid)
        t = s["text"]
        if t in seen_texts:
            errors.append(f"{sid}: duplicate text")
        seen_texts.add(t)
        if t != t.strip():
            errors.append(f"{sid}: space at an end")
        if sid.startswith("w") != (s["source"] == "written"):
            errors.append(f"{sid}: source/written mismatch")
        pos = 0
        spans = []
        for e in s["expected"]:
            i = t.find(e["text"], pos)
            if i < 0:
                errors.append(f"{sid}: expected text {e['text']!r} not found in order")
                continue
            spans.append((i, i + len(e["text"])))
            pos = i + len(e["text"])  # expected items may not overlap
            lo, hi = e["low"], e["high"]
            for b in (lo, hi):
                if b is not None and (not isinstance(b, str) or not DEC.match(b)):
                    errors.append(f"{sid}: bound {b!r} not a decimal string")
            if lo is None and hi is None:
                errors.append(f"{sid}: both bounds null")
            if lo is not None and hi is not None and DEC.match(lo) and DEC.match(hi) and Decimal(lo) > Decimal(hi):
                errors.append(f"{sid}: low > high")
            if e.get("low_open") and lo is None or e.get("high_open") and hi is None:
                errors.append(f"{sid}: open flag on an infinite end")
            if e["currency"] not in CURRENCIES:
                errors.append(f"{sid}: currency {e['currency']}")
            if not isinstance(e["approx"], bool):
                errors.append(f"{sid}: approx not bool")
        pos = 0
        for n in s["not_money"]:
            i = t.find(n, pos)
            if i < 0:
                errors.append(f"{sid}: not_money {n!r} not found in order")
                continue
            pos = i + 1
    n_exp = sum(len(s["expected"]) for s in data)
    print(f"{len(data)} sentences, {n_exp} expected expressions, {len(errors)} errors")
    for e in errors:
        print(" ", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
