"""The loader's quick text check (claims.decoding._looks_like_text) decides as the per-character
count does: every character it can skip is one the count would not count."""

import unicodedata

from claims.decoding import _ALLOWED_CONTROLS, _SPACE_CONTROLS, _looks_like_text

_BAD = ("Cc", "Cs", "Co", "Cn")


def _counted(text: str) -> bool:
    bad = sum(1 for c in text if c not in _ALLOWED_CONTROLS and unicodedata.category(c) in _BAD)
    return "\x00" not in text and bad <= len(text) / 100


def test_no_printable_character_is_counted_and_the_space_controls_are_looked_for():
    chars = [chr(c) for c in range(0x110000)]
    assert not any(c.isprintable() and unicodedata.category(c) in _BAD for c in chars)
    spaces = [c for c in chars if len(f"a{c}a".split()) == 2]
    assert {c for c in spaces if c not in _ALLOWED_CONTROLS and unicodedata.category(c) in _BAD} == set(_SPACE_CONTROLS)


def test_the_quick_check_agrees_with_the_count():
    base = "Meta向Scale AI投资148億美元。\n\t" * 5
    for odd in ("", "\x1c", "\x85" * 3, "\ue000", "\u200b", "\u3000", "\x7f" * 2, "\U000e0001", "\ud800", "\x00"):
        for text in (base + odd, odd * 20 + base, odd):
            assert _looks_like_text(text) == _counted(text), repr(odd)
