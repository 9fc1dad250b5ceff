"""The issue-11 constructions (tests/corpus/constructions.py): every group is the test of its
rule, the positive cases and the look-alikes beside them, with exact spans and readings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parsers import extract_money
from tests.corpus import constructions

GROUPS = [name for name in dir(constructions) if name.isupper() and name != "N"]


def _params():
    for name in GROUPS:
        for i, (text, expected) in enumerate(getattr(constructions, name)):
            yield pytest.param(text, expected, id=f"{name.lower()}-{i}")


def _dec(value):
    return None if value is None else Decimal(value)


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_construction(text, expected):
    found = extract_money(text)
    assert [m.text for m in found] == [e[0] for e in expected]
    for m, (span, low, high, currency, *attrs) in zip(found, expected, strict=True):
        assert text[m.start:m.end] == m.text
        assert (m.min, m.max, m.currency) == (_dec(low), _dec(high), currency), span
        for key, value in (attrs[0] if attrs else {}).items():
            assert getattr(m, key) == value, (span, key)


def test_every_rule_has_negative_cases():
    positive = [n for n in GROUPS if not n.endswith("_NOT_MONEY")]
    assert all(f"{n}_NOT_MONEY" in GROUPS for n in positive)


@pytest.mark.parametrize(("text", "reason"), [
    ("該港股地產商去年盈利為85億元。", "document yuan HKD: score 2 (港股x1)"),
    ("該公司去年營收為80億元。", "document yuan CNY: default, no locale cue"),
    ("150万人民币", "stated"),
])
def test_the_currency_reason_is_recorded(text, reason):
    assert [m.currency_reason for m in extract_money(text)] == [reason]


def test_a_bare_figure_names_the_figure_it_took_its_currency_from():
    found = extract_money("工程师月薪中位数3.8万，资深专家年薪150万人民币")
    assert found[0].currency_reason == "same sentence: 150万人民币"
    assert extract_money("年薪100万，折合美元不足20万")[1].currency_reason == "conversion phrase"


def test_a_rate_of_change_before_zhi_does_not_hide_the_money_cue():
    found = extract_money("公司收入同比增长14%至58.3亿。")
    assert [(m.text, m.min) for m in found] == [("58.3亿", Decimal("5.83e9"))]
    assert extract_money("员工人数增长14%至5000。") == []


def test_a_currency_declared_at_the_sentence_end_gives_the_figures_before_it():
    found = extract_money("门票分三档:内场1880,看台980和580,均以人民币计价。")
    assert [(m.text, m.currency) for m in found] == [("1880", "CNY"), ("980", "CNY"), ("580", "CNY")]
    assert found[0].currency_reason.startswith("declaration: 均以人民币")


def test_a_headline_pay_word_makes_its_figure_money_but_not_a_head_count():
    assert [m.text for m in extract_money("員工平均薪資出爐 「這家」375萬奪冠")] == ["375萬"]
    assert extract_money("這場薪酬風暴重創了 12 萬招行員工的心理預期。") == []


def test_a_rate_of_change_before_zhi_does_not_hide_a_price_cue_from_a_minor_unit():
    assert [(m.text, m.min) for m in extract_money("每基金單位分派增長8.3%至141.47仙。")] == [
        ("141.47仙", Decimal("1.4147"))]
    assert extract_money("成绩提高10%至90分。") == []


def test_a_bare_figure_at_a_period_rate_is_pay_after_a_pay_word():
    found = extract_money('应届毕业很看重的"房补",这部分福利,福报厂以"每月 3200"断层式领先。')
    assert [(m.text, m.min, m.currency) for m in found] == [("3200", Decimal(3200), "CNY")]
    assert extract_money("年薪很高,每天跑5000步。") == []
