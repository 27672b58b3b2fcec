"""Fiscal years: "fiscal year 2015", "FY15", "fiscal 2014-15", "the end of fiscal 2021", "the
current fiscal year". A fiscal year is named by the calendar year it ends in and runs October to
September (``calendar.fiscal_span``)."""
from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .context import Atom
from .lookup import either, shift_of


def r_fiscal(m, ctx, s, e):
    """"fiscal year 2015", "FY15", "fiscal 2014-15": named by the year the fiscal year ends in."""
    first = m["fy_y"]
    year = int(first) if len(first) == 4 else 2000 + int(first)
    if m["fy_y2"]:
        end = m["fy_y2"]
        year = int(end) if len(end) == 4 else year // 100 * 100 + int(end)
    lo, hi = cal.fiscal_span(year)
    return Atom(s, e, lo, hi, "year", "explicit", "date")


def r_fiscal_part(m, ctx, s, e):
    """"the end of fiscal 2021": a third of the fiscal year (four months), as "the end of 2021" is of the year."""
    part = ctx.g.parts[m["fp_part"].split()[0].lower()]
    lo, _ = cal.fiscal_span(int(m["fp_y"]))
    start = cal.add_months(lo, 4 * part)
    return Atom(s, e, start, cal.add_months(lo, 4 * part + 4) - dt.timedelta(days=1), "span", "explicit", "date")


def r_fiscal_after(m, ctx, s, e):
    lo, hi = cal.fiscal_span(int(m["fa_y"]))
    return Atom(s, e, lo, hi, "year", "explicit", "date")


def r_fiscal_rel(m, ctx, s, e):
    if ctx.anchor is None:
        return Atom(s, e, None, None, "year", "unresolved", "span")
    shift = shift_of(ctx, either(m, "fr_rel").split()[-1])
    lo, hi = cal.over_anchor(ctx.anchor, lambda d: cal.fiscal_span(cal.fiscal_year_of(d) + shift))
    return Atom(s, e, lo, hi, "year", "relative", "span")
