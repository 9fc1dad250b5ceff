"""The one result shape of the money parser.

A money value is an interval of Decimal in one currency. A point value has
``min == max``; an open upper bound ("超过10亿") has ``max is None``. Lower
bounds are never open-ended: amounts are non-negative, so "不到100万" is
``[0, 1000000)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from math import isfinite


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

    def json_line(self, doc: str) -> str:
        """``json.dumps({"doc": doc, **self.to_json()}, ensure_ascii=False)``, written out directly:
        `claims mentions` writes one per mention, and the general encoder's dict walk cost as much as
        the extraction's last steps (a test compares both on every mention of the corpora)."""
        lo, hi, step = _json_number(self.min), _json_number(self.max), _json_number(self.precision)
        if lo is None or hi is None or step is None:
            return _ENCODE({"doc": doc, **self.to_json()})  # (NaN / Infinity: the encoder's own spelling)
        if doc is not _QUOTED[0]:  # (every mention of a document has its path: quoted once)
            _QUOTED[:] = doc, _STRING(doc)
        return (f'{{"doc": {_QUOTED[1]}, "start": {self.start}, "end": {self.end}, "text": {_STRING(self.text)}, '
                f'"min": {lo}, "max": {hi}, "currency": {_optional(self.currency)}, '
                f'"min_inclusive": {_BOOL[self.min_inclusive]}, "max_inclusive": {_BOOL[self.max_inclusive]}, '
                f'"approx": {_BOOL[self.approx]}, "currency_implied": {_BOOL[self.currency_implied]}, '
                f'"precision": {step}, "qualifiers": [{", ".join(map(_STRING, self.qualifiers))}], '
                f'"rule": {_STRING(self.rule)}, "latent": {_BOOL[self.latent]}, '
                f'"currency_reason": {_STRING(self.currency_reason)}}}')

    def moved(self, start: int, end: int, text: str) -> MoneyMention:
        """The same mention at other offsets (dataclasses.replace, without its per-call field walk)."""
        return made(start, end, text, self.min, self.max, self.currency, self.min_inclusive, self.max_inclusive,
                    self.approx, self.currency_implied, self.precision, self.qualifiers, self.rule, self.latent,
                    self.currency_reason)


# The frozen class's __init__ sets each field through object.__setattr__ (1.6 us a mention); ``made`` sets the slots
# through their own descriptors (0.8 us): the same object, for the parser's hot path (every field given, in order).
_NEW = object.__new__
(_s0, _s1, _s2, _s3, _s4, _s5, _s6, _s7, _s8, _s9, _s10, _s11, _s12, _s13, _s14) = (
    getattr(MoneyMention, name).__set__ for name in MoneyMention.__slots__)


def made(start: int, end: int, text: str, low: Decimal, high: Decimal | None, currency: str | None,
         min_inclusive: bool, max_inclusive: bool, approx: bool, currency_implied: bool, precision: Decimal | None,
         qualifiers: tuple[str, ...], rule: str, latent: bool, currency_reason: str) -> MoneyMention:
    """``MoneyMention(...)`` with every field given by position."""
    self = _NEW(MoneyMention)
    _s0(self, start)
    _s1(self, end)
    _s2(self, text)
    _s3(self, low)
    _s4(self, high)
    _s5(self, currency)
    _s6(self, min_inclusive)
    _s7(self, max_inclusive)
    _s8(self, approx)
    _s9(self, currency_implied)
    _s10(self, precision)
    _s11(self, qualifiers)
    _s12(self, rule)
    _s13(self, latent)
    _s14(self, currency_reason)
    return self


def decimal_to_json(value: Decimal | None) -> int | float | None:
    """Exact int where whole; otherwise the shortest float that reads back the same."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
_STRING = json.encoder.encode_basestring  # what that encoder quotes a str with (the C one where built)
_BOOL = {True: "true", False: "false"}


_QUOTED = ["", '""']  # the last document path json_line quoted, and its quoted form


def _json_number(value: Decimal | None) -> str | None:
    """``decimal_to_json(value)`` as the encoder writes it ("null" for None); None for a float the encoder spells
    its own way (NaN, Infinity)."""
    if value is None:
        return "null"
    if value == value.to_integral_value():
        return int.__repr__(int(value))
    number = float(value)
    return float.__repr__(number) if isfinite(number) else None


def _optional(value: str | None) -> str:
    return "null" if value is None else _STRING(value)
