"""A real browser on a real `claims serve` (issue 14 item 4): headless Chromium (Debian's
chromium, driven by Playwright's Python package through executable_path; .ci/run installs
it, nothing is downloaded) opens the conflicts page, searches 小扎 and 143亿, opens the Scale
AI investment's timeline and saves screenshots. A browser that cannot start fails the test.

CLAIMS_SCREENSHOTS=docs writes the screenshots the README shows (docs/conflicts.png,
docs/timeline.png) instead of into the test's temporary folder.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.served import serving

CHROMIUM = os.environ.get("CLAIMS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCALE = "investment (meta → scale-ai)"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One fresh profile for the module's pages."""
    from playwright.sync_api import Error, sync_playwright

    if shutil.which(CHROMIUM) is None:
        pytest.fail(f"no Chromium at {CHROMIUM}: install Debian's chromium (apt-get install chromium "
                    "chromium-driver fonts-wqy-zenhei; .ci/run does) or set CLAIMS_CHROMIUM")
    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(tmp_path_factory.mktemp("profile")), executable_path=CHROMIUM, headless=True, args=ARGS,
                viewport={"width": 1280, "height": 800}, timeout=60_000)
        except Error as error:
            pytest.fail(f"headless Chromium ({CHROMIUM}) did not start: {str(error).splitlines()[0]}")
        context.set_default_timeout(30_000)
        yield context
        context.close()


@pytest.fixture(scope="module")
def seeds(seeds_db):
    return seeds_db


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("CLAIMS_SCREENSHOTS")
    return Path(folder) if folder else tmp_path_factory.mktemp("screenshots")


def conflict_rows(page) -> list[str]:
    """The text of each row of the conflicts table on the page."""
    return page.locator("table.rows-and-columns tbody tr").all_inner_texts()


def open_conflicts(page, url: str, database: str, search: str = "") -> list[str]:
    """Open the conflicts page, search if asked (typing into its form, as a user does), and
    return its rows; fails when it shows none."""
    page.goto(f"{url}/{database}/conflicts_side_by_side")
    if search:
        page.fill("input[name=search]", search)
        page.locator("form.sql input[type=submit]").click()
        page.wait_for_url("**search=*")
    rows = conflict_rows(page)
    assert rows, f"the conflicts page shows no conflicts (search {search!r})"
    return rows


def test_conflicts_page_searches_and_timeline_in_a_real_browser(browser, seeds, shots):
    page = browser.new_page()
    with serving(seeds) as url:
        rows = open_conflicts(page, url, seeds.stem)
        assert len(rows) == 3
        assert any("143亿美元" in r and "148億美元" in r for r in rows)
        assert any("100萬美元" in r and "1億美元" in r for r in rows)
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "conflicts.png"))

        for search in ("小扎", "143亿"):
            found = open_conflicts(page, url, seeds.stem, search)
            assert len(found) == 1 and "143亿美元" in found[0] and "148億美元" in found[0], search
            assert "扎克伯格" in found[0]  # TMT's sentence, in which the alias's person appears

        page.goto(f"{url}/-/timelines")
        page.get_by_role("link", name=SCALE).click()
        page.wait_for_url("**/-/timeline?q=*")
        image = page.locator("img.timeline-plot")
        image.wait_for()
        page.wait_for_function("document.querySelector('img.timeline-plot').naturalWidth > 0")
        assert page.locator("h1").inner_text() == SCALE
        claims = page.locator("table.timeline-claims tbody tr").all_inner_texts()
        assert sorted(r.split("\t")[2] for r in claims) == ["143亿美元", "148億美元"]
        assert all("yes" in r for r in claims)
        image.screenshot(path=str(shots / "timeline.png"))
    assert (shots / "conflicts.png").stat().st_size > 10_000
    assert (shots / "timeline.png").stat().st_size > 10_000


def test_the_browser_check_fails_when_no_conflict_shows(browser, tmp_path):
    """The same check on a database with no conflicts (one seed article alone) fails: the
    test above cannot pass on an empty page."""
    from claims import SEEDS_DIR
    from tests.cli_process import run_claims

    lone = tmp_path / "lone.db"
    assert run_claims("ingest", str(SEEDS_DIR / "000_07672087d82857f2.txt"), "--db", str(lone)).returncode == 0
    page = browser.new_page()
    with serving(lone) as url:
        with pytest.raises(AssertionError, match="shows no conflicts"):
            open_conflicts(page, url, lone.stem)
        assert page.locator("h1").inner_text() == "Conflicts, side by side"  # the page itself did load
