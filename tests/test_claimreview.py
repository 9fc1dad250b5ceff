"""ClaimReview export (claims/claimreview.py): read back with a structured-data reader (extruct)."""

from __future__ import annotations

import json
from datetime import date

import extruct

from claims.build import analyse
from claims.claimreview import EXTENSION, MAX_CLAIM_REVIEWED, claim_reviews
from claims.pipeline import resolver
from core.schema import Document
from reconcile import find_conflicts

ARTICLES = (
    ("a", "https://news.example.com/a", "甲报", date(2025, 6, 13), "Meta以143亿美元收购Scale AI 49%的股份。"),
    ("b", "https://news.example.com/b", "乙报", date(2025, 6, 11), "Meta将以148亿美元收购Scale AI 49%的股份。"),
)


def reviews() -> list[dict]:
    docs, claims = {}, []
    for name, url, outlet, day, text in ARTICLES:
        doc = Document(id=f"doc-{name}", path=f"/corpus/{name}.txt", text=text, outlet=outlet, published=day, url=url)
        docs[doc.id] = {"url": url, "author": None}
        claims += analyse(doc, resolver()).claims
    return claim_reviews(find_conflicts(claims), docs, reviewer="Desk")


def read_back(objects: list[dict]) -> list[dict]:
    html = "<html><head>" + "".join(
        f'<script type="application/ld+json">{json.dumps(o, ensure_ascii=False)}</script>' for o in objects
    ) + "</head><body></body></html>"
    return extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]


def test_a_conflict_reads_back_as_a_claimreview_with_its_appearances_and_figures():
    [review] = read_back(reviews())
    assert review["@type"] == "ClaimReview" and review["author"]["name"] == "Desk"
    assert len(review["claimReviewed"]) <= MAX_CLAIM_REVIEWED and "143亿美元" in review["claimReviewed"]
    rating = review["reviewRating"]
    assert rating["alternateName"] == "Contradicted by another report"
    assert "US$14.3B vs US$14.8B" in rating["ratingExplanation"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"] == "甲报"
    assert [w["url"] for w in item["appearance"]] == ["https://news.example.com/b", "https://news.example.com/a"]
    assert item["firstAppearance"]["url"] == "https://news.example.com/b"  # published first
    assert review["datePublished"] == "2025-06-13"  # the latest article cited, not the export's day
    figures = {f["ce:text"]: f for f in item["ce:figures"]}
    assert figures["143亿美元"]["ce:min"] == 14300000000 and figures["148亿美元"]["ce:currency"] == "USD"
    assert figures["143亿美元"]["ce:kind"] == "acquisition" and figures["143亿美元"]["ce:payee"] == "scale-ai"
    assert review["@context"][1] == {"ce": EXTENSION}


def test_the_export_is_the_same_on_a_rerun():
    assert json.dumps(reviews(), ensure_ascii=False) == json.dumps(reviews(), ensure_ascii=False)


def test_cli_exports_the_seed_conflicts_as_claimreviews(tmp_path):
    from click.testing import CliRunner

    from claims import SEEDS_DIR
    from claims.cli import main
    db, out = str(tmp_path / "s.db"), tmp_path / "reviews.json"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(SEEDS_DIR), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["export", "--db", db, "--format", "claimreview", "--reviewer", "Desk", "-o", str(out)])
    assert result.exit_code == 0, result.output
    back = read_back(json.loads(out.read_text(encoding="utf-8")))
    ratings = sorted(r["reviewRating"]["alternateName"] for r in back)
    assert ratings == ["Contradicted by another report", "Contradicted by another report",
                       "Denied by the party concerned"]
    assert all(r["author"]["name"] == "Desk" and r["itemReviewed"]["appearance"] for r in back)
