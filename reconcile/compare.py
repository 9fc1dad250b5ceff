"""When do two claims about the same quantity contradict each other?

Each claim's interval is widened by its precision (half the unit of its last stated digit) and,
when it is approximate, by the tolerance of its hedge words (tolerances.py). Open bounds stay
open. Two claims conflict iff the widened intervals cannot overlap.

They are compared in a *basis*: in their own currency when both share it, else in USD through
each claim's own dated rate (``fx_rate``, stamped from core.fx; never silently across
currencies); per year when both are rates (年薪, 每月, 四年内 ...), as stated when either
period is unknown. A monthly figure (月薪) is compared only with other rates by the year or
month: never with a figure of unstated period nor with a package over years. One-time
amounts and rates are different quantities: comparing them is refused, like comparing CNY
without USD values.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from core import fx
from core.units import per_year_factor, period_class
from parsers.lexicon import Tolerance, qualifier_kind

from .errors import IncomparableError, InvalidClaimError
from .tolerances import tolerance
from .view import ClaimView, as_view

Verdict = Literal["consistent", "conflict", "incomparable"]
ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Bounds:
    """An interval; ``hi is None`` means open above."""

    lo: Decimal
    hi: Decimal | None
    lo_incl: bool = True
    hi_incl: bool = True

    def scaled(self, factor: Decimal) -> Bounds:
        hi = None if self.hi is None else self.hi * factor
        return Bounds(self.lo * factor, hi, self.lo_incl, self.hi_incl)

    def divided(self, divisor: Decimal) -> Bounds:
        """Divided rather than scaled by 1/divisor: amount / per_usd is exactly the claim's USD."""
        hi = None if self.hi is None else self.hi / divisor
        return Bounds(self.lo / divisor, hi, self.lo_incl, self.hi_incl)

    def below(self, other: Bounds) -> bool:
        """Every point of self lies below every point of other."""
        if self.hi is None:
            return False
        return self.hi < other.lo or (
            self.hi == other.lo and not (self.hi_incl and other.lo_incl)
        )

    def overlaps(self, other: Bounds) -> bool:
        return not (self.below(other) or other.below(self))

    def representative(self) -> Decimal:
        """One number for ratios: the point, the midpoint of a range, or an open range's min."""
        return self.lo if self.hi is None else (self.lo + self.hi) / 2


@dataclass(frozen=True, slots=True)
class Basis:
    usd: bool  # compared in USD (currencies differ)
    annual: bool  # compared per year (both are rates)


BASES = {(u, a): Basis(u, a) for u in (False, True) for a in (False, True)}


@dataclass(frozen=True, slots=True)
class Prepared:
    """A claim with everything the comparison needs computed once."""

    view: ClaimView
    raw: Bounds  # as stated
    bounds: Bounds  # widened, in the claim's currency and stated period
    rate: Decimal | None  # units of the currency per USD: divide by it for USD (None: no rate)
    per_year: Decimal | None  # multiply by this to get an amount per year (None: not a rate)
    pclass: str  # rate | one_time | total | unknown


@dataclass(frozen=True, slots=True)
class Comparison:
    verdict: Verdict
    reason: str
    basis: Basis | None = None
    a: Bounds | None = None  # widened, in the basis
    b: Bounds | None = None
    # Decided by what the sweep's partitions (one period class, one currency) do not look at:
    # an unwritten currency read as the other's, a monthly salary against a package. The sweep
    # may report such a pair; group.confirmed drops it.
    beyond_sweep: bool = False


def stated(view: ClaimView) -> Bounds:
    """The claim's own interval, checked for emptiness."""
    b = Bounds(view.min, view.max, view.min_inclusive, view.max_inclusive)
    if b.hi is not None and (b.lo > b.hi or (b.lo == b.hi and not (b.lo_incl and b.hi_incl))):
        raise InvalidClaimError(view.id, f"empty interval {b.lo}..{b.hi}")
    return b


TEN = Decimal(10)


def significant(value: Decimal, precision: Decimal) -> Decimal:
    """Half the unit of a bare figure's last significant digit: the trailing zeros of a
    whole number of units are not significant (the usual convention). 143亿 (precision
    0.5亿) stays ±0.5亿; 140亿 is 14 x 10亿, ±5亿, the round form of 143亿; 3400萬 is ±50萬
    and covers 3416.7萬; 300亿 is ±50亿. The parser's precision is half the unit of the last
    digit written, which for 140亿 is the 0."""
    if not precision or not value:
        return precision
    unit = precision * 2
    count = value / unit
    if count != count.to_integral_value():
        return precision
    count = int(count)
    while count % 10 == 0:
        count //= 10
        unit *= TEN
    return unit / 2


# An approximate figure written to three significant digits or more (约149亿美元, 約1,087億美元) says
# how close it is: "about" spans at most this many units of its last significant digit either
# side, not a tenth of it (约149亿 is [147亿, 151亿], not [134亿, 164亿]; 约150亿 keeps its tenth).
ABOUT_UNITS = Decimal(2)


def _written_precision(tol: Tolerance, b: Bounds, precision: Decimal | None) -> Tolerance:
    if tol.down != tol.up or not tol.down or b.hi != b.lo or not precision or not b.lo:
        return tol
    unit = significant(b.lo, precision) * 2
    share = ABOUT_UNITS * unit / b.lo
    if share >= tol.down:
        return tol
    return Tolerance(share, share, f"{tol.why}; written to {b.lo / unit:.0f} units of its last digit")


def widen(view: ClaimView, b: Bounds | None = None) -> Bounds:
    """Stated interval widened by precision and hedge tolerance.

    An end widened by a hedge is closed. An end widened by precision (significant()) alone is open: 152亿
    stands for [151.5亿, 152.5亿) and 153亿 for [152.5亿, 153.5亿), so two unhedged figures
    stated to one unit that differ in their last digit touch but do not overlap — outlets
    printing different final digits report different numbers."""
    b = stated(view) if b is None else b
    tol = _written_precision(tolerance(view.qualifiers, view.approx), b, view.precision)
    slack = view.precision or ZERO
    # Only a bare point's round digits widen it: a hedge (约, 近, 超) supplies a figure's fuzz
    # itself, and a range's ends (1000~2000萬) are the bounds the writer chose.
    point = b.hi == b.lo and not (view.approx or view.qualifiers)
    lo_slack = hi_slack = significant(b.lo, slack) if point else slack
    lo = max(ZERO, b.lo * (ONE - tol.down) - lo_slack)
    hi = None if b.hi is None else b.hi * (ONE + tol.up) + hi_slack
    lo_incl = b.lo_incl if lo == b.lo else (tol.down > 0 or lo == ZERO)
    hi_incl = b.hi_incl if hi == b.hi else tol.up > 0
    return Bounds(lo, hi, lo_incl, hi_incl)


def usd_rate(view: ClaimView) -> Decimal | None:
    """Units of the claim's currency per USD: the rate the claim was stamped with."""
    if view.currency == "USD":
        return ONE
    return view.fx_rate or None


def prepare(claim: Any) -> Prepared:
    view = as_view(claim)
    kind, years, raw = view.period_kind, view.period_years, stated(view)
    return Prepared(
        view, raw, widen(view, raw), usd_rate(view), per_year_factor(kind, years),
        period_class(kind, years),
    )


# What a monthly figure is never compared with, though both convert per year.
A_MONTHLY_SALARY = "a monthly salary"
MONTHLY_APART = frozenset({"unknown", "n_years", "multi_year", "first_year"})


# Salaries by the month, week or day.
SHORT_RATES = frozenset({"per_month", "per_week", "per_day"})


def _monthly_apart(pa: Prepared, pb: Prepared) -> bool:
    """月薪 (周薪, 日薪) is a salary; a figure of unstated period, or a package over years (its
    signing bonus and incentives included), is no multiple of it."""
    periods = {pa.view.period_kind, pb.view.period_kind}
    return bool(periods & SHORT_RATES) and len(periods) > 1 and bool(periods & MONTHLY_APART)


# A company's results (营收, 净利润) are reported by the quarter, the half and the year: a result
# whose text states no period (英伟达营收393亿美元, in a quarterly report) may be any of them.
RESULTS = frozenset({"revenue", "profit"})
A_RESULT_OF_NO_PERIOD = "a company result of no stated period (a quarter's, a half's or a year's)"


_PART_OF_YEAR = ("Q", "H", "9M", "quarter")


def _part_of_year(reporting_period: str) -> bool:
    return reporting_period.split(" ")[-1].startswith(_PART_OF_YEAR)


def _result_of_no_period(pa: Prepared, pb: Prepared) -> bool:
    """Results, one of no stated period and the other of a stated one; or one a quarter's or a
    half's (Q4, 当季) and the other of a period its text does not state."""
    if pa.view.kind not in RESULTS:
        return False
    ra, rb = pa.view.reporting_period, pb.view.reporting_period
    unsaid = [p.view.period_kind == "unknown" and not p.view.reporting_period for p in (pa, pb)]
    # two of unsaid period are left to the events (reconcile.events: one report's results)
    return unsaid[0] != unsaid[1] or (not ra and _part_of_year(rb)) or (not rb and _part_of_year(ra))


def pick_basis(pa: Prepared, pb: Prepared) -> Basis | str:
    """The basis two claims are compared in, or why they cannot be."""
    if _result_of_no_period(pa, pb):
        return A_RESULT_OF_NO_PERIOD
    ca, cb = pa.pclass, pb.pclass
    if ca != cb and "unknown" not in (ca, cb):
        return f"different quantities: {pa.view.period_kind} vs {pb.view.period_kind}"
    if _monthly_apart(pa, pb):
        return f"different quantities: {pa.view.period_kind} vs {pb.view.period_kind} ({A_MONTHLY_SALARY})"
    annual = ca == cb == "rate"
    if pa.view.currency == pb.view.currency:
        return BASES[False, annual]
    lacking = [p.view.id for p in (pa, pb) if p.rate is None]
    if lacking:
        pair = f"{pa.view.currency} vs {pb.view.currency}"
        return f"different currencies ({pair}) and no USD value on {', '.join(lacking)}"
    return BASES[True, annual]


def in_basis(p: Prepared, basis: Basis, bounds: Bounds | None = None) -> Bounds:
    """``bounds`` (default: the widened ones) expressed in ``basis``."""
    b = p.bounds if bounds is None else bounds
    if basis.annual and p.per_year != ONE:
        b = b.scaled(p.per_year)
    if basis.usd and p.rate != ONE:
        b = b.divided(p.rate)
    return b


UNWRITTEN_CURRENCY = "consistent if the currency one of them does not write is the other's"
VAGUE_RUMOR = "a rumour's vague amount (數十億, 上亿) describes the deal it rumours; it states no figure to contradict"
# The qualifier rows of a vague amount (parsers.lexicon.QUALIFIER_KINDS): an order of magnitude, no figure.
_VAGUE_ROWS = frozenset({"vague", "digit_count", "adjacent_digits", "level"})


def _vague_rumor(p: Prepared) -> bool:
    """A rumoured figure (驚傳將砸下數十億美元) written only as a vague amount."""
    return p.view.stance == "rumored" and any(qualifier_kind(q) in _VAGUE_ROWS for q in p.view.qualifiers)


def compare_prepared(pa: Prepared, pb: Prepared) -> Comparison:
    basis = pick_basis(pa, pb)
    if isinstance(basis, str):  # (the sweep pairs a monthly salary with a package: both rates)
        return Comparison("incomparable", basis, beyond_sweep=_monthly_apart(pa, pb) or basis == A_RESULT_OF_NO_PERIOD)
    a, b = in_basis(pa, basis), in_basis(pb, basis)
    if a.below(b) or b.below(a):
        if _vague_rumor(pa) and pb.view.stance != "rumored" or _vague_rumor(pb) and pa.view.stance != "rumored":
            return Comparison("consistent", VAGUE_RUMOR, basis, a, b, beyond_sweep=True)
        if basis.usd and (pa.view.currency_implied or pb.view.currency_implied) and _same_number(pa, pb, basis):
            # 47.1億元 in a Hong Kong paper (read as HKD) and 人民幣47.10億元 elsewhere: a bare 元 is
            # the document's guess, so a conflict must hold in the other claim's currency too
            return Comparison("consistent", UNWRITTEN_CURRENCY, basis, a, b, beyond_sweep=True)
        if _another_reading(pa, pb, basis) or _another_reading(pb, pa, basis):
            return Comparison("consistent", UNWRITTEN_CURRENCY, basis, a, b, beyond_sweep=True)
        return Comparison("conflict", "widened intervals do not overlap", basis, a, b)
    return Comparison("consistent", "widened intervals overlap", basis, a, b)


# What a figure with no written currency may be in: the yuan of each script's region, and the
# dollar. Meta豪掷1000亿收购Scale AI股权 in an article that says 美元 elsewhere is read as USD,
# yet a headline's bare 1000亿 is as likely yuan (about US$14B): a conflict must hold in each.
UNWRITTEN_MAY_BE: tuple[str, ...] = ("USD", "CNY", "HKD", "TWD")


def _another_reading(p: Prepared, q: Prepared, basis: Basis) -> bool:
    """p's figure, its currency unwritten, overlaps q's when read in another currency it may be."""
    if not p.view.currency_implied or (q.rate is None and q.view.currency != "USD"):
        return False
    own = in_basis(p, BASES[False, basis.annual])
    other = in_basis(q, BASES[q.view.currency != "USD", basis.annual])
    for code in UNWRITTEN_MAY_BE:
        if code == p.view.currency or code == q.view.currency and _same_number(p, q, basis):
            continue
        rate = fx.to_usd(ONE, code, p.view.published).rate
        read = own.divided(rate)
        if not (read.below(other) or other.below(read)):
            return True
    return False


def _same_number(pa: Prepared, pb: Prepared, basis: Basis) -> bool:
    """Whether the two overlap as numbers in one currency (the unwritten one being the other's)."""
    same = BASES[False, basis.annual]
    a, b = in_basis(pa, same), in_basis(pb, same)
    return not (a.below(b) or b.below(a))


def compare(a: Any, b: Any) -> Comparison:
    """Compare two claims (Claim or ClaimView) about the same quantity."""
    return compare_prepared(prepare(a), prepare(b))


def conflicts(a: Any, b: Any) -> bool:
    """True iff the claims contradict; IncomparableError when they cannot be compared."""
    result = compare(a, b)
    if result.verdict == "incomparable":
        raise IncomparableError((as_view(a).id, as_view(b).id), result.reason)
    return result.verdict == "conflict"
