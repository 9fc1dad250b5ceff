"""The matching form: one character in, one character out, as OpenCC and str.lower say."""

from hypothesis import given
from hypothesis import strategies as st

from parsers.text import _t2s, normalize

_T2S = _t2s()

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@given(st.text())
def test_normalize_keeps_the_length_of_any_text(text):
    assert len(normalize(text)) == len(text)
    assert len(normalize(text, punctuation=False)) == len(text)


@given(_CJK)
def test_each_han_character_is_simplified_as_opencc_converts_it_alone(ch):
    alone = _T2S.convert(ch)
    assert normalize(ch) == (alone if len(alone) == 1 else ch)


def test_regression_normalize_table_folds_width_case_and_script_together():
    assert normalize("兩億ＵＳ＄１，０００萬臺灣") == "两亿us$1,000万台湾"
    # Money matching keeps Chinese punctuation but reads １，０００ as a grouped figure.
    assert normalize("（１，０００萬）", punctuation=False) == "（1,000万）"


def test_regression_normalize_may_simplify_to_a_character_beyond_the_bmp():
    # OpenCC simplifies 顂 to 𩓋: still one character, so no offset moves.
    assert normalize("顂") == _T2S.convert("顂") == "𩓋"


def test_regression_normalize_keeps_characters_beyond_the_bmp_and_lone_surrogates():
    assert normalize("億😀萬𠀀") == "亿😀万𠀀"
    assert normalize("\ud83d\ude00億") == "\ud83d\ude00亿"  # two lone surrogates stay two characters
    assert normalize("İ") == "İ"  # lower() would make it two characters


def test_the_pure_python_and_the_numpy_normalisations_agree_on_the_whole_bmp(monkeypatch):
    """normalize translates short inputs in pure Python and long ones with numpy's table
    (parsers.text._NUMPY_AFTER): both must give every BMP character the same matching form."""
    from parsers import text as T
    bmp = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000) + "𠀀𪚥"
    for punctuation in (True, False):
        monkeypatch.setattr(T, "_read", 0)
        pure = T.normalize(bmp[:1000], punctuation=punctuation) + bmp[1000:].translate(T._translation(punctuation))
        monkeypatch.setattr(T, "_read", T._NUMPY_AFTER + 1)
        assert T.normalize(bmp, punctuation=punctuation) == pure
    monkeypatch.setattr(T, "_read", 0)
    small = T.traditional_han("臺灣的經濟，台湾")
    monkeypatch.setattr(T, "_read", T._NUMPY_AFTER + 1)
    assert T.traditional_han("臺灣的經濟，台湾") == small == (7, 4)


def test_one_line_of_mentions_does_not_load_numpy():
    import subprocess
    import sys
    code = ("import sys, runpy; sys.argv = ['claims', 'mentions', '-']; "
            "import io; sys.stdin = io.TextIOWrapper(io.BytesIO('年薪100万元'.encode()))\n"
            "try:\n    runpy.run_module('claims', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('numpy' in sys.modules, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip().splitlines()[-1] == "False" and "100万元" in out.stdout


def test_every_character_t2s_changes_is_han_so_one_pattern_counts_the_traditional_ones():
    """parsers.text.traditional_han counts with the _TRADITIONAL class alone on short texts."""
    from parsers.text import _CHAR_T2S, _HAN_RANGES, traditional_han
    assert all(any(lo <= code <= hi for lo, hi in _HAN_RANGES) for code in _CHAR_T2S)
    assert traditional_han("臺積電營收abc，台积电") == (8, 4)  # 臺 積 電 營


def test_the_list_and_the_dict_translations_agree_on_every_character(monkeypatch):
    """Long texts are translated with parsers.text._translation_list, short ones with the dict: the same
    matching form for every BMP character, a lone surrogate and characters past the BMP."""
    from parsers import text as T
    every = "".join(map(chr, range(0x10000))) + "𠀀𪚥😀"
    monkeypatch.setattr(T, "_read", 0)
    for punctuation in (True, False):
        assert every.translate(T._translation_list(punctuation)) == every.translate(T._translation(punctuation))
        assert len(every) >= T._LIST_AFTER and T.normalize(every, punctuation=punctuation) == "".join(
            T.normalize(every[i:i + 1000], punctuation=punctuation) for i in range(0, len(every), 1000))


def test_the_traditional_share_is_the_counts_compared(monkeypatch):
    """parsers.text.traditional_share skips counting the Han characters where the answer is known: the
    same verdict as traditional_han's counts, on every seed and development text and on edge cases."""
    import json
    from pathlib import Path

    from parsers import text as T
    root = Path(__file__).resolve().parent
    texts = [p.read_text(encoding="utf-8") for p in (root.parent / "claims" / "seeds").glob("*.txt")]
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in (root / "corpus" / "real_news" / "dev").glob("*.json")]
    texts += ["", "abc 123", "台湾", "臺灣", "臺" + "台" * 19, "臺" + "台" * 20, "臺" + "a" * 19, "臺" + "a" * 20, "經濟" * 3 + "x" * 200]
    for numpy in (False, True):
        for ratio in (0.05, 0.3, 0.0):
            for text in texts:
                monkeypatch.setattr(T, "_read", T._NUMPY_AFTER + 1 if numpy else 0)
                han, changed = T.traditional_han(text)
                monkeypatch.setattr(T, "_read", T._NUMPY_AFTER + 1 if numpy else 0)
                assert T.traditional_share(text, ratio) == (None if not han else changed / han >= ratio), text[:20]
