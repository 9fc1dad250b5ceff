from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.units import per_year_factor, period_class
from reconcile.compare import Bounds, compare, conflicts, significant, widen
from reconcile.errors import IncomparableError, InvalidClaimError, ReconcileError
from reconcile.tolerances import TOLERANCES
from reconcile.view import as_view
from tests.claim_factory import D, claim, copy

CONSISTENT = [
    # the brief's examples
    pytest.param(claim(lo="1e8", hi=None, lo_incl=False, precision="5e7", qualifiers=("过",)),
                 claim(lo="1e8", hi="999999999", qualifiers=("位数",)), id="过亿-vs-九位数"),
    pytest.param(claim(lo="1e9", hi=None, lo_incl=False, precision="5e7", qualifiers=("超过",)),
                 claim("1.5e9", precision="5e7"), id="超过10亿-vs-15亿"),
    pytest.param(claim(lo="2e8", hi="5e8", period="n_years", years=4, precision="5e7"),
                 claim(lo="5e7", hi="1e8", period="first_year", precision="5e6"),
                 id="2亿-5亿四年-vs-首年5000万至1亿"),
    pytest.param(claim("1.43e10", kind="investment", precision="5e7"),
                 claim("1.432e10", kind="investment", precision="5e6"), id="143亿-vs-143.2亿"),
    pytest.param(claim("1e8", kind="pay_package", period="per_year", precision="5e7"),
                 claim("8e6", kind="pay_package", period="per_month", precision="5e3"),
                 id="年1亿-vs-每月800万"),
    pytest.param(SELF := claim(lo="2e8", hi="5e8", period="n_years", years=4, precision="5e7"),
                 SELF, id="itself"),
    pytest.param(SELF, copy(SELF, precision=Decimal("5e6")), id="copy-at-finer-precision"),
    pytest.param(SELF, copy(SELF, precision=None), id="copy-without-precision"),
    # not from the seeds
    pytest.param(claim(lo="3e6", hi="5e6", precision="5e5"), claim("4e6"), id="range-holds-point"),
    pytest.param(claim(lo="2e6", hi=None, qualifiers=("至少",)), claim("3e7"), id="至少200万-vs-3000万"),
    pytest.param(claim(lo="1e7", hi="1e8", hi_incl=False, qualifiers=("位数",)),
                 claim("5e7", precision="5e6"), id="八位数-vs-5000万"),
    pytest.param(claim("5e5", period="per_month", precision="5e4"),
                 claim("6e6", period="per_year", precision="5e5"), id="每月50万-vs-年薪600万"),
    pytest.param(claim("3e7", period="n_years", years=3, precision="5e6"),
                 claim("1e7", period="per_year", precision="5e6"), id="三年3000万-vs-年薪1000万"),
    pytest.param(claim("7.2e8", currency="CNY", published=date(2024, 7, 1), precision="5e6"),
                 claim("1e8", precision="5e6"), id="7.2亿元-vs-1亿美元-2024-07"),
    pytest.param(claim("1e6", period="unknown", precision="5e5"),
                 claim("1e6", period="per_year", precision="5e5"), id="unknown-as-is"),
    pytest.param(claim(lo="0", hi="1e6", hi_incl=False, qualifiers=("不到",)), claim("8e5"),
                 id="不到100万-vs-80万"),
    pytest.param(claim(lo="1e8", hi=None), claim(lo="5e7", hi="1e8"), id="closed-ends-touch"),
]

CONFLICTING = [
    pytest.param(claim("1e6", precision="5e3"), claim("1e8", precision="5e7"), id="100万-vs-1亿"),
    pytest.param(claim("1.43e10", kind="investment", precision="5e7"),
                 claim("1.48e10", kind="investment", precision="5e7"), id="143亿-vs-148亿"),
    pytest.param(claim(lo="1e7", hi="1e8", hi_incl=False, qualifiers=("位数",)),
                 claim("2e8", precision="5e7"), id="八位数-vs-2亿"),
    pytest.param(claim(lo="0", hi="1e6", hi_incl=False, qualifiers=("不到",)),
                 claim("3e6", precision="5e5"), id="不到100万-vs-300万"),
    pytest.param(claim(lo="1e9", hi=None, lo_incl=False, qualifiers=("超过",)),
                 claim("5e8", precision="5e7"), id="超过10亿-vs-5亿"),
    pytest.param(claim("1e6", period="per_month", precision="5e4"),
                 claim("5e6", period="per_year", precision="5e5"), id="每月100万-vs-年薪500万"),
    pytest.param(claim("1e8", currency="CNY", precision="5e7"), claim("1e8", precision="5e7"),
                 id="1亿元-vs-1亿美元"),
    pytest.param(claim("1.2e7", period="unknown", precision="5e5"),
                 claim("1e6", period="per_year", precision="5e4"), id="unknown-compared-raw"),
    pytest.param(claim(lo="1e8", hi=None, lo_incl=False), claim(lo="5e7", hi="1e8"),
                 id="open-end-touches"),
]


@pytest.mark.parametrize("a, b", CONSISTENT)
def test_consistent(a, b):
    assert compare(a, b).verdict == "consistent"
    assert not conflicts(a, b) and not conflicts(b, a)


@pytest.mark.parametrize("a, b", CONFLICTING)
def test_conflicting(a, b):
    assert compare(a, b).verdict == "conflict"
    assert conflicts(a, b) and conflicts(b, a)


INCOMPARABLE = [
    pytest.param(claim("1e8", currency="CNY", usd=False), claim("1e8", currency="HKD", usd=False),
                 "no USD value", id="cny-vs-hkd-no-usd"),
    pytest.param(claim("1e8", currency="CNY"), claim("1e8", currency="HKD", usd=False),
                 "no USD value", id="one-side-no-usd"),
    pytest.param(claim("1e8", currency=None), claim("1e8"), "different currencies",
                 id="unknown-currency-vs-usd"),
    pytest.param(claim("1e8", period="one_time"), claim("1e8", period="per_year"),
                 "different quantities", id="one-time-vs-annual"),
    pytest.param(claim("4e8", period="multi_year"), claim("1e8", period="per_year"),
                 "different quantities", id="multi-year-no-length-vs-annual"),
]


@pytest.mark.parametrize("a, b, reason", INCOMPARABLE)
def test_incomparable_is_refused(a, b, reason):
    result = compare(a, b)
    assert result.verdict == "incomparable" and reason in result.reason
    with pytest.raises(IncomparableError) as err:
        conflicts(a, b)
    assert isinstance(err.value, ReconcileError) and err.value.ids == (a.id, b.id)


def test_same_unknown_currency_compares_natively():
    assert conflicts(claim("1e6", currency=None), claim("1e8", currency=None))


def test_cross_currency_compares_in_usd_values():
    cny = claim("1e8", currency="CNY", published=date(2025, 2, 1))
    result = compare(cny, claim("1.4e7"))
    assert result.basis.usd and not result.basis.annual
    assert result.a.lo == cny.min_usd  # no precision, no hedge: the claim's own USD value


@pytest.mark.parametrize("kwargs, lo, hi", [
    pytest.param(dict(value="1.43e10", precision="5e7"), "1.425e10", "1.435e10", id="143亿"),
    pytest.param(dict(value="1.2e8", approx=True, qualifiers=("约",), precision="5e6"),
                 "1.03e8", "1.37e8", id="约1.2亿-±10%-then-precision"),
    pytest.param(dict(value="1.4e10", precision="5e7"), "1.35e10", "1.45e10", id="140亿-trailing-zero"),
    pytest.param(dict(lo="1e9", hi=None, precision="5e8"), "5e8", None, id="open-stays-open"),
    pytest.param(dict(value="1e6", precision="5e6"), "0", "6e6", id="never-below-zero"),
])
def test_widen(kwargs, lo, hi):
    b = widen(as_view(claim(**kwargs)))
    assert (b.lo, b.hi) == (D(lo), D(hi))


def test_an_end_widened_by_a_hedge_is_closed_by_precision_open_and_unwidened_as_stated():
    b = widen(as_view(claim(lo="1e8", hi="2e8", lo_incl=False, hi_incl=False, approx=True, qualifiers=("约",))))
    assert b.lo_incl and b.hi_incl
    b = widen(as_view(claim(lo="1e8", hi="2e8", precision="1")))
    assert not b.lo_incl and not b.hi_incl
    b = widen(as_view(claim(lo="1e8", hi="2e8", lo_incl=False, hi_incl=False)))
    assert not b.lo_incl and not b.hi_incl


def test_figures_differing_in_their_last_stated_digit_conflict():
    """Regression (issue 10, precision rules): 152亿 vs 153亿美元 touched at 152.5亿 and
    were called consistent; their rounding intervals do not overlap."""
    a = claim("1.52e10", kind="investment", payer="meta", payee="scale-ai", precision="5e7")
    b = claim("1.53e10", kind="investment", payer="meta", payee="scale-ai", precision="5e7")
    assert compare(a, b).verdict == "conflict"
    round_ = claim("1.5e10", kind="investment", payer="meta", payee="scale-ai", precision="5e8")
    assert compare(round_, b).verdict == "consistent"  # 150亿 (to 10亿) covers 153亿
    hedged = claim("1.52e10", kind="investment", payer="meta", payee="scale-ai", precision="5e7",
                   approx=True, qualifiers=("约",))
    assert compare(hedged, b).verdict == "consistent"  # 约152亿 may be 153亿


@pytest.mark.parametrize("lo, hi, lo_incl, hi_incl", [
    pytest.param("2e8", "1e8", True, True, id="inverted"),
    pytest.param("1e8", "1e8", False, True, id="open-point"),
])
def test_empty_interval_is_an_error(lo, hi, lo_incl, hi_incl):
    bad = claim(lo=lo, hi=hi, lo_incl=lo_incl, hi_incl=hi_incl)
    with pytest.raises(InvalidClaimError, match=bad.id):
        compare(bad, claim("1e8"))


@pytest.mark.parametrize("kind, years, factor, pclass", [
    pytest.param("per_year", None, "1", "rate", id="per_year"),
    pytest.param("per_month", Decimal(1) / 12, "12", "rate", id="per_month-ignores-1/12"),
    pytest.param("first_year", None, "1", "rate", id="first_year"),
    pytest.param("n_years", Decimal(4), "0.25", "rate", id="4-years"),
    pytest.param("multi_year", Decimal(5), "0.2", "rate", id="multi-year-5"),
    pytest.param("multi_year", None, None, "total", id="multi-year-unstated"),
    pytest.param("one_time", None, None, "one_time", id="one_time"),
    pytest.param("unknown", None, None, "unknown", id="unknown"),
])
def test_per_year_factors_from_pint(kind, years, factor, pclass):
    assert per_year_factor(kind, years) == D(factor)
    assert period_class(kind, years) == pclass


# ---- properties -------------------------------------------------------------------------

SCALES = [Decimal(10) ** k for k in range(3, 12)]
CURRENCIES = ["USD", "CNY", "HKD", "JPY", "TWD", None]
PERIODS = [("unknown", None), ("one_time", None), ("per_year", None), ("per_month", None),
           ("n_years", 4), ("first_year", None), ("multi_year", None)]


@st.composite
def claims(draw, kind="signing_bonus"):
    lo = draw(st.integers(0, 999)) * draw(st.sampled_from(SCALES)) / 10
    shape = draw(st.sampled_from(["point", "range", "open"]))
    hi = {"point": lo, "range": lo + draw(st.integers(1, 999)) * lo / 100 + 1, "open": None}[shape]
    period, years = draw(st.sampled_from(PERIODS))
    return claim(
        lo=lo, hi=hi, kind=kind, currency=draw(st.sampled_from(CURRENCIES)), period=period,
        years=years, usd=draw(st.booleans()),
        precision=draw(st.sampled_from([None, *SCALES])), approx=draw(st.booleans()),
        qualifiers=tuple(draw(st.sets(st.sampled_from(sorted(TOLERANCES)), max_size=2))),
        lo_incl=shape == "point" or draw(st.booleans()),
        hi_incl=shape == "point" or draw(st.booleans()),
        published=draw(st.dates(date(2018, 1, 1), date(2027, 12, 31))),
    )


@settings(max_examples=300)
@given(claims())
def test_never_conflicts_with_itself(c):
    assert compare(c, c).verdict == "consistent"


@settings(max_examples=300)
@given(claims(), st.sampled_from([None, *SCALES]), st.booleans())
def test_never_conflicts_with_a_copy_at_other_precision(c, precision, approx):
    other = copy(c, precision=precision, approx=approx, outlet="Outlet B")
    assert compare(c, other).verdict == "consistent"


@settings(max_examples=500)
@given(claims(), claims())
def test_verdict_is_symmetric(a, b):
    ab, ba = compare(a, b), compare(b, a)
    assert ab.verdict == ba.verdict
    if ab.verdict != "incomparable":
        assert (ab.a, ab.b) == (ba.b, ba.a)


@given(claims(), claims())
def test_widening_never_turns_consistent_into_conflict(a, b):
    # More precision slack can only make two claims agree more.
    wider = copy(a, precision=(a.precision or 0) + Decimal("1e9"))
    if compare(a, b).verdict == "consistent":
        assert compare(wider, b).verdict == "consistent"


def test_bounds_overlap_is_about_closed_ends():
    assert Bounds(D(1), D(2)).overlaps(Bounds(D(2), D(3)))
    assert not Bounds(D(1), D(2), hi_incl=False).overlaps(Bounds(D(2), D(3)))
    assert Bounds(D(5), None).overlaps(Bounds(D(1e12), D(2e12)))


@pytest.mark.parametrize("value, precision, expected", [
    ("1.43e10", "5e7", "5e7"),  # 143亿: 3 is the last significant digit
    ("1.4e10", "5e7", "5e8"),  # 140亿 = 14 x 10亿
    ("1e7", "5e3", "5e6"),  # 1000万: ±500万
    ("3.4e7", "5e3", "5e5"),  # 3400萬: ±50萬, covering 3416.7萬 (dev-c-13/16)
    ("1.5e8", "5e6", "5e6"),  # 1.5亿
    ("0", "5e7", "5e7"),
    ("1.25e8", "5e7", "5e7"),  # not a whole number of units (a range's computed end)
])
def test_trailing_zeros_of_a_whole_number_are_not_significant(value, precision, expected):
    assert significant(D(value), D(precision)) == D(expected)


def test_a_round_figure_covers_the_precise_one_it_rounds():
    """Regression: 140亿美元 was read as ±0.5亿 and conflicted with 143億美元, its usual
    rounding; 140亿 vs 148億 (which rounds to 150亿) still conflict."""
    kw = dict(kind="investment", payer="meta", payee="scale-ai", precision="5e7")
    assert compare(claim("1.4e10", **kw), claim("1.43e10", **kw)).verdict == "consistent"
    assert compare(claim("1.4e10", **kw), claim("1.48e10", **kw)).verdict == "conflict"
    assert compare(claim("1.4e10", **kw), claim("1.5e10", **kw)).verdict == "conflict"  # [135,145) vs [145,155)
    assert compare(claim("3e10", **kw), claim("2.8e10", **kw)).verdict == "consistent"  # 300亿 is ±50亿


def test_an_unwritten_currency_must_conflict_in_the_other_claims_currency_too():
    # dev-d-14 vs dev-d-13: 47.1億元 in a Hong Kong paper (read as HKD, currency implied) and
    # 人民幣47.10億元 elsewhere are one figure; written in both, the currencies decide
    hkd = copy(claim("4.71e9", currency="HKD", published=date(2025, 8, 20)), currency_implied=True)
    cny = claim("4.71e9", currency="CNY", published=date(2025, 8, 19))
    result = compare(hkd, cny)
    assert result.verdict == "consistent" and "does not write" in result.reason
    assert compare(copy(hkd, currency_implied=False), cny).verdict == "conflict"
    lower = copy(claim("3e9", currency="HKD", published=date(2025, 8, 20)), currency_implied=True)
    assert compare(lower, cny).verdict == "conflict"  # apart in both readings


@pytest.mark.parametrize("other", [
    dict(period="unknown"),  # 薪酬 of unstated period
    dict(period="n_years", years="3"),  # a three-year package, its signing bonus included
])
def test_a_monthly_salary_is_no_multiple_of_a_package(other):
    monthly = claim("1e5", kind="pay_package", period="per_month")
    result = compare(monthly, claim("1e8", kind="pay_package", **other))
    assert result.verdict == "incomparable" and "monthly salary" in result.reason
    # two monthly figures, or a monthly and a yearly one, still compare (月薪 x 12)
    assert compare(monthly, claim("1e7", kind="pay_package", period="per_month")).verdict == "conflict"
    assert compare(monthly, claim("1e8", kind="pay_package", period="per_year")).verdict == "conflict"


def test_the_sweep_drops_a_monthly_salary_against_a_package_as_compare_does():
    from reconcile.group import BIG_BLOCK, find_conflicts
    monthly = [copy(claim("1e5", kind="pay_package", period="per_month")) for _ in range(BIG_BLOCK)]
    package = claim("1e9", kind="pay_package", period="n_years", years="3")
    assert find_conflicts([*monthly, package]) == []  # no ReconcileError from the sweep either


def test_a_rumours_vague_amount_does_not_contradict_a_stated_figure():
    # dev-b-10 (三立): Meta驚傳將砸下數十億美元 vs the agreed 143億美元 (conflicts.json: not a conflict)
    rumour = claim(lo="1e9", hi="1e10", approx=True, qualifiers=("数十亿",), stance="rumored", kind="investment")
    stated = claim("1.43e10", kind="investment")
    assert not conflicts(rumour, stated)
    # the same vague amount stated, not rumoured, still contradicts it; two rumours compare as figures
    assert conflicts(copy(rumour, stance="asserted"), stated)
    assert conflicts(rumour, copy(stated, stance="rumored"))


@pytest.mark.parametrize(("about", "other", "conflict"), [
    # blind7-06 (gousteel) vs blind7-03 (cnyes): 约149亿美元 is within a few 亿 of 149亿, not a tenth
    ("1.49e10", "1.41e10", True),
    # blind3-11 vs blind3-12: 約1,087億美元 against 1084亿美元
    ("1.087e11", "1.084e11", True),
    # negatives: two significant digits keep "about"'s tenth (约150亿 covers 141亿); a neighbour's last digit
    ("1.5e10", "1.41e10", False),
    ("1.49e10", "1.48e10", False),
])
def test_regression_an_approximate_figure_written_to_three_digits_is_that_close(about, other, conflict):
    precision = {"1.49e10": "5e7", "1.087e11": "5e7", "1.5e10": "5e8"}[about]
    a = claim(about, precision=precision, approx=True, qualifiers=("约",))
    b = claim(other, precision="5e7", outlet="Outlet B")
    assert conflicts(a, b) == conflict
