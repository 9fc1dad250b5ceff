"""Export shapes: claims, conflicts and quantities as JSON-ready dicts, and CSV.

A claim record is the claim's flat columns (core.schema.COLUMNS) in schema order, JSON-typed;
a nested model with a ``label`` (the period) also gives its label under its own name, which
is the ``period`` the export contract promises.  Nothing here lists a claim's fields.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date
from decimal import Decimal, localcontext
from typing import Any

from core.schema import COLUMNS, Claim, flatten
from parsers.mention import decimal_to_json as number
from reconcile import Conflict, Quantity
from reconcile.possible import Possible


def claim_record(claim: Claim) -> dict[str, Any]:
    """A claim as a flat JSON-ready dict (contract fields first; exact numbers)."""
    flat = flatten(claim)
    out: dict[str, Any] = {}
    for column in COLUMNS:
        parent = column.parent
        if parent is not None and parent not in out and hasattr(nested := getattr(claim, parent), "label"):
            out[parent] = nested.label()
        out[column.name] = json_value(flat[column.name])
    return out


def json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return number(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _ratio(conflict: Conflict) -> int | float | None:
    # One side at 0 makes the ratio infinite: JSON has no Infinity, so it is null.
    if not conflict.ratio.is_finite():
        return None
    with localcontext() as context:  # room for every digit: a 30-digit ratio rounds, not overflows
        context.prec = max(context.prec, conflict.ratio.adjusted() + 6)
        return number(conflict.ratio.quantize(Decimal("0.0001")).normalize())


def conflict_record(conflict: Conflict) -> dict[str, Any]:
    return {
        "claims": [claim_record(c) for c in conflict.claims],
        "ratio": _ratio(conflict),
        "severity": number(conflict.severity),
        "cause": conflict.cause,
        "explanation": conflict.explanation,
    }


def possible_record(possible: Possible) -> dict[str, Any]:
    """A look-alike pair of the second tier: why it was not compared, and what its values say."""
    return {
        "claims": [claim_record(c) for c in possible.claims],
        "severity": number(possible.severity),
        "reason": possible.reason,
        "explanation": possible.explanation,
    }


def conflict_id(conflict: Conflict) -> str:
    """A conflict's stable id: a hash of its claims' ids."""
    return hashlib.sha256("|".join(sorted(c.id for c in conflict.claims)).encode()).hexdigest()[:16]


def conflict_row(conflict: Conflict) -> dict[str, Any]:
    """A conflict as a row of the store's ``conflicts`` table (exact numbers as TEXT)."""
    ids = [c.id for c in conflict.claims]
    return {
        "id": conflict_id(conflict),
        "claim_ids": json.dumps(ids), "ratio": str(conflict.ratio), "severity": str(conflict.severity),
        "cause": conflict.cause, "explanation": conflict.explanation, "basis": conflict.basis,
    }


def quantity_record(quantity: Quantity) -> dict[str, Any]:
    return {
        "kind": quantity.kind, "payer": quantity.payer, "payee": quantity.payee,
        "values": [{
            "min": number(v.min), "max": None if v.max is None else number(v.max), "currency": v.currency,
            "period": v.period, "support": v.support, "claims": [c.id for c in v.claims],
            "earliest": v.earliest.id if v.earliest is not None else None,
            "as_of_start": v.held[0].isoformat() if v.held else None,
            "as_of_end": v.held[1].isoformat() if v.held else None,
            "outlets": list(v.outlets),
        } for v in quantity.values],
        "timeline": [quantity.values.index(v) for v in quantity.timeline()],
    }


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
