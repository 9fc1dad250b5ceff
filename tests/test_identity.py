"""claims.identity: ids learnt apart in two documents that share a spelling are one entity,
for conflicts, possible conflicts and consensus (dev-d-05 vs dev-d-07: 蜜雪集团 and 蜜雪集團
(Mixue Group))."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claims.cli import main
from claims.identity import canonical_ids


def test_ids_sharing_a_spelling_join_and_the_latin_slug_is_kept():
    rows = [("蜜雪集团", "蜜雪集团"), ("mixue-group", "蜜雪集团"), ("mixue-group", "mixue group")]
    assert canonical_ids(rows) == {"蜜雪集团": "mixue-group"}
    assert canonical_ids(list(reversed(rows))) == {"蜜雪集团": "mixue-group"}  # whatever the order


def test_a_curated_id_wins_and_ids_with_no_shared_spelling_stay_apart():
    rows = [("pop-mart", "泡泡玛特"), ("泡泡玛特", "泡泡玛特"), ("王宁", "王宁"), ("王宁-2", "王寧x")]
    assert canonical_ids(rows, frozenset({"pop-mart"})) == {"泡泡玛特": "pop-mart"}


def test_conflicts_see_one_entity_across_documents(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    # each article names the company at least twice, in varied company (claims.discover)
    (folder / "a.txt").write_text(
        "蜜雪冰城股份有限公司 MIXUE Group(简称\"蜜雪集团\")今日公布。腾讯向蜜雪集团投资100亿美元。", encoding="utf-8")
    (folder / "b.txt").write_text(
        "蜜雪集团今日公布。市场看好蜜雪集团，腾讯向蜜雪集团投资300亿美元。", encoding="utf-8")
    db = tmp_path / "c.db"
    run = CliRunner().invoke
    assert run(main, ["ingest", str(folder), "--db", str(db)]).exit_code == 0
    out = run(main, ["conflicts", "--db", str(db), "--format", "json"]).output
    parties = {(c["payee"]) for conflict in json.loads(out) for c in conflict["claims"]}
    assert parties == {"mixue-group"}
