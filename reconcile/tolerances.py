"""How far a hedged figure may stray: read from the qualifier's row in ``parsers/lexicon.py``.

A ``Tolerance(down, up, why)`` holds fractions of the claim's own bounds: the lower bound is
widened to ``min * (1 - down)`` and the upper bound to ``max * (1 + up)`` (before the precision
widening). They apply only to claims marked ``approx``.

Each hedge word has its effect's tolerance (``lexicon.EFFECTS``) unless its ``Hedge`` row
overrides it; digit counts, vague words and adjacent digits (九位数, 数百万, 三五) have the
rows of ``lexicon.QUALIFIER_KINDS``. Meanings the parser already wrote into the bounds
(超过10亿 -> (1e9, open), 10多亿 -> [1e9, 2e9), 九位数 -> [1e8, 1e9)) get 0: widening them again
would double-count the hedge. An approx claim with no known qualifier gets DEFAULT_APPROX.
Qualifiers come in the parser's simplified matching form; any other spelling (約) is normalised.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from parsers.lexicon import EFFECTS, HEDGES, UNIT_INFIX_HEDGES, Meaning, Tolerance, qualifier_meaning
from parsers.text import normalize

ABOUT = EFFECTS["about"].tolerance
DEFAULT_APPROX = Tolerance(Decimal("0.10"), Decimal("0.10"), "approximate, no hedge word known: as 'about'")
NONE = Tolerance(Decimal(0), Decimal(0), "not approximate")

# Every hedge word with its tolerance, as the lexicon rows give it (a view, not a second list):
# for callers that want to enumerate the words.
TOLERANCES: dict[str, Tolerance] = {h.word: h.tolerance for h in (*HEDGES, *UNIT_INFIX_HEDGES)}


@lru_cache(maxsize=4096)  # compare() asks for every claim it widens; normalising costs more than a lookup
def _meaning(word: str) -> Meaning | None:
    return qualifier_meaning(word) or qualifier_meaning(normalize(word))


def is_bound_word(word: str) -> bool:
    """A qualifier that makes the figure a bound (超过, 最多, 近, 高达 ...), not an estimate."""
    meaning = _meaning(word)
    return meaning is not None and meaning.bound


def tolerance(qualifiers: tuple[str, ...], approx: bool) -> Tolerance:
    """The widest tolerance among the claim's known qualifiers (none unless approx)."""
    if not approx:
        return NONE
    known = [m.tolerance for m in map(_meaning, qualifiers) if m is not None]
    if not known:
        return DEFAULT_APPROX
    widest = max(known, key=lambda t: (t.down + t.up, t.down))
    return Tolerance(max(t.down for t in known), max(t.up for t in known), widest.why)
