"""Word, number and symbol tokens with character offsets: what the number grammar walks over.

One compiled regex, one pass, no backtracking-prone patterns: linear in the sentence length.
"""
from __future__ import annotations

import re
from typing import NamedTuple

NUM, WORD, SYM = 0, 1, 2

_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<abbr>(?:[^\W\d_]\.){2,})"  # U.S. a.m. m.p.h.
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|(?P<sym>[^\s\w]|_)"
)
_KINDS = {"num": NUM, "abbr": WORD, "word": WORD, "sym": SYM}


class Token(NamedTuple):
    kind: int  # NUM | WORD | SYM
    text: str
    lower: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``; whitespace separates tokens and is not a token."""
    return [
        Token(_KINDS[m.lastgroup], m.group(), m.group().lower(), m.start(), m.end())
        for m in _TOKEN.finditer(text)
    ]


def joined(a: Token, b: Token) -> bool:
    """True when ``b`` follows ``a`` with no space between ("5kW", "MS-13")."""
    return a.end == b.start
