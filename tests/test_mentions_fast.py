"""`claims mentions` in its plain forms runs without click (claims.launch, claims.mentions): the same
output, messages and exit status as the click command, which every other form still goes to."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.mentions import fast_args

ROOT = Path(__file__).resolve().parent.parent
_CLICK = "import sys; from claims.cli import main; sys.argv[0] = 'claims'; main(prog_name='claims')"
_FAST = "import sys; from claims.launch import main; sys.argv[0] = 'claims'; main(prog_name='claims')"


def _run(code: str, args: list[str], stdin: bytes = b"") -> tuple[bytes, bytes, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True, env=env, cwd=ROOT)
    return out.stdout, out.stderr, out.returncode


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "esc.txt").write_text("年薪\x1b[31m100万元\x1b[0m，奖金50万美元\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Meta向Scale AI投資148億美元，有600名員工。", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8")
    return tmp_path


@pytest.mark.parametrize("args", [
    ["{d}/plain.txt"], ["{d}/esc.txt", "--format", "table"], ["--format=table", "{d}"], ["{d}", "--format=jsonl"],
    ["{d}/missing.txt", "{d}/plain.txt"], ["{d}/empty.txt", "{d}/bad.txt"], ["-"], ["{d}", "--format", "jsonl", "-"],
])
def test_the_fast_path_prints_what_the_click_command_prints(inputs, args):
    argv = ["mentions", *(a.format(d=inputs) for a in args)]
    assert fast_args(argv) is not None
    assert _run(_FAST, argv, "融资1亿元".encode()) == _run(_CLICK, argv, "融资1亿元".encode())


@pytest.mark.parametrize("args", [
    ["--help"], ["--format"], ["--format", "JSONL"], ["--format", "csv"], ["--max-size", "2000"], ["--encoding", "gbk"],
    ["--", "x"], ["-x"],
])
def test_every_other_form_goes_to_click(args):
    assert fast_args(["mentions", *args]) is None
    assert fast_args(["ingest", "x"]) is None and fast_args([]) is None


def test_the_fast_path_never_imports_click(inputs):
    code = _FAST.replace("main(prog_name='claims')", "import atexit; atexit.register(lambda: print("
                         "'click' in sys.modules, file=sys.stderr)); main(prog_name='claims')")
    out, err, status = _run(code, ["mentions", str(inputs / "plain.txt")])
    assert status == 0 and b"148" in out and err.split() == [b"False"]
