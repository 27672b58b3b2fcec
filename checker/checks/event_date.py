"""Dated events of one kind (a truce ended, a state of emergency declared): do the dates agree?

Dates are stretched to the event kind's granularity ("2013" and "March 2013" agree for a kind
reported by year); overlapping dates agree, disjoint ones conflict. Kinds marked ``same_as``
are one occurrence; ``recurring`` kinds (arrests) are never compared.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from checker.checks.blocks import same_sentence
from checker.checks.context import Context
from checker.checks.established import reason
from checker.checks.findings import file_name, make_finding, name_of, where
from checker.checks.intervals import components
from checker.checks.periods import period_of, widen
from checker.checks.places import shared_subject, subject_clusters
from checker.model import Claim, Finding

ID = "event-date"


def blocks(claims: Sequence[Claim], ctx: Context) -> dict[str, list[Claim]]:
    """Event claims by kind (kinds that are one occurrence share a block)."""
    events = ctx.rules.events
    out: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        kind = events.get(claim.metric or "") if claim.kind == "event" else None
        if kind is not None and not kind.recurring and reason(claim, ctx) is None:
            out[min((kind.id, *kind.same_as))].append(claim)
    return out


def judge(key: str, members: list[Claim], ctx: Context) -> list[Finding]:
    granularity = ctx.rules.events[key].granularity
    findings: list[Finding] = []
    for cluster in subject_clusters(members, ctx):
        items = []
        for claim in cluster:
            period = period_of(claim, ctx)
            if period is not None and period.dated:
                start, end = widen(period, granularity)
                items.append(((start.toordinal(), end.toordinal()), claim))
        findings.extend(_compare(components(items), key, granularity, ctx))
    return findings


def _compare(parts, key: str, granularity: str, ctx: Context) -> list[Finding]:
    name = name_of(key, ctx)
    out = []
    for _, _, claims in parts:
        if not same_sentence(claims):
            out.append(make_finding(ctx, ID, "agreement", claims, metric=key, period=_dates(claims),
                                    message=f"{name}{where(shared_subject(claims, ctx))}: the dates agree at "
                                            f"{granularity} precision: {_each(claims)}."))
    for (_, _, a), (_, _, b) in zip(parts, parts[1:]):
        if same_sentence(a + b):
            continue
        out.append(make_finding(ctx, ID, "conflict", a + b, metric=key, period=f"{_dates(a)} vs {_dates(b)}",
                                message=f"{name}{where(shared_subject(a + b, ctx))}: {_each(a)} vs {_each(b)}; "
                                        f"the dates do not overlap at {granularity} precision."))
    return out


def _dates(claims: list[Claim]) -> str:
    return " / ".join(sorted({_when(c) for c in claims}))


def _when(claim: Claim) -> str:
    t = claim.time
    return t.start if t.start == t.end else f"{t.start}..{t.end}"


def _each(claims: list[Claim]) -> str:
    return ", ".join(f"“{c.text}” {_when(c)} ({file_name(c)}:{c.line})" for c in claims)
