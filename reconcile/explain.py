"""Conflict: two claims (or two clusters of claims) that contradict, and why, in plain English.

The cause is read off the numbers, first match wins:
denial (a denial of a figure others assert), currency_mismatch (the same number in two
currencies), period_mismatch (consistent if the figure with no period is read as per year),
power_of_ten (exactly 10x, 100x ...: a 万/亿 slip or a bonus reported as the whole package),
hedged_bound (one side is a bound such as 超过10亿), near_miss (under 10% apart), mismatch.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal
from typing import Any

from .compare import BASES, ONE, Basis, Bounds, Comparison, Prepared, in_basis
from .tolerances import is_bound_word

NEAR_MISS = Decimal("1.10")
POWER_TOLERANCE = Decimal("1e-6")  # USD conversion can leave 100.0000000001
DENIAL_BONUS = Decimal(1)  # a denial ranks like a 10x disagreement
STANCE_WEIGHT = {"rumored": Decimal("0.5")}  # others weigh 1
MAX_LOG = Decimal(10)  # severity cap when one side is zero
LOG_CONTEXT = Context(prec=8)  # log10 at the default 28 digits costs ~10 µs a call
SYMBOLS = {
    "USD": "US$", "CNY": "CN¥", "HKD": "HK$", "TWD": "NT$", "JPY": "JP¥", "EUR": "€",
    "GBP": "£", "KRW": "₩", "SGD": "S$",
}
SCALES = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"),
          (Decimal(10) ** 3, "K"))
PERIOD_SUFFIX = {"per_year": "/yr", "per_month": "/mo", "per_week": "/wk", "per_day": "/day",
                 "first_year": " in the first year",
                 "multi_year": " over several years"}


@dataclass(frozen=True)
class Conflict:
    claims: tuple[Any, ...]  # the caller's objects (Claim or ClaimView), smaller value first
    ratio: Decimal  # larger / smaller representative value, in the compared basis
    severity: Decimal  # for ordering: higher is worse
    cause: str
    explanation: str
    basis: str = ""  # e.g. "USD per year"
    cluster_sizes: tuple[int, ...] = ()  # big blocks: claims standing behind each side

    def __post_init__(self) -> None:
        if len(self.claims) < 2:
            raise ValueError("a conflict needs at least two claims")


def sig4(x: Decimal) -> str:
    """At most 4 significant digits, no trailing zeros: 14.3, 8.333, 500."""
    if x == 0:
        return "0"
    rounded = x.quantize(Decimal(1).scaleb(x.adjusted() - 3)).normalize()
    return f"{rounded:f}"


def money(value: Decimal, currency: str | None) -> str:
    """Compact money: US$1M, US$14.3B, US$500K, CN¥8.333M."""
    symbol = SYMBOLS.get(currency or "", f"{currency} " if currency else "¤")
    for scale, suffix in SCALES:
        if value >= scale:
            return f"{symbol}{sig4(value / scale)}{suffix}"
    return f"{symbol}{sig4(value)}"


def describe(b: Bounds, currency: str | None) -> str:
    if b.hi is None:
        return f"{'at least' if b.lo_incl else 'over'} {money(b.lo, currency)}"
    if b.lo == b.hi:
        return money(b.lo, currency)
    if b.lo == 0:
        return f"{'up to' if b.hi_incl else 'under'} {money(b.hi, currency)}"
    return f"{money(b.lo, currency)}–{money(b.hi, currency)}"


def value_text(p: Prepared, basis: Basis) -> str:
    """The stated value in the compared basis, e.g. 'US$13.89M/yr (CN¥100M)'."""
    v = p.view
    text = describe(in_basis(p, basis, p.raw), "USD" if basis.usd else v.currency)
    if basis.annual:
        text += "/yr"
    elif v.period_kind == "n_years" and v.period_years is not None:
        text += f" over {v.period_years.normalize():f} years"
    else:
        text += PERIOD_SUFFIX.get(v.period_kind, "")
    if basis.usd and v.currency != "USD":
        text += f" ({describe(p.raw, v.currency)})"
    return text


def basis_label(basis: Basis, p: Prepared) -> str:
    unit = "USD" if basis.usd else (p.view.currency or "unknown currency")
    return f"{unit} per year" if basis.annual else f"{unit} as stated"


def representative(p: Prepared, basis: Basis) -> Decimal:
    return in_basis(p, basis, p.raw).representative()


def ratio_of(small: Decimal, large: Decimal) -> Decimal:
    return Decimal("Infinity") if small == 0 else large / small


def power_of_ten(ratio: Decimal) -> int | None:
    """k when ratio is 10**k (k >= 1), within rounding left by currency conversion."""
    if not ratio.is_finite() or ratio < 5:
        return None
    k = int(ratio.log10(LOG_CONTEXT).to_integral_value())
    return k if abs(ratio / Decimal(10) ** k - ONE) < POWER_TOLERANCE else None


def hedged(p: Prepared) -> bool:
    v = p.view
    bound_word = any(is_bound_word(q) for q in v.qualifiers)
    return v.max is None or not (v.min_inclusive and v.max_inclusive) or bound_word


def currency_slip(pa: Prepared, pb: Prepared, basis: Basis) -> bool:
    """In USD they conflict, yet the bare numbers agree: one outlet got the currency wrong."""
    if not basis.usd:
        return False
    native = BASES[False, basis.annual]
    return in_basis(pa, native).overlaps(in_basis(pb, native))


def period_slip(pa: Prepared, pb: Prepared, basis: Basis) -> bool:
    """One side states no period; reading its figure as per year would make them agree."""
    classes = {pa.pclass, pb.pclass}
    if classes != {"unknown", "rate"}:
        return False
    rate, bare = (pa, pb) if pa.pclass == "rate" else (pb, pa)
    annual = BASES[basis.usd, True]
    bare_bounds = bare.bounds.divided(bare.rate) if basis.usd else bare.bounds
    return in_basis(rate, annual).overlaps(bare_bounds)


# Slips of a unit or a decimal point a figure can carry: 10x (13亿 for 1.3亿), 100x, 万 for 亿 (10^4).
SLIP_POWERS = (1, 2, 3, 4)
SLIP_WIDTH = Decimal("0.1")  # the widest a figure's rounding may be, as a share of it, to tell a slip


def rounded_power_slip(small: Prepared, large: Prepared, basis: Basis) -> int | None:
    """k when the larger figure divided by 10**k agrees with the smaller within both figures'
    precision (13亿英镑 vs 1.25亿镑: 1.3亿 rounds 1.25亿): a slip of unit, not two quantities."""
    if any(hedged(p) or p.view.approx or p.view.qualifiers for p in (small, large)):
        return None  # a hedge or a bound stretches too far to tell a slip (约3500亿, 超过200亿)
    a, b = in_basis(small, basis), in_basis(large, basis)
    if any(x.hi is None or x.hi - x.lo > SLIP_WIDTH * x.representative() for x in (a, b)):
        return None  # a round figure (1000亿 is 1000亿 ± 500亿) matches too much to tell a slip
    return next((k for k in SLIP_POWERS if b.divided(Decimal(10) ** k).overlaps(a)), None)


def cause_of(pa: Prepared, pb: Prepared, basis: Basis, ratio: Decimal) -> str:
    if currency_slip(pa, pb, basis):
        return "currency_mismatch"
    if period_slip(pa, pb, basis):
        return "period_mismatch"
    if power_of_ten(ratio) is not None:
        return "power_of_ten"
    if ratio >= 5 and rounded_power_slip(pa, pb, basis) is not None:
        return "rounded_power_of_ten"
    if hedged(pa) or hedged(pb):
        return "hedged_bound"
    return "near_miss" if ratio < NEAR_MISS else "mismatch"


def headline(ratio: Decimal, cause: str) -> str:
    if cause == "power_of_ten":
        return f"exactly {Decimal(10) ** power_of_ten(ratio):f}x apart"
    if cause == "rounded_power_of_ten":
        return f"about {Decimal(10) ** int(ratio.log10(LOG_CONTEXT).to_integral_value()):f}x apart ({ratio:.2f}x)"
    if not ratio.is_finite():
        return "far apart"
    if ratio < NEAR_MISS:
        return f"{(ratio - ONE) * 100:.1f}% apart"
    return f"{ratio:.1f}x apart"


def subject(p: Prepared) -> str:
    v = p.view
    parties = f" ({v.payer or '?'} → {v.payee or '?'})" if v.payer or v.payee else ""
    return f"{v.kind.replace('_', ' ')}{parties}"


def who(p: Prepared) -> str:
    v = p.view
    return v.attributed_to or v.outlet or v.doc_id or v.id


TAILS = {
    "currency_mismatch": "the same figure in {ca} and {cb}: a currency slip?",
    "period_mismatch": "one side states no period; they agree if it is per year",
    "power_of_ten": "a 万/亿 slip, or a bonus reported as the whole package?",
    "rounded_power_of_ten": "a slip of unit or decimal point, the rest within rounding?",
    "hedged_bound": "the figure falls outside the hedged bound",
    "near_miss": "near-miss between outlets",
}


def severity(ratio: Decimal, pa: Prepared, pb: Prepared, bonus: Decimal = Decimal(0)) -> Decimal:
    log = min(ratio.log10(LOG_CONTEXT), MAX_LOG) if ratio.is_finite() else MAX_LOG
    weight = min(STANCE_WEIGHT.get(p.view.stance, ONE) for p in (pa, pb))
    return (log * weight + bonus).quantize(Decimal("0.0001"))


def explain(pa: Prepared, pb: Prepared, comparison: Comparison,
            sizes: tuple[int, ...] = ()) -> Conflict:
    """A value conflict between two claims that ``comparison`` found to conflict."""
    basis = comparison.basis
    ra, rb = representative(pa, basis), representative(pb, basis)
    if ra > rb:  # smaller value first, in the claims and in the sentence
        pa, pb, ra, rb, sizes = pb, pa, rb, ra, sizes[::-1]
    ratio = ratio_of(ra, rb)
    cause = cause_of(pa, pb, basis, ratio)
    text = f"{headline(ratio, cause)}: {value_text(pa, basis)} vs {value_text(pb, basis)} "
    text += subject(pa)
    tail = TAILS.get(cause, "").format(ca=pa.view.currency, cb=pb.view.currency)
    text += f"; {tail}" if tail else ""
    if sizes:
        text += f" ({sizes[0]:,} vs {sizes[1]:,} mutually consistent claims)"
    return Conflict((pa.view.source, pb.view.source), ratio, severity(ratio, pa, pb), cause,
                    text, basis_label(basis, pa), sizes)


def explain_denial(denied: Prepared, other: Prepared, comparison: Comparison) -> Conflict:
    """A denial of a figure that another claim asserts (their values agree)."""
    basis = comparison.basis
    ratio = ratio_of(*sorted((representative(denied, basis), representative(other, basis))))
    text = (f"denied by {who(denied)}: {value_text(other, basis)} {subject(other)}"
            f" as {other.view.stance} by {who(other)}")
    return Conflict((other.view.source, denied.view.source), ratio,
                    severity(ratio, denied, other, DENIAL_BONUS), "denial", text,
                    basis_label(basis, other))
