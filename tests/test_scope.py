"""Scope (claims/scope.py): each cue with examples, the defaults, and scope in the quantity key."""

from __future__ import annotations

import hashlib

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
    other_total = claim("1.5e6", kind="equity", payer="openai", payee="openai-staff").model_copy(update={"scope": "total"})
    assert len(find_conflicts([other_total, total])) == 1


@pytest.mark.parametrize("text", ["智谱发行价为116.2港元/股。", "公司股价收于131.5港元。"])
def test_a_price_per_share_is_each_shares(text):
    assert scope(text) == "each"
