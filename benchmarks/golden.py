"""The engine's whole output on the seeds and the real-news dev set, kept as a golden file.

    python -m benchmarks.golden --write     # regenerate tests/golden/output.json (after a rule change)
    python -m benchmarks.golden             # compare with it; prints the first differences

What it holds, per corpus, made by the ``claims`` command itself (click's runner, in
process): the mentions (``claims mentions --format jsonl``), and after ``claims ingest`` into
a fresh database: every stored row of the documents (the text's length for the text),
sources, claims, entities, aliases and conflicts tables, the conflicts and the look-alike
pairs as ``claims conflicts`` prints them
(``--format json``, with and without ``--possible``). Paths are written relative to the
corpus folder. ``tests/test_golden.py`` compares a fresh run with the file field by field:
a speed change must leave all of it as it was; a rule change regenerates it (and the diff of
the file shows what the rule changed).

The dev set's excerpts (JSON files) are written to a temporary folder as ``.txt`` files with
an ``index.json`` sidecar holding their outlet, date and URL, so they are read by the same
loader as any user's folder.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "output.json"
SEEDS = ROOT / "claims" / "seeds"
DEV = ROOT / "tests" / "corpus" / "real_news" / "dev"
TABLES = {  # table -> its key columns (rows sorted by them)
    "documents": ("id",), "sources": ("path",), "claims": ("id",), "entities": ("id",),
    "aliases": ("entity_id", "alias"), "conflicts": ("id",),
}
REGENERATE = "python -m benchmarks.golden --write"


def _dev_folder(into: Path) -> Path:
    folder = into / "dev"
    folder.mkdir()
    entries = []
    for path in sorted(DEV.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = path.stem + ".txt"
        (folder / name).write_text(data["text"], encoding="utf-8")
        entries.append({"file": name, **{k: data.get(k) for k in ("outlet", "published", "url")}})
    (folder / "index.json").write_text(json.dumps({"documents": entries}, ensure_ascii=False), encoding="utf-8")
    return folder


def _run(args: list[str]) -> str:
    from click.testing import CliRunner

    from claims.cli import main

    result = CliRunner().invoke(main, args, catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"claims {' '.join(args)} exited {result.exit_code}: {result.output[-500:]}")
    return result.stdout


def _relative(value: Any, folder: str) -> Any:
    """Paths under the corpus folder written from it: the file is the same on every machine."""
    if isinstance(value, str):
        return value.replace(folder + "/", "").replace(folder, ".")
    if isinstance(value, list):
        return [_relative(v, folder) for v in value]
    if isinstance(value, dict):
        return {k: _relative(v, folder) for k, v in value.items()}
    return value


def corpus_output(folder: Path, work: Path) -> dict[str, Any]:
    """Everything the engine says about one folder (paths relative to it)."""
    db = work / f"{folder.name}.db"
    out: dict[str, Any] = {}
    out["mentions"] = [json.loads(line) for line in _run(["mentions", str(folder), "--format", "jsonl"]).splitlines()]
    _run(["ingest", str(folder), "--db", str(db)])
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    for table, key in TABLES.items():
        rows = [dict(r) for r in conn.execute(f"select * from [{table}]")]
        out[table] = sorted(rows, key=lambda r: tuple(str(r[k]) for k in key))
    for row in out["documents"]:
        row["text"] = len(row["text"])  # the id is the text's hash: its length is enough here
    conn.close()
    out["conflicts printed"] = json.loads(_run(["conflicts", "--db", str(db), "--format", "json"]))
    out["possible printed"] = json.loads(_run(["conflicts", "--db", str(db), "--format", "json", "--possible"]))
    return _relative(out, str(folder))


def current() -> dict[str, Any]:
    """The output of the engine as it is now, on the seeds and the dev set."""
    with tempfile.TemporaryDirectory(prefix="golden-") as tmp:
        work = Path(tmp)
        return {"seeds": corpus_output(SEEDS, work), "dev": corpus_output(_dev_folder(work), work)}


def differences(expected: dict[str, Any], got: dict[str, Any], limit: int = 20) -> list[str]:
    """Field-by-field differences: (corpus, section, row key, field) with both values."""
    found: list[str] = []
    for corpus in sorted(set(expected) | set(got)):
        for section in sorted(set(expected.get(corpus, {})) | set(got.get(corpus, {}))):
            want, have = expected.get(corpus, {}).get(section, []), got.get(corpus, {}).get(section, [])
            if len(want) != len(have):
                found.append(f"{corpus} {section}: {len(want)} rows expected, {len(have)} now")
            for n, (a, b) in enumerate(zip(want, have, strict=False)):
                if a == b:
                    continue
                label = a.get("id") or a.get("path") or a.get("text") or n if isinstance(a, dict) else n
                if isinstance(a, dict) and isinstance(b, dict):
                    for name in sorted(set(a) | set(b)):
                        if a.get(name) != b.get(name):
                            found.append(f"{corpus} {section} [{label}] {name}: "
                                         f"{a.get(name)!r:.120} expected, {b.get(name)!r:.120} now")
                else:
                    found.append(f"{corpus} {section} [{label}]: {a!r:.120} expected, {b!r:.120} now")
                if len(found) >= limit:
                    return found
    return found


def _dump(data: dict[str, Any]) -> str:
    """One row per line: a rule change shows in the diff as the rows it changed."""
    lines = ["{"]
    for i, (corpus, sections) in enumerate(data.items()):
        lines.append(f"{json.dumps(corpus)}: {{")
        for j, (section, rows) in enumerate(sections.items()):
            lines.append(f" {json.dumps(section, ensure_ascii=False)}: [")
            lines += [" " + json.dumps(r, ensure_ascii=False, sort_keys=True) + ("," if k < len(rows) - 1 else "")
                      for k, r in enumerate(rows)]
            lines.append(" ]" + ("," if j < len(sections) - 1 else ""))
        lines.append("}" + ("," if i < len(data) - 1 else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {GOLDEN.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    got = current()
    if args.write:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(_dump(got), encoding="utf-8")
        counts = {c: {s: len(r) for s, r in sections.items()} for c, sections in got.items()}
        print(f"wrote {GOLDEN.relative_to(ROOT)}: {counts}")
        return 0
    found = differences(json.loads(GOLDEN.read_text(encoding="utf-8")), got)
    print("\n".join(found) if found else "identical to the golden file")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
