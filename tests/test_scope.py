"""Scope (claims/scope.py): each cue with examples, the defaults, and scope in the quantity key."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from claims.build import build_claims
from claims.pipeline import resolver
from core.schema import Document
from reconcile import find_conflicts
from tests.claim_factory import claim


def scope(text: str) -> str:
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), path="t.txt", text=text)
    return build_claims(doc, resolver())[0].scope


@pytest.mark.parametrize(("text", "expected"), [
    ("腾讯员工人均年薪102万元。", "average"),
    ("该公司员工薪资中位数仅6271美元。", "median"),
    ("本港上市的主板企业独董的年均薪酬为269,697元。", "average"),
    ("OpenAI平均每人提供150万美元的股权激励。", "average"),
    ("每位员工可获得10万元奖金。", "each"),
    ("董事会核准配发现金股利为每股6元。", "each"),
    ("升到P7级的年薪大概是100万元。", "level"),
    ("员工业绩奖金和分红金额总计来到新台币2061亿元。", "total"),
    ("智谱累计融资超83亿元。", "total"),
    ("Scale AI的估值达到290亿美元。", "total"),  # a company figure: total by default
    ("Meta向他开出了1亿美元的签约奖金。", "individual"),  # pay: one person's by default
    ("相比去年人均增加了7万元。", "average"),
    # dev-c-02: parts of one round are some of it, not the round
    ("xAI原计划将这轮融资拆分为约75亿美元股权。", "some"),
    ("本轮融资中,其中英伟达出资20亿美元。", "some"),
    ("xAI完成200亿美元融资。", "total"),
    ("其中一位研究员获得1亿美元。", "individual"),  # pay: of_some decides for groups, not PART
    # dev-b (鴻海): the 總額 of the staff's bonus is the group's total, unlike a package's 总额
    ("今年員工分紅獎金總額達到88.34億元。", "total"),
    ("这份薪酬包总额为2亿美元。", "individual"),
])
def test_scope_cues_and_defaults(text, expected):
    assert scope(text) == expected


def test_a_cue_in_another_clause_does_not_count():
    assert scope("平均年龄为30岁，Meta向他开出了1亿美元的签约奖金。") == "individual"


def test_claims_with_different_scopes_are_different_quantities():
    average = claim("1.5e6", kind="equity", payer="openai", payee="openai-staff").model_copy(update={"scope": "average"})
    total = claim("8e10", kind="equity", payer="openai", payee="openai-staff").model_copy(update={"scope": "total"})
    assert find_conflicts([average, total]) == []
    other_total = claim("5e10", kind="equity", payer="openai", payee="openai-staff").model_copy(update={"scope": "total"})
    assert len(find_conflicts([other_total, total])) == 1


@pytest.mark.parametrize("text", ["智谱发行价为116.2港元/股。", "公司股价收于131.5港元。",
                                  # blind9-19: spaces around the slash, as the page writes it
                                  "美国政府将以 20.47 美元 / 股购入 4.333 亿股普通股。"])
def test_a_price_per_share_is_each_shares(text):
    assert scope(text) == "each"


def part(text: str) -> str:
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), path="t.txt", text=text)
    return build_claims(doc, resolver())[-1].part


@pytest.mark.parametrize(("text", "expected"), [
    # dev-d-14 (明報): a region's, a business line's, an IP's share of a company's revenue
    ("上半年海外市場收入按年急升4.4倍至55.9億元。", "海外市场"),
    ("至於中國地區錄得收入82.83億元。", "中国地区"),
    ("小米的「LABUBU系」收入按年增長6.7倍至48.14億元。", "labubu系"),
    ("小米旗下SKULLPANDA收入12.21億元。", "skullpanda"),
    ("腾讯的游戏业务收入为500亿元。", "游戏业务"),  # a line's word takes the word naming the line
    ("英伟达数据中心业务营收达到300亿美元。", "数据中心业务"),
    # the whole: no part, or the part named is the company itself
    ("泡泡瑪特上半年營收人民幣138.76億元。", ""),
    ("OpenAI收入达到130亿美元。", ""),
    ("上半年泡泡瑪特總收入達138.8億元。", ""),
    ("公司员工年薪50万元。", ""),  # pay has no part
])
def test_the_part_of_a_company_figure(text, expected):
    assert part(text) == expected


def test_a_part_and_the_whole_are_different_quantities():
    whole = claim("1.3876e10", kind="revenue", payer=None, payee="pop-mart", currency="CNY")
    region = whole.model_copy(update={"id": "r", "doc_id": "other", "min": Decimal("5.59e9"),
                                      "max": Decimal("5.59e9"), "part": "海外市场"})
    assert find_conflicts([whole, region]) == []
    other = region.model_copy(update={"id": "r2", "doc_id": "third", "min": Decimal("4e9"), "max": Decimal("4e9")})
    assert len(find_conflicts([region, other])) == 1  # one region's figure in two outlets is one quantity


@pytest.mark.parametrize(("text", "part"), [
    # dev (自由時報 and others on TSMC's US pledges): a tranche added to the commitment is its own quantity
    ("台積電今年3月初宣布將對美國再投資至少1000億美元。", "addition"),
    ("台積電新增對美1000億美元的投資。", "addition"),
    ("软银追加投资50亿美元。", "addition"),
    ("這使得台積電在美國總投資金額達到1650億美元。", ""),
    ("软银投资50亿美元。", ""),
    ("新增用户1000万，软银投资50亿美元。", ""),
])
def test_money_added_to_a_commitment_is_a_part_of_it(text, part):
    claims = build_claims(Document(id=hashlib.sha256(text.encode()).hexdigest(), path="t.txt", text=text), resolver())
    assert claims[-1].part == part
