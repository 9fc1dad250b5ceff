"""Extraction speed on generated adversarial shapes, from 16 KB to 4 MB: is every shape linear?

Run from the repository root::

    python -m benchmarks.adversarial              # every shape, 16K .. 4M characters
    python -m benchmarks.adversarial --max 1M     # stop at 1M characters
    python -m benchmarks.adversarial --budget 20  # skip a shape's larger sizes once one takes 20 s

Each shape repeats a short unit that once made a pattern re-read the same characters from
many positions (issue 13): digit groups after a money word (估值123,123,...), a long figure in
thousands before a currency (1,000,000...美元), decimal points after a pay word (薪酬1.1.1....),
and plain runs of digits, Chinese numerals and units; and figure-dense text (a money figure every
4 to 14 characters), the same figure repeated or a different one each time.  For each size the time of one
``extract_money`` call (CPU time) and the characters per second are printed; the last column
is the rate at that size over the rate at the smallest, which stays near 1 (or rises, as fixed
costs spread) for a linear shape and falls with the size for a quadratic one.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from parsers import extract_money

SHAPES: dict[str, Callable[[int], str]] = {
    "digit groups after a money word": lambda n: "估值" + "123," * (n // 4),
    "thousands before a currency": lambda n: "1" + ",000" * (n // 4) + "美元",
    "decimal points after a pay word": lambda n: "薪酬" + "1." * (n // 2),
    "one run of digits": lambda n: "估值" + "1" * n,
    "Chinese numerals": lambda n: "薪酬" + "一二三四五六七八九十" * (n // 10),
    "figures with units": lambda n: "年薪1万" * (n // 4),
    "hedges without figures": lambda n: "超过约近" * (n // 4),
    "spaced digits": lambda n: "估值1 " * (n // 3),
    "line breaks after figures": lambda n: "营收3\n" * (n // 4),
    "minor units after price cues": lambda n: "每股派息5分" * (n // 6),
    "bare figures in one sentence": lambda n: "年薪3000万美元" + "，年薪6000万" * (n // 8),
    # The dense shapes above repeat one figure, which the parser's caches of readings by their words (an
    # end's groups, cleaned values) serve from memory after the first; these write a different figure each time.
    "varied figures with units": lambda n: "".join(f"年薪{(i * 7919) % 99991 + 1}万" for i in range(n // 9)),
    "varied figures with currency": lambda n: "".join(f"营收{(i * 7919) % 99991 + 1}.{i % 10}亿美元，"
                                                      for i in range(n // 14)),
}
SIZES = {"16K": 16_000, "64K": 64_000, "256K": 256_000, "1M": 1_000_000, "4M": 4_000_000}


def timed(text: str) -> float:
    start = time.process_time()
    extract_money(text)
    return time.process_time() - start


def run(max_size: int, budget: float) -> None:
    extract_money("估值123亿美元，估值一千二百亿美元")  # warm the imports (cn2an at a first Chinese numeral) once
    print(f"{'shape':34} {'size':>6} {'seconds':>9} {'chars/s':>13} {'vs 16K':>7}")
    for name, make in SHAPES.items():
        first_rate = None
        for label, size in SIZES.items():
            if size > max_size:
                break
            text = make(size)
            seconds = timed(text)
            rate = len(text) / seconds if seconds > 0 else float("inf")
            first_rate = first_rate or rate
            print(f"{name:34} {label:>6} {seconds:9.3f} {rate:13,.0f} {rate / first_rate:7.2f}")
            if seconds > budget:
                print(f"{name:34} larger sizes skipped: {seconds:.1f} s is over the {budget:.0f} s budget")
                break


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", choices=list(SIZES), default="4M", help="largest size to time")
    ap.add_argument("--budget", type=float, default=30.0, help="seconds after which a shape's larger sizes are skipped")
    args = ap.parse_args(argv)
    run(SIZES[args.max], args.budget)


if __name__ == "__main__":
    main()
