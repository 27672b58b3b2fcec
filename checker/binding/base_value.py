"""Base values and base times: the figure or time a comparison is made against ("up 30% from
70,000 the year before", "than in 2018", "roughly half of 2016's 5,947"). Their periods are the
base's, never the time in focus of the figures after them (time_scope)."""
from __future__ import annotations

from checker.binding import period as periods
from checker.binding import when_clause
from checker.model import Quantity, TimeMention


def is_base_value(text: str, q: Quantity, code: str, times: list[TimeMention] = ()) -> bool:
    """Whether the figure is the base value of a comparison ("up 30% from 70,000 the year before"),
    or dated by a base time whose "when" clause holds it ("a jump on 2014, when 3,900 died"; with
    ``times``): its period is then no time in focus for the figures after it."""
    # "below the 16.3": a qualifier may open it (most figures open on their digits)
    digit = 0 if q.text[:1].isdigit() else next((i for i, ch in enumerate(q.text) if ch.isdigit()), 0)
    before = text[max(0, q.start - 40):q.start]  # "fell to 33.8 in 2019, from 47.9"; "down 12 percent from the 1,740"
    return periods.names_a_base_value(before, code) \
        or "," in before and periods.base_after_a_change(text, q.start, before, code) \
        or (digit > 0 and periods.names_a_base_value(text[max(0, q.start - 20):q.start + digit], code, values_only=True)) \
        or bool(times) and any(t.end <= q.start and base_time(text, t, code) and not any(ch.isdigit() for ch in text[t.end:q.start])
               and when_clause.opens_a_when_clause(text[t.end:q.start], code) for t in times)


def in_a_base_when_clause(text: str, q: Quantity, times: list[TimeMention], quantities: list[Quantity],
                          code: str) -> bool:
    """Whether figure ``q`` stands in the "when" clause of a time that dates a base value ("down from 5,947
    in 2016, when the rate hit 128"): the sentence looks back; its period is no time in focus."""
    for t in times:
        if t.end <= q.start and when_clause.opens_a_when_clause(text[t.end:q.start], code) \
                and not any(ch.isdigit() for ch in text[t.end:q.start]):
            return dates_a_base_value(text, t, [p for p in quantities if p.end <= t.start], code)
    return False


def base_time(text: str, t: TimeMention, code: str) -> bool:
    """Whether a time expression is the base of a comparison ("a jump on 2014", "than in 2018")."""
    return periods.names_a_base(text[max(0, t.start - 30):t.start], code, single_words(t), periods.is_a_year(t.scope, code))


def single_words(t: TimeMention) -> str:
    """The words of a time phrase that may open on a comparison's base word: none for a range
    ("a 300 percent rise from 2005 to 2010" is the change over the range)."""
    return "" if t.relation == "range" else t.scope.text


def dates_a_base_value(text: str, t: TimeMention, quantities: list[Quantity], code: str) -> bool:
    """Whether time ``t`` stands right after a base value among ``quantities`` ("down from 900 in
    2017", "compared with 3 a day the year before"), or owns the one right after it: it dates that base."""
    base = next((p for p in reversed(quantities) if p.end <= t.start), None)
    return (base is not None and not any(c in text[base.end:t.start] for c in ",;:")
            and is_base_value(text, base, code)) or owns_a_base_value(text, t, quantities, code)


def owns_a_base_value(text: str, t: TimeMention, quantities: list[Quantity], code: str) -> bool:
    """Whether time ``t`` is a year owning the base value right after it ("roughly half of 2016's
    5,947"): the base's time, not the ratio's before it."""
    owned = next((p for p in quantities if p.start >= t.end), None)
    return owned is not None and owned.start - t.end <= 3 and text[t.end:owned.start].strip() in ("", "'s", "’s") \
        and is_base_value(text, owned, code)
