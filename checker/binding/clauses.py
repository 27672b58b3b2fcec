"""Clauses, conjuncts and a figure's own phrase: the spans of a sentence that bind a figure's
metric, subject and time before anything farther away does.

Also whether a sentence refers back to the previous one ("this dropped to ..."), which lets a
figure inherit the previous figure's unit and period.
"""
from __future__ import annotations

import re

from checker import patterns
from checker.model import Quantity

# Words by which a sentence points back at the previous one ("this dropped to around 70"): near
# its start, or a phrase anywhere.
_REFERS_BACK_OPENING = patterns.compile(r"\W*(?:\w+\s+){0,2}"
                                        r"(?:this|that|these|those|it|the figure|the number|the rate|the total)\b",
                                        re.IGNORECASE)


_BACK_PHRASES = ("since then", "at that time", "that year", "those years", "the same period")


_BACK_PHRASE = patterns.PhraseCheck(lambda phrases: rf"\b(?:{phrases(_BACK_PHRASES, flexible_space=False)})\b")


# Where a clause ends: a semicolon, a colon, a comma or full stop before a closing quote, a spaced
# dash, a comma before a conjunction, "while"/"whereas"; any space before it belongs to the break.
_BREAK = r";|:\s|[,.][\"”]\s|\s[—–]\s|,\s+(?:while|whereas|but|although|though|when|and)\b|\s+(?:while|whereas)\s"


CLAUSE_BREAK_PLAIN = rf"\s*(?:{_BREAK})"  # the plain form, kept as the reference for the one below


# The same matches in the same order, written to open with a character class, so that re skips
# straight to the spaces and punctuation that may start a break (the plain form, which opens with
# "\s*", is tried at every character). The first character is consumed; what may follow it in a
# break is checked at once (that turns away the spaces before words); then a lookbehind says
# which branch goes on: after a space, more space and a break, or a spaced dash or "while".
# Linear in a run of spaces: the run is taken whole (possessive: what follows a space in a break
# is never a space), and tried only from the run's first space, or from its second when an
# earlier break ended on the first (after ":", a quote, a dash, "while" or "whereas").
_BREAK_TAIL = r";|:\s|[,.][\"”]\s|,\s+(?:while|whereas|but|although|though|when|and)\b"


CLAUSE_BREAK = patterns.compile(
    r"[\s;:,.](?=[\s;:,.—–w\"”]|(?<=;))(?:"
    rf"(?<=\s)(?:(?<!\s\s)|(?<=[:\"”—–es]\s\s))\s*+(?:{_BREAK_TAIL}|[—–]\s|(?:while|whereas)\s)"
    r"|(?<=;)|(?<=:)\s|(?<=[,.])[\"”]\s"
    r"|(?<=,)\s+(?:while|whereas|but|although|though|when|and)\b)",
    re.IGNORECASE,
)


def refers_back(text: str) -> bool:
    """Whether the sentence points back at the previous one, so its figures may take that one's unit and period."""
    return bool(_REFERS_BACK_OPENING.match(text)) or _BACK_PHRASE.search(text)


def split(text: str) -> list[tuple[int, int]]:
    """The sentence's clauses as (start, end): a figure's context is sought in its own clause first."""
    bounds, start = [], 0
    for match in CLAUSE_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


_COORDINATOR = patterns.compile(r"\s(?:and|but)\s")


def conjuncts(text: str, quantities: list[Quantity], clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each figure's conjunct: its clause cut at the last "and"/"but" after the previous figure
    and the first one before the next figure of the same clause ("2 percent ... were detained and
    at least 18 people died in custody": "detained" is not about the 18)."""
    out = []
    for k, q in enumerate(quantities):
        a, b = containing(clauses, q.start)
        if k and quantities[k - 1].end >= a:
            cuts = [mt.end() for mt in _COORDINATOR.finditer(text, quantities[k - 1].end, q.start)]
            a = cuts[-1] if cuts else a
        if k + 1 < len(quantities) and quantities[k + 1].start <= b:
            cut = _COORDINATOR.search(text, q.end, quantities[k + 1].start)
            b = cut.start() if cut else b
        out.append((a, b))
    return out


def containing(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause that holds ``pos`` (a break's end belongs to the clause before it); else the last."""
    for a, b in clauses:
        if a <= pos < b or pos == b:
            return a, b
    return clauses[-1]


def predicate_end(text: str, q: Quantity, next_figure: int, conjunct: tuple[int, int]) -> int:
    """Where the figure's own phrase and the predicate that follows it closely end ("six officers
    were granted asylum"): at the first pause, the next figure or its conjunct's end."""
    hi = min(conjunct[1], q.end + PREDICATE_REACH, next_figure)
    pause = PAUSE.search(text, q.end, hi)
    return pause.start() if pause else hi


def next_start(quantities: list[Quantity], k: int) -> int:
    """Where the figure after figure ``k`` starts: its phrase ends there at the latest."""
    return quantities[k + 1].start if k + 1 < len(quantities) else 10 ** 9


# Punctuation that ends a figure's own phrase: what stands after it belongs to another phrase.
PAUSE = patterns.compile(r"[,;:()\[\]—–]|\.\s")


PREDICATE_REACH = 50  # characters after a figure where the predicate it is the subject of may stand
