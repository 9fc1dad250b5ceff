"""The ingest speed-ups compute what the plain code computed: each fast helper against the
straightforward expression it replaced, and the on-disk caches against their sources."""

from __future__ import annotations

import json
import random
from decimal import Decimal

import pytest

from claims import build, discover, rules
from core import units

_ALPHABET = "。！？!?\n，,；;：:表示报道称据根据援引年薪签约奖金估值收购股票的在是A1 "


def _texts(n: int = 300, seed: int = 9):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 60)))


def _plain_span(text: str, pos: int, ends: str) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in ends) + 1
    stops = [i for i in (text.find(c, pos) for c in ends) if i >= 0]
    return start, min(stops) if stops else len(text)


def test_span_is_the_rfind_find_span():
    for text in _texts():
        for ends in (rules.SENTENCE_END, rules.CLAUSE_END):
            for pos in range(len(text) + 1):
                assert build._span(text, pos, ends) == _plain_span(text, pos, ends), (text, pos)


def test_last_word_is_the_max_rfind():
    for words in (rules.SPEECH_VERBS, rules.SOURCE_LEADS, ("报道", "报", "道称")):
        for window in _texts():
            assert build._last_word(words, window) == max(((window.rfind(w), w) for w in words), default=(-1, ""))


def test_cue_hits_are_every_occurrence_of_every_cue():
    for sentence in [*_texts(), "签约奖金签约金股票价值股票", "年薪年薪包"]:
        plain = sorted((at, priority, kind, cue)
                       for priority, (kind, cues) in enumerate(rules.KIND_CUES) for cue in cues
                       for at in range(len(sentence)) if sentence.startswith(cue, at))
        assert sorted(build._cue_hits(sentence)) == plain


def test_cue_hits_follow_a_replaced_table(monkeypatch):
    assert build._cue_hits("年薪")  # built and cached from the real table
    monkeypatch.setattr(rules, "KIND_CUES", (("other", ("薪",)),))
    assert build._cue_hits("年薪") == ((1, 0, "other", "薪"),)


def test_cased_keeps_the_ascii_as_written():
    text = "Meta向ＯｐｅｎＡＩ的Andrew開出1億美元"
    norm = discover.normalize(text)
    assert discover._cased(text, norm) == "".join(t if t.isascii() else n for t, n in zip(text, norm, strict=True))


def test_tags_are_jiebas_posseg_table():
    import jieba.posseg

    assert discover._tags() == jieba.posseg.dt.word_tag_tab


@pytest.mark.parametrize("kind, years", [("per_year", None), ("per_month", None), ("per_week", None),
                                         ("per_day", None), ("first_year", Decimal(1)), ("n_years", Decimal(3)),
                                         ("n_years", Decimal("2.5")), ("multi_year", None), ("one_time", None)])
def test_per_year_factor_is_pints(kind, years):
    expected = units._pint_factor(kind, years)
    units.per_year_factor.cache_clear()
    assert units.per_year_factor(kind, years) == expected
    units.per_year_factor.cache_clear()
    units._stored_factors.cache_clear()  # read back from the file
    got = units.per_year_factor(kind, years)
    assert got == expected and str(got) == str(expected)


def test_a_bad_factor_file_is_recomputed(tmp_path, monkeypatch):
    bad = tmp_path / "factors.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(units, "_factors_file", lambda: bad)
    units._stored_factors.cache_clear()
    units.per_year_factor.cache_clear()
    try:
        assert units.per_year_factor("per_month", None) == Decimal(12)
        assert json.loads(bad.read_text(encoding="utf-8"))["per_month|None"] == "12"
    finally:
        units._stored_factors.cache_clear()
        units.per_year_factor.cache_clear()
