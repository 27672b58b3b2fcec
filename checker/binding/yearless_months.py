"""Months named without a year ("August alone saw 702 murders", "with 2,318 murders between January
and June", "entre enero y junio") while a past year is in focus. The time grammar reads them against
publication: the last such month, or no span at all when this year's has not ended yet. The year in
focus is their year when nothing else says which (a span left unresolved), when their own sentence
named that year before them ("5,210 homicides last year, with 2,318 between January and June"), or
when a word of ``part_marks`` tells the month a part of it ("August alone"): the story is told in
that year. A month told alone after a year with no such word stays the last before publication.
A quarter or half named with no year ("in the first quarter") that the grammar read in a year not over
by publication (an article of January 4 looking back at last year) is that part of the year in focus."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

from checker import lang
from checker.model import TimeMention, TimeScope
from checker.timex import calendar as cal
from checker.timex.grammar import for_language


def in_year_of_focus(text: str, mention: TimeMention, scope: TimeScope, focus: TimeScope | None,
                     own_sentence: Callable[[], bool], latest: date | None, code: str = lang.DEFAULT) -> TimeScope:
    """``scope`` (what ``mention`` resolved to) moved into the year of ``focus`` (a period within one
    year) as the module says; ``own_sentence``: whether the sentence named that period before the mention
    (asked only when it decides);
    ``latest``: the publication's last day (a span past it is no such part)."""
    if focus is None or not focus.start or not focus.end or focus.start[:4] != focus.end[:4] \
            or mention.relation not in ("in", "range") or scope.basis not in ("relative", "unresolved"):
        return scope
    part = _part_of_year(text[mention.start:mention.end], scope, code)
    if part is not None:  # "In the first quarter, 1,144" on January 4 after a count of last year: that year's
        return _part_in(scope, part, int(focus.start[:4]), latest) \
            if focus.start[:4] < scope.start[:4] and not for_language(code).future.search(text) else scope
    months = _months(text[mention.start:mention.end], code)
    if months is None or months[0] > months[1]:  # not bare months, or across a new year ("from October to March")
        return scope
    year = int(focus.start[:4])
    if scope.basis == "relative" and (not scope.start or int(scope.start[:4]) <= year
                                      or not (own_sentence() or _marked(text, mention, code))):
        return scope
    lo, hi = date(year, months[0], 1), cal.month_end(year, months[1])
    if latest is not None and hi > latest:
        return scope
    granularity = "month" if months[0] == months[1] else "span"
    return TimeScope(lo.isoformat(), hi.isoformat(), scope.text, "relative", granularity)


def _part_of_year(words: str, scope: TimeScope, code: str) -> tuple[int, int] | None:
    """The first and last month of a quarter or half named by its ordinal with no year ("in the first
    quarter", "en el primer semestre") that the time grammar read in a year that has not ended it by
    publication (a relative span); None for any other time."""
    if scope.basis != "relative" or not scope.start or not scope.end or scope.start[:4] != scope.end[:4] \
            or any(c.isdigit() for c in words):
        return None
    first, last = int(scope.start[5:7]), int(scope.end[5:7])
    if scope.start[8:] != "01" or scope.end != cal.month_end(int(scope.end[:4]), last).isoformat() \
            or (first - 1) % 3 or last - first not in (2, 5) or (last - first == 5 and first not in (1, 7)):
        return None
    ordinals, units = _part_words(code)
    found = words.lower().split()
    return (first, last) if not ordinals.isdisjoint(found) and units.isdisjoint(found) else None


def _part_in(scope: TimeScope, months: tuple[int, int], year: int, latest: date | None) -> TimeScope:
    """``scope``, a part of a year not over by publication (``latest``), as that part of ``year`` (the
    year in focus); ``scope`` itself when it had ended by publication or the focus's part has not."""
    if latest is None or scope.end <= latest.isoformat() or cal.month_end(year, months[1]) > latest:
        return scope
    lo, hi = date(year, months[0], 1), cal.month_end(year, months[1])
    return TimeScope(lo.isoformat(), hi.isoformat(), scope.text, "relative", scope.granularity)


@cache
def _part_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's ordinals of parts of a period, and its nouns of a year (a part "of last year" has its year)."""
    pack = lang.load(code)
    return (frozenset(w.lower() for w in pack["time_ordinals"]),
            frozenset(w.lower() for w, unit in pack["time_units"].items() if unit == "year"))


def _months(words: str, code: str) -> tuple[int, int] | None:
    """The first and last month a phrase of bare month names and ``month_span_words`` names, else None."""
    names, links = _tables(code)
    found = []
    for word in words.lower().replace(",", " ").split():
        word = word.rstrip(".")
        if word in names:
            found.append(names[word])
        elif word not in links:
            return None
    return (found[0], found[-1]) if 0 < len(found) <= 2 else None


def _marked(text: str, mention: TimeMention, code: str) -> bool:
    """Whether a word of ``part_marks`` stands right before or right after the mention ("August
    alone", "in August, by itself,", "solo en agosto")."""
    after = " ".join(text[mention.end:mention.end + 30].lower().replace(",", " ").split())
    before = " ".join(text[max(0, mention.start - 30):mention.start].lower().replace(",", " ").split())
    return any(after.startswith(mark + " ") or after == mark or before.endswith(" " + mark) or before == mark
               for mark in lang.phrases(code, "part_marks"))


@cache
def _tables(code: str) -> tuple[dict[str, int], frozenset[str]]:
    pack = lang.load(code)
    return {w.lower(): n for w, n in pack["months"].items()}, lang.words(code, "month_span_words")
