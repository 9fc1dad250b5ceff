"""Normalise text for matching without moving any character.

The parser matches on ``normalize(text)`` and reports offsets into the
original; that works only because normalisation maps each character to
exactly one character.  OpenCC converts phrases, so in the rare case a
conversion changes the length we fall back to converting character by
character (a lost phrase-level nuance, never a shifted offset).
"""

from __future__ import annotations

from functools import lru_cache

import re

import opencc
import regex

_T2S = opencc.OpenCC("t2s")

# Fullwidth ASCII (！..～) -> ASCII, ideographic and odd spaces -> space, and the few
# look-alike signs news text uses for ranges and currency.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0xFFE5: ord("¥"), 0xFFE0: ord("¢"), 0xFFE1: ord("£"), 0x00A0: 0x20, 0x2009: 0x20,
              0x202F: 0x20, 0x2212: ord("-")})
# What money matching needs folded: digits, letters and signs.  Chinese punctuation
# (，：（）) is left alone there because it is everywhere and folding it is most of the
# cost; the grammar accepts both forms where punctuation matters.
_FOLD_MONEY = {k: v for k, v in _FOLD.items() if k not in {ord(c) for c in "，：；！？（）"}}


def _char_class(codes) -> str:
    """A [a-z]-style class of code points as ranges (the stdlib re scans a range class ~10x
    faster than the regex module scans the same set spelled out)."""
    spans: list[list[int]] = []
    for code in sorted(codes):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in spans) + "]"


_NEEDS_MONEY_FOLD = re.compile(_char_class(_FOLD_MONEY))
_MONEY_FOLD_RUNS = re.compile(_char_class(_FOLD_MONEY) + "+")


def fold_width(text: str) -> str:
    """Fullwidth digits, letters and signs to ASCII; same length."""
    return text.translate(_FOLD)


# Between fullwidth digits the Chinese comma is a digit group separator (１，０００).
_FULLWIDTH_GROUP = regex.compile("(?<=[０-９])，(?=[０-９]{3})")


def _fold_for_money(text: str) -> str:
    if not _NEEDS_MONEY_FOLD.search(text):
        return text
    # Translate only the runs that need it: translating a whole long text costs more.
    text = _FULLWIDTH_GROUP.sub(",", text)
    return _MONEY_FOLD_RUNS.sub(lambda run: run.group().translate(_FOLD_MONEY), text)


def _traditional_chars() -> re.Pattern:
    """The characters OpenCC t2s changes one by one (read from OpenCC itself, once)."""
    chars = [chr(c) for block in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)) for c in range(*block)]
    simplified = _T2S.convert("\n".join(chars)).split("\n")
    if len(simplified) != len(chars):  # never seen; then always convert
        return re.compile(".", re.S)
    return re.compile(_char_class(ord(a) for a, b in zip(chars, simplified) if a != b))


def to_simplified(text: str) -> str:
    """OpenCC t2s, guaranteed to keep the length.  Text with no character that t2s changes
    is returned as it is: that skips OpenCC for simplified text (and with it the rare
    phrase-only rewrites, which no money word depends on)."""
    if not _TRADITIONAL.search(text):
        return text
    out = _T2S.convert(text)
    if len(out) == len(text):
        return out
    return "".join(_char_t2s(ch) for ch in text)


_TRADITIONAL = _traditional_chars()


@lru_cache(maxsize=8192)
def _char_t2s(ch: str) -> str:
    out = _T2S.convert(ch)
    return out if len(out) == 1 else ch


def normalize(text: str, *, punctuation: bool = True) -> str:
    """The matching form: simplified, half-width, lower-case ASCII; ``len`` unchanged.

    ``punctuation=False`` keeps Chinese punctuation (，：（）...) as it is: the money
    grammar reads both forms, and not folding them is much faster.
    """
    folded = fold_width(text) if punctuation else _fold_for_money(text)
    simple = to_simplified(folded)
    out = simple.lower()
    if len(out) != len(simple):  # lower() grows a few letters (e.g. 'İ'): keep those as they are
        out = "".join(c.lower() if len(c.lower()) == 1 else c for c in simple)
    return out
