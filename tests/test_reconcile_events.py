"""reconcile.events: two undated reports of one event, dated by the other figures their
sentences give (dev-c-01 星島 vs dev-c-03: xAI's valuation after its 200亿美元 round)."""

from __future__ import annotations

from reconcile import find_conflicts
from reconcile.possible import possible_conflicts
from tests.claim_factory import D, claim, copy


def report(doc: str, valuation: str, round_: str, *, start: int = 0, published=None, currency="USD"):
    """One sentence of one article: a round of ``round_`` and the valuation it gives."""
    sentence = f"{doc}: xAI完成{round_}融资,估值达到{valuation}"
    fields = dict(doc_id=doc, doc=f"{doc}.txt", sentence=sentence, published=published, outlet=doc)
    money = copy(claim(round_, kind="investment", payer=None, payee="xai", currency=currency), start=start, **fields)
    value = copy(claim(valuation, kind="valuation", payer=None, payee="xai", currency=currency),
                 start=start + 20, **fields)
    return [money, value]


def test_two_undated_reports_of_one_round_compare_their_valuations():
    found = find_conflicts(report("a", "2.3e11", "2e10") + report("b", "2.5e11", "2e10"))
    assert [(c.claims[0].kind, c.claims[1].kind) for c in found] == [("valuation", "valuation")]
    assert not [p for p in possible_conflicts(report("a", "2.3e11", "2e10") + report("b", "2.5e11", "2e10"))
                if "time unknown" in p.reason]  # listed once, as a conflict


def test_two_rounds_of_other_sizes_are_two_times():
    # 以2000亿美元估值募资100亿 vs 200亿融资轮…2500亿: another round, another time
    assert find_conflicts(report("a", "2.3e11", "1e10") + report("b", "2.5e11", "2e10")) == []


def test_the_round_as_written_not_as_widened_dates():
    # 2000亿 (±500亿 by its round digits) touches 2500亿, but is not the same figure: the
    # investments of 100亿 and 200亿 are not dated by their valuations
    assert find_conflicts(report("a", "2e11", "1e10") + report("b", "2.5e11", "2e10")) == []


def test_in_a_sentence_of_several_events_each_figure_has_its_own():
    # dev-c-02: OpenAI…5000億美元; Anthropic在9月完成130億美元融資后估值達到1380億美元
    a = report("a", "1.38e11", "1.3e10", start=50)
    first = copy(claim("5e11", kind="valuation", payer=None, payee="xai"), start=0, doc_id="a", doc="a.txt",
                 sentence=a[0].sentence, published=None, outlet="a")
    b = report("b", "1.83e11", "1.3e10")
    found = find_conflicts([first, *a, *b])
    assert sorted(str(c.claims[0].min) + "/" + str(c.claims[1].min) for c in found) == ["1.38E+11/1.83E+11"]


def test_a_target_or_an_earlier_figure_beside_the_event_does_not_hide_it():
    # dev-c-01 (星島): 已完成最新一輪200億美元融資，不僅超過了最初設定的150億美元目標，更使其估值…達到2,300億美元:
    # the 150億 target (an opening figure, read as a valuation) stands nearest the round, yet the 2,300億 is the
    # valuation after the 200億 round
    a = report("a", "2.3e11", "2e10", start=0)
    target = copy(claim("1.5e10", kind="valuation", payer=None, payee="xai"), start=10, phase="opening",
                  doc_id="a", doc="a.txt", sentence=a[0].sentence, published=None, outlet="a")
    found = find_conflicts([*a, target, *report("b", "2.5e11", "2e10")])
    assert sorted((str(c.claims[0].min), str(c.claims[1].min)) for c in found) == [("2.3E+11", "2.5E+11")]


def _results(doc: str, revenue: str, profit: str, *, precision=None):
    """One sentence of an undated article: a year's revenue and its profit."""
    sentence = f"{doc}: 台積電營收{revenue},淨利{profit}"
    fields = dict(doc_id=doc, doc=f"{doc}.txt", sentence=sentence, published=None, outlet=doc)
    money = copy(claim(revenue, kind="revenue", payer=None, payee="tsmc", currency="TWD", usd=False,
                       precision=precision), start=0, **fields)
    value = copy(claim(profit, kind="profit", payer=None, payee="tsmc", currency="TWD", usd=False), start=20, **fields)
    return [money, value]


def test_undated_results_are_of_one_year_when_their_revenue_is_the_same_as_written_or_cut():
    # blind2-12 (三立, undated): 總營收2兆1617億元…歸屬母公司淨利8384.98億元 vs blind2-14: 全年营收21617.4亿元…
    # 税后净利润约9791.71亿元: 2兆1617億 is 21617.4亿 cut at its written unit (1億)
    a = _results("a", "2.1617e12", "8.38498e11", precision=D("5e7"))
    b = _results("b", "2.16174e12", "9.79171e11")
    assert [c.claims[0].kind for c in find_conflicts(a + b)] == ["profit"]
    # another year's revenue (2兆2894億) dates the profit to another time
    assert find_conflicts(_results("a", "2.2894e12", "8.38498e11", precision=D("5e7")) + b) == []
