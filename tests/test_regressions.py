"""One named test per parser bug fixed (pint's test_issueNNN style)."""

from __future__ import annotations

from decimal import Decimal

from parsers import extract_money, parse_money, parse_numeral


def _bounds(text):
    m = parse_money(text)
    assert m is not None, text
    return m.min, m.max, m.currency


def test_zero_after_a_large_unit_marks_a_gap():
    assert parse_numeral("六十四万零一百四十三").value == 640143
    assert parse_numeral("一万零四十").value == 10040
    assert _bounds("六十四万零一百四十三元一角七分") == (Decimal("640143.17"), Decimal("640143.17"), "CNY")


def test_unit_on_a_unit_multiplies():
    assert parse_numeral("十万万").value == 10**9
    assert parse_numeral("四万万").value == 4 * 10**8


def test_nested_large_units():
    assert parse_numeral("三万五千亿").value == 35 * 10**11


def test_space_before_the_large_unit():
    assert _bounds("新台币 177.1 亿元") == (Decimal("17710000000"), Decimal("17710000000"), "TWD")


def test_doubled_dash_connectors():
    assert _bounds("1万元--5万元")[:2] == (Decimal(10000), Decimal(50000))
    assert _bounds("2——3万港币") == (Decimal(20000), Decimal(30000), "HKD")


def test_inclusive_mark_inside_a_range_and_no_opener_in_span():
    assert _bounds("1万(含)-5万元")[:2] == (Decimal(10000), Decimal(50000))
    assert [m.text for m in extract_money("报账金额在1万-5万元之间")] == ["1万-5万元"]


def test_bare_end_borrows_the_unit_that_keeps_the_range_in_order():
    assert _bounds("从8500到3万港元")[:2] == (Decimal(8500), Decimal(30000))
    assert _bounds("两到三仟澳元")[:2] == (Decimal(2000), Decimal(3000))
    assert _bounds("一千至两千万美元")[:2] == (Decimal(10**7), Decimal(2 * 10**7))


def test_qian_after_a_sub_unit_chain():
    assert _bounds("一百三十五块六角七分钱")[:2] == (Decimal("135.67"), Decimal("135.67"))


def test_digit_after_yuan_that_starts_a_decimal_is_not_jiao():
    assert [m.text for m in extract_money("2.2本计划投资3541.07万元2.3本项目")] == ["3541.07万元"]


def test_chinese_comma_separates_two_prices():
    found = extract_money("在下面的价格中选一个，$20，300美圆, ￥300, ok?")
    assert [(m.text, m.min) for m in found] == [("$20", 20), ("300美圆", 300), ("￥300", 300)]
    assert _bounds("82，225.00元")[0] == Decimal(82225)
    assert _bounds("１，０００元")[0] == Decimal(1000)


def test_counter_words_that_start_currency_names_do_not_hide_money():
    # 台 (machines) starts 台币, 日 (day) starts 日元, 人 (people) starts 人民币.
    assert [m.text for m in extract_money("央行到期定存单5306亿台币")] == ["5306亿台币"]
    assert [m.text for m in extract_money("4人民币5美元")] == ["4人民币", "5美元"]


def test_lone_numeral_after_a_currency_prefix_is_money():
    assert [m.text for m in extract_money("，us$一。")] == ["us$一"]


def test_digit_count_is_not_a_head_count():
    assert [m.text for m in extract_money("九位数高薪,也留不住人才")] == ["九位数"]


def test_prefix_currency_names_which_yuan():
    assert _bounds("港幣三百萬元") == (Decimal(3 * 10**6), Decimal(3 * 10**6), "HKD")


def test_salary_shorthand_with_pay_cue():
    assert [m.text for m in extract_money("我们薪酬能给到10k~15k。")] == ["10k~15k"]


def test_bare_figure_linked_to_a_money_figure_is_money():
    found = extract_money("他的月薪从2万涨到3.5万。")
    assert [(m.text, m.currency) for m in found] == [("2万", "CNY"), ("3.5万", "CNY")]
    found = extract_money("营收从50亿美元增至80亿。")
    assert [(m.text, m.currency) for m in found] == [("50亿美元", "USD"), ("80亿", "USD")]
    assert [m.text for m in extract_money("投资3541.07万元2.3本项目")] == ["3541.07万元"]


def test_currency_prefix_then_spaces_then_a_lone_numeral():
    """Regression: the anchor's look-behind lost its spaces when the pattern moved to VERBOSE re."""
    assert [m.text for m in extract_money("，人民币 一。")] == ["人民币 一"]


def test_cn2an_key_error_is_not_raised_from_extract():
    """Regression (found by Hypothesis): cn2an raises KeyError for 十拾捌; extract_money must not."""
    assert extract_money("0十拾捌") == []  # raised KeyError before
    assert parse_money("十拾捌") is None


def test_lone_digit_skip_keeps_figures_a_lead_word_reaches():
    # iter_money skips a lone digit with nothing readable after it unless a lead word
    # stands before it: the hedge and the currency prefix must still be read.
    got = [(m.text, m.min, m.max) for m in extract_money("他的时薪超过8，不算高")]
    assert got == [("超过8", Decimal(8), None)]
    assert [m.text for m in extract_money("奖金只有$4的样子")] == ["$4"]
    assert [m.text for m in extract_money("USD4的报价")] == ["USD4"]
    assert extract_money("发布了Llama 4的版本，1. 人才") == []


def test_prefix_look_behind_guard_keeps_every_prefix_word():
    # behind() now opens each tail group with a test on the words' last characters.
    for text, currency in (("HK$ 5亿", "HKD"), ("NT$3万", "TWD"), ("US$  1.5亿", "USD"), ("¥一千万", "CNY")):
        (m,) = extract_money(f"他拿到{text}的薪酬")
        assert m.currency == currency, text
