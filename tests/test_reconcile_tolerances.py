from decimal import Decimal

import opencc
import pytest

from parsers import extract_money, parse_money
from parsers.lexicon import EFFECTS, HEDGES, UNIT_INFIX_HEDGES, VAGUE_WORDS, qualifier_meaning
from reconcile.compare import compare
from reconcile.tolerances import (
    ABOUT,
    DEFAULT_APPROX,
    NONE,
    TOLERANCES,
    is_bound_word,
    tolerance,
)
from tests.claim_factory import claim
from tests.corpus import dev, heldout, probes

S2T = opencc.OpenCC("s2t")
ALL_HEDGES = (*HEDGES, *UNIT_INFIX_HEDGES)


@pytest.mark.parametrize("hedge", ALL_HEDGES, ids=[h.word for h in ALL_HEDGES])
def test_each_hedge_has_its_row_tolerance(hedge):
    assert TOLERANCES[hedge.word] == hedge.tolerance
    assert tolerance((hedge.word,), True)[:2] == hedge.tolerance[:2]
    assert tolerance((hedge.word,), True).why != DEFAULT_APPROX.why
    assert is_bound_word(hedge.word) is EFFECTS[hedge.effect].bound


@pytest.mark.parametrize("hedge", [h for h in ALL_HEDGES if S2T.convert(h.word) != h.word],
                         ids=lambda h: S2T.convert(h.word))
def test_traditional_spelling_resolves_like_the_simplified(hedge):
    traditional = S2T.convert(hedge.word)
    assert tolerance((traditional,), True) == tolerance((hedge.word,), True)
    assert is_bound_word(traditional) is is_bound_word(hedge.word)


@pytest.mark.parametrize("qualifiers, approx, expected", [
    pytest.param(("约",), False, NONE, id="not-approx-ignores-words"),
    pytest.param(("约",), True, ABOUT, id="约"),
    pytest.param(("左右",), True, ABOUT, id="左右"),
    pytest.param((), True, DEFAULT_APPROX, id="approx-without-word"),
    pytest.param(("据悉",), True, DEFAULT_APPROX, id="unknown-word"),
    pytest.param(("超过",), True, (Decimal(0), Decimal(0)), id="bound-already-in-interval"),
    pytest.param(("近", "约"), True, (Decimal("0.10"), Decimal("0.10")), id="widest-wins"),
])
def test_tolerance_lookup(qualifiers, approx, expected):
    assert tolerance(qualifiers, approx)[:2] == tuple(expected)[:2]


@pytest.mark.parametrize("word, bound", [
    ("超过", True), ("近", True), ("高达", True), ("最多", True), ("不超过", True), ("以下", True), ("上", True),
    ("约", False), ("左右", False), ("多", False), ("几", False), ("位数", False), ("9位数", False),
    ("数百万", False), ("三五", False), ("据悉", False),
])
def test_bound_words(word, bound):
    assert is_bound_word(word) is bound


# Worked examples: precision 5万 on both sides, so only the hedge decides.
EXAMPLES = [
    pytest.param(dict(value="1.2e6", approx=True, qualifiers=("约",)), "1.35e6", "consistent",
                 id="约120万-vs-135万"),
    pytest.param(dict(value="1.2e6"), "1.35e6", "conflict", id="120万-vs-135万"),
    pytest.param(dict(value="1.2e6", approx=True, qualifiers=("左右",)), "1.05e6", "consistent",
                 id="120万左右-vs-105万"),
    pytest.param(dict(value="1.2e6", approx=True, qualifiers=("约",)), "1.45e6", "conflict",
                 id="约120万-vs-145万"),
    pytest.param(dict(value="1e7", approx=True, qualifiers=("近",)), "9.2e6", "consistent",
                 id="近1000万-vs-920万"),
    pytest.param(dict(value="1e7", approx=True, qualifiers=("近",)), "1.1e7", "conflict",
                 id="近1000万-vs-1100万"),
]


@pytest.mark.parametrize("hedged, other, verdict", EXAMPLES)
def test_hedge_examples(hedged, other, verdict):
    a = claim(precision="5e4", **hedged)
    b = claim(other, precision="5e4")
    assert compare(a, b).verdict == verdict


# --- Every qualifier the parser can emit has a lexicon row ---------------------------------------

def _hedge_expression(hedge) -> str:
    """The hedge in the place the grammar reads it (as in tests/test_strategies.py)."""
    if hedge.effect == "order":  # 上 means 'on the order of' only before a bare power
        return hedge.word + "百万美元"
    if hedge.position == "infix":
        return "十" + hedge.word + "万美元"
    return hedge.word + "120万美元" if hedge.position == "prefix" else "120万美元" + hedge.word


# One or more expressions per qualifier-producing rule of parsers/money.py.
RULE_EXPRESSIONS = [
    "最多100万元", "不超过5亿美元", "100万左右", "近1000万", "上亿",  # hedges
    "300多万", "十来万", "十几万", "二十几元",  # infix 多/余/来/几
    "9位数", "九位数美元", "十二位数",  # digit counts
    "数百万", "几十亿", "好几亿美元", "若干万元", "数十美元",  # vague words with their power
    "三五百万", "两三千元", "一两亿元",  # adjacent digits
    "约2-3亿美元", "数百万至数千万元", "10多万到20几万元",  # ranges join both ends' qualifiers
    *(_hedge_expression(h) for h in ALL_HEDGES),
    *(w + units + "美元" for w in VAGUE_WORDS for units in ("十", "百万", "千亿", "万")),
]


def _has_row(word: str) -> bool:
    """A lexicon row describes the word, so tolerance() neither guesses nor ignores it."""
    return qualifier_meaning(word) is not None and tolerance((word,), True).why != DEFAULT_APPROX.why


@pytest.mark.parametrize("text", RULE_EXPRESSIONS)
def test_each_rule_emits_only_qualifiers_with_rows(text):
    mention = parse_money(text)
    assert mention is not None, f"{text!r} did not parse"
    assert mention.qualifiers, "the expression should exercise a qualifier"
    assert [q for q in mention.qualifiers if not _has_row(q)] == []


def _corpus_texts() -> list[str]:
    texts = [t for mod in (dev, heldout) for groups in mod.CORPORA.values() for ts in groups.values() for t in ts]
    texts += [t for mod in (dev, heldout) for t, _ in mod.EXTRACT]
    return texts + [t for name in ("TRADITIONAL", "SIMPLIFIED", "MIXED") for t, _ in getattr(probes, name)]


def test_no_corpus_qualifier_falls_to_the_default():
    seen: dict[str, str] = {}
    for text in _corpus_texts():
        mentions = [*extract_money(text), *filter(None, [parse_money(text)])]
        seen.update((q, text) for m in mentions for q in m.qualifiers)
    assert len(seen) > 30  # the corpus exercises the hedges, vague words and digit counts
    assert {q: text for q, text in seen.items() if not _has_row(q)} == {}


def test_regression_traditional_hedge_matches():
    # The old table listed 約/超過 beside 约/超过; now any spelling is normalised to the row's key.
    for traditional, simplified in (("約", "约"), ("超過", "超过"), ("將近", "将近"), ("大約", "大约")):
        assert tolerance((traditional,), True) == tolerance((simplified,), True) != DEFAULT_APPROX
        assert is_bound_word(traditional) is is_bound_word(simplified)
    assert tolerance(("約",), True)[:2] == ABOUT[:2]
    assert is_bound_word("超過")
