"""Checks parser_blind15/sentences.json on its own (reads no other set).

    python3 tests/corpus/parser_blind15/check_set.py
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CURRENCIES = {"CNY", "HKD", "TWD", "MYR", "USD", "GBP", "SGD", "EUR", "MOP", "JPY", "AUD", "KRW"}
DEC = re.compile(r"^-?\d+(\.\d+)?$")


def check(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    ids, texts = set(), set()
    for s in data:
        sid = s.get("id", "?")
        def err(m, sid=sid):
            return errors.append(f"{sid}: {m}")
        for k in ("id", "text", "source", "document_context", "expected", "not_money", "note"):
            if k not in s:
                err("missing " + k)
        if sid in ids:
            err("duplicate id")
        ids.add(sid)
        t = s["text"]
        if t in texts:
            err("duplicate text")
        texts.add(t)
        if t != t.strip():
            err("space at an end of the text")
        if sid.startswith("w") != (s["source"] == "written"):
            err("written id and source disagree")
        if sid.startswith("r") and not s["source"].startswith("http"):
            err("real sentence without a page address")
        if not s["document_context"]:
            err("empty document_context")
        pos = 0
        for e in s["expected"]:
            i = t.find(e["text"], pos)
            if i < 0:
                err("expected text not found in order: {!r}".format(e["text"]))
            else:
                pos = i + len(e["text"])
            lo, hi = e["low"], e["high"]
            if lo is None and hi is None:
                err("both bounds null")
            for b in (lo, hi):
                if b is not None and (not isinstance(b, str) or not DEC.match(b)):
                    err(f"bound not a plain decimal string: {b!r}")
            if lo is not None and hi is not None and DEC.match(lo) and DEC.match(hi) and Decimal(lo) > Decimal(hi):
                err("low > high")
            if e.get("low_open") and lo is None or e.get("high_open") and hi is None:
                err("open flag on a null bound")
            for k in ("low_open", "high_open"):
                if k in e and e[k] is not True:
                    err(k + " present but not true")
            if e["currency"] not in CURRENCIES:
                err("currency {!r}".format(e["currency"]))
            if not isinstance(e["approx"], bool):
                err("approx not boolean")
        pos = 0
        for n in s["not_money"]:
            i = t.find(n, pos)
            if i < 0:
                err(f"not_money string not found in order: {n!r}")
            else:
                pos = i + len(n)
    return data, errors


if __name__ == "__main__":
    data, errors = check(os.path.join(HERE, "sentences.json"))
    for e in errors:
        print(e)
    n_exp = sum(len(s["expected"]) for s in data)
    print(f"{len(data)} sentences, {n_exp} expected expressions, {len(errors)} errors")
    sys.exit(1 if errors else 0)
