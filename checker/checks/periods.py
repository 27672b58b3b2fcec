"""Periods: a claim's time scope as dates, and whether two periods are the same stretch of time."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from checker.model import Claim

if TYPE_CHECKING:
    from checker.checks.context import Context

# Granularities by how coarse they are: two periods are compared at the coarser one's rank.
_RANK = {"day": 0, "week": 0, "month": 1, "quarter": 1, "year": 2, "span": 2, "decade": 2}


@dataclass(frozen=True, slots=True)
class Period:
    """A claim's time scope as dates; ``dated`` is False for "as of publication" claims."""

    start: date
    end: date
    granularity: str
    dated: bool

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        if not self.dated:
            return f"as of {self.end.isoformat()[:7]}"
        if self.start.month == 1 and self.start.day == 1 and self.end.month == 12 and self.end.day == 31:
            years = (self.start.year, self.end.year)
            return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def period_of(claim: Claim, ctx: Context) -> Period | None:
    """The claim's period; undated claims are "as of" their publication date; None when unknown."""
    t = claim.time
    if t is None or t.basis == "unresolved":
        return None
    if t.basis == "publication" or not t.start:
        end = t.end or ctx.published.get(claim.source)
        return Period(_day(end), _day(end), "month", False) if end else None
    return Period(_day(t.start), _day(t.end or t.start), t.granularity, True)


def same_period(a: Period, b: Period) -> bool:
    """Dated periods that denote the same stretch of time at the coarser of their granularities
    and are of comparable length (January-February is not the whole year, nor a day the month)."""
    if not (a.dated and b.dated):
        return False
    if _RANK.get(a.granularity, 0) == 0 or _RANK.get(b.granularity, 0) == 0:
        return (a.start, a.end) == (b.start, b.end)  # "January 1 to December 30" is not the whole year
    rank = max(_RANK.get(a.granularity, 0), _RANK.get(b.granularity, 0))
    if _truncate(a, rank) != _truncate(b, rank):
        return False
    if a.start == b.start and a.end != b.end and _to_a_day(a) != _to_a_day(b):
        return False  # "so far this year" on December 15 and the whole year: a count to date, then the total
    return min(a.days, b.days) / max(a.days, b.days) >= 0.95


def _to_a_day(p: Period) -> bool:
    """Whether a period is a stretch counted to a day before its last month is out ("so far this
    year" on December 15); not a year named and cut short by the publication date ("in 2014", said
    on December 28), which is that year."""
    return p.granularity == "span" and p.end != _month_end(p.end.year, p.end.month)


def _truncate(p: Period, rank: int) -> tuple:
    if rank >= 2:
        return p.start.year, p.end.year
    if rank == 1:
        return p.start.year, p.start.month, p.end.year, p.end.month
    return p.start, p.end


def widen(p: Period, granularity: str) -> tuple[date, date]:
    """The period stretched to whole units of ``granularity`` (year, month or day)."""
    if granularity == "year":
        return date(p.start.year, 1, 1), date(p.end.year, 12, 31)
    if granularity == "month":
        return date(p.start.year, p.start.month, 1), _month_end(p.end.year, p.end.month)
    return p.start, p.end


def last_day(published: str | None) -> str | None:
    """The last day of a publication date's period ("2019-02" -> "2019-02-28"); None when unknown."""
    if not published:
        return None
    parts = published.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 12, 31).isoformat()
        if len(parts) == 2:
            return _month_end(int(parts[0]), int(parts[1])).isoformat()
        return date.fromisoformat(published).isoformat()
    except ValueError:
        return None


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)
