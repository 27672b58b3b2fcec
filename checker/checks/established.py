"""Whether a figure's context is established well enough to compare it (DESIGN.md, "Findings").

A figure is compared only when what it counts (metric or counted noun), where (a place, on some
evidence) and when (a period of its own; "as of" the publication date only for a stock or a
running total) are all bound. Anything weaker is "not compared", with the reason, never drift or
conflict: a false conflict costs a fact-checker's trust, a missed one only a look.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from re import Pattern
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.checks.blocks import metric_of, percent_change, quantity_key
from checker.binding.corrections import is_superseded
from checker.binding.subject import TIED
from checker.checks.stocks import stock_key
from checker.model import Claim

if TYPE_CHECKING:
    from checker.checks.context import Context

NO_PLACE = "no place established: the figure, its sentence and its article name none"
NO_PERIOD = "no period established: the time it speaks of could not be resolved"
DIFFERENCE = "a difference between two periods (such as 'N fewer') of no named metric: not compared"
SEVERAL_PLACES = "several places and figures in its sentence, no place tied to this figure: its place is not established"
UNCONFIRMED = "its own words leave it unconfirmed or a guess (such as 'could exceed', 'a figure police did not confirm')"
SUPERSEDED = ("superseded by a correction: a later figure of its sentence replaces it (such as 'first reported N, later "
              "revised to M'), or a correction notice retracts it (such as 'an earlier version of this article said N')")
UNDATED_COUNT = "no period of its own: a count or rate over an unstated period is not compared"


def reason(claim: Claim, ctx: Context) -> str | None:
    """Why the figure is not compared, or None when its metric, place and period are established."""
    if claim.change in ("up", "down") and not percent_change(claim) and not claim.metric:
        return DIFFERENCE
    if claim.kind == "quantity" and is_superseded(claim):
        return SUPERSEDED
    if claim.kind == "quantity" and _unconfirmed(claim, _unconfirmed_cues(ctx.pack(claim.source))):
        return UNCONFIRMED
    places = ctx.places(claim)
    if not places:
        return NO_PLACE
    subject = claim.evidence("subject")
    if len(places) > 1 and subject is not None and subject.basis not in TIED and ctx.figures[claim.source, claim.sentence] > 1:
        return SEVERAL_PLACES  # "Zembla recorded 4,306 murders, Oz 5,127": which place is whose?
    t = claim.time
    if t is None or t.basis == "unresolved" or not (t.start or t.end):
        return NO_PERIOD
    if (t.basis == "publication" or not t.start) and claim.kind == "quantity":
        metric = metric_of(claim, ctx.rules)
        if stock_key(claim, ctx) is not None:
            return None  # "a population of 6.5 million": a level, as of its article's date
        if metric is None or not (metric.stock or metric.cumulative):
            return UNDATED_COUNT
    return None


def _unconfirmed(claim: Claim, cues: tuple[Pattern[str], Pattern[str]]) -> bool:
    """Whether a cue of doubt ends the figure's stretch before it (from the previous figure) or opens
    the one after it (up to the next figure): a figure no one stands behind is no account to judge."""
    sentence, at = claim.sentence, claim.sentence.find(claim.text)
    if at < 0:
        return False
    end = at + len(claim.text)
    before = sentence[:at]
    before = before[max((m.end() for m in _DIGITS.finditer(before)), default=0):]
    after = sentence[end:]
    after = after[:next((m.start() for m in _DIGITS.finditer(after)), len(after))]
    return bool(cues[0].search(before) or cues[1].search(after))


_DIGITS = re.compile(r"\d")


@cache
def _unconfirmed_cues(pack: lang.Pack) -> tuple[Pattern[str], Pattern[str]]:
    table = pack["unconfirmed_cues"]
    return tuple(patterns.compile(rf"\b(?:{patterns.phrases(table[side])})\b", patterns.IGNORECASE)
                 for side in ("before", "after"))


def not_compared(claims: Iterable[Claim], ctx: Context) -> list[tuple[Claim, str]]:
    """The figures a check would read (a metric or counted noun) whose context is not established."""
    out = []
    for claim in claims:
        if claim.kind == "quantity" and quantity_key(claim, ctx) is not None:
            why = reason(claim, ctx)
            if why is not None:
                out.append((claim, why))
    return out
