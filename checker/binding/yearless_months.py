"""Months named without a year ("August alone saw 702 murders", "with 2,318 murders between January
and June", "entre enero y junio") while a past year is in focus. The time grammar reads them against
publication: the last such month, or no span at all when this year's has not ended yet. The year in
focus is their year when nothing else says which (a span left unresolved), when their own sentence
named that year before them ("5,210 homicides last year, with 2,318 between January and June"), or
when a word of ``part_marks`` tells the month a part of it ("August alone"): the story is told in
that year. A month told alone after a year with no such word stays the last before publication."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

from checker import lang
from checker.model import TimeMention, TimeScope
from checker.timex import calendar as cal


def in_year_of_focus(text: str, mention: TimeMention, scope: TimeScope, focus: TimeScope | None,
                     own_sentence: Callable[[], bool], latest: date | None, code: str = lang.DEFAULT) -> TimeScope:
    """``scope`` (what ``mention`` resolved to) moved into the year of ``focus`` (a period within one
    year) as the module says; ``own_sentence``: whether the sentence named that period before the mention
    (asked only when it decides);
    ``latest``: the publication's last day (a span past it is no such part)."""
    if focus is None or not focus.start or not focus.end or focus.start[:4] != focus.end[:4] \
            or mention.relation not in ("in", "range") or scope.basis not in ("relative", "unresolved"):
        return scope
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
