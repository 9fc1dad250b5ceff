"""parsers.grammar escapes the tries' characters itself: the same text regex.escape gives (the stored
patterns are keyed on it), for every character."""

import sys

import regex

from parsers.grammar import _escape_char


def test_escape_char_is_regex_escape_on_every_character():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert _escape_char(ch) == regex.escape(ch), hex(code)
