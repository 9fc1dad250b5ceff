"""The second tier (reconcile/possible.py): look-alike pairs not compared, each with the reason."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from core.schema import SUBJECT_OF_ARTICLE, TimeSpan
from reconcile import find_conflicts
from reconcile.apart import why_apart
from reconcile.possible import possible_conflicts
from tests.claim_factory import claim, copy


def test_a_pair_with_the_payee_unknown_on_one_side_is_listed_with_the_reason():
    named = claim("1e8", kind="pay_package", payer="meta", payee="openai-staff")
    unnamed = claim("2e7", kind="pay_package", payer="meta", payee=None)
    assert find_conflicts([named, unnamed]) == []  # not one quantity for the first tier
    [pair] = possible_conflicts([named, unnamed])
    assert pair.reason.startswith("payee unknown on one side") and unnamed.id in pair.reason
    assert pair.explanation.startswith("5.0x apart: US$20M vs US$100M pay package")


def test_an_unnamed_group_counts_as_unknown_but_two_unknowns_are_too_loose():
    group = claim("1e8", kind="signing_bonus", payer="meta", payee="role:人才")
    named = claim("2e7", kind="signing_bonus", payer="meta", payee="openai-staff")
    assert len(possible_conflicts([group, named])) == 1
    other_group = claim("1e6", kind="signing_bonus", payer="meta", payee="role:研究员")
    assert possible_conflicts([group, other_group]) == []
    nobody = claim("1e6", kind="valuation", payer=None, payee=None)
    assert possible_conflicts([nobody, claim("1e8", kind="valuation", payer=None, payee=None)]) == []


def test_values_far_apart_or_consistent_are_not_look_alikes():
    named = claim("1e8", kind="pay_package", payer="meta", payee="openai-staff")
    assert possible_conflicts([named, claim("1e6", kind="pay_package", payer="meta", payee=None)]) == []  # 100x
    assert possible_conflicts([named, claim("1e8", kind="pay_package", payer="meta", payee=None)]) == []


def test_an_undated_figure_against_a_dated_one_is_listed_for_time():
    dated = claim("7e9", kind="valuation", payer=None, payee="scale-ai").model_copy(
        update={"as_of": TimeSpan(start=date(2024, 1, 1), end=date(2024, 12, 31), source="stated")})
    undated = claim("1.4e10", kind="valuation", payer=None, payee="scale-ai", published=None).model_copy(
        update={"as_of": TimeSpan()})
    assert find_conflicts([dated, undated]) == []
    [pair] = possible_conflicts([dated, undated])
    assert pair.reason.startswith("time unknown")


def test_one_time_against_annual_is_listed_as_not_compared():
    once = claim("1e8", kind="pay_package", payer="meta", payee="ruoming-pang", period="one_time")
    yearly = claim("2e7", kind="pay_package", payer="meta", payee="ruoming-pang", period="per_year")
    [pair] = possible_conflicts([once, yearly])
    assert "different quantities" in pair.reason and pair.severity == 0


def test_one_article_never_pairs_with_itself():
    a = claim("1e8", kind="pay_package", payer="meta", payee="openai-staff")
    b = copy(a, payee=None, min=a.min / 5, max=a.max / 5, doc_id=a.doc_id)
    assert possible_conflicts([a, b]) == []


def test_why_apart_names_the_first_differing_part_of_the_key():
    a = claim("1e8", kind="signing_bonus", payer="meta", payee="openai-staff")
    assert why_apart(a, copy(a, payer="google")) == "payer: meta vs google"
    assert why_apart(a, copy(a, scope="average")) == "scope: individual vs average"
    assert why_apart(a, copy(a, stance="hypothetical")).endswith("stance hypothetical")
    assert why_apart(a, copy(a, doc_id=a.doc_id)) == "one article, one source"
    assert why_apart(a, copy(a, doc_id="another")) is None


def test_cli_conflicts_possible_lists_pairs_with_reasons(tmp_path):
    from click.testing import CliRunner

    from claims.cli import main
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    one.write_text("Meta向OpenAI员工提供1亿美元签约奖金。", encoding="utf-8")
    two.write_text("据悉，Meta开出的签约奖金为2000万美元。", encoding="utf-8")
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(one), str(two), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["conflicts", "--db", db, "--possible", "--format", "json"])
    assert result.exit_code == 0, result.output
    pairs = json.loads(result.output)
    assert [p["reason"].split(" (")[0] for p in pairs] == ["payee unknown on one side"]
    assert {c["text"] for c in pairs[0]["claims"]} == {"1亿美元", "2000万美元"}


def test_claims_given_as_a_one_pass_iterable_still_reach_the_second_tier():
    """Regression: possible_conflicts read its claims twice, so a generator left the
    incomparable pairs (one-time vs annual) out silently."""
    once = claim("1e8", kind="pay_package", payer="meta", payee="ruoming-pang", period="one_time")
    yearly = claim("2e7", kind="pay_package", payer="meta", payee="ruoming-pang", period="per_year")
    assert len(possible_conflicts(iter([once, yearly]))) == 1


def test_a_payee_read_from_the_articles_subject_is_shown_but_never_accused_on():
    """MiniMax's IPO article: 发行价165港元 names no company, the article's subject is
    MiniMax. Such a pair is a possible conflict, not a conflict."""
    stated = claim("1.65e2", kind="other", payer=None, payee="minimax", currency="USD")
    guessed = copy(stated, min=Decimal("2.35e2"), max=Decimal("2.35e2"), parties_from=SUBJECT_OF_ARTICLE,
                   min_usd=Decimal("2.35e2"), max_usd=Decimal("2.35e2"), doc_id="doc-b", outlet="Outlet B")
    assert find_conflicts([stated, guessed]) == []
    [pair] = possible_conflicts([stated, guessed])
    assert pair.reason == f"payee is the article's subject ({guessed.id})"
    both = copy(stated, parties_from=SUBJECT_OF_ARTICLE, doc_id="doc-c", outlet="Outlet C")
    assert find_conflicts([guessed, both]) == []  # two guesses: still never a conflict
    assert len(possible_conflicts([guessed, both])) == 1
