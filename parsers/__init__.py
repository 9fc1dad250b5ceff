"""Exact parsing of Chinese money expressions (pure functions, no I/O)."""

from .extract import document_yuan, extract_money, parse_money
from .mention import MoneyMention
from .numerals import Numeral, NumeralError, parse_numeral
from .text import normalize

__all__ = [
    "MoneyMention", "Numeral", "NumeralError", "document_yuan", "extract_money", "normalize",
    "parse_money", "parse_numeral",
]
