"""Pydantic models shared by claims/ (producer) and reconcile/ (consumer)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal[
    "signing_bonus", "annual_pay", "pay_package", "bonus", "equity", "investment",
    "valuation", "net_worth", "spending", "deal", "revenue", "other",
]
Stance = Literal["asserted", "reported", "rumored", "denied", "hypothetical"]
PeriodKind = Literal[
    "one_time", "per_year", "per_month", "n_years", "first_year", "multi_year", "unknown",
]


class Period(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: PeriodKind = "unknown"
    years: Decimal | None = None  # length in years where stated (四年内 -> 4, 每月 -> 1/12)
    text: str | None = None  # the words that set it

    def label(self) -> str:
        if self.kind == "n_years" and self.years is not None:
            return f"{self.years.normalize():f} years"
        return self.kind


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


class Claim(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str  # stable: hash of doc_id + start + end
    doc: str
    doc_id: str
    outlet: str | None = None
    published: date | None = None
    start: int
    end: int
    text: str
    sentence: str
    kind: Kind = "other"
    payer: str | None = None  # canonical entity id/name
    payee: str | None = None
    period: Period = Period()
    min: Decimal
    max: Decimal | None = None
    min_inclusive: bool = True
    max_inclusive: bool = True
    currency: str | None = None
    currency_implied: bool = False
    precision: Decimal | None = None
    approx: bool = False
    qualifiers: tuple[str, ...] = ()
    min_usd: Decimal | None = None
    max_usd: Decimal | None = None
    fx_rate: Decimal | None = None  # units of `currency` per USD
    fx_month: str | None = None  # YYYY-MM of the rate used
    per_year_min_usd: Decimal | None = None  # where the period makes it a rate (pint arithmetic)
    per_year_max_usd: Decimal | None = None
    attributed_to: str | None = None
    stance: Stance = "asserted"
