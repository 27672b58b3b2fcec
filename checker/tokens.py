"""Word, number and symbol tokens with character offsets: what the number grammar walks over.

One regex, one pass, no backtracking-prone patterns: linear in the sentence length.
"""
from __future__ import annotations

import re
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

from checker.patterns import compile

# Token kinds are the numbers of the regex groups below, so a match's ``lastindex`` is its kind.
WORD, NUM, SYM = 1, 2, 3

# A word (an abbreviation such as "U.S." or "a.m." before a plain word, with an apostrophe inside:
# "don't"), a number (thousands separators, decimals) or any other non-space character.
TOKEN = (
    r"(?P<word>(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<sym>[^\s\w]|_)"
)
_TOKEN = compile(TOKEN)


class Token(NamedTuple):
    kind: int  # NUM | WORD | SYM
    text: str
    lower: str
    start: int
    end: int


_TEXT, _LOWER = attrgetter("text"), attrgetter("lower")


# The plain tuple constructor: NamedTuple's own __new__ costs more, and tokens are made by the thousand.
_new_token = tuple.__new__
_kind = attrgetter("lastindex")


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``; whitespace separates tokens and is not a token.

    Each field is read from all the matches by one C-level ``map`` rather than by a Python loop
    per token: tokenising is the number grammar's largest fixed cost (measured: 18% of
    ``find_quantities``, the `checker quantities` path of bench/speed.py; docs/development.md)."""
    matches = list(_TOKEN.finditer(text))
    parts = list(map(re.Match.group, matches))
    fields = zip(map(_kind, matches), parts, map(str.lower, parts),
                 map(re.Match.start, matches), map(re.Match.end, matches))
    return list(map(_new_token, repeat(Token), fields))


def texts(tokens: list[Token]) -> tuple[str, ...]:
    """The tokens' texts as a phrase-table key (a C-level map: keys are built around every number)."""
    return tuple(map(_TEXT, tokens))


def lowers(tokens: list[Token]) -> tuple[str, ...]:
    """The tokens' lower-cased texts as a phrase-table key."""
    return tuple(map(_LOWER, tokens))


def joined(a: Token, b: Token) -> bool:
    """True when ``b`` follows ``a`` with no space between ("5kW", "MS-13")."""
    return a.end == b.start
