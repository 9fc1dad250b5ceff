"""The on-disk tables (core.diskcache) and the stored compiled patterns (core.patterns): what a
process reads back is what it would have built, a changed source is built afresh, and a cache
folder that cannot be written or holds damaged files costs only the speed."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core import diskcache, patterns
from parsers import grammar, text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_new", {})
    monkeypatch.setattr(patterns, "_used", set())
    patterns._stored.cache_clear()
    yield tmp_path
    patterns._stored.cache_clear()


def test_the_grammar_from_stored_code_is_the_grammar_re_compiles(cache):
    for pattern in (grammar.MONEY, grammar.MONEY_PRICED, grammar.ANCHOR, grammar.LEADS, text._TRADITIONAL):
        fresh = patterns.compile(pattern.pattern, pattern.flags)
        patterns.save()
        patterns._stored.cache_clear()
        stored = patterns.compile(pattern.pattern, pattern.flags)
        assert stored == fresh == re.compile(pattern.pattern, pattern.flags)  # (== compares the compiled code)
        assert stored.groupindex == pattern.groupindex and stored.groups == pattern.groups


def test_a_changed_pattern_is_compiled_afresh_and_stored(cache):
    patterns.compile("(?P<a>一|二)亿")
    patterns.save()
    patterns._stored.cache_clear()
    changed = patterns.compile("(?P<a>一|二|三)亿")  # a lexicon row added
    assert changed.fullmatch("三亿")["a"] == "三"
    patterns.save()
    stored = diskcache.load(patterns._name("tests"))
    assert {patterns.key("(?P<a>一|二)亿"), patterns.key("(?P<a>一|二|三)亿")} <= set(stored)


def test_a_damaged_entry_is_compiled_afresh(cache):
    key = patterns.key("[0-9]+")
    diskcache.save(patterns._name("tests"), {key: [0, [1, 2, 3], 0, {}, [None]], "junk": "x"})
    assert patterns.compile("[0-9]+").fullmatch("2025")
    patterns.save()
    assert diskcache.load(patterns._name("tests"))[key][1] != [1, 2, 3]


def test_a_damaged_file_is_ignored(cache):
    (cache / patterns._name("tests")).write_text("{not json", encoding="utf-8")
    assert patterns.compile("a+b").match("aab")


def test_an_unwritable_cache_folder_still_works(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    env = {**os.environ, "CLAIMS_CACHE_DIR": str(blocker / "cache"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "claims", "mentions", "-"], input="Meta向Scale AI投资148億美元".encode(),
                         capture_output=True, env=env, cwd=ROOT, check=True)
    assert json.loads(out.stdout)["text"] == "148億美元" and not out.stderr


def test_a_cold_and_a_warm_process_print_the_same(tmp_path):
    env = {**os.environ, "CLAIMS_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-m", "claims", "mentions"], capture_output=True, env=env, cwd=ROOT,
                           check=True).stdout for _ in range(2)]
    assert sorted(p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()) == [
        "alt", "lower", "re", "re", "regex", "t2s", "toml"]  # (re: the parser's patterns and the loader's)
    assert runs[0] == runs[1] and runs[0].count(b"\n") > 20


def test_a_stored_trie_is_the_one_alt_builds(cache, monkeypatch):
    for name, value in (("_ALT_TABLE", []), ("_ALT_NEW", {}), ("_ALT_USED", set())):
        monkeypatch.setattr(grammar, name, value)
    words = ["万", "万亿", "亿", "个亿", "a+b", "$"]
    fresh = grammar.alt(words), grammar.alt(words, scan=True)
    assert fresh == (grammar._alt_built(words, False), grammar._alt_built(words, True)) and len(grammar._ALT_NEW) == 2
    grammar._save_alts()
    grammar._ALT_TABLE.clear()
    assert (grammar.alt(reversed(words)), grammar.alt(words, scan=True)) == fresh and not grammar._ALT_NEW  # read back
    assert re.fullmatch(fresh[0], "万亿") and not re.fullmatch(fresh[0], "千")
    (cache / grammar._alt_file()).write_text('{"x": [1]}', encoding="utf-8")  # damaged: built again
    grammar._ALT_TABLE.clear()
    assert grammar.alt(words) == fresh[0]


def test_a_character_map_is_rebuilt_when_its_file_is_damaged(cache):
    built = []

    def build():
        built.append(1)
        return {0x570B: 0x56FD}  # 國 -> 国

    name = f"probe-{text._opencc_stamp()}-{text.unicodedata.unidata_version}.json"
    assert text._stored_map("probe", build) == {0x570B: 0x56FD}
    assert text._stored_map("probe", build) == {0x570B: 0x56FD} and len(built) == 1  # read back
    (cache / name).write_text('[[1, 2, 3]]', encoding="utf-8")
    assert text._stored_map("probe", build) == {0x570B: 0x56FD} and len(built) == 2


def test_the_stored_character_maps_are_the_built_ones():
    assert text._CHAR_T2S == text._single_char_t2s()
    assert dict(text._stored_map("lower", text._single_char_lower)) == text._single_char_lower()


def test_each_package_keeps_its_patterns_in_its_own_file(cache):
    """Regression: one file held every pattern a machine had compiled (6.4 MB after a few
    ingests), and reading it was a third of `claims mentions`'s start-up on one line."""
    patterns.compile("a+b", group="parsers")
    patterns.compile("c+d", group="claims")
    patterns.compile("e+f")  # this module's package: tests
    patterns.save()
    assert set(diskcache.load(patterns._name("parsers"))) == {patterns.key("a+b")}
    assert set(diskcache.load(patterns._name("claims"))) == {patterns.key("c+d")}
    assert set(diskcache.load(patterns._name("tests"))) == {patterns.key("e+f")}
    env = {**os.environ, "CLAIMS_CACHE_DIR": str(cache / "cold"), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "claims", "mentions", "-"], input="年薪100万元".encode(),
                   capture_output=True, env=env, cwd=ROOT, check=True)
    assert sorted(p.name.split("-")[1] for p in (cache / "cold").iterdir() if p.name.startswith("re-")) == [
        "documents", "parsers"]  # (the loader's header rules: claims.documents)


def test_regression_patterns_of_older_versions_are_dropped_once_they_outweigh_the_used_ones(cache):
    """The shared cache had grown to 8 MB of older grammars, and `claims mentions` on 450 K
    characters took 0.64 s against 0.46 s with a fresh cache."""
    diskcache.save(patterns._name("tests"),
                   {patterns.key(f"old{i}+"): patterns._build(f"old{i}+", 0) for i in range(3)})
    patterns.compile("new+")
    patterns.save()
    assert set(diskcache.load(patterns._name("tests"))) == {patterns.key("new+")}


def test_one_large_older_pattern_outweighs_many_small_used_ones(cache):
    """Counting entries missed it: a few stale copies of the money grammar outweigh a hundred small patterns."""
    big = "|".join(f"w{i}x" for i in range(400))
    diskcache.save(patterns._name("tests"), {patterns.key(big): patterns._build(big, 0)})
    for i in range(5):
        patterns.compile(f"s{i}+")
    patterns.save()
    assert set(diskcache.load(patterns._name("tests"))) == {patterns.key(f"s{i}+") for i in range(5)}


def test_a_few_patterns_another_command_compiled_are_kept(cache):
    diskcache.save(patterns._name("tests"), {patterns.key("other+"): patterns._build("other+", 0)})
    patterns.compile("mine+")
    patterns.compile("mine2+")
    patterns.save()
    assert set(diskcache.load(patterns._name("tests"))) == {patterns.key(p) for p in ("other+", "mine+", "mine2+")}


def test_the_code_is_stored_packed_and_an_older_list_still_reads(cache):
    """The code words are one base64 string (JSON's integer lists were 20 ms of every start); an entry
    written as a list, as before, is read as well."""
    fresh = patterns.compile("(?P<n>[0-9]+)万")
    patterns.save()
    entry = diskcache.load(patterns._name("tests"))[patterns.key("(?P<n>[0-9]+)万")]
    assert isinstance(entry[1], str)
    patterns._stored.cache_clear()
    assert patterns.compile("(?P<n>[0-9]+)万") == fresh
    diskcache.save(patterns._name("tests"), {patterns.key("x+y"): patterns._build("x+y", 0)})
    patterns._stored.cache_clear()
    assert patterns.compile("x+y") == re.compile("x+y")
    assert patterns.key("x+y") not in patterns._new.get("tests", {})


def test_a_toml_table_is_read_back_from_json_as_tomllib_reads_it(cache, tmp_path):
    import tomllib

    path = tmp_path / "t.toml"
    path.write_text('n = 1\nx = 1.5\nname = "新台币"\n[[row]]\nwords = ["a", "b"]\n', encoding="utf-8")
    expected = tomllib.loads(path.read_text("utf-8"))
    assert diskcache.toml(path) == expected
    (stored,) = [p for p in cache.iterdir() if p.name.startswith("toml-t-")]
    assert diskcache.toml(path) == expected  # read back
    stored.write_text("{damaged", encoding="utf-8")
    assert diskcache.toml(path) == expected
    path.write_text("when = 2025-01-01\n", encoding="utf-8")  # a date: JSON cannot hold it, so not stored
    assert diskcache.toml(path) == tomllib.loads(path.read_text("utf-8"))
    assert len([p for p in cache.iterdir() if p.name.startswith("toml-t-")]) == 1
