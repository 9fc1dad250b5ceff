"""One claim schema: the store, the exports, reconcile's view and the builder derive from it.

Also the pieces of the same clean-up that keep it so: USD provenance on the claim, the one
loader shared by ``mentions`` and ``ingest``, the conflicts table, and the one error base.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
import pkgutil
from datetime import date
from decimal import Decimal

import pytest
import sqlite_utils
from click.testing import CliRunner

from claims import SEEDS_DIR
from claims.build import build_claims
from claims.cli import main
from claims.pipeline import resolver
from claims.records import claim_record
from claims.store import Store, claim_to_row, row_to_claim
from core.errors import EngineError
from core.schema import COLUMNS, Claim, Document, FxStamp, Period, flatten, unflatten
from parsers import MoneyMention, extract_money
from reconcile.view import ClaimView, as_view
from tests.claim_factory import claim


def _full_claim() -> Claim:
    """A claim with every field set to something other than its default."""
    return claim("1e8", currency="TWD", kind="annual_pay", period="n_years", years="4",
                 precision="5e6", approx=True, qualifiers=("约",), stance="reported",
                 attributed_to="wired", published=date(2026, 8, 20)).model_copy(update={
                     "period": Period(kind="n_years", years=Decimal(4), text="四年内"),
                     "fx": FxStamp(rate=Decimal("30.5"), month="2026-06", approximate=True,
                                   note="no TWD rate for 2026-08: used the latest earlier month 2026-06"),
                     "currency_implied": True, "min_inclusive": False, "max": Decimal("2e8"),
                 })


def test_every_column_is_a_claim_field_or_a_nested_one():
    names = [c.name for c in COLUMNS]
    assert len(names) == len(set(names))
    nested = {c.parent for c in COLUMNS if c.parent}
    assert nested == {"period", "fx", "as_of"}
    assert {c.path[0] for c in COLUMNS} == set(Claim.model_fields)


def test_flatten_and_unflatten_are_inverse():
    c = _full_claim()
    assert unflatten(flatten(c)) == c
    assert flatten(c)["period_years"] == Decimal(4) and flatten(c)["fx_approximate"] is True


def test_store_columns_exports_and_view_are_the_schemas_columns(tmp_path):
    names = {c.name for c in COLUMNS}
    with Store(tmp_path / "c.db") as store:
        assert set(store.db["claims"].columns_dict) == names | {"sentence_norm"}
    assert set(claim_record(_full_claim())) == names | {"period"}
    assert set(ClaimView._fields) == names | {"origin"}


def test_store_row_round_trip_keeps_every_field():
    c = _full_claim()
    assert row_to_claim(claim_to_row(c)) == c


def test_view_carries_every_column_by_name():
    c = _full_claim()
    view = as_view(c)
    for name, value in flatten(c).items():
        assert getattr(view, name) == value, name
    assert view.source is c


def test_builder_copies_every_field_it_shares_with_the_mention():
    text = "谷歌给这位研究员开出了约300万美元的签约奖金。"
    doc = Document(id="d", path="t.txt", text=text)
    [m] = extract_money(text)
    [built] = build_claims(doc, resolver())
    shared = [f.name for f in dataclasses.fields(MoneyMention) if f.name in Claim.model_fields]
    assert {"start", "end", "text", "min", "max", "currency", "precision", "qualifiers", "approx"} <= set(shared)
    for name in shared:
        assert getattr(built, name) == getattr(m, name), name


# --- USD provenance: one home for conversion, the note kept -----------------------------

def test_regression_fx_fallback_note_is_kept_on_the_claim(tmp_path):
    """The 'approximate: fell back to an earlier month' note was dropped; it is stored and exported."""
    doc = Document(id="twd", path="t.txt", text="台積電向員工發放獎金30億新台幣。", published=date(2026, 8, 20))
    [c] = build_claims(doc, resolver())
    assert c.currency == "TWD" and c.fx.month == "2026-06" and c.fx.approximate
    assert "earlier month" in c.fx.note
    assert c.min_usd == c.min / c.fx.rate  # exact: the stamped rate is the one used
    with Store(tmp_path / "c.db") as store:
        store.ingest(doc, [c])
        [back] = store.claims()
    assert back.fx == c.fx
    record = claim_record(back)
    assert record["fx_approximate"] is True and "earlier month" in record["fx_note"]


def test_reconcile_converts_with_the_stamped_rate_not_a_round_trip():
    from reconcile.compare import prepare
    c = _full_claim()
    assert prepare(c).rate == Decimal("30.5")
    assert prepare(claim("1e6")).rate == 1  # USD


def test_an_unknown_currency_says_why_it_has_no_usd_value():
    doc = Document(id="x", path="t.txt", text="他的年薪为500万泰铢。", published=date(2025, 1, 1))
    [c] = build_claims(doc, resolver())
    assert c.currency == "THB" and c.min_usd is None and c.fx.rate is None
    assert "THB" in c.fx.note


# --- one loader ------------------------------------------------------------------------

HTML = """<html><head><meta name="description" content="年薪高达5亿美元的传闻">
<meta property="article:published_time" content="2025-07-01"></head>
<body><article><p>据报道，Meta向他提供了1亿美元的薪酬包。</p><p>另有300万美元签约奖金。</p></article></body></html>"""


def test_regression_mentions_and_ingest_read_html_the_same(tmp_path):
    """`claims mentions page.html` reported a figure from a <meta> attribute that ingest never saw."""
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(main, ["mentions", str(page)])
    assert out.exit_code == 0, out.output
    mentions = [(r["start"], r["end"], r["text"]) for r in map(json.loads, out.output.splitlines())]
    db = tmp_path / "c.db"
    assert runner.invoke(main, ["ingest", str(page), "--db", str(db)]).exit_code == 0
    with Store(db) as store:
        stored = [(c.start, c.end, c.text) for c in store.claims()]
    assert mentions == stored == [(m[0], m[1], m[2]) for m in mentions]
    assert [t for _, _, t in mentions] == ["1亿美元", "300万美元"]  # not the meta's 5亿美元


def test_markdown_offsets_point_into_the_file(tmp_path):
    md = tmp_path / "a.md"
    source = "---\noutlet: 测试\n---\n微软向OpenAI投资了100亿美元。\n"
    md.write_text(source, encoding="utf-8")
    out = CliRunner().invoke(main, ["mentions", str(md)])
    [row] = map(json.loads, out.output.splitlines())
    assert source[row["start"]:row["end"]] == "100亿美元"


# --- the conflicts table ----------------------------------------------------------------

def test_check_writes_the_conflicts_table(tmp_path):
    db = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["check", str(SEEDS_DIR), "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(db)["conflicts"].rows)
    assert len(rows) == 3
    claim_ids = {r["id"] for r in sqlite_utils.Database(db)["claims"].rows}
    for row in rows:
        ids = json.loads(row["claim_ids"])
        assert len(ids) == 2 and set(ids) <= claim_ids
        assert row["cause"] and row["explanation"] and Decimal(row["severity"]) > 0
    rerun = CliRunner().invoke(main, ["check", str(SEEDS_DIR), "--db", str(db)])
    assert rerun.exit_code == 0
    assert list(sqlite_utils.Database(db)["conflicts"].rows) == rows  # a rerun changes nothing


def test_an_older_database_gets_new_columns(tmp_path):
    db_path = tmp_path / "old.db"
    with Store(db_path):
        pass
    db = sqlite_utils.Database(db_path)
    db["claims"].transform(drop={"fx_note"})
    assert "fx_note" not in db["claims"].columns_dict
    db.close()
    with Store(db_path) as store:
        assert "fx_note" in store.db["claims"].columns_dict


# --- one error base ----------------------------------------------------------------------

def _error_classes():
    import claims
    import core
    import parsers
    import reconcile
    for package in (core, parsers, claims, reconcile):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            if info.name.endswith(("strategies", "__main__")):
                continue
            module = importlib.import_module(info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if issubclass(cls, Exception) and cls.__module__ == module.__name__:
                    yield cls


@pytest.mark.parametrize("cls", sorted(set(_error_classes()), key=lambda c: c.__qualname__),
                         ids=lambda c: c.__qualname__)
def test_every_engine_error_derives_from_the_one_base(cls):
    assert issubclass(cls, EngineError)


def test_typed_errors_carry_what_was_wrong():
    from claims.errors import DocumentError
    from parsers import NumeralError, parse_numeral
    with pytest.raises(NumeralError) as err:
        parse_numeral("十拾捌")
    assert err.value.text == "十拾捌"
    e = DocumentError("a.txt", "bad", line=3)
    assert (e.path, e.line, str(e)) == ("a.txt", 3, "a.txt:3: bad")


def test_a_field_added_to_the_schema_reaches_store_exports_and_reconcile(tmp_path):
    """`rule` was added to Claim with one edit (core/schema.py): the builder copies it from the
    mention, the store has its column, the exports and ClaimView carry it."""
    doc = Document(id="r", path="t.txt", text="谷歌给这位研究员开出了约300万美元的签约奖金。")
    [built] = build_claims(doc, resolver())
    assert built.rule and built.rule == extract_money(doc.text)[0].rule
    with Store(tmp_path / "c.db") as store:
        store.ingest(doc, [built])
        assert "rule" in store.db["claims"].columns_dict
        [back] = store.claims()
    assert back.rule == built.rule
    assert claim_record(back)["rule"] == built.rule
    assert as_view(back).rule == built.rule


def test_a_skipped_input_keeps_its_typed_error(tmp_path):
    from claims.documents import LoadError, expand
    from claims.errors import DocumentError
    [item] = expand([str(tmp_path / "missing.txt")])
    assert isinstance(item, LoadError) and isinstance(item.error, DocumentError)
    assert item.error.path == str(tmp_path / "missing.txt") and item.error.problem == "no such file or folder"
