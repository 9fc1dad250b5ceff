"""Load article files into ``Document``s: decode, reduce to article text, gather metadata.

The one loader: ``claims mentions`` and ``claims ingest`` both read through ``expand`` (the
folder walk, once) and ``iter_documents`` (decode, HTML to article text, metadata), so they
see the same text and the same figures.  Offsets are into ``Document.text``: the decoded file
itself for text, the same with front matter blanked (same length) for Markdown, the article
text for HTML.

Metadata precedence, highest first: the caller's ``metadata`` argument, the folder's
``index.json`` sidecar, the file's own structured metadata (Markdown front matter,
HTML <meta>), and last what the article header states (rules in data/documents.toml).
A file either loads whole or raises ``DocumentError``: nothing is half-ingested. Decoding is
``claims.decoding``.

A text longer than ``MAX_PART`` characters (``--max-size``) is read in ``parts``: pieces cut
at line breaks, each with the few lines before it as context, analysed one at a time with
offsets mapped back into the whole text (``Part.rebase``, ``Part.mentions``). Rules that
look at the whole document (its main organisation, the same figure elsewhere, which yuan it
means) see one part; the rules of a sentence or a few paragraphs see what they would in the
whole. A paragraph longer than the limit cannot be cut and is refused.

Nothing is skipped without a word: a missing path, a folder that cannot be read, an
article-named entry that is not a regular file (a FIFO is refused before it is read, and
every file is opened non-blocking, so nothing can block), a bad ``index.json`` entry and a
file that cannot be decoded each become a ``LoadError`` in their place, and the rest are
read. File names that are not UTF-8 are read under their printable form (``caf\\xe9.txt``,
core.errors.printable).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from claims import MAX_PART, STDIN
from claims.decoding import decode
from claims.errors import DocumentError
from core import diskcache, patterns
from core.errors import printable

if TYPE_CHECKING:
    from core.schema import Claim, Document
    from parsers import MoneyMention

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FIELDS = ("outlet", "author", "published", "url")
SIDECAR = "index.json"
# Lines of the text before a part that it reads again for context and drops the claims of:
# the claim rules look back at most three paragraphs (claims.build).
CONTEXT_LINES = 3
TRADITIONAL_RATIO = 0.05  # seeds: simplified ≤ 0.001 changed by t2s, traditional ≈ 0.33
_DATA = diskcache.toml(Path(__file__).parent / "data" / "documents.toml")  # (tomllib's reading, kept as JSON)
_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form")
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "pre", "tr", "section", "figcaption", "dd", "dt", "table", "ul", "ol")
_PARA = "\u2029"  # block boundary marker while flattening HTML
# (written for the regex module: core.patterns.regex_compile reads them as it does, with the stdlib re; their
# stored code in a file of their own, not the claim builder's, which `claims mentions` never reads)
_GROUP = "documents"
_FRONT_MATTER = patterns.regex_compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S,
                                       group=_GROUP)
_DATE = patterns.regex_compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", group=_GROUP)


class Article(NamedTuple):
    """A Document's fields without the model (``light=True``): what ``claims mentions`` reads,
    which so never imports pydantic (a fifth of its start-up). Every value is already of its
    field's type (``_coerce``), so the model would check nothing more."""

    id: str
    path: str
    text: str
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    script: str = "unknown"
    encoding: str = "utf-8"


@dataclass(frozen=True)
class LoadError:
    """An input ``iter_documents`` could not load; the run goes on with the others.
    ``error`` is the typed DocumentError; only the CLI turns it into text."""

    path: str
    error: DocumentError

    def __str__(self) -> str:
        return str(self.error)


@dataclass(frozen=True)
class HeaderRule:
    name: str
    field: str
    pattern: re.Pattern
    max_line: int
    examples: tuple[tuple[str, str], ...]

    def match(self, line: str) -> str | date | None:
        """The value this rule reads from one header line, or None."""
        if len(line) > self.max_line or not (m := self.pattern.search(line)):
            return None
        if self.field == "published":
            return _make_date(m["y"], m["m"], m["d"])
        return m["value"].strip()


def _header_rules() -> tuple[HeaderRule, ...]:
    outlets = "|".join(patterns.regex_escape(o) for o in sorted(_DATA["outlets"], key=len, reverse=True))
    return tuple(
        HeaderRule(
            name=r["name"], field=r["field"], max_line=r["max_line"],
            pattern=patterns.regex_compile(r["pattern"].replace("{outlets}", outlets), group=_GROUP),
            examples=tuple(tuple(e) for e in r.get("examples", ())),
        )
        for r in _DATA["header"]
    )


HEADER_RULES = _header_rules()
_NOT_LINE_END = patterns.regex_compile(r"[^\r\n]", group=_GROUP)


# --- public API ------------------------------------------------------------------

def load_document(
    path: str | os.PathLike, *, display_path: str | None = None, metadata: dict | None = None,
    encoding: str | None = None, light: bool = False,
) -> Document | Article:
    """Read one article file; raise ``DocumentError`` naming the file if it cannot.
    ``encoding`` forces one (else ``decode`` finds it)."""
    path = Path(path)
    shown = display_path or printable(str(path))
    sidecar = _sidecar_entry(path)
    return load_bytes(_read(path, shown), shown, path.suffix, metadata=metadata, sidecar=sidecar,
                      encoding=encoding, light=light)


@dataclass(frozen=True)
class RawFile:
    """One input file as read, before any parsing: its bytes and its sidecar entry. Turning it
    into a Document (``load``) is pure, so it can run in another process; ``stamp`` says
    whether the file is as it was when last ingested without decoding it."""

    shown: str
    data: bytes
    suffix: str
    sidecar: dict

    def load(self, encoding: str | None = None) -> Document:
        return load_bytes(self.data, self.shown, self.suffix, sidecar=self.sidecar, encoding=encoding)

    def stamp(self, encoding: str | None = None, max_size: int = MAX_PART) -> str:
        """A digest of everything the document is made from: the bytes, the file's kind, its
        sidecar entry, a forced encoding, and ``max_size`` when the file could be cut into
        parts by it (its text has at most one character per byte: a smaller file is read
        whole at any limit, and keeps its stamp)."""
        digest = hashlib.sha256(self.data)
        made_from = [self.suffix.lower(), encoding, self.sidecar] + ([max_size] if len(self.data) > max_size else [])
        digest.update(json.dumps(made_from, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8"))
        return digest.hexdigest()


def read_file(path: str) -> RawFile | LoadError:
    """One file's bytes and sidecar entry (``load_document`` without the parsing)."""
    shown = printable(path)
    try:
        sidecar = _sidecar_entry(Path(path))  # as load_document: a bad sidecar is the error named first
        return RawFile(shown, _read(Path(path), shown), Path(path).suffix, sidecar)
    except DocumentError as e:
        return LoadError(shown, e)


def load_bytes(
    data: bytes, shown: str, suffix: str = ".txt", *, metadata: dict | None = None, sidecar: dict | None = None,
    encoding: str | None = None, light: bool = False,
) -> Document | Article:
    """One article from its bytes (a file's, or standard input's); ``suffix`` picks the format;
    ``light``: as an Article."""
    text, encoding = decode(data, shown, encoding)
    text, embedded = _extract(text, suffix.lower())
    if not text.strip():
        raise DocumentError(shown, "no article text after decoding and extraction")
    layers = [("metadata argument", metadata or {}), (SIDECAR, sidecar or {}),
              ("embedded metadata", embedded), ("article header", header_metadata(text))]
    fields = dict(id=hashlib.sha256(text.encode("utf-8")).hexdigest(), path=shown, text=text,
                  script=detect_script(text), encoding=encoding, **_merge(shown, layers))
    if light:
        return Article(**fields)
    from core.schema import Document  # (pydantic: not imported by `claims mentions`)

    return Document(**fields)


def expand(paths: Iterable[str | os.PathLike]) -> list[str | LoadError]:
    """The inputs to read, in order: folders walked once (``walk``); a missing path, an empty
    folder or a named file that is not a regular one becomes a LoadError in its place."""
    out: list[str | LoadError] = []
    for given in map(os.fspath, paths):
        if given == STDIN:
            out.append(given)
            continue
        try:
            info = os.stat(given)
        except FileNotFoundError:
            out.append(_missing(given, "no such file or folder"))
            continue
        except OSError as e:
            out.append(_missing(given, f"cannot read: {e.strerror or e}"))
            continue
        if stat.S_ISDIR(info.st_mode):
            out += walk(given) or [_missing(given, f"folder has no article files ({', '.join(SUFFIXES)})")]
        elif stat.S_ISREG(info.st_mode):
            out.append(given)
        else:
            out.append(_missing(given, _not_regular(info.st_mode)))
    return out


def iter_documents(
    paths: Iterable[str | os.PathLike | LoadError], *, stdin: BinaryIO | None = None, encoding: str | None = None,
    light: bool = False,
) -> Iterator[Document | Article | LoadError]:
    """Documents of ``paths`` (files, folders, ``-`` for ``stdin``, or ``expand``'s output);
    an input that cannot be loaded becomes a LoadError and the run goes on. ``encoding``
    forces one for every input; ``light`` gives Articles."""
    items = list(paths)
    if not all(isinstance(i, LoadError) or (isinstance(i, str) and (i == STDIN or not os.path.isdir(i)))
               for i in items):
        items = expand(items)
    for item in items:
        if isinstance(item, LoadError):
            yield item
        elif item == STDIN:
            yield _stdin_document(stdin, encoding, light)
        else:
            yield _load_or_error(item, encoding, light)


def _stdin_document(stdin: BinaryIO | None, encoding: str | None,
                    light: bool = False) -> Document | Article | LoadError:
    if stdin is None:
        return _missing(STDIN, "standard input is read by 'claims mentions' only")
    if stdin.closed:
        return _missing(STDIN, "standard input is closed")
    try:
        return load_bytes(stdin.read(), STDIN, encoding=encoding, light=light)
    except DocumentError as e:
        return LoadError(STDIN, e)
    except (OSError, ValueError) as e:  # closed or unreadable stdin
        return _missing(STDIN, f"cannot read standard input: {e}")


def _missing(path: str, problem: str) -> LoadError:
    shown = printable(path)
    return LoadError(shown, DocumentError(shown, problem))


def _not_regular(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))
    kind = next((name for test, name in kinds if test(mode)), "not a file")
    return f"not a regular file ({kind}); not read"


def detect_script(text: str) -> str:
    """simplified / traditional, by the share of Han characters OpenCC's t2s table changes."""
    from parsers.text import traditional_share  # the parser's tables: not loaded by a rerun that parses nothing

    traditional = traditional_share(text, TRADITIONAL_RATIO)
    if traditional is None:
        return "unknown"
    return "traditional" if traditional else "simplified"


def header_metadata(text: str) -> dict[str, Any]:
    """What the first lines of the article state about itself (first rule wins per field)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][: _DATA["header_lines"]]
    found: dict[str, Any] = {}
    for rule in HEADER_RULES:
        if rule.field in found:
            continue
        for line in lines:
            if (value := rule.match(line)) is not None:
                found[rule.field] = value
                break
    return found


@dataclass(frozen=True)
class Part:
    """A piece of a long document, analysed alone. ``document`` is the original with ``text``
    a slice of it starting at ``offset``; its first ``context`` characters are the lines
    before the piece, read again so the rules that look back see them, and the claims found
    in them belong to the previous part."""

    document: Document | Article
    offset: int
    context: int

    def rebase(self, claims: list[Claim]) -> list[Claim]:
        """The part's claims as claims of the whole document: offsets (and so ids, and the
        ids restatements point to) into the original text; those of the context left out."""
        if self.offset == 0:
            return claims
        from core.schema import claim_id

        doc_id = self.document.id
        moved = {c.id: claim_id(doc_id, c.start + self.offset, c.end + self.offset) for c in claims}
        return [c.model_copy(update={
            "id": moved[c.id], "start": c.start + self.offset, "end": c.end + self.offset,
            "restates": moved.get(c.restates, c.restates)}) for c in claims if c.start >= self.context]

    def mentions(self) -> list[MoneyMention]:
        """The money mentions of the part (not of its context), offsets into the original."""
        from parsers import extract_money  # the parser's tables: loaded by the first part read

        found = extract_money(self.document.text)
        if self.offset == 0:
            return found
        return [replace(m, start=m.start + self.offset, end=m.end + self.offset)
                for m in found if m.start >= self.context]


def parts(document: Document | Article, max_size: int = MAX_PART) -> Iterator[Part]:
    """The document as pieces of at most ``max_size`` characters, cut at line breaks, each
    with up to CONTEXT_LINES lines before it (at most a quarter of ``max_size``); one part
    when it fits. A line longer than ``max_size`` cannot be cut where the rules would read it
    right: DocumentError naming the line, the limit and ``--max-size``. The cuts are found
    here, before the first part is read; each part's text is sliced only when it is reached,
    so one slice is held at a time."""
    text = document.text
    if len(text) <= max_size:
        return iter([Part(document, 0, 0)])
    cuts, start = [0], 0
    while len(text) - start > max_size:
        cut = text.rfind("\n", start, start + max_size) + 1
        if cut <= start:
            stop = text.find("\n", start)
            size = (len(text) if stop < 0 else stop) - start
            raise DocumentError(document.path, f"a paragraph of {size:,} characters is longer than the "
                                f"{max_size:,}-character limit; raise it with --max-size",
                                line=text.count("\n", 0, start) + 1)
        cuts.append(start := cut)
    cuts.append(len(text))
    return (_part(document, begin, end, max_size // 4) for begin, end in pairwise(cuts))


def _part(document: Document | Article, begin: int, end: int, most: int) -> Part:
    """[begin, end) of the text, with the CONTEXT_LINES lines before it that lie within ``most``."""
    text = document.text
    before, reach = begin, max(0, begin - most)
    for _ in range(CONTEXT_LINES if begin else 0):
        back = text.rfind("\n", reach, before - 1)
        if back < 0:
            before = reach if reach == 0 else before
            break
        before = back + 1
    piece = text[before:end]
    return Part(document._replace(text=piece) if isinstance(document, Article)
                else document.model_copy(update={"text": piece}), before, begin - before)


# --- reading -----------------------------------------------------------------------

def _read(path: Path, shown: str) -> bytes:
    """A regular file's bytes. Opened non-blocking and checked before reading: a FIFO that
    took the place of a file is refused, not waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise DocumentError(shown, "no such file") from None
    except OSError as e:
        raise DocumentError(shown, f"cannot read: {e.strerror or e}") from e
    with os.fdopen(fd, "rb") as file:
        mode = os.fstat(file.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise DocumentError(shown, _not_regular(mode))
        try:
            return file.read()
        except OSError as e:
            raise DocumentError(shown, f"cannot read: {e.strerror or e}") from e


# --- formats -----------------------------------------------------------------------

def _extract(text: str, suffix: str) -> tuple[str, dict[str, Any]]:
    if suffix in (".html", ".htm"):
        return _html(text)
    if suffix in (".md", ".markdown"):
        return _markdown(text)
    return text, {}


def _markdown(text: str) -> tuple[str, dict[str, Any]]:
    """Strip a YAML front matter block and read flat ``key: value`` pairs from it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    # Blanked, not cut: offsets into the text stay offsets into the file.
    blank = _NOT_LINE_END.sub(" ", text[:m.end()])
    pairs = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-", "#")):
            pairs[key.strip().lower()] = _yaml_scalar(value)
    return blank + text[m.end():], _pick(pairs, _DATA["front_matter"])


def _yaml_scalar(value: str) -> str:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):  # a flow list: authors
        return ", ".join(_yaml_scalar(v) for v in value[1:-1].split(",") if v.strip())
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _html(markup: str) -> tuple[str, dict[str, Any]]:
    from bs4 import BeautifulSoup  # loaded at the first HTML file: 0.15 s a text corpus never needs

    soup = BeautifulSoup(markup, "html.parser")
    meta = _html_meta(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    for block in root.find_all(_BLOCK_TAGS):
        block.insert_before(_PARA)
        block.insert_after(_PARA)
    # Source whitespace inside a block is layout; only block edges are breaks.
    paragraphs = (" ".join(part.split()) for part in root.get_text().split(_PARA))
    return "\n".join(p for p in paragraphs if p), meta


def _html_meta(soup: Any) -> dict[str, Any]:  # a bs4 BeautifulSoup
    named = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key and tag.get("content") and key not in named:
            named[key] = tag["content"].strip()
    found = _pick(named, _DATA["html_meta"])
    if "url" not in found and (link := soup.find("link", rel="canonical")) and link.get("href"):
        found["url"] = link["href"].strip()
    if "published" not in found and (time := soup.find("time", datetime=True)):
        found["published"] = time["datetime"]
    if "title" not in found and soup.title and soup.title.string:
        found["title"] = soup.title.string.strip()
    return found


def _pick(pairs: dict[str, str], keys_by_field: dict[str, list[str]]) -> dict[str, Any]:
    """Map source keys to Document fields: the first key present wins."""
    found = {}
    for field, keys in keys_by_field.items():
        for key in keys:
            if pairs.get(key):
                found[field] = pairs[key]
                break
    return found


# --- metadata ----------------------------------------------------------------------

def _merge(shown: str, layers: list[tuple[str, dict]]) -> dict[str, Any]:
    """For each field, the first layer that states it (None and "" state nothing)."""
    merged: dict[str, Any] = {}
    for field in FIELDS:
        for source, layer in layers:
            value = layer.get(field)
            if value is not None and value != "":
                merged[field] = _coerce(field, value, shown, source)
                break
    return merged


def _coerce(field: str, value: Any, shown: str, source: str) -> Any:
    if field != "published":
        return str(value).strip()
    parsed = parse_date(value)
    if parsed is None:
        raise DocumentError(shown, f"{source}: published {value!r} is not a date")
    return parsed


def parse_date(value: Any) -> date | None:
    """A date from a date, datetime, or text starting with Y-M-D / Y年M月D日; else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = _DATE.match(str(value))
    return _make_date(*m.groups()) if m else None


def _make_date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _sidecar_entry(path: Path) -> dict:
    index = path.parent / SIDECAR
    try:
        stat = index.stat()
    except OSError:
        return {}
    try:
        return _read_sidecar(str(index), stat.st_mtime_ns, stat.st_size)[0].get(path.name, {})
    except DocumentError as e:  # reported by each file it describes: name the file, then the sidecar
        raise DocumentError(printable(str(path)), f"{printable(str(index))}: {e.problem}") from e


@lru_cache(maxsize=64)
def _read_sidecar(index: str, _mtime_ns: int, _size: int) -> tuple[dict[str, dict], tuple[str, ...]]:
    """(file name -> metadata entry, the problems of the entries left out); cached per
    (path, mtime, size) so edits are seen. A bad entry leaves out that entry only."""
    shape = 'sidecar must be {"documents": [{"file": ...}, ...]}'
    try:
        data = json.loads(Path(index).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DocumentError(index, f"unreadable sidecar: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise DocumentError(index, shape)
    entries: dict[str, dict] = {}
    problems = []
    for n, entry in enumerate(data["documents"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or not entry["file"]:
            problems.append(f'entry {n} left out: not an object with a "file" name')
        elif (name := Path(entry["file"]).name) in entries:
            problems.append(f"entry {n} left out: a second entry for {name} (the first is used)")
        else:
            entries[name] = entry
    return entries, tuple(problems)


def _sidecar_problems(index: str) -> list[LoadError]:
    """The entries a folder's index.json leaves out, each reported once. A sidecar that
    cannot be read at all is reported by each file it describes instead."""
    try:
        info = os.stat(index)
        return [_missing(index, p) for p in _read_sidecar(index, info.st_mtime_ns, info.st_size)[1]]
    except (OSError, DocumentError):
        return []


# --- folders ---------------------------------------------------------------------

def walk(folder: str) -> list[str | LoadError]:
    """Article files (SUFFIXES) below a folder, as folder-joined paths sorted, hidden entries
    skipped. Each folder is read once: the real subfolders first, then the linked ones in path
    order, so no link loop or web of links can make the walk endless. In their place: a
    LoadError for a subfolder that cannot be read, a link to a folder read already (a loop, or
    a second name for it), an article-named entry that is not a regular file, each bad
    index.json entry."""
    found: list[tuple[str, str | LoadError]] = []
    seen = {key: folder for key in [_folder_key(folder)] if key}
    pending, links = [folder], []
    while pending or links:
        if not pending:
            links.sort()
            path, key = links.pop(0)
            if key in seen:
                found.append((path, _missing(path, f"a link to a folder read already (as {printable(seen[key])}); "
                                                   "not read twice")))
                continue
            seen[key] = path
            pending.append(path)
        current = pending.pop()
        try:
            with os.scandir(current) as scan:
                entries = list(scan)
        except OSError as e:
            found.append((current, _missing(current, f"folder not read: {e.strerror or e}")))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if key := _subfolder(entry):
                if entry.is_symlink() or key in seen:
                    links.append((entry.path, key))
                else:
                    seen[key] = entry.path
                    pending.append(entry.path)
            elif entry.name == SIDECAR:
                found += [(entry.path, problem) for problem in _sidecar_problems(entry.path)]
            elif entry.name.lower().endswith(SUFFIXES):
                found.append((entry.path, _article_entry(entry)))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _folder_key(folder: str) -> tuple[int, int] | None:
    try:
        info = os.stat(folder)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _subfolder(entry: os.DirEntry) -> tuple[int, int] | None:
    """(device, inode) of the folder an entry is or links to; None for anything else, a broken
    link or one that cannot be followed included (an article-named one is reported as such)."""
    try:
        if not entry.is_dir(follow_symlinks=False) and not entry.is_symlink():
            return None
        info = entry.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None


def _article_entry(entry: os.DirEntry) -> str | LoadError:
    """An article-named entry's path when it is a regular file (through a link too), else why it
    is not read: a link to nothing, a link that cannot be followed (a loop), not a regular file."""
    try:
        mode = entry.stat().st_mode
    except FileNotFoundError:
        return _missing(entry.path, "a broken link; not read")
    except OSError as e:  # ELOOP: a link to itself; ENAMETOOLONG, EACCES
        return _missing(entry.path, f"cannot read: {e.strerror or e}")
    return entry.path if stat.S_ISREG(mode) else _missing(entry.path, _not_regular(mode))


def _load_or_error(path: str, encoding: str | None = None, light: bool = False) -> Document | Article | LoadError:
    shown = printable(path)
    try:
        return load_document(path, display_path=shown, encoding=encoding, light=light)
    except DocumentError as e:
        return LoadError(shown, e)
