"""Pay periods as pint quantities: how long a stated amount covers, and its per-year factor.

Currencies are not pint units here: conversion goes through the dated table in ``core.fx``
only, and reconcile refuses to compare two currencies without it.  Per-year factors are
computed with pint once per (period kind, years) and cached, because the comparison hot path
runs over millions of claims and must not build quantities per claim.

Each factor pint computed is also kept on disk (a small JSON file in the temporary folder,
named by this module's source and pint's version, as jieba keeps its dictionary cache), so a
process whose periods were all seen before never loads pint: building its registry costs
more than a third of a second per process.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from decimal import Decimal
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """Built on first use: loading pint's unit file costs a fraction of a second."""
    import pint

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
    stored = _stored_factors()
    key = f"{kind}|{years}"
    if key in stored:
        return None if stored[key] is None else Decimal(stored[key])
    factor = _pint_factor(kind, years)
    stored[key] = None if factor is None else str(factor)  # str of a Decimal reads back the same Decimal
    _save_factors(stored)
    return factor


def _pint_factor(kind: str, years: Decimal | None) -> Decimal | None:
    length = period_length(kind, years)
    if length is None:
        return None
    factor = (1 / length).to("1/year").magnitude
    return Decimal(factor).normalize()


@lru_cache(maxsize=1)
def _factors_file() -> Path:
    source = Path(__file__).read_bytes()
    try:
        pint_version = metadata.version("pint")
    except metadata.PackageNotFoundError:
        pint_version = "?"
    digest = hashlib.sha256(source + pint_version.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"claims-engine-per-year-{digest}.json"


@lru_cache(maxsize=1)
def _stored_factors() -> dict[str, str | None]:
    try:
        stored = json.loads(_factors_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _save_factors(stored: dict[str, str | None]) -> None:
    """Written whole to a private file, then moved over the old one (concurrent writers
    never leave half a file); a folder that cannot be written only costs the speed."""
    target = _factors_file()
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(stored, out, sort_keys=True)
        os.replace(tmp, target)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def period_class(kind: str, years: Decimal | None) -> str:
    """Which claims measure the same sort of quantity: rate, one_time, total, unknown."""
    if kind in ("one_time", "unknown"):
        return kind
    if per_year_factor(kind, years) is not None:
        return "rate"
    return "total"  # multi-year total over an unstated number of years
