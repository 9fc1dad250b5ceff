"""Load article files into ``Document``s: decode, reduce to article text, gather metadata.

The one loader: ``claims mentions`` and ``claims ingest`` both read through ``expand`` (the
folder walk, once) and ``iter_documents`` (decode, HTML to article text, metadata), so they
see the same text and the same figures.  Offsets are into ``Document.text``: the decoded file
itself for text, the same with front matter blanked (same length) for Markdown, the article
text for HTML.

Metadata precedence, highest first: the caller's ``metadata`` argument, the folder's
``index.json`` sidecar, the file's own structured metadata (Markdown front matter,
HTML <meta>), and last what the article header states (rules in data/documents.toml).
A file either loads whole or raises ``DocumentError``: nothing is half-ingested.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import charset_normalizer
import regex
from bs4 import BeautifulSoup

from claims.errors import DocumentError
from core.schema import Document
from parsers.text import traditional_han

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
STDIN = "-"  # the path that means standard input
FIELDS = ("outlet", "author", "published", "url")
SIDECAR = "index.json"
TRADITIONAL_RATIO = 0.05  # seeds: simplified ≤ 0.001 changed by t2s, traditional ≈ 0.33
_DATA = tomllib.loads((Path(__file__).parent / "data" / "documents.toml").read_text("utf-8"))
_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form")
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "pre", "tr", "section", "figcaption", "dd", "dt", "table", "ul", "ol")
_PARA = "\u2029"  # block boundary marker while flattening HTML
_FRONT_MATTER = regex.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S)
_DATE = regex.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


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
    pattern: regex.Pattern
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
    outlets = "|".join(regex.escape(o) for o in sorted(_DATA["outlets"], key=len, reverse=True))
    return tuple(
        HeaderRule(
            name=r["name"], field=r["field"], max_line=r["max_line"],
            pattern=regex.compile(r["pattern"].replace("{outlets}", outlets)),
            examples=tuple(tuple(e) for e in r.get("examples", ())),
        )
        for r in _DATA["header"]
    )


HEADER_RULES = _header_rules()


# --- public API ------------------------------------------------------------------

def load_document(
    path: str | os.PathLike, *, display_path: str | None = None, metadata: dict | None = None
) -> Document:
    """Read one article file; raise ``DocumentError`` naming the file if it cannot."""
    path = Path(path)
    shown = display_path or str(path)
    sidecar = _sidecar_entry(path)
    return load_bytes(_read(path, shown), shown, path.suffix, metadata=metadata, sidecar=sidecar)


def load_bytes(
    data: bytes, shown: str, suffix: str = ".txt", *, metadata: dict | None = None, sidecar: dict | None = None
) -> Document:
    """One article from its bytes (a file's, or standard input's); ``suffix`` picks the format."""
    text, encoding = decode(data, shown)
    text, embedded = _extract(text, suffix.lower())
    if not text.strip():
        raise DocumentError(shown, "no article text after decoding and extraction")
    layers = [("metadata argument", metadata or {}), (SIDECAR, sidecar or {}),
              ("embedded metadata", embedded), ("article header", header_metadata(text))]
    return Document(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest(), path=shown, text=text,
        script=detect_script(text), encoding=encoding, **_merge(shown, layers),
    )


def expand(paths: Iterable[str | os.PathLike]) -> list[str | LoadError]:
    """The inputs to read, in order: folders walked once (SUFFIXES, sorted, hidden entries
    skipped); a missing path or an empty folder becomes a LoadError in its place."""
    out: list[str | LoadError] = []
    for given in map(os.fspath, paths):
        if given == STDIN or os.path.isfile(given):
            out.append(given)
        elif os.path.isdir(given):
            files = walk(given)
            out += files or [_missing(given, f"folder has no article files ({', '.join(SUFFIXES)})")]
        else:
            out.append(_missing(given, "no such file or folder"))
    return out


def iter_documents(
    paths: Iterable[str | os.PathLike | LoadError], *, stdin: BinaryIO | None = None
) -> Iterator[Document | LoadError]:
    """Documents of ``paths`` (files, folders, ``-`` for ``stdin``, or ``expand``'s output);
    an input that cannot be loaded becomes a LoadError and the run goes on."""
    items = list(paths)
    if not all(isinstance(i, LoadError) or (isinstance(i, str) and (i == STDIN or not os.path.isdir(i)))
               for i in items):
        items = expand(items)
    for item in items:
        if isinstance(item, LoadError):
            yield item
        elif item == STDIN:
            yield _stdin_document(stdin)
        else:
            yield _load_or_error(item)


def _stdin_document(stdin: BinaryIO | None) -> Document | LoadError:
    if stdin is None:
        return _missing(STDIN, "standard input is read by 'claims mentions' only")
    try:
        return load_bytes(stdin.read(), STDIN)
    except DocumentError as e:
        return LoadError(STDIN, e)
    except (OSError, ValueError) as e:  # closed or unreadable stdin
        return _missing(STDIN, f"cannot read standard input: {e}")


def _missing(path: str, problem: str) -> LoadError:
    return LoadError(path, DocumentError(path, problem))


def decode(data: bytes, shown: str) -> tuple[str, str]:
    """Bytes to text: UTF-8 (BOM or not) first, else charset-normalizer; never a guess.

    The text is exactly what the bytes say (CRLF kept), so offsets into it are the
    offsets the `claims mentions` contract promises."""
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
    wide_bom = data.startswith(_WIDE_BOMS)
    if b"\x00" in data[:8192] and not wide_bom:
        raise DocumentError(shown, "contains NUL bytes: a binary file, not text")
    match = _detect(data, wide_bom)
    if match is None:
        raise DocumentError(shown, "not UTF-8, and charset-normalizer found no encoding that fits")
    text = str(match).lstrip("\ufeff")
    if not _looks_like_text(text):
        raise DocumentError(shown, f"as {match.encoding} it is control characters, not text: binary file?")
    return text, match.encoding


def detect_script(text: str) -> str:
    """simplified / traditional, by the share of Han characters OpenCC's t2s table changes."""
    han, changed = traditional_han(text)
    if not han:
        return "unknown"
    return "traditional" if changed / han >= TRADITIONAL_RATIO else "simplified"


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


# --- reading and decoding ---------------------------------------------------------

def _read(path: Path, shown: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(shown, "no such file") from None
    except OSError as e:
        raise DocumentError(shown, f"cannot read: {e.strerror or e}") from e


def _detect(data: bytes, wide_bom: bool):
    """charset-normalizer's best match, but UTF-16/32 only with a byte-order mark:
    without one almost any even-length byte string decodes (10 bytes of GB18030 did)."""
    # Short GB18030 passages (a few hundred bytes) can fail charset-normalizer's
    # initial mess probe at the default 0.2; random bytes still fail at 0.5.
    for threshold in (0.2, 0.5):
        for match in charset_normalizer.from_bytes(data, threshold=threshold):
            if wide_bom or not match.encoding.startswith(("utf_16", "utf_32")):
                return match
    return None


def _looks_like_text(text: str) -> bool:
    """No NUL, and control / unassigned / private-use characters under 1%."""
    if "\x00" in text:
        return False
    bad = sum(
        1 for c in text
        if c not in _ALLOWED_CONTROLS and unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn")
    )
    return bad <= len(text) / 100


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
    blank = regex.sub(r"[^\r\n]", " ", text[:m.end()])
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


def _html_meta(soup: BeautifulSoup) -> dict[str, Any]:
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
    return _read_sidecar(str(index), stat.st_mtime_ns, stat.st_size).get(path.name, {})


@lru_cache(maxsize=64)
def _read_sidecar(index: str, _mtime_ns: int, _size: int) -> dict[str, dict]:
    """File name -> metadata entry; cached per (path, mtime, size) so edits are seen."""
    try:
        data = json.loads(Path(index).read_text(encoding="utf-8"))
        entries = data["documents"]
        return {Path(e["file"]).name: e for e in entries}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DocumentError(index, f"unreadable sidecar: {e}") from e
    except (KeyError, TypeError) as e:
        raise DocumentError(index, 'sidecar must be {"documents": [{"file": ...}, ...]}') from e


# --- folders ---------------------------------------------------------------------

def walk(folder: str) -> list[str]:
    """Article files below a folder, as folder-joined paths, sorted; hidden entries skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            os.path.join(root, f) for f in files
            if not f.startswith(".") and f.lower().endswith(SUFFIXES)
        ]
    return sorted(found)


def _load_or_error(path: str) -> Document | LoadError:
    try:
        return load_document(path, display_path=path)
    except DocumentError as e:
        return LoadError(path, e)
