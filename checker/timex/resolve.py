"""Resolution: turn one time rule's match into an inclusive date interval (an Atom).

Its one job: given what a rule read (day, month, year, count, unit, relative word), compute the
dates against the publication anchor and the sentence (future tense), with calendar arithmetic
from ``calendar``. Each rule of ``time_rules.yaml`` names its resolver in ``RESOLVERS`` below.
Words are looked up in the grammar's tables (the language pack); none is written here.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import calendar as cal
from .calendar import Interval
from .context import Atom, Context, has_prefix, year_then_quantity
from .days import r_dayref, r_relday, r_weekday, weekday_atom
from .first_months import r_firstn
from .fiscal_years import r_fiscal, r_fiscal_after, r_fiscal_part, r_fiscal_rel
from .lookup import count_of, either, is_plural, month_named, optional, relative_words, shift_in, unit_of

Resolver = Callable[[re.Match, Context, int, int], "Atom | None"]

# How far back the vague "recent <unit>" reaches, in that unit.
RECENT_REACH = {"year": 5, "month": 6, "week": 6, "day": 10, "decade": 3, "quarter": 4}
# An unnumbered plural of a unit ("over the last years") counts this many at most.
VAGUE_PLURAL = 5


def _yearless(ctx: Context, start: int, end: int, month: int, day: int | None, day2: int | None,
              granularity: str) -> Atom:
    """A month or a day of month without a year: the most recent past occurrence not after the
    publication, or the next one when the sentence speaks of the future."""
    atom = Atom(start, end, None, None, granularity, "unresolved", "yearless", month=month, day=day,
                 day2=day2)
    a = ctx.anchor
    if a is None:
        return atom
    future = ctx.future_at(start)
    if day is None:
        if future:
            year = a.date.year if cal.month_end(a.date.year, month) >= a.date else a.date.year + 1
        else:
            year = a.latest.year if dt.date(a.latest.year, month, 1) <= a.latest else a.latest.year - 1
        atom.lo, atom.hi = cal.month_span(year, month)
    else:
        found = cal.nearest_day(month, day, a.date if future else a.latest, future)
        if found is None:
            return atom
        atom.lo = found
        atom.hi = found.replace(day=day2) if day2 and day2 > day else found
    atom.basis = "relative"
    return atom


def with_year(atom: Atom, year: int) -> Atom:
    """Complete a year-less date with its range partner's year ("April 3 to June 19, 2016")."""
    if atom.day is None:
        atom.lo, atom.hi = cal.month_span(year, atom.month)
    else:
        day = cal.explicit_day(year, atom.month, atom.day)
        if day is None:
            return atom
        atom.lo = day
        atom.hi = day.replace(day=atom.day2) if atom.day2 and atom.day2 > atom.day else day
    atom.basis, atom.kind = "explicit", "date"
    return atom


def _nearest_span(ctx: Context, spans: Callable[[int], Interval], ended: bool = False) -> Interval | None:
    """Among yearly recurring spans (a season, a quarter), the most recent one starting (``ended``:
    over) by the publication, or the first one not over before it when the sentence speaks of the future."""
    a = ctx.anchor
    if a is None:
        return None
    if ctx.future:
        for year in range(a.date.year - 1, a.date.year + 3):
            lo, hi = spans(year)
            if hi >= a.date:
                return lo, hi
    for year in range(a.latest.year + 1, a.latest.year - 3, -1):
        lo, hi = spans(year)
        if (hi if ended else lo) <= a.latest:
            return lo, hi
    return None


def _relative_year(ctx: Context, text: str) -> tuple[Interval | None, str]:
    """"this year", "last year", "next year", "the year" → (interval, basis)."""
    a = ctx.anchor
    if a is None:
        return None, "unresolved"
    shift = shift_in(ctx, text.lower().split())
    return cal.over_anchor(a, lambda d: cal.year_span(d.year + shift)), "relative"


def _month_of_relative_year(ctx: Context, month: int, year_text: str) -> tuple[Interval | None, str]:
    """A month of a year named against the publication ("marzo del año pasado") -> (interval, basis)."""
    interval, basis = _relative_year(ctx, year_text)
    return (None if interval is None else cal.month_span(interval[0].year, month)), basis


def _period_of(ctx: Context, m: re.Match, group: str) -> tuple[Interval | None, str, str]:
    """The period after "of" / "early": a month (with or without year), a year, or this/last year."""
    text = m[group]
    low = text.lower()
    words = low.split()
    if relative_words(ctx, words) and not month_named(ctx, low):
        unit = next((ctx.g.units[w] for w in words if w in ctx.g.units), None)
        if unit in ("month", "decade"):  # "the end of last month", "the start of the decade"
            a = ctx.anchor
            if a is None:
                return None, "unresolved", unit
            step = shift_in(ctx, words) * cal.unit_months(unit)
            return cal.over_anchor(a, lambda d: cal.period(cal.add_months(d, step), unit)), "relative", unit
        interval, basis = _relative_year(ctx, low)
        return interval, basis, "year"
    if relative_words(ctx, words):  # a month's name and a relative year: "marzo del año pasado"
        span, basis = _month_of_relative_year(ctx, ctx.g.month_of(text), low)
        return span, basis, "month"
    ym = re.search(r"\d{4}", text)
    if text[:1].isdigit():
        return cal.year_span(int(text[:4])), "explicit", "year"
    month = ctx.g.month_of(text)
    if ym:
        return cal.month_span(int(ym[0]), month), "explicit", "month"
    atom = _yearless(ctx, 0, 0, month, None, None, "month")
    return ((atom.lo, atom.hi) if atom.lo else None), atom.basis, "month"


def r_iso(m, ctx, s, e):
    day = cal.explicit_day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])) if 1 <= int(m["iso_m"]) <= 12 else None
    return Atom(s, e, day, day, "day", "explicit", "date") if day else None


def r_slash(m, ctx, s, e):
    year = int(m["sl_y"])
    if year < 100:
        year += 2000 if year <= 50 else 1900
    day = cal.explicit_day(year, int(m["sl_m"]), int(m["sl_d"]))
    return Atom(s, e, day, day, "day", "explicit", "date") if day else None


def r_firstof(m, ctx, s, e):
    """"the first two months of 2015", "the second week of May", "the last 10 days of March"."""
    interval, basis, of = _period_of(ctx, m, "fo_of")
    unit = unit_of(ctx, m["fo_unit"])
    plural = is_plural(ctx, m["fo_unit"])
    n = count_of(ctx, either(m, "fo_n"), default=2 if plural else 1)[1]
    granularity = unit
    if interval is None:
        return Atom(s, e, None, None, granularity, basis, "span")
    lo, hi = interval
    which = m["fo_which"].lower()
    if unit == "week":
        unit, n = "day", 7 * n
    if which in ctx.g.from_end:
        if unit == "day":
            first = hi - dt.timedelta(days=n - 1)
        else:
            first = cal.add_months(hi.replace(day=1), 1 - n * cal.unit_months(unit))
        return Atom(s, e, *_year_just_closed(ctx, s, (max(lo, first), hi), basis, of), granularity, basis, "span")
    skip = (ctx.g.ordinals[which] - 1) * n
    if unit == "day":
        first, last = lo + dt.timedelta(days=skip), lo + dt.timedelta(days=skip + n - 1)
    else:
        first = cal.add_months(lo, skip * cal.unit_months(unit))
        last = cal.add_months(lo, (skip + n) * cal.unit_months(unit)) - dt.timedelta(days=1)
    if first > hi:
        return None
    return Atom(s, e, *_year_just_closed(ctx, s, (first, min(hi, last)), basis, of), granularity, basis, "span")


def _year_just_closed(ctx: Context, s: int, part: Interval, basis: str, of: str) -> Interval:
    """A part of "the year" that reaches past the publication's month when the publication lies in
    the year's first month, in a sentence that does not speak of the future, is that part of the
    year just closed: "In the first ten months of the year, police recorded ..." on January 4 (a
    count told in the past is never of the article's future)."""
    a = ctx.anchor
    lo, hi = part
    if basis != "relative" or of != "year" or a is None or a.latest.month != 1 or lo.year != a.latest.year \
            or hi <= cal.month_end(a.latest.year, 1) or ctx.future_at(s):
        return part
    back = [cal.month_end(d.year - 1, d.month) if d == cal.month_end(d.year, d.month) else cal.add_months(d, -12)
            for d in part]
    return back[0], back[1]


def r_quarter(m, ctx, s, e):
    q = ctx.g.ordinals[m["qt_n"].lower()]
    year_text = m["qt_of"] or m["qt_y"]
    return _quarter_atom(ctx, s, e, q, year_text)


def _quarter_atom(ctx, s, e, q, year_text):
    if year_text and year_text[:1].isdigit():
        lo, hi = cal.quarter_span(int(year_text[:4]), q)
        return Atom(s, e, lo, hi, "quarter", "explicit", "date")
    if year_text and year_text[:1] in "'’":
        year = 2000 + int(year_text[1:])
        lo, hi = cal.quarter_span(year, q)
        return Atom(s, e, lo, hi, "quarter", "explicit", "date")
    if year_text:
        interval, _ = _relative_year(ctx, year_text)
        if interval is None:
            return Atom(s, e, None, None, "quarter", "unresolved", "span")
        lo, hi = cal.quarter_span(interval[0].year, q)
        return Atom(s, e, lo, hi, "quarter", "relative", "span")
    found = _nearest_span(ctx, lambda y: cal.quarter_span(y, q))
    if found is None:
        return Atom(s, e, None, None, "quarter", "unresolved", "span")
    return Atom(s, e, found[0], found[1], "quarter", "relative", "span")


def r_qcode(m, ctx, s, e):
    return _quarter_atom(ctx, s, e, int(m["qc_n"]), m["qc_y"])


def r_qcode_after(m, ctx, s, e):
    return _quarter_atom(ctx, s, e, int(m["qa_n"]), m["qa_y"])


def _half_atom(ctx, s, e, n, year_text):
    months = (1, 6) if n == 1 else (7, 12)
    if not year_text:  # "in the first half": the last one over by publication (a half is told once ended)
        found = _nearest_span(ctx, lambda y: (dt.date(y, months[0], 1), cal.month_end(y, months[1])), True)
        return Atom(s, e, *(found or (None, None)), "span", "relative" if found else "unresolved", "span")
    if year_text[:1].isdigit():
        year, basis = int(year_text[:4]), "explicit"
    else:
        interval, basis = _relative_year(ctx, year_text)
        if interval is None:
            return Atom(s, e, None, None, "span", "unresolved", "span")
        year = interval[0].year  # this year's half not over yet, told in the past: the last one over
        if ctx.anchor.date.year == year and not ctx.future and cal.month_end(year, months[1]) > ctx.anchor.latest:
            year -= 1
    return Atom(s, e, dt.date(year, months[0], 1), cal.month_end(year, months[1]), "span", basis, "span")


def r_half(m, ctx, s, e):
    return _half_atom(ctx, s, e, ctx.g.ordinals[m["hf_n"].lower()], m["hf_of"])


def r_hcode(m, ctx, s, e):
    return _half_atom(ctx, s, e, int(m["hc_n"]), m["hc_y"])


def _part(ctx: Context, word: str | None) -> int | None:
    return ctx.g.parts[word.lower()] if word else None


def r_decade(m, ctx, s, e):
    year = int(m["dc_y"])
    if year % 100 == 0 and year < 2000:  # "the 1800s" is a century
        lo, hi = cal.decade_part(year, 100, _part(ctx, m["dc_part"]))
        return Atom(s, e, lo, hi, "span", "explicit", "date")
    lo, hi = cal.decade_part(year, 10, _part(ctx, m["dc_part"]))
    return Atom(s, e, lo, hi, "decade", "explicit", "date")


def r_decade2(m, ctx, s, e):
    tens = int(m["d2_y"])
    lo, hi = cal.decade_part((2000 if tens <= 20 else 1900) + tens, 10, _part(ctx, m["d2_part"]))
    return Atom(s, e, lo, hi, "decade", "explicit", "date")


def r_century(m, ctx, s, e):
    n = int(m["ce_n"])
    if not 1 <= n <= 22:
        return None
    lo, hi = cal.decade_part((n - 1) * 100, 100, _part(ctx, m["ce_part"]))
    return Atom(s, e, lo, hi, "span", "explicit", "date")


def r_partof(m, ctx, s, e):
    part = ctx.g.parts[m["po_part"].split()[0].lower()]
    interval, basis, of = _period_of(ctx, m, "po_what")
    if interval is None:
        return Atom(s, e, None, None, "span", basis, "span")
    lo, hi = _year_just_closed(ctx, s, cal.thirds(interval[0], interval[1], part), basis, of)
    atom = Atom(s, e, lo, hi, "span", basis, "date" if basis == "explicit" else "span")
    if _names_a_yearless_month(ctx, m["po_what"]):  # "the end of March": its year may come from the sentence
        atom.month = interval[0].month
    return atom


def _names_a_yearless_month(ctx: Context, text: str) -> bool:
    """Whether the period words name a month by its name and no year ("March", not "last month")."""
    return not any(c.isdigit() for c in text) and not relative_words(ctx, text.lower().split()) \
        and ctx.g.month_of(text) is not None


def r_md(m, ctx, s, e):
    return _month_day(ctx, s, e, m, "md")


def r_dm(m, ctx, s, e):
    return _month_day(ctx, s, e, m, "dm")


def _month_day(ctx, s, e, m, p):
    month = ctx.g.month_of(m[f"{p}_m"])
    day = int(re.match(r"\d+", m[f"{p}_d"])[0])
    second = m[f"{p}_d2"] or optional(m, f"{p}_d3")  # "March 25-27", "March 25 and 27"
    day2 = int(re.match(r"\d+", second)[0]) if second else None
    if day2 is not None and day2 <= day:
        return None
    year_text = m[f"{p}_y"]
    if year_text and year_then_quantity(ctx.g, ctx.sentence, m.end(f"{p}_y")):
        year_text = None  # "On May 4, 2000 people marched": the year is a count
        e = m.end(f"{p}_d2" if m[f"{p}_d2"] else f"{p}_d3") if day2 else m.end(f"{p}_d")
    gran = "span" if day2 else "day"
    if year_text:
        lo = cal.explicit_day(int(year_text), month, day)
        if lo is None:
            return None
        hi = lo.replace(day=day2) if day2 and day2 <= cal.days_in_month(lo.year, month) else lo
        atom = Atom(s, e, lo, hi, gran, "explicit", "date")
    else:
        if day > cal.days_in_month(2000, month):
            return None
        atom = _yearless(ctx, s, e, month, day, day2, gran)
    if day2:
        atom.relation = "range"
    return atom


def r_my(m, ctx, s, e):
    month = ctx.g.month_of(m["my_m"])
    if year_then_quantity(ctx.g, ctx.sentence, m.end("my_y")):
        atom = _yearless(ctx, s, m.end("my_m"), month, None, None, "month")
        atom.kind = "bare"
        return atom
    lo, hi = cal.month_span(int(m["my_y"]), month)
    return Atom(s, e, lo, hi, "month", "explicit", "month", month=month)


def r_season(m, ctx, s, e):
    first = ctx.g.seasons[m["se_s"].lower()]
    rel = [ctx.g.relatives[w] for w in (either(m, "se_rel") or "").lower().split()]
    if m["se_y"]:
        label = int(m["se_y"])
        if m["se_y2"]:
            y2 = m["se_y2"]
            label = int(y2) if len(y2) == 4 else label // 100 * 100 + int(y2)
            if not 0 < label - int(m["se_y"]) <= 1:
                return None
        lo, hi = cal.season_span(first, label)
        return Atom(s, e, lo, hi, "span", "explicit", "date")
    a = ctx.anchor
    if not rel:
        atom = Atom(s, e, None, None, "span", "unresolved", "bare")
        found = _nearest_span(ctx, lambda y: cal.season_span(first, y))
        if found:
            atom.lo, atom.hi, atom.basis = found[0], found[1], "relative"
        return atom
    if a is None:
        return Atom(s, e, None, None, "span", "unresolved", "span")
    last = rel[-1] == "previous"
    nxt = rel[-1] == "next"
    found = None
    if last:
        for year in range(a.date.year + 1, a.date.year - 3, -1):
            lo, hi = cal.season_span(first, year)
            if hi < a.date:
                found = (lo, hi)
                break
    elif nxt:
        for year in range(a.latest.year - 1, a.latest.year + 3):
            lo, hi = cal.season_span(first, year)
            if lo > a.latest:
                found = (lo, hi)
                break
    else:
        label = a.date.year + 1 if first == 12 and a.date.month == 12 else a.date.year
        found = cal.season_span(first, label)
    return Atom(s, e, found[0], found[1], "span", "relative", "span")


def _reference(s, e, relation="reference", calendar=True):
    return Atom(s, e, None, None, "span", "inherited", "ref", relation=relation, calendar=calendar)


def r_thenref(m, ctx, s, e):
    return _reference(s, e)


def r_monthref(m, ctx, s, e):
    """"that June", "ese mismo junio": a month of the year in focus, found in the binding stage."""
    atom = _reference(s, e)
    atom.month, atom.granularity = ctx.g.month_of(either(m, "mr_m")), "month"
    return atom


def r_overlast(m, ctx, s, e):
    ahead = ctx.g.relatives[(m["ol_w"] or m["ol1_w"]).lower()] in ("next", "coming")
    unit_text = m["ol_unit"] or m["ol1_unit"]
    unit = unit_of(ctx, unit_text)
    hi_n = count_of(ctx, m["ol_n"])[1] if (m["ol_n"] or not is_plural(ctx, unit_text)) else VAGUE_PLURAL
    a = ctx.anchor
    gran = "span"
    if a is None:
        return Atom(s, e, None, None, gran, "unresolved", "span", calendar=False)
    if ahead:
        lo, hi = a.date, cal.shift(a.latest, unit, hi_n)
    else:
        lo, hi = cal.shift(a.latest, unit, -hi_n), a.latest
    return Atom(s, e, lo, hi, gran, "relative", "span", calendar=False)


def r_rel(m, ctx, s, e):
    which = ctx.g.relatives[either(m, "rl_rel").lower().split()[-1]]  # "this past" = past
    what = either(m, "rl_what")
    low = what.lower()
    a = ctx.anchor
    if low not in ctx.g.units:
        if low in ctx.g.weekdays:
            return weekday_atom(ctx, s, e, ctx.g.weekdays[low], which)
        month = ctx.g.month_of(what)
        if a is None:
            return Atom(s, e, None, None, "month", "unresolved", "span")
        if which == "current":
            lo, hi = cal.month_span(a.date.year, month)
        elif which == "previous":
            year = a.date.year if cal.month_end(a.date.year, month) < a.date else a.date.year - 1
            lo, hi = cal.month_span(year, month)
        else:
            year = a.latest.year if dt.date(a.latest.year, month, 1) > a.latest else a.latest.year + 1
            lo, hi = cal.month_span(year, month)
        return Atom(s, e, lo, hi, "month", "relative", "span")
    unit = ctx.g.units[low]
    gran = {"weekend": "day", "century": "span"}.get(unit, unit)
    if a is None:
        return Atom(s, e, None, None, gran, "unresolved", "span")
    if unit == "weekend":
        if a.precision != "day":
            return Atom(s, e, None, None, "day", "unresolved", "span")
        saturday = a.date + dt.timedelta(days=(5 - a.date.weekday()) % 7)
        if which == "previous" or (which == "current" and not ctx.future and saturday > a.date):
            saturday -= dt.timedelta(days=7)
        elif which == "next":
            saturday += dt.timedelta(days=7) if saturday <= a.date + dt.timedelta(days=1) else dt.timedelta(0)
        return Atom(s, e, saturday, saturday + dt.timedelta(days=1), "span", "relative", "span")
    if which == "current":
        lo = cal.period(a.date, unit)[0]
        hi = cal.period(a.latest, unit)[1] if ctx.future else a.latest
        return Atom(s, e, lo, hi, gran, "relative", "span")
    if unit == "decade" and which == "previous":  # "the last decade": the ten years before publication
        return Atom(s, e, cal.shift(a.latest, "year", -10), a.latest, "span", "relative", "span")
    step = -1 if which == "previous" else 1
    lo, hi = cal.over_anchor(a, lambda d: cal.period(cal.shift(d, unit, step), unit))
    return Atom(s, e, lo, hi, gran, "relative", "span")


def r_relpart(m, ctx, s, e):
    unit = unit_of(ctx, m["rp_unit"])
    a = ctx.anchor
    if a is None:
        return Atom(s, e, None, None, "span", "unresolved", "span")
    if ctx.g.directions[m["rp_w"].lower()] < 0:
        lo, hi = cal.period(a.date, unit)[0], a.latest
    else:
        lo, hi = a.date, cal.period(a.latest, unit)[1]
    return Atom(s, e, lo, hi, "span", "relative", "span")


def r_sofar(m, ctx, s, e):
    """"so far this year", "so far in 2019": from the start of the year (or month) to the
    publication date; a year named that ended before publication is the whole year."""
    a = ctx.anchor
    if m["sf_y"]:
        lo, hi = cal.year_span(int(m["sf_y"]))
        if a is not None and lo <= a.latest < hi:
            hi = a.latest
        return Atom(s, e, lo, hi, "span", "relative" if a is not None else "explicit", "span")
    if a is None:
        return Atom(s, e, None, None, "span", "unresolved", "span")
    if optional(m, "sf_m"):  # "so far in March": from its first day to publication or its end
        month = _yearless(ctx, s, e, ctx.g.month_of(m["sf_m"]), None, None, "month")
        if month.lo is None:
            return month
        return Atom(s, e, month.lo, min(month.hi, a.latest), "span", "relative", "span")
    unit = unit_of(ctx, m["sf_u"] or m["sf_u2"])
    return Atom(s, e, cal.period(a.date, unit)[0], a.latest, "span", "relative", "span")


def r_ago(m, ctx, s, e):
    unit = unit_of(ctx, m["ag_unit"])
    lo_n, hi_n = count_of(ctx, m["ag_n"])
    gran = {"hour": "day", "decade": "year"}.get(unit, unit)
    a = ctx.anchor
    if a is None:
        return Atom(s, e, None, None, gran, "unresolved", "span", relation="ago", calendar=False)
    if (this := optional(m, "ag_this")) or optional(m, "ag_today"):  # "five years ago this week": that week back
        gran = unit_of(ctx, this) if this else "day"
    lo = cal.over_anchor(a, lambda d: cal.period(cal.shift(d, unit, -hi_n), gran))[0]
    hi = cal.over_anchor(a, lambda d: cal.period(cal.shift(d, unit, -lo_n), gran))[1]
    return Atom(s, e, lo, hi, gran, "relative", "span", relation="ago", calendar=False)


def r_recent(m, ctx, s, e):
    unit = unit_of(ctx, m["rc_unit"])
    a = ctx.anchor
    if a is None:
        return Atom(s, e, None, None, "span", "unresolved", "span", calendar=False)
    lo = cal.shift(a.latest, unit, -RECENT_REACH[unit])
    return Atom(s, e, lo, a.latest, "span", "relative", "span", calendar=False)


def r_shift(m, ctx, s, e):
    later = ctx.g.directions[m["sh_dir"].lower()] > 0
    atom = _reference(s, e, "later" if later else "reference", calendar=False)
    atom.kind = "later" if later else "ref"
    return atom


def r_refphrase(m, ctx, s, e):
    return _reference(s, e, calendar=not any(ch.isdigit() for ch in m.group()))


def r_samein(m, ctx, s, e):
    """"the same period of 2014": the stretch in focus, in that year (the binding stage moves it);
    alone, the year."""
    lo, hi = cal.year_span(int(m["sm_y"]))
    return Atom(s, e, lo, hi, "year", "explicit", "date", relation="same")


def r_following(m, ctx, s, e):
    later = ctx.g.directions[m["fw_w"].lower()] > 0
    atom = _reference(s, e, "later" if later else "reference")
    atom.kind = "later" if later else "ref"
    return atom


def r_prepost(m, ctx, s, e):
    lo, hi = cal.year_span(int(m["pp_y"]))
    atom = Atom(s, e, lo, hi, "year", "explicit", "date")
    atom.relation = ctx.g.year_prefixes[m["pp"].lower()]
    return atom


def r_yearrange(m, ctx, s, e):
    a, b_text = int(m["yr_a"]), m["yr_b"]
    sep = ctx.sentence[m.end("yr_a"):m.start("yr_b")].strip()
    if len(b_text) == 2:
        b2 = int(b_text)
        if b2 != (a + 1) % 100 and sep == "-" and (b_text[0] == "0" and b2 >= 1 or 10 <= b2 <= 12):
            lo, hi = cal.month_span(a, b2)  # "2019-09": an ISO year-month
            return Atom(s, e, lo, hi, "month", "explicit", "month")
        b = a // 100 * 100 + b2 if b2 > a % 100 else a // 100 * 100 + 100 + b2
        if b - a > 20:
            return None
    else:
        b = int(b_text)
        if not a < b <= a + 200 or year_then_quantity(ctx.g, ctx.sentence, e):
            return None
    if a < 1900 and b < 1900 and not has_prefix(ctx.g, ctx.sentence, s):
        return None
    atom = Atom(s, e, dt.date(a, 1, 1), dt.date(b, 12, 31), "span", "explicit", "date")
    atom.relation = "range"
    return atom


def r_theyear(m, ctx, s, e):
    lo, hi = cal.year_span(int(m["ty_y"]))
    return Atom(s, e, lo, hi, "year", "explicit", "date")


def r_year(m, ctx, s, e):
    value = int(m["yy"])
    lo, hi = cal.year_span(value)
    atom = Atom(s, e, lo, hi, "year", "explicit", "year", year=value)
    if m["yy_ad"]:
        atom.kind = "date"
    return atom


def r_bare_month(m, ctx, s, e):
    atom = _yearless(ctx, s, e, ctx.g.month_of(m["bm"]), None, None, "month")
    atom.kind = "bare"
    return atom


def r_stretch(m, ctx, s, e):
    """"the week beginning June 15", "the seven days that ended Saturday", "the 12 months to May
    31": so many days, weeks or months from or to the day named."""
    n, most = count_of(ctx, m["wk_n"], 1)
    if n != most:
        return None  # "a few days to Friday": no length
    unit = unit_of(ctx, m["wk_unit"]) if m["wk_unit"] else "week"
    if m["wk_wd"]:
        day = weekday_atom(ctx, s, e, ctx.g.weekdays[m["wk_wd"].lower()])
    else:
        month, number = ctx.g.month_of(m["wk_m"]), int(re.match(r"\d+", m["wk_d"])[0])
        if m["wk_y"]:
            found = cal.explicit_day(int(m["wk_y"]), month, number)
            day = Atom(s, e, found, found, "day", "explicit", "date") if found else None
        else:
            day = _yearless(ctx, s, e, month, number, None, "day")
    granularity = "week" if (unit, n) in (("week", 1), ("day", 7)) else "span"
    if day is None or day.lo is None:
        return Atom(s, e, None, None, granularity, "unresolved", "span")
    one = dt.timedelta(days=1)
    if m["wk_from"]:
        lo, hi = day.lo, cal.shift(day.lo, unit, n) - one
    else:
        lo, hi = cal.shift(day.lo, unit, -n) + one, day.lo
    return Atom(s, e, lo, hi, granularity, day.basis, "date")


def r_month_rel(m, ctx, s, e):
    """"octubre del año pasado", "abril de este año": a month of a year named against the
    publication."""
    month = ctx.g.month_of(m["mo_m"])
    span, basis = _month_of_relative_year(ctx, month, m["mo_y"])
    if span is None:
        return Atom(s, e, None, None, "month", "unresolved", "span", month=month)
    lo, hi = span
    return Atom(s, e, lo, hi, "month", basis, "month", month=month)


def r_closing_month(m, ctx, s, e):
    """"August closed with 390 homicides", "May was the deadliest month" ("el peor mes fue
    mayo"): a month that is the subject or predicate of its clause's verb is a date without a
    preposition (its year the publication's, as for "in August"), never the modal "may"."""
    atom = _yearless(ctx, s, e, ctx.g.month_of(either(m, "cm_m")), None, None, "month")
    atom.kind = "month"
    return atom


# Each time rule names its resolver here: (match, context, start, end) -> Atom | None.
RESOLVERS: dict[str, Resolver] = {
    "dayref": r_dayref,
    "iso": r_iso,
    "slash": r_slash,
    "firstof": r_firstof,
    "firstn": r_firstn,
    "quarter": r_quarter,
    "qcode": r_qcode,
    "qcode_after": r_qcode_after,
    "half": r_half,
    "hcode": r_hcode,
    "fiscal": r_fiscal,
    "fiscal_after": r_fiscal_after,
    "fiscal_part": r_fiscal_part,
    "fiscal_rel": r_fiscal_rel,
    "decade": r_decade,
    "decade2": r_decade2,
    "century": r_century,
    "partof": r_partof,
    "md": r_md,
    "dm": r_dm,
    "my": r_my,
    "season": r_season,
    "thenref": r_thenref,
    "monthref": r_monthref,
    "overlast": r_overlast,
    "rel": r_rel,
    "weekday": r_weekday,
    "relday": r_relday,
    "relpart": r_relpart,
    "ago": r_ago,
    "recent": r_recent,
    "shift": r_shift,
    "refphrase": r_refphrase,
    "samein": r_samein,
    "sofar": r_sofar,
    "following": r_following,
    "prepost": r_prepost,
    "yearrange": r_yearrange,
    "theyear": r_theyear,
    "year": r_year,
    "stretch": r_stretch,
    "month_rel": r_month_rel,
    "closing_month": r_closing_month,
    "bare_month": r_bare_month,
}
