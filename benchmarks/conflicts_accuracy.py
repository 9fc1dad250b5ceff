"""How true the conflict list is on real news: the engine's conflicts against a hand-made list.

    python -m benchmarks.conflicts_accuracy

Builds the claims of every excerpt in tests/corpus/real_news/{dev,test,blind} as
``claims check`` would, finds the conflicts among all of them, and compares them with
tests/corpus/real_news/conflicts.json, written by hand from the texts: ``true`` pairs of
figures that cannot both be true, and ``not`` pairs that look alike but are consistent
(different years, part and whole, a restatement, a change...). Prints how many true pairs
are found (recall), how many listed non-conflicts are wrongly flagged, and how many of all
flagged pairs are known true ones (a lower bound on precision: the list may miss some).
"""

from __future__ import annotations

import json
import sys

from benchmarks.claims_accuracy import ROOT, SETS, aligned, load_set, locate
from claims.build import analyse
from claims.pipeline import resolver
from reconcile import find_conflicts

TRUTH = ROOT / "conflicts.json"


def claim_ids() -> tuple[dict[tuple[str, str, int], str], list]:
    """(file, mention text, nth) -> the id of the claim the engine made of it; all claims."""
    ids: dict[tuple[str, str, int], str] = {}
    claims = []
    for name in SETS:
        for ex in load_set(name):
            built = analyse(ex.document, resolver()).claims
            claims += built
            for m in ex.mentions:
                span = locate(ex.document.text, m)
                c = aligned(built, span) if span else None
                if c is not None:
                    ids[(ex.name, m["text"], int(m.get("nth", 1)))] = c.id
    return ids, claims


def _key(side: dict) -> tuple[str, str, int]:
    return side["file"], side["text"], int(side.get("nth", 1))


def main() -> int:
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    ids, claims = claim_ids()
    flagged = {frozenset(c.id for c in conflict.claims) for conflict in find_conflicts(claims)}

    def pair(p: dict) -> frozenset | None:
        a, b = ids.get(_key(p["a"])), ids.get(_key(p["b"]))
        return None if a is None or b is None else frozenset((a, b))

    true_pairs = [pair(p) for p in truth["true"]]
    not_pairs = [pair(p) for p in truth["not"]]
    found = sum(1 for p in true_pairs if p in flagged)
    unparsed = sum(1 for p in true_pairs if p is None)
    false_alarms = sum(1 for p in not_pairs if p is not None and p in flagged)
    known_true = sum(1 for f in flagged if f in set(true_pairs))
    print(f"true conflicts found: {found}/{len(true_pairs)} ({unparsed} have a figure the parser missed)")
    print(f"listed non-conflicts flagged: {false_alarms}/{len(not_pairs)}")
    print(f"flagged pairs: {len(flagged)}, of which known true: {known_true}"
          f" ({100 * known_true / len(flagged):.0f}% at least)" if flagged else "flagged pairs: 0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
