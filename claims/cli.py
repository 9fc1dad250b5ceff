"""The ``claims`` command: a thin layer over the library.

Each command calls one library function and turns an ``EngineError`` (core.errors: the one
base of the claims, reconcile, numeral and format errors) into a one-line message and a
non-zero exit; anything else is a bug and may show a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from core.errors import EngineError, one_line
from parsers import extract_money

from . import SEEDS_DIR, pipeline, records, report
from .documents import LoadError, expand, iter_documents
from .errors import StoreError
from .store import Store

DEFAULT_DB = "claims.db"


def _fail(error: Exception) -> None:
    raise click.ClickException(one_line(error))


@click.group()
@click.version_option(package_name="claims-engine")
def main() -> None:
    """Fact-check money claims in Chinese-language news."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def mentions(paths: tuple[str, ...], fmt: str) -> None:
    """Print every money mention found in PATHS (files, folders, or - for stdin).

    Files are read as ``claims ingest`` reads them (HTML as its article text); offsets are
    into that text. A file that cannot be read is reported and the others still are.

    Example: claims mentions articles/ --format table
    """
    skipped = 0
    try:
        for item in iter_documents(expand(paths or (str(SEEDS_DIR),)), stdin=sys.stdin.buffer):
            if isinstance(item, LoadError):
                skipped += 1
                click.echo(f"skipped: {one_line(item.error)}", err=True)
                continue
            for mention in extract_money(item.text):
                _print_mention(item.path, mention, fmt)
    except EngineError as error:
        _fail(error)
    if skipped:
        raise click.ClickException(f"{skipped} input(s) skipped")


def _print_mention(doc: str, mention, fmt: str) -> None:
    row = {"doc": doc, **mention.to_json()}
    if fmt == "jsonl":
        click.echo(json.dumps(row, ensure_ascii=False))
        return
    high = "∞" if row["max"] is None else row["max"]
    opening = "[" if row["min_inclusive"] else "("
    closing = "]" if row["max"] is not None and row["max_inclusive"] else ")"
    approx = "~" if row["approx"] else ""
    implied = "*" if row["currency_implied"] else ""
    click.echo(f"{doc}\t{row['start']}-{row['end']}\t{row['text']}\t{approx}{opening}{row['min']}, {high}{closing} "
               f"{row['currency']}{implied}")


def _ingest(db_path: str, paths: tuple[str, ...]) -> pipeline.IngestReport:
    files = expand(paths or (str(SEEDS_DIR),))  # the one folder walk; the bar's length
    with Store(db_path) as store:
        if len(files) > 20:
            with click.progressbar(length=len(files), label="ingesting", file=sys.stderr) as bar:
                report = pipeline.ingest(store, files, progress=lambda _path: bar.update(1))
        else:
            report = pipeline.ingest(store, files)
    for error in report.errors:
        click.echo(f"skipped: {one_line(error.error)}", err=True)
    return report


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
def ingest(paths: tuple[str, ...], db_path: str) -> None:
    """Extract claims from PATHS (files or folders) into the database.

    Example: claims ingest articles/ --db claims.db
    """
    try:
        report = _ingest(db_path, paths)
    except EngineError as error:
        _fail(error)
    click.echo(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
               f"{report.claims} claims, {report.conflicts} conflicts in {db_path}")
    if report.errors:
        raise click.ClickException(f"{len(report.errors)} file(s) skipped")


FORMATS = click.Choice(["table", "json", "jsonl", "csv"])


@main.command(name="list")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
@click.option("--kind", help="signing_bonus, annual_pay, pay_package, investment, ...")
@click.option("--entity", help="entity id or any alias (payer or payee)")
@click.option("--outlet")
@click.option("--stance", type=click.Choice(["asserted", "reported", "rumored", "denied", "hypothetical"]))
@click.option("--search", "query", help="substring of the evidence sentence (any script)")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def list_claims(db_path, kind, entity, outlet, stance, query, fmt) -> None:
    """List stored claims, filtered.

    Example: claims list --kind investment --entity 扎克伯格
    """
    try:
        with Store(_existing(db_path)) as store:
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
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="csv", show_default=True)
@click.option("--conflicts", "what", flag_value="conflicts", help="export the conflicts instead of claims")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="file to write")
def export(db_path, fmt, what, output) -> None:
    """Export the claims table (or the conflicts) as CSV, JSON or JSON lines.

    Example: claims export --format csv -o claims.csv
    """
    if what == "conflicts":
        rows = [records.conflict_record(c) for c in _read(db_path, pipeline.conflicts)]
    else:
        rows = [records.claim_record(c) for c in _read(db_path, Store.claims)]
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
        click.echo(report.conflicts_text(found, markdown=fmt == "md"))
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
        click.echo(json.dumps([records.quantity_record(q) for q in found], ensure_ascii=False, indent=2))
    else:
        click.echo(report.consensus_text(found))


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
def check(paths: tuple[str, ...], db_path: str) -> None:
    """Ingest PATHS (default: the bundled seeds) and print the conflicts found.

    Example: claims check
    """
    try:
        ingested = _ingest(db_path, paths)
        with Store(db_path) as store:
            found = pipeline.conflicts(store)
            total = len(store.claims())
    except EngineError as error:
        _fail(error)
    click.echo(f"{ingested.added + ingested.replaced + ingested.unchanged} documents, {total} claims, "
               f"{len(found)} conflicts ({db_path})\n")
    click.echo(report.conflicts_text(found, markdown=False))
    if ingested.errors:
        raise click.ClickException(f"{len(ingested.errors)} file(s) skipped")


def _read(db_path: str, query):
    """Run ``query(store)`` on an existing database; library errors become one-line messages."""
    try:
        with Store(_existing(db_path)) as store:
            return query(store)
    except EngineError as error:
        _fail(error)


def _existing(db_path: str) -> str:
    if not Path(db_path).is_file():
        raise StoreError(db_path, "no such database (run 'claims ingest' or 'claims check' first)")
    return db_path


def _emit(rows: list[dict], fmt: str, output: str | None, table=None) -> None:
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    elif fmt == "csv":
        text = records.to_csv(rows)
    else:
        text = table(rows)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
