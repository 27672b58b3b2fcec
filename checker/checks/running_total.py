"""Running totals ("more than 36,000 arrested since March 27"): counted from a date up to each
article's publication, they may grow between publication dates but never fall.

Same start, same place: figures published on the same date are compared as one quantity;
between consecutive publication dates a rise is drift (the total was updated) and a fall is a
conflict. One article telling its total at two dates ("a year in, 66,000; now 78,000") tells its
history: a rise there is no finding, a fall still is.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from checker.checks.blocks import quantity_key, running_total, same_sentence
from checker.checks.context import Context
from checker.checks.established import reason
from checker.checks.findings import fmt, make_finding, name_of, values_of, where
from checker.checks.intervals import interval, relative_gap, verdict
from checker.checks.places import shared_subject, subject_clusters
from checker.model import Claim, Finding

ID = "running-total"


def blocks(claims: Sequence[Claim], ctx: Context) -> dict[tuple[str, str, str], list[Claim]]:
    """Running totals by quantity and start date: (metric, unit, since)."""
    out: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = quantity_key(claim, ctx)
        if key is not None and running_total(claim, ctx) and reason(claim, ctx) is None:
            out[(*key, claim.time.start)].append(claim)
    return out


def judge(block: tuple[str, str, str], members: list[Claim], ctx: Context) -> list[Finding]:
    key, _unit, since = block
    metric = ctx.rules.metrics[key]
    findings: list[Finding] = []
    for cluster in subject_clusters(members, ctx):
        by_date: dict[str, list[Claim]] = defaultdict(list)
        for claim in cluster:
            by_date[claim.time.end].append(claim)
        dates = sorted(by_date)
        for date in dates:
            findings.extend(_same_date(by_date[date], key, since, date, metric, ctx))
        for earlier, later in zip(dates, dates[1:]):
            findings.extend(_update(by_date[earlier], by_date[later], key, since, metric, ctx))
    return findings


def _hull(claims: list[Claim], tolerance: float) -> tuple[float, float]:
    spans = [interval(c, tolerance) for c in claims]
    return min(lo for lo, _ in spans), max(hi for _, hi in spans)


def _same_date(claims: list[Claim], key, since, date, metric, ctx) -> list[Finding]:
    if len(claims) < 2 or same_sentence(claims):
        return []
    spans = sorted(((interval(c, metric.tolerance), c) for c in claims), key=lambda it: (*it[0], it[1].id))
    gap = max(relative_gap(a, b) for (a, _), (b, _) in zip(spans, spans[1:]))
    kind = verdict(gap, metric.drift_band)
    return [make_finding(ctx, ID, kind, claims, metric=key, period=f"{since}..{date}",
                         message=f"{name_of(key, ctx, claims)}{where(shared_subject(claims, ctx))} since {since}, as of "
                                 f"{date}: {values_of(claims)}" + ("." if kind == "agreement" else
                                                                   f"; {gap:.0%} apart."))]


def _update(earlier: list[Claim], later: list[Claim], key, since, metric, ctx) -> list[Finding]:
    (elo, ehi), (llo, lhi) = _hull(earlier, metric.tolerance), _hull(later, metric.tolerance)
    before, after = earlier[0].time.end, later[0].time.end
    claims = earlier + later
    head = f"{name_of(key, ctx, claims)}{where(shared_subject(claims, ctx))} since {since}"
    if lhi < elo:
        (stated_lo, _), (_, stated_hi) = _hull(earlier, 0.0), _hull(later, 0.0)  # as the articles say them
        return [make_finding(ctx, ID, "conflict", claims, metric=key, period=f"{since}..{after}",
                             message=f"{head}: a running total fell from {values_of(earlier)} on {before} to "
                                     f"{values_of(later)} on {after} ({fmt(stated_lo)} -> {fmt(stated_hi)}).")]
    if {c.source for c in claims} == {claims[0].source} and lhi >= elo:
        return []  # one article's own series: "a year after the decree, 66,000" before "now 78,000"
    if llo > ehi:
        return [make_finding(ctx, ID, "drift", claims, metric=key, period=f"{since}..{after}",
                             message=f"{head}: the running total was updated from {values_of(earlier)} on "
                                     f"{before} to {values_of(later)} on {after}.")]
    return [make_finding(ctx, ID, "agreement", claims, metric=key, period=f"{since}..{after}",
                         message=f"{head}: {values_of(earlier)} on {before} and {values_of(later)} on {after} agree.")]
