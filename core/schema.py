"""One schema per concept: Document, Source, Period, FxStamp and Claim.

A claim is one model: the money mention's fields (``min``, ``max``, ``currency``, ``precision``
... under the names ``parsers.MoneyMention`` gives them) plus the claim-level fields.  Every
other shape is derived from it by field name:

    COLUMNS        the flat columns: a nested model becomes ``<field>_<subfield>``
                   (period -> period_kind, period_years, period_text; fx -> fx_rate ...)
    flatten(c)     a claim as {column: value}, in COLUMNS order
    unflatten(d)   the inverse
    Claim.from_mention(m, **claim_fields)   the builder's one call

The store's columns (claims.store), the exports (claims.records) and reconcile's ClaimView
(reconcile.view) read COLUMNS, so a new field is one edit here plus its tests.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal[
    "signing_bonus", "annual_pay", "pay_package", "bonus", "equity", "investment", "acquisition",
    "valuation", "net_worth", "spending", "deal", "revenue", "profit", "fine", "other",
]
# Per whom the figure is (claims.scope): one person's, each member's, an average, a median,
# a job level's, or a total for a group or company.
# some: what some members of a group got, unspecified (大部分薪酬包, 其中一份offer): not comparable.
Scope = Literal["individual", "each", "average", "median", "level", "total", "some"]
# comparison: a figure quoted to compare with the subject's (与苹果CEO的薪酬相比): it is
# someone else's figure, reported about its own parties.
Stance = Literal["asserted", "reported", "rumored", "denied", "hypothetical", "comparison"]
PeriodKind = Literal[
    "one_time", "per_year", "per_month", "per_week", "per_day", "n_years", "first_year", "multi_year", "unknown",
]


# A party id with this prefix names people by role only (role:顶尖ai人才): not a quantity of its
# own, so reconcile never compares claims about them.
UNNAMED_PREFIX = "role:"
# parties_from of a payee no sentence names, filled in with the article's subject (the
# organisation or person it names most): a guess good enough to show, not to accuse on, so
# reconcile lists such pairs only as possible conflicts.
SUBJECT_OF_ARTICLE = "topic"
# parties_from of parties carried over from the story's previous figure (its sentence names
# none): also shown, not accused on. Measured: of the flagged pairs resting on such parties,
# 3 of 11 were true on the development sets and none of 22 on three unseen sets.
FROM_PREVIOUS = "previous"
# The part of a figure listed before the total its sentence then gives (57億…，另外…32億，共計89億):
# some of that total, which share unsaid; reconcile sets it against nothing.
PORTION = "portion of the total after it"
# How parties were found that are good enough to show but not to accuse on.
GUESSED_PARTIES = frozenset({SUBJECT_OF_ARTICLE, FROM_PREVIOUS})


class Period(BaseModel):
    """The pay period a figure covers, as the text states it."""

    model_config = ConfigDict(frozen=True)

    kind: PeriodKind = "unknown"
    years: Decimal | None = None  # length in years where stated (四年内 -> 4, 每月 -> 1/12)
    text: str | None = None  # the words that set it

    def label(self) -> str:
        if self.kind == "n_years" and self.years is not None:
            return f"{self.years.normalize():f} years"
        return self.kind


class FxStamp(BaseModel):
    """Which USD rate a claim's USD values used, and why that one (core.fx.to_usd)."""

    model_config = ConfigDict(frozen=True)

    rate: Decimal | None = None  # units of the claim's currency per 1 USD (1 for USD)
    month: str | None = None  # YYYY-MM of the rate used
    approximate: bool = False  # not the article's own month (a gap, or no article date)
    note: str | None = None  # e.g. "no TWD rate for 2026-08: used the latest earlier month 2026-06"


class TimeSpan(BaseModel):
    """As of when a figure holds (claims.timing): an interval of dates and where it came from."""

    model_config = ConfigDict(frozen=True)

    start: date | None = None
    end: date | None = None
    source: str = ""  # stated (2024年), fiscal (2025财年: the company's own year, shown as its calendar
    # year), relative (去年, against the article's date), article, or ""


class Document(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str  # sha256 of the decoded text
    path: str  # as given / as ingested
    text: str
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    script: Literal["simplified", "traditional", "unknown"] = "unknown"
    encoding: str = "utf-8"


class Source(BaseModel):
    """One path a document's text was read from. The same text under two names is one
    Document (its id is the text's hash) with two Sources: no path is lost."""

    model_config = ConfigDict(frozen=True)

    path: str  # as ingested (Document.path of that read)
    doc_id: str  # the Document whose text the file had when last ingested


class Claim(BaseModel):
    """One figure an article uses, with what it measures and who says so.

    Field order is the export order: the contract fields (DESIGN.md) come first."""

    model_config = ConfigDict(frozen=True)

    id: str  # stable: claim_id(doc_id, start, end)
    doc: str
    doc_id: str
    outlet: str | None = None
    published: date | None = None
    start: int  # offsets into the document's text: text == document.text[start:end]
    end: int
    text: str
    sentence: str  # the evidence sentence
    kind: Kind = "other"
    payer: str | None = None  # entity id
    payee: str | None = None
    scope: Scope = "individual"
    # The part of the payee's figure it is (海外市场, 中国地区, labubu系, skullpanda): a region or
    # a business line of a company's revenue or profit; "" for the whole. Another quantity.
    part: str = ""
    # adjusted (经调整, 非国际财务报告准则, non-GAAP) for a company's figure not as reported; ""
    # as reported; "operating" (营业利润, 營業利益) for an operating profit, "adjusted operating"
    # for both. An adjusted profit and the reported one, or an operating and a net profit, are
    # two quantities.
    basis: str = ""
    as_of: TimeSpan = TimeSpan()
    phase: str = ""  # opening, final, before, after (a story's phases, claims.timing.PHASES), or ""
    change: bool = False  # the figure is a change (增加63亿元, 涨了7万), not a level: never compared
    reporting_period: str = ""  # the period a figure reports on: FY2026 Q1, 2024 Q2, 2025 H1, 2024 (claims.timing)
    funding_round: str = ""  # the funding round its clause names (a, b+, g, seed, angel: claims.timing.ROUNDS)
    period: Period = Period()
    min: Decimal
    max: Decimal | None = None  # None: open above
    currency: str | None = None  # ISO 4217
    min_usd: Decimal | None = None  # at the article month's rate (fx)
    max_usd: Decimal | None = None
    approx: bool = False
    attributed_to: str | None = None
    stance: Stance = "asserted"
    # How payer and payee were found: clause (a role rule), list (an item of a list of
    # figures, claims.lists), sentence, paragraph (who took or refused the offers), previous
    # (the story's last claim), same figure (the claim of the same value elsewhere in the
    # article), deal (the takeover its sentence or article tells: claims.deals), document
    # (the main organisation: a guess), topic (SUBJECT_OF_ARTICLE), or "".
    parties_from: str = ""
    # The claim this one restates in another currency or form (149亿美元（折合人民币约1066亿元）):
    # the same claim, never compared with it nor counted as separate support.
    restates: str | None = None
    notes: tuple[str, ...] = ()  # what a reader should know (a restatement the rates do not explain)
    min_inclusive: bool = True
    max_inclusive: bool = True
    currency_implied: bool = False
    precision: Decimal | None = None  # half the unit of the last stated digit
    qualifiers: tuple[str, ...] = ()  # hedge / vague / digit-count words (lexicon rows)
    rule: str = ""  # the grammar rule that read the figure: why the parser read it so
    fx: FxStamp = FxStamp()
    per_year_min_usd: Decimal | None = None  # where the period makes it a rate (core.units)
    per_year_max_usd: Decimal | None = None

    @classmethod
    def from_mention(cls, mention: Any, **fields: Any) -> Claim:
        """A claim of a parser mention: every field the two share by name is copied."""
        shared = {name: getattr(mention, name) for name in _mention_fields(type(mention))}
        return cls(**shared, **fields)


def claim_id(doc_id: str, start: int, end: int) -> str:
    """The id of the claim at [start, end) of a document's text: claims.build gives it, and
    claims.documents.Part.rebase gives it again to a part's claim moved into the whole text."""
    return hashlib.sha256(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


@lru_cache(maxsize=4)
def _mention_fields(mention_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(mention_type) if f.name in Claim.model_fields)


# --- the flat columns ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Column:
    """One flat column of a model: ``period_years`` is path ("period", "years")."""

    name: str
    path: tuple[str, ...]
    type: type  # the value's type once None is set aside: Decimal, bool, int, str, date, tuple
    default: Any  # the model's default; None for a required field
    required: bool
    parent: str | None = None  # the nested field it comes from (period), else None


def _base_type(annotation: Any) -> Any:
    """``Decimal | None`` -> Decimal; ``Literal["a", "b"]`` -> str; ``tuple[str, ...]`` -> tuple."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _base_type(args[0])
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return type(typing.get_args(annotation)[0])
    return origin or annotation


def columns_of(model: type[BaseModel]) -> tuple[Column, ...]:
    """The flat columns of ``model``; nested models expand one level, prefixed by their field."""
    out: list[Column] = []
    for name, info in model.model_fields.items():
        kind = _base_type(info.annotation)
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            for sub in columns_of(kind):
                out.append(Column(f"{name}_{sub.name}", (name, sub.name), sub.type,
                                  getattr(default, sub.name), False, name))
        else:
            out.append(Column(name, (name,), kind, default, info.is_required()))
    return tuple(out)


COLUMNS: tuple[Column, ...] = columns_of(Claim)
NESTED: dict[str, type[BaseModel]] = {
    name: _base_type(info.annotation) for name, info in Claim.model_fields.items()
    if isinstance(_base_type(info.annotation), type) and issubclass(_base_type(info.annotation), BaseModel)
}


def columns_typed(kind: type) -> tuple[str, ...]:
    """Names of the flat columns whose values are of ``kind``."""
    return tuple(c.name for c in COLUMNS if c.type is kind)


def flatten(claim: Claim) -> dict[str, Any]:
    """{column name: value} in COLUMNS order."""
    out: dict[str, Any] = {}
    for c in COLUMNS:
        value = getattr(claim, c.path[0])
        out[c.name] = value if len(c.path) == 1 else getattr(value, c.path[1])
    return out


def unflatten(values: dict[str, Any]) -> Claim:
    """The claim whose flat columns are ``values`` (missing columns take their defaults)."""
    data: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {name: {} for name in NESTED}
    for c in COLUMNS:
        if c.name not in values:
            continue
        if c.parent is None:
            data[c.name] = values[c.name]
        else:
            nested[c.parent][c.path[1]] = values[c.name]
    for name, fields in nested.items():
        data[name] = NESTED[name](**fields)
    return Claim(**data)
