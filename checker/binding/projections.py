"""Figures their own words project ("the government projects that fewer than 100 homicides will be
recorded in 2025"; "a pace that would put the full year near 80,000"; "el Gobierno proyecta 1.900
homicidios"): no count recorded so far, whatever the date of the article that gives it. Such a figure
keeps its context and carries a ``projection`` entry in its binding; the checks compare it only with
projections and other figures of periods still ahead of their articles (checks/blocks.py ``ahead``),
never with a figure recorded for its period. A cue of the pack's ``projection_cues`` must stand among
the few words right before the figure, after any figure or pause (";") before it in its sentence.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from checker import lang, patterns
from checker.model import Claim, Evidence, Sentence

FIELD = "projection"  # the binding entry of a projected figure
PROJECTED = "projected"
_WORD = patterns.compile(r"[^\W_]+")  # the runs of letters and digits, as str.isalnum() tells them
WINDOW = 8  # words before the figure a cue may stand in ("projects that fewer than", "a pace that would put the full year near")


def marked(claims: list[Claim], sentences: Sequence[Sentence], code: str) -> list[Claim]:
    """``claims`` of one document, each figure that the words right before it project marked so."""
    heads, cues, longest = _cues(code)
    starts = [s.start for s in sentences]
    out: list[Claim] | None = None
    previous: Claim | None = None
    cued = False
    for i, claim in enumerate(claims):
        if claim.kind != "quantity":
            continue
        if previous is None or previous.sentence is not claim.sentence:
            previous, low = None, claim.sentence.lower()
            cued = any(word in low for word in longest)  # most sentences: no cue's longest word, told by substring
        if not cued:
            previous = claim
            continue
        sentence = sentences[bisect_right(starts, claim.start) - 1]
        after = previous.end if previous is not None else sentence.start
        previous = claim
        before = sentence.text[max(0, after - sentence.start):max(0, claim.start - sentence.start)]
        words = _WORD.findall(before.rsplit(";", 1)[-1].lower())[-WINDOW:]
        if heads.isdisjoint(words):
            continue  # no first word of a cue right before the figure
        padded = f" {' '.join(words)} "
        cue = next((c for c in cues if f" {c} " in padded), None)
        if cue is None:
            continue
        out = list(claims) if out is None else out
        out[i] = replace(claim, binding=claim.rebound(Evidence(FIELD, PROJECTED, cue)))
    return claims if out is None else out


def is_projected(claim: Claim) -> bool:
    """Whether the words right before a figure project it (a projection, no recorded count)."""
    e = claim.evidence(FIELD)
    return e is not None and e.basis == PROJECTED


@cache
def _cues(code: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The pack's projection cues as words (punctuation read as space), their first words and
    each one's longest word."""
    cues = tuple(" ".join(_WORD.findall(c)) for c in lang.phrases(code, "projection_cues"))
    return frozenset(c.split(" ", 1)[0] for c in cues), cues, tuple(sorted({max(c.split(), key=len) for c in cues}))
