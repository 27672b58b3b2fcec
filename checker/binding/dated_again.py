"""A figure given first without a year and dated where the article states it again: "the group put
Ruritania's rate at 61.7, Zembla's at 33.4 ... the U.N. found that Ruritania had a 2015 murder rate
of 61.7". A distinctive value (a fraction, or an exact count that is not round) of one metric and
place said twice is one figure, so the undated statement takes the dated one's period; the other
figures of the same metric listed undated in its sentence ("Zembla's at 33.4") are figures of the
same table and take it too. Only figures "as of" the publication (no time in their text) change.
A distinctive figure named again after a demonstrative ("87 of those 569 killings") takes the
earlier one's period too. Likewise a figure that points back at a value stated before ("The rate of 61.7 is six times ...",
`restating_words`) with no time of its own is that earlier figure and takes its period, not the
time in focus of its paragraph."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from checker import lang, patterns
from checker.binding import repeated
from checker.model import Claim, Evidence

_DATED = ("explicit", "relative")


def dated_again(claims: list[Claim], code: str = lang.DEFAULT) -> list[Claim]:
    """The document's claims, each undated figure restated with a period elsewhere in the article
    (and its undated list-mates) given that period on the discourse basis."""
    claims, dated = list(claims), {}
    for k, c in enumerate(claims):
        if not _figure(c):
            continue
        if _demonstrated(c, dated.get(_key(c)), code):
            claims[k] = _take(c, dated[_key(c)])
        elif c.time.basis in _DATED and c.time.start and _own_time(c):
            dated.setdefault(_key(c), c)
        elif _points_back(c, dated.get(_key(c)), code):
            claims[k] = _take(c, dated[_key(c)])
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
            c = _take(c, d)
        out.append(c)
    return out


def _take(c: Claim, d: Claim) -> Claim:
    """``c`` with the period of ``d``, the same figure stated with its own time."""
    words = f"{d.time.text} (where “{d.text}” is stated again)"
    return replace(c, time=replace(d.time, basis="inherited"), binding=c.rebound(Evidence("time", "discourse", words)))


def _own_time(c: Claim) -> bool:
    why = c.evidence("time")
    return why is not None and why.basis in ("phrase", "predicate", "clause")


def _points_back(c: Claim, earlier: Claim | None, code: str) -> bool:
    """Whether ``c``, dated only from its paragraph's focus, restates ``earlier`` ("The rate of 60")."""
    why = c.evidence("time")
    if earlier is None or why is None or why.basis != "discourse" or not set(c.subject) & set(earlier.subject):
        return False
    at = c.sentence.find(c.text)
    return at >= 0 and _pointing(code).search(c.sentence, max(0, at - 40), at) is not None


def _demonstrated(c: Claim, earlier: Claim | None, code: str) -> bool:
    """Whether ``c`` is an earlier distinctive figure named again after a demonstrative ("87 of
    those 569 killings happened that weekend": ``demonstratives``): the earlier one's period is its
    own, not that of the clause that dates a part of it."""
    if earlier is None or earlier.sentence == c.sentence or not _distinctive(c) \
            or (c.subject and earlier.subject and not set(c.subject) & set(earlier.subject)):
        return False
    at = c.sentence.find(c.text)
    before = c.sentence[max(0, at - 20):at].lower().split() if at >= 0 else []
    return bool(before) and before[-1] in lang.words(code, "demonstratives")


def _figure(c: Claim) -> bool:
    return c.kind == "quantity" and c.metric is not None and c.value is not None and c.time is not None


def _undated(c: Claim) -> bool:
    return _figure(c) and c.time.basis == "publication"


def _key(c: Claim) -> tuple:
    return c.metric, c.unit, c.value.point, c.value.qualifier


def _where(c: Claim) -> tuple:
    return c.source, c.line, c.sentence


def _distinctive(c: Claim) -> bool:
    """A value that two figures share only by being one: a fraction, or a distinctive exact count
    (``repeated.distinctive``: 100 or more and not round)."""
    point = c.value.point
    return repeated.distinctive(c) or (point is not None and c.value.qualifier == "exact" and point != int(point))


@cache
def _pointing(code: str) -> re.Pattern[str]:
    """A pointing word ("the", "its") and at most two words, the last maybe a naming word ("The rate
    of "), right before the figure and opening its clause."""
    words = lang.load(code)["restating_words"]
    pointing, naming = patterns.phrases(words["pointing"]), patterns.phrases(words["naming"])
    return patterns.compile(rf"(?:^|[.;:]\s+)(?:{pointing})\s+(?:[^\W\d_]+\s+){{0,1}}(?:(?:{naming})\s+)?$",
                            patterns.IGNORECASE)
