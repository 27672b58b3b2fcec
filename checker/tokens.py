"""Word, number and symbol tokens with character offsets: what the number grammar walks over.

The text cut at its spaces, each piece read by str methods or by one regex with no backtracking-prone
patterns: linear in the sentence length.
"""
from __future__ import annotations

from operator import attrgetter

from checker.patterns import compile

# Token kinds are the numbers of the regex groups below, so a match's ``lastindex`` is its kind.
WORD, NUM, SYM = 1, 2, 3

# A word (an abbreviation such as "U.S." or "a.m.": two or more letter-dot pairs; else a run of
# letters with an apostrophe inside: "don't"), a number (thousands separators, decimals) or any
# other non-space character (a letter or digit there would have started a word or a number).
# Written so that re decides early, the same tokens as the plain form (tests/test_tokens.py): the
# word's first letter read once for both forms, optional parts as "(?:x|)" and a repeat of one or
# more as "x(?:x)*", so that re's general repeat starts only after a cheap literal test (the
# regex's instructions per copy of bench/speed.py's sentences, cachegrind: 81 M plain, 62 M so).
# The spaces before a token are read with it (other whitespace than the space: ``tokenize`` cuts
# at spaces), rather than tried and failed as a token's start one by one; the token itself is its
# kind's group.
_LETTER = r"[^\W\d_]"
TOKEN = (
    rf"\s*(?:(?P<word>{_LETTER}(?:\.{_LETTER}\.(?:{_LETTER}\.)*|{_LETTER}*(?:['’]{_LETTER}+|)))"
    r"|(?P<num>\d{1,3},\d{3}(?:,\d{3})*(?:\.\d+|)|\d+(?:\.\d+|)|\.\d+)"
    r"|(?P<sym>\S))"
)
_TOKEN = compile(TOKEN)


class Token:
    """One token. A class with ``__slots__``, not a NamedTuple: Python 3.11 reads a slot through a
    specialised instruction but a NamedTuple field through the generic attribute look-up, and the
    grammar reads token fields about ten times per token (143k reads per copy of bench/speed.py's
    sentences: 0.8% of the claim extraction's instructions, cachegrind)."""

    __slots__ = ("kind", "text", "lower", "start", "end")

    def __init__(self, kind: int, text: str, lower: str, start: int, end: int) -> None:
        self.kind = kind  # NUM | WORD | SYM
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return (f"Token(kind={self.kind!r}, text={self.text!r}, lower={self.lower!r}, start={self.start!r}, "
                f"end={self.end!r})")


_TEXT, _LOWER = attrgetter("text"), attrgetter("lower")


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``; whitespace separates tokens and is not a token.

    A token never holds a space, so the text is cut at its spaces and each piece read on its own:
    a piece of letters is one word ("Prices"), one of digits one number, either followed by one
    mark a word or number and a symbol ("share,", "2015."); only the rest goes to the token regex
    (the same tokens: tests/test_tokens.py). A regex match costs about as much as all the rest of a
    token's work, and four pieces in five are plain words: bench/speed.py's sentences are read in
    70 M instructions per copy, 104 M with a regex match per token (cachegrind)."""
    tokens: list[Token] = []
    add = tokens.append
    end = -1
    for piece in text.split(" "):
        start = end + 1
        end = start + len(piece)
        if piece.isalpha():
            add(Token(WORD, piece, piece.lower(), start, end))
        elif piece.isdecimal():
            add(Token(NUM, piece, piece, start, end))
        elif _closed(piece):
            core, mark = piece[:-1], piece[-1]
            add(Token(WORD if core.isalpha() else NUM, core, core.lower(), start, end - 1))
            add(Token(SYM, mark, mark.lower(), end - 1, end))
        elif piece:
            for match in _TOKEN.finditer(text, start, end):
                kind = match.lastindex
                part = match.group(kind)
                add(Token(kind, part, part.lower(), match.start(kind), match.end()))
    return tokens


def _closed(piece: str) -> bool:
    """A word or number followed by one mark (neither a letter, a digit nor a space): "share,",
    "2015.", "5%". The regex reads the same: no word or number goes on past such a mark."""
    mark = piece[-1:]
    return not mark.isalnum() and not mark.isspace() and (piece[:-1].isalpha() or piece[:-1].isdecimal())


def texts(tokens: list[Token]) -> tuple[str, ...]:
    """The tokens' texts as a phrase-table key (a C-level map: keys are built around every number)."""
    return tuple(map(_TEXT, tokens))


def lowers(tokens: list[Token]) -> tuple[str, ...]:
    """The tokens' lower-cased texts as a phrase-table key."""
    return tuple(map(_LOWER, tokens))


def joined(a: Token, b: Token) -> bool:
    """True when ``b`` follows ``a`` with no space between ("5kW", "MS-13")."""
    return a.end == b.start
