"""Patterns written for the regex module, compiled by the stdlib re (core.patterns.regex_compile) with
\\d \\s \\w and their negations spelled out as the regex module reads them: the same matches as the regex
module's own pattern, on every character and on the article text the rules read."""

import sys

import pytest
import regex

from claims import SEEDS_DIR, documents
from core import patterns
from parsers import money, numerals

_EVERY = "".join(map(chr, range(sys.maxunicode + 1)))
_SOURCES = [r["pattern"].replace("{outlets}", "|".join(patterns.regex_escape(o) for o in sorted(
    documents._DATA["outlets"], key=len, reverse=True))) for r in documents._DATA["header"]]
_SOURCES += [documents._DATE.pattern, numerals._ARABIC.pattern, numerals._ARABIC_SMALL.pattern,
             numerals._PLAIN.pattern, money._FROM_FIGURE.pattern]


@pytest.mark.parametrize("source", [r"\d+", r"\D+", r"\s+", r"\S{2}", r"\w+", r"\W+", r"[^\s，。]{2,4}", r"[\D]",
                                    r"[^\S]", r"[]\d]", r"[^]\w]", r"\\d", r"(?<!\w)作者", r"^\W*(\d{2})"])
def test_the_classes_match_as_the_regex_module_reads_them(source):
    ours, theirs = patterns.regex_compile(source), regex.compile(source)
    for text in (_EVERY[:70000], _EVERY[60000:]):
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], source


def test_the_engines_patterns_read_the_articles_as_the_regex_module_does():
    texts = [d.text for d in documents.iter_documents([str(SEEDS_DIR)], light=True)]
    lines = [line for t in texts for line in t.splitlines()] + [
        "发布时间：2025-06-12 10:00", "2025年6月12日 新智元", "記者 王小明", "来源：TMT觀察網", "由16.1元加2元至18.1元",
        "作者｜张三", "撰文：李四", "七月 发自 凹非寺", "12 ٣٤", "由\U00010d403元", "\x1c2025\x1f-06-12"]
    for source in _SOURCES:
        ours, theirs = patterns.regex_compile(source), regex.compile(source)
        for line in lines:
            a, b = ours.search(line), theirs.search(line)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (source, line)
        for text in (_EVERY[:70000], _EVERY[60000:]):
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], source


def test_regex_escape_is_the_regex_modules():
    text = _EVERY[:0x3100] + "新台币 US$ (含) [1] {2} a.b|c*d+e?f^g$h#i&j~k-l\\"
    assert patterns.regex_escape(text) == regex.escape(text)
