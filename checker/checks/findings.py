"""Findings: how a check turns a verdict into a ``Finding`` (severity, upstream note, identity),
and the pieces its one-sentence message is written with."""
from __future__ import annotations

import math
from collections.abc import Sequence

from checker import lang
from checker.checks import counted
from checker.checks.blocks import DIFFERENCE_KEY
from checker.checks.context import Context
from checker.checks.intervals import stated_gap
from checker.checks.periods import Period
from checker.checks.places import shared_subject
from checker.checks.stocks import is_stock, stock_name
from checker.fingerprints import finding_id, fingerprint
from checker.model import Claim, Finding
from checker.printable import shown_path


def make_finding(ctx: Context, check: str, kind: str, claims: Sequence[Claim], message: str, *,
                 metric: str | None, period: str, subject: tuple[str, ...] | None = None) -> Finding:
    """A finding with its severity, upstream note and fingerprint (``checker.fingerprints``)."""
    claims = tuple(sorted(set(claims), key=lambda c: (c.source, c.start, c.id)))
    origins = {ctx.origin(c) for c in claims}
    upstream = None
    if len(origins) == 1 and None not in origins and len({c.source for c in claims}) > 1:
        upstream = origins.pop()
        message += f" All cite {upstream}: one origin, not independent confirmation."
    identity = fingerprint(check, kind, metric, period, claims)
    return Finding(id=finding_id(identity), fingerprint=identity, kind=kind, severity=ctx.severity(check, kind),
                   rule=check, metric=metric, subject=subject if subject is not None else shared_subject(claims, ctx),
                   period=period, message=message, claims=claims, upstream=upstream)


def show(claim: Claim) -> str:
    """A claim as a reader quotes it: its words and where they are."""
    return f"“{claim.text}” ({file_name(claim)}:{claim.line})"


def file_name(claim: Claim) -> str:
    """The name of a claim's file as messages give it: in quotes when unusual (``printable``)."""
    return shown_path(claim.source.rsplit("/", 1)[-1])


def values_of(claims: Sequence[Claim]) -> str:
    return ", ".join(show(c) for c in claims)


def fmt(x: float) -> str:
    """A computed figure for a message: whole numbers with thousands separators, else 3 digits."""
    if math.isinf(x):
        return "∞"
    return f"{x:,.0f}" if abs(x) >= 100 or float(x).is_integer() else f"{x:.3g}"


def name_of(key: str, ctx: Context, claims: Sequence[Claim] = ()) -> str:
    """What a metric or event key is called in messages: its rule's name, else the counted noun,
    made plural by the language of the figures it names (``claims``; English without them)."""
    metric = ctx.rules.metrics.get(key) or ctx.rules.events.get(key)
    if metric:
        return metric.name
    if is_stock(key):
        return stock_name(key)
    head, _, tail = key.partition(":")
    if head in ctx.rules.metrics and tail.endswith(f":{DIFFERENCE_KEY}"):
        return f"{'rise' if tail.startswith('up') else 'fall'} in {ctx.rules.metrics[head].name} (a difference)"
    if head in ctx.rules.metrics and tail in ("up", "down"):
        return f"percent {'rise' if tail == 'up' else 'fall'} in {ctx.rules.metrics[head].name}"
    plural = _plural(head, ctx.pack(claims[0].source if claims else ""))
    if tail.startswith("count:"):
        return counted.name(plural, tail.removeprefix("count:"))  # "gang members (killed)"
    return plural


def _plural(noun: str, pack: lang.Pack) -> str:
    """"officer" -> "officers", "family" -> "families", "solicitud" -> "solicitudes" (count keys
    are singular): the pack's irregular plurals, else its first plural rule that fits."""
    for plural, singular in pack["irregular_plurals"].items():
        if singular == noun:  # "person" -> "people", "police" as it is
            return plural
    for rule in pack["plural_rules"]:
        if noun.endswith(rule["singular"]):
            return noun[:len(noun) - len(rule["singular"])] + rule["plural"]
    return noun


def where(subject: Sequence[str]) -> str:
    return f" in {', '.join(subject)}" if subject else ""


def gap_clause(low: Sequence[Claim], high: Sequence[Claim], gap: float, band: float, capped: bool | str = False,
               spread: bool = False) -> str:
    """How far apart two groups of figures are as the articles state them (never values widened by
    the tolerance, nor converted to the metric's unit), relative to the larger, and the verdict
    that gives; ``spread`` for one run of figures (lowest to highest); ``capped`` when an undated
    side ("undated" or True), one whose sentence gives other values ("series") or a share of a population
    ("share") keeps a conflict to drift."""
    if spread:
        return f"the figures stated spread {gap:.0%} from lowest to highest, each within the {band:.0%} drift band of the next."
    near_low = max(low, key=lambda c: stated_gap([c], high) == gap)
    near_high = max(high, key=lambda c: stated_gap(low, [c]) == gap)
    text = f"the figures stated are {_percent(gap, band)} apart"
    if len(low) + len(high) > 2:
        text += f" (nearest: {_quoted(near_low)} vs {_quoted(near_high)})"
    if capped == "share":
        return text + (f", beyond the {band:.0%} drift band; drift only, as a share of a population is "
                       "read loosely (which population, which state).")
    if capped == "series":
        return text + (f", beyond the {band:.0%} drift band; drift only, as one side's sentence gives other "
                       "values for the same quantity, place and period (its context is in doubt).")
    if capped:
        return text + f", beyond the {band:.0%} drift band; drift only, as one side gives no date."
    return text + f", {'beyond' if gap > band else 'within'} the {band:.0%} drift band."


def _percent(gap: float, band: float) -> str:
    """A gap as a percentage, to one decimal where whole percents would read as the band itself."""
    return f"{gap:.1%}" if f"{gap:.0%}" == f"{band:.0%}" and gap != band else f"{gap:.0%}"


def _quoted(claim: Claim) -> str:
    return f"“{' '.join(claim.text.split())}”"


def undated_clause(period: Period, dateless: Sequence[Claim]) -> str:
    """What an undated comparison must say: that a figure gives no date, and which period it was
    read as (its own publication month, or the one period the corpus knows for it)."""
    if not period.dated:
        return " The figures give no date: each is read as of its article's publication."
    if dateless:
        return f" {values_of(dateless)} {'gives' if len(dateless) == 1 else 'give'} no date: read as {period.label()}."
    return ""
