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
from checker.model import Claim, Evidence, Sentence, TimeScope
from checker.timex import calendar as cal

if TYPE_CHECKING:
    from checker.ruleset import RuleSet


def years(claims: list[Claim], rules: RuleSet, sentences: Sequence[Sentence], code: str) -> list[Claim]:
    """``claims``, each dated by a calendar year that its metric counts by fiscal year for its place
    given those fiscal years instead, from the first sentence that names a fiscal year on."""
    counted_by_fiscal_year = {metric for metric, rule in rules.metrics.items() if rule.fiscal_years}
    if counted_by_fiscal_year.isdisjoint(c.metric for c in claims):
        return claims  # most documents: no sentence need be searched for a fiscal year's words
    cue = _words(code)
    first = next((s.start for s in sentences if not s.boilerplate and cue.search(s.text)), None)
    if first is None:
        return claims
    return [_fiscal(c, rules, code) if c.start >= first else c for c in claims]


def _fiscal(c: Claim, rules: RuleSet, code: str) -> Claim:
    rule = rules.metrics.get(c.metric) if c.metric else None
    if rule is None or not rule.fiscal_years or c.kind != "quantity" or set(c.subject).isdisjoint(rule.fiscal_years) \
            or _said_calendar(c, code):
        return c
    span = _calendar_years(c)
    if span is None:
        return c
    first, last = span
    (start, _), (_, end) = cal.fiscal_span(first), cal.fiscal_span(last)
    named = f"fiscal year {first}" if first == last else f"fiscal years {first}-{last}"
    words = f"{c.time.text} ({named}, as {rule.name} are counted)"
    time = replace(c.time, start=start.isoformat(), end=end.isoformat(), text=words,
                   granularity="year" if first == last else c.time.granularity)
    return replace(c, time=time, binding=c.rebound(Evidence("time", _basis(c), words, rule.id)))


def _said_calendar(c: Claim, code: str) -> bool:
    """Whether ``calendar_year_words`` stand right before the claim's year ("in calendar year 2014"):
    a calendar year however its metric is counted."""
    at = c.sentence.find(c.time.text) if c.time is not None and c.time.text else -1
    before = " ".join(c.sentence[max(0, at - 30):at].lower().split()) if at > 0 else ""
    return any(phrase in before for phrase in lang.phrases(code, "calendar_year_words"))


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


def is_fiscal_year(scope: TimeScope | None) -> bool:
    """Whether a period is one whole fiscal year that is no calendar year ("fiscal 2020": October
    2019 to September 2020): a text that names one reckons its running totals in fiscal years."""
    if scope is None or not scope.start or not scope.end:
        return False
    start = date.fromisoformat(scope.start)
    if not starts_a_fiscal_year(start):
        return False  # most periods fail here
    return cal.fiscal_span(cal.fiscal_year_of(start)) == (start, date.fromisoformat(scope.end))


def calendar_year(focus: TimeScope | None, words: str, code: str) -> TimeScope | None:
    """The calendar year that ``words`` naming one (``calendar_year_words``: "over the calendar year")
    mean while fiscal year ``focus`` is in focus: the one of its number ("fiscal 2017": 2017); None
    otherwise."""
    if not is_fiscal_year(focus):
        return None
    padded = f" {' '.join(words.lower().split())} "
    if not any(f" {phrase} " in padded for phrase in lang.phrases(code, "calendar_year_words")):
        return None
    year = focus.end[:4]
    return TimeScope(f"{year}-01-01", f"{year}-12-31", words, "relative", "year")


def starts_a_fiscal_year(day: date) -> bool:
    """Whether ``day`` is the first of a fiscal year that is no calendar year (October 1)."""
    return cal.FISCAL_YEAR_START_MONTH != 1 and day.day == 1 and day.month == cal.FISCAL_YEAR_START_MONTH


def runs_to_date(scope: TimeScope, now: TimeScope | None) -> bool:
    """Whether a period runs from the start of a fiscal year to a day before publication, short of
    the whole fiscal year ("from Oct. 1, 2016, through April 30")."""
    if not scope.start or not scope.end or now is None or not now.end or scope.end >= now.end:
        return False
    start = date.fromisoformat(scope.start)
    if not starts_a_fiscal_year(start) or is_fiscal_year(scope):
        return False
    return (date.fromisoformat(scope.end) - start).days < 366


def fiscal_to_date(scope: TimeScope) -> TimeScope:
    """A count up to a day or month in a text that reckons in fiscal years ("reached 5,000 by June
    30" after "fiscal 2014"): from the start of that date's fiscal year to the date."""
    if not scope.end or scope.granularity not in ("day", "month", "span"):  # "by the end of May"
        return scope
    start, _ = cal.fiscal_span(cal.fiscal_year_of(date.fromisoformat(scope.end)))
    return replace(scope, start=start.isoformat())


def fiscal_so_far(scope: TimeScope, relation: str, as_of: TimeScope | None, now: str | None) -> TimeScope:
    """A calendar year to date ("so far this year"), the current year ("the total for 2014") or a
    stretch since a year ("since 2009") in a text whose series in focus is counted in fiscal years up
    to a day (``as_of``: "from October 1 through May 31"): it is reckoned in fiscal years, as the
    series is, and a stretch to date ends on that day."""
    if as_of is None or not as_of.start or not as_of.end or now is None or not scope.start or not scope.end \
            or not scope.start.endswith("-01-01"):
        return scope
    current = cal.fiscal_year_of(date.fromisoformat(now))
    first, last = cal.fiscal_span(current)
    if cal.fiscal_year_of(date.fromisoformat(as_of.end)) != current or as_of.start != first.isoformat():
        return scope  # the series in focus is no count of the current fiscal year to date
    year = int(scope.start[:4])
    if relation == "since" and scope.granularity == "year" and scope.end == now:  # "since 2009"
        return replace(scope, start=cal.fiscal_span(year)[0].isoformat(), end=as_of.end, granularity="span")
    if relation != "in" or year != current:
        return scope
    if scope.end == now:  # "so far this year"
        return replace(scope, start=first.isoformat(), end=as_of.end, granularity="span")
    if scope.granularity == "year" and scope.end == f"{year}-12-31":  # "the total for 2014"
        return replace(scope, start=first.isoformat(), end=last.isoformat())
    return scope
