"""Pay periods as pint quantities: how long a stated amount covers, and its per-year factor.

Currencies are not pint units here: conversion goes through the dated table in ``core.fx``
only, and reconcile refuses to compare two currencies without it.  Per-year factors are
computed with pint once per (period kind, years) and cached, because the comparison hot path
runs over millions of claims and must not build quantities per claim.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import pint


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """Built on first use: loading pint's unit file costs a fraction of a second."""
    units = pint.UnitRegistry(non_int_type=Decimal)
    # A pay year as news counts it: 52 weeks, 365 days (pint's year is 365.25 days).
    units.define("pay_week = year / 52")
    units.define("pay_day = year / 365")
    return units


def period_length(kind: str, years: Decimal | None) -> pint.Quantity | None:
    """How long the stated amount covers, or None when it is not a rate (one-time, unknown)."""
    q = registry().Quantity
    if kind in ("per_year", "first_year"):
        return q(Decimal(1), "year")
    if kind == "per_month":  # the model stores 1/12 for 每月; pint's month is exact
        return q(Decimal(1), "month")
    if kind == "per_week":  # 周薪: papers multiply by 52 (61.5万英镑 a week, 3198万 a year)
        return q(Decimal(1), "pay_week")
    if kind == "per_day":  # 每天: by 365
        return q(Decimal(1), "pay_day")
    if kind in ("n_years", "multi_year") and years is not None and years > 0:
        return q(years, "year")
    return None


@lru_cache(maxsize=256)
def per_year_factor(kind: str, years: Decimal | None) -> Decimal | None:
    """Multiply a stated amount by this to get an amount per year (None: not a rate)."""
    length = period_length(kind, years)
    if length is None:
        return None
    factor = (1 / length).to("1/year").magnitude
    return Decimal(factor).normalize()


def period_class(kind: str, years: Decimal | None) -> str:
    """Which claims measure the same sort of quantity: rate, one_time, total, unknown."""
    if kind in ("one_time", "unknown"):
        return kind
    if per_year_factor(kind, years) is not None:
        return "rate"
    return "total"  # multi-year total over an unstated number of years
