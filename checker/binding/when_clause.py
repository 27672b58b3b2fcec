"""The time a "when" clause is about, for a reference inside that clause: in "12 fewer than in
2015, when its 73 killings gave it a rate of 240, by that year's report", "that year" is 2015,
the time the clause describes, though 2015 is a comparison's base and the sentence's figure in
focus counts another year. The clause openers are the pack's (context.yaml ``when_clauses``)."""
from __future__ import annotations

from functools import cache

from checker import lang, patterns
from checker.model import TimeMention, TimeScope


def holding(text: str, reference: TimeMention, times: list[TimeMention],
            code: str = lang.DEFAULT) -> TimeMention | None:
    """The time right before ``reference`` whose "when" clause, unbroken by a semicolon or a colon,
    holds it; None when there is none."""
    before = [t for t in times if t.end <= reference.start]
    if not before:
        return None
    t = before[-1]
    gap = text[t.end:reference.start]
    if t.relation != "in" or not t.scope.start or not t.scope.end or any(c in gap for c in ";:") \
            or not opens_a_when_clause(gap, code):
        return None
    return t


def looked_back(text: str, times: list[TimeMention], code: str = lang.DEFAULT) -> frozenset[tuple[str, str]]:
    """The periods of a sentence's times that a "when" clause follows ("the peak of 2017, when 6,385
    were recorded"): the sentence looks back at them."""
    return frozenset((t.scope.start, t.scope.end) for t in times if t.relation == "in" and t.scope.start
                     and t.scope.end and opens_a_when_clause(text[t.end:t.end + 40], code))


def looks_back(back: frozenset[tuple[str, str]], period: TimeScope, lead: TimeScope | None) -> bool:
    """Whether ``period``, a sentence's one period, is one it looks back at (``looked_back``), ended
    before the time in focus ``lead`` starts: the text stays on ``lead``, the look-back no new focus."""
    return lead is not None and bool(lead.start) and (period.start, period.end) in back \
        and bool(period.end) and period.end < lead.start


def opens_a_when_clause(gap: str, code: str = lang.DEFAULT) -> bool:
    """Whether the words after a time open a clause about that time itself ("since 2016, when it
    recorded 128"; past a noun phrase naming the time: "2012, the year of the pact, when ..."):
    ``when_clauses`` of the language pack; one that a comma and a coordinator close before the figure
    ("since May, when it began, and the state expects 900") no longer holds it."""
    apposed = _apposition(code).match(gap)
    words = gap[apposed.end() if apposed else 0:][:40].replace(",", " ").lower().split()  # the gap may run long
    if not words or words[0] not in lang.words(code, "when_clauses"):
        return False
    said = " ".join(gap.lower().split())
    return not any(f", {joint} " in said for joint in lang.words(code, "conjunctions"))


@cache
def _apposition(code: str):
    """A noun phrase set off by commas right after a time, opening on an article ("2012, the year of the
    pact, when ..."): it names the time."""
    return patterns.compile(rf"\s*,\s*(?:{patterns.phrases(lang.words(code, 'leading_articles'))})\s[^,;:\d]{{1,40}}(?=,)",
                            patterns.IGNORECASE)
