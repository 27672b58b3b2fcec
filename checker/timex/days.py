"""Days named by the week: a weekday ("el martes", "last Tuesday"), a weekday with its day of the
month ("el sábado 26"), and days named against the publication ("yesterday", "ayer").

Its one job: resolve those against the publication anchor for ``resolve``'s rules.
"""
from __future__ import annotations

import datetime as dt
import re

from .context import Atom
from .lookup import optional


def weekday_atom(ctx, s, e, weekday, which=None):
    a = ctx.anchor
    if a is None or a.precision != "day":
        return Atom(s, e, None, None, "day", "unresolved", "span")
    back = (a.date.weekday() - weekday) % 7
    ahead = (weekday - a.date.weekday()) % 7
    if which == "previous":
        day = a.date - dt.timedelta(days=back or 7)
    elif which == "next":
        day = a.date + dt.timedelta(days=ahead or 7)
    elif ctx.future:
        day = a.date + dt.timedelta(days=ahead)
    else:  # "this Tuesday" in a sentence of the past, as a bare weekday
        day = a.date - dt.timedelta(days=back)
    return Atom(s, e, day, day, "day", "relative", "span")


def r_weekday(m, ctx, s, e):
    weekday = ctx.g.weekdays[m["wd"].lower()]
    number = optional(m, "wd_d")
    if number:  # "el sábado 26": a weekday with its day of the month
        return _numbered_weekday(ctx, s, e, weekday, int(re.match(r"\d+", number)[0]))
    return weekday_atom(ctx, s, e, weekday)


NUMBERED_WEEKDAY_REACH = 9  # weeks from the publication within which "Saturday the 26th" is looked for


def _numbered_weekday(ctx, s, e, weekday, number):
    """The day that is both ``weekday`` and the ``number``-th of its month nearest the
    publication (before it, or after it when the sentence speaks of the future); unresolved
    when none falls within NUMBERED_WEEKDAY_REACH weeks."""
    atom = weekday_atom(ctx, s, e, weekday)
    if atom.lo is None:
        return atom
    step = dt.timedelta(days=7 if ctx.future else -7)
    day = atom.lo
    for _ in range(NUMBERED_WEEKDAY_REACH):
        if day.day == number:
            atom.lo = atom.hi = day
            return atom
        day += step
    return Atom(s, e, None, None, "day", "unresolved", "span")


def r_dayref(m, ctx, s, e):
    """"entre el 4 y el 6 de ese mes": days of a month named before, found when the atoms are
    joined (scan) or else in the binding stage's month in focus."""
    first = int(re.match(r"\d+", m["dr_d"])[0])
    last = m["dr_d2"] or m["dr_d3"]
    return Atom(s, e, None, None, "day", "inherited", "dayref", relation="reference", day=first,
                day2=int(re.match(r"\d+", last)[0]) if last else None)


def r_relday(m, ctx, s, e):
    shift = ctx.g.days[" ".join(m["rd"].lower().split())]
    a = ctx.anchor
    if a is None:
        return Atom(s, e, None, None, "day", "unresolved", "span")
    lo, hi = a.date + dt.timedelta(days=shift), a.latest + dt.timedelta(days=shift)
    return Atom(s, e, lo, hi, "day", "relative", "span")


__all__ = ["NUMBERED_WEEKDAY_REACH", "r_dayref", "r_relday", "r_weekday", "weekday_atom"]
