"""Conflicts as schema.org ClaimReview JSON-LD, the form fact-check publishers exchange.

One ClaimReview per conflict: the claim reviewed is the first claim of the pair (the smaller
value), its rating says it is contradicted by the other report, with the conflict's
explanation as the rating's explanation, and every article that carries either figure is an
``appearance`` of the claim (the earliest one its ``firstAppearance``). What ClaimReview has
no slot for -- the amount, currency, interval, period, kind and parties of each figure -- is
under the extension namespace ``ce:`` (EXTENSION, documented in the README), in
``ce:figures`` on the reviewed Claim, one entry per claim of the conflict.

The output depends only on the database: the review's ``datePublished`` is the publication
date of the latest article it cites (not the day of the export), so a rerun writes the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from core.schema import Claim
from parsers.mention import decimal_to_json as number
from reconcile import Conflict

from .records import conflict_id

EXTENSION = "urn:claims-engine:ns:"  # the ce: terms, listed in the README (ClaimReview export)
CONTEXT = ["https://schema.org", {"ce": EXTENSION}]
MAX_CLAIM_REVIEWED = 75  # ClaimReview guidance: a short summary of the claim
RATING = {"denial": "Denied by the party concerned"}
DEFAULT_RATING = "Contradicted by another report"


def _clip(text: str, width: int = MAX_CLAIM_REVIEWED) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _document(claim: Claim, documents: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any]:
    return documents.get(claim.doc_id) or {}


def _work(claim: Claim, documents: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The article a claim appears in, as a CreativeWork."""
    doc = _document(claim, documents)
    path = Path(claim.doc)
    url = doc.get("url") or (path.as_uri() if path.is_absolute() else claim.doc)  # the file, when no URL is known
    work: dict[str, Any] = {"@type": "CreativeWork", "url": url}
    if claim.outlet:
        work["publisher"] = {"@type": "Organization", "name": claim.outlet}
    if claim.published:
        work["datePublished"] = claim.published.isoformat()
    if doc.get("author"):
        work["author"] = {"@type": "Person", "name": doc["author"]}
    return work


def _figure(claim: Claim) -> dict[str, Any]:
    """What ClaimReview has no slot for, under ce:."""
    return {
        "ce:claim": claim.id, "ce:text": claim.text, "ce:kind": claim.kind,
        "ce:payer": claim.payer, "ce:payee": claim.payee, "ce:scope": claim.scope,
        "ce:min": number(claim.min), "ce:max": None if claim.max is None else number(claim.max),
        "ce:minInclusive": claim.min_inclusive, "ce:maxInclusive": claim.max_inclusive,
        "ce:currency": claim.currency, "ce:period": claim.period.label(),
        "ce:minUSD": None if claim.min_usd is None else number(claim.min_usd),
        "ce:maxUSD": None if claim.max_usd is None else number(claim.max_usd),
        "ce:stance": claim.stance, "ce:attributedTo": claim.attributed_to, "ce:sentence": claim.sentence,
    }


def _summary(claim: Claim) -> str:
    who = " → ".join(x for x in (claim.payer, claim.payee) if x)
    subject = f"{claim.kind.replace('_', ' ')} ({who})" if who else claim.kind.replace("_", " ")
    return _clip(f"{subject}: {claim.text}")


def claim_review(conflict: Conflict, conflict_id: str, documents: Mapping[str, Mapping[str, Any]],
                 *, reviewer: str = "claims engine", base_url: str = "urn:claims-engine:conflict:") -> dict[str, Any]:
    """One conflict as a ClaimReview object (JSON-LD, ready for json.dumps)."""
    claims: list[Claim] = list(conflict.claims)
    reviewed = claims[0]
    dated = sorted(claims, key=lambda c: (c.published is None, c.published or "", c.id))
    appearances = list({work["url"]: work for work in (_work(c, documents) for c in dated)}.values())
    latest = max((c.published for c in claims if c.published), default=None)
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": reviewed.outlet or Path(reviewed.doc).name},
        "appearance": appearances,
        "firstAppearance": appearances[0],
        "ce:figures": [_figure(c) for c in claims],
    }
    if reviewed.published:
        item["datePublished"] = reviewed.published.isoformat()
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": f"{base_url}{conflict_id}",
        "claimReviewed": _summary(reviewed),
        "author": {"@type": "Organization", "name": reviewer},
        "reviewRating": {
            "@type": "Rating",
            "alternateName": RATING.get(conflict.cause, DEFAULT_RATING),
            "ratingExplanation": conflict.explanation,
        },
        "itemReviewed": item,
        "ce:ratio": None if not conflict.ratio.is_finite() else number(conflict.ratio),
        "ce:severity": number(conflict.severity),
        "ce:cause": conflict.cause,
    }
    if latest is not None:
        review["datePublished"] = latest.isoformat()
    return review


def claim_reviews(conflicts: Iterable[Conflict], documents: Mapping[str, Mapping[str, Any]],
                  **options: str) -> list[dict[str, Any]]:
    """ClaimReview objects for conflicts, in the order given (most severe first from reconcile)."""
    return [claim_review(conflict, conflict_id(conflict), documents, **options) for conflict in conflicts]
