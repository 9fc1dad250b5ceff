"""The README is a tested tutorial, and CI runs the README's test command."""

from __future__ import annotations

import doctest
from pathlib import Path

import parsers.extract
import parsers.periods

ROOT = Path(__file__).resolve().parent.parent


def test_readme_examples_run():
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False)
    assert result.attempted > 0 and result.failed == 0


def test_module_doctests_run():
    for module in (parsers.extract, parsers.periods):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_ci_runs_the_readme_test_command():
    readme_commands = [line for line in (ROOT / "README.md").read_text().splitlines() if line.startswith("python3 -m venv")]
    assert len(readme_commands) == 2
    assert readme_commands[1] in (ROOT / ".ci" / "run").read_text()


def test_readme_layout_lists_every_module():
    layout = (ROOT / "README.md").read_text().split("## Layout", 1)[1].split("## Parsing money", 1)[0]
    modules = [p.relative_to(ROOT).as_posix() for package in ("core", "parsers", "claims", "reconcile", "benchmarks")
               for p in sorted((ROOT / package).glob("*.py")) if p.name != "__init__.py" or package != "benchmarks"]
    missing = [m for m in modules if f"`{m}`" not in layout]
    assert not missing, f"README layout table lacks {missing}"
