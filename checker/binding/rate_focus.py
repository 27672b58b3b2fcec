"""The metric of a rate whose own words name none ("... 2.4 per 100,000"): the rate a table's header
names before the colon that opens the table ("Murder rates per 100,000 in 2023 were: Zembla 31.3;
Oz 16.7"), else the rate in focus of its unit, read from the figures before it (claims._note_rate)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from checker.binding import metric as metrics
from checker.model import Evidence, Quantity

if TYPE_CHECKING:
    from checker.ruleset import RuleSet

Spans = dict[str, dict[str, list[tuple[int, int]]]]  # by metric, by role: where its terms stand in the sentence


def metric_of(text: str, q: Quantity, unit: str | None, noun: str | None, clause: tuple[int, int], hits: Spans,
              rules: RuleSet, rates: dict[str, tuple[str, str]], code: str) -> tuple[str | None, Evidence | None]:
    """The metric of a rate with no words of its own, when no other metric's words stand in its clause,
    no noun of its own says what it counts and it is no population or target: its table's header's,
    else the rate in focus of its unit."""
    if unit is None or noun is not None or unit not in rates and not _in_a_table(text, q.start, unit) \
            or metrics.context_cue(text, q.start, code, q.end) \
            or metrics.names_another_rate(text, clause[0], q.start, code):  # "the incarceration rate, at 1,500"
        return None, None
    a, b = clause
    if any(a <= lo and hi <= b for other, roles in hits.items() if rules.metrics[other].unit == unit
           for spans in roles.values() for lo, hi in spans):
        return None, None  # the clause names another rate, and that rate did not take the figure
    header = header_metric(text, q.start, unit, hits, rules, code) if _in_a_table(text, q.start, unit) else None
    if header is not None:
        return header[0], Evidence("metric", "clause", f"{header[1]} (the table's header)")
    if unit not in rates:
        return None, None
    mid, words = rates[unit]
    return mid, Evidence("metric", "discourse", f"{words} (the rate in focus)")


def _in_a_table(text: str, start: int, unit: str) -> bool:
    """Whether a rate may stand in a table a header opens: a colon before it (the cheap test first)."""
    return unit.startswith("per ") and ":" in text[:start]


def header_metric(text: str, start: int, unit: str, hits: Spans, rules: RuleSet, code: str) -> tuple[str, str] | None:
    """The one metric of ``unit`` named before the colon that opens the table holding the figure at
    ``start`` (by its own term, or by the term of the count it is the rate of: "Homicide rates"), with
    its words; None when the header names no such metric, several, or another
    rate; the people of a rate's base ("per 100,000 people") name none. With no colon (a header line
    right above its list), all the text before ``start`` is the header."""
    colon = text.rfind(":", 0, start)
    colon = start if colon < 0 else colon
    if metrics.names_another_rate(text, 0, colon, code):  # "the incarceration rate"
        return None
    rates = {r.rate_of: rid for rid, r in rules.metrics.items() if r.rate_of and r.unit == unit}  # a count: its rate
    named = [(lo, mid if rules.metrics[mid].unit == unit else rates.get(mid), text[lo:hi])
             for mid, roles in hits.items() for spans in roles.values() for lo, hi in spans
             if hi <= colon and not metrics.names_people(text[lo:hi], code)]  # not "per 100,000 people"
    named.sort(key=lambda item: item[0])
    metrics_named = {mid for _, mid, _ in named}
    return named[0][1:] if len(metrics_named) == 1 and None not in metrics_named else None  # its first words
