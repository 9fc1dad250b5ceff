"""The real-news corpus as a regression guard: per-field agreement on the development set
must not fall below what it is now (tests/corpus/real_news/README.md; the scorer is
benchmarks/claims_accuracy). Floors sit a little under today's figures so that a rule
change that loses ground on real text fails here, not only in the benchmark's output.
The test and blind sets are not asserted on: they are measured, not tuned to."""

from __future__ import annotations

import pytest

from benchmarks.claims_accuracy import FIELDS, load_set, score
from claims.pipeline import resolver

# Percentages after issue 11's second part, minus about one figure's worth (dev: 362 of 367 found, with dev-c).
# The parser then found 13 more figures (349 before); the agreeing figures rose or held in every field (kind
# 287 -> 292, payer 264 -> 273, payee 205 -> 214, scope 293 -> 295, period 280 -> 284, attributed_to 257 -> 262,
# stance 252 -> 257), but the new ones agree less often than the old, so the shares fell.
FLOORS = {"kind": 80.4, "payer": 75.1, "payee": 58.8, "scope": 81.2, "period": 78.2,
          "attributed_to": 72.1, "stance": 70.7}


@pytest.fixture(scope="module")
def dev_score():
    return score(load_set("dev"), resolver())


def test_every_annotated_figure_of_dev_is_found_but_a_few(dev_score):
    assert dev_score.found >= 359 and dev_score.annotated == 367


@pytest.mark.parametrize("field", FIELDS)
def test_dev_agreement_does_not_fall(dev_score, field):
    assert 100 * dev_score.agree[field] / dev_score.found >= FLOORS[field]


def test_every_corpus_file_is_well_formed():
    from benchmarks.claims_accuracy import SETS, locate
    for name in SETS:
        for ex in load_set(name):
            for m in ex.mentions:
                assert locate(ex.document.text, m) is not None, (ex.name, m["text"])
