from datetime import date
from decimal import Decimal

import pytest

from parsers import parse_money
from reconcile.compare import compare_prepared, prepare
from reconcile.explain import Conflict, explain, explain_denial, money, power_of_ten
from reconcile.tolerances import is_bound_word
from tests.claim_factory import claim


@pytest.mark.parametrize("value, currency, text", [
    pytest.param("1e6", "USD", "US$1M", id="1M"),
    pytest.param("1.43e10", "USD", "US$14.3B", id="14.3B"),
    pytest.param("5e5", "USD", "US$500K", id="500K"),
    pytest.param("8333333.33", "USD", "US$8.333M", id="8.333M"),
    pytest.param("63350078.87", "USD", "US$63.35M", id="63.35M"),
    pytest.param("1.25e8", "USD", "US$125M", id="125M"),
    pytest.param("999", "USD", "US$999", id="under-1K"),
    pytest.param("2e12", "USD", "US$2T", id="2T"),
    pytest.param("1e8", "CNY", "CN¥100M", id="yuan"),
    pytest.param("3e9", "TWD", "NT$3B", id="nt-dollar"),
    pytest.param("1e6", "MYR", "MYR 1M", id="other-code"),
    pytest.param("1e6", None, "¤1M", id="no-currency"),
])
def test_money_is_compact(value, currency, text):
    assert money(Decimal(value), currency) == text


def conflict_of(a, b) -> Conflict:
    pa, pb = prepare(a), prepare(b)
    result = compare_prepared(pa, pb)
    assert result.verdict == "conflict"
    return explain(pa, pb, result)


def test_signing_bonus_power_of_ten():
    small = claim("1e6", precision="5e3", payee="Ruoming Pang")
    c = conflict_of(claim("1e8", precision="5e7", payee="Ruoming Pang"), small)
    assert c.ratio == 100 and c.cause == "power_of_ten"
    assert c.claims[0] is small  # smaller value first, the caller's own object
    assert c.explanation.startswith("exactly 100x apart: US$1M vs US$100M signing bonus")
    assert "万/亿 slip" in c.explanation


def test_investment_near_miss():
    a = claim("1.43e10", kind="investment", payee="Scale AI", precision="5e7")
    b = claim("1.48e10", kind="investment", payee="Scale AI", precision="5e7")
    c = conflict_of(b, a)
    assert c.cause == "near_miss"
    assert c.explanation == ("3.5% apart: US$14.3B vs US$14.8B investment (Meta → Scale AI); "
                             "near-miss between outlets")
    assert c.ratio == Decimal("1.48e10") / Decimal("1.43e10")


CAUSES = [
    pytest.param(claim(lo="1e9", hi=None, lo_incl=False, qualifiers=("超过",)),
                 claim("4e8", precision="5e7"), "hedged_bound", "over US$1B", id="hedged-bound"),
    # (a monthly figure against one of unstated period is not compared at all: compare.MONTHLY_APART)
    pytest.param(claim("5e7", period="unknown", precision="5e6"),
                 claim("2e8", period="n_years", years=4, precision="5e6"), "period_mismatch",
                 "US$200M over 4 years", id="period"),
    pytest.param(claim("1e8", currency="CNY", precision="5e7", published=date(2025, 3, 1)),
                 claim("1e8", precision="5e7"), "currency_mismatch", "(CN¥100M)", id="currency"),
    pytest.param(claim("2e8", precision="5e6"), claim("5e8", precision="5e6"), "mismatch",
                 "2.5x apart: US$200M vs US$500M", id="plain-mismatch"),
    pytest.param(claim(lo="2e8", hi="5e8", period="n_years", years=4),
                 claim("3e8", period="per_year", precision="5e6"), "mismatch",
                 "US$50M–US$125M/yr vs US$300M/yr", id="annualised-range"),
]


@pytest.mark.parametrize("a, b, cause, words", CAUSES)
def test_cause_and_words(a, b, cause, words):
    c = conflict_of(a, b)
    assert c.cause == cause
    assert words in c.explanation


def test_denial_names_who_denied():
    asserted = claim("1e8", outlet="Bloomberg")
    denied = claim("1e8", stance="denied", attributed_to="Andrew Bosworth", outlet="The Verge")
    pd, pa = prepare(denied), prepare(asserted)
    c = explain_denial(pd, pa, compare_prepared(pd, pa))
    assert c.cause == "denial" and c.ratio == 1
    assert c.explanation.startswith("denied by Andrew Bosworth: US$100M signing bonus")
    assert "as asserted by Bloomberg" in c.explanation
    assert c.severity == 1  # denial bonus, no distance


def test_severity_orders_big_gaps_first_and_discounts_rumours():
    big = conflict_of(claim("1e6", precision="5e3"), claim("1e8", precision="5e7"))
    near = conflict_of(claim("1.43e10", precision="5e7"), claim("1.48e10", precision="5e7"))
    rumour = conflict_of(claim("1e6", precision="5e3"),
                         claim("1e8", precision="5e7", stance="rumored"))
    assert big.severity == 2 and rumour.severity == 1
    assert big.severity > rumour.severity > near.severity > 0


@pytest.mark.parametrize("ratio, k", [("100", 2), ("10", 1), ("1000.0000000001", 3),
                                      ("99", None), ("1", None), ("Infinity", None)])
def test_power_of_ten(ratio, k):
    assert power_of_ten(Decimal(ratio)) == k


def test_zero_side_gives_infinite_ratio():
    c = conflict_of(claim("0"), claim("1e6"))
    assert c.ratio == Decimal("Infinity") and "far apart" in c.explanation


def test_conflict_needs_two_claims():
    with pytest.raises(ValueError):
        Conflict((claim("1"),), Decimal(1), Decimal(0), "mismatch", "")


@pytest.mark.parametrize("text", ["最多100万美元", "不超过100万美元"])
def test_regression_zuiduo_is_a_hedged_bound(text):
    # 最多/不超过 (effect "le") were missing from the old tolerance table, so a conflict with
    # them read as a plain mismatch while 以下 read as a hedged bound.
    m = parse_money(text)
    assert is_bound_word(m.qualifiers[0])
    capped = claim(lo=m.min, hi=m.max, hi_incl=m.max_inclusive, approx=m.approx, qualifiers=m.qualifiers,
                   precision=m.precision)
    # 300万, not 500万: 500万 is exactly 10x the cap's midpoint (50万), which reads as power_of_ten.
    c = conflict_of(capped, claim("3e6", precision="5e5"))
    assert c.cause == "hedged_bound"
    assert "up to US$1M" in c.explanation


def test_a_power_of_ten_within_rounding_is_a_slip_of_unit():
    """dev (blind12-29): 13亿英镑 for Isak's fee against 1.25亿镑 is 13亿 written for 1.3亿, which
    rounds 1.25亿: a slip of unit, listed, not two quantities too far apart to be one."""
    small = claim("1.25e8", currency="GBP", kind="acquisition", payee="isak", precision="5e5")
    c = conflict_of(claim("1.3e9", currency="GBP", kind="acquisition", payee="isak", precision="5e7"), small)
    assert c.cause == "rounded_power_of_ten" and c.explanation.startswith("about 10x apart (10.40x)")


def test_a_hedged_figure_far_apart_is_no_slip_of_unit():
    small = claim("3e9", kind="investment", payee="anthropic", precision="5e8")
    big = claim(lo="2e10", hi=None, lo_incl=False, qualifiers=("超过",), kind="investment", payee="anthropic")
    c = conflict_of(big, small)
    assert c.cause != "rounded_power_of_ten"
