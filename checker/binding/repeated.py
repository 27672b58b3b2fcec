"""A figure that states again the exact value of an earlier figure of its article: "Ruritania
counted 1,437 homicides in 2019. ... Of the 1,437 victims, 212 were women." The later figure names
no metric of its own ("victims"), but a distinctive exact count said twice in one article is the
same figure, so it takes the earlier one's metric, place and period, on the discourse basis.
Only counts of people (no noun, or a noun naming people in general) repeat another: "1,437
rifles" counts something else, and a round or small value ("300", "1,500") may well be another
figure that happens to match."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from checker import lang, patterns
from checker.binding import metric as metrics
from checker.binding.subject import Found
from checker.model import Claim, Evidence, TimeScope

_SMALLEST = 100  # below this, two equal counts in one article are too often two figures


@dataclass
class Repeats:
    """The counts of the article so far that bound a metric by their own words or clause, by value."""

    stated: dict[float, Claim] = field(default_factory=dict)
    counted: dict[float, Claim] = field(default_factory=dict)  # ... of any exact value not small ("1,470")

    def note(self, claim: Claim) -> None:
        why = claim.evidence("metric")
        if claim.metric and claim.unit == "count" and why is not None and why.basis != "discourse" \
                and _exact(claim):
            self.counted.setdefault(claim.value.point, claim)
            if distinctive(claim):
                self.stated.setdefault(claim.value.point, claim)

    def repeated(self, value, unit: str | None, noun: str | None, unbound: bool, code: str = lang.DEFAULT,
                 again: str | None = None) -> Claim | None:
        """The earlier figure a count of ``value`` states again; None when it states none or the
        figure is not ``unbound`` (it has a metric of its own, or refers back to another figure),
        unless a demonstrative names it again as a count of its own metric ``again`` ("87 of those
        1,437 homicides")."""
        if unit != "count" or value is None or value.qualifier != "exact":
            return None
        named = self.counted.get(value.point)
        if again is not None and named is not None and named.metric == again:
            return named
        if not unbound:
            return None
        if noun is not None and not metrics.names_people(noun, code):
            return None
        return self.stated.get(value.point)


def named_again(text: str, start: int, metric: str | None, code: str = lang.DEFAULT) -> str | None:
    """``metric`` when a `set_demonstratives` or `restating_partitives` word stands right before the
    figure at ``start`` ("de esos 817 homicidios", "a third of the 1,560 homicides"): the figure
    names again a count stated before."""
    if metric is None or not _demonstrative(code).search(text, max(0, start - 20), start):
        return None
    return metric


@cache
def _demonstrative(code: str):
    pack = lang.load(code)
    words = patterns.phrases([*pack['set_demonstratives'], *pack['restating_partitives']])
    return patterns.compile(rf"\b(?:{words})\s+$", patterns.IGNORECASE)


def distinctive(claim: Claim) -> bool:
    """Whether a count's value is exact, not small and not round, so that a second statement of it
    is the same figure."""
    return _exact(claim) and int(claim.value.point) % 10 != 0


def _exact(claim: Claim) -> bool:
    """Whether a count's value is an exact whole number, not small: one that words naming it again
    ("of the 1,470 homicides") can point back at."""
    value = claim.value
    return value is not None and value.qualifier == "exact" and value.point is not None \
        and value.point >= _SMALLEST and value.point == int(value.point)


def metric(earlier: Claim | None) -> tuple[str, Evidence] | None:
    """The metric a figure stating ``earlier`` again takes, and why: the earlier figure's."""
    return None if earlier is None else (earlier.metric, _evidence("metric", earlier))


def _evidence(field: str, earlier: Claim) -> Evidence:
    return Evidence(field, "discourse", f"{earlier.text} (the same figure stated before)")


def period(earlier: Claim | None) -> TimeScope | None:
    """The period a figure stating ``earlier`` again takes: the earlier figure's, from the discourse."""
    return replace(earlier.time, basis="inherited") if earlier is not None and earlier.time else None


def subject(earlier: Claim | None, found: Found) -> Found:
    """The place of a figure stating ``earlier`` again: the earlier figure's, unless the figure's own
    phrase names one (``found``)."""
    if earlier is None or not earlier.subject or (found.evidence is not None and found.evidence.basis == "phrase"):
        return found
    return Found(earlier.subject, _evidence("subject", earlier))
