"""A difference set against a period that is not the one right before its own ("In 2015 police counted
4,310, some 1,130 more than in 2019"; "3,180 in 2019, 1,130 fewer than in 2015"): it is the gap between
two periods years apart, not its period's change over the period before. It covers both periods, from the
earlier's start to the later's end, so it meets only a difference between the same two periods; a change
over the period right before ("237 fewer than in 2018" for 2019) or over the same stretch a year before ("than in
the first half of 2018" for the first half of 2019) keeps its own period."""
from __future__ import annotations

from datetime import date, timedelta

from checker import lang
from checker.binding import difference
from checker.binding.anniversary import years_before
from checker.model import Quantity, TimeScope


def between(own: TimeScope, base: TimeScope, text: str, q: Quantity, code: str = lang.DEFAULT) -> TimeScope:
    """``own``, the period of figure ``q``, unless ``q`` is a difference whose ``base``, a date the text
    writes out (a relative one, "the year before", is the period before by its words), neither overlaps
    ``own`` nor ends the day before it, nor is the same stretch a year earlier: then the span over both."""
    if base.basis != "explicit" or not (own.start and own.end and base.start and base.end) \
            or own.start <= base.end and base.start <= own.end \
            or (date.fromisoformat(base.end) + timedelta(days=1)).isoformat() == own.start \
            or (years_before(own.start, 1), years_before(own.end, 1)) == (base.start, base.end) \
            or difference.direction(text, q.start, q.end, code, q.kind) is None:
        return own
    first, last = sorted((own, base), key=lambda t: t.start)
    return TimeScope(first.start, last.end, f"{first.text} to {last.text} (a difference between them)", "relative", "span")

