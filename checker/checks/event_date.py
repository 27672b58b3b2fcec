"""Dated events of one kind (a truce ended, a state of emergency declared): do the dates agree?

Dates are stretched to the event kind's granularity ("2013" and "March 2013" agree for a kind
reported by year); overlapping dates agree, disjoint ones conflict, unless they lie more than the
kind's ``distinct_after`` years apart: then they are taken for two occurrences (a truce of 2012 and
a pact of 2016) and listed as not compared, never as a conflict. Kinds marked ``same_as`` are one
occurrence; ``recurring`` kinds (arrests) are never compared.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from checker.checks.blocks import same_sentence
from checker.checks.context import Context
from checker.checks.established import reason
from checker.checks.findings import file_name, make_finding, name_of, where
from checker.checks.intervals import components
from checker.checks.periods import period_of, widen
from checker.checks.places import shared_subject, subject_clusters
from checker.model import Claim, Finding
from checker.rulekinds import EventKind

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
    for _, run in _occurrences(key, members, ctx):
        findings.extend(_compare(run, key, granularity, ctx))
    return findings


def set_apart(claims: Sequence[Claim], ctx: Context) -> list[tuple[Claim, str]]:
    """Dated events not compared with the nearest other dates of their kind and place because those
    are another occurrence's: more than the kind's ``distinct_after`` years away (a truce of 2012
    and a pact of 2016 are two truces), or one of them says it is another ("a new truce")."""
    out: dict[str, tuple[Claim, str]] = {}
    for key, members in sorted(blocks(claims, ctx).items()):
        runs = _occurrences(key, members, ctx)
        name = name_of(key, ctx)
        for (_, before), (why, after) in pairwise(runs):
            near, far = before[-1][2], after[0][2]
            for claim in near:
                out.setdefault(claim.id, (claim, f"{name}: not compared with {_dates(far)}, {why}"))
            for claim in far:
                out.setdefault(claim.id, (claim, f"{name}: not compared with {_dates(near)}, {why}"))
    return sorted(out.values(), key=lambda it: (it[0].source, it[0].start, it[0].id))


Run = list[tuple[float, float, list[Claim]]]


def _occurrences(key: str, members: list[Claim], ctx: Context) -> list[tuple[str | None, Run]]:
    """Per place, the claims in groups of agreeing dates (``components``), sorted by date and cut
    into runs wherever two neighbouring groups are two occurrences (``_two``), each run with why it
    was cut from the one before: only dates within one run may be one occurrence's."""
    kind = ctx.rules.events[key]
    runs: list[tuple[str | None, Run]] = []
    for cluster in subject_clusters(members, ctx):
        items, spans = [], {}
        for claim in cluster:
            period = period_of(claim, ctx)
            if period is not None and period.dated:
                start, end = widen(period, kind.granularity)
                spans[claim.id] = (start.toordinal(), end.toordinal())
                items.append((spans[claim.id], claim))
        why, run = None, []
        for part in components(items):
            cut = _two(kind, run[-1][2], part[2], spans, ctx) if run else None
            if cut is not None:
                runs.append((why, run))
                why, run = cut, []
            run.append(part)
        if run:
            runs.append((why, run))
    return runs


def _two(kind: EventKind, before: list[Claim], after: list[Claim], spans: dict[str, tuple[int, int]],
         ctx: Context) -> str | None:
    """Why two neighbouring groups of dates are two occurrences, or None when they may be one."""
    for claim in before + after:
        marks = {w.lower() for w in ctx.pack(claim.source)["further_occurrence"]}
        word = next((w for w in claim.text.lower().split() if w in marks), None)
        if word is not None:
            return f"“{claim.text}” ({file_name(claim)}:{claim.line}) says it is another occurrence ('{word}')"
    gap = min(spans[c.id][0] for c in after) - max(spans[c.id][1] for c in before)
    years = kind.distinct_after
    if years and gap > years * 365.25:
        return f"more than {years:g} {'year' if years == 1 else 'years'} away: taken for another occurrence"
    return None


def _compare(parts, key: str, granularity: str, ctx: Context) -> list[Finding]:
    name = name_of(key, ctx)
    out = []
    for _, _, claims in parts:
        if not same_sentence(claims):
            out.append(make_finding(ctx, ID, "agreement", claims, metric=key, period=_dates(claims),
                                    message=f"{name}{where(shared_subject(claims, ctx))}: the dates agree at "
                                            f"{_precision(claims, granularity)} precision: {_each(claims)}."))
    for (_, _, a), (_, _, b) in pairwise(parts):
        if same_sentence(a + b):
            continue
        out.append(make_finding(ctx, ID, "conflict", a + b, metric=key, period=f"{_dates(a)} vs {_dates(b)}",
                                message=f"{name}{where(shared_subject(a + b, ctx))}: {_each(a)} vs {_each(b)}; "
                                        f"the dates do not overlap at {_precision(a + b, granularity)} precision."))
    return out


_PRECISIONS = ("day", "month", "year")


def _precision(claims: list[Claim], granularity: str) -> str:
    """The precision the dates were compared at: the kind's, or the coarsest a date was given at
    ("2018" against "2019": year, for a kind reported by month)."""
    given = [c.time.granularity for c in claims if c.time is not None and c.time.granularity in _PRECISIONS]
    return max([granularity, *given], key=lambda g: _PRECISIONS.index(g) if g in _PRECISIONS else 0)


def _dates(claims: list[Claim]) -> str:
    return " / ".join(sorted({_when(c) for c in claims}))


def _when(claim: Claim) -> str:
    t = claim.time
    return t.start if t.start == t.end else f"{t.start}..{t.end}"


def _each(claims: list[Claim]) -> str:
    return ", ".join(f"“{c.text}” {_when(c)} ({file_name(c)}:{c.line})" for c in claims)
