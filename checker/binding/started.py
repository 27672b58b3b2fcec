"""A day a sentence says something began on ("The United States began sending asylum seekers to
Guatemala on Nov. 21"): a count up to a later date in its paragraph or the next, told as a count up to
it ("As of Dec. 12, 186 had been flown there": ``as_of_cues``), runs from that day, not from the start
of the date's year or fiscal year. The verbs of a start are the pack's (``event_years`` verbs)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from re import Pattern

from checker import lang, patterns
from checker.binding import running
from checker.model import TimeMention, TimeScope

_REACH = 80  # how far before its day a verb of a start may stand
_STRETCH = patterns.compile(r"[.;:—(]")


def noted(text: str, times: list[TimeMention], paragraph: int, code: str) -> tuple[int, TimeScope] | None:
    """(paragraph, day) for the last day of sentence ``text`` that a verb of a start stands before in
    its clause ("began ... on Nov. 21"); None when it names none."""
    for t in reversed(times):
        if t.relation == "in" and t.scope.granularity == "day" and t.scope.start and t.scope.start == t.scope.end \
                and _verbs(code).search(_STRETCH.split(text[max(0, t.start - _REACH):t.start])[-1]):
            return paragraph, t.scope
    return None


def from_start(scope: TimeScope, start: tuple[int, TimeScope] | None, paragraph: int, text: str,
               code: str) -> TimeScope:
    """``scope``, a count up to a date from an assumed start (its year's or fiscal year's), from the day
    something began (``start``, noted in paragraph ``paragraph`` or the one before) when that day falls
    inside it, within a year of its end, and sentence ``text`` tells the count as one up to the date."""
    if start is None or not start[0] <= paragraph <= start[0] + 1 or not scope.start or not scope.end \
            or not running.cue_pattern(code, "as_of_cues").search(text):
        return scope
    day = start[1].start
    if not scope.start < day <= scope.end or (date.fromisoformat(scope.end) - date.fromisoformat(day)).days > 366:
        return scope
    return replace(scope, start=day, granularity="span", text=f"{scope.text}, counted from {day} (when it began)")


@cache
def _verbs(code: str) -> Pattern[str]:
    return patterns.compile(rf"\b(?:{patterns.phrases(lang.load(code)['event_years']['verbs'])})\b",
                            patterns.IGNORECASE)
