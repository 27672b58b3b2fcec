""""The first six months", "los primeros seis meses" with no "of" after them: the first months of
a year, the last such stretch over by the publication (a count of them is told once they ended),
as "the first half" is; not a length of six months."""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .context import Atom, Context
from .lookup import count_of, either


def r_firstn(m: re.Match, ctx: Context, s: int, e: int) -> Atom | None:
    """The first ``fn_n`` months of the latest year in which they had ended by publication."""
    n = count_of(ctx, either(m, "fn_n"), default=0)[1]
    a = ctx.anchor
    if not 1 <= n <= 11:
        return None
    if a is None:
        return Atom(s, e, None, None, "span", "unresolved", "span")
    year = a.latest.year if cal.month_end(a.latest.year, n) <= a.latest else a.latest.year - 1
    return Atom(s, e, dt.date(year, 1, 1), cal.month_end(year, n), "span", "relative", "span")
