"""Figures a later figure of their sentence corrects: "police first reported 40 deaths, a toll later
revised to 52"; "la PNC revisó a la baja hasta 114 la cifra, que había situado en 118". The earlier
account is no claim the source stands by: compared, it would drift from the sources that give the
corrected figure and, set beside the correction, make the sentence look like a series read as one
(which may only drift). Such a figure keeps its context but carries a ``revision`` entry in its
binding; the checks list it as not compared (checks/established.py). The figure that stands is
compared as any other. A sentence needs both cues (the pack's ``correction_cues``): ``earlier``
in the stretch before the replaced figure, ``revised`` in the stretch before another figure of
the same unit; anything less leaves the sentence as it is.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import groupby
from re import Pattern

from checker import lang, patterns
from checker.model import Claim, Evidence, Sentence

FIELD = "revision"  # the binding entry of a replaced figure
SUPERSEDED = "superseded"


def superseded(claims: list[Claim], sentences: Sequence[Sentence], code: str) -> list[Claim]:
    """``claims`` of one document, each figure a later one of its sentence corrects marked so."""
    revised, earlier = _cues(code)
    starts = [s.start for s in sentences]
    marked: dict[str, Claim] = {}
    for _, group in groupby((c for c in claims if c.kind == "quantity"), key=lambda c: bisect_right(starts, c.start)):
        figures = list(group)
        if len(figures) < 2:
            continue
        sentence = sentences[bisect_right(starts, figures[0].start) - 1]
        text, at = sentence.text, sentence.start
        if revised.search(text) is None:  # most sentences correct nothing: one look each
            continue
        before = [text[(figures[k - 1].end - at) if k else 0:max(0, c.start - at)] for k, c in enumerate(figures)]
        standing = [c for c, words in zip(figures, before) if revised.search(words) and not earlier.search(words)]
        for claim, words in zip(figures, before):
            hit = earlier.search(words)
            if hit is None or claim in standing:
                continue
            later = next((c for c in standing if c.unit == claim.unit), None)
            if later is not None:
                note = f"{hit.group(0)} … (corrected by {' '.join(later.text.split())})"
                marked[claim.id] = replace(claim, binding=claim.rebound(Evidence(FIELD, SUPERSEDED, note)))
    return [marked.get(c.id, c) for c in claims] if marked else claims


def is_superseded(claim: Claim) -> bool:
    """Whether a later figure of the claim's sentence corrects it."""
    e = claim.evidence(FIELD)
    return e is not None and e.basis == SUPERSEDED


@cache
def _cues(code: str) -> tuple[Pattern[str], Pattern[str]]:
    table = lang.load(code)["correction_cues"]
    return tuple(patterns.compile(rf"\b(?:{patterns.phrases(table[side])})\b", patterns.IGNORECASE)
                 for side in ("revised", "earlier"))
