"""Figures their own words project ("the ministry expects that fewer than 140 murders will be
logged in 2026"; "a pace that would put the full year near 71,000"; "el Gobierno proyecta 1.900
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
from re import Pattern

from checker import lang, patterns
from checker.model import Claim, Evidence, Sentence

FIELD = "projection"  # the binding entry of a projected figure
PROJECTED = "projected"
_WORD = patterns.compile(r"[^\W_]+")  # the runs of letters and digits, as str.isalnum() tells them
WINDOW = 8  # words before the figure a cue may stand in ("projects that fewer than", "a pace that would put the full year near")


def marked(claims: list[Claim], sentences: Sequence[Sentence], code: str) -> list[Claim]:
    """``claims`` of one document, each figure of a metric that the words right before it project
    marked so (a figure of no metric is never compared)."""
    heads, cues, gate = _cues(code)
    starts = [s.start for s in sentences]
    out: list[Claim] | None = None
    previous: Claim | None = None
    cued: bool | None = None
    for i, claim in enumerate(claims):
        if claim.kind != "quantity":
            continue
        if previous is None or previous.sentence is not claim.sentence:
            previous, cued = None, None
        if claim.metric is None:  # never compared: no need to know
            previous = claim
            continue
        if cued is None:  # asked once per sentence, only of one with a figure of a metric
            cued = gate.search(claim.sentence.lower()) is not None
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
def _cues(code: str) -> tuple[frozenset[str], tuple[str, ...], Pattern[str]]:
    """The pack's projection cues as words (punctuation read as space), their first words, and a
    pattern that finds any of them in a sentence."""
    cues = tuple(" ".join(_WORD.findall(c)) for c in lang.phrases(code, "projection_cues"))
    gate = patterns.compile(rf"(?:{patterns.phrases(cues, by_first_letter=True, word_start=True)})\b")  # over lower case: far faster than re.I
    return frozenset(c.split(" ", 1)[0] for c in cues), cues, gate
