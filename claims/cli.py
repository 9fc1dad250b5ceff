"""The ``claims`` command: a thin layer over the library.

Each command calls one library function and turns ``ClaimsError`` into a
one-line message and a non-zero exit; anything else is a bug and may show
a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from parsers import extract_money

from .errors import ClaimsError
from .sources import SEEDS_DIR, read_inputs

DEFAULT_DB = "claims.db"


def _fail(error: ClaimsError) -> None:
    raise click.ClickException(str(error))


@click.group()
@click.version_option(package_name="claims-engine")
def main() -> None:
    """Fact-check money claims in Chinese-language news."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def mentions(paths: tuple[str, ...], fmt: str) -> None:
    """Print every money mention found in PATHS (files, folders, or - for stdin).

    Example: claims mentions seeds/ --format table
    """
    try:
        for source in read_inputs(paths or (str(SEEDS_DIR),), stdin=sys.stdin.buffer):
            for mention in extract_money(source.text):
                _print_mention(source.display, mention, fmt)
    except ClaimsError as error:
        _fail(error)


def _print_mention(doc: str, mention, fmt: str) -> None:
    row = {"doc": doc, **mention.to_json()}
    if fmt == "jsonl":
        click.echo(json.dumps(row, ensure_ascii=False))
        return
    high = "∞" if row["max"] is None else row["max"]
    approx = "~" if row["approx"] else ""
    implied = "*" if row["currency_implied"] else ""
    click.echo(f"{doc}\t{row['start']}-{row['end']}\t{row['text']}\t{approx}[{row['min']}, {high}] "
               f"{row['currency']}{implied}")


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database file")
def check(paths: tuple[str, ...], db_path: str) -> None:
    """Run the whole pipeline on PATHS (default: the bundled seeds) and report.

    Example: claims check
    """
    try:
        targets = paths or (str(SEEDS_DIR),)
        for source in read_inputs(targets, stdin=sys.stdin.buffer):
            found = extract_money(source.text)
            click.echo(f"{source.display}: {len(found)} money mentions")
            for mention in found:
                _print_mention(Path(source.display).name, mention, "table")
    except ClaimsError as error:
        _fail(error)


if __name__ == "__main__":  # pragma: no cover
    main()
