"""A count over a period vs its stated average per day, in one sentence
("325 crashes in May, an average of 10 a day": 325 / 31 = 10.5, which rounds or cuts to 10)."""
from __future__ import annotations

from checker.binding.corrections import is_superseded
from checker.checks.blocks import by_sentence, figures_by_source, metric_of
from checker.checks.context import Context
from checker.checks.findings import fmt, make_finding, show, where
from checker.checks.intervals import interval, relative_gap, stated_precision, verdict
from checker.checks.periods import period_of
from checker.checks.places import shared_subject
from checker.model import Claim, Finding

ID = "daily-average"
DRIFT_BAND = 0.1
# A total and its stated average further apart than this were read over different periods (the
# sentence's own stretch, "in 140 days", against the year): a misreading, never a finding.
_SAME_PERIOD_GAP = 0.4


blocks = figures_by_source  # an average and its total are read in one sentence


def judge(_source: str, claims: list[Claim], ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    for members in by_sentence(claims).values():
        averages = [c for c in members if c.unit and c.unit.endswith(" / day")]
        for average in averages:
            base = average.unit.removesuffix(" / day")
            totals = [c for c in members if c.unit == base and c is not average and not is_superseded(c)
                      and _counts_the_same(average, c, ctx)]
            for total in totals:
                if not _nearer_base(average, total, totals, ctx):
                    finding = _check(average, total, ctx)
                    if finding is not None:
                        findings.append(finding)
    return findings


def _nearer_base(average: Claim, total: Claim, totals: list[Claim], ctx: Context) -> bool:
    """Whether the average stands in brackets right after a base figure dated apart from ``total``:
    "1,480 in the first ten months of 2016, up from 1,270 in all of 2015 (about 3.5 a day)" averages
    the 1,270, whatever period the sentence's clause lent the average. Unbracketed, the average goes
    on with the main figure ("5,832 last year, down from 6,416 in 2015, or about 16 a day")."""
    return any(total.start < c.start < average.start and _bracketed_after(c, average)
               and not _dated_alike(c, total) and period_of(c, ctx) != period_of(total, ctx) for c in totals)


def _bracketed_after(base: Claim, average: Claim) -> bool:
    """Whether a bracket opens between ``base`` and ``average`` and does not close before it."""
    sentence = average.sentence
    at = sentence.find(base.text)
    end = sentence.find(average.text, at + len(base.text)) if at >= 0 else -1
    between = sentence[at + len(base.text):end] if end >= 0 else ""
    return "(" in between and ")" not in between[between.rindex("("):]


def _dated_alike(a: Claim, b: Claim) -> bool:
    ta, tb = a.evidence("time"), b.evidence("time")
    return ta is not None and tb is not None and ta.words != "" and ta.words == tb.words


def _counts_the_same(average: Claim, total: Claim, ctx: Context) -> bool:
    """"10 crashes a day" averages "325 accidents": same noun, or a noun of the total's metric. An
    average of a metric averages no count of another, nor one of a noun that metric does not use
    ("620 murdered, nearly 20 a day, as thousands of workers stayed home": not the workers)."""
    if average.metric is not None and total.metric != average.metric:
        metric = metric_of(average, ctx.rules)
        return total.metric is None and (total.noun is None or metric is not None and total.noun in metric.nouns)
    if average.noun is None or total.noun is None or average.noun == total.noun:
        return True
    metric = metric_of(total, ctx.rules)
    return metric is not None and average.noun in metric.nouns


def _check(average: Claim, total: Claim, ctx: Context) -> Finding | None:
    """The finding for a total and its stated average of one sentence, dated by the same words
    ("325 crashes in May, an average of 10 a day"): figures dated apart ("2,492 killings in 2013;
    in 2014 a daily average of 13.1") are not one period's. Their sentence is their shared place."""
    if average.change in ("up", "down") or total.change in ("up", "down") or not _dated_alike(average, total):
        return None
    period = period_of(total, ctx)
    same = period_of(average, ctx)
    if period is None or not period.dated or same != period or period.days < 2:
        return None
    lo, hi = interval(total)
    implied = (lo / period.days, hi / period.days)
    stated = stated_precision(average)
    gap = relative_gap(implied, stated)
    if gap > _SAME_PERIOD_GAP:
        return None  # "1,338 homicides in 140 days ... 9.6 a day so far this year": the periods were misread, not the figures
    kind = verdict(gap, DRIFT_BAND)
    said = "matches" if kind == "agreement" else "does not match"
    return make_finding(ctx, ID, kind, [average, total], metric=total.metric, period=period.label(),
                        message=f"{show(total)} over {period.days} days is {fmt(implied[0])} a day"
                                f"{where(shared_subject([total], ctx))}, which {said} the stated average "
                                f"{show(average)}.")
