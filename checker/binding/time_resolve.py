"""A time expression's period once the discourse is known (time_scope's ``Discourse``): "that
year" is the period in focus, "the year before" moves it, "since then" runs to publication."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from checker import lang
from checker.binding import fiscal
from checker.binding import period as periods
from checker.model import TimeMention, TimeScope
from checker.timex.calendar import month_span

if TYPE_CHECKING:
    from checker.binding.time_scope import Discourse


def same_span(a: TimeScope | None, b: TimeScope | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.start, a.end) == (b.start, b.end))


def resolve(mention: TimeMention, state: Discourse) -> TimeScope:
    """The period a time expression names once the discourse is known: "that year" is the period in
    focus, "the year before" moves it, "since then" runs to publication, "ago" is widened."""
    scope = mention.scope
    if mention.relation in ("reference", "later"):
        focused = _focus_moved(scope, state)
        if focused is not None:
            return focused
    if mention.relation == "reference" and scope.granularity == "month":  # "that June"
        return month_of_focus(state.sentence_time or state.last_time, scope, state.code) or scope
    if mention.relation == "reference":
        calendar = fiscal.calendar_year(state.sentence_time or state.last_time, scope.text, state.code)
        if calendar is not None:  # "in fiscal 2017, and Mexico deported 35,600 over the calendar year"
            return calendar
        if state.last_time is None:
            return scope
        last = state.last_time
        whole = periods.whole_unit(last, scope.text, state.code)
        if whole is not None:  # "That was the worst year" after a day of it: that day's year, once ended
            return periods.last_ended(whole, last, state.anchor) or replace(whole, basis="inherited")
        if periods.runs_to_now(scope.text, state.code):
            end = state.anchor.latest.isoformat() if state.anchor else None
            return TimeScope((state.sentence_time or last).start, end, scope.text, "inherited", last.granularity)
        return TimeScope(last.start, last.end, scope.text, "inherited", last.granularity)
    if mention.relation == "same":  # "7 killed since the pact took effect, fewer than the 33 over the same months of 2014"
        before = state.previous[1].time if state.previous and state.previous[0] == state.sentence_number else None
        return periods.same_stretch(scope, state.sentence_time or (state.last_time if not before or before.start else None))
    if mention.relation == "ago" and scope.start and scope.end:
        return periods.widened(scope, state.anchor.latest if state.anchor else None)
    if mention.relation == "in" and scope.granularity == "day" and scope.basis in ("relative", "unresolved"):
        return periods.day_in_focus(scope, state.sentence_time or state.last_time, state.code)
    if mention.relation == "in" and scope.basis == "relative" and recent(state):  # "En agosto" after 2018's months
        return periods.month_in_focus(scope, state.sentence_time or state.last_time, state.code)
    return scope


def _focus_moved(scope: TimeScope, state: Discourse) -> TimeScope | None:
    """What a reference or "later" phrase names from the time in focus: "the same year" that period
    (not a year a shift named in between), "the year before" it moved; None when neither applies."""
    focus = state.sentence_time or state.last_time
    origin = state.lead.shifted
    if periods.points_at_the_focus(scope.text, state.code):
        if state.sentence_time is not None:  # "deported 19,850 in 2023 and 26,450 more that same year"
            return periods.whole_unit(state.sentence_time, scope.text, state.code) \
                or replace(state.sentence_time, text=scope.text, basis="relative")  # "in May ... the same year": all of it
        if origin is not None and same_span(focus, origin[0]):
            return replace(origin[1], text=scope.text, basis="inherited")  # "the same year": not the year before
    shifted = periods.moved(focus, scope.text, state.code) if focus is not None else None
    if shifted is not None:
        if shifted.start != focus.start:
            state.lead.shifted = (shifted, focus)
        return periods.last_ended(shifted, focus, state.anchor) or shifted  # "closed the year" on Jan 5
    return None


def recent(state: Discourse) -> bool:
    """Whether the time in focus is the last figure's, of this sentence or the one before."""
    last = state.previous
    return last is not None and last[0] >= state.sentence_number - 1 \
        and same_span(last[1].time, state.sentence_time or state.last_time)


def month_of_focus(focus: TimeScope | None, scope: TimeScope, code: str) -> TimeScope | None:
    """The month "that June" or "June of that year" ("ese junio", "junio de ese año") names: that month of
    the period in focus, when the period holds it once ("froze aid in October 2021; that December ...");
    None when it does not say which."""
    months = lang.load(code)["months"]
    month = next((months[w] for w in (w.rstrip(".") for w in reversed(scope.text.lower().split())) if w in months), None)
    if focus is None or month is None or not focus.start or not focus.end:
        return None
    first, last = date.fromisoformat(focus.start), date.fromisoformat(focus.end)
    held = [month_span(year, month) for year in range(first.year, last.year + 1)]
    held = [(lo, hi) for lo, hi in held if lo <= last and hi >= first] if first.year != last.year else held
    if len(held) != 1:
        return None
    lo, hi = held[0]
    return TimeScope(lo.isoformat(), hi.isoformat(), scope.text, "relative", "month")
