"""Line breaks a page's layout put inside a sentence: text copied from a PDF or a fixed-width
page wraps every line at one width (合并营收约新台\n币7,596亿9千万元). Read as sentence ends, they cut
a figure off its subject and its cue. ``unwrapped`` turns each such break into a space, so the
text keeps its length and every offset stays the original's.

A break is a wrap when the line before it is as wide as a neighbouring line (a fixed column,
within WRAP_SLACK), between MIN_WIDTH and MAX_WIDTH display columns (a Han character is two),
does not end a sentence, and the next line goes on (no blank line, no bullet). A headline over
a body, a list, a paragraph's last line are left as they are.
"""

from __future__ import annotations

import unicodedata

MIN_WIDTH = 40  # narrower lines are headlines, captions, table cells
MAX_WIDTH = 90  # wider ones are whole paragraphs a page did not wrap
WRAP_SLACK = 3  # columns a wrapped line may fall short of its neighbour (a word kept whole)
_ENDS_SENTENCE = frozenset("。！？!?；;：:」』”\"")
_STARTS_ITEM = frozenset("•·●■◆▪-–—*#|>")


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def unwrapped(text: str) -> str:
    """``text`` with its layout's line wraps as spaces (same length, same offsets)."""
    if text.count("\n") < 2:
        return text
    lines = text.split("\n")
    widths: dict[int, int] = {}  # line index -> display width, measured only for lines that may wrap

    def width(i: int) -> int:
        if i not in widths:
            widths[i] = _width(lines[i])
        return widths[i]

    wraps: list[int] = []  # offsets of the breaks that are wraps
    at = 0
    for i, line in enumerate(lines[:-1]):
        at += len(line)  # the offset of the break after line i
        nxt = lines[i + 1]
        # (a line's width is between its length and twice it: most lines, whole paragraphs, are never measured)
        if (MIN_WIDTH <= 2 * len(line) and len(line) <= MAX_WIDTH and line[-1] not in _ENDS_SENTENCE
                and nxt.strip() and nxt.lstrip()[0] not in _STARTS_ITEM
                and MIN_WIDTH <= width(i) <= MAX_WIDTH
                and any(abs(width(i) - width(j)) <= WRAP_SLACK for j in (i - 1, i + 1) if 0 <= j < len(lines))):
            wraps.append(at)
        at += 1
    if not wraps:
        return text
    pieces, last = [], 0
    for at in wraps:
        pieces += (text[last:at], " ")
        last = at + 1
    return "".join(pieces) + text[last:]
