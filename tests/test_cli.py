"""The `claims` command through click's CliRunner, against real files and a real SQLite file."""

from __future__ import annotations

import csv
import io
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


def test_mentions_contract_offsets_and_fields(run, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Meta向Scale AI投資148億美元，有600名員工。\n那些拿到1亿薪酬包的人", encoding="utf-8")
    result = run("mentions", str(article), "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    original = article.read_text(encoding="utf-8")
    assert [r["text"] for r in rows] == ["148億美元", "1亿"]
    for row in rows:
        assert original[row["start"]:row["end"]] == row["text"]
        assert row["doc"] == str(article)
        assert {"min", "max", "currency", "approx", "currency_implied"} <= set(row)
    assert rows[0]["min"] == 14800000000 and isinstance(rows[0]["min"], int)
    assert rows[1]["currency"] == "USD" and rows[1]["currency_implied"] is True


def test_mentions_reads_gb18030_and_stdin(run, tmp_path):
    gb = tmp_path / "gb.txt"
    gb.write_bytes("公司估值达到300亿元人民币，员工年薪约50万元。".encode("gb18030"))
    result = run("mentions", str(gb))
    assert [json.loads(x)["text"] for x in result.output.splitlines()] == ["300亿元人民币", "约50万元"]
    piped = run("mentions", "-", input="投资1.5亿美元".encode())
    assert json.loads(piped.output)["doc"] == "-"


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "no article files"),
    (lambda d: [(d / "bin.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 50), d / "bin.txt"][1], "bin.txt"),
])
def test_bad_input_is_one_line_and_nonzero(run, tmp_path, make, message):
    result = run("mentions", str(make(tmp_path)))
    assert result.exit_code != 0
    [skipped] = [line for line in result.output.splitlines() if line.startswith("skipped: ")]
    assert message in skipped
    assert result.output.splitlines()[-1] == "Error: 1 input(s) skipped"


def test_mentions_goes_on_after_a_bad_input(run, tmp_path):
    """One loader for mentions and ingest: a missing path is reported, the next file still read."""
    good = tmp_path / "good.txt"
    good.write_text("投资1.5亿美元", encoding="utf-8")
    result = run("mentions", str(tmp_path / "missing.txt"), str(good))
    assert result.exit_code != 0
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [r["text"] for r in rows] == ["1.5亿美元"]


def test_check_on_seeds_lists_the_known_conflicts(run, tmp_path):
    db = tmp_path / "c.db"
    result = run("check", "--db", str(db))
    assert result.exit_code == 0
    assert "exactly 100x apart: US$1M vs US$100M signing bonus" in result.output
    assert "US$14.3B vs US$14.8B investment" in result.output
    assert "denied by lucas-beyer" in result.output


def test_reingest_changes_no_row_and_export_csv_has_one_row_per_claim(run, tmp_path):
    db = tmp_path / "c.db"
    run("ingest", str(SEEDS), "--db", str(db))
    before = list(sqlite_utils.Database(db).query("select * from claims order by id"))
    again = run("ingest", str(SEEDS), "--db", str(db))
    assert "5 unchanged" in again.output
    assert list(sqlite_utils.Database(db).query("select * from claims order by id")) == before
    out = tmp_path / "claims.csv"
    run("export", "--db", str(db), "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == len(before)
    assert {"id", "doc", "kind", "payer", "payee", "min_usd", "stance", "sentence"} <= set(rows[0])


def test_conflicts_json_contract(run, tmp_path):
    db = tmp_path / "c.db"
    run("ingest", str(SEEDS), "--db", str(db))
    data = json.loads(run("conflicts", "--db", str(db), "--format", "json").output)
    assert data and all(len(c["claims"]) >= 2 and "ratio" in c and "explanation" in c for c in data)
    fields = {"id", "doc", "doc_id", "outlet", "published", "start", "end", "text", "sentence", "kind", "payer",
              "payee", "period", "min", "max", "currency", "min_usd", "max_usd", "approx", "attributed_to", "stance"}
    assert all(fields <= set(claim) for c in data for claim in c["claims"])


def test_list_without_database_is_a_clear_error(run, tmp_path):
    result = run("list", "--db", str(tmp_path / "none.db"))
    assert result.exit_code != 0 and "no such database" in result.output


def test_every_command_has_help_with_an_example(run):
    for name, command in main.commands.items():
        assert "Example:" in (command.help or ""), name
        assert run(name, "--help").exit_code == 0


def test_infinite_ratio_exports_as_null():
    """Regression: a conflict with one side at 0 has ratio Infinity, which JSON cannot hold."""
    from decimal import Decimal

    from claims.records import conflict_record
    from reconcile import Conflict
    from tests.claim_factory import claim

    record = conflict_record(Conflict(claims=(claim("0"), claim("1e6")), ratio=Decimal("Infinity"),
                                      severity=Decimal(3), cause="mismatch", explanation="x"))
    assert record["ratio"] is None
    json.dumps(record)


def test_huge_ratio_exports_without_a_traceback():
    """Regression (found on the varied benchmark corpus, `claims conflicts --format json`): a ratio
    of 25+ digits (a figure read with a wrong unit against another) overflowed Decimal's 28-digit
    context when rounded to 4 places (InvalidOperation, a traceback)."""
    from decimal import Decimal

    from claims.records import conflict_record
    from reconcile import Conflict
    from tests.claim_factory import claim

    ratio = Decimal("123456789012345678901234567.89")
    record = conflict_record(Conflict(claims=(claim("1"), claim("1e26")), ratio=ratio,
                                      severity=Decimal(3), cause="mismatch", explanation="x"))
    assert record["ratio"] == float(ratio)
    json.dumps(record)


def test_consensus_lists_each_reported_value_with_its_support(run, tmp_path):
    db = tmp_path / "c.db"
    run("ingest", str(SEEDS), "--db", str(db))
    data = json.loads(run("consensus", "--db", str(db), "--format", "json").output)
    [investment] = [q for q in data if (q["kind"], q["payer"], q["payee"]) == ("investment", "meta", "scale-ai")]
    assert sorted(v["min"] for v in investment["values"]) == [14300000000, 14800000000]
    assert all(v["support"] == 1 and v["earliest"] in v["claims"] for v in investment["values"])


def test_mentions_table_shows_open_and_closed_bounds(run, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("offer过亿美金年包，数十亿美元", encoding="utf-8")
    lines = run("mentions", str(article), "--format", "table").output.splitlines()
    assert "(100000000, ∞) USD" in lines[0]
    assert "~[1000000000, 10000000000) USD" in lines[1]


def test_list_entity_finds_a_person_the_table_does_not_list_by_any_spelling(run, tmp_path):
    """Issue 9: 皮查伊(Sundar Pichai) is learnt from one article; another names him only in Latin."""
    (tmp_path / "a.txt").write_text("谷歌CEO皮查伊(Sundar Pichai)去年的总薪酬为2.26亿美元。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("据报道，Sundar Pichai的年薪达到2.26亿美元。", encoding="utf-8")
    db = tmp_path / "c.db"
    assert run("ingest", str(tmp_path), "--db", str(db)).exit_code == 0
    for spelling in ("皮查伊", "Sundar Pichai", "sundar pichai"):
        rows = json.loads(run("list", "--db", str(db), "--entity", spelling, "--format", "json").output)
        assert sorted(r["doc"][-5:] for r in rows) == ["a.txt", "b.txt"], spelling
        assert {r["payee"] for r in rows} == {"sundar-pichai"}


def test_export_carries_time_period_scope_and_restatement_columns(run, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("腾讯2024年第二季度营收1611亿元。Meta将以149亿美元（折合人民币约1066亿元）收购Scale AI 49%的股份。",
                       encoding="utf-8")
    db, out = tmp_path / "e.db", tmp_path / "e.csv"
    run("ingest", str(article), "--db", str(db))
    run("export", "--db", str(db), "--format", "csv", "-o", str(out))
    rows = {r["text"]: r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))}
    revenue = rows["1611亿元"]
    assert (revenue["reporting_period"], revenue["as_of_start"], revenue["as_of_source"], revenue["scope"]) == (
        "2024 Q2", "2024-04-01", "stated", "total")
    assert rows["折合人民币约1066亿元"]["restates"] == rows["149亿美元"]["id"]  # the conversion phrase in the span


def test_consensus_shows_a_quantitys_values_over_time_by_outlet(run, tmp_path):
    for name, day, text in (("a", "2025-03-02", "xAI估值800億美元。"), ("b", "2026-01-07", "xAI估值达到2300亿美元。"),
                            ("c", "2026-01-08", "xAI的估值达到2500亿美元。")):
        (tmp_path / f"{name}.md").write_text(f"---\npublished: {day}\noutlet: 媒体{name}\n---\n{text}\n",
                                             encoding="utf-8")
    db = tmp_path / "t.db"
    run("ingest", str(tmp_path), "--db", str(db))
    [xai] = [q for q in json.loads(run("consensus", "--db", str(db), "--format", "json").output)
             if q["payee"] == "xai"]
    timeline = [xai["values"][i] for i in xai["timeline"]]
    assert [(v["min"], v["as_of_start"], v["outlets"]) for v in timeline] == [
        (80000000000, "2025-03-01", ["媒体a"]), (230000000000, "2026-01-01", ["媒体b"]),
        (250000000000, "2026-01-01", ["媒体c"])]
    text = run("consensus", "--db", str(db)).output
    assert text.index("2025-03") < text.index("2026-01") and "媒体c" in text


def test_help_loads_none_of_the_engine():
    """Issue 12 item 2: `claims --help` imports click and the command table only (it took
    1.2 s importing pydantic, pypinyin, cn2an and the parser's tables); nor the serve and
    plot extras (issue 14)."""
    import subprocess
    import sys
    code = ("import sys\nfrom claims.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pydantic', 'pypinyin', 'cn2an', 'opencc', 'bs4', 'jieba', 'sqlite_utils',"
            " 'datasette', 'uvicorn', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
