"""The rule engine: claims in, findings out (DESIGN.md, "Findings").

Builds the corpus context once (publication dates, languages, places, attribution names), runs every enabled check of ``checker.checks`` and returns the findings in a fixed
order: conflicts first, then drift, then agreements; within a kind by metric and place.
Each check blocks claims by quantity, so the whole run grows with the corpus, not its square.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checker.checks import CHECKS
from checker.checks.blocks import running_total
from checker.checks.context import Context
from checker.checks.periods import period_of
from checker.errors import RuleError, did_you_mean
from checker.model import KINDS_BY_WEIGHT, Claim, Extraction, Finding, Review
from checker.ruleset import RuleSet

if TYPE_CHECKING:
    from checker.store import CacheRun


LEVELS_BY_WEIGHT = ("info", "warning", "error")  # finding levels, mildest first (--fail-on)


@dataclass(frozen=True, slots=True)
class Series:
    """One metric's values for one place over several periods: shown, never flagged."""

    metric: str
    name: str
    unit: str
    subject: str
    points: tuple[tuple[str, tuple[Claim, ...]], ...]  # (period label, claims), oldest first


@dataclass(frozen=True, slots=True)
class Result:
    """A whole run: what was read, the claims, the findings and the rules that judged them."""

    extraction: Extraction
    findings: tuple[Finding, ...]
    rules: RuleSet
    series: tuple[Series, ...] = ()
    review: Review | None = None  # set when a baseline or suppressions file was applied
    paths: tuple[str, ...] = ()  # the files and folders checked, as given (reports name the corpus by them)
    shown: str = "all"  # the mildest finding kind reports list (--show); counts and the exit code cover all
    not_compared: tuple[tuple[Claim, str], ...] = ()  # figures whose context is not established, and why

    @property
    def listed(self) -> tuple[Finding, ...]:
        """The findings reports list: all of them, or those at or above ``shown``."""
        if self.shown in ("all", "agreement"):
            return self.findings
        return _at_or_above(self.findings, self.shown)

    def statistics(self) -> list[dict]:
        """Findings counted per check and metric, the most conflicting first (``--statistics``)."""
        rows: dict[tuple[str, str], dict] = {}
        for f in self.findings:
            row = rows.setdefault((f.rule, f.metric or ""), {"check": f.rule, "metric": f.metric, "conflict": 0,
                                                             "drift": 0, "agreement": 0})
            row[f.kind] += 1
        return sorted(rows.values(), key=lambda r: (-r["conflict"], -r["drift"], -r["agreement"], r["check"],
                                                    r["metric"] or ""))

    def count(self, kind: str) -> int:
        return sum(1 for f in self.findings if f.kind == kind)

    def worst(self) -> str | None:
        """The most serious finding kind present (conflict > drift > agreement), or None."""
        kinds = {f.kind for f in self.findings}
        return next((k for k in reversed(KINDS_BY_WEIGHT) if k in kinds), None)

    def failing(self, fail_on: str) -> tuple[Finding, ...]:
        """Drift and conflicts whose level is ``fail_on`` or more serious (error | warning | info;
        never: none) that neither the baseline nor a suppression covers: the ones that make the exit
        code 1. The level, not the kind, gates the run, as every report prints it."""
        if fail_on == "never":
            return ()
        floor = LEVELS_BY_WEIGHT.index(fail_on)
        return tuple(f for f in self.findings if f.kind != "agreement" and f.unreviewed
                     and LEVELS_BY_WEIGHT.index(f.severity) >= floor)

    def summary(self) -> dict:
        ex = self.extraction
        out = {"sources": len(ex.sources), "claims": len(ex.claims), "problems": len(ex.problems),
               "findings": len(self.findings), **{k: self.count(k) for k in reversed(KINDS_BY_WEIGHT)},
               "not_compared": len(self.not_compared)}
        if self.review is not None:
            out |= {"new": sum(1 for f in self.findings if f.baseline == "new"),
                    "unchanged": sum(1 for f in self.findings if f.baseline == "unchanged"),
                    "absent": len(self.review.absent),
                    "suppressed": sum(1 for f in self.findings if f.suppressed),
                    "unused_suppressions": len(self.review.unused),
                    "expired_suppressions": len(self.review.expired)}
        if self.shown not in ("all", "agreement"):
            out |= {"shown": self.shown, "listed": len(self.listed)}
        return out


def _at_or_above(findings: Sequence[Finding], kind: str) -> tuple[Finding, ...]:
    """The findings of ``kind`` or a more serious one (agreement < drift < conflict)."""
    floor = KINDS_BY_WEIGHT.index(kind)
    return tuple(f for f in findings if KINDS_BY_WEIGHT.index(f.kind) >= floor)


def find(extraction: Extraction, rules: RuleSet, ctx: Context | None = None,
         judgements: CacheRun | None = None) -> tuple[Finding, ...]:
    """The findings of every enabled check over an extraction, deduplicated, in report order.
    ``judgements`` (the cache's) gives each block the findings it had when the same check last
    judged the same claims, and judges the others."""
    _known_checks(rules)
    ctx = ctx or Context.build(extraction.claims, extraction.sources, rules)
    found: dict[str, Finding] = {}
    for check_id, module in CHECKS.items():
        if not ctx.enabled(check_id):
            continue
        blocks = module.blocks(extraction.claims, ctx)
        judge = functools.partial(module.judge, ctx=ctx)
        if judgements is not None:
            findings = judgements.judged(check_id, blocks, judge)
        else:
            findings = [f for block, members in blocks.items() for f in judge(block, members)]
        for finding in findings:
            found.setdefault(finding.fingerprint, finding)
    weight = {kind: i for i, kind in enumerate(reversed(KINDS_BY_WEIGHT))}
    return tuple(sorted(found.values(), key=lambda f: (
        weight[f.kind], f.metric or "", f.subject, f.claims[0].source, f.claims[0].start, f.fingerprint)))


def _known_checks(rules: RuleSet) -> None:
    """A check id in checks.yaml (levels or descriptions) that no check has is a rule error,
    not silently ignored."""
    for check_id in [*rules.checks, *rules.check_docs]:
        if check_id not in CHECKS:
            hint = did_you_mean(check_id, CHECKS, "known")
            raise RuleError("checks.yaml", 0, 0, check_id, f"unknown check{hint}")


def series(extraction: Extraction, ctx: Context) -> tuple[Series, ...]:
    """Each named metric's dated values per place, where there are at least two periods."""
    points: dict[tuple[str, str, str], dict[tuple, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[tuple, str] = {}  # (start, end) -> the period's label, made once per period
    metrics = ctx.rules.metrics
    for claim in extraction.claims:
        if claim.kind != "quantity" or claim.metric not in metrics:
            continue
        period = period_of(claim, ctx)
        if period is None or not period.dated or running_total(claim, ctx):
            continue
        span = (period.start, period.end)
        if span not in labels:
            labels[span] = period.label()
        for place in sorted(ctx.places(claim)) or ["—"]:
            points[(claim.metric, claim.unit, place)][span].append(claim)
    out = []
    for (metric, unit, place), by_period in sorted(points.items()):
        if len(by_period) >= 2:
            out.append(Series(metric, metrics[metric].name, unit, place,
                              tuple((labels[span], tuple(claims)) for span, claims in sorted(by_period.items()))))
    return tuple(out)
