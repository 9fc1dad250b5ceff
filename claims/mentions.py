"""`claims mentions`' work, without click: the command's own body, run by ``claims.cli`` and, for
the plain forms of the command line, straight from ``claims.launch`` (click's import was a tenth
of a whole `claims mentions` process on a 450K-character corpus).

``fast_args`` accepts only what it can read exactly as click would (paths, ``-`` for standard
input, ``--format jsonl|table``); anything else (``--help``, ``--encoding``, ``--max-size``, ``--``,
an unknown option or value) goes to click, which also writes every message that is not a plain
batch of mention lines (errors, skipped inputs, a line holding an escape sequence click strips).
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Callable

from claims import MAX_PART, SEEDS_DIR
from core.errors import EngineError, OutputError, one_line

FORMATS = ("jsonl", "table")
PIPE_CLOSED = 141  # 128 + SIGPIPE: the status a shell shows for `seq 1e9 | head -1`'s seq


class PipeClosed(EngineError):
    """Standard output's reader has closed the pipe: stop quietly, with PIPE_CLOSED (raised on
    purpose, so an EngineError; caught before any other, as it is no failure)."""


def reader_gone() -> None:
    """Standard output goes to the null device, so the interpreter's last flush cannot print
    "Exception ignored"; nothing else is written."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise PipeClosed


class stdout_guard:  # noqa: N801 (used as ``with stdout_guard():``; claims.cli's commands too)
    """Writes to standard output inside become an OutputError when they fail (a full disk);
    standard output then goes to the null device so exit stays quiet. A closed pipe is no
    error: the reader has what it wanted (``closed``: reader_gone here, click's exit in claims.cli)."""

    def __init__(self, closed: Callable[[], None] = reader_gone) -> None:
        self.closed = closed

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, _tb) -> bool:
        if isinstance(error, BrokenPipeError):
            self.closed()
        if isinstance(error, OSError) and not isinstance(error, EngineError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise OutputError("standard output", f"cannot write: {error.strerror or error}") from error
        return False


def stdin_bytes():
    """Standard input's bytes; a closed one (``<&-``: Python sets sys.stdin to None) reads as closed."""
    if sys.stdin is None:
        closed = io.BytesIO()
        closed.close()
        return closed
    return sys.stdin.buffer


def mention_line(doc: str, mention, fmt: str) -> str:
    if fmt == "jsonl":
        return mention.json_line(doc)  # json.dumps({"doc": doc, **mention.to_json()}, ensure_ascii=False)
    row = {"doc": doc, **mention.to_json()}
    high = "∞" if row["max"] is None else row["max"]
    opening = "[" if row["min_inclusive"] else "("
    closing = "]" if row["max"] is not None and row["max_inclusive"] else ")"
    approx = "~" if row["approx"] else ""
    implied = "*" if row["currency_implied"] else ""
    return (f"{doc}\t{row['start']}-{row['end']}\t{row['text']}\t{approx}{opening}{row['min']}, {high}{closing} "
            f"{row['currency']}{implied}")


def run(paths: tuple[str, ...], fmt: str, encoding: str | None, max_size: int,
        echo: Callable[..., None]) -> int:
    """Print every money mention of ``paths`` through ``echo`` (click.echo's signature); the number
    of inputs skipped (each reported). Raises EngineError (OutputError...) and PipeClosed."""
    from claims import documents  # (the loader and the parser: not loaded by `claims --help`)

    skipped = 0
    inputs = documents.expand(paths or (str(SEEDS_DIR),))
    for item in documents.iter_documents(inputs, stdin=stdin_bytes(), encoding=encoding, light=True):
        try:
            if isinstance(item, documents.LoadError):
                raise item.error
            for piece in documents.parts(item, max_size):
                lines = [mention_line(item.path, mention, fmt) for mention in piece.mentions()]
                if lines:
                    with stdout_guard():  # one write per document (per part of a long one)
                        echo("\n".join(lines))
        except documents.DocumentError as error:
            skipped += 1
            echo(f"skipped: {one_line(error)}", err=True)
    with stdout_guard():
        sys.stdout.flush()
    return skipped


# --- the command without click ---------------------------------------------------------------

def fast_args(args: list[str]) -> tuple[tuple[str, ...], str] | None:
    """(paths, format) when ``args`` is `mentions` in a form read here exactly as click reads it
    (paths, ``-``, ``--format X`` or ``--format=X`` with X one of FORMATS, the last one winning),
    else None. None too where click would not write to sys.stdout itself (it wraps an ASCII
    stream), or when shell completion is asked for."""
    if not args or args[0] != "mentions" or os.name == "nt" or "_CLAIMS_COMPLETE" in os.environ:
        return None
    if sys.stdout is None or sys.stderr is None or _ascii(sys.stdout) or _ascii(sys.stderr):
        return None
    paths, fmt, rest = [], "jsonl", iter(args[1:])
    for arg in rest:
        if arg == "--format":
            arg = "--format=" + next(rest, "")
            if arg == "--format=":
                return None
        if arg.startswith("--format="):
            fmt = arg[len("--format="):]
            if fmt not in FORMATS:
                return None
        elif arg.startswith("-") and arg != "-":
            return None
        else:
            paths.append(arg)
    return tuple(paths), fmt


def _ascii(stream) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "ascii"
    except LookupError:
        return False


def _echo(message: str, err: bool = False) -> None:
    """click.echo(message) for a batch of mention lines: written and flushed as it writes them. A
    message for standard error, or one with an escape character (which click strips when the output
    is not a terminal), is click's own to write."""
    if err or "\x1b" in message:
        import click

        click.echo(message, err=err)
        return
    sys.stdout.write(message + "\n")
    sys.stdout.flush()


def main(paths: tuple[str, ...], fmt: str) -> int:
    """`claims mentions PATHS --format FMT` as the click command runs it: the same output, messages
    and exit status (click itself writes the errors)."""
    try:
        try:
            skipped = run(paths, fmt, None, MAX_PART, _echo)
        except PipeClosed:
            return PIPE_CLOSED
        except BrokenPipeError:  # (outside a write to standard output: as claims.cli's command group)
            try:
                reader_gone()
            except PipeClosed:
                return PIPE_CLOSED
        except EngineError as error:
            return _click_error(one_line(error))
        if skipped:
            return _click_error(f"{skipped} input(s) skipped")
        return 0
    except (EOFError, KeyboardInterrupt):
        import click

        click.echo(file=sys.stderr)
        click.echo("Aborted!", file=sys.stderr)
        return 1


def _click_error(message: str) -> int:
    import click

    error = click.ClickException(message)
    error.show()
    return error.exit_code
