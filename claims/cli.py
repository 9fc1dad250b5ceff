"""The ``claims`` command: a thin layer over the library.

Each command calls one library function and turns an ``EngineError`` (core.errors: the one
base of the claims, reconcile, numeral and format errors) into a one-line message and a
non-zero exit; anything else is a bug and may show a traceback. Output that cannot be
written (a full disk, a closed pipe) is an OutputError too; option values that are not
UTF-8 are an OptionError before anything runs. The read commands (list, export,
conflicts, consensus) open the database read-only; no output overwrites the database.
"""

from __future__ import annotations

import codecs
import importlib
import importlib.util
import json
import os
import signal
import sys
from pathlib import Path

import click

from core.errors import EngineError, OptionError, OutputError, one_line, printable

from . import BUSY_TIMEOUT, MAX_PART, SEEDS_DIR, STDIN
from . import mentions as mention_command


def _lazy(name: str):
    """A module that loads at its first use (importlib's LazyLoader): ``claims --help`` and
    a command's option errors need none of the engine's tables, pydantic or pypinyin."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


pipeline = _lazy("claims.pipeline")
records = _lazy("claims.records")
report = _lazy("claims.report")
documents = _lazy("claims.documents")
storage = _lazy("claims.store")
timelines = _lazy("claims.timeline")

DEFAULT_DB = "claims.db"


def _fail(error: Exception) -> None:
    raise click.ClickException(one_line(error))


def _text(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A filter value must be text: bytes that are not UTF-8 are refused, not searched for."""
    if value is not None and printable(value) != value:
        _fail(OptionError(param.opts[0], f"{printable(value)!r} is not valid UTF-8 text"))
    return value


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            _fail(OptionError("--encoding", f"unknown encoding {printable(value)!r}"))
    return value


ENCODING = click.option("--encoding", callback=_encoding,
                        help="decode every input as this (gb18030, big5, utf-8...) instead of detecting")
# each worker is a process with its own copy of the tables (about 100 MB): a typo's --workers 1000
# would start a thousand, so a value beyond a few per core is refused with a one-line error
MAX_WORKERS = max(64, 4 * (os.cpu_count() or 1))
WORKERS = click.option("--workers", type=click.IntRange(min=1, max=MAX_WORKERS), default=os.cpu_count() or 1,
                       show_default="cores", help="processes that parse documents while one writes the database")
MAX_SIZE = click.option("--max-size", type=click.IntRange(min=1_000), default=MAX_PART, show_default=True,
                        help="characters analysed in one piece: a longer article is read in parts cut at "
                             "line breaks; a paragraph longer than this is refused")
TIMEOUT = click.option("--timeout", type=float, default=BUSY_TIMEOUT, show_default=True,
                       help="seconds to wait while another process writes the database")


PIPE_CLOSED = 128 + signal.SIGPIPE  # 141: the status a shell shows for `seq 1e9 | head -1`'s seq


def _reader_gone() -> None:
    """Standard output's reader has closed the pipe (``claims mentions DIR | head -1``): stop
    quietly, as coreutils do. Standard output goes to the null device so the interpreter's
    last flush cannot print "Exception ignored"; nothing else is written."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise click.exceptions.Exit(PIPE_CLOSED)


class _Commands(click.Group):
    """The command group; a closed pipe anywhere in a command ends it quietly (_reader_gone)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _reader_gone()


@click.group(cls=_Commands)
@click.version_option(package_name="claims-engine")
def main() -> None:
    """Fact-check money claims in Chinese-language news."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@ENCODING
@MAX_SIZE
def mentions(paths: tuple[str, ...], fmt: str, encoding: str | None, max_size: int) -> None:
    """Print every money mention found in PATHS (files, folders, or - for stdin).

    Files are read as ``claims ingest`` reads them (HTML as its article text, a long one in
    parts); offsets are into that text. A file that cannot be read is reported and the
    others still are.

    Example: claims mentions articles/ --format table
    """
    try:
        skipped = mention_command.run(paths, fmt, encoding, max_size, click.echo)
    except mention_command.PipeClosed:
        raise click.exceptions.Exit(PIPE_CLOSED) from None
    except EngineError as error:
        _fail(error)
    if skipped:
        raise click.ClickException(f"{skipped} input(s) skipped")


def _ingest(db_path: str, paths: tuple[str, ...], encoding: str | None = None,
            timeout: float = BUSY_TIMEOUT, workers: int = 1, max_size: int = MAX_PART) -> pipeline.IngestReport:
    files = documents.expand(paths or (str(SEEDS_DIR),))  # the one folder walk; the bar's length
    _refuse_overwrite(db_path, [f for f in files if isinstance(f, str) and f != STDIN], "an input")
    with storage.Store(db_path, timeout=timeout) as store:
        if len(files) > 20:
            with click.progressbar(length=len(files), label="ingesting", file=sys.stderr) as bar:
                report = pipeline.ingest(store, files, progress=lambda _path: bar.update(1), encoding=encoding,
                                         workers=workers, max_size=max_size)
        else:
            report = pipeline.ingest(store, files, encoding=encoding, workers=workers, max_size=max_size)
    for error in report.errors:
        click.echo(f"skipped: {one_line(error.error)}", err=True)
    return report


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@ENCODING
@TIMEOUT
@WORKERS
@MAX_SIZE
def ingest(paths: tuple[str, ...], db_path: str, encoding: str | None, timeout: float, workers: int,
              max_size: int) -> None:
    """Extract claims from PATHS (files or folders) into the database.

    The same text under two names is stored once with both paths (``duplicate``); an input
    that cannot be read is reported and the others are ingested.

    Example: claims ingest articles/ --db claims.db
    """
    try:
        report = _ingest(db_path, paths, encoding, timeout, workers, max_size)
    except EngineError as error:
        _fail(error)
    duplicates = f", {report.duplicate} duplicate" if report.duplicate else ""
    _print(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged{duplicates}, "
           f"{report.claims} claims, {report.conflicts} conflicts in {printable(db_path)}")
    if report.errors:
        raise click.ClickException(f"{len(report.errors)} file(s) skipped")


FORMATS = click.Choice(["table", "json", "jsonl", "csv"])


@main.command(name="list")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@click.option("--kind", callback=_text, help="signing_bonus, annual_pay, pay_package, investment, ...")
@click.option("--entity", callback=_text, help="entity id or any alias (payer or payee)")
@click.option("--outlet", callback=_text)
@click.option("--stance", type=click.Choice(["asserted", "reported", "rumored", "denied", "hypothetical"]))
@click.option("--search", "query", callback=_text, help="substring of the evidence sentence (any script)")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def list_claims(db_path, kind, entity, outlet, stance, query, fmt) -> None:
    """List stored claims, filtered.

    Example: claims list --kind investment --entity 扎克伯格
    """
    try:
        with storage.Store(db_path, readonly=True) as store:
            found = store.search(query) if query else store.claims(
                kind=kind, entity=entity, outlet=outlet, stance=stance)
            if query:
                found = [c for c in found if (kind is None or c.kind == kind) and
                         (stance is None or c.stance == stance) and (outlet is None or c.outlet == outlet)]
    except EngineError as error:
        _fail(error)
    _emit([records.claim_record(c) for c in found], fmt, None, table=report.claims_table)


@main.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "claimreview"]), default="csv",
              show_default=True, help="claimreview: the conflicts as schema.org ClaimReview JSON-LD")
@click.option("--conflicts", "what", flag_value="conflicts", help="export the conflicts instead of claims")
@click.option("--reviewer", default="claims engine", show_default=True, help="ClaimReview author")
@click.option("-o", "--output", help="file to write (never the database itself)")
def export(db_path, fmt, what, reviewer, output) -> None:
    """Export the claims table (or the conflicts) as CSV, JSON or JSON lines, or the
    conflicts as ClaimReview JSON-LD. The output is never the database nor an article it
    was ingested from.

    Example: claims export --format csv -o claims.csv; claims export --format claimreview
    """
    if output is not None:
        try:
            _refuse_overwrite(output, [db_path], "the database")
            _refuse_overwrite(output, _read(db_path, lambda s: [x.path for x in s.sources()]), "an ingested article")
        except EngineError as error:
            _fail(error)
    if fmt == "claimreview":
        rows, fmt = _read(db_path, lambda store: pipeline.claim_reviews(store, reviewer=reviewer)), "json"
    elif what == "conflicts":
        rows = [records.conflict_record(c) for c in _read(db_path, pipeline.conflicts)]
    else:
        rows = [records.claim_record(c) for c in _read(db_path, storage.Store.claims)]
    _emit(rows, fmt, output)


@main.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "md", "csv"]), default="table",
              show_default=True)
@click.option("--possible", is_flag=True,
              help="list instead the look-alike pairs that could not be compared, each with the reason")
def conflicts(db_path, fmt, possible) -> None:
    """List the claims that cannot all be true, most severe first.

    Example: claims conflicts --format json; claims conflicts --possible
    """
    if possible:
        pairs = _read(db_path, pipeline.possible)
        if fmt in ("table", "md"):
            click.echo(report.possible_text(pairs, markdown=fmt == "md"))
        else:
            _emit([records.possible_record(p) for p in pairs], fmt, None)
        return
    found = _read(db_path, pipeline.conflicts)
    if fmt in ("table", "md"):
        _print(report.conflicts_text(found, markdown=fmt == "md"))
    else:
        _emit([records.conflict_record(c) for c in found], fmt, None)


@main.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def consensus(db_path, fmt) -> None:
    """For each quantity, the distinct values reported and how many independent sources back each.

    Example: claims consensus --format json
    """
    found = _read(db_path, pipeline.consensus)
    if fmt == "json":
        _print(json.dumps([records.quantity_record(q) for q in found], ensure_ascii=False, indent=2))
    else:
        _print(report.consensus_text(found))


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@ENCODING
@TIMEOUT
@WORKERS
@MAX_SIZE
def check(paths: tuple[str, ...], db_path: str, encoding: str | None, timeout: float, workers: int,
             max_size: int) -> None:
    """Ingest PATHS (default: the bundled seeds) and print the conflicts found.

    Inputs already stored as they are write nothing: a rerun leaves the database as it was.

    Example: claims check
    """
    try:
        ingested = _ingest(db_path, paths, encoding, timeout, workers, max_size)
        with storage.Store(db_path, readonly=True) as store:
            found = pipeline.conflicts(store)
            total = len(store.claims())
    except EngineError as error:
        _fail(error)
    documents = ingested.added + ingested.replaced + ingested.unchanged + ingested.duplicate
    _print(f"{documents} documents, {total} claims, {len(found)} conflicts ({printable(db_path)})\n")
    _print(report.conflicts_text(found, markdown=False))
    if ingested.errors:
        raise click.ClickException(f"{len(ingested.errors)} file(s) skipped")


@main.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on (the default answers this machine only)")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="port to listen on (0: any free one)")
def serve(db_path: str, host: str, port: int) -> None:
    """Browse the database in a web browser (Datasette, read-only): the claims with facets and
    search, the conflicts side by side, a timeline per quantity. Needs the serve extra.

    Example: claims serve --db claims.db   (then open http://127.0.0.1:8001/)
    """
    site = _extra("claims.serve", "serve", "datasette", "uvicorn")
    try:
        site.run(db_path, host, port, announce=_print)
    except EngineError as error:
        _fail(error)


@main.command()
@click.argument("quantity")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@click.option("--kind", callback=_text, help="narrow an entity to the quantities of this kind (investment ...)")
@click.option("-o", "--output", required=True, help="image to write: a .png or .svg file")
def plot(quantity: str, db_path: str, kind: str | None, output: str) -> None:
    """Draw the values reported for one QUANTITY against publication date (log scale,
    coloured by outlet, conflicts ringed). QUANTITY is a heading as `claims consensus`
    prints it, or an entity (id or any spelling) when it names one quantity. Needs the plot
    extra and a CJK font (Debian: fonts-wqy-zenhei).

    Example: claims plot "investment (meta → scale-ai)" -o scale.png; claims plot 'Scale AI' -o scale.svg
    """
    drawing = _extra("claims.plot", "plot", "matplotlib")
    fmt = Path(output).suffix.lower().lstrip(".")
    try:
        _refuse_overwrite(output, [db_path], "the database")
        if fmt not in drawing.FORMATS:  # before the database is read
            raise OutputError(output, f"cannot draw as {fmt!r}: give a file ending in .png or .svg")
        with storage.Store(db_path, readonly=True) as store:
            line = timelines.timeline(store, timelines.select(store, quantity, kind))
        _write_file(output, drawing.render(line, fmt, output))
    except EngineError as error:
        _fail(error)
    _print(f"{line.label}: {len(line.marks)} claim(s) drawn in {printable(output)}")


def _extra(module: str, extra: str, *packages: str):
    """A module that needs an optional dependency; without it, a one-line message saying
    which extra to install."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name is None or error.name.partition(".")[0] not in packages:
            raise
        hint = f"pip install 'claims-engine[{extra}]'"
        raise click.ClickException(f"claims {extra} needs {packages[0]}: {hint}") from None


def _read(db_path: str, query):
    """Run ``query(store)`` on an existing database, opened read-only; library errors become
    one-line messages."""
    try:
        with storage.Store(db_path, readonly=True) as store:
            return query(store)
    except EngineError as error:
        _fail(error)


def _refuse_overwrite(output: str, protected: list[str], what: str) -> None:
    """An output that is one of ``protected`` is refused: the same file (through any link),
    or the same name, or that database's -wal, -shm or -journal file, existing yet or not."""
    for path in protected:
        for suffix in ("", "-wal", "-shm", "-journal"):
            candidate = path + suffix
            same_name = os.path.abspath(output) == os.path.abspath(candidate)
            if same_name or (os.path.exists(output) and os.path.exists(candidate)
                             and os.path.samefile(output, candidate)):
                part = f" (its {suffix} file)" if suffix else ""
                raise OutputError(output, f"would overwrite {what} {printable(path)}{part}; nothing written")


def _stdout() -> mention_command.stdout_guard:
    """Writes to standard output fail as one-line errors; a closed pipe ends quietly (_reader_gone)."""
    return mention_command.stdout_guard(_reader_gone)


def _write_file(output: str, text: str | bytes) -> None:
    """Write ``output`` whole or not at all: a regular file is replaced through a temporary
    file beside it, so a full disk leaves the previous file as it was."""
    target = Path(output)
    try:
        if target.is_dir():
            raise OutputError(output, "is a folder; give a file name")
        data = text.encode("utf-8") if isinstance(text, str) else text
        if target.exists() and not target.is_file():  # a device such as /dev/stdout
            target.write_bytes(data)
            return
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            temporary.write_bytes(data)
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    except EngineError:
        raise
    except OSError as e:
        raise OutputError(output, f"cannot write: {e.strerror or e}") from e


def _emit(rows: list[dict], fmt: str, output: str | None, table=None) -> None:
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "csv":
        text = records.to_csv(rows)
    else:
        text = table(rows)
    if not output:
        _print(text, nl=False)
        return
    try:
        _write_file(output, text)
    except EngineError as error:
        _fail(error)


def _print(text: str, nl: bool = True) -> None:
    """Echo to standard output now; a write that fails is a one-line OutputError."""
    try:
        with _stdout():
            click.echo(text, nl=nl)
            sys.stdout.flush()
    except EngineError as error:
        _fail(error)


if __name__ == "__main__":  # pragma: no cover
    main()
