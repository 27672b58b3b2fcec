"""Blocking: which claims a check reads together — figures of one quantity, running totals, the
claims of one source or one sentence."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from checker.binding.projections import is_projected
from checker.checks import counted
from checker.checks.context import Context
from checker.checks.stocks import stock_key
from checker.model import Claim
from checker.rulekinds import Metric
from checker.ruleset import RuleSet


def quantity_key(claim: Claim, ctx: Context) -> tuple[str, str] | None:
    """What a figure counts: its metric and unit, else (for a dated count of a named place) its
    noun. Figures with neither are not compared: "one", "10 of theirs" say nothing checkable."""
    if claim.kind != "quantity" or claim.value is None or claim.unit is None:
        return None
    if claim.metric and percent_change(claim):
        return f"{claim.metric}:{claim.change}", claim.unit  # "a 21 percent fall in murders": its own quantity
    if claim.metric and claim.change in ("up", "down"):
        return f"{claim.metric}:{claim.change}:{DIFFERENCE_KEY}", claim.unit  # "1,300 fewer homicides": only other differences
    if claim.metric:
        return claim.metric, claim.unit
    stock = stock_key(claim, ctx)
    if stock is not None:
        return stock, claim.unit  # "room for 36,500 inmates": a level, keyed by its kind, dated or not
    own_place = any(name in ctx.place_type for name in claim.subject)
    if claim.noun and claim.unit == "count" and own_place and claim.time is not None \
            and claim.time.basis in ("explicit", "relative", "inherited") \
            and claim.noun not in ctx.pack(claim.source)["territory_nouns"]:  # "in 87 municipalities": where, not what
        sig = counted.signature(claim, ctx)  # "gang members" killed are not "members" arrested
        return None if sig is None else (f"{claim.noun}:count" + (f":{sig}" if sig != "|" else ""), claim.unit)
    return None


# The tail of the key of a difference in units ("421 fewer"): a quantity of its own, never a level.
DIFFERENCE_KEY = "difference"


def percent_change(claim: Claim) -> bool:
    """A stated rise or fall in percent ("up 12 percent"): a level of its own, comparable with the
    same change of the same metric, place and period; a difference in units ("421 fewer") is
    keyed apart, comparable only with differences."""
    return claim.unit == "percent" and claim.change in ("up", "down")


def metric_of(claim: Claim, rules: RuleSet) -> Metric | None:
    return rules.metrics.get(claim.metric or "")


def running_total(claim: Claim, ctx: Context) -> bool:
    """A cumulative metric counted from a date up to the article's publication ("since March 27"),
    or from an event's start up to a point the article tells ("last week, 310 since the crackdown
    began"): a total as of that point, which may grow by a later one but never fall. A change
    ("20 more detained since March 27") is no total."""
    metric = metric_of(claim, ctx.rules)
    t = claim.time
    return bool(metric and metric.cumulative and claim.change not in ("up", "down")
                and t and t.start and t.end and t.start < t.end and t.basis != "publication"
                and (t.end == ctx.published.get(claim.source) or _from_event(claim, ctx)))


def _from_event(claim: Claim, ctx: Context) -> bool:
    """Whether the claim's time was counted from an event's start (binding.running, event_years)."""
    e = claim.evidence("time")
    return e is not None and e.basis == "discourse" and e.rule in ctx.rules.events


def ahead(claim: Claim, ctx: Context) -> bool:
    """Whether a dated figure's period ends well after its article was published ("67,400 by the end
    of October" in July; "2019" in a May 2019 article): a projection or a tally so far, which is
    never judged against a final figure, only against figures as far ahead of their own articles."""
    t = claim.time
    published = ctx.published.get(claim.source)
    if (metric := metric_of(claim, ctx.rules)) is not None and metric.planned:
        return False  # "requested $900 million for fiscal 2020" in 2019: the amount asked for, no projection
    if is_projected(claim):
        return True  # "expects that fewer than 140 will be logged in 2026", whenever it was said
    if not (t and t.end and t.start and t.basis != "publication" and published and t.end > published):
        return False
    start, end, seen = (date.fromisoformat(d) for d in (t.start, t.end, published))
    return (end - seen).days > AHEAD * ((end - start).days + 1)  # "2014" in late December is the year


# The share of its period a figure's period may still run after its article's date and be read as the
# whole period (as periods that cover 95% of each other are one).
AHEAD = 0.05


def same_sentence(claims: Sequence[Claim]) -> bool:
    """Whether the claims all come from one sentence (a sentence is never compared with itself)."""
    return len({(c.source, c.sentence) for c in claims}) <= 1


def by_source(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims grouped by source, in corpus order: the block of the checks that stay in one article."""
    out: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        out[claim.source].append(claim)
    return out


def figures_by_source(claims: Sequence[Claim], ctx: Context) -> dict[str, list[Claim]]:
    """Figures (quantities with a value) by source: the ``blocks`` of the checks that read a figure
    against others in its own sentence (a share and its counts, an average and its total)."""
    return by_source(c for c in claims if c.kind == "quantity" and c.value is not None)


def by_sentence(claims: Iterable[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Claims grouped by the sentence they came from, in text order."""
    out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        out[(claim.source, claim.sentence)].append(claim)
    for members in out.values():
        members.sort(key=lambda c: c.start)
    return out
