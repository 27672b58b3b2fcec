"""Copies: an article that repeats another (a syndicated copy, the same file twice, or an excerpt
whose every figure is stated, in the same sentence, in the other) is one origin, not two.

Judged as two sources, a copy would agree with its original on every figure — corroboration
that is not independent — and double every finding with a third source. So a copy's claims are
set aside before the checks, and the copy is reported once, as an input note naming its
original. A source is a copy of another when each of its claims (sentence, words, kind) is also
one of the other's; of two with the same claims, the later path is the copy. Found through an
index of claims: linear in the corpus's claims when sentences are not shared, as in news.
"""
from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict

from checker.model import Claim, Extraction, Problem

_Key = tuple[str, str, str]


def _key(claim: Claim) -> _Key:
    return claim.sentence, claim.text, claim.kind


def originals(claims: tuple[Claim, ...] | list[Claim]) -> dict[str, str]:
    """{copy's path: its original's path}, the original itself never a copy."""
    by_source: dict[str, Counter] = defaultdict(Counter)
    for claim in claims:
        by_source[claim.source][_key(claim)] += 1
    holders: dict[_Key, set[str]] = defaultdict(set)
    for source, keys in by_source.items():
        for key in keys:
            holders[key].add(source)
    found: dict[str, str] = {}
    for source in sorted(by_source):
        keys = by_source[source]
        rarest = min(keys, key=lambda k: (len(holders[k]), k))
        candidates = [other for other in sorted(holders[rarest]) if other != source and other not in found
                      and _contains(by_source[other], keys)
                      and (sum(by_source[other].values()) > sum(keys.values()) or other < source)]
        if candidates:
            found[source] = candidates[0]
    for copy, original in found.items():  # a copy of a copy: of the first original
        while original in found:
            original = found[original]
        found[copy] = original
    return found


def _contains(bigger: Counter, smaller: Counter) -> bool:
    return all(bigger[key] >= count for key, count in smaller.items())


def set_aside(extraction: Extraction) -> tuple[Extraction, Extraction]:
    """(the extraction with a note for each copy, the extraction the checks judge: without the
    copies' claims)."""
    found = originals(extraction.claims)
    if not found:
        return extraction, extraction
    notes = tuple(Problem(copy, f"a copy of {original} (each of its figures is stated there in the same sentence): "
                                "counted as one origin, its claims not compared again", "warning")
                  for copy, original in sorted(found.items()))
    problems = tuple(sorted((*extraction.problems, *notes), key=lambda p: (p.path, p.message)))
    judged = tuple(c for c in extraction.claims if c.source not in found)
    return (dataclasses.replace(extraction, problems=problems),
            dataclasses.replace(extraction, claims=judged, claim_json=()))
