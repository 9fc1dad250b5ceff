"""Which currency a mention is in when its words do not say: the document's yuan, and the
currency a bare figure takes from the figures around it.  Each decision carries its reason,
which ``extract.py`` records on the mention (``MoneyMention.currency_reason``).

  * 元/块 (the YUAN words) mean the yuan the document establishes: a score over the whole
    text of the cues in ``LOCALE_CUES`` (explicit 港元/新台币, institutions and places such as
    港交所, 立法会, 金管会, 台股, companies listed there such as 长实, 港铁, 台积电, 鸿海, and
    regional vocabulary such as 按年 or 年增); CNY unless another yuan scores higher;
  * a figure with no currency word takes, in this order, the currency of the conversion
    phrase just before it (折合美元不足20万); of a unit label before it ((元):5,414,689,168); of the
    nearest figure in the same sentence that states one, before or after it (月薪中位数3.8万，
    年薪150万人民币), except a figure after it that restates it (3.8万（约5000美元）, 年薪100万，
    相当于14万美元); of a basis phrase earlier in its sentence (若以美元計算，第3季營收331億); of the
    nearest earlier figure; else of the document's first stated figure (a headline before the article names
    its currency).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core import patterns

from .grammar import alt
from .lexicon import (
    BASIS_CLOSERS,
    BASIS_DISTRIBUTIVES,
    BASIS_OPENERS,
    CONVERSION_WORDS,
    CURRENCIES,
    DEFAULT_YUAN,
    LOCALE_CUE_NOT_AFTER,
    LOCALE_CUE_NOT_BEFORE,
    LOCALE_CUES,
)

SENTENCE_END = frozenset("。！？!?；;\n")
# Farther apart than this, two figures are not read as one sentence's (and the text between them
# is never searched, which keeps a long run of bare figures linear).
SENTENCE_SPAN = 200
_SENTENCE_END_AT = patterns.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")
_RESTATES = patterns.compile(alt((*CONVERSION_WORDS, "(", "（", "约", "即")))
_NAMES = [w for c in CURRENCIES if c.code != "YUAN" for w in (*c.prefix, *c.suffix) if not w.isascii() or len(w) > 1]
_CODE_OF = {w: c.code for c in CURRENCIES if c.code != "YUAN" for w in (*c.prefix, *c.suffix)}
# Before the figure, read backwards from it (an anchored match fails at once where there is none).
_CONVERSION_BACKWARDS = patterns.compile(
    rf"\ ?(?P<name>{alt(w[::-1] for w in _NAMES)})\ ?(?:{alt(w[::-1] for w in CONVERSION_WORDS)})")
_CONVERSION_OPENS = patterns.compile(rf"(?:{alt(CONVERSION_WORDS)})\ ?(?P<name>{alt(_NAMES)})")
_CONVERSION_SPAN = max(map(len, CONVERSION_WORDS)) + max(map(len, _NAMES)) + 2
_NAME_ENDS = frozenset(w[-1] for w in _NAMES)
_CONVERSION_FIRST = frozenset(w[0] for w in CONVERSION_WORDS)


class Locale(NamedTuple):
    code: str  # ISO code of the document's yuan
    reason: str  # the cues that decided it, or why the default holds


# The Han cue words are found in one scan (stdlib re: faster); the few ASCII ones (rmb, nt$) are
# counted apiece (and a股), since letters are common enough in news text to slow that scan by half.
_LOCALE_WORDS = patterns.compile(
    alt((w for cues in LOCALE_CUES.values() for w in cues if not w[0].isascii()), scan=True))
_ASCII_CUES = [w for cues in LOCALE_CUES.values() for w in cues if w[0].isascii()]
# word -> the (code, weight) rows it scores in (a document's score then costs one step per cue it holds, not one per row
# of the table)
_LOCALE_ROWS: dict[str, list[tuple[str, int]]] = {}
for _code, _cues in LOCALE_CUES.items():
    for _word, _weight in _cues.items():
        _LOCALE_ROWS.setdefault(_word, []).append((_code, _weight))


# A filing's declaration after its first figure: 最多30億元(美元.下同), 69﹒32億元(美元;下同), 19.1億元(美元‧下同)
# (Hong Kong papers' middle dot): the document's 元 is that currency from there on, whatever its locale.
_DECLARED = patterns.compile(rf"[(（]\s*(?P<name>{alt(_NAMES)})\s*[.．。;；,，、‧·・]?\s*(?:以下同|下同)\s*[)）]")


def document_locale(norm: str) -> Locale:
    """Which yuan 元 means in this (normalised) document, by weighted locale cues, and why."""
    declared = _DECLARED.search(norm) if "下同" in norm else None
    if declared is not None:
        code = _CODE_OF[declared["name"]]
        return Locale(code, f"document yuan {code}: declared ({declared.group()})")
    seen: dict[str, int] = {}
    for hit in _LOCALE_WORDS.finditer(norm):  # longest word wins: 新台币 counts once, not also as 台币
        word = hit.group()
        if word in _GUARDED and _another_word(norm, hit.start(), hit.end(), word):
            continue  # 董事长和员工: no 长和
        seen[word] = seen.get(word, 0) + 1
    for word in _ASCII_CUES:
        if n := _count_word(norm, word):
            seen[word] = n
    scores = dict.fromkeys(LOCALE_CUES, 0)
    evidence: dict[str, list[tuple[int, str]]] = {code: [] for code in LOCALE_CUES}
    for word, n in seen.items():
        for code, weight in _LOCALE_ROWS[word]:
            scores[code] += n * weight
            evidence[code].append((n * weight, f"{word}x{n}"))
    best = max(scores, key=lambda code: scores[code])
    if scores[best] <= scores.get(DEFAULT_YUAN, 0):
        best = DEFAULT_YUAN
        if not scores[best]:
            return Locale(best, f"document yuan {best}: default, no locale cue")
    cues = ", ".join(word for _, word in sorted(evidence[best], reverse=True)[:4])
    return Locale(best, f"document yuan {best}: score {scores[best]} ({cues})")


_GUARDED = frozenset((*LOCALE_CUE_NOT_AFTER, *LOCALE_CUE_NOT_BEFORE))


def _another_word(norm: str, start: int, end: int, word: str) -> bool:
    """Whether a locale cue found at ``start`` is part of another word (lexicon LOCALE_CUE_NOT_AFTER, _NOT_BEFORE)."""
    return (start > 0 and norm[start - 1] in LOCALE_CUE_NOT_AFTER.get(word, "")) or (
        norm[end:end + 1] != "" and norm[end] in LOCALE_CUE_NOT_BEFORE.get(word, ""))


def _count_word(norm: str, word: str) -> int:
    """How often a Latin cue stands in the text as a word of its own: s$ in us$ is the US dollar's, not Singapore's."""
    n = norm.count(word)
    if not n or not word[0].isalpha():
        return n
    at, n = norm.find(word), 0
    while at >= 0:
        n += not (at and norm[at - 1].isascii() and norm[at - 1].isalpha())
        at = norm.find(word, at + 1)
    return n


def document_yuan(norm: str) -> str:
    """Which yuan 元 means in this (normalised) document (``document_locale``'s code)."""
    return document_locale(norm).code


# What may stand between a figure and its restatement right after it: 56萬元 (約 255 萬元新台幣), 100万元，约合…
_RESTATED_RIGHT_AFTER = patterns.compile(rf"[\s,，]*[(（]?\s*(?:{alt((*CONVERSION_WORDS, '约', '即'))})?\s*")


def restated_yuan(norm: str, end: int, after: Stated | None, own: Locale) -> Locale | None:
    """A yuan figure restated right after it in the document's own yuan is another yuan, the default's:
    年薪 56 萬元 (約 255 萬元新台幣) in a Taiwan report is the mainland's yuan."""
    if after is None or own.code == DEFAULT_YUAN or after.currency != own.code:
        return None
    if not _RESTATED_RIGHT_AFTER.fullmatch(norm, end, after.start):
        return None
    return Locale(DEFAULT_YUAN, f"document yuan {DEFAULT_YUAN}: restated as {after.text}, so not the document's "
                                f"{own.code}")


def conversion_currency(norm: str, start: int, end: int) -> str | None:
    """The currency named by a conversion phrase right before a figure, or opening its span as
    a hedge: 折合美元不足20万 -> USD, 约合人民币不到500万 -> CNY."""
    # (the patterns are tried only where the character they open with stands: most figures have none)
    last = norm[start - 2:start - 1] if norm[start - 1:start] == " " else norm[start - 1:start]
    if last in _NAME_ENDS:
        back = _CONVERSION_BACKWARDS.match(norm[max(0, start - _CONVERSION_SPAN):start][::-1])
        if back:
            return _CODE_OF[back["name"][::-1]]
    if norm[start:start + 1] not in _CONVERSION_FIRST:
        return None
    hit = _CONVERSION_OPENS.match(norm, start, end)
    return _CODE_OF[hit["name"]] if hit else None


_BASIS_MARK = min(BASIS_CLOSERS, key=len)  # (in every closer: 计)
assert all(_BASIS_MARK in w for w in BASIS_CLOSERS)
_BASIS = patterns.compile(rf"(?:{alt(BASIS_OPENERS)})(?P<name>{alt(_NAMES)})(?:{alt(BASIS_CLOSERS)})")


def basis_currency(norm: str, start: int) -> str | None:
    """The currency of a basis phrase earlier in the figure's sentence: 若以美元計算，第3季營收331億 -> USD."""
    head = norm[max(0, start - SENTENCE_SPAN):start]
    if _BASIS_MARK not in head:  # (most sentences have none: one test)
        return None
    cut = max(head.rfind(c) for c in SENTENCE_END)
    hits = list(_BASIS.finditer(head, cut + 1))
    return _CODE_OF[hits[-1]["name"]] if hits else None


# (searched by the parser within a bare figure's sentence, after it, where 计 stands there)
DECLARATION = patterns.compile(
    rf"(?:{alt(BASIS_DISTRIBUTIVES, scan=True)})(?:{alt(BASIS_OPENERS)})"
    rf"(?P<name>{alt(_NAMES)})(?:{alt(BASIS_CLOSERS)})")


def declared_currency(norm: str, at: int) -> str:
    """The currency a DECLARATION at ``at`` declares (均以人民币计价 -> CNY)."""
    return _CODE_OF[DECLARATION.match(norm, at)["name"]]


class Stated(NamedTuple):
    start: int
    end: int
    currency: str  # resolved (元 as the document's yuan)
    text: str


def same_sentence(norm: str, start: int, end: int, before: Stated | None,
                  after: Stated | None) -> tuple[Stated | None, Stated | None]:
    """(the nearer of the figures stating a currency just ``before`` and ``after`` norm[start:end]
    that is in its sentence; the one after it if it restates the figure in another currency).
    The one after counts only when nothing between or at its start says it restates the figure (折合, a bracket)."""
    if before is not None and (start - before.end > SENTENCE_SPAN or _crosses_sentence(norm, before.end, start)):
        before = None
    restated = None
    if after is not None and (after.start - end > SENTENCE_SPAN or _crosses_sentence(norm, end, after.start)):
        after = None
    elif after is not None and (_RESTATES.search(norm, end, after.start)
                                or norm.startswith(CONVERSION_WORDS, after.start)):
        # (the conversion word may open the figure after, as its hedge: 40k的股票,折合人民币一百五十多万)
        after, restated = None, after
    if before is None or after is None:
        return before or after, restated
    return (before if start - before.end <= after.start - end else after), restated


def _crosses_sentence(norm: str, a: int, b: int) -> bool:
    return _SENTENCE_END_AT.search(norm, a, b) is not None
