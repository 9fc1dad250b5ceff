"""Canonical entities and their aliases across scripts, spellings and transliterations.

Names are compared in a matching form (``normalize``, built on parsers.text):
OpenCC t2s, full-width to ASCII, lower case, one interpunct, whitespace ignored.
OpenCC is not enough for Chinese personal names: it maps 昇 to 升 and cannot know
that 晟 and 盛 spell the same given name, so names flagged ``han_name`` in the
table are also joined by pinyin over every reading of every character.
"""

from __future__ import annotations

import bisect
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

import ahocorasick
import pypinyin
import regex

from claims.errors import EntityTableError
from parsers.text import fold_width, to_simplified
from parsers.text import normalize as parser_normalize

TABLE = Path(__file__).parent / "data" / "entities.toml"
EntityType = Literal["person", "org", "group"]
_TYPES = ("person", "org", "group")
_KEYS = {"id", "name", "type", "english", "zh", "latin", "translit", "han_name",
         "exact_case", "resolve_only"}

# Middle dots used between the parts of a transliterated name (亞歷山大・王).
_DOT_MAP = str.maketrans(dict.fromkeys("・･•‧∙⋅", "·"))
_HAN = regex.compile(r"\p{Han}")
_ASCII_WORD = regex.compile(r"[a-z0-9]")
_SPACE = regex.compile(r"\s+")
# an interpunct between two parts of two or more characters each (杰伦·布朗 is 杰伦布朗;
# 亚历山大·王 is not 亚历山大王, Alexander the Great)
_KEY_INTERPUNCT = regex.compile(r"(?<=\p{Han}{2})[·・‧•](?=\p{Han}{2})")
# a registered company's legal form after its name (股份有限公司, 有限公司): the name without it is the same company
_LEGAL_FORM = regex.compile(r"(?:股份有限公司|有限责任公司|有限責任公司|有限公司)$")
_WORDS = regex.compile(r"\S+")


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: EntityType
    english: str
    aliases: tuple[str, ...]  # every name, as written in the table
    han_name: str | None = None
    exact_case: tuple[str, ...] = ()
    resolve_only: tuple[str, ...] = ()


Mention = tuple[int, int, Entity]


# --- matching form ------------------------------------------------------------

def normalize(text: str) -> str:
    """The parsers' same-length matching form, with every interpunct made "·"."""
    return parser_normalize(text).translate(_DOT_MAP)


@lru_cache(maxsize=65536)
def entity_id(name: str) -> str:
    """The id of an entity found by a Han name: its matching form without whitespace, the
    interpunct kept so that the id reads as the name (杰伦·布朗)."""
    return _SPACE.sub("", normalize(name))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Dictionary key of a name: its matching form without whitespace or the interpunct between
    a transliterated name's parts (杰伦·布朗 and 杰伦布朗 are one spelling; _KEY_INTERPUNCT)."""
    return _KEY_INTERPUNCT.sub("", _SPACE.sub("", normalize(name)))


def _exact_form(text: str) -> str:
    """Case-preserving form for ``exact_case`` aliases."""
    return _SPACE.sub("", fold_width(text))


@cache
def _readings(c: str) -> frozenset[str]:
    """Every toneless pinyin reading of a Han character (and of its t2s form)."""
    chars = {c, to_simplified(c)}
    return frozenset(
        r for ch in chars for r in pypinyin.pinyin(ch, style=pypinyin.Style.NORMAL, heteronym=True)[0]
    )


def _is_han(text: str) -> bool:
    return bool(text) and all(_HAN.fullmatch(c) for c in text)


def _same_pinyin(candidate: str, han_name: str) -> bool:
    """Same length, same surname character, and every later character shares a reading."""
    if len(candidate) != len(han_name) or not _is_han(candidate):
        return False
    if normalize(candidate[0]) != normalize(han_name[0]):
        return False
    return all(_readings(a) & _readings(b) for a, b in zip(candidate[1:], han_name[1:], strict=True))


# --- the table ----------------------------------------------------------------

def load_entities(path: Path = TABLE) -> list[Entity]:
    """Read and validate the entity table; a malformed row raises at load."""
    try:
        rows = tomllib.loads(path.read_text(encoding="utf-8")).get("entity", [])
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise EntityTableError(str(path), str(e)) from e
    entities = [_entity(row, path) for row in rows]
    ids = [e.id for e in entities]
    if len(set(ids)) != len(ids):
        raise EntityTableError(str(path), "duplicate entity ids")
    return entities


def _entity(row: dict, path: Path) -> Entity:
    def bad(problem: str) -> EntityTableError:
        return EntityTableError(str(path), problem, entity=str(row.get("id", "?")))

    if unknown := set(row) - _KEYS:
        raise bad(f"unknown keys {sorted(unknown)}")
    if missing := {"id", "name", "type", "english"} - set(row):
        raise bad(f"missing keys {sorted(missing)}")
    if row["type"] not in _TYPES:
        raise bad(f"type must be one of {_TYPES}")
    han = row.get("han_name")
    if han is not None and not (2 <= len(han) <= 4 and _is_han(han)):
        raise bad("han_name must be 2-4 Han characters")
    names = [row["name"], row["english"], *row.get("zh", ()), *row.get("latin", ()),
             *row.get("translit", ()), *row.get("resolve_only", ())]
    return Entity(
        id=row["id"], name=row["name"], type=row["type"], english=row["english"],
        aliases=tuple(dict.fromkeys(names)), han_name=han,
        exact_case=tuple(row.get("exact_case", ())),
        resolve_only=tuple(row.get("resolve_only", ())),
    )


# --- resolver -----------------------------------------------------------------

class EntityResolver:
    """Resolve names and find entity mentions in running text."""

    def __init__(self, entities: Iterable[Entity] | None = None):
        self.entities: tuple[Entity, ...] = tuple(load_entities() if entities is None else entities)
        self._by_key: dict[str, Entity] = {}
        self._exact: dict[str, str] = {}  # key -> required case-preserving form
        for entity in self.entities:
            self._index(entity)
        self._han = [e for e in self.entities if e.han_name]
        self._surnames = {normalize(e.han_name[0]) for e in self._han}
        self._aliases = _Aliases({a for e in self.entities for a in e.aliases if a not in e.resolve_only})

    def _index(self, entity: Entity) -> None:
        for alias in entity.aliases:
            key = name_key(alias)
            other = self._by_key.setdefault(key, entity)
            if other is not entity:
                raise EntityTableError("entity table", f"alias {alias!r} names both {other.id!r} and {entity.id!r}",
                                       entity=entity.id)
        for alias in entity.exact_case:
            self._exact[name_key(alias)] = _exact_form(alias)

    def resolve(self, name: str) -> Entity | None:
        """The entity a name refers to, or None; never a guess between two."""
        key = name_key(name)
        entity = self._by_key.get(key)
        if entity is not None and self._case_ok(key, name):
            return entity
        bare = _LEGAL_FORM.sub("", name)  # 台湾积体电路制造股份有限公司: the name it registers under
        if bare != name and len(bare) >= 2:
            bare_key = name_key(bare)
            entity = self._by_key.get(bare_key)
            if entity is not None and self._case_ok(bare_key, bare):
                return entity
        return self._pinyin_match(_SPACE.sub("", name))

    def find_mentions(self, text: str, norm: str | None = None) -> list[Mention]:
        """Non-overlapping (start, end, entity) spans into ``text``, longest first (``norm``:
        ``normalize(text)`` when the caller has it already)."""
        norm = normalize(text) if norm is None else norm
        taken = [False] * len(text)
        found: list[Mention] = []
        for start, end, entity in sorted(self._alias_hits(text, norm), key=lambda m: (m[0] - m[1], m[0])):
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                found.append((start, end, entity))
        found.extend(self._pinyin_hits(text, norm, taken))
        return sorted(found, key=lambda m: m[0])

    def _alias_hits(self, text: str, norm: str) -> Iterable[Mention]:
        for start, end, form in self._aliases.hits(norm):
            key = name_key(form)  # (the automaton's form keeps an interpunct the key drops)
            if self._case_ok(key, text[start:end]):
                yield start, end, self._by_key[key]

    def _pinyin_hits(self, text: str, norm: str, taken: list[bool]) -> Iterable[Mention]:
        """Unlisted spellings of han_name persons, in the gaps the aliases left."""
        sizes = sorted({len(e.han_name) for e in self._han}, reverse=True)
        surnames = [c for c in self._surnames if len(c) == 1]
        if not sizes or not surnames:
            return
        # each position holding a surname, in text order (one scan, not a loop over every character)
        for found in regex.finditer("[" + "".join(regex.escape(c) for c in sorted(surnames)) + "]", norm):
            start = found.start()
            for end in (start + size for size in sizes):
                if end <= len(text) and not any(taken[start:end]):
                    entity = self._pinyin_match(text[start:end])
                    if entity is not None:
                        taken[start:end] = [True] * (end - start)
                        yield start, end, entity
                        break

    def _pinyin_match(self, name: str) -> Entity | None:
        if not 2 <= len(name) <= 4 or not _is_han(name):
            return None
        hits = [e for e in self._han if _same_pinyin(name, e.han_name)]
        return hits[0] if len(hits) == 1 else None

    def _case_ok(self, key: str, written: str) -> bool:
        required = self._exact.get(key)
        return required is None or _exact_form(written) == required


class _Aliases:
    """Every alias found in one pass (an Aho-Corasick automaton over the aliases' keys, run on
    the text with its whitespace taken out). An alias matches in matching form, whitespace
    optional only where the alias has a space or an interpunct; ASCII words must not run on
    (Meta ≠ Metaverse). At each position the longest alias that matches there wins."""

    def __init__(self, aliases: Iterable[str]):
        gaps: dict[str, set[frozenset[int]]] = {}  # key -> the whitespace gaps each spelling allows
        for alias in aliases:
            form = regex.sub(r"\s*·\s*", "·", _SPACE.sub(" ", normalize(alias).strip()))
            key, allowed = "", set()
            for c in form:
                if c == " ":
                    allowed.add(len(key))
                    continue
                if c == "·":
                    allowed.add(len(key))
                    allowed.add(len(key) + 1)
                key += c
            if key:
                gaps.setdefault(key, set()).add(frozenset(allowed))
        self._automaton = ahocorasick.Automaton()
        for key, allowed in gaps.items():
            self._automaton.add_word(key, (key, tuple(allowed), bool(_ASCII_WORD.match(key[0])),
                                           bool(_ASCII_WORD.match(key[-1]))))
        self._empty = not gaps
        if not self._empty:
            self._automaton.make_automaton()

    def hits(self, norm: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) into ``norm``: at each start, the longest alias matching there."""
        if self._empty:
            return
        words = [(m.start(), m.end()) for m in _WORDS.finditer(norm)]
        packed_starts, at = [], 0  # where each whitespace-free run starts in the packed text
        for start, end in words:
            packed_starts.append(at)
            at += end - start
        packed = "".join(norm[s:e] for s, e in words)
        by_start: dict[int, list[tuple]] = {}
        for last, value in self._automaton.iter(packed):
            by_start.setdefault(last - len(value[0]) + 1, []).append(value)
        for first in sorted(by_start):
            for key, allowed, head, tail in sorted(by_start[first], key=lambda v: -len(v[0])):
                w0 = bisect.bisect_right(packed_starts, first) - 1
                w1 = bisect.bisect_right(packed_starts, first + len(key) - 1) - 1
                spaced = frozenset(packed_starts[w] - first for w in range(w0 + 1, w1 + 1))
                if spaced and not any(spaced <= a for a in allowed):
                    continue
                start = words[w0][0] + first - packed_starts[w0]
                end = words[w1][0] + first + len(key) - packed_starts[w1]
                if head and start > 0 and _ASCII_WORD.match(norm[start - 1]):
                    continue
                if tail and end < len(norm) and _ASCII_WORD.match(norm[end]):
                    continue
                yield start, end, key
                break
