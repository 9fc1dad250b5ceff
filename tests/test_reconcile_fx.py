from datetime import date
from decimal import Decimal

import pytest

from core.errors import EngineError, FxError
from core.fx import MONTHS, RATES, to_usd

EXACT_MONTH = [
    # (amount, currency, article date, per_usd in the table, USD rounded to 4 significant digits)
    pytest.param("1e10", "JPY", date(2024, 7, 3), "157.853", "6.335E+7", id="100亿日元-2024-07"),
    pytest.param("1e8", "CNY", date(2025, 2, 25), "7.27488", "1.375E+7", id="1亿元-2025-02"),
    pytest.param("5e8", "HKD", date(2023, 6, 1), "7.83214", "6.384E+7", id="5亿港元-2023-06"),
    pytest.param("3e9", "TWD", date(2025, 5, 9), "30.2214", "9.927E+7", id="30亿台币-2025-05"),
    pytest.param("1e6", "EUR", date(2022, 10, 31), "1.01785", "9.825E+5", id="100万欧元-2022-10"),
]


def sig4(x: Decimal) -> Decimal:
    return x.quantize(Decimal(1).scaleb(x.adjusted() - 3))


@pytest.mark.parametrize("amount, currency, when, rate, usd", EXACT_MONTH)
def test_converts_at_the_articles_month(amount, currency, when, rate, usd):
    result = to_usd(Decimal(amount), currency, when)
    assert result.rate == Decimal(rate)
    assert result.month == f"{when:%Y-%m}"
    assert not result.approximate
    assert sig4(result.usd) == Decimal(usd)
    assert result.usd == Decimal(amount) / Decimal(rate)  # exact Decimal, no float on the way


def test_usd_is_identity():
    result = to_usd(Decimal("123.45"), "USD", date(2031, 1, 1))
    assert (result.usd, result.rate, result.approximate) == (Decimal("123.45"), 1, False)


@pytest.mark.parametrize("currency, when, used, words", [
    pytest.param("TWD", date(2026, 8, 20), "2026-06", "latest earlier month", id="twd-after-gap"),
    pytest.param("TWD", date(2026, 7, 1), "2026-06", "no TWD rate for 2026-07", id="twd-first-gap"),
    pytest.param("CNY", date(2027, 3, 1), "2026-10", "latest earlier month", id="after-table"),
    pytest.param("JPY", date(2019, 5, 1), "2020-01", "before the JPY table", id="before-table"),
    pytest.param("EUR", None, "2026-10", "no article date", id="no-date"),
])
def test_outside_the_table_uses_nearest_month_and_says_so(currency, when, used, words):
    result = to_usd(Decimal("1e6"), currency, when)
    assert result.month == used
    assert result.approximate
    assert words in result.note
    assert result.rate == RATES[currency][used]


@pytest.mark.parametrize("currency", ["MYR", "RMB", "", None, "usd$"], ids=repr)
def test_unknown_currency_raises_typed_error(currency):
    with pytest.raises(FxError) as err:
        to_usd(Decimal(1), currency, date(2024, 1, 1))
    assert isinstance(err.value, EngineError)
    assert err.value.currency == currency


def test_lowercase_code_is_accepted():
    assert to_usd(Decimal("7"), "cny", date(2024, 1, 5)).rate == RATES["CNY"]["2024-01"]


def test_table_shape_matches_its_readme():
    assert sum(len(m) for m in RATES.values()) == 652
    assert set(RATES) == {"CNY", "HKD", "TWD", "JPY", "EUR", "GBP", "KRW", "SGD"}
    assert MONTHS["TWD"][-1] == "2026-06"
    assert all(MONTHS[c][0] == "2020-01" for c in RATES)
    assert all(MONTHS[c][-1] == "2026-10" for c in RATES if c != "TWD")
    assert all(isinstance(r, Decimal) for m in RATES.values() for r in m.values())


def test_hkd_stays_inside_its_peg_band():
    assert all(Decimal("7.75") <= r <= Decimal("7.85") for r in RATES["HKD"].values())
