"""Bytes to text, for the loader (claims.documents): never a silent guess.

UTF-8 (with a BOM or not) when the bytes are UTF-8; UTF-16 or UTF-32 only with a
byte-order mark (without one almost any even-length byte string decodes); otherwise the
encodings Chinese text uses, CANDIDATES, each decoded strictly and judged by how much of
its text is common CJK (``_cjk_share``): the wrong one gives rare characters, symbols and
private-use ones. Below MIN_CJK_SHARE no candidate fits and the file is refused, naming
the best; ``encoding`` forces one. The text is exactly what the bytes say (CRLF kept).
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from functools import lru_cache

from claims.errors import DocumentError

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# The controls str.split() takes for spaces besides those: the quick test in _looks_like_text
# removes every space before asking str.isprintable (false for every control, surrogate,
# private-use and unassigned character), so it looks for these apart.
_SPACE_CONTROLS = "\x1c\x1d\x1e\x1f\x85"
# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Bytes that are not UTF-8 are tried as the encodings Chinese text uses, in this order (a tie
# keeps the first), and the one whose text is most common CJK wins (_cjk_share).
CANDIDATES = ("gb18030", "big5", "big5hkscs")
MIN_CJK_SHARE = 0.5  # of the non-ASCII characters; below it, no candidate fits
_JUDGED = 200_000  # characters judged per candidate: a sample enough to tell, cheap on big files


def decode(data: bytes, shown: str, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text: ``encoding`` if given; else UTF-8 (BOM or not), UTF-16/32 with a BOM,
    or the CANDIDATES encoding whose text is most common CJK (``_cjk_share``).

    The text is exactly what the bytes say (CRLF kept), so offsets into it are the
    offsets the `claims mentions` contract promises."""
    if encoding:
        return _forced(data, shown, encoding)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            problem = f"starts with a UTF-8 BOM but is not UTF-8 ({e.reason} at byte {e.start})"
            raise DocumentError(shown, problem) from e
    try:
        text = data.decode("utf-8")
        if _looks_like_text(text):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: detect below
    wide = _wide(data, shown)
    if wide is None and (at := data.find(b"\x00")) >= 0:  # a NUL is a NUL in every candidate too
        raise DocumentError(shown, f"contains NUL bytes (the first at byte {at:,}): a binary file, not text")
    text, found = wide or _chinese(data, shown)
    if not _looks_like_text(text):
        raise DocumentError(shown, f"as {found} it is control characters, not text: binary file?")
    return text, found


def _forced(data: bytes, shown: str, encoding: str) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
        text = data.decode(name)
    except LookupError:
        raise DocumentError(shown, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as e:
        raise DocumentError(shown, f"not {encoding} ({e.reason} at byte {e.start})") from e
    return text.removeprefix("\ufeff"), name


def _wide(data: bytes, shown: str) -> tuple[str, str] | None:
    """UTF-32 or UTF-16, only with a byte-order mark: without one almost any even-length
    byte string decodes as UTF-16."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as e:
                raise DocumentError(shown, f"starts with a {name.upper()} mark but is not {name.upper()} "
                                           f"({e.reason} at byte {e.start})") from e
    return None


def _chinese(data: bytes, shown: str) -> tuple[str, str]:
    """The candidate whose strict decoding is most common CJK text."""
    best: tuple[float, str, str] | None = None
    for name in CANDIDATES:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        share = _cjk_share(text)
        if best is None or share > best[0]:
            best = (share, text, name)
    if best is None or best[0] < MIN_CJK_SHARE:
        tried = "" if best is None else f" (best: {best[2]}, {best[0]:.0%} common CJK)"
        raise DocumentError(shown, f"not UTF-8, nor text in {', '.join(CANDIDATES)}{tried}; "
                                   "give --encoding if you know it")
    return best[1], best[2]


def _cjk_share(text: str) -> float:
    """Of the non-ASCII characters, the share that are common CJK: wrong decodings of
    Chinese bytes give rare characters, symbols and private-use ones."""
    # Counted per distinct character (a few thousand in a Chinese article), not per character.
    wide = [(c, n) for c, n in Counter(text[:_JUDGED]).items() if c >= "\x80"]
    if not wide:
        return 1.0
    return sum(n for c, n in wide if _common_cjk(c)) / sum(n for _, n in wide)


@lru_cache(maxsize=65536)
def _common_cjk(char: str) -> bool:
    """CJK or general punctuation, full-width forms, or a Han character of the common sets:
    GB2312 level 1 (simplified), Big5 level 1 (traditional) or HKSCS (Hong Kong)."""
    code = ord(char)
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2010 <= code <= 0x206F:
        return True
    return (0xB0 <= _first_byte(char, "gb2312") <= 0xD7
            or 0xA440 <= int.from_bytes(_bytes(char, "big5") or b"\0", "big") <= 0xC67E
            or (_bytes(char, "big5") is None and _bytes(char, "big5hkscs") is not None))


def _bytes(char: str, encoding: str) -> bytes | None:
    try:
        return char.encode(encoding)
    except UnicodeEncodeError:
        return None


def _first_byte(char: str, encoding: str) -> int:
    encoded = _bytes(char, encoding)
    return encoded[0] if encoded else 0


def _looks_like_text(text: str) -> bool:
    """No NUL, and control / unassigned / private-use characters under 1%."""
    if "\x00" in text:
        return False
    if "".join(text.split()).isprintable() and not any(c in text for c in _SPACE_CONTROLS):
        return True  # no control, surrogate, private-use or unassigned character at all (the common case)
    bad = sum(
        n for c, n in Counter(text).items()  # per distinct character: the same sum, a fraction of the calls
        if c not in _ALLOWED_CONTROLS and unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn")
    )
    return bad <= len(text) / 100
