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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import opencc

from core import diskcache, patterns


@cache
def _t2s() -> opencc.OpenCC:
    """OpenCC's converter, built at the first phrase conversion (matching needs only the
    character table below, stored on disk)."""
    import opencc  # (its C library: not loaded by a process that finds the tables on disk)

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
# (the comma first, its digit looked behind for after it: a pattern that opens with a look-behind is tried at every
# position of the text, one that opens with a literal skips to the commas, 25x faster)
_FULLWIDTH_GROUP = patterns.compile("，(?<=[０-９]，)(?=[０-９]{3})")


def _single_char_t2s() -> dict[int, int]:
    """Every BMP character OpenCC t2s turns into one other character, read from OpenCC
    itself once (one character per line, so no phrase rule applies)."""
    codes = [c for c in range(0x10000) if c != 0x0A and not 0xD800 <= c < 0xE000]
    simplified = _t2s().convert("\n".join(map(chr, codes))).split("\n")
    if len(simplified) != len(codes):  # never seen: then convert each character alone
        simplified = [_t2s().convert(chr(c)) for c in codes]
    return {c: ord(s) for c, s in zip(codes, simplified, strict=True) if len(s) == 1 and ord(s) != c}


@cache
def _opencc_stamp() -> str:
    """What names the maps built from OpenCC: its installed files' stamp (core.diskcache.package_stamp), read
    without loading it; its version where the files are not found."""
    stamp = diskcache.package_stamp("opencc")
    if stamp is None:
        import opencc

        stamp = opencc.__version__
    return stamp


def _stored_map(name: str, build) -> dict[int, int]:
    """``build()``'s character map, read from disk when this OpenCC and this Unicode version
    built it before (building reads all of the BMP through OpenCC and str.lower)."""
    pairs = diskcache.memo(f"{name}-{_opencc_stamp()}-{unicodedata.unidata_version}.json",
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


def _single_char_lower() -> dict[int, int]:
    # lower() grows a few characters ('İ'): those are kept as they are.
    return {c: ord(low) for c in range(0x10000) if len(low := chr(c).lower()) == 1 and ord(low) != c}


_CHAR_LOWER = _stored_map("lower", _single_char_lower)


@cache
def _translation(punctuation: bool) -> dict[int, int]:
    """code point -> matching form (fold, then t2s, then lower-case) for every BMP character
    it changes: ``str.translate``'s table, for short texts (no numpy to load)."""
    fold = _FOLD if punctuation else _FOLD_MONEY
    out = {}
    for c in set(fold) | set(_CHAR_T2S) | set(_CHAR_LOWER):
        f = fold.get(c, c)
        simple = _CHAR_T2S.get(f, f)
        low = _CHAR_LOWER.get(simple, simple)
        if low != c:
            out[c] = low
    return out


@cache
def _translation_list(punctuation: bool) -> list[int]:
    """``_translation`` as a list indexed by code point: ``str.translate`` then finds every character
    by index, where a dict raised and cleared a KeyError for each one it leaves as it is (2x faster on
    news text); a character past the BMP is out of the list's range, and so kept, as the dict keeps it."""
    table = list(range(0x10000))
    for code, to in _translation(punctuation).items():
        table[code] = to
    return table


_LIST_AFTER = 4096  # (shorter texts: the dict, not worth building the list for)

# Below this many characters of text read in a process, normalize translates in pure Python; past
# it, numpy's table lookup (3x faster per character) is worth its import (a fifth of a second):
# `claims mentions` on one line never loads it, a corpus does after its first megabyte.
_NUMPY_AFTER = 1_000_000
_read = 0


@cache
def _numpy_tables():
    """numpy, the t2s table and the two matching tables (by ``punctuation``), built on first use."""
    import numpy as np

    def code_map(pairs: dict[int, int]) -> np.ndarray:
        table = np.arange(0x10000, dtype=np.uint32)
        table[list(pairs)] = list(pairs.values())
        return table

    t2s, lower = code_map(_CHAR_T2S), code_map(_CHAR_LOWER)

    def matching(fold: dict[int, int]) -> np.ndarray:
        # one vectorised lookup replaces three passes over the text (OpenCC alone was most of
        # the parser's time); it is character by character, as to_simplified falls back to
        return _beyond_bmp_kept(np, t2s[code_map(fold)], lower)

    return np, t2s, {True: matching(_FOLD), False: matching(_FOLD_MONEY)}


def _beyond_bmp_kept(np, codes: np.ndarray, table: np.ndarray) -> np.ndarray:
    """``table[codes]``, where codes past the BMP (which the table does not cover) stay."""
    return np.where(codes < 0x10000, table[np.minimum(codes, 0xFFFF)], codes).astype(np.uint32)


def _use_numpy(size: int) -> bool:
    global _read
    _read += size
    return _read > _NUMPY_AFTER


_HAN_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))
# (runs, not characters: findall then makes one string per run, not per Han character)
_HAN_RUNS = patterns.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _HAN_RANGES) + "]+")
_TRADITIONAL_RUNS = patterns.compile(_TRADITIONAL.pattern + "+")


def traditional_share(text: str, ratio: float) -> bool | None:
    """Whether at least ``ratio`` (> 0) of the text's Han characters are ones OpenCC's t2s changes
    (``traditional_han``'s counts compared; None: no Han character). The Han characters are not
    counted where the answer is known without them: none changed, or so many that they are that
    share of the whole text (every changed character is Han, and the Han are at most the whole)."""
    numpy = _use_numpy(len(text))
    if ratio > 0 and not numpy:
        changed = sum(map(len, _TRADITIONAL_RUNS.findall(text)))
        if not changed:
            return None if _HAN_RUNS.search(text) is None else False
        if changed / len(text) >= ratio:
            return True
        han = sum(map(len, _HAN_RUNS.findall(text)))
    else:
        han, changed = _counts(text)
    return None if not han else changed / han >= ratio


def traditional_han(text: str) -> tuple[int, int]:
    """(Han characters, of which OpenCC's single-character t2s changes): the evidence for a
    text's script, read with one table lookup instead of a phrase conversion."""
    if not _use_numpy(len(text)):
        # (every character t2s changes is Han: one C-level pass each, no loop per character)
        return sum(map(len, _HAN_RUNS.findall(text))), sum(map(len, _TRADITIONAL_RUNS.findall(text)))
    return _counts(text)


def _counts(text: str) -> tuple[int, int]:
    """traditional_han's counts with numpy's table (texts past _NUMPY_AFTER); the runs' counts below it."""
    if _read <= _NUMPY_AFTER:
        return sum(map(len, _HAN_RUNS.findall(text))), sum(map(len, _TRADITIONAL_RUNS.findall(text)))
    np, t2s, _ = _numpy_tables()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = np.zeros(codes.shape, dtype=bool)
    for low, high in _HAN_RANGES:
        han |= (codes >= low) & (codes <= high)
    han_codes = codes[han]
    return int(han_codes.size), int(np.count_nonzero(t2s[han_codes] != han_codes))


def normalize(text: str, *, punctuation: bool = True) -> str:
    """The matching form: simplified, half-width, lower-case; ``len`` unchanged.

    ``punctuation=False`` keeps Chinese punctuation (，：（）...) as it is: the money
    grammar reads both forms.  Characters beyond the BMP are kept as they are.
    """
    if not punctuation and "，" in text:
        text = _FULLWIDTH_GROUP.sub(",", text)
    if not _use_numpy(len(text)):
        return text.translate(_translation(punctuation) if len(text) < _LIST_AFTER else _translation_list(punctuation))
    np, _, matching = _numpy_tables()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = matching[punctuation]
    mapped = _beyond_bmp_kept(np, codes, table) if codes.size and codes.max() >= 0x10000 else table[codes]
    return str(mapped.data, "utf-32-le", "surrogatepass")  # (from the array's own buffer: no copy through tobytes)

