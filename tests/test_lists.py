"""Lists of figures (claims/lists.py): each figure is its own item's, never the main company's."""

from __future__ import annotations

from datetime import date

import pytest

from claims.build import analyse
from claims.entities import normalize
from claims.lists import group_word, item_names
from claims.pipeline import resolver
from core.schema import Document
from parsers import extract_money


def names(text: str) -> dict[str, str]:
    norm = normalize(text)
    found = item_names(norm, [(m.start, m.end) for m in extract_money(text)], 0, len(text))
    return {text[a:b]: text[x:y] for (a, b), (x, y) in found.items()}


@pytest.mark.parametrize(("text", "expected"), [
    # blind-08 (TWSE directors' pay, ETtoday): stock codes and * after a name
    ("證交所公布上市公司每名董事平均酬勞前十高依序為：中信金1.02億元、國巨*7824.55萬元、富邦金（2881）7193.7萬元。",
     {"1.02億元": "中信金", "7824.55萬元": "國巨", "7193.7萬元": "富邦金"}),
    # blind-07: items after commas, a ranking word after the figure
    ("根據統計，2024年董事酬金前十名依序為中信金，國巨7,824萬元居次，富邦金7,193萬元排名第三。",
     {"7,824萬元": "國巨", "7,193萬元": "富邦金"}),
    ("腾讯1000亿元、阿里巴巴800亿元。", {"1000亿元": "腾讯", "800亿元": "阿里巴巴"}),
    ("Google 30億美元、Amazon 40億美元。", {"30億美元": "Google", "40億美元": "Amazon"}),
])
def test_list_items_are_named(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "營收1000億元、淨利300億元。",  # descriptions, not names
    "2023年100万元、2024年200万元。",  # times
    "基本工资300万美元，奖金500万美元。",  # pay words
    "他拿到现金300万元、股票500万元。",  # 现金 is no company
    "Meta向OpenAI员工提供1亿美元签约奖金。",  # one figure: no list
    # dev-b-13 (鴻海 raffle): connectives, determiners and times before figures are no names
    "郭台銘今年親自加碼3億元，每名1,000萬元，以及20萬元。",
    # blind7-09: a company's rounds, each after the verb of its result, are no items named 完成
    "2023年5月,完成7000万美元A轮融资;2024年2月,完成约6.75亿美元B轮融资。",
])
def test_not_lists(text):
    assert names(text) == {}


def test_a_phrase_before_a_figure_is_no_list_item():
    """Regression (blind10-20, 163/CSDN on Google and Character.AI): 公司愿意花 27 亿美元 …：谷歌宣布以约
    27 亿美元 read as a list of two companies, 公司愿意花 and 谷歌宣布以, and each became the payee."""
    text = "公司愿意花 27 亿美元，重聘一位前员工：近日，谷歌宣布以约 27 亿美元的价格重聘其前员工。"
    assert names(text) == {}


@pytest.mark.parametrize(("name", "phrase"), [
    ("公司愿意花", True), ("谷歌宣布以", True), ("台积电也在", True), ("瑞昱及和泰车", True), ("欧洲同业在", True),
    ("凯基金", False), ("台新新光金", False), ("中信金", False), ("国巨", False), ("大立光", False),
])
def test_is_phrase(name, phrase):
    from claims.discover import is_phrase
    assert is_phrase(name) is phrase


def test_group_word_of_a_list_head():
    assert group_word("上市公司每名董事平均酬劳前十高依序为:") == "董事"
    assert group_word("腾讯与阿里的营收:") is None


def test_a_ranking_of_directors_pay_gives_each_company_its_own_directors():
    """Regression: every figure of the TWSE ranking was filed as TSMC paying its staff (the
    article's main company), and the ranks conflicted with each other across outlets."""
    text = ("台積電董事會今日開會。證交所公布上市公司每名董事平均酬勞前十高依序為：中信金1.02億元、"
            "國巨7824.55萬元、台積電5071.1萬元。")
    doc = Document(id="d", path="d.txt", text=text, published=date(2025, 6, 1))
    built = {c.text: c for c in analyse(doc, resolver()).claims}
    assert {(built[t].payer, built[t].parties_from) for t in ("1.02億元", "7824.55萬元")} == {
        ("中信金", "list"), ("国巨", "list")}
    assert built["5071.1萬元"].payer == "tsmc"
    assert built["7824.55萬元"].payee == "国巨-directors" and built["7824.55萬元"].scope == "average"


def test_regression_the_runner_up_after_其次為_is_an_item():
    """dev-b-19 (newtalk): 以聯發科薪資270.5萬居冠,其次為聯詠254.2萬、鴻準245.7萬 gave 聯詠's figure to 聯發科."""
    text = "薪資排行以聯發科薪資270.5萬居冠，其次為聯詠254.2萬、鴻準245.7萬、鴻海225.5萬。"
    claims = analyse(Document(id="z" * 64, path="t.txt", text=text), resolver()).claims
    assert [c.payer for c in claims[1:]] == ["联咏", "鸿准", "foxconn"]
