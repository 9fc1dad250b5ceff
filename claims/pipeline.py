"""The library behind the CLI: ingest files, read claims back, reconcile them.

I/O lives here and in ``store``/``documents``; parsers/ and reconcile/ stay pure.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal
from typing import Callable, Iterable

from reconcile import Conflict, Quantity, consensus as reconcile_consensus, find_conflicts

from .build import build_claims
from .documents import LoadError, iter_documents
from .entities import EntityResolver
from .models import Claim
from .store import Store


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def resolver() -> EntityResolver:
    """One resolver per process: building its patterns costs a fraction of a second."""
    return EntityResolver()


def ingest(store: Store, paths: Iterable[str], *, progress: Callable[[str], None] | None = None) -> IngestReport:
    """Load, extract and store each file in its own transaction; bad files are reported and skipped."""
    report = IngestReport()
    res = resolver()
    store.save_entities(res)
    for item in iter_documents(list(paths)):
        if isinstance(item, LoadError):
            report.errors.append(str(item))
            continue
        claims = build_claims(item, res)
        outcome = store.ingest(item, claims)
        setattr(report, outcome, getattr(report, outcome) + 1)
        report.claims += len(claims)
        if progress:
            progress(item.path)
    return report


def conflicts(store: Store) -> list[Conflict]:
    return find_conflicts(store.claims())


def consensus(store: Store) -> list[Quantity]:
    """Quantities reported by two or more claims: their distinct values and support."""
    return [q for q in reconcile_consensus(store.claims()) if sum(len(v.claims) for v in q.values) > 1]


def quantity_record(quantity: Quantity) -> dict:
    return {
        "kind": quantity.kind, "payer": quantity.payer, "payee": quantity.payee,
        "values": [{
            "min": _number(v.min), "max": None if v.max is None else _number(v.max), "currency": v.currency,
            "period": v.period, "support": v.support, "claims": [c.id for c in v.claims],
            "earliest": v.earliest.id if v.earliest is not None else None,
        } for v in quantity.values],
    }


CLAIM_FIELDS = (
    "id", "doc", "doc_id", "outlet", "published", "start", "end", "text", "sentence", "kind", "payer",
    "payee", "period", "min", "max", "currency", "min_usd", "max_usd", "approx", "attributed_to", "stance",
    "min_inclusive", "max_inclusive", "currency_implied", "precision", "qualifiers", "fx_rate", "fx_month",
    "per_year_min_usd", "per_year_max_usd",
)


def claim_record(claim: Claim) -> dict:
    """A claim as a flat JSON-ready dict (contract fields first; exact numbers)."""
    data = claim.model_dump()
    out = {}
    for name in CLAIM_FIELDS:
        value = data[name]
        if name == "period":
            value = claim.period.label()
        elif isinstance(value, Decimal):
            value = _number(value)
        elif name == "published" and value is not None:
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return out


def conflict_record(conflict: Conflict) -> dict:
    return {
        "claims": [claim_record(c) for c in conflict.claims],
        # One side at 0 makes the ratio infinite: JSON has no Infinity, so it is null.
        "ratio": _number(conflict.ratio.quantize(Decimal("0.0001")).normalize()) if conflict.ratio.is_finite() else None,
        "severity": _number(conflict.severity),
        "cause": conflict.cause,
        "explanation": conflict.explanation,
    }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def to_csv(records: list[dict]) -> str:
    """CSV with a header row, one row per record; lists joined by '|'. UTF-8 BOM for spreadsheets."""
    buffer = io.StringIO()
    if not records:
        return ""
    writer = csv.DictWriter(buffer, fieldnames=list(records[0]), lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: ("|".join(map(str, v)) if isinstance(v, list) else
                             json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v)
                         for k, v in record.items()})
    return "\ufeff" + buffer.getvalue()
