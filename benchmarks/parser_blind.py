"""How exactly ``extract_money`` reads a blind set of news sentences, against JioNLP in the same run.

    python -m benchmarks.parser_blind                 # ours and JioNLP's (bench extra)
    python -m benchmarks.parser_blind --no-jionlp
    python -m benchmarks.parser_blind --set FILE      # another set in the same format

The set (tests/corpus/parser_blind/sentences.json, its NOTES.md) was written by someone who
never ran the parser: each sentence with the money expressions it holds, their intervals and
currencies, and strings that look like figures but are not money. A sentence whose currency
depends on earlier text carries that text (``document_context``), read before it.

Exact: the system's mention overlapping the expected text has the expected bounds (open or
closed as written) and currency. JioNLP cannot say whether a bound is open, so it is also
scored "values": bounds and currency with open and closed alike (shown for ours too). A false
reading is a mention that overlaps no expected expression. ``approx`` is not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from parsers import extract_money

SET = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "parser_blind" / "sentences.json"


@dataclass(frozen=True)
class Reading:
    start: int
    end: int
    low: Decimal | None
    high: Decimal | None
    low_open: bool
    high_open: bool
    currency: str | None


@dataclass
class Tally:
    expected: int = 0
    exact: int = 0
    values: int = 0
    found: int = 0
    false: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        pct = (lambda n: f"{100 * n / self.expected:5.1f}%") if self.expected else (lambda n: "-")
        return (f"{name:8} | {self.exact}/{self.expected} exact ({pct(self.exact)}) | values {pct(self.values)}"
                f" | found {pct(self.found)} | false readings {self.false}")


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def expected_spans(item: dict[str, Any]) -> list[tuple[int, int, Reading]]:
    """Each expected expression located in the sentence, in text order."""
    out, at = [], 0
    text = item["text"]
    for e in item["expected"]:
        start = text.find(e["text"], at)
        if start < 0:
            start = text.find(e["text"])
        end = start + len(e["text"])
        at = end
        out.append((start, end, Reading(start, end, _dec(e["low"]), _dec(e["high"]), bool(e.get("low_open")),
                                        bool(e.get("high_open")), e["currency"])))
    return out


def ours(text: str) -> list[Reading]:
    return [Reading(m.start, m.end, m.min, m.max, not m.min_inclusive, not m.max_inclusive, m.currency)
            for m in extract_money(text)]


def theirs(text: str) -> list[Reading]:
    from benchmarks.peer_suites import jionlp_bounds, jionlp_extract

    out = []
    for m in jionlp_extract(text):
        low, high, currency = jionlp_bounds(m["detail"]) if m.get("detail") else (None, None, None)
        out.append(Reading(m["offset"][0], m["offset"][1], low, high, False, False, currency))
    return out


def _same_values(a: Reading, b: Reading) -> bool:
    low = (a.low or Decimal(0)) == (b.low or Decimal(0))  # 不到X: [0, X), JioNLP: (None, X)
    return low and a.high == b.high and a.currency == b.currency


def score(items: list[dict[str, Any]], read) -> Tally:
    t = Tally()
    for item in items:
        context = item.get("document_context") or ""
        shift = len(context) + 1 if context else 0
        got = [r for r in read(f"{context}\n{item['text']}" if context else item["text"]) if r.start >= shift]
        got = [Reading(r.start - shift, r.end - shift, r.low, r.high, r.low_open, r.high_open, r.currency)
               for r in got]
        spans = expected_spans(item)
        for start, end, want in spans:
            t.expected += 1
            hit = next((r for r in got if r.start < end and start < r.end), None)
            if hit is None:
                t.misses.append(f"{item['id']}: {item['text'][start:end]!r} not found")
                continue
            t.found += 1
            if _same_values(hit, want):
                t.values += 1
                if (hit.low_open, hit.high_open) == (want.low_open, want.high_open) or (
                        want.low in (None, Decimal(0)) and hit.low in (None, Decimal(0))
                        and hit.high_open == want.high_open):
                    t.exact += 1
                    continue
            t.misses.append(f"{item['id']}: {item['text'][start:end]!r} want {_fmt(want)}, got {_fmt(hit)}")
        for r in got:
            if not any(r.start < e and s < r.end for s, e, _ in spans):
                t.false += 1
                t.misses.append(f"{item['id']}: {item['text'][r.start:r.end]!r} false reading {_fmt(r)}")
    return t


def _fmt(r: Reading) -> str:
    return (f"{'(' if r.low_open else '['}{r.low}, {r.high if r.high is not None else '∞'}"
            f"{')' if r.high_open or r.high is None else ']'} {r.currency}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=SET)
    ap.add_argument("--no-jionlp", action="store_true")
    ap.add_argument("--misses", action="store_true",
                    help="list every expression not read exactly, and every false reading (ours)")
    args = ap.parse_args(argv)
    items = json.loads(args.set.read_text(encoding="utf-8"))
    mine = score(items, ours)
    print(f"{len(items)} sentences from {args.set.name}")
    print(mine.line("ours"))
    if not args.no_jionlp:
        from benchmarks.peer_suites import load_jionlp

        if load_jionlp() is None:
            print("jionlp   | not installed (pip install -e '.[bench]')")
        else:
            print(score(items, theirs).line("jionlp"))
    if args.misses:
        print("\n".join("  " + m for m in mine.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
