"""Benchmark reconcile.find_conflicts on a synthetic table of 1,000,000 claims.

    .venv/bin/python -m benchmarks.reconcile_bench [--claims 1000000] [--sample 3000]

The table mixes kinds, payers and payees the way a news corpus does: most quantities are
reported by a handful of outlets, a few (a famous deal, a famous pay package) by tens of
thousands. Each outlet reports the quantity's value with its own precision; some write a near
miss, a 万/亿 slip, a hedge (约, 超过), a range, another currency or period, or a denial.
Claims are ClaimView records (the fast path); find_conflicts accepts Claim objects the same way.

The naive baseline compares every pair of claims (same block and compare() says conflict). It
is timed on a small table built by the same generator and extrapolated by n^2 to the full size:
that is an estimate, stated as such in the output, not a measurement.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time
from datetime import date
from decimal import Decimal
from itertools import combinations

from core.fx import RATES, month_of
from reconcile.compare import compare_prepared, prepare
from reconcile.group import VALUE_STANCES, block_key, find_conflicts
from reconcile.view import ClaimView

KINDS = {  # kind: (periods it is reported with, log10 range of its values)
    "signing_bonus": (["one_time", "unknown"], (5, 9)),
    "annual_pay": (["per_year", "per_month", "unknown"], (5, 8)),
    "pay_package": (["n_years", "first_year", "unknown"], (7, 10)),
    "bonus": (["one_time", "per_year"], (5, 8)),
    "equity": (["n_years", "unknown"], (6, 10)),
    "investment": (["one_time", "unknown"], (7, 11)),
    "valuation": (["unknown"], (8, 12)),
    "deal": (["one_time", "unknown"], (7, 11)),
    "revenue": (["per_year"], (7, 11)),
    "net_worth": (["unknown"], (8, 11)),
    "spending": (["per_year", "multi_year"], (8, 11)),
    "other": (["unknown"], (4, 10)),
}
CURRENCIES = ["USD"] * 14 + ["CNY"] * 4 + ["HKD", "TWD", "JPY", "EUR"]
STANCES = ["reported"] * 90 + ["asserted"] * 5 + ["rumored"] * 3 + ["denied", "hypothetical"]
BIG_BLOCKS = (0.10, 0.06, 0.03, 0.01)  # shares of the table in the few famous quantities
MONTHS = [date(y, m, 15) for y in range(2021, 2026) for m in range(1, 13)]


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.companies = [f"company{n}" for n in range(3_000)]
        self.people = [f"person{n}" for n in range(60_000)] + [None]
        self.outlets = [f"outlet{n}" for n in range(400)]
        self.serial = 0

    def quantity(self) -> dict:
        rng = self.rng
        kind = rng.choice(list(KINDS))
        periods, (lo, hi) = KINDS[kind]
        payee = rng.choice(self.people) if "pay" in kind or "bonus" in kind else rng.choice(self.companies)
        when = rng.choice(MONTHS)
        return dict(kind=kind, payer=rng.choice(self.companies), payee=payee,
                    period=rng.choice(periods), digits=rng.randint(lo, hi),
                    mantissa=rng.randint(10, 999), currency=rng.choice(CURRENCIES), when=when)

    def claim(self, q: dict) -> ClaimView:
        rng, self.serial = self.rng, self.serial + 1
        mantissa, exp = q["mantissa"], q["digits"] - 2
        currency, period = q["currency"], q["period"]
        roll = rng.random()
        if roll < 0.04:  # near miss of a few per cent
            mantissa = mantissa * rng.choice((96, 97, 103, 104)) // 100
        elif roll < 0.06:  # 万/亿 slip or bonus vs package
            exp += rng.choice((-4, -2, 2))
        elif roll < 0.08:  # another outlet's currency (converted, or the number copied)
            currency = rng.choice(CURRENCIES)
        elif roll < 0.09:
            period = "unknown"
        value = Decimal(mantissa).scaleb(exp)
        lo, hi, lo_incl, approx, quals = value, value, True, False, ()
        hedge = rng.random()
        if hedge < 0.05:
            hi, lo_incl, quals = None, False, ("超过",)
        elif hedge < 0.10:
            approx, quals = True, ("约",)
        elif hedge < 0.13:
            lo, hi = value * Decimal("0.8"), value * Decimal("1.2")
        when = q["when"]
        rate = RATES[currency][month_of(when)] if currency != "USD" else None
        years = Decimal(4) if period == "n_years" else None
        return ClaimView(
            f"c{self.serial}", lo, hi, currency=currency, kind=q["kind"], payer=q["payer"],
            payee=q["payee"], period_kind=period, period_years=years, min_inclusive=lo_incl,
            precision=Decimal(5).scaleb(exp - 1), approx=approx, qualifiers=quals,
            min_usd=None if rate is None else lo / rate,
            max_usd=None if rate is None or hi is None else hi / rate, fx_rate=rate,
            outlet=rng.choice(self.outlets), published=when, stance=rng.choice(STANCES),
        )

    def table(self, n: int) -> list[ClaimView]:
        out: list[ClaimView] = []
        for share in BIG_BLOCKS:
            q = self.quantity()
            out += [self.claim(q) for _ in range(int(n * share))]
        while len(out) < n:  # ordinary quantities: 1-12 reports each, mostly few
            q = self.quantity()
            size = min(n - len(out), 1 + int(self.rng.expovariate(0.3)) % 12)
            out += [self.claim(q) for _ in range(size)]
        self.rng.shuffle(out)
        return out


def naive(views: list[ClaimView]) -> tuple[int, set]:
    """All pairs, no blocking: how many pairs conflict, and in which blocks."""
    prepared = [prepare(v) for v in views if v.stance in VALUE_STANCES]
    found, blocks = 0, set()
    for a, b in combinations(prepared, 2):
        if block_key(a.view) == block_key(b.view) and compare_prepared(a, b).verdict == "conflict":
            found += 1
            blocks.add(block_key(a.view))
    return found, blocks


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def duration(seconds: float) -> str:
    return f"{seconds / 3600:,.1f} h" if seconds > 3600 else f"{seconds:,.1f}s"


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    views, gen_s = timed(Generator(args.seed).table, args.claims)
    sizes = {}
    for v in views:
        sizes[block_key(v)] = sizes.get(block_key(v), 0) + 1
    print(f"generated {len(views):,} claims in {gen_s:.1f}s: {len(sizes):,} blocks, "
          f"largest {sorted(sizes.values())[-4:][::-1]}")
    gc.collect()
    before = rss_mb()
    conflicts, run_s = timed(find_conflicts, views)
    causes = {}
    for c in conflicts:
        causes[c.cause] = causes.get(c.cause, 0) + 1
    print(f"find_conflicts({len(views):,}): {run_s:.1f}s wall, {len(conflicts):,} conflicts {causes}")
    print(f"memory: RSS {before:,.0f} MB before the call, process peak RSS {peak_mb():,.0f} MB "
          f"(peak includes generating the table)")

    sample = Generator(args.seed + 1).table(args.sample)
    (pairs_found, naive_blocks), naive_s = timed(naive, sample)
    sample_conflicts, fast_s = timed(find_conflicts, sample)
    fast_blocks = {block_key(c.claims[0]) for c in sample_conflicts if c.cause != "denial"}
    n_pairs = args.sample * (args.sample - 1) // 2
    per_pair = naive_s / n_pairs
    extrapolated = per_pair * args.claims * (args.claims - 1) / 2
    print(f"naive all-pairs on {args.sample:,} claims: {naive_s:.2f}s ({n_pairs:,} pairs, "
          f"{per_pair * 1e9:.0f} ns/pair, {pairs_found:,} conflicting pairs); "
          f"find_conflicts on the same claims: {fast_s:.3f}s")
    print(f"blocks with a conflict: naive {len(naive_blocks)}, find_conflicts {len(fast_blocks)}, "
          f"same set: {naive_blocks == fast_blocks}")
    print(f"naive extrapolated to {args.claims:,} claims (x n^2, an estimate, not run): "
          f"{duration(extrapolated)}; measured find_conflicts: {run_s:.1f}s; "
          f"ratio ~{extrapolated / run_s:,.0f}x")


if __name__ == "__main__":
    main()
