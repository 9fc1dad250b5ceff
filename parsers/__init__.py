"""Exact parsing of Chinese money expressions (pure functions, no I/O)."""

from .currency import document_locale, document_yuan
from .extract import extract_money, parse_money
from .mention import MoneyMention
from .numerals import Numeral, NumeralError, parse_numeral
from .text import normalize

__all__ = [
    "MoneyMention", "Numeral", "NumeralError", "document_locale", "document_yuan", "extract_money", "normalize",
    "parse_money", "parse_numeral",
]
