"""Same quantity, several figures: agreement, drift or conflict (DESIGN.md, "Findings").

Claims are blocked by quantity (metric or noun key, and unit), then by period, then by place;
inside a block, overlapping value intervals (after the metric's tolerance) form one agreeing
group; the gap between groups is measured between the figures as stated (the tolerance decides
agreement, not how far apart disagreeing figures are). Neighbouring groups each within the drift
band of the next are one drift finding; a conflict between groups of such a run is still reported,
and conflicts that follow one another up the values (90 vs 102, 102 vs 118) are one finding naming
every figure, so the work is a sort and a walk along it, not all pairs.
Only figures whose metric, place and period are established are compared (checks/established.py),
so a figure "as of publication" is a stock or running total; it is matched to a dated one only when
the corpus knows a single period for that quantity up to then, and its gaps are drift at most.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache
from itertools import pairwise
from re import Pattern

from checker import lang, patterns
from checker.checks.blocks import ahead, quantity_key, running_total, same_sentence
from checker.checks.context import Context
from checker.checks.established import reason
from checker.checks.findings import gap_clause, make_finding, name_of, undated_clause, values_of, where
from checker.checks.intervals import components, interval, relative_gap, stated_ends, stated_gap, verdict
from checker.checks.periods import Period, period_of, same_period
from checker.checks.places import shared_subject, subject_clusters
from checker.checks.stocks import is_loose, is_stock, with_nouns
from checker.model import Claim, Finding

ID = "value"


def blocks(claims: Sequence[Claim], ctx: Context) -> dict[tuple, list[Claim]]:
    """Figures of one quantity, (metric or noun key, unit), and one period; running totals have
    their own check. The block names the period and the undated figures that joined it."""
    quantities: dict[tuple[str, str, bool], list[Claim]] = defaultdict(list)
    running: dict[tuple[str, str], list[Claim]] = defaultdict(list)  # the running totals, by quantity
    keyed = []
    for claim in claims:
        key = quantity_key(claim, ctx)
        if key is None or reason(claim, ctx) is not None:
            continue
        if running_total(claim, ctx):
            running[key].append(claim)
        else:
            keyed.append((claim, key))
    for claim, key in with_nouns(keyed, ctx):
        quantities[(*key, ahead(claim, ctx))].append(claim)
    out: dict[tuple, list[Claim]] = {}
    for (key, unit, projected), members in quantities.items():
        named = (key in ctx.rules.metrics or is_stock(key)) and not projected
        for period, group, undated in _period_classes(members, ctx, named, level=is_stock(key),
                                                      running=running.get((key, unit), ())):
            out[(key, unit, period, tuple(sorted(undated)), projected)] = group
    return out


def judge(block: tuple, members: list[Claim], ctx: Context) -> list[Finding]:
    key, _unit, period, undated, projected = block
    metric = ctx.rules.metrics.get(key) or ctx.rules.metrics.get(key.split(":")[0])  # a percent change: its metric's
    tolerance, band = (metric.tolerance, metric.drift_band) if metric else (0.0, 0.1)
    findings: list[Finding] = []
    for cluster in subject_clusters(members, ctx):
        shown = period if period.dated else max((period_of(c, ctx) for c in cluster), key=lambda p: p.end)
        findings.extend(_compare(cluster, key, shown, tolerance, band, set(undated), ctx, projected))
    return findings


def _one_account(claims: Sequence[Claim], accounts: set[tuple[str, str]]) -> bool:
    """Whether the claims are one figure, or all come from one sentence that does not set its figures
    against each other: a sentence is never compared with itself, unless a contrast ("X counts 11,
    while Y puts it at 17") stands between its figures; then they are accounts, judged as two
    articles' figures are."""
    return len(claims) < 2 or same_sentence(claims) and (claims[0].source, claims[0].sentence) not in accounts


def _accounts(cluster: Sequence[Claim], contrast: dict[str, Pattern[str]]) -> set[tuple[str, str]]:
    """The sentences that set the cluster's figures against each other. The contrast is the whole
    sentence's: in "officials counted 90, while one group recorded 118 and another 102" the figures
    the list goes on with after the cue are accounts too, though no cue stands between 118 and 102."""
    return {at for at, claims in _by_sentence(cluster).items() if len(claims) > 1 and _contrasted(claims, contrast)}


def _by_sentence(cluster: Sequence[Claim]) -> dict[tuple[str, str], list[Claim]]:
    out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in cluster:
        out[(claim.source, claim.sentence)].append(claim)
    return out


def _contrasted(claims: Sequence[Claim], contrast: dict[str, Pattern[str]]) -> bool:
    """Whether a contrast cue of the sentence's language stands between its first and last figure."""
    first, last = min(claims, key=lambda c: c.start), max(claims, key=lambda c: c.start)
    sentence, step = first.sentence, last.start - first.start
    if first is last or step < len(first.text):
        return False
    at = sentence.find(first.text)
    while at >= 0 and not sentence.startswith(last.text, at + step):  # "17" also stands in "2017"
        at = sentence.find(first.text, at + 1)
    return at >= 0 and bool(contrast[first.source].search(sentence[at + len(first.text):at + step]))


def _sourced_lists(cluster: Sequence[Claim], cue: dict[str, Pattern[str]]) -> set[tuple[str, str]]:
    """The sentences that list figures each with its own source right after it ("393 according to the
    prosecutors, 204 according to the morgue and 411 according to the ministry"): rival accounts of
    one quantity, judged as two articles' figures are, not one account read twice."""
    return {at for at, claims in _by_sentence(cluster).items()
            if sum(1 for c in claims if _sourced(c, cue[c.source])) > 1}


def _sourced(claim: Claim, cue: Pattern[str]) -> bool:
    """Whether the figure's own words are followed at once by a source cue ("204 según el IML")."""
    sentence, at = claim.sentence, claim.sentence.find(claim.text)
    while at >= 0:
        if not sentence[at - 1:at].isalnum() and cue.match(sentence, at + len(claim.text)):
            return True
        at = sentence.find(claim.text, at + 1)
    return False


@cache
def _source_cue(pack: lang.Pack) -> Pattern[str]:
    """A cue naming a figure's source right after it ("according to", "según"), from the pack's
    attribution table."""
    cue = patterns.phrases(pack["attribution"]["before_any_case"])
    return patterns.compile(rf",?\s+(?:{cue})\b", patterns.IGNORECASE)


@cache
def _contrast(pack: lang.Pack) -> Pattern[str]:
    """A contrast cue, then an account verb of its own before the later figure ("..., while the
    press puts it at"): "..., while the city came 31st with 52" is another quantity, not an account."""
    cue = patterns.phrases(pack["contrast_cues"], flexible_space=False)
    verb = patterns.phrases(pack["account_verbs"], flexible_space=False)
    return patterns.compile(rf"(?:{cue})\b[^,;]*?\b(?:{verb})\b", patterns.IGNORECASE)


def _series_read_as_one(cluster: list[Claim], tolerance: float, accounts: set[tuple[str, str]]) -> set[str]:
    """The figures of any sentence that gives the cluster several values that do not agree: one
    sentence does not state two values of one quantity for one place and period, so its figures
    were likely read into a period or place they do not share ("53 the year before, 61 in 2016 and
    72 at the start of the decade", all read as 2016). They may agree or drift, never conflict."""
    return {c.id for at, claims in _by_sentence(cluster).items() if len(claims) > 1 and at not in accounts
            and len(components([(interval(c, tolerance), c) for c in claims])) > 1 for c in claims}


def _period_classes(members: list[Claim], ctx: Context, named: bool, level: bool = False,
                    running: Sequence[Claim] = ()) -> list[tuple[Period, list[Claim], set[str]]]:
    """Claims of one quantity split into periods: dated claims by same_period, undated ones by
    publication month; an undated claim also joins the one dated period it can mean, the corpus's
    ``running`` totals of the quantity counted among the periods it may mean ("36,277 since March
    27" beside "13,150 in 2015": "66,000" as of a later day is neither), and so the days undated
    figures are told as of ("by March 27, arrests totaled 56,000"); such a figure joins no dated
    period (a total as of the day a year ends is no count of that year). Undated stocks (``level``)
    of different months are one class whose gaps are drift at most."""
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
        stated = [(o, day) for _, group in undated.values() for o in group if (day := _stated_day(o)) is not None]
        for rep, group in undated.values():
            for claim in group:
                if _stated_day(claim) is not None:
                    continue  # a total as of a day it names: no count of the period that ends then
                places = ctx.places(claim)
                fits = [c for c in classes if c[0].end <= rep.end
                        and any(not places or not ctx.places(o) or places & ctx.places(o) for o in c[1])]
                more = {p for o in running if (p := period_of(o, ctx)) is not None and p.end <= rep.end
                        and (not places or not ctx.places(o) or places & ctx.places(o))}
                more |= {Period(day, day, "day", True) for o, day in stated if day <= rep.end
                         and (not places or not ctx.places(o) or places & ctx.places(o))}
                if len({c[0] for c in fits} | more) == 1 and fits:
                    fits[0][1].append(claim)
                    fits[0][2].add(claim.id)
    if level and len(undated) > 1:
        latest = max((rep for rep, _ in undated.values()), key=lambda p: p.end)
        every = [c for _, group in undated.values() for c in group]
        classes.append((latest, every, {c.id for c in every}))
        return sorted(classes, key=lambda c: (c[0].start, c[0].end, c[0].dated))
    classes.extend((rep, group, set()) for rep, group in undated.values())
    return sorted(classes, key=lambda c: (c[0].start, c[0].end, c[0].dated))


def _stated_day(claim: Claim) -> date | None:
    """The day an undated figure's own words tell it as of ("by March 4, arrests totaled 39,800"), not
    its publication's."""
    t = claim.time
    return date.fromisoformat(t.end[:10]) if t is not None and t.basis != "publication" and not t.start and t.end \
        else None


# Figures of one quantity more than this many times apart are taken for different quantities read
# as one (a world total and a country's, a month and a year), never for sources disagreeing.
APART = 10


def _apart(lower: float, higher: float) -> bool:
    """Whether two neighbouring groups' nearest values are more than ``APART`` times apart."""
    return lower > 0 and higher / lower > APART


def _compare(cluster: list[Claim], key: str, period: Period, tolerance: float, band: float, undated: set[str],
             ctx: Context, projected: bool = False) -> list[Finding]:
    """Agreeing groups, then the gaps between them judged figure against figure: a run of groups
    each a few percent from the next is one drift finding naming all its figures, and two groups
    of one run further apart than the band (104 and 115.8, with 106.3 between) are still a conflict."""
    if len(cluster) < 2:
        return []
    name = name_of(key, ctx, cluster)
    label = period.label() + (" as projected before its end" if projected else "")
    parts = [claims for _, _, claims in components([(interval(c, tolerance), c) for c in cluster])]
    contrast = {c.source: _contrast(ctx.pack(c.source)) for c in cluster}
    accounts = _accounts(cluster, contrast) | _sourced_lists(cluster, {c.source: _source_cue(ctx.pack(c.source))
                                                                        for c in cluster})
    out = []
    for claims in parts:
        if not _one_account(claims, accounts):
            out.append(make_finding(ctx, ID, "agreement", claims, metric=key, period=label,
                                    message=f"{name}{where(shared_subject(claims, ctx))}, {label}: "
                                            f"{len(claims)} figures agree: {values_of(claims)}."))
    say = _Judge(ctx, key, name, label, tolerance, band, undated, period)
    say.loose = is_loose(key, cluster[0].unit or "")
    say.accounts = accounts
    say.series = _series_read_as_one(cluster, tolerance, accounts)
    runs = _runs(parts, band)
    for run in runs:
        if len(run) > 1:
            out.extend(say.finding([c for part in run for c in part], []))
        for j in range(1, len(run)):  # a conflict a chain of small gaps, or its group's other figures, hide
            low = [c for part in run[:j] for c in part if _beyond(c, run[j], band)]
            if low:
                out.extend(say.finding(low, run[j]))
    between: list[list[Finding]] = []
    for a, b in pairwise(runs):
        if _apart_parts(a[-1], b[0]):
            between.append([])
            continue
        low = [c for part in a for c in part if _beyond(c, b[0], band)]
        high = [c for part in b for c in part if any(_beyond(x, [c], band) for x in low)]
        between.append(say.finding(low, high) if low else say.finding(a[-1], b[0], loose=True))
    return out + say.chained(between)


def _beyond(claim: Claim, higher: list[Claim], band: float) -> bool:
    """Whether everything a figure allows (an open bound reaches all the way) is further below the
    lowest figure of a higher group than the drift band: then the two conflict, whatever lies between."""
    lo = min(interval(c)[0] for c in higher)
    hi = max(interval(c)[1] for c in higher)
    return verdict(relative_gap(interval(claim), (lo, hi)), band) == "conflict" and interval(claim)[1] < lo


def _runs(parts: list[list[Claim]], band: float) -> list[list[list[Claim]]]:
    """Neighbouring agreeing groups chained while each is within the drift band of the one before
    (and no more than ``APART`` times off it): the groups a drift finding names together."""
    runs: list[list[list[Claim]]] = []
    for part in parts:
        if runs and stated_gap(runs[-1][-1], part) <= band and not _apart_parts(runs[-1][-1], part):
            runs[-1].append(part)
        else:
            runs.append([part])
    return runs


def _apart_parts(low: list[Claim], high: list[Claim]) -> bool:
    return _apart(*stated_ends(low, high))


class _Judge:
    """Writes the drift or conflict finding between figures of one cluster."""

    def __init__(self, ctx, key, name, label, tolerance, band, undated, period):
        self.ctx, self.key, self.name, self.label = ctx, key, name, label
        self.tolerance, self.band, self.undated, self.period = tolerance, band, undated, period
        self.series: set[str] = set()  # figures of a sentence giving several values: never a conflict
        self.accounts: set[tuple[str, str]] = set()  # sentences that set their figures against each other
        self.loose = False  # a share of a population in a state: its gaps are drift at most

    def finding(self, low: list[Claim], high: list[Claim], loose: bool = False) -> list[Finding]:
        """The finding between ``low`` and ``high``; ``high`` empty: one drift run, all of ``low``;
        ``loose``: no figure of ``low`` is beyond the band from ``high`` (open bounds), drift at most."""
        claims = low + high
        if _one_account(claims, self.accounts):
            return []
        dateless = [c for c in claims if c.id in self.undated]
        where_when = f"{self.name}{where(shared_subject(claims, self.ctx))}, {self.label}"
        if not high:
            ordered = sorted(claims, key=lambda c: (interval(c)[0], interval(c)[1], c.id))
            gap = stated_gap(ordered[:1], ordered[-1:])
            text = (f"{where_when}: {values_of(ordered)}; {gap_clause(low, high, gap, self.band, spread=True)}"
                    f"{undated_clause(self.period, dateless)}")
            return [make_finding(self.ctx, ID, "drift", claims, metric=self.key, period=self.label, message=text)]
        gap = stated_gap(low, high)
        kind = verdict(gap, self.band) if gap > 0 and not loose else "drift"
        weak = self.undated | self.series
        if is_stock(self.key) and self._one_month(low, high):
            weak = self.series  # levels stated as of one month ("262,000 ... a smaller group, 200,000"): dated alike
        doubt = kind == "conflict" and (all(c.id in weak for c in low) or all(c.id in weak for c in high))
        capped = doubt or (kind == "conflict" and self.loose)
        undated = doubt and (all(c.id in self.undated for c in low) or all(c.id in self.undated for c in high))
        why = "undated" if undated else "series" if doubt else "share"
        text = (f"{where_when}: {values_of(low)} vs {values_of(high)}; "
                f"{gap_clause(low, high, gap, self.band, capped and why)}"
                f"{undated_clause(self.period, dateless)}")
        return [make_finding(self.ctx, ID, "drift" if capped else kind, claims, metric=self.key, period=self.label,
                             message=text)]

    def _one_month(self, low: list[Claim], high: list[Claim]) -> bool:
        """Whether a figure of each side is "as of" the same month: undated levels of different
        months may have moved between them, those of one month may not."""
        months = {period_of(c, self.ctx).end.isoformat()[:7] for c in low}
        return any(period_of(c, self.ctx).end.isoformat()[:7] in months for c in high)

    def chained(self, between: list[list[Finding]]) -> list[Finding]:
        """The findings between neighbouring runs, where conflicts follow one another up the values
        ("90" vs "102", "102" vs "118 cases") made one conflict naming every figure: three accounts
        of one quantity that each disagree with the next are one disagreement, not two pairs."""
        out: list[Finding] = []
        chain: list[Finding] = []
        for found in [*between, []]:
            step = found[0] if len(found) == 1 and found[0].kind == "conflict" else None
            if step is not None and chain and set(chain[-1].claims) & set(step.claims):
                chain.append(step)
                continue
            out.extend(chain if len(chain) < 2 else [self._chain(chain)])
            chain = [step] if step is not None else []
            if step is None:
                out.extend(found)
        return out

    def _chain(self, chain: list[Finding]) -> Finding:
        sets = [set(f.claims) for f in chain]  # each conflict's figures: its lower group and its upper
        groups = [sets[0] - sets[1], *(a & b for a, b in pairwise(sets)), sets[-1] - sets[-2]]
        groups = [sorted(g, key=lambda c: (c.source, c.start, c.id)) for g in groups]
        gaps = ", ".join(f"{stated_gap(a, b):.0%}" for a, b in pairwise(groups))
        claims = [c for group in groups for c in group]
        text = (f"{self.name}{where(shared_subject(claims, self.ctx))}, {self.label}: "
                f"{' vs '.join(values_of(g) for g in groups)}; each group of figures is beyond the "
                f"{self.band:.0%} drift band of the next (gaps {gaps}).")
        return make_finding(self.ctx, ID, "conflict", claims, metric=self.key, period=self.label, message=text)
