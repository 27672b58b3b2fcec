"""A count since a date that a fronted day closes: "At Monday's close, police had logged 71 killings
since January 1" (published on the Tuesday) counts from January 1 through that Monday, not to
publication. The day fronted before the figure, ahead of its comma, is the day the count is
taken; it ends the period at that day itself (a day counted to, not the day after)."""
from __future__ import annotations

from dataclasses import replace

from checker.model import Quantity, TimeMention, TimeScope

_FRONT_WORDS = 2  # words before the fronted day in its sentence, or after a colon ("Al cierre del lunes,")


def fronted_day(text: str, q: Quantity, since: TimeMention, scope: TimeScope,
                times: list[TimeMention]) -> TimeScope:
    """``scope``, a "since" period, ended at a single day fronted before the figure that falls
    within it; else unchanged."""
    if not scope.start or not scope.end:
        return scope
    for t in times:
        day = t.scope
        if t is since or t.relation != "in" or day.granularity != "day" or not day.start or day.start != day.end \
                or not scope.start < day.start < scope.end or t.end > q.start or text[t.end:t.end + 1] != "," \
                or len(text[:t.start].rsplit(":", 1)[-1].split()) > _FRONT_WORDS:
            continue
        return replace(scope, end=day.end, text=f"{scope.text} … {day.text}")
    return scope
