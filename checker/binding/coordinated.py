"""A time that opens the next conjunct: in "in July there were 250 and in August, 300" the time after
the first figure follows a coordinator and stands before the next figure, so it dates that figure's
conjunct, not the first one, which its own time before it already dates."""
from __future__ import annotations

from functools import cache

from checker import lang, patterns
from checker.model import TimeMention


def opens_the_next(text: str, figure_end: int, t: TimeMention, next_start: int, code: str) -> bool:
    """Whether time ``t``, after a figure ending at ``figure_end``, comes right after a coordinator
    (a comma or a semicolon may stand before it) or in a clause that a comma and a word of
    ``said_clause_openers`` open ("Al 31 de mayo sumaban 52.870, lo que significa que en el segundo semestre
    ... 9.000 más"), and before the next figure, at ``next_start``: the figure before it has its own time
    before it (the caller asks only then)."""
    if not figure_end <= t.start < t.end <= next_start:
        return False
    gap = text[figure_end:t.start]
    if "," in gap and not lang.words(code, "said_clause_openers").isdisjoint(gap[gap.rfind(",") + 1:].lower().split()):
        return True
    return _ends_on_a_coordinator(code).search(gap) is not None


@cache
def _ends_on_a_coordinator(code: str):
    words = patterns.phrases(lang.load(code)["coordinators"])
    return patterns.compile(rf"(?:^|[\s,;])(?:{words})\s*$", patterns.IGNORECASE)
