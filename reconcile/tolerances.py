"""How far a hedged figure may stray: one row per hedge word.

Grammar of a row: ``word: Tolerance(down, up, why)``. ``down`` and ``up`` are fractions of the
claim's own bounds: the lower bound is widened to ``min * (1 - down)`` and the upper bound to
``max * (1 + up)`` (before the precision widening). They apply only to claims marked ``approx``.

Words whose meaning the parser already wrote into the bounds (超过10亿 -> (1e9, open), 10多亿 ->
[1e9, 2e9), 九位数 -> [1e8, 1e9)) get 0: widening them again would double-count the hedge.
An approx claim with none of these words gets DEFAULT_APPROX.
Traditional spellings sit beside the simplified ones; a test checks they agree.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class Tolerance(NamedTuple):
    down: Decimal
    up: Decimal
    why: str


def _t(down: str, up: str, why: str) -> Tolerance:
    return Tolerance(Decimal(down), Decimal(up), why)


ABOUT = _t("0.10", "0.10", "about: either side")
NEARLY = _t("0.10", "0", "nearly / as much as: at or a little below the figure")
BOUND = _t("0", "0", "a bound the parser already wrote into the interval")
VAGUE = _t("0", "0", "a vague count the parser already wrote into the interval")

TOLERANCES: dict[str, Tolerance] = {
    # about X: ±10%
    "约": ABOUT, "約": ABOUT, "大约": ABOUT, "大約": ABOUT, "约合": ABOUT, "約合": ABOUT,
    "左右": ABOUT, "上下": ABOUT, "大概": ABOUT, "差不多": ABOUT, "估计": ABOUT, "估計": ABOUT,
    # nearly X / up to X: the figure is a ceiling
    "近": NEARLY, "将近": NEARLY, "將近": NEARLY, "接近": NEARLY, "高达": NEARLY, "高達": NEARLY,
    # bounds the parser turned into the interval itself (超过10亿 -> (1e9, open))
    "超过": BOUND, "超過": BOUND, "逾": BOUND, "过": BOUND, "過": BOUND, "以上": BOUND,
    "至少": BOUND, "不到": BOUND, "不足": BOUND, "低于": BOUND, "低於": BOUND,
    "以下": BOUND, "上": BOUND,
    # vague counts, likewise already in the interval (10多亿 -> [1e9, 2e9))
    "多": VAGUE, "余": VAGUE, "餘": VAGUE, "数": VAGUE, "數": VAGUE, "位数": VAGUE, "位數": VAGUE,
}

DEFAULT_APPROX = _t("0.10", "0.10", "approximate, no hedge word known: as 'about'")
NONE = _t("0", "0", "not approximate")


def is_bound_word(word: str) -> bool:
    """A hedge that makes the figure a bound (超过, 近, 高达 ...), not an estimate."""
    return TOLERANCES.get(word) in (BOUND, NEARLY)


def tolerance(qualifiers: tuple[str, ...], approx: bool) -> Tolerance:
    """The widest tolerance among the claim's known hedge words (none unless approx)."""
    if not approx:
        return NONE
    known = [TOLERANCES[q] for q in qualifiers if q in TOLERANCES]
    if not known:
        return DEFAULT_APPROX
    widest = max(known, key=lambda t: (t.down + t.up, t.down))
    return Tolerance(max(t.down for t in known), max(t.up for t in known), widest.why)
