"""Normalise text for matching without moving any character.

The parser matches on ``normalize(text)`` and reports offsets into the
original; that works only because normalisation maps each character to
exactly one character.  ``normalize`` therefore converts character by
character, with OpenCC's own single-character t2s mapping read once into a
lookup table; ``to_simplified`` runs OpenCC on phrases and falls back to the
character mapping when a phrase rule would change the length.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy as np
import opencc
import regex

from core import diskcache, patterns


@cache
def _t2s() -> opencc.OpenCC:
    """OpenCC's converter, built at the first phrase conversion (matching needs only the
    character table below, stored on disk)."""
    return opencc.OpenCC("t2s")

# Fullwidth ASCII (！..～) -> ASCII, ideographic and odd spaces -> space, and the few
# look-alike signs news text uses for ranges and currency.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0xFFE5: ord("¥"), 0xFFE0: ord("¢"), 0xFFE1: ord("£"), 0x00A0: 0x20, 0x2009: 0x20,
              0x202F: 0x20, 0x2212: ord("-"),
              0xFE52: ord(".")})  # (the small full stop is a decimal point in old pages' figures: 7﹒91億元)
# What money matching needs folded: digits, letters and signs.  Chinese punctuation
# (，：（）) is left alone there: the grammar reads both forms, and a Chinese comma
# between figures separates two prices ($20，300美圆) more often than it groups digits.
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


def fold_width(text: str) -> str:
    """Fullwidth digits, letters and signs to ASCII; same length."""
    return text.translate(_FOLD)


# Between fullwidth digits the Chinese comma is a digit group separator (１，０００).
_FULLWIDTH_GROUP = regex.compile("(?<=[０-９])，(?=[０-９]{3})")


def _single_char_t2s() -> dict[int, int]:
    """Every BMP character OpenCC t2s turns into one other character, read from OpenCC
    itself once (one character per line, so no phrase rule applies)."""
    codes = [c for c in range(0x10000) if c != 0x0A and not 0xD800 <= c < 0xE000]
    simplified = _t2s().convert("\n".join(map(chr, codes))).split("\n")
    if len(simplified) != len(codes):  # never seen: then convert each character alone
        simplified = [_t2s().convert(chr(c)) for c in codes]
    return {c: ord(s) for c, s in zip(codes, simplified, strict=True) if len(s) == 1 and ord(s) != c}


def _stored_map(name: str, build) -> dict[int, int]:
    """``build()``'s character map, read from disk when this OpenCC and this Unicode version
    built it before (building reads all of the BMP through OpenCC and str.lower)."""
    pairs = diskcache.memo(f"{name}-{opencc.__version__}-{unicodedata.unidata_version}.json",
                           lambda: sorted(map(list, build().items())),
                           valid=lambda got: isinstance(got, list) and all(len(p) == 2 for p in got))
    return dict(map(tuple, pairs))


_CHAR_T2S = _stored_map("t2s", _single_char_t2s)
_TRADITIONAL = patterns.compile(_char_class(_CHAR_T2S))


def to_simplified(text: str) -> str:
    """OpenCC t2s, guaranteed to keep the length.  Text with no character that t2s changes
    is returned as it is: that skips OpenCC for simplified text (and with it the rare
    phrase-only rewrites, which no money word depends on)."""
    if not _TRADITIONAL.search(text):
        return text
    out = _t2s().convert(text)
    return out if len(out) == len(text) else text.translate(_CHAR_T2S)


def _code_map(pairs: dict[int, int]) -> np.ndarray:
    """The BMP as a lookup table, with ``pairs`` applied."""
    table = np.arange(0x10000, dtype=np.uint32)
    table[list(pairs)] = list(pairs.values())
    return table


def _single_char_lower() -> dict[int, int]:
    # lower() grows a few characters ('İ'): those are kept as they are.
    return {c: ord(low) for c in range(0x10000) if len(low := chr(c).lower()) == 1 and ord(low) != c}


def _beyond_bmp_kept(codes: np.ndarray, table: np.ndarray) -> np.ndarray:
    """``table[codes]``, where codes past the BMP (which the table does not cover) stay."""
    return np.where(codes < 0x10000, table[np.minimum(codes, 0xFFFF)], codes).astype(np.uint32)


def _matching_table(fold: dict[int, int]) -> np.ndarray:
    """code point -> matching form, for the whole BMP: fold, then t2s, then lower-case.

    One vectorised lookup replaces three passes over the text (OpenCC alone was most of
    the parser's time); it is character by character, as ``to_simplified`` falls back to.
    """
    simple = _T2S_TABLE[_code_map(fold)]
    return _beyond_bmp_kept(simple, _LOWER)


_T2S_TABLE = _code_map(_CHAR_T2S)
_LOWER = _code_map(_stored_map("lower", _single_char_lower))
_MATCHING = {True: _matching_table(_FOLD), False: _matching_table(_FOLD_MONEY)}


_HAN_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))


def traditional_han(text: str) -> tuple[int, int]:
    """(Han characters, of which OpenCC's single-character t2s changes): the evidence for a
    text's script, read with one table lookup instead of a phrase conversion."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = np.zeros(codes.shape, dtype=bool)
    for low, high in _HAN_RANGES:
        han |= (codes >= low) & (codes <= high)
    han_codes = codes[han]
    return int(han_codes.size), int(np.count_nonzero(_T2S_TABLE[han_codes] != han_codes))


def normalize(text: str, *, punctuation: bool = True) -> str:
    """The matching form: simplified, half-width, lower-case; ``len`` unchanged.

    ``punctuation=False`` keeps Chinese punctuation (，：（）...) as it is: the money
    grammar reads both forms.  Characters beyond the BMP are kept as they are.
    """
    if not punctuation and "，" in text:
        text = _FULLWIDTH_GROUP.sub(",", text)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _MATCHING[punctuation]
    mapped = _beyond_bmp_kept(codes, table) if codes.size and codes.max() >= 0x10000 else table[codes]
    return mapped.tobytes().decode("utf-32-le", "surrogatepass")

