"""A figure given first without a year and dated where the article states it again: "the group put
Ruritania's rate at 61.7, Zembla's at 33.4 ... the U.N. found that Ruritania had a 2015 murder rate
of 61.7". A distinctive value (a fraction, or an exact count that is not round) of one metric and
place said twice is one figure, so the undated statement takes the dated one's period; the other
figures of the same metric listed undated in its sentence ("Zembla's at 33.4") are figures of the
same table and take it too. Only figures "as of" the publication (no time in their text) change."""
from __future__ import annotations

from dataclasses import replace

from checker.model import Claim, Evidence

_DATED = ("explicit", "relative")


def dated_again(claims: list[Claim]) -> list[Claim]:
    """The document's claims, each undated figure restated with a period elsewhere in the article
    (and its undated list-mates) given that period on the discourse basis."""
    dated: dict[tuple, Claim] = {}
    for c in claims:
        if _figure(c) and c.time.basis in _DATED and c.time.start:
            dated.setdefault(_key(c), c)
    found: dict[str, Claim] = {}  # by sentence (source, line, text): the dated restatement of one of its figures
    for c in claims:
        d = dated.get(_key(c)) if _undated(c) and _distinctive(c) else None
        if d is not None and d.sentence != c.sentence and set(d.subject) & set(c.subject):
            found.setdefault(_where(c), d)
    if not found:
        return claims
    out = []
    for c in claims:
        d = found.get(_where(c))
        if d is not None and _undated(c) and c.metric == d.metric and c.unit == d.unit:
            words = f"{d.time.text} (where “{d.text}” is stated again)"
            binding = tuple(e for e in c.binding if e.field != "time") + (Evidence("time", "discourse", words),)
            c = replace(c, time=replace(d.time, basis="inherited"), binding=binding)
        out.append(c)
    return out


def _figure(c: Claim) -> bool:
    return c.kind == "quantity" and c.metric is not None and c.value is not None and c.time is not None


def _undated(c: Claim) -> bool:
    return _figure(c) and c.time.basis == "publication"


def _key(c: Claim) -> tuple:
    return c.metric, c.unit, c.value.point, c.value.qualifier


def _where(c: Claim) -> tuple:
    return c.source, c.line, c.sentence


def _distinctive(c: Claim) -> bool:
    """A value that two figures share only by being one: a fraction, or an exact count of 100 or
    more that is not round."""
    point = c.value.point
    if point is None or c.value.qualifier != "exact":
        return False
    if point != int(point):
        return True
    return point >= 100 and int(point) % 10 != 0
