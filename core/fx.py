"""Convert money to US dollars with the shipped monthly rate table.

The table (data/usd_rates_monthly.csv) gives units of currency per 1 USD for each month, so
``usd = amount / per_usd``. A date outside the table, or no date at all, falls back to the
nearest month the table has; the result then says so (``approximate`` and ``note``), because
the table's README asks that gaps are never filled silently.
"""

from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from .errors import FxError

TABLE = Path(__file__).parent / "data" / "usd_rates_monthly.csv"
COLUMNS = ["month", "currency", "per_usd", "source", "method"]


@dataclass(frozen=True, slots=True)
class FxResult:
    usd: Decimal
    rate: Decimal  # units of the currency per 1 USD
    month: str  # YYYY-MM of the rate used ("" for USD without a date)
    approximate: bool  # the rate is not the article's own month
    note: str  # which rate, and why that one ("no TWD rate for 2026-08: used ...")


def _load(path: Path) -> dict[str, dict[str, Decimal]]:
    """{currency: {month: per_usd}}; a malformed table raises at import, not at use."""
    rates: dict[str, dict[str, Decimal]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            raise FxError(None, f"{path.name}: header {reader.fieldnames} != {COLUMNS}")
        for line, row in enumerate(reader, start=2):
            per_usd = Decimal(row["per_usd"])
            if per_usd <= 0 or len(row["month"]) != 7:
                raise FxError(row["currency"], f"{path.name}:{line}: bad row {row}")
            rates.setdefault(row["currency"], {})[row["month"]] = per_usd
    return rates


RATES = _load(TABLE)
MONTHS = {code: sorted(by_month) for code, by_month in RATES.items()}
CURRENCIES = frozenset(RATES) | {"USD"}


def month_of(when: date) -> str:
    return f"{when.year:04d}-{when.month:02d}"


def pick_month(currency: str, when: date | None) -> tuple[str, bool, str]:
    """(month to use, approximate?, note) for a currency in the table."""
    months = MONTHS[currency]
    first, last = months[0], months[-1]
    if when is None:
        return last, True, f"no article date: used the latest {currency} rate ({last})"
    wanted = month_of(when)
    if wanted in RATES[currency]:
        return wanted, False, f"{currency} monthly average for {wanted}"
    if wanted < first:
        return first, True, f"{wanted} is before the {currency} table: used {first}"
    # After the table, or a hole (TWD stops at 2026-06): latest earlier month.
    earlier = months[bisect.bisect_left(months, wanted) - 1]
    return earlier, True, f"no {currency} rate for {wanted}: used the latest earlier month {earlier}"


def to_usd(amount: Decimal, currency: str | None, when: date | None) -> FxResult:
    """Convert ``amount`` of ``currency`` to USD at the rate of ``when``'s month."""
    code = (currency or "").upper()
    if code == "USD":
        month = month_of(when) if when else ""
        return FxResult(amount, Decimal(1), month, False, "already USD")
    if code not in RATES:
        known = ", ".join(sorted(CURRENCIES))
        raise FxError(currency, f"no exchange rate for currency {currency!r} (known: {known})")
    month, approximate, note = pick_month(code, when)
    rate = RATES[code][month]
    return FxResult(amount / rate, rate, month, approximate, note)
