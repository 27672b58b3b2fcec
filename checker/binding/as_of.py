"""Counts taken at a close. A count since a date that a fronted day closes: "At Monday's close,
police had logged 480 killings since January 1" (published on the Tuesday) counts from January 1
through that Monday, not to publication: the day fronted before the figure, ahead of its comma,
is the day the count is taken, and ends the period at that day itself (a day counted to, not the
day after). A count "at the close of November" runs from the start of that year through November
(the pack's ``closing_dates``, context.yaml). A stretch that an "until" time right after it ends
("so far this year through August") runs to that time's end."""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from checker import lang, patterns
from checker.binding import period as periods
from checker.binding import since_phrase
from checker.model import Quantity, TimeMention, TimeScope

_FRONT_WORDS = 2  # words before the fronted day in its sentence, or after a colon or dateline ("Al cierre del lunes,")
_OPENING = patterns.compile(r"[:—]")


def fronted_day(text: str, q: Quantity, since: TimeMention, scope: TimeScope,
                times: list[TimeMention]) -> TimeScope:
    """``scope``, a "since" period, ended where a time fronted before the figure ends within it: the
    date the count is taken ("By Dec. 31, 23,900 had been detained since the decree of May 2021"; "At
    the end of 2023, ..."); else unchanged."""
    if not scope.start or not scope.end:
        return scope
    for t in times:
        day = t.scope
        if t is since or not day.start or not day.end or t.end > q.start or text[t.end:t.end + 1] != "," \
                or t.relation not in ("in", "by") \
                or not scope.start < day.end < scope.end \
                or len(_OPENING.split(text[:t.start])[-1].split()) > _FRONT_WORDS:
            continue
        return replace(scope, end=day.end, text=f"{scope.text} … {day.text}")
    return scope


def closing(text: str, q: Quantity, t: TimeMention, scope: TimeScope, code: str = lang.DEFAULT) -> TimeScope:
    """``scope``, a month a count is taken at the close of ("al cierre de agosto"), as the stretch
    from the start of its year to it; else unchanged. Not a day: "at Friday's close, 45" is often
    that day's toll."""
    if q.per is not None or q.kind not in ("count", "number") or scope.granularity != "month":
        return scope
    before = text[max(0, t.start - 30):t.start].lower().split()
    said = before + text[t.start:t.end].lower().split()[:1]
    if not any(words == before[-len(words):] or words == said[-len(words):] for words in _closings(code)):
        return scope
    return periods.year_to_date(scope)


@cache
def _closings(code: str) -> tuple[list[str], ...]:
    return tuple(w.lower().split() for w in lang.load(code)["closing_dates"])


def ended_by(text: str, t: TimeMention, scope: TimeScope, times: list[TimeMention]) -> TimeScope:
    """``scope``, what time ``t`` gave a figure, ended where an "until" or "by" time right after ``t``
    ends ("1,845 killings so far this year through August": to August 31) when that end falls within it;
    else unchanged."""
    after = next((o for o in times if o.start >= t.end), None)
    if after is None or after.relation not in ("until", "by") or not scope.start or not scope.end \
            or text[t.end:after.start].strip(" ,") or not after.scope.end \
            or not scope.start < after.scope.end < scope.end:
        return scope
    return replace(scope, end=after.scope.end, text=f"{scope.text} {after.scope.text}")


def counted_since(text: str, chosen: TimeMention, scope: TimeScope, times: list[TimeMention], code: str) -> TimeScope:
    """``scope``, a count "by" or "as of" time ``chosen``, or at a time set off by a comma ("A
    finales de 2023, ..."), from the start of a "since" time after it in its sentence ("By Dec. 31,
    23,900 had been detained since May 9, 2021"; "... since the decree took effect in May 2021"):
    a running total from then to that date. A record's frame
    ("the most since 2015") starts nothing; else unchanged."""
    if not (chosen.relation in ("by", "until") or chosen.relation == "in" and text.startswith(",", chosen.end)) \
            or not scope.end:
        return scope
    for t in times:
        since = t.scope
        if t.start < chosen.end or not since.start or not since.start < scope.end:
            continue
        if t.relation == "since" and not since_phrase.frames_a_record(text, t, code) \
                or since_phrase.dates_its_event(text, t, code):
            return replace(scope, start=since.start, granularity="span", text=f"{since.text} … {scope.text}")
    return scope
