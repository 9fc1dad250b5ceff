"""Stdlib ``re`` patterns compiled once per machine, not once per process.

The engine's patterns are built from its tables (the money grammar alone is tens of
thousands of characters) and took the stdlib ``re`` a fifth of a second to compile at every
start. ``re`` cannot keep a compiled pattern (pickling one compiles it again), but what it
compiles to is a list of integers handed to ``_sre.compile``: ``compile`` keeps that list in
one table (core.diskcache) keyed by a digest of the pattern's own text and flags (``key``), so an
edited pattern (a lexicon row added) is simply not found and is compiled afresh. The table is named by the
Python version and ``_sre``'s code format and is written at exit, only when a pattern was
new. The pattern made from the stored code is the one ``re.compile`` makes (``==`` compares
the code; a test checks). The code is stored packed (its words' bytes in base64, one JSON string):
JSON's integer lists took 20 ms of every start to read, and an entry is unpacked only when used.
The keys are digests, not the patterns' text: JSON reads a long string full of backslashes (a
regex) character by character, and the money grammar's text as keys was three quarters of the
file's read (3.1 -> 0.8 ms for the parser's patterns).
"""

from __future__ import annotations

import atexit
import binascii
import hashlib
import re
import sys
from array import array
from functools import lru_cache

from core import diskcache

try:  # the compiler's internals: where they differ from 3.11-3.13's, re compiles every time
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None

_MAX_ENTRIES = 4000  # beyond this the file keeps only the patterns the last process used
_new: dict[str, dict[str, list]] = {}  # group -> key -> code, compiled by this process
_used: set[str] = set()
_DEFAULT_GROUP = "core"
# the array type of one code word (_sre.CODESIZE bytes), None where no array type has that size
_WORD = next((t for t in "IL" if _sre is not None and array(t).itemsize == getattr(_sre, "CODESIZE", 4)), None)


def _name(group: str = _DEFAULT_GROUP) -> str:
    """One file per package that compiles (parsers, claims...): `claims mentions` reads the
    parser's patterns only, not the claim builder's (a few hundred KB against several MB)."""
    magic = getattr(_sre, "MAGIC", 0)
    # ("packed" and the byte order: the lists of older versions, still on disk beside, are another file)
    # (the tables keyed by the patterns' text, still on disk beside, are another file: "-packed-" without "keyed")
    return (f"re-{group}-{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}-{magic}"
            f"-packed-keyed-{sys.byteorder}.json")


def key(pattern: str, flags: int = 0) -> str:
    """A pattern's entry in its table: the flags and a digest of the text (a collision would need SHA-256's)."""
    return f"{flags}:{hashlib.sha256(pattern.encode('utf-8', 'surrogatepass')).hexdigest()[:40]}"


@lru_cache(maxsize=16)
def _stored(group: str = _DEFAULT_GROUP) -> dict[str, list]:
    stored = diskcache.load(_name(group))
    return stored if isinstance(stored, dict) else {}


def _group_of_caller(depth: int = 2) -> str:
    """The top package of the module that called compile (parsers.grammar -> parsers)."""
    try:
        name = sys._getframe(depth).f_globals.get("__name__", "")
    except ValueError:  # pragma: no cover (a shallow stack)
        return _DEFAULT_GROUP
    head = name.split(".", 1)[0]
    return head if head.isidentifier() and not head.startswith("_") else _DEFAULT_GROUP


def _build(pattern: str, flags: int) -> list:
    """What ``re._compiler.compile`` hands ``_sre.compile`` (after the pattern itself)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return [flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, indexgroup]


def _from_code(pattern: str, args: list) -> re.Pattern:
    """The pattern from ``_build``'s list, as stored or as just built (one path for both)."""
    flags, code, groups, groupindex, indexgroup = args
    if isinstance(code, str):  # packed (_packed)
        code = array(_WORD, binascii.a2b_base64(code)).tolist()
    return _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))


def _packed(args: list) -> list:
    """``_build``'s list with its code as base64 of the words' bytes (a JSON string)."""
    if _WORD is None or not isinstance(args[1], list):
        return args
    return [args[0], binascii.b2a_base64(array(_WORD, args[1]).tobytes(), newline=False).decode("ascii"), *args[2:]]


def compile(pattern: str, flags: int | re.RegexFlag = 0, *, group: str | None = None) -> re.Pattern:  # noqa: A001
    """``re.compile(pattern, flags)`` for a str pattern, from the stored code when there is one
    (in the file of ``group``, by default the calling module's top package)."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    group = group or _group_of_caller()
    entry = key(pattern, flags)
    args = _stored(group).get(entry)
    if args is not None:
        try:
            compiled = _from_code(pattern, args)
        except (TypeError, ValueError, RuntimeError, IndexError):  # a damaged entry: compile it afresh
            pass
        else:
            _used.add(entry)
            return compiled
    try:
        args = _build(pattern, flags)
        compiled = _from_code(pattern, args)
    except (AttributeError, TypeError):  # pragma: no cover (another Python's internals)
        return re.compile(pattern, flags)
    if not _new:
        atexit.register(save)
    _new.setdefault(group, {})[entry] = args
    _used.add(entry)
    return compiled


def _weight(args: list) -> int:
    """How much of the file an entry takes: the length of its compiled code (a damaged entry: 1)."""
    try:
        if isinstance(args[1], str):  # packed: 4 base64 characters per 3 bytes
            return len(args[1]) * 3 // 4 // array(_WORD).itemsize
        return len(args[1])
    except (TypeError, IndexError):
        return 1


def save() -> None:
    """Store the known patterns with this process's new ones, each group in its file (at exit:
    one write per group with new patterns)."""
    for group, new in list(_new.items()):
        stored = _stored(group)
        # Patterns of an older version pile up with every upgrade or edit (the money grammar is
        # a few hundred KB of code: 8 MB read at each start after some edits, a third slower
        # `claims mentions`): once they outweigh this process's, only this process's are kept.
        unused = sum(_weight(v) for k, v in stored.items() if k not in _used)
        used = sum(_weight(v) for k, v in stored.items() if k in _used) + sum(_weight(v) for v in new.values())
        if len(stored) + len(new) > _MAX_ENTRIES or unused > used:
            stored = {k: v for k, v in stored.items() if k in _used}
        stored.update((entry, _packed(args)) for entry, args in new.items())
        diskcache.save(_name(group), stored)
    _new.clear()


# --- patterns written for the regex module -------------------------------------------------------
# The regex module took about 15 ms of every `claims mentions` start (its import and compiling the header rules
# and a few numeral patterns each time). Its V0 patterns are the stdlib's but for the classes \d \s \w (and \D \S
# \W), which it reads from newer Unicode tables (\d: 110 more digits, \w: 30,000 characters apart, \s: not
# \x1c-\x1f): ``regex_compile`` spells those classes out as the installed regex module reads them (its sets found
# once and kept in the cache folder, named by its files), and compiles the result here.

_REGEX_SPECIAL = frozenset("()[]{}?*+|^$\\.-#&~")  # what regex.escape escapes, with any space (its _METACHARS)
_CLASS_LETTERS = frozenset("dswDSW")


def regex_escape(text: str) -> str:
    """``regex.escape(text)``: the same text, without importing the regex module."""
    return "".join("\\" + c if c in _REGEX_SPECIAL or c.isspace() else c for c in text)


def _class_sets_from_regex() -> dict[str, list[list[int]]]:
    import regex

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    return {c: [[m.start(), m.end() - 1] for m in regex.finditer(rf"\{c}+", every)] for c in "dsw"}


def _valid_sets(value) -> bool:
    return isinstance(value, dict) and set(value) == set("dsw") and all(
        isinstance(r, list) and all(isinstance(p, list) and len(p) == 2 for p in r) for r in value.values())


@lru_cache(maxsize=1)
def _regex_class_bodies() -> dict[str, str] | None:
    """Each class letter's body, as ranges of \\U escapes (ASCII text, whatever the characters), or None."""
    stamp = diskcache.package_stamp("regex")
    if stamp is None:
        return None
    sets = diskcache.memo(f"regex-classes-{stamp}.json", _class_sets_from_regex, valid=_valid_sets)
    bodies = {}
    for letter, ranges in sets.items():
        complement, at = [], 0
        for low, high in ranges:
            if low > at:
                complement.append((at, low - 1))
            at = high + 1
        if at <= sys.maxunicode:
            complement.append((at, sys.maxunicode))
        bodies[letter] = _body(ranges)
        bodies[letter.upper()] = _body(complement)
    return bodies


def _body(ranges) -> str:
    return "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in ranges)


def _spell_classes(pattern: str, bodies: dict[str, str]) -> str:
    """``pattern`` with each \\d \\s \\w \\D \\S \\W as the regex module reads it (inside a set: its ranges)."""
    out, i, n, in_set, set_start = [], 0, len(pattern), False, 0
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            letter = pattern[i + 1]
            if letter in _CLASS_LETTERS:
                out.append(bodies[letter] if in_set else f"[{bodies[letter]}]")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_set:
            if c == "]" and i > set_start:  # (a ] first in a set is literal: []...], [^]...])
                in_set = False
        elif c == "[":
            in_set = True
            set_start = i + 1 + (pattern[i + 1:i + 2] == "^")
        out.append(c)
        i += 1
    return "".join(out)


def regex_compile(pattern: str, flags: int = 0, *, group: str | None = None):
    """``regex.compile(pattern, flags)`` for a V0 pattern with no regex-only syntax, compiled by the stdlib re
    (from stored code) with its classes as the regex module reads them; the regex module's own pattern when
    its files are not found."""
    bodies = _regex_class_bodies()
    if bodies is None:
        import regex

        return regex.compile(pattern, flags)
    return compile(_spell_classes(pattern, bodies), flags, group=group or _group_of_caller())
