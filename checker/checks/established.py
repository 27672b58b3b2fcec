"""Whether a figure's context is established well enough to compare it (DESIGN.md, "Findings").

A figure is compared only when what it counts (metric or counted noun), where (a place, on some
evidence) and when (a period of its own; "as of" the publication date only for a stock or a
running total) are all bound. Anything weaker is "not compared", with the reason, never drift or
conflict: a false conflict costs a fact-checker's trust, a missed one only a look.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from checker.checks.blocks import metric_of, percent_change, quantity_key
from checker.binding.subject import TIED
from checker.checks.stocks import stock_key
from checker.model import Claim

if TYPE_CHECKING:
    from checker.checks.context import Context

NO_PLACE = "no place established: the figure, its sentence and its article name none"
NO_PERIOD = "no period established: the time it speaks of could not be resolved"
DIFFERENCE = "a difference between two periods ('421 fewer') of no named metric: not compared"
SEVERAL_PLACES = "several places and figures in its sentence, no place tied to this figure: its place is not established"
UNDATED_COUNT = "no period of its own: a count or rate over an unstated period is not compared"


def reason(claim: Claim, ctx: Context) -> str | None:
    """Why the figure is not compared, or None when its metric, place and period are established."""
    if claim.change in ("up", "down") and not percent_change(claim) and not claim.metric:
        return DIFFERENCE
    places = ctx.places(claim)
    if not places:
        return NO_PLACE
    subject = claim.evidence("subject")
    if len(places) > 1 and subject is not None and subject.basis not in TIED and ctx.figures[claim.source, claim.sentence] > 1:
        return SEVERAL_PLACES  # "Guatemala recorded 5,718 murders, El Salvador 6,656": which place is whose?
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


def not_compared(claims: Iterable[Claim], ctx: Context) -> list[tuple[Claim, str]]:
    """The figures a check would read (a metric or counted noun) whose context is not established."""
    out = []
    for claim in claims:
        if claim.kind == "quantity" and quantity_key(claim, ctx) is not None:
            why = reason(claim, ctx)
            if why is not None:
                out.append((claim, why))
    return out
