"""The rate a rate naming no metric states, from the count it is the rate of (a metric's
``rate_of``): a count whose terms or verbs stand in the rate's clause ("538 homicides in 2021, a
rate of 8.3 per 100,000"), or the count of its sentence right before it ("...; and in 2023, 137, a
rate of 2.3 per 100,000", the 137 being homicides)."""
from __future__ import annotations

from checker.model import Claim, Evidence
from checker.ruleset import RuleSet


def of_count(text: str, hits: dict, rules: RuleSet, clause: tuple[int, int], unit: str | None,
             before: Claim | None) -> tuple[str, Evidence] | None:
    """The rate metric (of ``unit``, any rate unit when None) whose count ``hits`` name in
    ``clause``, else whose count is ``before`` (the figure right before it in its sentence, a count),
    with its evidence; None when none is."""
    a, b = clause
    for mid, metric in rules.metrics.items():
        if not metric.rate_of or not metric.unit.startswith("per ") or unit not in (None, metric.unit):
            continue
        spans = [s for role in ("terms", "verbs") for s in hits.get(metric.rate_of, {}).get(role, ())
                 if a <= s[0] and s[1] <= b]
        if spans:
            return mid, Evidence("metric", "clause", f"{text[spans[0][0]:spans[0][1]]} (the count it is the rate of)",
                                 metric.where)
        if before is not None and before.metric == metric.rate_of and before.unit == "count":
            return mid, Evidence("metric", "discourse", f"{before.text} (the count it is the rate of)", metric.where)
    return None


def of_count_before(rules: RuleSet, unit: str, figures: list[Claim]) -> tuple[str, Evidence] | None:
    """The rate metric of ``unit`` whose count the sentence before states, for a rate in focus that names
    none ("Zembla recorded 900 homicides in 2019. The national rate fell to 12 per 100,000"): one count
    metric among ``figures`` (that sentence's), with one rate of that unit."""
    counted = {c.metric for c in figures if c.unit == "count"}
    rates = [(mid, metric) for mid, metric in rules.metrics.items()
             if metric.rate_of in counted and metric.unit == unit]
    if len(counted) != 1 or len(rates) != 1:
        return None
    (mid, metric), = rates
    head = next(c for c in figures if c.metric == metric.rate_of)
    return mid, Evidence("metric", "discourse", f"{head.text} (the count it is the rate of, in the sentence before)",
                         metric.where)
