"""The one result shape of the money parser.

A money value is an interval of Decimal in one currency. A point value has
``min == max``; an open upper bound ("超过10亿") has ``max is None``. Lower
bounds are never open-ended: amounts are non-negative, so "不到100万" is
``[0, 1000000)``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class MoneyMention:
    start: int  # offsets into the ORIGINAL text: text == original[start:end]
    end: int
    text: str
    min: Decimal
    max: Decimal | None
    currency: str | None  # ISO 4217 code
    min_inclusive: bool = True
    max_inclusive: bool = True
    approx: bool = False  # the stated figure itself is approximate (约, 近, 多, 数百万...)
    currency_implied: bool = False  # currency not written next to the figure
    precision: Decimal | None = None  # half the unit of the last stated digit
    qualifiers: tuple[str, ...] = ()  # hedge / vague / digit-count words that shaped the bounds
    rule: str = ""  # name of the grammar rule that produced this mention
    latent: bool = False  # no currency word: money only because of a context cue
    currency_reason: str = ""  # how the currency was decided: "stated", the document's yuan cues, a neighbour

    def to_json(self) -> dict:
        """JSON-ready dict (Decimals as exact ints where whole, else strings->numbers)."""
        d = {f.name: getattr(self, f.name) for f in fields(self)}  # every field is a plain value: no deep copy
        for key in ("min", "max", "precision"):
            d[key] = decimal_to_json(d[key])
        d["qualifiers"] = list(self.qualifiers)
        return d


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """Exact int where whole; otherwise the shortest float that reads back the same."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)
