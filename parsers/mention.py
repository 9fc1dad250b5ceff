"""The one result shape of the money parser.

A money value is an interval of Decimal in one currency. A point value has
``min == max``; an open upper bound ("超过10亿") has ``max is None``. Lower
bounds are never open-ended: amounts are non-negative, so "不到100万" is
``[0, 1000000)``.
"""

from __future__ import annotations

from dataclasses import dataclass
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
        """JSON-ready dict (Decimals as exact ints where whole, else strings->numbers), in field order."""
        return {  # spelt out: `claims mentions` builds one per mention (dataclasses.fields costs as much again)
            "start": self.start, "end": self.end, "text": self.text, "min": decimal_to_json(self.min),
            "max": decimal_to_json(self.max), "currency": self.currency, "min_inclusive": self.min_inclusive,
            "max_inclusive": self.max_inclusive, "approx": self.approx, "currency_implied": self.currency_implied,
            "precision": decimal_to_json(self.precision), "qualifiers": list(self.qualifiers), "rule": self.rule,
            "latent": self.latent, "currency_reason": self.currency_reason,
        }

    def moved(self, start: int, end: int, text: str) -> MoneyMention:
        """The same mention at other offsets (dataclasses.replace, without its per-call field walk)."""
        return MoneyMention(start, end, text, self.min, self.max, self.currency, self.min_inclusive,
                            self.max_inclusive, self.approx, self.currency_implied, self.precision, self.qualifiers,
                            self.rule, self.latent, self.currency_reason)


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """Exact int where whole; otherwise the shortest float that reads back the same."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)
