"""Calendar arithmetic for time expressions: the publication anchor, periods, shifts and spans.

Its one job: turn day, month, year and unit numbers into inclusive ``datetime.date`` intervals.
It knows no word of any language (the grammar reads the words; this module gets numbers and
unit ids: "day", "week", "month", "quarter", "year", "decade", "century", "hour"). Nothing here
reads the clock; no date parser is loaded.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from checker import patterns

# US federal fiscal year: FY2015 runs 2014-10-01..2015-09-30. Set to 1 for calendar fiscal years.
FISCAL_YEAR_START_MONTH = 10

Interval = tuple[dt.date, dt.date]

_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


@dataclass(frozen=True)
class Anchor:
    """The publication date, as precisely as the source states it."""

    date: dt.date  # first day the publication could be
    precision: str  # "year" | "month" | "day"

    @property
    def latest(self) -> dt.date:
        """The last day the publication could be: end of its year or month, or the day itself."""
        if self.precision == "year":
            return dt.date(self.date.year, 12, 31)
        if self.precision == "month":
            return month_end(self.date.year, self.date.month)
        return self.date


_PUBLISHED = patterns.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s].*)?\s*")


def parse_published(value: str | None) -> Anchor | None:
    """``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"`` (a trailing time is ignored) → Anchor."""
    if not value:
        return None
    m = _PUBLISHED.fullmatch(str(value))
    if not m:
        return None
    try:
        year = int(m[1])
        if m[3]:
            return Anchor(dt.date(year, int(m[2]), int(m[3])), "day")
        if m[2]:
            return Anchor(dt.date(year, int(m[2]), 1), "month")
        return Anchor(dt.date(year, 1, 1), "year")
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def days_in_month(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def month_span(year: int, month: int) -> Interval:
    return dt.date(year, month, 1), month_end(year, month)


def year_span(year: int) -> Interval:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def quarter_span(year: int, q: int) -> Interval:
    return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def add_months(d: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day (Mar 31 - 1 month = Feb 28)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(d.day, _cal.monthrange(year, month + 1)[1]))


def unit_months(unit: str) -> int:
    """How many months one ``unit`` (month, quarter, year, decade, century) spans."""
    return _UNIT_MONTHS[unit]


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "hour":
        return d + dt.timedelta(days=n // 24)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    return add_months(d, _UNIT_MONTHS[unit] * n)


def period(d: dt.date, unit: str) -> Interval:
    """The calendar period of ``unit`` that contains ``d`` (weeks run Monday..Sunday)."""
    if unit in ("day", "hour"):
        return d, d
    if unit == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        return month_span(d.year, d.month)
    if unit == "quarter":
        first = (d.month - 1) // 3 * 3 + 1
        return dt.date(d.year, first, 1), month_end(d.year, first + 2)
    if unit == "decade":
        return dt.date(d.year // 10 * 10, 1, 1), dt.date(d.year // 10 * 10 + 9, 12, 31)
    if unit == "century":
        return dt.date(d.year // 100 * 100, 1, 1), dt.date(d.year // 100 * 100 + 99, 12, 31)
    return year_span(d.year)


def fiscal_span(fiscal_year: int) -> Interval:
    if FISCAL_YEAR_START_MONTH == 1:
        return year_span(fiscal_year)
    start = dt.date(fiscal_year - 1, FISCAL_YEAR_START_MONTH, 1)
    return start, add_months(start, 12) - dt.timedelta(days=1)


def fiscal_year_of(d: dt.date) -> int:
    return d.year + 1 if FISCAL_YEAR_START_MONTH > 1 and d.month >= FISCAL_YEAR_START_MONTH else d.year


def over_anchor(anchor: Anchor, resolve: Callable[[dt.date], Interval]) -> Interval:
    """Resolve against both ends of an imprecise anchor and keep the hull: a "2015" article's
    "last month" is any month from Dec 2014 to Nov 2015."""
    lo1, hi1 = resolve(anchor.date)
    if anchor.precision == "day":
        return lo1, hi1
    lo2, hi2 = resolve(anchor.latest)
    return min(lo1, lo2), max(hi1, hi2)


def thirds(lo: dt.date, hi: dt.date, index: int) -> Interval:
    """Third ``index`` (0 early, 1 middle, 2 late) of a month (1-10, 11-20, 21-end) or of a year
    (Jan-Apr, May-Aug, Sep-Dec); the start or end of a decade is its first or last two years."""
    if hi.year - lo.year >= 9:
        a, b = [(0, 1), (4, 5), (8, 9)][index]
        return dt.date(lo.year + a, 1, 1), dt.date(lo.year + b, 12, 31)
    if lo.month == hi.month and lo.year == hi.year:
        a, b = [(1, 10), (11, 20), (21, hi.day)][index]
        return dt.date(lo.year, lo.month, a), dt.date(lo.year, lo.month, b)
    a, b = [(1, 4), (5, 8), (9, 12)][index]
    return dt.date(lo.year, a, 1), month_end(hi.year, b)


def season_span(first_month: int, label_year: int) -> Interval:
    """A three-month season starting in ``first_month``; a season that starts in December (a
    northern winter) is labelled by the year of its January."""
    start = dt.date(label_year - 1 if first_month == 12 else label_year, first_month, 1)
    return start, add_months(start, 3) - dt.timedelta(days=1)


def explicit_day(year: int, month: int, day: int) -> dt.date | None:
    """(2013, 8, 14) → date(2013, 8, 14); None for a day the calendar lacks (30 February,
    29 February 2015) and for a year before 1000, which no date in the news is written with."""
    if year < 1000:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_day(month: int, day: int, base: dt.date, future: bool) -> dt.date | None:
    """A year-less day (6 April) nearest ``base``: its last occurrence on or before ``base``, or
    with ``future`` its first one after it. 29 February occurs in leap years only (2100 is not
    one), so it may lie up to eight years away. None past the calendar's ends."""
    step = 1 if future else -1
    for year in range(base.year, base.year + 9 * step, step):
        try:
            found = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year, or a year outside 1..9999
            continue
        if (found > base) if future else (found <= base):
            return found
    return None


def decade_part(first_year: int, span: int, part: int | None) -> Interval:
    """Decade or century starting ``first_year`` (``span`` 10 or 100 years), or its early (0),
    middle (1) or late (2) part: the first 4, middle 3 and last 3 years of a decade; thirds of a
    century."""
    if part is None:
        return dt.date(max(1, first_year), 1, 1), dt.date(first_year + span - 1, 12, 31)
    cuts = ((0, 3), (4, 6), (7, 9)) if span == 10 else ((0, 32), (33, 66), (67, 99))
    a, b = cuts[part]
    return dt.date(max(1, first_year + a), 1, 1), dt.date(first_year + b, 12, 31)
