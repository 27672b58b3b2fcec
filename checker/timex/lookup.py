"""Word lookups for the resolvers: what a matched word means in the grammar's tables (a relative
word's shift, a unit, a count), and which of a rule's groups holds a part written in either order.

Its one job: read the language pack's time words for ``resolve``; no dates are computed here.
"""
from __future__ import annotations

import re

from .context import Context

# The shift in periods a relative word gives (time_relatives: previous, current, next, coming).
SHIFTS = {"previous": -1, "next": 1, "coming": 1}


def shift_of(ctx: Context, word: str) -> int:
    return SHIFTS.get(ctx.g.relatives.get(word.lower(), ""), 0)


def shift_in(ctx: Context, words: list[str]) -> int:
    """The shift of the first relative word among ``words`` that moves the period: the relative
    word may follow the unit and an article ("el año pasado"), as well as lead ("last year")."""
    return next((shift for w in words if (shift := shift_of(ctx, w))), 0)


def relative_words(ctx: Context, words: list[str]) -> bool:
    """Whether period words name a period against the publication ("last year", "the month") rather
    than by its name or number: a relative word among them, or a bare unit first ("del año")."""
    return bool(words) and (words[0] in ctx.g.units or any(w in ctx.g.relatives for w in words))


def month_named(ctx: Context, low: str) -> bool:
    """Whether period words open with a month's name ("marzo del año pasado")."""
    first = re.match(r"[^\W\d_]+", low)
    return first is not None and first[0] in ctx.g.months


def either(m: re.Match, group: str) -> str | None:
    """Group ``group`` of a match, or ``group2`` when the rule writes the same part a second time
    for another word order (the count before or after an ordinal, the relative word before or
    after its unit)."""
    return m[group] or optional(m, group + "2")


def optional(m: re.Match, group: str) -> str | None:
    """Group ``group`` of a match, None when no rule of the pack writes it (a part one language
    has); cheaper than ``m.groupdict()``, which builds a dict of every rule's groups."""
    return m[group] if group in m.re.groupindex else None


def unit_of(ctx: Context, word: str) -> str:
    return ctx.g.units[word.lower()]


def is_plural(ctx: Context, word: str) -> bool:
    return word.lower() in ctx.g.unit_plurals


def count_of(ctx: Context, text: str | None, default: int = 1) -> tuple[int, int]:
    """"two" → (2, 2); "twenty-five" → (25, 25); "a few" → (2, 5); None → default."""
    if not text:
        return default, default
    t = " ".join(text.lower().split())
    if t in ctx.g.count_phrases:
        return ctx.g.count_phrases[t]
    if t.isdigit():
        return int(t), int(t)
    total = sum(ctx.g.counts.get(part, 0) for part in re.split(r"[-\s]+", t)) or 1
    return total, total


__all__ = ["SHIFTS", "count_of", "either", "is_plural", "month_named", "optional", "relative_words", "shift_in",
           "shift_of", "unit_of"]
