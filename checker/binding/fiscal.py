"""Counts kept by fiscal year: some agencies publish a metric only by their government's fiscal
year (US border apprehensions of unaccompanied minors run October to September), and an article
that has said it reckons so ("in the fiscal year that opened in October") goes on to write the
year bare ("30,000 children in 2013"). For a metric whose rule names the places that keep it so
(``fiscal_years``), a figure about one of those places dated by whole calendar years, after the
document's first word of a fiscal year (the pack's ``fiscal_year_words``), is that fiscal year,
not January to December. Before such a word, or for any other period (a month, a stretch to date,
a fiscal year named as one), the time stays as written: a text that never says "fiscal" may well
mean the calendar year."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.model import Claim, Evidence, Sentence
from checker.timex import calendar as cal

if TYPE_CHECKING:
    from checker.ruleset import RuleSet


def years(claims: list[Claim], rules: RuleSet, sentences: Sequence[Sentence], code: str) -> list[Claim]:
    """``claims``, each dated by a calendar year that its metric counts by fiscal year for its place
    given those fiscal years instead, from the first sentence that names a fiscal year on."""
    cue = _words(code)
    first = next((s.start for s in sentences if not s.boilerplate and cue.search(s.text)), None)
    if first is None:
        return claims
    return [_fiscal(c, rules) if c.start >= first else c for c in claims]


def _fiscal(c: Claim, rules: RuleSet) -> Claim:
    rule = rules.metrics.get(c.metric) if c.metric else None
    if rule is None or not rule.fiscal_years or c.kind != "quantity" or not set(c.subject) & set(rule.fiscal_years):
        return c
    years = _calendar_years(c)
    if years is None:
        return c
    (start, _), (_, end) = cal.fiscal_span(years[0]), cal.fiscal_span(years[1])
    named = f"fiscal year {years[0]}" if years[0] == years[1] else f"fiscal years {years[0]}-{years[1]}"
    words = f"{c.time.text} ({named}, as {rule.name} are counted)"
    time = replace(c.time, start=start.isoformat(), end=end.isoformat(), text=words,
                   granularity="year" if years[0] == years[1] else c.time.granularity)
    return replace(c, time=time, binding=c.rebound(Evidence("time", _basis(c), words, rule.id)))


def _basis(c: Claim) -> str:
    """How ``c``'s time was bound, kept when the year is reread as a fiscal year."""
    found = c.evidence("time")
    return found.basis if found is not None else "clause"


def _calendar_years(c: Claim) -> tuple[int, int] | None:
    """The first and last years ``c`` is dated by when its time is whole calendar years ("in 2013",
    "between 2008 and 2011"), else None."""
    t = c.time
    if t is None or not t.start or not t.end or t.basis in ("publication", "unresolved"):
        return None
    first, last = date.fromisoformat(t.start), date.fromisoformat(t.end)
    whole = (first.month, first.day) == (1, 1) and (last.month, last.day) == (12, 31)
    return (first.year, last.year) if whole else None


@cache
def _words(code: str) -> patterns.PhraseCheck:
    """Whether a sentence holds any of the language pack's ``fiscal_year_words`` as whole words: a
    ``PhraseCheck``, asked of every sentence of every document."""
    words = lang.load(code)["fiscal_year_words"]
    return patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(words, word_start=True)})\b")
