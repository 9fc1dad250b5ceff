"""`claims serve` (issue 14 item 1): the metadata matches the store's columns, the canned
queries answer on the seeds (any script, short names), and the site refuses every write.
All through a real `claims serve` process over a database the real `claims ingest` wrote."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import urllib.error
import urllib.parse
import urllib.request

import pytest

from claims import serve
from claims.store import Store
from core.schema import COLUMNS
from tests.served import serving


@pytest.fixture(scope="module")
def site(seeds_db):
    with serving(seeds_db) as url:
        yield url, seeds_db


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _rows(site, query: str, **params: str) -> list[dict]:
    url, db = site
    params["_shape"] = "array"
    status, body = _get(f"{url}/{db.stem}/{query}.json?{urllib.parse.urlencode(params)}")
    assert status == 200, body[:300]
    return json.loads(body)


# --- the metadata, derived by name ---------------------------------------------------------

def test_every_described_column_is_a_column_of_its_table(site):
    _, db = site
    with sqlite3.connect(db) as conn:
        for table, columns in serve.settings()["columns"].items():
            have = {row[1] for row in conn.execute(f"pragma table_info([{table}])")}
            assert set(columns) <= have, (table, set(columns) - have)
        for table, options in serve.settings()["tables"].items():
            have = {row[1] for row in conn.execute(f"pragma table_info([{table}])")}
            named = set(options.get("facets", ())) | set(options.get("hidden_columns", ()))
            named |= {options[k] for k in ("sort", "sort_desc", "label_column") if k in options}
            assert named <= have, (table, named - have)


def test_every_claim_column_of_the_schema_has_a_description():
    described = serve.settings()["columns"]["claims"]
    missing = [c.name for c in COLUMNS if c.name not in described]
    assert not missing, f"browse.toml [columns.claims] lacks {missing}"


def test_the_money_columns_name_their_unit():
    described = serve.settings()["columns"]["claims"]
    for column in ("min", "max", "precision"):
        assert "claim's currency" in described[column]
    for column in ("min_usd", "max_usd", "per_year_min_usd", "per_year_max_usd"):
        assert "US dollars" in described[column]


def test_the_site_shows_the_metadata_facets_and_label_columns(site):
    url, db = site
    status, body = _get(f"{url}/{db.stem}/claims.json?_facet=outlet&_size=1")
    assert status == 200
    page = json.loads(body)
    assert {"outlet", "kind", "stance", "payer", "payee", "period_kind", "currency"} <= set(page["facet_results"])
    outlets = {f["value"] for f in page["facet_results"]["outlet"]["results"]}
    assert {"新智元", "TMT觀察網 (硅谷觀察)"} <= outlets
    status, body = _get(f"{url}/{db.stem}/aliases?entity_id=mark-zuckerberg")
    assert status == 200 and "扎克伯格" in body.decode()  # the foreign key shown by its label column
    status, body = _get(f"{url}/-/claims.css")
    assert b".table-claims .col-sentence_norm" in body


def test_entity_ids_show_their_names_and_claims_link_to_their_rows(site):
    url, db = site
    status, body = _get(f"{url}/{db.stem}/conflicts_side_by_side")
    page = body.decode()
    assert status == 200
    assert f'<a href="/{db.stem}/entities/sam-altman">奥特曼 <small>sam-altman</small></a>' in page
    assert f'<a href="/{db.stem}/claims/' in page and f'<a href="/{db.stem}/conflicts/' in page
    _, body = _get(f"{url}/{db.stem}/claims?kind=investment")
    assert f'<a href="/{db.stem}/entities/scale-ai">Scale AI <small>scale-ai</small></a>' in body.decode()
    assert f'<a href="/{db.stem}/entities/meta">Meta <small>meta</small></a>' in body.decode()


def test_a_port_in_use_is_a_one_line_error(site):
    import socket

    from tests.cli_process import run_claims

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run_claims("serve", "--db", str(site[1]), "--port", str(taken.getsockname()[1]))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: --port: cannot listen on 127.0.0.1:") and len(result.stderr.splitlines()) == 1


def test_the_database_is_served_immutable(site):
    url, db = site
    _, body = _get(f"{url}/-/databases.json")
    assert [d["is_mutable"] for d in json.loads(body) if d["name"] == db.stem] == [False]


# --- the conflicts side by side, and search in any script --------------------------------

def test_conflicts_side_by_side_shows_both_sentences_of_every_conflict(site):
    rows = _rows(site, "conflicts_side_by_side")
    with Store(site[1], readonly=True) as store:
        stored = store.conflict_rows()
        sentences = {c.id: c.sentence for c in store.claims()}
    assert len(rows) == len(stored) == 3
    for row in rows:
        assert row["a_sentence"] == sentences[row["a_claim"]] and row["b_sentence"] == sentences[row["b_claim"]]
    assert [r["severity"] for r in rows] == sorted((r["severity"] for r in rows), reverse=True)


@pytest.mark.parametrize("search", ["小扎", "祖克柏", "Zuckerberg", "143亿", "148億", "148亿", "scale ai"])
def test_a_search_finds_the_scale_ai_conflict_only(site, search):
    """小扎 is an alias of 扎克伯格, who is no party of any conflict: the Scale AI conflict's
    TMT sentence names him as 扎克伯格 (traditional text). 143亿 is 新智元's figure, 148億 TMT's."""
    rows = _rows(site, "conflicts_side_by_side", search=search)
    assert [(r["kind"], r["payer"], r["payee"]) for r in rows] == [("investment", "meta", "scale-ai")]
    assert {rows[0]["a_figure"], rows[0]["b_figure"]} == {"143亿美元", "148億美元"}


def test_a_search_that_names_nothing_shows_no_conflict(site):
    assert _rows(site, "conflicts_side_by_side", search="特斯拉") == []


def test_conflicts_involving_an_entity_in_another_script(site):
    """奥特曼 is Sam Altman, who gave the US$1M figure; Lucas Beyer denied the US$100M one."""
    altman = _rows(site, "conflicts_involving", entity="奥特曼")
    assert [r["cause"] for r in altman] == ["power_of_ten"]
    assert [r["cause"] for r in _rows(site, "conflicts_involving", entity="lucas beyer")] == ["denial"]


@pytest.mark.parametrize("q", ["小扎", "143亿", "扎克伯格", "OpenAI"])
def test_search_claims_equals_the_stores_search(site, q):
    """Two characters (小扎) take the substring fallback, three or more the trigram index."""
    with Store(site[1], readonly=True) as store:
        expected = sorted(c.id for c in store.search(q))
    assert expected
    assert sorted(r["claim"] for r in _rows(site, "search_claims", q=q)) == expected


@pytest.mark.parametrize(("q", "entity"), [
    ("小扎", "mark-zuckerberg"),  # two characters: the substring fallback
    ("祖克柏", "mark-zuckerberg"),  # Taiwan's spelling, through the trigram index over names
    ("ZUCKERBERG", "mark-zuckerberg"),  # any case
    ("亞歷山大", "alexandr-wang"),  # traditional script, matched in its simplified form
])
def test_search_names_finds_an_entity_by_any_spelling(site, q, entity):
    assert entity in [r["entity"] for r in _rows(site, "search_names", q=q)]


def test_the_names_index_is_in_step_with_the_aliases(site):
    with Store(site[1], readonly=True) as store:
        rows = store.db.execute("select count(*) from aliases").fetchone()[0]
        indexed = store.db.execute("select count(*) from aliases_fts").fetchone()[0]
    assert rows == indexed > 0


def test_earliest_source_and_quantity_values(site):
    first = _rows(site, "earliest_source", figure="143億美元")  # traditional: the same figure
    assert [(r["outlet"], r["text"]) for r in first] == [("新智元", "143亿美元")]
    values = _rows(site, "quantity_values", kind="investment", payer="Meta", payee="Scale AI")
    assert sorted(r["text"] for r in values) == ["143亿美元", "148億美元"]
    by_outlet = _rows(site, "claims_by_outlet", outlet="新智元")
    assert by_outlet and "143亿美元" in {r["text"] for r in by_outlet}


# --- the timeline pages ------------------------------------------------------------------

def test_timelines_list_the_consensus_quantities_and_draw_them(site, run_consensus):
    url, _ = site
    status, body = _get(f"{url}/-/timelines")
    assert status == 200
    page = body.decode()
    for heading in run_consensus:
        assert heading in page
    query = urllib.parse.urlencode({"q": "investment (meta → scale-ai)"})
    status, body = _get(f"{url}/-/timeline.svg?{query}")
    assert status == 200 and body.lstrip().startswith(b"<?xml") and b"<svg" in body
    status, body = _get(f"{url}/-/timeline?{urllib.parse.urlencode({'q': 'no such thing'})}")
    assert status == 404 and "no such thing" in body.decode()


@pytest.fixture(scope="module")
def run_consensus(site):
    from tests.cli_process import run_claims

    text = run_claims("consensus", "--db", str(site[1])).stdout
    return [line for line in text.splitlines() if line and not line.startswith(" ")]


# --- read-only ---------------------------------------------------------------------------

def _digest(db) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


@pytest.mark.parametrize("method,path,data", [
    ("POST", "/{db}", "sql=delete+from+conflicts"),
    ("POST", "/{db}/conflicts_side_by_side", "search=x"),
    ("PUT", "/{db}/conflicts", ""),
    ("DELETE", "/{db}/conflicts", None),
    ("POST", "/-/timelines", ""),
])
def test_a_write_through_the_web_is_refused(site, method, path, data):
    url, db = site
    before = _digest(db)
    request = urllib.request.Request(url + path.format(db=db.stem), method=method,
                                     data=None if data is None else data.encode())
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 405
    assert _digest(db) == before


@pytest.mark.parametrize("sql", [
    "delete from conflicts", "update claims set min = 0", "insert into entities (id) values ('x')",
    "drop table claims", "pragma user_version = 9", "attach database ':memory:' as m",
])
def test_write_sql_is_refused(site, sql):
    url, db = site
    before = _digest(db)
    status, body = _get(f"{url}/{db.stem}.json?{urllib.parse.urlencode({'sql': sql})}")
    assert status == 400, body[:200]
    assert _digest(db) == before
    assert len(_rows(site, "conflicts_side_by_side")) == 3


@pytest.mark.parametrize("command,missing,extra", [
    (["serve"], ("datasette", "uvicorn"), "serve"), (["plot", "x", "-o", "x.png"], ("matplotlib",), "plot")])
def test_a_missing_extra_is_named_in_one_line(command, missing, extra):
    """Without the extra installed (its modules blocked, as if absent), the command says which to install."""
    import subprocess
    import sys

    code = (f"import sys\nfor m in {missing!r}: sys.modules[m] = None\n"
            f"from claims.cli import main\nmain({command!r})")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: claims {extra} needs {missing[0]}: pip install 'claims-engine[{extra}]'"


def test_a_database_being_written_is_served_read_only_with_its_wal(seeds_db, tmp_path):
    """A writer with rows in the -wal file: served mode=ro (not immutable, which would not
    see them), so the new row shows; and still nothing is answered but GET and HEAD."""
    import asyncio
    import shutil

    busy = tmp_path / "busy.db"
    shutil.copy(seeds_db, busy)
    writer = sqlite3.connect(busy)
    try:
        writer.execute("pragma journal_mode = wal")
        writer.execute("insert into entities (id, name, type, english) values ('new-co', '新公司', 'org', 'New Co')")
        writer.commit()
        assert (tmp_path / "busy.db-wal").stat().st_size > 0
        site = serve.app(busy)

        async def visit():
            await site.invoke_startup()
            row = await site.client.get("/busy/entities/new-co.json?_shape=array")
            post = await site.client.post("/busy/entities", data={"id": "x"})
            return row.status_code, row.json(), post.status_code

        status, rows, posted = asyncio.run(visit())
    finally:
        writer.close()
    assert site.databases["busy"].is_mutable
    assert status == 200 and [r["name"] for r in rows] == ["新公司"]
    assert posted == 405
