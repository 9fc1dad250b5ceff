"""The engine's whole output on the seeds and the dev set is what tests/golden/output.json holds
(mentions, every stored row, the conflicts and look-alike pairs printed): a change made for speed
must not change one field. A rule change that means to change them regenerates the file."""

import json

from benchmarks.golden import GOLDEN, REGENERATE, current, differences


def test_output_identical_to_golden_file():
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    found = differences(expected, current())
    assert not found, (
        "the engine's output differs from the golden file; if a rule change meant this, regenerate it with "
        f"`{REGENERATE}` and review its diff:\n" + "\n".join(found))
