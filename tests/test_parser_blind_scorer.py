"""The blind-set scorer (benchmarks/parser_blind.py) on a set made here: it must count an exact
reading, an open bound read as closed, a miss and a false reading, so that its figures mean
what they say. (The blind set itself is measured, never asserted on.)"""

from __future__ import annotations

import json

from benchmarks.parser_blind import main, ours, score

ITEMS = [
    {"id": "a", "text": "估值达到143亿美元。", "expected": [
        {"text": "143亿美元", "low": "14300000000", "high": "14300000000", "currency": "USD", "approx": False}],
     "not_money": []},
    {"id": "b", "text": "年薪超过100万美元。", "expected": [  # written here as closed: ours reads it open
        {"text": "超过100万美元", "low": "1000000", "high": None, "currency": "USD", "approx": False}],
     "not_money": []},
    {"id": "c", "text": "该公司有600名员工，营收5亿美元。", "expected": [], "not_money": ["600名"]},
]


def test_exact_open_bounds_and_false_readings_are_counted():
    t = score(ITEMS, ours)
    assert (t.expected, t.found, t.values, t.exact, t.false) == (2, 2, 2, 1, 1)
    assert any(m.startswith("b: '超过100万美元' want [1000000") for m in t.misses)


def test_a_document_context_sets_the_currency_and_is_not_scored(tmp_path, capsys):
    item = {"id": "d", "document_context": "香港01 財經 港交所 恒指", "text": "每股盈利3.2元。", "expected": [
        {"text": "3.2元", "low": "3.2", "high": "3.2", "currency": "HKD", "approx": False}], "not_money": []}
    path = tmp_path / "set.json"
    path.write_text(json.dumps([item], ensure_ascii=False), encoding="utf-8")
    assert main(["--set", str(path), "--no-jionlp"]) == 0
    assert "ours     | 1/1 exact (100.0%)" in capsys.readouterr().out
