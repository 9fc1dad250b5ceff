"""People and organisations the curated table does not list, found in one document.

The curated table (entities.toml, through ``EntityResolver``) is read first; then, in the
gaps it leaves, names the article itself marks as names (rules in data/names.toml):

    bracket pairs   皮查伊(Sundar Pichai), 智谱(Zhipu AI): one entity, both aliases learnt
    Latin names     two or three capitalised words (Andrew Tulloch); with an organisation
                    word (Thinking Machines Lab) an organisation
    title + name    其创始人王小川, 台积电董事长魏哲家, 联创Andrew Tulloch
    org suffixes    高瓴资本, 百川智能, 字节跳动公司 (not 这家公司)
    staff groups    <organisation>员工/研究员/团队: that organisation's staff

Jieba segments (on the normalised text, with every curated alias in its dictionary) to
find where a Chinese name ends.  A name found once is then found everywhere in the
document.  A new entity's id is its Latin alias as a slug, else its matching form
(``name_key``), so the same name gets the same id in every document; two names join only
where the table, OpenCC or the article itself says they are one (never on a guess).
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import ahocorasick
import regex

from .entities import Entity, EntityResolver, Mention, entity_id, name_key, normalize
from .rules import KIND_CUES, MEDIA, SPEECH_VERBS

_DATA = tomllib.loads((Path(__file__).parent / "data" / "names.toml").read_text("utf-8"))
SURNAMES = frozenset("".join(_DATA["surnames"].split()))
COMPOUND_SURNAMES = tuple(_DATA["compound_surnames"])
JAPANESE_SURNAMES = tuple(sorted(_DATA["japanese_surnames"], key=len, reverse=True))
TITLES = tuple(sorted(_DATA["titles"], key=len, reverse=True))
LEADER_TITLES = frozenset(_DATA["leader_titles"])
ORG_SUFFIXES = tuple(sorted(_DATA["org_suffixes"], key=len, reverse=True))
SHORT_FORM_SUFFIXES = frozenset(_DATA["short_form_suffixes"])
LEGAL_SUFFIXES = tuple(sorted(_DATA["legal_suffixes"], key=len, reverse=True))
LEGAL_GENERIC_WORDS = frozenset(_DATA["legal_generic_words"])
LATIN_ORG_WORDS = frozenset(_DATA["latin_org_words"])
LATIN_NOT_NAMES = frozenset(_DATA["latin_not_names"])
GIVEN_NAMES = frozenset(_DATA["given_names"].split())
PROPER_TAGS = frozenset(_DATA["proper_tags"])
GRAMMAR_TAGS = frozenset(_DATA["grammar_tags"])
COMMON_WORD_TAGS = frozenset(_DATA["common_word_tags"])
NOT_NAME_HEADS = tuple(_DATA["not_name_heads"])
_BEFORE_A_VERB = tuple(_DATA["before_a_verb"])
NOT_VALUE_SUBJECTS = tuple(_DATA["not_value_subjects"])
_CITY_WORDS_AFTER = tuple(_DATA["city_words_after"])
SIGNING_VERBS = tuple(sorted(_DATA["signing_verbs"], key=len, reverse=True))  # 签下, 引进: a club takes a player
PLAYER_WORDS = frozenset(_DATA["person_descriptors"])  # 前锋, 中锋, 球星: a player's descriptor
COMPANY_DESCRIPTORS = tuple(sorted(_DATA["company_descriptors"], key=len, reverse=True))
NAME_STOPS = frozenset(_DATA["name_stops"])
_NAME_STOP_HEADS = tuple(NAME_STOPS)  # (for str.startswith)
STAFF_WORDS = tuple(sorted(_DATA["staff_words"], key=len, reverse=True))
STAFF_QUALIFIERS = ("", *sorted(_DATA["staff_qualifiers"], key=len, reverse=True))
GLOSS_ENDINGS = tuple(_DATA["gloss_endings"])
INDUSTRY_SUFFIXES = frozenset(_DATA["industry_suffixes"])
_PRONOUNS = frozenset("他她它我你")
_NOT_NAME_ENDINGS = frozenset("时则薪们者等面")
_AFTER_A_NAME = frozenset("时则们者等面后前中上下里外说称")  # one-character words that follow a name
_FUNCTION_CHARS = frozenset("的是了在和与及或也都就把被让给对从向于以为而且但这那其该每各此")

_HAN_NAME = regex.compile(r"[\p{Han}·]+")
# A title in book brackets (《网络安全法》, 《英伟达之道》) names a law, a book, a show or a paper:
# no party is named inside it, only a paper the table lists as one (《华尔街日报》).
_BOOK_TITLE = regex.compile(r"《[^《》\n]{1,40}》")
# a buying word, then (within a few words) a name ending in 公司/集团: the company bought
_BOUGHT_COMPANY = regex.compile(r"(?:收购|并购|买下|购入|全资收购)(?:了)?\s*(?P<name>[\p{Han}]{2,8}?(?:公司|集团))")
_DOTTED_LATIN = regex.compile(r"(?:[A-Z]\.){1,3}(?: [A-Z][A-Za-z]+){1,3}")  # U.S. Steel


# the suffixes that make a run a company's name whatever its words (not 智能 of 人工智能, 科技)
_COMPANY_SUFFIXES = ("公司", "集团", "控股", "银行", "证券", "资本", "股份", "交易所", "实验室", "基金")


def _suffixed_run(norm: str, at: int) -> tuple[int, int] | None:
    """The Han run ending in an organisation suffix just before ``at`` (美國鋼鐵公司 in 對美國鋼鐵公司(U.S.
    Steel)), back to a grammar word or a non-Han character; None if no suffix ends there or
    no name is left before it."""
    suffix = next((x for x in _COMPANY_SUFFIXES if norm.endswith(x, 0, at)), None)
    if suffix is None:
        return None
    end = at - len(suffix)
    head = end
    while head > 0 and _HAN_NAME.fullmatch(norm[head - 1]) and end - head < 12:  # (沙烏地阿拉伯公共投資)
        head -= 1
    start = end
    for word in reversed(words(norm[head:end])):  # back over the words of the name: not a verb (收购)
        tag = _tags().get(word) or ""
        if word in NAME_STOPS or any(c in _FUNCTION_CHARS for c in word) or (tag.startswith("v") and tag != "vn"):
            break  # (a verbal noun is part of the name: 沙特公共投资基金)
        start -= len(word)
    start = _past_descriptor(norm, start, end)  # 母企蜜雪集團(02097.HK): the name is 蜜雪集团
    if end - start < 2 or not any(_proper(w) or _tags().get(w) == "ns" for w in words(norm[start:end])):
        return None  # 整间公司, 公益公司: a kind of company, no name
    return start, at
_LATIN_WORD = r"[A-Z][A-Za-z'’\-]*[A-Za-z]|[A-Z]{2,}"
# words joined by spaces or an interpunct, or by an ampersand (Seven & i, Johnson & Johnson)
# (a middle initial joins too: Ronald F. Clarke)
_LATIN_JOIN = rf"[ ·](?:{_LATIN_WORD})|\s?&\s?(?:{_LATIN_WORD}|[A-Za-z](?![A-Za-z]))|\s[A-Z]\.(?=\s[A-Z][a-z])"
_LATIN_RUN = regex.compile(rf"(?<![A-Za-z])(?:{_LATIN_WORD})(?:{_LATIN_JOIN}){{0,3}}(?![A-Za-z])")
_FULL_HEAD = regex.compile(r".*(?:[的在是和与及为由将对向从据]|了解到|宣布|表示|指出|获悉)")


_LATIN_BEFORE = regex.compile(rf"(?:{_LATIN_RUN.pattern})\s*$")


def _latin_before(text: str, at: int) -> tuple[int, int] | None:
    """The Latin run written just before ``at`` (spaces between allowed), or None."""
    window = text[max(0, at - 60):at]
    latin = _LATIN_BEFORE.search(window)
    if latin is None:
        return None
    start = at - len(window) + latin.start()
    return start, start + len(latin.group().rstrip())


def _han_run_start(norm: str, at: int, longest: int, head: regex.Pattern) -> int | None:
    """Where the Han run ending at ``at`` (two to ``longest`` characters) begins, after the
    last match of ``head`` in it (the words that describe or introduce a name)."""
    run = regex.search(rf"\p{{Han}}{{2,{longest}}}$", norm[max(0, at - longest):at])
    if run is None:
        return None
    start = at - len(run.group())
    cut = head.match(norm, start, at)
    return cut.end() if cut is not None else start


def _full_name(text: str, norm: str, at: int) -> tuple[int, int] | None:
    """A full name before its short name's bracket: the Latin run, or the whole Han run back
    to a word that cannot be in a name (现代快报记者了解到，蜜雪冰城股份有限公司(以下简称…))."""
    latin = _latin_before(text, at)
    if latin:
        return latin
    start = _han_run_start(norm, at, 24, _FULL_HEAD)
    return (start, at) if start is not None and at - start >= 2 else None


# (以下简称“蜜雪冰城”), (简称"蜜雪集团"), （下稱「鴻海」）: the article's own short name for what precedes it
_SHORT_NAME = regex.compile(r"[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“\"「『‘']?"
                            r"(?P<short>[^”\"」』’'()（）]{1,20}?)[”\"」』’']?\s*[)）]")
_BRACKET = regex.compile(r"[(（]\s*([^()（）]{1,40}?)\s*[)）]")
# a bracket's Latin name, then the short name the article goes on with (Electronic Arts,简称 EA)
_SHORT_INSIDE = regex.compile(r"(?P<first>[^,，;；]+)[,，;；]\s*(?:以下)?(?:简称|簡稱|下称|下稱|或称|或稱)\s*"
                              r"[“「\"']?(?P<short>[A-Za-z0-9][\w.&\- ]{0,20}?)[”」\"']?")
_TITLE = regex.compile("|".join(regex.escape(t) for t in TITLES))
_SUFFIX = regex.compile("|".join(regex.escape(s) for s in ORG_SUFFIXES))
# jieba's tags of words that name nothing when quoted or after a descriptor: grammar words, adjectives,
# numerals, measure words, times (“有钱”, 的母公司将会)
_NOT_NAME_TAGS = GRAMMAR_TAGS | {"a", "ad", "an", "m", "q", "t"}
_AFTER_DESCRIPTOR = regex.compile("的(?:" + "|".join(regex.escape(d) for d in COMPANY_DESCRIPTORS) + ")")
_QUOTED_ORG = regex.compile("(?:" + "|".join(regex.escape(w) for w in _DATA["quoted_org_after"]) + r")\s*[「『“\"]"
                            r"(?P<name>[\p{Han}A-Za-z0-9·]{2,10})[」』”\"]")
_CLUB_INITIALS_FIRST = regex.compile(r"(?<![a-z])(?:fc|cf|afc)\s?(?=\p{Han})")  # FC洛杉磯 (norm is lower case)
_SPEECH_AFTER = regex.compile(r"\s*(?:" + "|".join(regex.escape(v) for v in SPEECH_VERBS) + ")")
# A person's name is followed by what people do with money or words (余家辉从…, 杨植麟表示).
_SIGNED = regex.compile("(?:" + "|".join(sorted((*_DATA["signing_verbs"], *_DATA["person_descriptors"]), key=len,
                                                 reverse=True)) + ")(?:了)?")
_PERSON_CONTEXT = regex.compile(
    "|".join(regex.escape(w) for w in sorted(_DATA["person_context"], key=len, reverse=True)))
# A single Latin word is an organisation where the verb around it says so (收购Windsurf, 由ICONIQ领投).
_ORG_CONTEXT = regex.compile(
    r"(?:" + "|".join(_DATA["org_context_before"]) + r")\s*(?P<name>[A-Z][A-Za-z0-9.\-]+)(?![A-Za-z]| [A-Za-z])"
    r"|(?<![A-Za-z0-9]|[A-Za-z] )(?P<name>[A-Z][A-Za-z0-9.\-]+)\s*(?=" + "|".join(_DATA["org_context_after"]) + ")")


@dataclass
class _Draft:
    """An entity being learnt from the document: its type and the aliases seen."""

    type: str
    aliases: list[str] = field(default_factory=list)

    def add(self, alias: str) -> None:
        if alias not in self.aliases:
            self.aliases.append(alias)


class Discoverer:
    """Finds a document's entities: the curated ones, then the ones it names itself."""

    def __init__(self, resolver: EntityResolver):
        self.resolver = resolver
        self._curated_ids = {e.id for e in resolver.entities}

    def find(self, text: str) -> list[Mention]:
        norm = normalize(text)
        tokens = _Words(norm)
        titles = [m.span() for m in _BOOK_TITLE.finditer(norm)]
        curated = [m for m in self.resolver.find_mentions(text, norm)
                   if not _inside_a_name(norm, m, tokens) and not _inside_a_title(m, titles)]
        drafts: dict[str, _Draft] = {}
        spelt: dict[str, tuple[Entity, str]] = {}  # name key -> (curated entity, the spelling)
        taken = _taken(len(text), curated)
        for start, end in titles:
            taken[start:end] = [True] * (end - start)
        for kind, aliases in (*self._names(text, norm, taken, tokens), *_named_after_employer(text, norm, curated,
                                                                                             taken, tokens)):
            self._learn(drafts, kind, [a.strip() for a in aliases], spelt)
        _latin_surnames(text, drafts, taken)
        _join_part_names(drafts)
        # a spelling the document also learnt as a name of its own, or a common word (实验室 of
        # 实验室(MSL)), teaches the table nothing
        spelt = {k: v for k, v in spelt.items() if k not in drafts and not _common(k) and k not in ORG_SUFFIXES}
        learnt = self._entities(drafts) + _respelt(spelt)
        found = list(curated)
        if learnt:
            found += [m for m in EntityResolver(learnt).find_mentions(text, norm) if not _overlaps(m, taken)]
        found += self._staff_groups(text, norm, found)
        return sorted(_non_overlapping(found), key=lambda m: m[0])

    # --- where the article marks a name -------------------------------------------------

    def _names(self, text: str, norm: str, taken: list[bool], tokens: _Words) -> Iterator[tuple[str, list[str]]]:
        """(type, aliases) of each place the article marks a name."""
        yield from self._bracket_pairs(text, norm)
        # the Han words simplified, the Latin names in their own case (串流龍頭Netflix, C羅)
        cased = text if len(text) != len(norm) else _cased(text, norm)
        runs = [(m, _latin_kind(m.group(), person_context=bool(_SPEECH_AFTER.match(norm, m.end()))))
                for m in _LATIN_RUN.finditer(text)]  # Steven Heidel表示: a person
        people = {m.group() for m, kind in runs if kind == "person"}
        written = _written_twice([m for m, _ in runs]) - people
        for m, kind in runs:
            if kind and not any(taken[m.start():m.end()]):
                yield kind, [m.group()]
        for m in _TITLE.finditer(norm):
            span = _name_after(text, norm, m.end(), tokens)
            if span and not any(taken[span[0]:span[1]]):
                yield "person", [text[span[0]:span[1]]]
            if span and m.group() in LEADER_TITLES:  # 泡泡玛特创始人王宁: whose founder he is
                org = _past_stop_words(norm, _listed_name(norm, m.start()), tokens)
                if org and not any(taken[org[0]:org[1]]) and not _in_dictionary(norm[org[0]:org[1]]) \
                        and not norm[org[0]:org[1]].startswith(NOT_NAME_HEADS) \
                        and not _grammar_word_in(norm[org[0]:org[1]]):  # not 以换取其(首席执行官): 其 is "its"
                    yield "org", [text[org[0]:org[1]]]
        for m in _AFTER_DESCRIPTOR.finditer(norm):  # Manus的母公司蝴蝶效应: the word after it is the company
            word, end = tokens.get(m.end(), ("", m.end()))
            if 2 <= len(word) <= 6 and _HAN_NAME.fullmatch(word) and not any(taken[m.end():end]) \
                    and not _grammar_word_in(word) and _tags().get(word) not in _NOT_NAME_TAGS \
                    and not word.startswith(_NAME_STOP_HEADS):  # not 它的母公司将会收购
                yield "org", [text[m.end():end]]
        for m in _QUOTED_ORG.finditer(norm):  # AI公司「蝴蝶效应」: the quoted name is the company's
            name = m.group("name")
            # (a common noun in quotes is still the name: 「蝴蝶效应」; a verb or an adjective is not: “有钱”)
            if not any(taken[m.start("name"):m.end("name")]) and not _grammar_word_in(name) \
                    and _tags().get(name) not in _NOT_NAME_TAGS:
                yield "org", [text[m.start("name"):m.end("name")]]
        described_han = [m for m in _DESCRIBED.finditer(norm) if _described_name(norm, m)]
        described = {m.start() for m in _DESCRIBED_LATIN.finditer(cased)
                     if m.group("name").split()[0].lower() not in LATIN_NOT_NAMES} \
            | {m.start() for m in described_han}
        for m in _SUFFIX.finditer(norm):
            span = _org_before(norm, m.start(), m.end(), tokens)
            if span and _describes_the_next_name(norm, m, described):
                continue  # 云安全公司Adallom, 网约车公司滴滴全球被罚: what the company is, then its name
            if span and not any(taken[span[0]:span[1]]):
                yield "org", [text[span[0]:span[1]], *_short_forms(text, norm, span[0], m)]
        for m in _LEGAL.finditer(norm):  # 对滴滴全球股份有限公司处…罚款: a registered company
            span = _legal_name(norm, m.start())
            # not the legal form of a company the table knows (北京字节跳动科技有限公司)
            if span and not any(taken[max(0, span[0] - 1):m.end()]):
                # the name it goes by first, so that it is the id (滴滴, 宁德时代)
                # and the name without its legal form (滴滴全球 of 滴滴全球股份有限公司), as others write it
                yield "org", list(dict.fromkeys((*_legal_short_form(text, norm, span), text[span[0]:span[1]],
                                                 text[span[0]:m.end()])))
        for m in _CLUB_INITIALS_FIRST.finditer(norm):  # FC洛杉磯以2650萬美元簽下: the club's word after
            head = regex.match(r"\p{Han}{2,8}", norm[m.end():m.end() + 8])
            word = words(head.group())[0] if head else ""
            end = m.end() + len(word)
            if len(word) >= 2 and _proper(word) and not any(taken[m.start():end]):
                initials = text[m.start():m.end()].strip()  # named as 洛杉磯FC is, one id for both orders
                yield "org", [text[m.end():end] + initials, text[m.start():end]]
        for m in _INITIAL_NICKNAME.finditer(cased):  # 特维斯力压梅西和C罗: a player
            if not any(taken[m.start():m.end()]):
                yield "person", [m.group()]
        for start, end, last in _interpunct_names(norm, tokens):  # 杰伦·布朗, 谢伊·吉尔杰斯-亚历山大
            if not any(taken[start:end]):
                yield "person", [text[start:end], *([text[last:end]] if _surname_alone(norm[last:end]) else [])]
        for m in _SIGNED.finditer(norm):  # 上海上港以6100万欧元引进奥斯卡, 纽卡中锋伊萨克
            span = _signed_name(norm, m, tokens)
            if span and not any(taken[span[0]:span[1]]):
                last = tokens.start_of_word_ending(span[1])  # 亚历山大伊萨克, then 伊萨克 alone
                yield "person", [text[span[0]:span[1]], *([text[last:span[1]]] if last is not None
                                                          and span[0] < last and span[1] - last >= 2 else [])]
        for m in _PERSON_CONTEXT.finditer(norm):
            span = _person_before(norm, m.start(), tokens)
            if span and not any(taken[span[0]:span[1]]):
                yield "person", [text[span[0]:span[1]]]
        for m in _ORG_CONTEXT.finditer(cased):
            if not any(taken[m.start("name"):m.end("name")]) and m.group("name").lower() not in LATIN_NOT_NAMES:
                yield "org", [m.group("name")]
        for m in _LATIN_SUFFIXED.finditer(cased):  # Seven & i控股: the company, by both names
            name = m.group("name")
            if not any(taken[m.start():m.end()]) and name.split()[0].lower() not in LATIN_NOT_NAMES \
                    and ("&" in name or _latin_kind(name, single_ok=True) != "person"):  # (& joins no person)
                yield "org", [name, text[m.start():m.end()]]
        for word in _repeated_latin_words(text, taken):
            yield "org", [word]
        for kind, (start, end) in _repeated_han_names(norm, taken):
            yield kind, [text[start:end]]
        for m in _BOUGHT_COMPANY.finditer(norm):  # 收購美國鋼鐵公司: what a company buys is a company
            span = _suffixed_run(norm, m.end())
            if span and span[0] >= m.start("name") and not any(taken[span[0]:span[1]]) \
                    and not _describes_the_next_name(norm, _SUFFIX.match(norm, span[1] - 2) or m, described):
                name = text[span[0]:span[1]]
                yield "org", [name, *_without_suffix(name, norm[span[0]:span[1]])]
        for name in _place_companies(text, norm, taken):  # 日本製鐵擬斥資…收購美國鋼鐵
            yield "org", [name]
        for m in _DESCRIBED_LATIN.finditer(cased):  # 新創公司io, 云安全平台Wiz: a company named in Latin
            name = m.group("name")
            if not any(taken[m.start("name"):m.end("name")]) and name.split()[0].lower() not in LATIN_NOT_NAMES:
                yield "org", [name]  # not 該公司CEO Ronald F. Clarke: a title and a person
        for m in described_han:  # 潮玩品牌泡泡瑪特19日發布: what the descriptor describes
            if not any(taken[m.start("name"):m.end("name")]):
                yield "org", [text[m.start("name"):m.end("name")]]
        for m in _AUTHORITY.finditer(norm):  # 中國證監會, 財政部: an authority names itself
            if not any(taken[m.start():m.end()]):
                body = m.group("body")
                yield "org", list(dict.fromkeys((_AUTHORITY_SAME.get(body, body), text[m.start():m.end()])))
        for m in _GOVERNMENT.finditer(norm):  # 美國聯邦政府, 華府: a place's government
            if not any(taken[m.start():m.end()]):
                place = m.group("place") or _GOVERNMENT_NAMES[m.group("name")]
                yield "org", list(dict.fromkeys((place + "政府", text[m.start():m.end()])))
        for m in TICKER.finditer(text):  # 泡泡瑪特（9992.HK）, 鴻海（2317）: a listed company
            # the code is evidence enough: 泡泡瑪特 is a name though 泡泡 is a word
            span = _listed_name(norm, m.start()) or _last_name_before(text, norm, m.start())
            if span and not any(taken[span[0]:span[1]]) and norm[span[0]:span[1]] not in NAME_STOPS \
                    and not norm[span[0]:span[1]].endswith(_LISTING_WORDS):
                yield "org", [text[span[0]:span[1]]]
        # last, so that any rule that finds a person in it comes first (员工Avi Verma … Avi Verma从高中)
        for name in sorted(written):  # Alimentation Couche-Tard, five times and never a person: a company
            if not any(any(taken[m.start():m.end()]) for m, _ in runs if m.group() == name):
                yield "org", [name]

    def _bracket_pairs(self, text: str, norm: str) -> Iterator[tuple[str, list[str]]]:
        """Han name (Latin name), or the reverse: both spellings of one entity; and a name with
        the short name the article gives it (蜜雪冰城股份有限公司(以下简称“蜜雪冰城”))."""
        for m in _SHORT_NAME.finditer(norm):
            before = _full_name(text, norm, m.start())
            short = text[m.start("short"):m.end("short")].strip()
            full = text[before[0]:before[1]] if before is not None else ""
            company = _LATIN_RUN.fullmatch(full) or normalize(full).endswith(ORG_SUFFIXES)
            if full and 2 <= len(short) <= 12 and (company or name_like(normalize(short))
                                                   or _LATIN_RUN.fullmatch(short)):
                yield ("org" if any(normalize(full).endswith(x) for x in ORG_SUFFIXES) else "person"
                       if len(normalize(full)) <= 4 and normalize(full)[0] in SURNAMES else "org"), [full, short]
        for m in _BRACKET.finditer(text):
            inner, also = m.group(1), []
            short = _SHORT_INSIDE.fullmatch(inner)  # 美国艺电(Electronic Arts,简称 EA): both, and EA too
            if short:
                inner, also = short.group("first").strip(), [short.group("short")]
            suffixed = _suffixed_run(norm, m.start()) \
                if not all(w.lower() in LATIN_NOT_NAMES for w in inner.split()) else None  # not 人工智能(AI)
            # 日本製鐵公司(Nippon Steel): the whole run before the company's Latin name is its name
            before = suffixed or _last_name_before(text, norm, m.start())
            if before is None or not inner:
                continue
            b_start, b_end = before
            outer = text[b_start:b_end]
            if _initials_of(outer, inner):  # Electronic Arts（EA）: a company and its initials
                yield "org", [outer, inner]
                continue
            latin, han = (inner, outer) if _LATIN_RUN.fullmatch(inner) or _DOTTED_LATIN.fullmatch(inner) \
                else (outer, inner)
            han_norm = normalize(han)
            if not ((_LATIN_RUN.fullmatch(latin) or _DOTTED_LATIN.fullmatch(latin)) and _HAN_NAME.fullmatch(han_norm)) \
                    or len(han_norm) > (14 if suffixed else 7):
                continue
            described = _DESCRIBES.search(norm, max(0, b_start - 4), b_start) is not None and han is outer
            # 外野手鈴木誠也(Seiya Suzuki): a Japanese name is no Chinese surname + given name
            player = han is outer and _PERSON_DESCRIBED.search(norm, max(0, b_start - 4), b_start) is not None \
                or _japanese(han_norm)  # 山本由伸(Yoshinobu Yamamoto)
            if han_norm.endswith(GLOSS_ENDINGS) or not (name_like(han_norm) or described or player or suffixed):
                continue  # 开源模型（Llama）, 部门（MSL Infra）: a gloss, not a second name
            if suffixed:  # 日本製鐵公司 is also 日本製鐵, the name the article goes on with
                yield "org", [outer, inner, *also, *_without_suffix(outer, han_norm)]
                continue
            words = len(_latin_parts(latin))
            kind = _latin_kind(latin, single_ok=words == 1)
            if any(han_norm.endswith(s) for s in ORG_SUFFIXES):
                kind = "org"
            elif kind in ("org", None) and words <= 3 and player:
                kind = "person"  # 巴西足球巨星內馬爾(Neymar), 外野手鈴木誠也(Seiya Suzuki): a player
            elif kind is None and han is outer and len(han_norm) <= 6 and _transliterated(han_norm) \
                    and words in (2, 3) and all(regex.fullmatch(r"\p{Lu}\p{Ll}{2,}", w) for w in latin.split()) \
                    and not any(w.lower() in LATIN_ORG_WORDS for w in latin.split()):
                kind = "person"  # 紐約洋基柯爾(Gerrit Cole): a transliterated name glossed by a full name
            if kind is None and also and regex.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", also[0]):
                kind = "org"  # 美国艺电(Electronic Arts,简称 EA): initials as the short name, a company
            if kind:
                yield kind, [outer, inner, *also]

    # --- turning what was seen into entities ---------------------------------------------

    def _learn(self, drafts: dict[str, _Draft], kind: str, aliases: list[str],
               spelt: dict[str, tuple[Entity, str]]) -> None:
        """Add a name (or a pair the article says is one entity) to the drafts; a pair of which
        the table knows one name teaches the table's entity the other, for this document
        (安德鲁·图洛克(Andrew Tulloch): the table's Andrew Tulloch, and 图洛克 after it)."""
        if kind == "person":  # 傑米·戴蒙(Jamie Dimon), then 戴蒙 alone: the same person
            aliases += [last for a in aliases if "·" in a and (last := a.rsplit("·", 1)[1]) not in aliases
                        and _surname_alone(normalize(last))]
        aliases = [a for a in (_past_place(kind, a) for a in aliases) if a is not None and len(name_key(a)) >= 2]
        if not aliases:
            return
        resolved = [(a, self.resolver.resolve(a)) for a in aliases]
        if kind == "person" and any(t is not None and t.type == "org" for _, t in resolved):
            # Sergio Busquets(迈阿密国际): a person and, in brackets, his club, not one entity's two names
            resolved = [(a, t) for a, t in resolved if t is None or t.type != "org"]
            aliases = [a for a, _ in resolved]
            if not aliases:
                return
        known = {e.id: e for a, table in resolved if (e := table or spelt.get(name_key(a), (None,))[0]) is not None}
        if len(known) == 1:
            entity = next(iter(known.values()))
            for alias, table in resolved:
                if table is None:
                    spelt.setdefault(name_key(alias), (entity, alias))
        if known:
            return  # the table knows it already
        keys = {name_key(a) for a in aliases}
        known = [k for k in keys if k in drafts]
        if len(known) > 1:  # the draft of the key learnt first (the drafts keep their order)
            known = [next(k for k in drafts if k in keys)]
        draft = drafts[known[0]] if known else _Draft(kind)
        for alias in aliases:
            if drafts.get(name_key(alias), draft) is not draft:
                continue  # a name another draft holds stays its (蜜雪 of 蜜雪集团, not of 蜜雪冰城股份有限公司)
            draft.add(alias)
            drafts[name_key(alias)] = draft

    def _entities(self, drafts: dict[str, _Draft]) -> list[Entity]:
        out: dict[str, Entity] = {}
        for draft in {id(d): d for d in drafts.values()}.values():
            latin = next((a for a in draft.aliases if a.isascii()), None)
            ident = _slug(latin) if latin else entity_id(draft.aliases[0])
            if ident in self._curated_ids or ident in out:
                continue
            out[ident] = Entity(id=ident, name=draft.aliases[0], type=draft.type, english=latin or "",
                                aliases=tuple(draft.aliases))
        return list(out.values())

    def _staff_groups(self, text: str, norm: str, found: list[Mention]) -> list[Mention]:
        """<org>员工: the organisation's staff group, named after the organisation."""
        out = []
        for start, end, entity in found:
            if entity.type != "org":
                continue
            found_word = _STAFF_AFTER.match(norm, end)  # the first (qualifier, word) in table order
            if found_word is None:
                continue
            qualifier, word = _STAFF_PAIRS[found_word.group()]
            group = self.resolver.resolve(text[start:end] + word) or staff_group(entity)
            out.append((start, end + len(qualifier) + len(word), group))
        return out


# Every qualifier + staff word, in the order _staff_groups tries them (the first that matches wins).
_STAFF_PAIRS: dict[str, tuple[str, str]] = {}
for _q in STAFF_QUALIFIERS:
    for _w in STAFF_WORDS:
        _STAFF_PAIRS.setdefault(_q + _w, (_q, _w))
_STAFF_AFTER = regex.compile("|".join(regex.escape(q + w) for q in STAFF_QUALIFIERS for w in STAFF_WORDS))


def staff_group(org: Entity) -> Entity:
    """The staff of an organisation the table lists no group for (tsmc -> tsmc-staff)."""
    return Entity(id=f"{org.id}-staff", name=f"{org.name}员工", type="group",
                  english=f"{org.english or org.name} staff", aliases=tuple(f"{a}员工" for a in org.aliases))


def shareholders_of(org: Entity) -> Entity:
    """The shareholders of a company, who receive its dividends (tencent -> tencent-shareholders)."""
    return Entity(id=f"{org.id}-shareholders", name=f"{org.name}股东", type="group",
                  english=f"{org.english or org.name} shareholders",
                  aliases=("股东", *(f"{a}股东" for a in org.aliases)))


def find_entities(text: str, resolver: EntityResolver) -> list[Mention]:
    """Entity mentions in ``text``: the curated table's, then the names it marks itself."""
    return discoverer(resolver).find(text)


@lru_cache(maxsize=4)
def discoverer(resolver: EntityResolver) -> Discoverer:
    return Discoverer(resolver)


# --- helpers ---------------------------------------------------------------------------

_PLACES = tuple(sorted(_DATA["places"]["names"], key=len, reverse=True))
_DESTINATION_SHORT: dict[str, str] = _DATA["places"]["destination_short"]
# (对美国再投资, 在美国的总投资金额, 在美设厂投资, 赴美投资; 投资于美国, 投资美国金额: the place after the verb)
DESTINATION = regex.compile(
    r"(?:对|在|赴|于|到)(?P<place>" + "|".join((*_PLACES, *_DESTINATION_SHORT)) + r")(?!元|金|股|债|军|方|联储)"
    r"(?:国)?(?:本土|境内|当地)?(?:的)?(?:设厂|建厂)?(?:总)?(?:再|追加|加码|新增|额外)?(?:投资|投入)"
    r"|投资(?:于)?(?P<after>" + "|".join(_PLACES) + r")")


_DESTINATION_REGIONS: dict[str, str] = _DATA["places"]["destination_regions"]
_ANY_PLACE = "|".join(sorted((*_PLACES, *_DESTINATION_SHORT, *_DESTINATION_REGIONS), key=len, reverse=True))
# the place written before the figure, the investment word after it (台積電新增對美1000億美元的投資)
DESTINATION_BEFORE_FIGURE = regex.compile(r"(?:对|赴)(?P<place>" + _ANY_PLACE + r")(?:国)?(?:的)?\s*$")
INVESTMENT_AFTER_FIGURE = regex.compile(r"\s*(?:[（(][^（）()]{0,30}[）)])?\s*(?:的)?(?:投资|投入)")
# the plant built with it, in the clause after the figure (投資120億美元，在亞利桑那州興建半導體製造廠)
BUILT_IN_AFTER = regex.compile(r"\s*(?:[（(][^（）()]{0,30}[）)])?\s*[，,]?\s*(?:在|于|赴)(?P<place>" + _ANY_PLACE
                               + r")[^，,。；！？]{0,10}?(?:兴建|设厂|建厂|建设|盖|设立)")


def destination_place(written: str) -> str:
    """The country a DESTINATION match names, whole (美 -> 美国, 亚利桑那州 -> 美国)."""
    return _DESTINATION_SHORT.get(written) or _DESTINATION_REGIONS.get(written) or written


_GOVERNMENT_NAMES: dict[str, str] = _DATA["authorities"]["government_names"]
_GOVERNMENT = regex.compile(
    r"(?P<place>" + "|".join(_PLACES) + r")\s*(?:" + "|".join(_DATA["authorities"]["government_heads"]) + r")"
    r"|(?P<name>" + "|".join(_GOVERNMENT_NAMES) + ")")
_TEAM_SUFFIXES = tuple(_DATA["places"]["team_suffixes"])


_PLACE_CO = _DATA["place_companies"]
_PLACE_COMPANY = regex.compile("(?:" + "|".join(p for p in _PLACES if p not in _PLACE_CO["not_places"]) + ")(?:"
                               + "|".join(_PLACE_CO["trades"]) + ")")
_PLACE_CO_BEFORE = regex.compile("(?:" + "|".join(_PLACE_CO["before"]) + r")(?:了)?\s*$")
# (日本制铁周三宣布, 美国钢铁19日表示: a day between the name and what it does)
_PLACE_CO_AFTER = regex.compile(r"\s*(?:周[一二三四五六日]|星期[一二三四五六日天]|\d{1,2}日|[今昨前][日天]|近日|日前)?"
                                r"\s*(?:" + "|".join(sorted(_PLACE_CO["after"], key=len, reverse=True)) + ")")
_PLACE_CO_GOES_ON = regex.compile("|".join(sorted(_PLACE_CO["goes_on"], key=len, reverse=True)))
_HAN_CHAR = regex.compile(r"\p{Han}")


def _place_companies(text: str, norm: str, taken: list[bool]) -> list[str]:
    """The companies named by their country and trade (names.toml [place_companies]), as first
    written: each written where a company is (bought, acting) or twice where a name can be."""
    marks: dict[str, list[bool]] = {}
    first: dict[str, tuple[int, int]] = {}
    for m in _PLACE_COMPANY.finditer(norm):
        s, e = m.span()
        if any(taken[s:e]):
            continue
        bought = _PLACE_CO_BEFORE.search(norm, max(0, s - 4), s) is not None
        if s and _HAN_CHAR.match(norm[s - 1]) and norm[s - 1] not in _FUNCTION_CHARS and not bought:
            continue  # 全日本航空: the end of a longer name
        acts = _PLACE_CO_AFTER.match(norm, e) is not None
        if not acts and _PLACE_CO_GOES_ON.match(norm, e):
            continue  # 美国钢铁业, 中国钢铁产量: the trade of a country
        marks.setdefault(m.group(), []).append(bought or acts)
        first.setdefault(m.group(), (s, e))
    return [text[slice(*first[name])] for name, seen in marks.items() if any(seen) or len(seen) >= 2]


@lru_cache(maxsize=4096)
def is_authority(entity: Entity) -> bool:
    """A public authority or a government (names.toml [authorities]): it fines and regulates."""
    return entity.type == "org" and any(
        _AUTHORITY.fullmatch(key) or _GOVERNMENT.fullmatch(key) for key in map(normalize, entity.aliases))


def _past_place(kind: str, alias: str) -> str | None:
    """A name without the place that describes it (names.toml [places]): no person is a place
    (沙乌地, 沙国: None), and a team's name starts after its country (沙烏地阿拉伯艾納斯隊: 艾納斯隊)."""
    key = name_key(alias)
    place = next((p for p in _PLACES if key.startswith(p)), None)
    if place is None:
        return alias
    rest = key[len(place):]
    if not rest:
        return None  # 歐洲 is no second name of 歐洲足球隊
    if kind == "person":
        return None if len(rest) <= 1 else alias
    if kind == "org" and key.endswith(_TEAM_SUFFIXES) and len(rest) - 1 >= 2 and len(alias) == len(key) \
            and not any(rest == s or rest.endswith("足球" + s) for s in _TEAM_SUFFIXES):
        return alias[len(place):]  # 沙乌地阿拉伯足球队 stays whole: the rest says no name
    return alias


def _latin_surnames(text: str, drafts: dict[str, _Draft], taken: list[bool]) -> None:
    """A person learnt by a Latin full name is also the last word of it written alone (Juan Soto
    … Soto的合約, Aaron Judge … Judge): news goes on with the surname. Not where two of the
    document's people share it, nor a common word (Scaling Laws … Laws)."""
    by_last: dict[str, list[_Draft]] = {}
    for draft in {id(d): d for d in drafts.values()}.values():
        if draft.type != "person":
            continue
        for alias in draft.aliases:
            parts = [w for w in _latin_parts(alias) if w]
            if alias.isascii() and len(parts) in (2, 3) and len(parts[-1]) >= 3 and parts[-1][0].isupper():
                by_last.setdefault(parts[-1], []).append(draft)
    free: set[str] | None = None  # the lone Latin words written somewhere outside a found name
    for last, owners in by_last.items():
        owner = owners[0]
        key = name_key(last)
        if len({id(d) for d in owners}) > 1 or last.lower() in LATIN_NOT_NAMES or drafts.get(key, owner) is not owner:
            continue
        if free is None:  # one scan of the text, not one per surname
            free = {m.group() for m in _LONE_LATIN.finditer(text) if not any(taken[m.start():m.end()])}
        if last in free:
            owner.add(last)
            drafts[key] = owner


def _join_part_names(drafts: dict[str, _Draft]) -> None:
    """A person the article writes whole (恩佐·费尔南德斯, 埃林-哈兰德) and elsewhere by his first or last
    part alone (恩佐, 哈兰德), each part learnt as a name of its own: one person, unless two whole names
    of the document share that part (two 恩佐s stay apart)."""
    owners: dict[str, set[int]] = {}
    whole: dict[int, _Draft] = {}
    for draft in {id(d): d for d in drafts.values() if d.type == "person"}.values():
        for alias in draft.aliases:
            parts = regex.split(r"(?<=\p{Han})[·\-](?=\p{Han})", alias)
            if len(parts) < 2:
                continue
            whole[id(draft)] = draft
            for part in dict.fromkeys((parts[0], parts[-1])):  # (in this order: a set's would vary by run)
                owners.setdefault(name_key(part), set()).add(id(draft))
    keys_of: dict[int, list[str]] = {}  # id of a draft -> its keys (a merge moves them, no pass over every draft)
    for k, d in drafts.items():
        keys_of.setdefault(id(d), []).append(k)
    for key, ids in owners.items():
        part = drafts.get(key)
        if len(ids) != 1 or part is None or part.type != "person" or id(part) in ids:
            continue
        full = whole[next(iter(ids))]
        for alias in part.aliases:
            full.add(alias)
        keys = keys_of.pop(id(part), [])
        for k in keys:
            drafts[k] = full
        keys_of.setdefault(id(full), []).extend(keys)


def _respelt(spelt: dict[str, tuple[Entity, str]]) -> list[Entity]:
    """The curated entities with the spellings the document gave them besides the table's."""
    extra: dict[str, tuple[Entity, list[str]]] = {}
    for entity, alias in spelt.values():
        extra.setdefault(entity.id, (entity, []))[1].append(alias)
    return [replace(e, aliases=(*e.aliases, *names)) for e, names in extra.values()]


def _taken(size: int, mentions: list[Mention]) -> list[bool]:
    taken = [False] * size
    for start, end, _ in mentions:
        taken[start:end] = [True] * (end - start)
    return taken


_ASCII_RUN = regex.compile(r"[\x00-\x7f]+")


def _cased(text: str, norm: str) -> str:
    """The normalised text with every ASCII character as the original writes it (one join
    per run of ASCII, not per character)."""
    out, at = [], 0
    for m in _ASCII_RUN.finditer(text):
        out.append(norm[at:m.start()])
        out.append(m.group())
        at = m.end()
    out.append(norm[at:])
    return "".join(out)


def _described_name(norm: str, m: regex.Match) -> bool:
    """The run after a descriptor is a name: no common word nor grammar (not 合并后的公司将成为营收…)."""
    name = m.group("name")
    if _in_dictionary(name) or name in NAME_STOPS or name[0] in _FUNCTION_CHARS:  # (这家AI巨头的估值被推高)
        return False
    if m.group().startswith(tuple(_DATA["org_descriptors"])):
        return True
    # after 公司 a person may be named (特斯拉公司马斯克表示): a company's name only where it
    # reads as none, and not after 的 (合并后的公司将成为营收…)
    person = len(name) <= 3 and name[0] in SURNAMES or _transliterated(name) or name.startswith(TITLES)
    before = norm[max(0, m.start() - 3):m.start()]  # (该公司创始人王宁: 该公司 is "it")
    return not (person or _grammar_word_in(name) or before.endswith(("的", *NOT_NAME_HEADS)))


def _describes_the_next_name(norm: str, suffix: regex.Match, described: set[int]) -> bool:
    """A descriptor word (公司, 平台) at ``suffix`` that a name follows at once: the run before it
    says what the company is, not what it is called."""
    return suffix.group() in _DESCRIBING_SUFFIXES and any(
        at in described for at in range(suffix.start() - 3, suffix.start() + 1))


def _inside_a_title(m: Mention, titles: list[tuple[int, int]]) -> bool:
    """A name the table lists, inside a book title, where it is not a news outlet's title."""
    return m[2].id not in MEDIA and any(start < m[0] and m[1] < end for start, end in titles)


def _overlaps(m: Mention, taken: list[bool]) -> bool:
    return any(taken[m[0]:m[1]])


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Longest first wins a contested span (OpenAI员工 over OpenAI)."""
    taken: set[int] = set()
    out = []
    for m in sorted(mentions, key=lambda m: (m[0] - m[1], m[0])):
        if not taken.intersection(range(m[0], m[1])):
            taken.update(range(m[0], m[1]))
            out.append(m)
    return out


# A company described before its name, the name then acting (大陸潮玩品牌泡泡瑪特19日發布期中業績,
# 新茶饮龙头蜜雪集团今日上市): descriptors and what may follow a name are data (names.toml).
# ... and a company named in Latin right after what it is (AI裝置新創公司io, 云安全平台Wiz, 网络安全巨头Wiz),
# on the text with its Han simplified and its Latin as written
# a Latin name and the Han word for its legal form (Seven & i控股, Cursor公司): one company, two names
_LATIN_SUFFIXED = regex.compile(rf"(?P<name>{_LATIN_RUN.pattern})\s?(?:控股公司|控股|集团|集團|公司)")
_DESCRIBED_LATIN = regex.compile(
    r"(?:" + "|".join(sorted((*_DATA["org_descriptors"], "公司", "平台", "新创", "初创"), key=len, reverse=True))
    + r")\s*[「“\"]?(?P<name>(?:[A-Z][A-Za-z0-9.&\-]*|[a-z]{2,}[A-Za-z0-9]*)(?: [A-Z][A-Za-z0-9.&\-]*){0,2})"
    r"(?![A-Za-z0-9])")
# the suffixes that also describe (网约车公司滴滴全球): a name may follow them
_DESCRIBING_SUFFIXES = frozenset({"公司"})
_DESCRIBED = regex.compile(
    r"(?:" + "|".join(sorted((*_DATA["org_descriptors"], *_DESCRIBING_SUFFIXES), key=len, reverse=True)) + r")"
    r"(?P<name>[\p{Han}]{2,6}?)(?=\d{1,2}日|" + "|".join(_DATA["after_described"]) + ")")

# A capital letter and a nickname's character (C罗, C羅, C朗): a person (names.toml initial_nicknames),
# matched on the text with its Han simplified and its Latin as written.
_INITIAL_NICKNAME = regex.compile(r"(?<![A-Za-z0-9])[A-Z](?:" + "|".join(_DATA["initial_nicknames"]) + ")")

# A public authority, its place before it (names.toml [authorities]).
_AUTHORITY_SAME: dict[str, str] = _DATA["authorities"]["same"]
_AUTHORITY = regex.compile(
    r"(?:(?:" + "|".join(_DATA["authorities"]["places"]) + r")\s*)?(?P<body>"
    + "|".join(sorted(_DATA["authorities"]["bodies"], key=len, reverse=True)) + ")")

# A stock code in brackets right after a name: the name is a listed company's.
TICKER = regex.compile(
    r"\s*[（(]\s*(?:(?:港股|股票|股份)?代[码碼號号]\s*[:：]?\s*)?"
    r"(?:(?!(?:19|20)\d\d\s*[)）])\d{4,6}(?:\s*[.．]\s*(?:HK|SZ|SH|SS|TW|TWO))?|[A-Z]{1,5}\s*[.．]\s*(?:US|O|N)|(?:NYSE|NASDAQ|HKEX)\s*[:：]\s*[A-Z0-9]+)"
    r"\s*[)）]")

# Words that end what comes before a listed company's name (港股上市公司泡泡瑪特（9992）).
_LISTED_HEAD = regex.compile(
    r".*(?:公司|企业|巨头|品牌|龙头|厂商|港股|台股|美股|个股|概念股|旗下|[的在是和与及、为由将对向从])")
_LISTED_MAX = 6
_LISTING_WORDS = ("上市", "挂牌", "代码", "股份")  # 在港交所上市（股票代码：09992.HK）: no name before the code


def _past_stop_words(norm: str, span: tuple[int, int] | None, tokens: _Words) -> tuple[int, int] | None:
    """The span without the words no name starts with (又让理想汽车董事长: 理想汽车); none where
    it is itself a title joined to the next (董事长兼CEO: 董事长兼 is no company)."""
    if span is not None and (norm.endswith("兼", span[0], span[1]) or _TITLE.search(norm, span[0], span[1])):
        return None
    while span is not None:
        end = next((e for e in range(span[0] + 1, span[1]) if tokens.start_of_word_ending(e) == span[0]), None)
        if end is None or norm[span[0]:end] not in NAME_STOPS:
            return span if span[1] - span[0] >= 2 else None
        span = (end, span[1])
    return None


def _listed_name(norm: str, at: int) -> tuple[int, int] | None:
    """The whole Han run before a stock code, after any description of it, when short enough
    to be one name (泡泡瑪特 whole: jieba splits it into 泡泡 + 瑪特; 快手 (01024.HK), a space
    between)."""
    while at > 0 and norm[at - 1] == " ":
        at -= 1
    start = _han_run_start(norm, at, 16, _LISTED_HEAD)
    if start is None:
        return None
    start = _past_descriptor(norm, start, at)  # 母企蜜雪集團(02097.HK): 蜜雪集团
    name = norm[start:at]
    return (start, at) if 2 <= len(name) <= _LISTED_MAX and not name.endswith(_LISTING_WORDS) else None


# One Latin word standing alone in Chinese text (OpenAI, xAI, MiniMax, CNBC), not part of a
# run of capitalised words (Andrew Tulloch).
_LONE_LATIN = regex.compile(r"(?<![A-Za-z0-9.\-]|[A-Za-z][ ·])"
                            r"(?:[A-Z][A-Za-z0-9]*[A-Za-z0-9]|[a-z]{1,2}[A-Z][A-Za-z0-9]*)"
                            r"(?![A-Za-z0-9]|[ ·][A-Za-z])")
_LONE_MIN = 2  # written this often in one document, a lone Latin word is the name of an organisation
# ... unless the article writes it once as a product's or a character's (LABUBU系列, 旗下IP「MOLLY」).
_PRODUCT_AFTER = regex.compile(r"[」”\"]?\s*(?:" + "|".join(regex.escape(w) for w in _DATA["product_after"]) + ")")
_PRODUCT_BEFORE = regex.compile(r"(?:IP|ip|旗下|产品|系列)\s*[「“\"]?\s*$")


def _written_twice(runs: list[regex.Match]) -> frozenset[str]:
    """Latin names of two or three words, each capitalised and none a common word, that the
    article writes at least twice (Alimentation Couche-Tard): in Chinese news, a name. A
    person's name is told by a given name or a surname first (_latin_kind); the rest are
    organisations."""
    counts: dict[str, int] = {}
    for m in runs:
        parts = [p for p in _latin_parts(m.group().replace("&", " & ")) if p and p != "&"]
        if 2 <= len(parts) <= 3 and all(p[:1].isupper() or len(p) == 1 for p in parts) \
                and not any(p.lower() in LATIN_NOT_NAMES for p in parts):
            counts[m.group()] = counts.get(m.group(), 0) + 1
    return frozenset(r for r, n in counts.items() if n >= _LONE_MIN)


def _repeated_latin_words(text: str, taken: list[bool]) -> list[str]:
    """Lone Latin words the article writes at least twice (xAI完成融资…xAI的估值): in Chinese
    news these are the names of companies and institutions; common words (CEO, IPO, GPU),
    products (ChatGPT) and the words of a longer name (Tulloch of Andrew Tulloch) are not."""
    in_runs = {w.lower() for m in _LATIN_RUN.finditer(text) if " " in m.group() or "·" in m.group()
               for w in _latin_parts(m.group())}
    counts: dict[str, int] = {}
    products: set[str] = set()  # written at least once as a product or a character (LABUBU系列, IP「MOLLY」)
    for m in _LONE_LATIN.finditer(text):
        word = m.group()
        if any(taken[m.start():m.end()]) or word.lower() in LATIN_NOT_NAMES or word.lower() in in_runs:
            continue
        counts[word] = counts.get(word, 0) + 1
        if _PRODUCT_AFTER.match(text, m.end()) or _PRODUCT_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            products.add(word)
    return [w for w, n in counts.items() if n >= _LONE_MIN and w not in products]


# A Han name no rule marks, found because the article keeps writing it (雷军 ... 雷军; 泡泡瑪特
# four times in a results report): a person's name from a surname, at least twice; an
# organisation's, longer and at least three times, in varied company (not always after or
# before the same character, so no piece of a longer phrase). Thresholds in names.toml.
_REPEATED = _DATA["repeated_names"]
_CUE_WORDS = regex.compile("|".join(regex.escape(w) for w in sorted(
    {*_REPEATED["not_in_names"], *(w for _, words in KIND_CUES for w in words if regex.match(r"\p{Han}{2}", w))},
    key=len, reverse=True)))


def _repeated_han_names(norm: str, taken: list[bool]) -> list[tuple[str, tuple[int, int]]]:
    """(person or org, first span) of each Han name the document repeats. A candidate is one
    or two of jieba's words somewhere in the text; how often it is written is counted on the
    text itself (jieba cuts one name differently in different company), never after a digit
    (1.84万亿港元) nor inside a name already found. Where one name holds another, the one
    written more often wins (雷军 over 雷军所), the longer on a tie (泡泡玛特 over 泡泡玛)."""
    seen: set[str] = set()
    for piece in _HAN_PIECE.finditer(norm):
        seen.update(_candidates(piece.group()))
    if not seen:
        return []
    automaton = ahocorasick.Automaton()
    for name in seen:
        automaton.add_word(name, name)
    automaton.make_automaton()
    spans: dict[str, list[tuple[int, int]]] = {}
    covered = list(accumulate(taken, initial=0))  # taken positions before each offset: a span's test in O(1)
    for last, name in automaton.iter(norm):
        start, end = last + 1 - len(name), last + 1
        if covered[end] == covered[start] and not (start and norm[start - 1].isdigit()):
            spans.setdefault(name, []).append((start, end))
    fewest = min(_REPEATED["person_times"], _REPEATED["org_times"])
    named = {name: kind for name, where in spans.items()
             if len(where) >= fewest and (kind := _repeated_kind(name, where, norm))}
    return [(kind, spans[name][0]) for name, kind in named.items()
            if not any(other != name and (other in name and len(spans[other]) > len(spans[name])
                                          or name in other and len(spans[other]) >= len(spans[name]))
                       for other in named)]


@lru_cache(maxsize=65536)
def _candidates(piece: str) -> tuple[str, ...]:
    """The names a run of Han may hold: one or two of jieba's words of it, shaped as a name."""
    cut = words(piece)
    found = []
    for i in range(len(cut)):
        for name in (cut[i], "".join(cut[i:i + 2])):
            if 2 <= len(name) <= _REPEATED["org_longest"] and _name_shape(name, cut[i]):
                found.append(name)
    return tuple(found)


@lru_cache(maxsize=65536)
def _name_shape(name: str, first: str) -> bool:
    """Whether a Han string can be a name at all, whatever its count: no dictionary word, no
    word of a figure's meaning, no grammar character; a person's (from a surname, two or
    three characters) is one word, or the surname and a given name that is no word."""
    if _common(name) or name in NAME_STOPS or _CUE_WORDS.search(name) or name.startswith(_NOT_NAME_STARTS) \
            or name.endswith(_NOT_NAME_ENDS) \
            or any(c in _FUNCTION_CHARS or c in _PRONOUNS for c in name):
        return False
    return len(name) >= 3 or first == name or _transliterated(name)


_TRANSLITERATION = frozenset(c for c in _REPEATED["transliteration"] if not c.isspace())


def _in_transliteration(chars: str) -> bool:
    return all(c in _TRANSLITERATION for c in chars)


@lru_cache(maxsize=65536)
def _transliterated(name: str) -> bool:
    """A run of transliteration characters no dictionary word covers (里皮, 勒夫; not 森林, 伊朗)."""
    return 2 <= len(name) <= 6 and _in_transliteration(name) and not _common(name)


def _repeated_kind(name: str, where: list[tuple[int, int]], norm: str) -> str | None:
    pieces = words(name)
    surname = name.startswith(COMPOUND_SURNAMES) or name[0] in SURNAMES
    given = name[2:] if name.startswith(COMPOUND_SURNAMES) else name[1:]
    lefts = {norm[s - 1] if s else "" for s, _ in where}
    rights = {norm[e] if e < len(norm) else "" for _, e in where}
    if surname and len(name) <= 3 and len(where) >= _REPEATED["person_times"] and name[-1] not in _NOT_NAME_ENDINGS \
            and (len(given) == 1 or not _common(given)) and all(len(w) == 1 or not _common(w) for w in pieces):
        # (归母净利润 thrice: a word always followed by the same one is part of a longer word)
        if len(name) == 3 or not _in_dictionary(name) and len(rights) >= 2 \
                and (len(where) >= 3 or any(_acts(norm, e) for _, e in where)):
            return "person"  # 李澤鉅, 許繹彬, 刘强东; 雷军 (a two-character one no dictionary word, seen acting)
    if _japanese(name) and len(where) >= _REPEATED["person_times"]:
        return "person"  # 山本由伸已經和道奇達成簽約協議: a Japanese name, whatever it does
    if _transliterated(name) and len(where) >= _REPEATED["transliterated_times"] and len(rights) >= 2 \
            and _alone(norm, where) >= 2:
        if any(norm.startswith(_TEAM_SUFFIXES, e) for _, e in where) or _dealing(norm, where) >= 2:
            return "org"  # 希拉尔俱乐部, 艾纳斯队: a team written as its transliterated name
        if len(where) >= 4 or any(_acts(norm, e) for _, e in where):
            return "person"  # 里皮的年薪, 勒夫表示 (jieba cuts 里皮 into 里 + 皮)
    if len(name) < 3 or len(where) < _REPEATED["org_times"] or surname and len(name) == 3 and _acts_often(norm, where):
        return None  # 霍大班…獲加薪: a nickname from a surname is a person's, not a company's
    unknown = any(len(w) > 1 and (not _in_dictionary(w) or _tags().get(w) in _NAME_TAGS) for w in pieces)
    if not unknown or min(len(lefts), len(rights)) < 2:
        return None
    # 扎克伯格表示, 霍大班呢位…獲加薪: a transliterated name or a nickname doing what people do;
    # 特维斯, 奥斯卡: one word jieba's dictionary knows as a person's name
    if any(_PERSON_DESCRIBED.search(norm, max(0, s - 4), s) for s, _ in where):
        return "person"  # 日籍球星大谷翔平: a player, however the name's other company reads
    acts = sum(1 for _, e in where if _acts(norm, e))
    dealing = _dealing(norm, where)
    if dealing >= 2 and dealing >= acts:
        return "org"  # 派拉蒙提高报价, 派拉蒙則上漲: a company (jieba tags it a transliterated person's name)
    return "person" if 2 * acts >= len(where) or len(pieces) == 1 and _tags().get(name) in _PERSON_TAGS else "org"


@lru_cache(maxsize=65536)
def _japanese(name: str) -> bool:
    """A Japanese family name and a two-character given name that is no dictionary word
    (山本由伸, 铃木诚也; not 清水建设, 石川县, 中村学园). One-character given names (中村庄, 田中国)
    read as places and sentences too often."""
    family = next((f for f in JAPANESE_SURNAMES if name.startswith(f)), None)
    given = name[len(family):] if family else ""
    return family is not None and len(given) == 2 and not _common(given) and not _common(name)


def _alone(norm: str, where: list[tuple[int, int]]) -> int:
    """How many of the spans have no transliteration character on either side (not 尔克 of 胡尔克)."""
    return sum(1 for s, e in where if (not s or norm[s - 1] not in _TRANSLITERATION)
               and (e == len(norm) or norm[e] not in _TRANSLITERATION))


def _dealing(norm: str, where: list[tuple[int, int]]) -> int:
    """How many of the spans a company's doing follows (派拉蒙提高报价)."""
    return sum(1 for _, e in where if _ORG_ACTS.match(norm, e))


def _acts_often(norm: str, where: list[tuple[int, int]]) -> bool:
    return any(_acts(norm, e) for _, e in where) or any(_EARNS.search(norm, e, e + 12) for _, e in where)


_EARNS = regex.compile("|".join(("薪", "人工", "收入", "获发", "奖金", "花红")))


def _acts(norm: str, at: int) -> bool:
    """What follows a name at ``at`` is what people do (表示, 的年薪, 拿到)."""
    return bool(_PERSON_CONTEXT.match(norm, at) or _SPEECH_AFTER.match(norm, at))


_HAN_PIECE = regex.compile(r"\p{Han}{2,}")
_NOT_NAME_STARTS = tuple(_REPEATED["not_name_starts"])
_NOT_NAME_ENDS = tuple(_REPEATED["not_name_ends"])
_NAME_TAGS = frozenset(_REPEATED["name_tags"])  # a word jieba knows as a name (not a place: 中国大陆)
_PERSON_TAGS = frozenset(_REPEATED["person_tags"])
_JOINING_WORDS = frozenset({"加盟", "加入", "转会", "转投", "续约", "签约", "投效", *_DATA["signing_verbs"]})
_NAME_PART_TAGS = _PERSON_TAGS | {"nz", "ns"}  # 亚历山大 (ns: the city) + 伊萨克 (nz): one player's two names
_ORG_ACTS = regex.compile(r"\p{Han}{0,2}?(?:" + "|".join(_REPEATED["org_acts"]) + ")")


def _latin_kind(run: str, *, single_ok: bool = False, person_context: bool = False) -> str | None:
    """org for a run with an organisation word (Thinking Machines Lab); person for two or
    three words that start with a given name or hold a pinyin surname (Andrew Tulloch,
    Bowen Zhang), or that the context marks as a person; else nothing (Scaling Laws)."""
    words = [w for w in _latin_parts(run) if w]
    lowered = [w.lower() for w in words]
    if all(w in LATIN_NOT_NAMES for w in lowered):
        return None
    if any(w in LATIN_ORG_WORDS for w in lowered[1:]):
        return "org"
    if len(words) in (2, 3) and not any(w in LATIN_NOT_NAMES for w in lowered):
        named = lowered[0] in GIVEN_NAMES or {lowered[0], lowered[-1]} & _pinyin_surnames()
        if named or person_context or single_ok:
            return "person"
    return "org" if single_ok else None


@lru_cache(maxsize=1)
def _pinyin_surnames() -> frozenset[str]:
    import pypinyin

    readings = (pypinyin.pinyin(s, style=pypinyin.Style.NORMAL, heteronym=True)[0] for s in SURNAMES)
    return frozenset(r for rs in readings for r in rs if len(r) >= 2)


def _latin_parts(run: str) -> list[str]:
    """A run split at each space and interpunct (empty parts kept), as regex.split(r"[ ·]")
    splits it, by str methods: no pattern looked up per call."""
    return run.replace("·", " ").split(" ")


def _slug(latin: str) -> str:
    return regex.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")


@lru_cache(maxsize=1)
def _jieba():
    import jieba  # a segmenter with its dictionary bundled; loaded only when a document needs it

    tokenizer = jieba.Tokenizer()
    jieba.setLogLevel(60)
    _read_jieba_cache(tokenizer)
    return tokenizer


def _read_jieba_cache(tokenizer) -> None:
    """Load jieba's own prefix-dictionary cache read whole: jieba's marshal.load(file) reads it
    object by object (0.8 s a process against 0.25 s). The file and its use are jieba's (its
    default dictionary's cache in the temporary folder); anything else is left to jieba."""
    import jieba

    if tokenizer.cache_file or tokenizer.dictionary != jieba.DEFAULT_DICT:
        return
    try:
        freq, total = marshal.loads((Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache").read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return  # no cache yet, or a bad one: jieba builds it as it always does
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Jieba's words of a short normalised text (a run of Han, a name: such runs repeat)."""
    return tuple(w for w, _, _ in _jieba().tokenize(text))


_SENTENCE_END = regex.compile(r"[。！？!?\n]")


@lru_cache(maxsize=1)
def _jieba_pieces():
    """The pattern jieba's cut splits a sentence by (its runs of Han, Latin and digits)."""
    import jieba

    return jieba.re_han_default


_CACHED_PIECE = 1000  # the longest piece whose words _Words keeps in the words() cache


class _Words:
    """Jieba's words of the normalised text, segmented only where a rule asks (start ->
    (word, end), and end -> start): linear in the text. Jieba cuts a sentence piece by piece
    (its runs of Han, Latin and digits, and what lies between them), each on its own, so the
    piece holding the asked position is all that is segmented: the same words as cutting the
    whole sentence, for a fraction of the work."""

    def __init__(self, norm: str):
        self.norm = norm
        self.starts: dict[int, tuple[str, int]] = {}
        self.by_end: dict[int, int] = {}
        self._pieces: dict[int, list[int]] = {}  # sentence start -> where its pieces start (and its end)
        self._done: set[int] = set()  # pieces segmented, by start
        self._ends = [m.start() for m in _SENTENCE_END.finditer(norm)]  # found once, looked up by bisect

    def _cover(self, at: int) -> None:
        before = bisect.bisect_left(self._ends, at)  # the last sentence end before ``at``
        start = self._ends[before - 1] + 1 if before else 0
        bounds = self._pieces.get(start)
        if bounds is None:
            m = _SENTENCE_END.search(self.norm, at)
            end = m.end() if m else len(self.norm)
            bounds = [start]
            for piece in _jieba_pieces().split(self.norm[start:end]):
                if piece:
                    bounds.append(bounds[-1] + len(piece))
            self._pieces[start] = bounds
        n = bisect.bisect_right(bounds, at) - 1
        if not 0 <= n < len(bounds) - 1 or bounds[n] in self._done:
            return
        self._done.add(bounds[n])
        piece_start, piece_end = bounds[n], bounds[n + 1]
        s = piece_start
        piece = self.norm[piece_start:piece_end]
        cut = words(piece) if len(piece) <= _CACHED_PIECE else words.__wrapped__(piece)
        for word in cut:  # jieba's tokens, end to end
            e = s + len(word)
            self.starts[s] = (word, e)
            self.by_end[e] = s
            s = e

    def get(self, at: int, default=None):
        self._cover(min(at, len(self.norm) - 1) if self.norm else 0)
        return self.starts.get(at, default)

    def __contains__(self, at: int) -> bool:
        return self.get(at) is not None

    def __getitem__(self, at: int) -> tuple[str, int]:
        found = self.get(at)
        if found is None:
            raise KeyError(at)
        return found

    def start_of_word_ending(self, at: int) -> int | None:
        self._cover(max(0, at - 1))
        return self.by_end.get(at)


def _past_descriptor(norm: str, start: int, end: int) -> int:
    """Where a name starting at ``start`` (and ending by ``end``) starts once a company's descriptor
    before it is left out (names.toml company_descriptors: 母企蜜雪集团 -> 蜜雪集团)."""
    descriptor = next((d for d in COMPANY_DESCRIPTORS if norm.startswith(d, start, end)), None)
    return start + len(descriptor) if descriptor is not None else start


def _inside_a_name(norm: str, mention: Mention, tokens: _Words) -> bool:
    """A two-character alias that jieba reads as the end of a three-character name starting
    with a surname (何|小鹏 of 董事长何小鹏): the person's given name, not the company; a city's
    name that names its club, followed by what makes it the city (利物浦大学)."""
    s, e, _ = mention
    if norm.startswith(_CITY_WORDS_AFTER, e) and _tags().get(norm[s:e]) == "ns":
        return True
    if e - s != 2 or s == 0 or norm[s - 1] not in SURNAMES:
        return False
    word, end = tokens.get(s - 1, ("", s - 1))
    return end == e and len(word) == 3


def _named_after_employer(text: str, norm: str, curated: list[Mention], taken: list[bool],
                          tokens: _Words) -> Iterator[tuple[str, list[str]]]:
    """A person's name written right after his company's, with no title (比亚迪王传福, 零跑汽车朱江明):
    a word jieba tags as a personal name, from a surname, two or three characters."""
    for _, e, ent in curated:
        if ent.type != "org" or e >= len(norm):
            continue
        word, end = tokens.get(e, ("", e))
        if 2 <= len(word) <= 3 and word[0] in SURNAMES and _tags().get(word) in ("nr", "nrfg") \
                and not any(taken[e:end]) and name_like(word):
            yield "person", [text[e:end]]


def _name_after(text: str, norm: str, at: int, tokens: _Words) -> tuple[int, int] | None:
    """A person's name right after a title: a Latin name, or a Han name from a surname."""
    latin = _LATIN_RUN.match(text, at) or _LATIN_RUN.match(text, at + 1) if at < len(text) else None
    if latin and latin.start() <= at + 1 and _latin_kind(latin.group(), person_context=True) == "person":
        return latin.start(), latin.end()
    word, end = tokens.get(at, (None, None))
    if word is None or not _HAN_NAME.fullmatch(word):
        return None
    if 2 <= len(word) <= 4 and _tags().get(word) in ("nr", "nrt", "nrfg"):
        return at, _through_interpuncts(norm, end)  # 库克; 安德鲁·博斯沃思 whole
    if not (norm.startswith(COMPOUND_SURNAMES, at) or norm[at] in SURNAMES):
        return None
    if len(word) == 1 and end in tokens:  # 王 / 小川: jieba splits some names
        nxt, nxt_end = tokens[end]
        if 1 <= len(nxt) <= 2 and _HAN_NAME.fullmatch(nxt) and nxt not in NAME_STOPS and name_like(nxt):
            return at, nxt_end
        return None
    if len(word) >= 3 and word[-1] in NAME_STOPS:  # 王旭宁以约5.21亿: jieba glued 以 to the name
        word, end = word[:-1], end - 1
    elif len(word) == 2 and end in tokens and len(tokens[end][0]) == 2 and tokens[end][0][1] in NAME_STOPS \
            and _HAN_NAME.fullmatch(tokens[end][0][0]):  # 刘强|东则以: the name's last character went to 则
        word, end = word + tokens[end][0][0], end + 1
    elif len(word) == 2 and end in tokens and len(tokens[end][0]) == 1 and _tags().get(tokens[end][0]) == "nr" \
            and tokens[end][1] in tokens and tokens[tokens[end][1]][0] in NAME_STOPS:
        word, end = word + tokens[end][0], end + 1  # 总裁马东|辉|的: jieba took the given name's first two
    return (at, end) if 2 <= len(word) <= 4 and word not in NAME_STOPS and name_like(word) else None


# Characters that, split off before a transliterated name, are a word of the sentence, not its first
# syllable (向马克·陈, 由安德鲁·博斯沃思, 与杰伦·布朗).
_NOT_NAME_HEADS = frozenset("向由与和及对被把将在从给让为是的了")


def _interpunct_names(norm: str, tokens: _Words) -> Iterator[tuple[int, int, int]]:
    """(start, end, start of the last part) of each transliterated full name written with
    interpuncts (杰伦·布朗, 谢伊·吉尔杰斯-亚历山大): the word before the first · is no
    dictionary word, and no organisation suffix follows the name."""
    done = -1
    for m in regex.finditer(r"·|(?<=\p{Han})-(?=\p{Han})", norm):
        if m.start() < done:
            continue
        if m.group() == "-":  # 埃林-哈兰德, 德克兰-赖斯: a hyphen between two transliterated parts
            yield from _hyphenated_name(norm, m.start(), tokens)
            continue
        start = tokens.start_of_word_ending(m.start())
        if start is None or not 1 <= m.start() - start <= 5 or not _HAN_NAME.fullmatch(norm[start:m.start()]) \
                or not name_like(norm[start:m.start()]):
            continue
        start = _through_split_head(norm, start, m.start(), tokens)
        end = _through_interpuncts(norm, m.start())
        if end + 2 < len(norm) and norm[end] == "-":  # 吉尔杰斯-亚历山大: a double surname
            word, word_end = tokens.get(end + 1, ("", end))
            if 2 <= len(word) <= 5 and _HAN_NAME.fullmatch(word) and name_like(word):
                end = word_end
        if end <= m.start() + 1 or _SUFFIX.search(norm, m.end(), min(len(norm), end + 3)):
            continue  # 圣·日耳曼俱乐部: a club
        done = end
        last = max(norm.rfind("·", start, end), norm.rfind("-", start, end)) + 1
        yield start, end, last


def _through_split_head(norm: str, start: int, at: int, tokens: _Words) -> int:
    """The start of a name's first part, before ``at``, taking back single transliteration characters the
    segmenter split off (签下|德|克兰·赖斯), never a grammar word (向马克·陈), at most five characters."""
    while start > 0 and at - start < 5 and (before := tokens.start_of_word_ending(start)) == start - 1 \
            and _in_transliteration(norm[before]) and norm[before] not in _NOT_NAME_HEADS:
        start = before
    return start


def _hyphenated_name(norm: str, at: int, tokens: _Words) -> Iterator[tuple[int, int, int]]:
    """A name written 名-名 (埃林-哈兰德): both parts transliteration characters of two to five that
    could be names (name_like), and no organisation suffix after it."""
    start = tokens.start_of_word_ending(at)
    if start is not None:
        start = _through_split_head(norm, start, at, tokens)
    end = tokens.get(at + 1, ("", at))[1]
    while end < len(norm) and end - at <= 5 and (more := tokens.get(end)) and len(more[0]) == 1 \
            and _in_transliteration(more[0]) and not function_word(more[0]):
        end = more[1]
    first, last = (norm[start:at] if start is not None else ""), norm[at + 1:end]
    if not (2 <= len(first) <= 5 and 2 <= len(last) <= 5) \
            or not (_in_transliteration(first) and _in_transliteration(last)):
        return
    if not (name_like(first) and name_like(last)) or _SUFFIX.search(norm, end, min(len(norm), end + 3)):
        return
    yield start, end, at + 1


def _signed_name(norm: str, m: regex.Match, tokens: _Words) -> tuple[int, int] | None:
    """The player named right after a signing verb or a player's descriptor: a word jieba tags as
    a person's name (奥斯卡), or a run of transliteration characters (维尔茨, however jieba cuts
    it); after a verb, not the club a descriptor then follows (签下纽卡中锋伊萨克: 纽卡 is the club)."""
    word, end = tokens.get(m.end(), ("", m.end()))
    if not (2 <= len(word) <= 5 and _HAN_NAME.fullmatch(word)):
        return None
    while end < len(norm) and end - m.end() < 6 and norm[end] in _TRANSLITERATION \
            and _in_transliteration(word) and not _SIGNED.match(norm, end) \
            and len(tokens.get(end, ("", end))[0]) <= 1:  # (not into 加盟)
        end += 1  # 维尔|茨: the transliterated name runs on
    tail, tail_end = tokens.get(end, ("", end))
    if len(tail) == 1 and _HAN_NAME.fullmatch(tail) and tail not in _FUNCTION_CHARS and tail not in _AFTER_A_NAME \
            and end - m.end() < 5 and _in_transliteration(norm[m.end():end]) \
            and (tail_end >= len(norm) or not _HAN_NAME.fullmatch(norm[tail_end]) or norm[tail_end] in _FUNCTION_CHARS):
        end = tail_end  # 维尔|茨 (茨 is no transliteration character): a one-character word ends the name
    name = norm[m.end():end]
    runs_on = _in_transliteration(name[:-1]) and not _in_dictionary(name)
    described = m.group().rstrip("了") in PLAYER_WORDS
    second, second_end = tokens.get(end, ("", end))
    if described and 2 <= len(second) <= 4 and len(name) <= 4 and _HAN_NAME.fullmatch(second) \
            and _tags().get(name) in _NAME_PART_TAGS and _tags().get(second) in _NAME_PART_TAGS \
            and second not in _JOINING_WORDS:  # (加盟 is tagged a place)
        return m.end(), second_end  # 前锋亚历山大|伊萨克: a given name and a surname, each a word
    tag = _tags().get(name)
    if _SIGNED.match(norm, end) and not described or name in PLAYER_WORDS:
        return None  # a club, then its player's descriptor; a second descriptor (中场新星)
    if tag in _PERSON_TAGS or (described and tag == "nz") or _transliterated(name) or runs_on:
        return m.end(), end
    return None


def _surname_alone(last: str) -> bool:
    """The last part of a transliterated name (杰米·戴蒙) that the article may write alone for the
    person: three characters or more, or two that are no dictionary word (戴蒙, not 安全)."""
    return len(last) >= 3 or len(last) == 2 and not _in_dictionary(last)


def _through_interpuncts(norm: str, end: int) -> int:
    """Extend a name across 名·名 parts, up to five characters a part, stopping before a
    grammar word or a dictionary word (马克·陈|在内部信, 米拉·穆拉蒂|创办)."""
    while end + 1 < len(norm) and norm[end] == "·":
        at = end + 1
        while at < end + 6 and at < len(norm) and _HAN_NAME.fullmatch(norm[at]) and norm[at] != "·":
            pair = norm[at:at + 2]
            if norm[at] in _FUNCTION_CHARS or (at > end + 1 and _common(pair) and not _in_transliteration(pair)):
                break  # 马克·陈|在内部信, 米拉·穆拉蒂|创办; not 安德鲁·图|洛克 (洛克 a word, and a name's)
            if at >= end + 3 and norm[at] not in _TRANSLITERATION and _in_transliteration(norm[end + 1:at]):
                break  # 安德鲁·图洛克|却: a transliterated part ends where its characters do
            at += 1
        if at == end + 1:
            break
        end = at
    return end


@lru_cache(maxsize=65536)
def _in_dictionary(word: str) -> bool:
    """A word of jieba's dictionary (its table also holds every prefix, with count 0)."""
    return _jieba().FREQ.get(word, 0) > 0


@lru_cache(maxsize=65536)
def _common(word: str) -> bool:
    """A word jieba's dictionary knows as something other than a personal name."""
    return _in_dictionary(word) and _tags().get(word) not in ("nr", "nrt", "nrfg")


def _person_before(norm: str, at: int, tokens: _Words) -> tuple[int, int] | None:
    """A Chinese name ending where a person context starts: three or two characters from a
    surname, no dictionary word, starting at a word boundary (余家辉从…, 杨植麟表示), or a
    name jieba knows (库克的年薪)."""
    for size in (3, 2):
        start = at - size
        word = norm[start:at] if start >= 0 else ""
        if not _HAN_NAME.fullmatch(word) or "·" in word or start and norm[start - 1].isdigit():
            continue  # 1800万欧年薪: the figure's unit, not the surname 万
        if _tags().get(word) in ("nr", "nrt", "nrfg"):
            return start, at
        boundary = start == 0 or not _HAN_NAME.fullmatch(norm[start - 1]) or start in tokens
        grammar = any(c in _FUNCTION_CHARS or c in _PRONOUNS or c in _NOT_NAME_ENDINGS for c in word[1:])
        if not boundary or word[0] not in SURNAMES or grammar or _in_dictionary(word):
            continue
        if size == 3 and _tags().get(word[:2]) in COMMON_WORD_TAGS:
            continue  # 监管文件中表示: 文件 + 中, a noun before the verb
        if size == 3 and not _common(word[1:]):
            return start, at  # 余家辉, 杨植麟: the given name is no known word
        if size == 2 and not _common(word):
            return start, at
    return None


_LEGAL = regex.compile("|".join(regex.escape(s) for s in LEGAL_SUFFIXES))
_LEGAL_LONGEST = 12  # Han characters of a registered name before its legal form


def _legal_name(norm: str, at: int) -> tuple[int, int] | None:
    """The name before a legal form ending at ``at``: the words back to a grammar word, a
    verb or a stop word (依法对|滴滴全球股份|有限公司), at least two characters; a bracketed
    place inside it (阿里巴巴(中国)有限公司) belongs to it."""
    head = at
    while head > 0 and at - head < _LEGAL_LONGEST and (_HAN_NAME.fullmatch(norm[head - 1])
                                                        or norm[head - 1] in "()（）"):
        head -= 1
    start = at
    for word in reversed(words(norm[head:at])):
        if word in NAME_STOPS or any(c in _FUNCTION_CHARS for c in word) \
                or (_tags().get(word) or "").startswith(("v", "p", "d", "r", "c", "m")):
            break
        start -= len(word)
    while start < at and norm[start] in "()（）":
        start += 1
    if at - start < 2 or all(w in LEGAL_GENERIC_WORDS for w in words(norm[start:at])):
        return None  # 科技有限公司, 该有限公司: a kind of company, no name
    return start, at


def _legal_short_form(text: str, norm: str, span: tuple[int, int]) -> list[str]:
    """A registered name as the article goes on writing it: its words before the generic ones
    (滴滴全球股份 -> 滴滴, 宁德时代新能源科技股份 -> 宁德时代), if two characters or more and not a
    place alone (中国 of 中国移动通信)."""
    cut = words(regex.sub(r"[(（][^)）]*[)）]", lambda m: "\0" * len(m.group()), norm[span[0]:span[1]]))
    kept = 0
    for w in cut:
        if w in LEGAL_GENERIC_WORDS or "\0" in w:
            break
        kept += len(w)
    short = norm[span[0]:span[0] + kept]
    if kept < 2 or kept == span[1] - span[0] or _tags().get(short) == "ns":
        return []
    return [text[span[0]:span[0] + kept]]


def _without_suffix(name: str, name_norm: str) -> list[str]:
    """A suffixed name as the article goes on writing it (日本製鐵公司: 日本製鐵), if two characters
    or more are left; ``name_norm`` is its normalised form."""
    short = next((name[:-len(x)] for x in SHORT_FORM_SUFFIXES if name_norm.endswith(x)), "")
    return [short] if len(short) >= 2 else []


def _short_forms(text: str, norm: str, start: int, suffix: regex.Match) -> list[str]:
    """What the article may call an organisation found by its suffix once it has named it:
    上海申花俱乐部 is also 上海申花 and, its place dropped, 申花."""
    if suffix.group() not in SHORT_FORM_SUFFIXES:
        return []
    head = norm[start:suffix.start()]
    cut = words(head)
    out = [text[start:suffix.start()]] if len(head) >= 2 else []
    if len(cut) == 1:  # jieba's one word 上海申花: a place of two or three characters, then a name
        cut = next(((head[:k], head[k:]) for k in (2, 3) if len(head) - k >= 2 and _tags().get(head[:k]) == "ns"),
                   cut)
    if len(cut) == 2 and _tags().get(cut[0]) == "ns" and len(cut[1]) >= 2 and _proper(cut[1]):
        out.append(text[start + len(cut[0]):suffix.start()])
    return out


def _past_place_across(norm: str, head: int, limit: int) -> int:
    """Where a name starting at ``head`` starts once a place cut by the word boundary is left
    out (jieba cuts 沙乌地阿|拉伯|艾纳斯队: the name is 艾纳斯队, not 拉伯艾纳斯队): the first place
    of the table, at its nearest cut, that straddles ``head``. The few spans across ``head``
    are looked up in the table rather than the table scanned."""
    if head < _LONGEST_PLACE:  # a start before 0 counts from the end in startswith: the plain loop
        return _past_place_across_plain(norm, head, limit)
    best: tuple[int, int, int] | None = None  # (place's order, cut, end)
    for size in _PLACE_SIZES:
        for k in range(1, size):
            if head - k + size <= limit:
                order = _PLACE_ORDER.get(norm[head - k:head - k + size])
                if order is not None and (best is None or (order, k) < best[:2]):
                    best = (order, k, head - k + size)
    return best[2] if best is not None else head


def _past_place_across_plain(norm: str, head: int, limit: int) -> int:
    for place in _PLACES:
        for k in range(1, len(place)):
            if norm.startswith(place, head - k) and head - k + len(place) <= limit:
                return head - k + len(place)
    return head


_PLACE_ORDER = {place: i for i, place in reversed(list(enumerate(_PLACES)))}  # a place -> its first row
_PLACE_SIZES = sorted({len(place) for place in _PLACES})
_LONGEST_PLACE = max(_PLACE_SIZES, default=0)


def _org_before(norm: str, start: int, end: int, tokens: _Words) -> tuple[int, int] | None:
    """An organisation's name ending in a suffix: the one or two words just before it, each
    a proper noun or a word jieba's dictionary does not know (高瓴 + 资本, 百川 + 智能)."""
    head, words = start, 0
    whole = tokens.start_of_word_ending(end)  # 申花俱乐部 as one word: its head is 申花
    if whole is not None and whole < start and tokens.start_of_word_ending(start) is None \
            and _proper(norm[whole:start]):
        head, words = whole, 1
    while words < 2:
        prev = tokens.start_of_word_ending(head)
        if prev is None or not _proper(norm[prev:head]):
            break
        head, words = prev, words + 1
    head = _past_place_across(norm, head, start)
    head = _past_descriptor(norm, head, start)  # 母企蜜雪集團: jieba cut 母企蜜|雪|集团, the name is 蜜雪集团
    if head == start or start - head < 2 or norm[max(0, head - 2):head].endswith(NOT_NAME_HEADS) \
            or (norm[max(0, head - 2):head].endswith(_BEFORE_A_VERB) and not _tags().get(norm[head:start])):
        return None  # (他将辭任公司: an unknown word after a modal is a verb, 辞任)
    if norm[start:end] in INDUSTRY_SUFFIXES and _tags().get(norm[head:start]) == "ns":
        return None  # 美国科技(公司), 欧洲半导体: a place and an industry, no name
    return head, end


# jieba's tags of a whole word that is never a subject's name: adverbs, prepositions,
# conjunctions, pronouns, particles, times and numerals (相较市值, 此次估值, 目前营收)
_FUNCTION_WORD_TAGS = frozenset({"d", "p", "c", "r", "u", "t", "m"})


def function_word(han: str) -> bool:
    """Whether jieba's dictionary has the whole normalised run as a function word (相较: an adverb)."""
    return _tags().get(han) in _FUNCTION_WORD_TAGS


@lru_cache(maxsize=65536)
def name_like(han: str) -> bool:
    """A Han run that can be a name: not a common dictionary word (开源, 关系), unless a
    proper noun; a run jieba splits into unknown or one-character words passes (皮查/伊)."""
    cut = _name_words(han)
    if any(c in _PRONOUNS for c in han) or _grammar_word_in(han):
        return False  # 关注的是, 和他: grammar words, not a name
    return all(len(w) == 1 or _proper(w) for w in cut)


def _grammar_word_in(han: str) -> bool:
    """Whether jieba cuts a one-character grammar word out of the run (换取|其, 关注|的|是)."""
    return any(len(w) == 1 and w in _FUNCTION_CHARS for w in _name_words(han))


def _name_words(han: str) -> list[str]:
    """Jieba's words of a candidate name, without the interpunct between its parts."""
    return [w for w in words(han) if w != "·"]


@lru_cache(maxsize=65536)
def is_phrase(han: str) -> bool:
    """A normalised Han run that jieba cuts into two or more words, one of them a grammar
    word (names.toml grammar_tags): a verb phrase or two names joined, not one name."""
    cut = _name_words(han)
    return len(cut) > 1 and any(_tags().get(w) in GRAMMAR_TAGS for w in cut)


@lru_cache(maxsize=65536)
def _proper(word: str) -> bool:
    if not (_HAN_NAME.fullmatch(word) or regex.fullmatch(r"[a-z][a-z0-9.&\-]*", word)) or word in LATIN_NOT_NAMES:
        return False
    if word in NAME_STOPS or word in NOT_NAME_HEADS or word in ORG_SUFFIXES:
        return False
    tag = _tags().get(word)
    return tag in PROPER_TAGS or (tag is None and not _in_dictionary(word))


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    """The part-of-speech tag of each word of jieba's dictionary: the table jieba.posseg reads
    from its dictionary file at import (0.4 s a process), here read the same way once and
    then kept as a marshal file beside jieba's own cache (read back in less than half that)."""
    import jieba

    if "jieba.posseg" in sys.modules or jieba.dt.dictionary != jieba.DEFAULT_DICT:
        return _posseg_tags()
    try:
        with jieba.get_module_res(jieba.DEFAULT_DICT_NAME) as f:
            stat = os.fstat(f.fileno())
            key = hashlib.sha256(f"{f.name}|{stat.st_size}|{stat.st_mtime_ns}|{jieba.__version__}".encode())
            cache = Path(tempfile.gettempdir()) / f"claims-engine-jieba-tags-{key.hexdigest()[:16]}"
            try:
                stored = marshal.loads(cache.read_bytes())
                if isinstance(stored, dict):
                    return stored
            except (OSError, EOFError, ValueError, TypeError):
                pass
            tags = {}
            for line in f:  # as jieba.posseg.POSTokenizer.load_word_tag reads it
                line = line.strip().decode("utf-8")
                if line:
                    word, _, tag = line.split(" ")
                    tags[word] = tag
    except (OSError, AttributeError, ValueError):  # no file, no fileno, a line jieba would refuse
        return _posseg_tags()
    fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=cache.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            marshal.dump(tags, out)
        os.replace(tmp, cache)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return tags


def _posseg_tags() -> dict[str, str]:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


@lru_cache(maxsize=65536)
def name_tail(run: str) -> int:
    """How many characters at the end of a Han run are a name: jieba's last word, with the
    words before it that its dictionary does not know or that are single characters (皮查/伊,
    月/之/暗面, 亚历山大/·/王), stopping at a known word (宣布 智谱)."""
    cut = words(run)
    size = len(cut[-1]) if cut else 0
    for word in reversed(cut[:-1]):
        if size + len(word) > 8 or (len(word) > 1 and _in_dictionary(word) and word != "·") \
                or word in _FUNCTION_CHARS:  # 與帕桑(Jeff Passan): 帕桑
            break
        size += len(word)
    return size


def _initials_of(name: str, short: str) -> bool:
    """Whether ``short`` is the initials of a Latin name of two or more words, or its capitals
    (Electronic Arts: EA; Safe SuperIntelligence: SSI)."""
    parts = name.split()
    if len(parts) < 2 or not _LATIN_RUN.fullmatch(name) or not regex.fullmatch(r"[A-Z]{2,6}", short):
        return False
    return short in ("".join(p[0] for p in parts).upper(), "".join(c for c in name if c.isupper()))


def _last_name_before(text: str, norm: str, at: int) -> tuple[int, int] | None:
    """The name written just before a bracket: a Latin run, or the Han run that ends there,
    cut after the last title in it (其创始人王小川), else to jieba's last word (宣布智谱)."""
    latin = _latin_before(text, at)
    if latin:
        return latin
    run = regex.search(r"[\p{Han}·]{1,16}$", norm[max(0, at - 16):at])
    if not run:
        return None
    start = at - len(run.group())
    titles = list(_TITLE.finditer(norm, start, at))
    described = [d for d in _DESCRIBES.finditer(norm, start, at) if 2 <= at - d.end() <= 7]
    people = [d for d in _PERSON_WORD.finditer(norm, start, at) if at - d.end() >= 2]
    if titles or people:  # 其创始人王小川, 26歲強打索托(Juan Soto): the name after the title or descriptor
        start = max(d.end() for d in (*titles, *people))
    elif described:  # 荷里活電影公司華納兄弟探索（WBD）: the name after what describes it
        start = described[-1].end()
    else:  # 小熊簽下山本由伸(Yoshinobu Yamamoto): a Japanese name is whole, however jieba cuts it
        run_start = start
        start = next((at - k for k in (5, 4) if at - k >= start and _japanese(norm[at - k:at])),
                     at - name_tail(norm[start:at]))
        chain = regex.search(r"(\p{Han}+)(?:·\p{Han}+)+$", norm[run_start:at])
        if chain and start > run_start + chain.end(1) - 1:  # 傑米·戴蒙(Jamie Dimon): all of it, not ·戴蒙
            start = run_start + chain.end(1) - name_tail(chain.group(1))
    name = norm[start:at]
    return (start, at) if len(name) >= 2 and name not in NAME_STOPS else None


# What describes the company named right after it (電影公司華納兄弟探索, 串流龍頭Netflix).
_PERSON_DESCRIBED = regex.compile("(?:" + "|".join(_DATA["person_descriptors"]) + r")\s*$")
_PERSON_WORD = regex.compile("|".join(_DATA["person_descriptors"]) + r"|(?<=\d)岁")  # (26岁: an age)
_DESCRIBES = regex.compile("|".join(sorted((*_DATA["org_descriptors"], *ORG_SUFFIXES), key=len, reverse=True)))
