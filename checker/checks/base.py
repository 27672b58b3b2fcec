"""What every check shares: the corpus context, periods, subjects, intervals and verdicts.

A check is a module with ``ID`` (its key in rules/checks.yaml), ``blocks(claims, ctx)`` (the
claims it compares, grouped: by quantity, event kind or source) and ``judge(block, members,
ctx) -> list[Finding]``, which reads only the members and the context of their own sources, so
that the engine may reuse a block's judgement while its claims stay the same
(``checker.store``). Checks never compare all pairs: inside a block they cluster claims and
compare neighbouring clusters only, so their cost grows with the corpus, not its square.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from checker.fingerprints import finding_id, fingerprint
from checker.model import Claim, Finding, Source
from checker.ruleset import Metric, RuleSet

PLACE_TYPES = ("country", "city", "region")
INF = math.inf

# Finding severity: a check's level (rules/checks.yaml) is that of its conflicts; drift is one
# level milder; agreements are information.
_MILDER = {"error": "warning", "warning": "info", "info": "info"}


@dataclass
class Context:
    """The corpus-wide facts checks need, computed once per run."""

    rules: RuleSet
    published: dict[str, str] = field(default_factory=dict)  # source path -> last day of its publication period
    home: dict[str, str] = field(default_factory=dict)  # source path -> the place the article is mostly about
    place_type: dict[str, str] = field(default_factory=dict)  # entity name -> type, places only
    canonical: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> entity name

    @classmethod
    def build(cls, claims: Sequence[Claim], sources: Sequence[Source], rules: RuleSet) -> Context:
        ctx = cls(rules=rules)
        ctx.place_type = {e.name: e.type for e in rules.entities if e.type in PLACE_TYPES}
        ctx.canonical = dict(rules.alias_index())
        for e in rules.entities:
            ctx.canonical.setdefault(e.name.lower(), e.name)
        for source in sources:
            end = _last_day(source.published)
            if end:
                ctx.published[source.path] = end
        counts: dict[str, Counter] = defaultdict(Counter)
        for claim in claims:
            for name in claim.subject:
                if name in ctx.place_type and ctx.place_type[name] == "country":
                    counts[claim.source][name] += 1
        for path, counter in counts.items():
            ranked = counter.most_common(2)
            if ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                ctx.home[path] = ranked[0][0]
        return ctx

    def places(self, claim: Claim) -> frozenset[str]:
        """The places a claim is about. A figure that names none is about its article's home
        country ("the jobless rate fell to 6.2"); an event that names none ("the truce collapsed")
        may be anywhere, as may anything in an article without a clear home: empty = any place."""
        own = frozenset(name for name in claim.subject if name in self.place_type)
        if own or claim.kind == "event":
            return own
        home = self.home.get(claim.source)
        return frozenset((home,)) if home else frozenset()

    def origin(self, claim: Claim) -> str | None:
        """The attribution's canonical entity name ("Post" and "The Washington Post" are one)."""
        if not claim.attribution:
            return None
        name = claim.attribution.strip()
        return self.canonical.get(name.lower()) or self.canonical.get(name.lower().removeprefix("the ")) or name

    def severity(self, check: str, kind: str) -> str:
        level = self.rules.level(check)
        return "info" if kind == "agreement" else level if kind == "conflict" else _MILDER[level]

    def enabled(self, check: str) -> bool:
        return self.rules.level(check) != "off"


# --------------------------------------------------------------------------- periods


_RANK = {"day": 0, "week": 0, "month": 1, "quarter": 1, "year": 2, "span": 2, "decade": 2}


@dataclass(frozen=True, slots=True)
class Period:
    """A claim's time scope as dates; ``dated`` is False for "as of publication" claims."""

    start: date
    end: date
    granularity: str
    dated: bool

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        if not self.dated:
            return f"as of {self.end.isoformat()[:7]}"
        if self.start.month == 1 and self.start.day == 1 and self.end.month == 12 and self.end.day == 31:
            years = (self.start.year, self.end.year)
            return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def period_of(claim: Claim, ctx: Context) -> Period | None:
    """The claim's period; undated claims are "as of" their publication date; None when unknown."""
    t = claim.time
    if t is None or t.basis == "unresolved":
        return None
    if t.basis == "publication" or not t.start:
        end = t.end or ctx.published.get(claim.source)
        return Period(_day(end), _day(end), "month", False) if end else None
    return Period(_day(t.start), _day(t.end or t.start), t.granularity, True)


def same_period(a: Period, b: Period) -> bool:
    """Dated periods that denote the same stretch of time at the coarser of their granularities
    and are of comparable length (January-February is not the whole year, nor a day the month)."""
    if not (a.dated and b.dated):
        return False
    rank = max(_RANK.get(a.granularity, 0), _RANK.get(b.granularity, 0))
    if _truncate(a, rank) != _truncate(b, rank):
        return False
    return min(a.days, b.days) / max(a.days, b.days) >= 0.75


def _truncate(p: Period, rank: int) -> tuple:
    if rank >= 2:
        return p.start.year, p.end.year
    if rank == 1:
        return p.start.year, p.start.month, p.end.year, p.end.month
    return p.start, p.end


def widen(p: Period, granularity: str) -> tuple[date, date]:
    """The period stretched to whole units of ``granularity`` (year, month or day)."""
    if granularity == "year":
        return date(p.start.year, 1, 1), date(p.end.year, 12, 31)
    if granularity == "month":
        return date(p.start.year, p.start.month, 1), _month_end(p.end.year, p.end.month)
    return p.start, p.end


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def _last_day(published: str | None) -> str | None:
    if not published:
        return None
    parts = published.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 12, 31).isoformat()
        if len(parts) == 2:
            return _month_end(int(parts[0]), int(parts[1])).isoformat()
        return date.fromisoformat(published).isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------------- subjects


def subject_clusters(claims: Iterable[Claim], ctx: Context) -> list[list[Claim]]:
    """Claims that may be about the same place: one cluster per most specific place set, holding
    the claims whose places are a subset of it ("El Salvador" joins "El Salvador, Honduras"),
    never chained through one shared place ("the United States deported 9,000 to Honduras" and
    "... 7,000 to Guatemala" are different quantities). Claims with no place join every cluster."""
    by_places: dict[frozenset[str], list[Claim]] = defaultdict(list)
    anywhere: list[Claim] = []
    for claim in claims:
        places = ctx.places(claim)
        (by_places[places] if places else anywhere).append(claim)
    if not by_places:
        return [anywhere] if anywhere else []
    keys = sorted(by_places, key=lambda k: (len(k), sorted(k)))
    maximal = [k for k in keys if not any(k < other for other in keys)]
    clusters = []
    for key in maximal:
        members = [c for sub in _subsets(key, by_places) for c in by_places[sub]]
        clusters.append(members + anywhere)
    return clusters


def _subsets(key: frozenset[str], present: dict) -> list[frozenset[str]]:
    """The non-empty subsets of ``key`` that occur, largest first (few places per claim: cheap)."""
    if len(key) > 8:
        return [key, *(frozenset((p,)) for p in sorted(key) if frozenset((p,)) in present)]
    items = sorted(key)
    out = []
    for mask in range(1, 1 << len(items)):
        sub = frozenset(x for i, x in enumerate(items) if mask >> i & 1)
        if sub in present:
            out.append(sub)
    return sorted(out, key=lambda k: (-len(k), sorted(k)))


def shared_subject(claims: Sequence[Claim], ctx: Context) -> tuple[str, ...]:
    """The places all the claims name (or, when they share none, every place named)."""
    sets = [ctx.places(c) for c in claims if ctx.places(c)]
    if not sets:
        return ()
    common = frozenset.intersection(*sets)
    return tuple(sorted(common or frozenset.union(*sets)))


# --------------------------------------------------------------------------- values and verdicts


def interval(claim: Claim, tolerance: float = 0.0) -> tuple[float, float]:
    """The claim's value interval, open ends infinite, widened by a relative tolerance."""
    v = claim.value
    lo = -INF if v is None or v.lo is None else v.lo
    hi = INF if v is None or v.hi is None else v.hi
    return _scale(lo, 1 - tolerance if lo >= 0 else 1 + tolerance), _scale(hi, 1 + tolerance if hi >= 0 else 1 - tolerance)


def _scale(x: float, factor: float) -> float:
    return x if math.isinf(x) else x * factor


def stated_precision(claim: Claim) -> tuple[float, float]:
    """The interval a stated figure allows when it was rounded or cut short to its last digit
    ("an average of 15 a day" may stand for 14.0 .. 16.0); stated bounds stay as they are."""
    v = claim.value
    lo, hi = interval(claim)
    if v is None or v.point is None:
        return lo, hi
    text = f"{v.point:.10g}"
    step = 10.0 ** -len(text.split(".")[1]) if "." in text else 1.0
    if v.qualifier not in ("over", "at_least", "as_low_as"):
        lo -= step
    if v.qualifier not in ("under", "at_most", "as_high_as", "nearly"):
        hi += step
    return lo, hi


def relative_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two disjoint intervals are, relative to the larger near end (0 when they overlap)."""
    (_, ahi), (blo, _) = sorted((a, b))
    if blo <= ahi:
        return 0.0
    scale = max(abs(ahi), abs(blo), 1e-9)
    return (blo - ahi) / scale


def verdict(gap: float, drift_band: float) -> str:
    return "agreement" if gap == 0 else "drift" if gap <= drift_band else "conflict"


def metric_of(claim: Claim, rules: RuleSet) -> Metric | None:
    return rules.metrics.get(claim.metric or "")


def show(claim: Claim) -> str:
    """A claim as a reader quotes it: its words and where they are."""
    return f"“{claim.text}” ({claim.source.rsplit('/', 1)[-1]}:{claim.line})"


def fmt(x: float) -> str:
    if math.isinf(x):
        return "∞"
    return f"{x:,.0f}" if abs(x) >= 100 or float(x).is_integer() else f"{x:.3g}"


def same_sentence(claims: Sequence[Claim]) -> bool:
    return len({(c.source, c.sentence) for c in claims}) <= 1


def make_finding(ctx: Context, check: str, kind: str, claims: Sequence[Claim], message: str, *,
                 metric: str | None, period: str, subject: tuple[str, ...] | None = None) -> Finding:
    """A finding with its severity, upstream note and a fingerprint that survives line moves,
    re-wrapping and edits elsewhere: it hashes what the claims say, not where they sit."""
    claims = tuple(sorted(set(claims), key=lambda c: (c.source, c.start, c.id)))
    origins = {ctx.origin(c) for c in claims}
    upstream = None
    if len(origins) == 1 and None not in origins and len({c.source for c in claims}) > 1:
        upstream = origins.pop()
        message += f" All cite {upstream}: one origin, not independent confirmation."
    print_ = fingerprint(check, kind, metric, period, claims)
    return Finding(id=finding_id(print_), fingerprint=print_, kind=kind, severity=ctx.severity(check, kind),
                   rule=check, metric=metric, subject=subject if subject is not None else shared_subject(claims, ctx),
                   period=period, message=message, claims=claims, upstream=upstream)


def quantity_key(claim: Claim, ctx: Context) -> tuple[str, str] | None:
    """What a figure counts: its metric and unit, else (for a dated count of a named place) its
    noun. Figures with neither are not compared: "one", "10 of theirs" say nothing checkable."""
    if claim.kind != "quantity" or claim.value is None or claim.unit is None:
        return None
    if claim.metric:
        return claim.metric, claim.unit
    own_place = any(name in ctx.place_type for name in claim.subject)
    if claim.noun and claim.unit == "count" and own_place and claim.time is not None \
            and claim.time.basis in ("explicit", "relative", "inherited"):
        return f"{claim.noun}:count", claim.unit
    return None


def running_total(claim: Claim, ctx: Context) -> bool:
    """A cumulative metric counted from a date up to the article's publication ("since March 27")."""
    metric = metric_of(claim, ctx.rules)
    t = claim.time
    return bool(metric and metric.cumulative and t and t.start and t.end and t.start < t.end
                and t.basis != "publication" and t.end == ctx.published.get(claim.source))


def name_of(key: str, ctx: Context) -> str:
    metric = ctx.rules.metrics.get(key) or ctx.rules.events.get(key)
    return metric.name if metric else _plural(key.split(":")[0])


def _plural(noun: str) -> str:
    """"officer" -> "officers", "family" -> "families", "bus" -> "buses" (count keys are singular)."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "z", "ch", "sh")) else "s")


def where(subject: Sequence[str]) -> str:
    return f" in {', '.join(subject)}" if subject else ""


def values_of(claims: Sequence[Claim]) -> str:
    return ", ".join(show(c) for c in claims)


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


def components(items: Sequence[tuple[tuple[float, float], Claim]]) -> list[tuple[float, float, list[Claim]]]:
    """Claims whose intervals overlap, chained: sorted by low end, one sweep."""
    out: list[tuple[float, float, list[Claim]]] = []
    for (lo, hi), claim in sorted(items, key=lambda it: (it[0][0], it[0][1], it[1].id)):
        if out and lo <= out[-1][1]:
            top = out[-1]
            out[-1] = (top[0], max(top[1], hi), top[2] + [claim])
        else:
            out.append((lo, hi, [claim]))
    return out
