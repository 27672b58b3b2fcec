"""Same quantity, several figures: agreement, drift or conflict (DESIGN.md, "Findings").

Claims are blocked by quantity (metric or noun key, and unit), then by period, then by place;
inside a block, overlapping value intervals (after the metric's tolerance) form one agreeing
cluster, and only neighbouring clusters are compared, so the work is a sort, not all pairs.
Only figures whose metric, place and period are established are compared (checks/established.py),
so a figure "as of publication" is a stock or running total; it is matched to a dated one only when
the corpus knows a single period for that quantity up to then, and its gaps are drift at most.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from checker.checks.blocks import quantity_key, running_total, same_sentence
from checker.checks.context import Context
from checker.checks.established import reason
from checker.checks.findings import gap_clause, make_finding, name_of, undated_clause, values_of, where
from checker.checks.intervals import components, interval, relative_gap, verdict
from checker.checks.periods import Period, period_of, same_period
from checker.checks.places import shared_subject, subject_clusters
from checker.model import Claim, Finding

ID = "value"


def blocks(claims: Sequence[Claim], ctx: Context) -> dict[tuple, list[Claim]]:
    """Figures of one quantity, (metric or noun key, unit), and one period; running totals have
    their own check. The block names the period and the undated figures that joined it."""
    quantities: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = quantity_key(claim, ctx)
        if key is not None and not running_total(claim, ctx) and reason(claim, ctx) is None:
            quantities[key].append(claim)
    out: dict[tuple, list[Claim]] = {}
    for (key, unit), members in quantities.items():
        for period, group, undated in _period_classes(members, ctx, named=key in ctx.rules.metrics):
            out[(key, unit, period, tuple(sorted(undated)))] = group
    return out


def judge(block: tuple, members: list[Claim], ctx: Context) -> list[Finding]:
    key, _unit, period, undated = block
    metric = ctx.rules.metrics.get(key)
    tolerance, band = (metric.tolerance, metric.drift_band) if metric else (0.0, 0.1)
    findings: list[Finding] = []
    for cluster in subject_clusters(members, ctx):
        findings.extend(_compare(cluster, key, period, tolerance, band, set(undated), ctx))
    return findings


def _period_classes(members: list[Claim], ctx: Context, named: bool) -> list[tuple[Period, list[Claim], set[str]]]:
    """Claims of one quantity split into periods: dated claims by same_period, undated ones by
    publication month; an undated claim also joins the one dated period it can mean."""
    dated: dict[tuple[int, int], list[tuple[Period, list[Claim]]]] = defaultdict(list)
    undated: dict[str, tuple[Period, list[Claim]]] = {}
    joins: dict[Period, list[Claim]] = {}  # a period seen before joins the class it joined then
    for claim in members:
        period = period_of(claim, ctx)
        if period is None:
            continue
        if not period.dated:
            undated.setdefault(period.end.isoformat()[:7], (period, []))[1].append(claim)
            continue
        group = joins.get(period)
        if group is None:
            bucket = dated[(period.start.year, period.end.year)]
            group = next((claims for rep, claims in bucket if same_period(rep, period)), None)
            if group is None:
                group = []
                bucket.append((period, group))
            joins[period] = group
        group.append(claim)
    classes = [(rep, group, set()) for bucket in dated.values() for rep, group in bucket]
    if named:
        for rep, group in undated.values():
            for claim in group:
                places = ctx.places(claim)
                fits = [c for c in classes if c[0].end <= rep.end
                        and any(not places or not ctx.places(o) or places & ctx.places(o) for o in c[1])]
                if len({c[0] for c in fits}) == 1:
                    fits[0][1].append(claim)
                    fits[0][2].add(claim.id)
    classes.extend((rep, group, set()) for rep, group in undated.values())
    return sorted(classes, key=lambda c: (c[0].start, c[0].end, c[0].dated))


# Figures of one quantity more than this many times apart are taken for different quantities read
# as one (a world total and a country's, a month and a year), never for sources disagreeing.
APART = 10


def _apart(lower: float, higher: float) -> bool:
    """Whether two neighbouring groups' nearest values are more than ``APART`` times apart."""
    return lower > 0 and higher / lower > APART


def _compare(cluster: list[Claim], key: str, period: Period, tolerance: float, band: float, undated: set[str],
             ctx: Context) -> list[Finding]:
    if len(cluster) < 2:
        return []
    name = name_of(key, ctx)
    label = period.label()
    parts = components([(interval(c, tolerance), c) for c in cluster])
    out = []
    for lo, hi, claims in parts:
        if not same_sentence(claims):
            out.append(make_finding(ctx, ID, "agreement", claims, metric=key, period=label,
                                    message=f"{name}{where(shared_subject(claims, ctx))}, {label}: "
                                            f"{len(claims)} figures agree: {values_of(claims)}."))
    for (alo, ahi, a), (blo, bhi, b) in zip(parts, parts[1:]):
        if same_sentence(a + b) or _apart(ahi, blo):
            continue
        gap = relative_gap((alo, ahi), (blo, bhi))
        kind = verdict(gap, band)
        dateless = [c for c in a + b if c.id in undated]
        capped = kind == "conflict" and (all(c.id in undated for c in a) or all(c.id in undated for c in b))
        out.append(make_finding(ctx, ID, "drift" if capped else kind, a + b, metric=key, period=label,
                                message=f"{name}{where(shared_subject(a + b, ctx))}, {label}: {values_of(a)} vs "
                                        f"{values_of(b)}; {gap_clause(a, b, gap, tolerance, band, capped)}"
                                        f"{undated_clause(period, dateless)}"))
    return out
