"""Coordinated figures that "respectively" match coordinated years: "in 2015 and in 2018 it rose
again, 4.2 and 1.9 points respectively" gives 4.2 to 2015 and 1.9 to 2018, not both figures the
stretch from 2015 to 2018 (nor one of them a base's year). The adverbs are the pack's
(numbers.yaml ``coordination_adverbs``); the years are the explicit ones of one time expression
of the sentence, before the figures, as many as they are."""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import pairwise
from re import Pattern

from checker import lang, patterns, timex
from checker.model import Claim, Evidence, TimeScope

_YEAR = patterns.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,])")
_REACH = 20  # how far after the last figure the adverb may stand ("2.7 points respectively")


def years(claims: list[Claim], code: str = lang.DEFAULT) -> list[Claim]:
    """``claims``, each run of figures of one sentence that an adverb of ``coordination_adverbs``
    closes dated one by one by the years of the time expression before them."""
    out = list(claims)
    runs: dict[tuple[str, str], list[int]] = {}  # a sentence's figures, grouped once (not a scan per claim)
    for j, c in enumerate(out):
        if c.kind == "quantity":
            runs.setdefault((c.source, c.sentence), []).append(j)
    for run in runs.values():
        for j, year in _matched(out, run, code):
            c = out[j]
            words = f"{year} (respectively)"
            time = TimeScope(f"{year}-01-01", f"{year}-12-31", words, "explicit", "year")
            out[j] = replace(c, time=time, binding=c.rebound(Evidence("time", "clause", words)))
    return out


def _matched(claims: list[Claim], run: list[int], code: str) -> list[tuple[int, str]]:
    """(claim index, year) for the figures of ``run`` the adverb closes, when a time before them
    names as many explicit years."""
    if len(run) < 2:
        return []
    s = claims[run[0]].sentence
    adverb = _adverbs(code).search(s)
    if adverb is None:
        return []
    spans, pos = [], 0
    for j in run:
        at = s.find(claims[j].text, pos)
        if at < 0:
            return []
        spans.append((j, at, at + len(claims[j].text)))
        pos = at + len(claims[j].text)
    closed = [x for x in spans if x[2] <= adverb.start()]
    if not closed or adverb.start() - closed[-1][2] > _REACH:
        return []
    for t in reversed(timex.find_times(s, None, code)):
        found = _YEAR.findall(s[t.start:t.end])
        group = closed[-len(found):]
        if t.relation != "in" or len(found) < 2 or len(group) != len(found) or t.end > group[0][1]:
            continue  # no coordinated years (a range is one stretch), not as many, or not before the figures
        if any(any(ch.isdigit() for ch in s[a[2]:b[1]]) for a, b in pairwise(group)):
            return []
        return [(j, year) for (j, _, _), year in zip(group, found)]
    return []


@cache
def _adverbs(code: str) -> Pattern[str]:
    """The pack's ``coordination_adverbs`` as whole words (a pattern that never matches when none)."""
    words = patterns.phrases(lang.load(code)["coordination_adverbs"], flexible_space=False)
    return patterns.compile(rf"\b(?:{words})\b", patterns.IGNORECASE)
