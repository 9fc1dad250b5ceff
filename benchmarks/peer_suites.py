"""Score our money parser, and JioNLP when it is installed, on the peer test suites.

Run from the repository root::

    python -m benchmarks.peer_suites                 # tables; writes benchmarks/peer_results.md
    python -m benchmarks.peer_suites --no-jionlp     # ours only
    python -m benchmarks.peer_suites --check-lists   # also: listed cases that now pass, failures not listed

The suites live in ``shared/peer-suites`` beside the repository (override with the
``PEER_SUITES_DIR`` environment variable); its README.md describes every field.

What is scored, and how
-----------------------
Money suites (asserted case by case in ``tests/test_peer_suites.py``):

* ``duckling_zh_money`` -- the whole string through ``parse_money``.  Expected bounds are the
  ``major`` field (cents / 100).  Duckling's ``Dollar`` and ``Cent`` are its ambiguous
  yuan-like units: CNY or HKD is accepted; a named unit (CNY, HKD) must match.
* ``jionlp_money_cases`` -- ``parse_money`` rows through ``parse_money`` (bounds + ISO currency);
  ``extract_money`` rows through ``extract_money`` (spans only: the suite states no values);
  ``money_num2char`` rows in the reverse direction: we read the expected Chinese with
  ``parse_numeral`` and compare with the number (we do not generate Chinese numerals).
* ``recognizers_zh_currency`` -- the sentence through ``extract_money``.

Report-only suites (printed and written to the results file, never asserted):

* ``duckling_zh_numeral`` -- the whole string through ``parse_numeral`` (after ``normalize``).
* ``recognizers_zh_number`` -- span-level: each expected span is read with ``parse_numeral``,
  falling back to ``parse_money``'s lower bound (Recognizers resolves 十多万 to 100000).  We have
  no number extractor, so detection is not scored and sentences expecting nothing are n/a.
* ``recognizers_zh_number_range`` -- span-level: each expected span through ``parse_money``;
  bounds only (JioNLP states no inclusivity, and Recognizers' ``[20,100)`` for 20~100 is its
  own convention).
* ``cn2an_cases`` -- ``cn2an`` rows through ``parse_numeral`` (``direct`` rows compared as
  numbers: we return a value, not the digit string); rows that expect an error pass when
  ``NumeralError`` is raised.  ``an2cn`` and ``transform`` rows are n/a for us (we generate no
  Chinese numerals and rewrite no text).

Matching rules
--------------
* Bounds: each bound the suite states must equal ours as ``Decimal(str(x))``; the suite's null
  min matches our min 0 (or None); the suite's null max matches our open max (None).
  Inclusivity is not compared: only the range suite states it.
* Currency: must equal the ISO code the suite names; where it names none (Duckling's
  Dollar/Cent: CNY or HKD; Recognizers' "Dollar" and "Bitcoin" with a null isoCurrency) any
  currency -- for Duckling, CNY or HKD -- is accepted.
* Extraction: a mention is the key (start, end, span, value, currency) with ``end`` exclusive
  (Recognizers' inclusive ``end`` + 1) and ``span = parsers.normalize(text)`` on both sides
  (Recognizers reports spans after full-width normalisation: ``１．０７５３美元`` is
  ``1.0753美元``; normalising both sides makes that comparable).  A point value must be a point
  of ours (min == max == value); a null value (a bare currency name such as 人民币) cannot be
  matched by an amount.  A sentence passes when the two sets are equal: nothing missed, nothing
  extra.  JioNLP's extract rows state no value, so their key is (start, end, span).

A case is one row (a sentence for the extraction suites).  ``tests/peer_conventions.toml``
lists the cases where a suite's convention differs from ours; ``tests/peer_known_bugs.toml``
the cases we fail because of a parser bug.  The raw rate counts both as failures; the
convention-adjusted rate leaves convention cases out of the denominator.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import parsers
from parsers import NumeralError, normalize, parse_money, parse_numeral

ROOT = Path(__file__).resolve().parent.parent
SUITES_DIR = Path(os.environ.get("PEER_SUITES_DIR") or ROOT.parent / "shared" / "peer-suites")
CONVENTIONS_FILE = ROOT / "tests" / "peer_conventions.toml"
KNOWN_BUGS_FILE = ROOT / "tests" / "peer_known_bugs.toml"
RESULTS_FILE = ROOT / "benchmarks" / "peer_results.md"

MONEY_SUITES = ("duckling_zh_money", "recognizers_zh_currency", "jionlp_money_cases")
REPORT_SUITES = ("duckling_zh_numeral", "recognizers_zh_number", "recognizers_zh_number_range", "cn2an_cases")
ALL_SUITES = MONEY_SUITES + REPORT_SUITES
PASS_RATE_FLOOR = 0.95

YUAN_LIKE = frozenset({"CNY", "HKD"})  # Duckling's ambiguous Dollar / Cent
# JioNLP's normalised ``case`` -> ISO 4217 (see jionlp/gadget/money_parser.py: 元 is its default).
JIONLP_CASE_ISO = {
    "元": "CNY", "人民币": "CNY", "港元": "HKD", "日元": "JPY", "韩元": "KRW", "新台币": "TWD", "澳元": "AUD",
    "美元": "USD", "欧元": "EUR", "英镑": "GBP", "卢布": "RUB", "泰铢": "THB", "加元": "CAD", "新加坡元": "SGD",
    "新西兰元": "NZD", "澳门元": "MOP", "马元": "MYR", "缅元": "MMK", "马克": "DEM", "澳大利亚元": "AUD",
}


# ---------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Verdict:
    """One system's answer on one case."""

    passed: bool | None  # None: not scored (the case asks for something this system has no function for)
    got: str  # what the system returned, readable
    why: str = ""  # why it failed, or why it is not scored


@dataclass
class CaseResult:
    suite: str
    key: str  # the case id: the input text (unique within a suite)
    expected: str
    ours: Verdict
    jionlp: Verdict | None = None
    listed: str | None = None  # the reason from peer_conventions / peer_known_bugs, if listed
    listed_kind: str | None = None  # "convention" | "bug"


@dataclass
class SuiteSummary:
    suite: str
    cases: int
    scored: int
    passed: int
    conventions: int
    bugs: int
    jionlp_scored: int | None = None
    jionlp_passed: int | None = None
    passed_non_convention: int = 0

    @property
    def raw_rate(self) -> float:
        return self.passed / self.scored if self.scored else 0.0

    @property
    def adjusted_rate(self) -> float:
        denominator = self.scored - self.conventions
        return self.passed_non_convention / denominator if denominator else 0.0

    @property
    def jionlp_rate(self) -> float | None:
        if self.jionlp_scored is None:
            return None
        return self.jionlp_passed / self.jionlp_scored if self.jionlp_scored else 0.0


# ---------------------------------------------------------------------------------------------
# Loading suites and lists


def suites_available() -> bool:
    return all((SUITES_DIR / f"{name}.jsonl").is_file() for name in ALL_SUITES)


@cache
def _rows(suite: str) -> tuple[dict, ...]:
    path = SUITES_DIR / f"{suite}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def _base_key(suite: str, row: dict) -> str:
    if suite == "cn2an_cases":
        mode = row["mode"] if row["mode"] is not None else "default"
        direct = "+direct" if row.get("direct") else ""
        return f"{row['func']}[{mode}{direct}]:{row['input']}"
    if "text" in row:
        return row["text"]
    return f"{row['func']}:{row['input']}"  # jionlp money_num2char rows


def cases(suite: str) -> list[tuple[str, dict]]:
    """(key, row) for every row of a suite; keys are the input text, made unique with '#n'."""
    seen: dict[str, int] = {}
    out = []
    for row in _rows(suite):
        key = _base_key(suite, row)
        seen[key] = seen.get(key, 0) + 1
        out.append((key if seen[key] == 1 else f"{key}#{seen[key]}", row))
    return out


def load_listed(path: Path = CONVENTIONS_FILE) -> dict[tuple[str, str], str]:
    """{(suite, case key): reason} from a peer_conventions / peer_known_bugs TOML file."""
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out: dict[tuple[str, str], str] = {}
    for entry in data.get("case", []):
        key = (entry["suite"], entry["text"])
        if key in out:
            raise ValueError(f"{path.name}: {key} listed twice")
        out[key] = entry["reason"]
    return out


def load_rate_xfails(path: Path = KNOWN_BUGS_FILE) -> dict[str, str]:
    """{suite: reason} for money suites whose pass rate is below the floor because of bugs."""
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return {entry["suite"]: entry["reason"] for entry in data.get("rate", [])}


# ---------------------------------------------------------------------------------------------
# Formatting


def dec(x: Any) -> Decimal | None:
    """A suite number as an exact Decimal: Decimal(str(x)); None stays None."""
    if x is None:
        return None
    return Decimal(str(x).replace(",", "").replace("，", ""))


def fmt_num(d: Decimal | None) -> str:
    if d is None:
        return "—"
    d = d.normalize()
    return format(d, "f") if d == d.to_integral_value() or abs(d.adjusted()) < 20 else str(d)


def fmt_interval(lo: Decimal | None, hi: Decimal | None, lo_inc: bool = True, hi_inc: bool = True,
                 currency: str | None = None) -> str:
    cur = f" {currency}" if currency else ""
    if lo is not None and hi is not None and lo == hi and lo_inc and hi_inc:
        return f"{fmt_num(lo)}{cur}"
    left = "[" if lo_inc and lo is not None else "("
    right = "]" if hi_inc and hi is not None else ")"
    lo_s = fmt_num(lo) if lo is not None else "−∞"
    hi_s = fmt_num(hi) if hi is not None else "+∞"
    return f"{left}{lo_s}, {hi_s}{right}{cur}"


def fmt_expected(lo: Decimal | None, hi: Decimal | None, point: Decimal | None, currencies: str | None) -> str:
    cur = f" {currencies}" if currencies else ""
    if point is not None:
        return f"{fmt_num(point)}{cur}"
    if lo is not None and hi is not None:
        return f"{fmt_num(lo)}..{fmt_num(hi)}{cur}"
    if lo is not None:
        return f"min {fmt_num(lo)}{cur}"
    return f"max {fmt_num(hi)}{cur}"


def fmt_mention(m) -> str:
    return fmt_interval(m.min, m.max, m.min_inclusive, m.max_inclusive, m.currency)


def _crash(err: BaseException) -> str:
    return f"raised {type(err).__name__}: {err}"[:160]


# ---------------------------------------------------------------------------------------------
# Comparison helpers


def bounds_match(exp_lo: Decimal | None, exp_hi: Decimal | None,
                 got_lo: Decimal | None, got_hi: Decimal | None) -> bool:
    """Suite's null min <-> our 0 (or None); suite's null max <-> our None; stated bounds equal."""
    lo_ok = (got_lo is None or got_lo == 0) if exp_lo is None else (got_lo is not None and got_lo == exp_lo)
    hi_ok = got_hi is None if exp_hi is None else (got_hi is not None and got_hi == exp_hi)
    return lo_ok and hi_ok


@dataclass(frozen=True)
class Found:
    """One extracted mention, in the comparison form."""

    start: int
    end: int  # exclusive
    span: str  # normalised
    lo: Decimal | None = None
    hi: Decimal | None = None
    currency: str | None = None

    def show(self) -> str:
        value = "" if self.lo is None and self.hi is None else " = " + fmt_interval(self.lo, self.hi,
                                                                                    currency=self.currency)
        return f"{self.span}@{self.start}{value}"


@dataclass(frozen=True)
class Wanted:
    start: int
    end: int
    span: str
    value: Decimal | None = None  # a point value
    has_value: bool = False  # the suite states a value (null = bare currency name)
    currencies: frozenset[str] | None = None  # None: any

    def show(self) -> str:
        if not self.has_value:
            return f"{self.span}@{self.start}"
        if self.value is None:
            return f"{self.span}@{self.start} = (no amount: currency name only)"
        cur = "|".join(sorted(self.currencies)) if self.currencies else "any currency"
        return f"{self.span}@{self.start} = {fmt_num(self.value)} {cur}"

    def matches(self, got: Found) -> bool:
        if (got.start, got.end, got.span) != (self.start, self.end, self.span):
            return False
        if not self.has_value:
            return True
        if self.value is None or got.lo is None or got.hi is None:
            return False
        if not (got.lo == got.hi == self.value):
            return False
        return self.currencies is None or got.currency in self.currencies


def match_sets(wanted: list[Wanted], found: list[Found]) -> tuple[bool, list[Wanted], list[Found]]:
    """(equal, missed, extra): each wanted item consumes one matching found item."""
    remaining = list(found)
    missed = []
    for w in wanted:
        hit = next((f for f in remaining if w.matches(f)), None)
        if hit is None:
            missed.append(w)
        else:
            remaining.remove(hit)
    return not missed and not remaining, missed, remaining


def _set_verdict(wanted: list[Wanted], found: list[Found]) -> Verdict:
    ok, missed, extra = match_sets(wanted, found)
    got = "; ".join(f.show() for f in found) or "(nothing)"
    why = ""
    if not ok:
        parts = []
        if missed:
            parts.append("missed " + "; ".join(w.show() for w in missed))
        if extra:
            parts.append("extra/wrong " + "; ".join(f.show() for f in extra))
        why = " | ".join(parts)
    return Verdict(ok, got, why)


# ---------------------------------------------------------------------------------------------
# Expected values per suite


def _duckling_expected(row: dict) -> tuple[Decimal | None, Decimal | None, Decimal | None, frozenset[str]]:
    major = row["major"]
    point = dec(major["value"])
    lo, hi = (point, point) if point is not None else (dec(major["min"]), dec(major["max"]))
    currencies = frozenset({row["currency"]}) if row["currency"] else YUAN_LIKE
    return lo, hi, point, currencies


def _jionlp_parse_expected(row: dict) -> tuple[Decimal | None, Decimal | None, Decimal | None, frozenset[str]]:
    point = dec(row["value"])
    lo, hi = (point, point) if point is not None else (dec(row["min"]), dec(row["max"]))
    return lo, hi, point, frozenset({row["currency"]})


def _recognizers_wanted(text: str, results: list[dict], *, with_currency: bool) -> list[Wanted]:
    wanted = []
    for r in results:
        start, end = r["start"], r["end"] + 1  # inclusive -> exclusive
        cur = frozenset({r["isoCurrency"]}) if with_currency and r.get("isoCurrency") else None
        wanted.append(Wanted(start, end, normalize(r["span"]), dec(r.get("value")), True, cur))
    return wanted


def expected_text(suite: str, row: dict) -> str:
    if suite == "duckling_zh_money":
        lo, hi, point, cur = _duckling_expected(row)
        return fmt_expected(lo, hi, point, "|".join(sorted(cur)))
    if suite == "jionlp_money_cases":
        if row["func"] == "parse_money":
            lo, hi, point, cur = _jionlp_parse_expected(row)
            return fmt_expected(lo, hi, point, "|".join(sorted(cur)))
        if row["func"] == "extract_money":
            return "; ".join(f"{e['text']}@{e['offset'][0]}" for e in row["expected"]) or "(nothing)"
        return f"{row['expected']} = {row['input']}"
    if suite == "recognizers_zh_currency":
        wanted = _recognizers_wanted(row["text"], row["results"], with_currency=True)
        return "; ".join(w.show() for w in wanted) or "(nothing)"
    if suite in ("duckling_zh_numeral",):
        return str(row["value"])
    if suite == "recognizers_zh_number":
        return "; ".join(f"{r['span']} = {r['value_raw']}" for r in row["results"]) or "(nothing)"
    if suite == "recognizers_zh_number_range":
        return "; ".join(f"{r['span']} = {r['value_raw']}" for r in row["results"]) or "(nothing)"
    if suite == "cn2an_cases":
        return "error" if row["expect_error"] else repr(row["expected"])
    raise KeyError(suite)


# ---------------------------------------------------------------------------------------------
# Ours


def _ours_parse_bounds(text: str, lo, hi, currencies: frozenset[str]) -> Verdict:
    try:
        m = parse_money(text)
    except Exception as err:  # noqa: BLE001 - a crash is a failed case, reported as such
        return Verdict(False, _crash(err), "crash")
    if m is None:
        return Verdict(False, "None", "not parsed")
    why = []
    if not bounds_match(lo, hi, m.min, m.max):
        why.append("bounds differ")
    if m.currency not in currencies:
        why.append(f"currency {m.currency}")
    return Verdict(not why, fmt_mention(m), ", ".join(why))


def _ours_found(text: str, *, with_values: bool) -> list[Found]:
    out = []
    for m in parsers.extract_money(text):
        if with_values:
            out.append(Found(m.start, m.end, normalize(m.text), m.min, m.max, m.currency))
        else:
            out.append(Found(m.start, m.end, normalize(m.text)))
    return out


def _numeral_value(text: str) -> Decimal:
    return parse_numeral(normalize(text).strip()).value


def _ours_numeral(text: str, expected: Decimal) -> Verdict:
    try:
        value = _numeral_value(text)
    except NumeralError as err:
        return Verdict(False, f"NumeralError: {err}"[:160], "not read")
    except Exception as err:  # noqa: BLE001
        return Verdict(False, _crash(err), "crash")
    return Verdict(value == expected, fmt_num(value), "" if value == expected else "value differs")


def _ours_span_value(span: str) -> tuple[Decimal | None, str]:
    """A Recognizers number span: parse_numeral, else parse_money's lower bound."""
    try:
        return _numeral_value(span), ""
    except Exception:  # noqa: BLE001 - try the money reader next
        pass
    try:
        m = parse_money(span)
    except Exception as err:  # noqa: BLE001
        return None, _crash(err)
    if m is None:
        return None, "not read"
    return m.min, "via parse_money (lower bound)"


def score_ours(suite: str, row: dict) -> Verdict:
    """Our verdict on one case (see the module docstring for the rules)."""
    if suite == "duckling_zh_money":
        lo, hi, _, cur = _duckling_expected(row)
        return _ours_parse_bounds(row["text"], lo, hi, cur)
    if suite == "jionlp_money_cases":
        func = row["func"]
        if func == "parse_money":
            lo, hi, _, cur = _jionlp_parse_expected(row)
            return _ours_parse_bounds(row["text"], lo, hi, cur)
        if func == "extract_money":
            wanted = [Wanted(e["offset"][0], e["offset"][1], normalize(e["text"])) for e in row["expected"]]
            try:
                found = _ours_found(row["text"], with_values=False)
            except Exception as err:  # noqa: BLE001
                return Verdict(False, _crash(err), "crash")
            return _set_verdict(wanted, found)
        # money_num2char: the reverse direction
        return _ours_numeral(row["expected"], dec(row["input"]))
    if suite == "recognizers_zh_currency":
        wanted = _recognizers_wanted(row["text"], row["results"], with_currency=True)
        try:
            found = _ours_found(row["text"], with_values=True)
        except Exception as err:  # noqa: BLE001
            return Verdict(False, _crash(err), "crash")
        return _set_verdict(wanted, found)
    if suite == "duckling_zh_numeral":
        return _ours_numeral(row["text"], dec(row["value"]))
    if suite == "recognizers_zh_number":
        return _span_values(row, _ours_span_value)
    if suite == "recognizers_zh_number_range":
        return _span_ranges(row, _ours_range)
    if suite == "cn2an_cases":
        return _ours_cn2an(row)
    raise KeyError(suite)


def _span_values(row: dict, reader: Callable[[str], tuple[Decimal | None, str]]) -> Verdict:
    if not row["results"]:
        return Verdict(None, "", "no number extractor: a sentence expecting nothing is not scored")
    if row.get("ignore_resolution"):
        return Verdict(None, "", "upstream IgnoreResolution: no value to compare")
    got, why, ok = [], [], True
    for r in row["results"]:
        try:
            want = Decimal(r["value_raw"])
        except (InvalidOperation, TypeError):
            return Verdict(None, "", f"value {r['value_raw']!r} is not a number")
        value, note = reader(r["span"])
        got.append(f"{r['span']} = {fmt_num(value) if value is not None else '?'}")
        if value is None or value != want:
            ok = False
            why.append(f"{r['span']}: {note or 'value differs'}")
    return Verdict(ok, "; ".join(got), "; ".join(why))


def _ours_range(span: str) -> tuple[Decimal | None, Decimal | None, str | None, str]:
    """(min, max, readable interval or None when not read, note) of a span through parse_money."""
    try:
        m = parse_money(span)
    except Exception as err:  # noqa: BLE001
        return None, None, None, _crash(err)
    if m is None:
        return None, None, None, "not parsed"
    return m.min, m.max, fmt_interval(m.min, m.max, m.min_inclusive, m.max_inclusive), ""


def _span_ranges(row: dict, reader) -> Verdict:
    if not row["results"]:
        return Verdict(None, "", "nothing expected")
    got, why, ok = [], [], True
    for r in row["results"]:
        lo, hi, shown, note = reader(r["span"])
        if shown is None:
            ok = False
            got.append(f"{r['span']} = ?")
            why.append(f"{r['span']}: {note}")
            continue
        got.append(f"{r['span']} = {shown}")
        if not bounds_match(dec(r["min"]), dec(r["max"]), lo, hi):
            ok = False
            why.append(f"{r['span']}: bounds differ")
    return Verdict(ok, "; ".join(got), "; ".join(why))


def _ours_cn2an(row: dict) -> Verdict:
    if row["func"] != "cn2an":
        return Verdict(None, "", "n/a: we generate no Chinese numerals and rewrite no text")
    if row["expect_error"]:
        try:
            value = _numeral_value(row["input"])
        except NumeralError:
            return Verdict(True, "NumeralError")
        except Exception as err:  # noqa: BLE001
            return Verdict(False, _crash(err), "crash instead of NumeralError")
        return Verdict(False, fmt_num(value), "read leniently (upstream strict mode expects an error)")
    return _ours_numeral(row["input"], dec(row["expected"]))


# ---------------------------------------------------------------------------------------------
# JioNLP


@contextlib.contextmanager
def quiet():
    """JioNLP prints banners on import and first use; keep them out of our output."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        yield


@cache
def load_jionlp():
    """The jionlp module, or None when the optional 'bench' extra is not installed."""
    try:
        with quiet():
            import jionlp  # noqa: PLC0415 - optional benchmark-only dependency
    except ImportError:
        return None
    if not hasattr(getattr(jionlp, "ner", None), "extract_money"):
        return None  # an API we do not know
    return jionlp


def jionlp_version() -> str | None:
    jio = load_jionlp()
    return getattr(jio, "__version__", "?") if jio else None


def jionlp_bounds(result: dict) -> tuple[Decimal | None, Decimal | None, str | None]:
    """JioNLP's {'num', 'case', 'definition'} as (min, max, ISO currency)."""
    num, definition = result["num"], result["definition"]
    if isinstance(num, (list, tuple)):
        lo, hi = Decimal(num[0]), Decimal(num[1])
    elif definition == "blur+":
        lo, hi = Decimal(num), None
    elif definition == "blur-":
        lo, hi = None, Decimal(num)
    else:
        lo = hi = Decimal(num)
    case = result.get("case")
    return lo, hi, JIONLP_CASE_ISO.get(case, case)


def jionlp_parse(text: str) -> dict:
    jio = load_jionlp()
    with quiet():
        return jio.parse_money(text)


def jionlp_extract(text: str) -> list[dict]:
    jio = load_jionlp()
    with quiet():
        return jio.ner.extract_money(text, with_parsing=True)


def _jio_fmt(lo, hi, cur) -> str:
    return fmt_interval(lo, hi, currency=cur)


def _jio_parse_bounds(text: str, lo, hi, currencies: frozenset[str]) -> Verdict:
    try:
        res = jionlp_parse(text)
    except Exception as err:  # noqa: BLE001
        return Verdict(False, _crash(err), "crash")
    if not res:
        return Verdict(False, "None", "not parsed")
    glo, ghi, cur = jionlp_bounds(res)
    why = []
    if not bounds_match(lo, hi, glo, ghi):
        why.append("bounds differ")
    if cur not in currencies:
        why.append(f"currency {cur}")
    return Verdict(not why, _jio_fmt(glo, ghi, cur), ", ".join(why))


def _jio_found(text: str, *, with_values: bool) -> list[Found]:
    out = []
    for item in jionlp_extract(text):
        start, end = item["offset"]
        if with_values and item.get("detail"):
            lo, hi, cur = jionlp_bounds(item["detail"])
            out.append(Found(start, end, normalize(item["text"]), lo, hi, cur))
        else:
            out.append(Found(start, end, normalize(item["text"])))
    return out


def _jio_number(text: str) -> tuple[Decimal | None, str]:
    try:
        res = jionlp_parse(text)
    except Exception as err:  # noqa: BLE001
        return None, _crash(err)
    if not res or isinstance(res["num"], (list, tuple)):
        return None, "not a single number"
    return Decimal(res["num"]), ""


def _jio_range(span: str):
    try:
        res = jionlp_parse(span)
    except Exception as err:  # noqa: BLE001
        return None, None, None, _crash(err)
    if not res:
        return None, None, None, "not parsed"
    lo, hi, _ = jionlp_bounds(res)
    return lo, hi, f"{fmt_interval(lo, hi)} ({res['definition']})", ""


def score_jionlp(suite: str, row: dict) -> Verdict | None:
    """JioNLP's verdict on one case, by the same rules; None when JioNLP is not installed."""
    jio = load_jionlp()
    if jio is None:
        return None
    if suite == "duckling_zh_money":
        lo, hi, _, cur = _duckling_expected(row)
        return _jio_parse_bounds(row["text"], lo, hi, cur)
    if suite == "jionlp_money_cases":
        func = row["func"]
        if func == "parse_money":
            lo, hi, _, cur = _jionlp_parse_expected(row)
            return _jio_parse_bounds(row["text"], lo, hi, cur)
        if func == "extract_money":
            wanted = [Wanted(e["offset"][0], e["offset"][1], normalize(e["text"])) for e in row["expected"]]
            try:
                found = _jio_found(row["text"], with_values=False)
            except Exception as err:  # noqa: BLE001
                return Verdict(False, _crash(err), "crash")
            return _set_verdict(wanted, found)
        try:
            with quiet():
                out = jio.money_num2char(row["input"], sim_or_tra=row["sim_or_tra"])
        except Exception as err:  # noqa: BLE001
            return Verdict(False, _crash(err), "crash")
        return Verdict(out == row["expected"], out, "" if out == row["expected"] else "text differs")
    if suite == "recognizers_zh_currency":
        wanted = _recognizers_wanted(row["text"], row["results"], with_currency=True)
        try:
            found = _jio_found(row["text"], with_values=True)
        except Exception as err:  # noqa: BLE001
            return Verdict(False, _crash(err), "crash")
        return _set_verdict(wanted, found)
    if suite == "duckling_zh_numeral":
        value, note = _jio_number(row["text"])
        want = dec(row["value"])
        return Verdict(value == want, fmt_num(value) if value is not None else note, "" if value == want else "differs")
    if suite == "recognizers_zh_number":
        return _span_values(row, _jio_number)
    if suite == "recognizers_zh_number_range":
        return _span_ranges(row, _jio_range)
    if suite == "cn2an_cases":
        return _jio_cn2an(row)
    raise KeyError(suite)


def _jio_cn2an(row: dict) -> Verdict:
    jio = load_jionlp()
    func, mode = row["func"], row["mode"]
    if func == "cn2an":
        if row["expect_error"]:
            value, note = _jio_number(row["input"])
            return Verdict(value is None, fmt_num(value) if value is not None else note)
        value, note = _jio_number(row["input"])
        want = dec(row["expected"])
        return Verdict(value == want, fmt_num(value) if value is not None else note, "" if value == want else "differs")
    if func == "an2cn" and mode in (None, "low", "up"):
        style = "tra" if mode == "up" else "sim"
        try:
            with quiet():
                out = jio.money_num2char(row["input"], sim_or_tra=style)
        except Exception as err:  # noqa: BLE001
            return Verdict(bool(row["expect_error"]), _crash(err))
        if row["expect_error"]:
            return Verdict(False, out, "no error raised")
        return Verdict(out == row["expected"], out, "" if out == row["expected"] else "text differs")
    return Verdict(None, "", "n/a: no JioNLP function for this mode")


# ---------------------------------------------------------------------------------------------
# Running


def run(suites=ALL_SUITES, *, with_jionlp: bool = True) -> dict[str, list[CaseResult]]:
    conventions = load_listed(CONVENTIONS_FILE)
    bugs = load_listed(KNOWN_BUGS_FILE)
    out: dict[str, list[CaseResult]] = {}
    for suite in suites:
        results = []
        for key, row in cases(suite):
            listed, kind = None, None
            if (suite, key) in conventions:
                listed, kind = conventions[(suite, key)], "convention"
            elif (suite, key) in bugs:
                listed, kind = bugs[(suite, key)], "bug"
            results.append(CaseResult(
                suite=suite, key=key, expected=expected_text(suite, row), ours=score_ours(suite, row),
                jionlp=score_jionlp(suite, row) if with_jionlp else None, listed=listed, listed_kind=kind,
            ))
        out[suite] = results
    return out


def summarise(suite: str, results: list[CaseResult]) -> SuiteSummary:
    scored = [r for r in results if r.ours.passed is not None]
    conventions = [r for r in scored if r.listed_kind == "convention"]
    summary = SuiteSummary(
        suite=suite, cases=len(results), scored=len(scored), passed=sum(1 for r in scored if r.ours.passed),
        conventions=len(conventions), bugs=sum(1 for r in scored if r.listed_kind == "bug"),
        passed_non_convention=sum(1 for r in scored if r.ours.passed and r.listed_kind != "convention"),
    )
    jio = [r.jionlp for r in results if r.jionlp is not None and r.jionlp.passed is not None]
    if any(r.jionlp is not None for r in results):
        summary.jionlp_scored = len(jio)
        summary.jionlp_passed = sum(1 for v in jio if v.passed)
    return summary


def _pct(num: int, den: int) -> str:
    return f"{num}/{den} ({100 * num / den:.1f}%)" if den else "—"


def table_rows(summaries: list[SuiteSummary]) -> list[list[str]]:
    rows = []
    for s in summaries:
        kind = "money" if s.suite in MONEY_SUITES else "report-only"
        adjusted = (_pct(s.passed_non_convention, s.scored - s.conventions) if s.suite in MONEY_SUITES else "")
        jio = _pct(s.jionlp_passed, s.jionlp_scored) if s.jionlp_scored is not None else "not run"
        rows.append([s.suite, kind, str(s.cases), str(s.scored), _pct(s.passed, s.scored),
                     str(s.conventions) if s.suite in MONEY_SUITES else "",
                     str(s.bugs) if s.suite in MONEY_SUITES else "", adjusted, jio])
    return rows


HEADERS = ["suite", "kind", "cases", "scored (ours)", "ours passed (raw)", "conventions", "known bugs",
           "ours (convention-adjusted)", "JioNLP passed"]


def render_text_table(rows: list[list[str]]) -> str:
    widths = [max(_width(h), *(_width(r[i]) for r in rows)) for i, h in enumerate(HEADERS)]
    lines = [" | ".join(_pad(h, w) for h, w in zip(HEADERS, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def _width(s: str) -> int:
    import unicodedata  # noqa: PLC0415

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


def _md_cell(s: str) -> str:
    return (s or "").replace("|", "\\|").replace("\n", " ")


def render_markdown(all_results: dict[str, list[CaseResult]], summaries: list[SuiteSummary]) -> str:
    version = jionlp_version()
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# Peer suites: our money parser vs JioNLP",
        "",
        f"Generated by `python -m benchmarks.peer_suites` on {now}; JioNLP "
        f"{version if version else 'not installed'}. Suites: `shared/peer-suites` (see its README.md). "
        "Scoring rules: the docstring of `benchmarks/peer_suites.py`.",
        "",
        "- A case is one row (one sentence for the extraction suites).",
        "- *raw*: passed / scored. *convention-adjusted*: passed / (scored − cases listed in "
        "`tests/peer_conventions.toml`). Known parser bugs (`tests/peer_known_bugs.toml`) count as failures "
        "in both.",
        "- *scored*: cases where the system has a function for what the case asks (n/a cases are left out; "
        "for the report-only suites see the reason column below).",
        f"- Money suites must reach {PASS_RATE_FLOOR:.0%} convention-adjusted (`tests/test_peer_suites.py`).",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "|".join("---" for _ in HEADERS) + "|",
    ]
    out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in table_rows(summaries)]
    out += ["", "## Cases we fail", ""]
    for suite, results in all_results.items():
        failed = [r for r in results if r.ours.passed is False]
        not_scored = [r for r in results if r.ours.passed is None]
        out.append(f"### {suite} — {len(failed)} failed" + (f", {len(not_scored)} not scored" if not_scored else ""))
        out.append("")
        if not failed:
            out.append("None.")
            out.append("")
            continue
        out.append("| input | expected | ours | reason |")
        out.append("|---|---|---|---|")
        for r in failed:
            if r.listed:
                reason = r.listed if r.listed.startswith(r.listed_kind) else f"{r.listed_kind}: {r.listed}"
            elif suite in MONEY_SUITES:
                reason = f"UNLISTED: {r.ours.why}"
            else:
                reason = r.ours.why
            out.append(f"| {_md_cell(r.key)} | {_md_cell(r.expected)} | {_md_cell(r.ours.got)} | {_md_cell(reason)} |")
        out.append("")
    if any(r.ours.passed is None for results in all_results.values() for r in results):
        out += ["## Not scored (ours)", ""]
        reasons: dict[tuple[str, str], int] = {}
        for suite, results in all_results.items():
            for r in results:
                if r.ours.passed is None:
                    reasons[(suite, r.ours.why)] = reasons.get((suite, r.ours.why), 0) + 1
        out += [f"- {suite}: {n} case(s) — {why}" for (suite, why), n in reasons.items()]
        out.append("")
    return "\n".join(out)


def check_lists(all_results: dict[str, list[CaseResult]]) -> list[str]:
    """Problems with the two lists: listed cases that pass now, failures listed nowhere, unknown keys."""
    problems = []
    known = {(suite, r.key) for suite, results in all_results.items() for r in results}
    for path in (CONVENTIONS_FILE, KNOWN_BUGS_FILE):
        for suite, key in load_listed(path):
            if suite in all_results and (suite, key) not in known:
                problems.append(f"{path.name}: no case {key!r} in {suite}")
    for suite in MONEY_SUITES:
        for r in all_results.get(suite, []):
            if r.listed and r.ours.passed:
                problems.append(f"passes now, remove from the {r.listed_kind} list: [{suite}] {r.key!r}")
            if not r.listed and r.ours.passed is False:
                problems.append(f"fails, listed nowhere: [{suite}] {r.key!r} -> {r.ours.got} ({r.ours.why})")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.peer_suites", description=__doc__.split("\n")[0])
    ap.add_argument("--no-jionlp", action="store_true", help="score ours only")
    ap.add_argument("--check-lists", action="store_true",
                    help="list stale convention/bug entries and unlisted failures (exit 1 if any)")
    ap.add_argument("--output", type=Path, default=RESULTS_FILE, help="markdown results file")
    ap.add_argument("--suite", action="append", choices=ALL_SUITES, help="only these suites (repeatable)")
    args = ap.parse_args(argv)

    if not suites_available():
        print(f"peer suites not found in {SUITES_DIR} (set PEER_SUITES_DIR)", file=sys.stderr)
        return 2
    with_jionlp = not args.no_jionlp
    if with_jionlp and load_jionlp() is None:
        print("note: jionlp is not installed (pip install -e '.[bench]'); scoring ours only", file=sys.stderr)
        with_jionlp = False
    suites = tuple(args.suite) if args.suite else ALL_SUITES
    all_results = run(suites, with_jionlp=with_jionlp)
    summaries = [summarise(s, all_results[s]) for s in suites]

    print(f"Peer suites ({SUITES_DIR}); JioNLP: {jionlp_version() if with_jionlp else 'not run'}")
    print(render_text_table(table_rows(summaries)))
    print()
    for s in summaries:
        if s.suite in MONEY_SUITES:
            flag = "ok" if s.adjusted_rate >= PASS_RATE_FLOOR else f"BELOW {PASS_RATE_FLOOR:.0%}"
            print(f"{s.suite}: raw {s.raw_rate:.1%}, convention-adjusted {s.adjusted_rate:.1%} [{flag}]")
    args.output.write_text(render_markdown(all_results, summaries) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    if args.check_lists:
        problems = check_lists(all_results)
        print("\nList check: " + ("clean" if not problems else f"{len(problems)} problem(s)"))
        for p in problems:
            print("  " + p)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
