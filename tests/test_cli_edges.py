"""Issue 13 through click's CliRunner: nothing lost or overwritten, decoding, --encoding.
(The failures that must be one line run as real processes in test_cli_failures.py.)"""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner

from claims import SEEDS_DIR as SEEDS
from claims.cli import main


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(main, list(args), catch_exceptions=False, **kw)


def test_regression_same_text_under_two_names_is_one_document_with_both_paths(run, tmp_path):
    """Issue 13: the same text under two file names kept only the last path."""
    text = "据报道，Meta向Scale AI投资了148亿美元。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    result = run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db))
    assert result.output.startswith("1 added, 0 replaced, 0 unchanged, 1 duplicate")
    paths = [r["path"] for r in sqlite_utils.Database(db).query("select path from sources order by path")]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    again = run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db))
    assert again.output.startswith("0 added, 0 replaced, 2 unchanged,")


def test_regression_ingest_folder_with_a_fifo_and_a_non_utf8_name(run, tmp_path):
    """Issue 13: a FIFO blocked ingest forever; a non-UTF-8 name raised a traceback and stopped it."""
    import os
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a_fifo.txt")
    with open(os.fsencode(folder) + b"/b_\xff.txt", "wb") as f:
        f.write("投资1.5亿美元".encode())
    (folder / "c.txt").write_text("估值达到300亿元人民币", encoding="utf-8")
    db = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 1
    assert "a_fifo.txt: not a regular file (a FIFO); not read" in result.output
    assert result.output.splitlines()[-1] == "Error: 1 file(s) skipped"
    docs = [r["path"][len(str(folder)) + 1:] for r in sqlite_utils.Database(db).query("select path from documents")]
    assert sorted(docs) == ["b_\\xff.txt", "c.txt"]


def _file_state(path):
    return path.read_bytes(), path.stat().st_mtime_ns


def test_regression_read_commands_and_a_check_rerun_leave_the_database_file_as_it_was(run, tmp_path):
    """Issue 13: read commands opened the database for writing (and added tables to any file);
    a `check` over inputs already stored rewrote every entity and conflict."""
    db = tmp_path / "c.db"
    assert run("check", "--db", str(db)).exit_code == 0
    before = _file_state(db)
    for args in (["list"], ["export"], ["export", "--conflicts", "--format", "json"], ["conflicts"],
                 ["consensus"], ["list", "--search", "签约"]):
        assert run(*args, "--db", str(db)).exit_code == 0, args
    assert run("check", "--db", str(db)).exit_code == 0
    assert run("ingest", str(SEEDS), "--db", str(db)).exit_code == 0
    assert _file_state(db) == before


def test_regression_export_onto_the_database_is_refused(run, tmp_path):
    """Issue 13: `claims export --db s.db -o s.db` overwrote the database with CSV and exited 0."""
    db = tmp_path / "s.db"
    run("ingest", str(SEEDS), "--db", str(db))
    before = db.read_bytes()
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(db)])
    assert result.exit_code == 1
    assert result.output == f"Error: {db}: would overwrite the database {db}; nothing written\n"
    assert db.read_bytes() == before


def test_export_replaces_its_output_whole(run, tmp_path):
    db, out = tmp_path / "c.db", tmp_path / "claims.csv"
    run("ingest", str(SEEDS), "--db", str(db))
    out.write_text("old export", encoding="utf-8")
    run("export", "--db", str(db), "-o", str(out))
    assert out.read_text(encoding="utf-8-sig").startswith("id,")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_regression_one_line_gb18030_file_yields_its_figure(run, tmp_path):
    """Issue 13: a one-sentence GB18030 file was decoded as cp949 / shift_jis and yielded nothing, exit 0."""
    article = tmp_path / "short.txt"
    article.write_bytes("扎克伯格开出了一亿美元的薪酬包。".encode("gb18030"))
    result = run("mentions", str(article))
    assert result.exit_code == 0
    assert [json.loads(line)["text"] for line in result.output.splitlines()] == ["一亿美元"]


def test_encoding_option_forces_the_encoding(run, tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes("祖克柏開出了一億美元的薪酬包。".encode("big5"))
    assert [json.loads(x)["text"] for x in run("mentions", str(article), "--encoding", "big5").output.splitlines()] \
        == ["一億美元"]
    forced = CliRunner().invoke(main, ["mentions", str(article), "--encoding", "utf-8"])
    assert forced.exit_code == 1 and f"skipped: {article}: not utf-8 (invalid start byte at byte 0)" in forced.output
    db = tmp_path / "c.db"
    assert run("ingest", str(article), "--db", str(db), "--encoding", "big5").exit_code == 0
    assert [r["encoding"] for r in sqlite_utils.Database(db).query("select encoding from documents")] == ["big5"]


def test_export_onto_an_ingested_article_is_refused(run, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("据报道，Meta向Scale AI投资了148亿美元。", encoding="utf-8")
    db = tmp_path / "c.db"
    run("ingest", str(article), "--db", str(db))
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(article)])
    assert result.exit_code == 1 and "would overwrite an ingested article" in result.output
    assert article.read_text(encoding="utf-8") == "据报道，Meta向Scale AI投资了148亿美元。"


def test_regression_an_absurd_worker_count_is_refused_in_one_line(tmp_path):
    """--workers had no upper bound: 1000 would start a thousand processes of ~100 MB each."""
    from claims.cli import MAX_WORKERS
    from tests.cli_process import run_claims
    article = tmp_path / "a.txt"
    article.write_text("据报道，Meta向Scale AI投资了148亿美元。", encoding="utf-8")
    done = run_claims("ingest", str(article), "--db", str(tmp_path / "c.db"), "--workers", str(MAX_WORKERS + 1))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--workers" in done.stderr and not (tmp_path / "c.db").exists()
