"""`claims plot` (issue 14 item 2): which quantity a QUANTITY names, what the timeline holds,
and the PNG/SVG the real command writes on the seeds."""

from __future__ import annotations

import pytest

from claims import plot, timeline
from claims.store import Store
from core.errors import OptionError, OutputError
from tests.cli_process import run_claims

SCALE = "investment (meta → scale-ai)"


@pytest.fixture(scope="module")
def db(seeds_db):
    return seeds_db


@pytest.fixture(scope="module")
def store(db):
    with Store(db, readonly=True) as opened:
        yield opened


def test_labels_are_the_headings_claims_consensus_prints(db, store):
    printed = [line for line in run_claims("consensus", "--db", str(db)).stdout.splitlines()
               if line and not line.startswith(" ")]
    assert [timeline.label(q) for q in timeline.quantities(store)] == printed


@pytest.mark.parametrize("query,kind", [
    (SCALE, None), ("investment (meta -> scale-ai)", None), ("  Investment  (meta → scale-ai) ", None),
    ("Scale AI", None), ("scale-ai", None), ("meta", "investment"),
])
def test_a_heading_or_an_entity_selects_the_quantity(store, query, kind):
    assert timeline.label(timeline.select(store, query, kind)) == SCALE


def test_an_entity_of_several_quantities_names_them_all(store):
    with pytest.raises(OptionError) as error:
        timeline.select(store, "Meta")
    text = str(error.value)
    assert "3 quantities" in text and SCALE in text and "signing bonus (meta → openai-staff)" in text


def test_an_entity_of_no_quantity_is_a_clear_error(store):
    with pytest.raises(OptionError, match="no quantity reported twice or more involves '特斯拉'"):
        timeline.select(store, "特斯拉")


def test_the_scale_ai_timeline_marks_both_sides_of_its_conflict(store):
    line = timeline.timeline(store, timeline.select(store, SCALE))
    assert sorted((m.claim.text, m.claim.outlet, m.low, m.conflict) for m in line.marks) == [
        ("143亿美元", "新智元", 14300000000, True), ("148億美元", "TMT觀察網 (硅谷觀察)", 14800000000, True)]


def test_a_denial_of_a_value_is_drawn_with_it(store):
    """Lucas Beyer's denial of the 1亿 signing bonus is no value of the quantity, but it
    contradicts one: the timeline shows it, marked denied."""
    line = timeline.timeline(store, timeline.select(store, "signing bonus (meta → openai-staff)"))
    assert [(m.claim.text, m.claim.attributed_to) for m in line.marks if m.denied] == [("1亿", "lucas-beyer")]
    assert all(m.conflict for m in line.marks)


def test_intervals_and_open_intervals_keep_their_bounds(store):
    line = timeline.timeline(store, timeline.select(store, "pay package (meta → openai-staff)"))
    nine_digits = next(m for m in line.marks if m.claim.text == "九位数")
    assert (nine_digits.low, nine_digits.high, nine_digits.open_above) == (100000000, 999999999, False)
    assert not any(m.conflict for m in line.marks)


def test_render_is_deterministic_and_refuses_other_formats(store):
    line = timeline.timeline(store, timeline.select(store, SCALE))
    svg = plot.render(line, "svg")
    assert svg == plot.render(line, "svg") and svg.lstrip().startswith(b"<?xml")
    with pytest.raises(OutputError, match="give a file ending in .png or .svg"):
        plot.render(line, "gif", "t.gif")


def test_the_cjk_font_is_found():
    assert plot.cjk_font() in plot.CJK_FONTS


def test_the_font_has_every_character_of_the_seeds_labels(store):
    """Chinese labels render: the font found has a glyph for each character of every figure
    and outlet drawn (both scripts: 亿 and 億, 观 and 觀)."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    font = FT2Font(font_manager.findfont(font_manager.FontProperties(family=plot.cjk_font()), fallback_to_default=False))
    text = {ch for q in timeline.quantities(store) for m in timeline.timeline(store, q).marks
            for ch in m.claim.text + (m.claim.outlet or "") if not ch.isspace()}
    assert {"亿", "億", "觀"} <= text
    assert [ch for ch in sorted(text) if font.get_char_index(ord(ch)) == 0] == []


def test_rendering_warns_of_no_missing_glyph(store):
    import warnings

    line = timeline.timeline(store, timeline.select(store, SCALE))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plot.render(line, "png")
    assert [str(w.message) for w in caught if "missing from" in str(w.message)] == []


def test_claims_plot_writes_png_and_svg(db, tmp_path):
    for name in ("scale.png", "scale.svg"):
        out = tmp_path / name
        result = run_claims("plot", "Scale AI", "--db", str(db), "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"{SCALE}: 2 claim(s) drawn")
        head = out.read_bytes()[:200]
        assert head.startswith(b"\x89PNG") if name.endswith(".png") else b"<svg" in out.read_bytes()


@pytest.mark.parametrize("args,message", [
    (("Scale AI", "-o", "{tmp}/t.gif"), "give a file ending in .png or .svg"),
    (("Scale AI", "-o", "{db}"), "would overwrite the database"),
])
def test_claims_plot_errors_are_one_line(db, tmp_path, args, message):
    args = [a.format(tmp=tmp_path, db=db) for a in args]
    result = run_claims("plot", *args, "--db", str(db))
    assert result.returncode == 1 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "t.png").exists()


def test_a_timeline_with_nothing_to_draw_is_an_error():
    with pytest.raises(OutputError, match="nothing to draw: no claim of x has a US-dollar value"):
        plot.render(timeline.Timeline("x", (), ()), "png", "t.png")


def test_no_cjk_font_installed_says_which_package_to_install(monkeypatch):
    """The table lists fonts by name: with none of its names installed (a name no system has),
    the error names the Debian package instead of drawing empty boxes."""
    monkeypatch.setattr(plot, "CJK_FONTS", {"No Such CJK Font 9": "fonts-none"})
    with pytest.raises(OutputError, match=r"t.png: no CJK font .*apt-get install fonts-wqy-zenhei"):
        plot.cjk_font("t.png")
