"""Days of a month named right after it: "For August, days 1 to 20, the prosecutors counted 310"
dates the count from August 1 to 20, not the whole month. The number grammar reads "1 al 20"
as a range; a word of the pack's ``time_units`` meaning a day between the month and that range
says its numbers are days of the month."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from checker import lang
from checker.binding import period as periods
from checker.model import Quantity, TimeMention, TimeScope

_GAP = 12  # how far after the month the range of days may start (", del día ")


def within(text: str, t: TimeMention, scope: TimeScope, quantities: list[Quantity],
           code: str = lang.DEFAULT) -> TimeScope:
    """``scope``, a month, as the days of it that a range right after its words names; else unchanged."""
    if scope.granularity != "month" or not scope.start or not scope.end or scope.start[:7] != scope.end[:7]:
        return scope
    span = next((p for p in quantities if t.end <= p.start <= t.end + _GAP), None)
    if span is None or len(span.stated) != 2 or not all(float(n).is_integer() for n in span.stated):
        return scope
    gap = text[t.end:span.start].replace(",", " ").lower().split()
    if not any(periods.unit_noun(w, code) == "day" for w in gap):
        return scope
    first, last = (int(n) for n in span.stated)
    try:
        lo, hi = date.fromisoformat(scope.start).replace(day=first), date.fromisoformat(scope.start).replace(day=last)
    except ValueError:  # no such day in that month
        return scope
    if not lo < hi:
        return scope
    return replace(scope, start=lo.isoformat(), end=hi.isoformat(), granularity="span",
                   text=f"{scope.text} {text[t.end:span.end].strip(' ,')}")
