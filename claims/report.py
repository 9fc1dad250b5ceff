"""Human-readable renderings: the conflicts report and the claims table."""

from __future__ import annotations

from pathlib import Path

from core.schema import Claim
from reconcile import Conflict, Quantity
from reconcile.explain import money
from reconcile.possible import Possible


def _side(claim: Claim) -> str:
    low = money(claim.min_usd, "USD") if claim.min_usd is not None else "?"
    if claim.max_usd is None:
        usd = f"over {low}" if claim.min_inclusive is False else f"{low} or more"
    elif claim.max_usd == claim.min_usd:
        usd = low
    else:
        usd = f"{low}–{money(claim.max_usd, 'USD')}"
    source = claim.outlet or Path(claim.doc).name
    when = claim.published.isoformat() if claim.published else "undated"
    said = f"; {claim.stance} by {claim.attributed_to}" if claim.attributed_to else f"; {claim.stance}"
    period = "" if claim.period.kind == "unknown" else f", {claim.period.label()}"
    return f"「{claim.text}」 = {usd}{period} — {source}, {when}{said}"


def _quantity(claim: Claim) -> str:
    who = f"{claim.payer or '?'} → {claim.payee or '?'}"
    return f"{claim.kind.replace('_', ' ')} ({who})"


def conflicts_text(found: list[Conflict], *, markdown: bool) -> str:
    return _pairs_text([(c.claims, c.explanation) for c in found], "No conflicting claims found.", markdown)


def possible_text(found: list[Possible], *, markdown: bool) -> str:
    return _pairs_text([(p.claims, f"{p.reason} — {p.explanation}") for p in found],
                       "No look-alike pairs left uncompared.", markdown)


def _pairs_text(pairs: list[tuple], empty: str, markdown: bool) -> str:
    """Numbered (claims, what to say of them), each claim with its value and evidence."""
    if not pairs:
        return empty + "\n"
    lines: list[str] = []
    for n, (claims, said) in enumerate(pairs, 1):
        head = f"{n}. {_quantity(claims[0])}: {said}"
        lines.append(f"### {head}" if markdown else head)
        for claim in claims:
            lines.append(f"{'-' if markdown else '   -'} {_side(claim)}")
            lines.append(f"{'  ' if markdown else '     '}“{_clip(claim.sentence)}”")
        lines.append("")
    return "\n".join(lines)


def _clip(sentence: str, width: int = 90) -> str:
    return sentence if len(sentence) <= width else sentence[: width - 1] + "…"


def claims_table(records: list[dict]) -> str:
    rows = ["kind\tpayer→payee\tperiod\ttext\tUSD\tstance\tattributed_to\tdoc"]
    for r in records:
        usd = "?" if r["min_usd"] is None else (
            f"{r['min_usd']}" if r["max_usd"] == r["min_usd"] else f"{r['min_usd']}..{r['max_usd'] or '∞'}")
        rows.append("\t".join(str(x) for x in (
            r["kind"], f"{r['payer'] or '?'}→{r['payee'] or '?'}", r["period"], r["text"], usd, r["stance"],
            r["attributed_to"] or "", Path(r["doc"]).name)))
    return "\n".join(rows) + "\n"


def consensus_text(quantities: list[Quantity]) -> str:
    if not quantities:
        return "No quantity is reported more than once.\n"
    lines: list[str] = []
    for q in quantities:
        lines.append(f"{q.kind.replace('_', ' ')} ({q.payer or '?'} → {q.payee or '?'})")
        for v in q.timeline():  # over time: when each value holds, then who reported it
            high = "" if v.max == v.min else f"–{money(v.max, v.currency) if v.max is not None else '∞'}"
            when = _when(v.held, v.earliest.published if v.earliest is not None else None)
            outlets = ", ".join(Path(o).name for o in v.outlets[:4]) + (" …" if len(v.outlets) > 4 else "")
            lines.append(f"   {when:<17} {money(v.min, v.currency)}{high} [{v.period}] — {v.support} independent "
                         f"source(s), {len(v.claims)} claim(s): {outlets}")
        lines.append("")
    return "\n".join(lines)


def _when(held, published) -> str:
    """When a value holds (2025-06, 2024, 2025-09-01..2025-11-30), else when it was first
    reported (rep. 2025-06-17), else "undated"."""
    if held is None:
        return f"rep. {published.isoformat()}" if published else "undated"
    start, end = held
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        return str(start.year)
    if start.day == 1 and start.year == end.year and start.month == end.month:
        return f"{start:%Y-%m}"
    return f"{start.isoformat()}..{end.isoformat()}"
