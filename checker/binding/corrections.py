"""Figures a later figure of their sentence corrects: "police first reported 40 deaths, a toll later
revised to 52"; "la policía rebajó hasta 126 la cifra, que había fijado en 131". The earlier
account is no claim the source stands by: compared, it would drift from the sources that give the
corrected figure and, set beside the correction, make the sentence look like a series read as one
(which may only drift). Such a figure keeps its context but carries a ``revision`` entry in its
binding; the checks list it as not compared (checks/established.py). The figure that stands is
compared as any other. A sentence needs both cues (the pack's ``correction_cues``): ``earlier``
in the stretch before the replaced figure, ``revised`` in the stretch before another figure of
the same quantity (unit, metric, period); anything less leaves the sentence as it is.

A correction notice ("An earlier version of this article said 67 had died"; "Una versión anterior
de este artículo decía que ...": the pack's ``notice`` cues) retracts what it reports, whether the
figure that stands follows in its sentence or in the next one ("It approved $815 million."): each
figure after the cue is marked, up to a pause (";"), a ``revised`` cue or a ``standing`` one ("the
correct figure is", "rather than"), after which figures are the corrected account. A notice told the
other way round (``corrects_to``: "This article was corrected to show that 46 died, not 41") gives the
account that stands first: the figures after its ``replacing`` cue (", not", "rather than"), up to a
pause, are the retracted ones.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from re import Pattern

from checker import lang, patterns
from checker.model import Claim, Evidence, Sentence

FIELD = "revision"  # the binding entry of a replaced figure
SUPERSEDED = "superseded"
RETRACTED = "retracted"  # reported by a correction notice as what an earlier version said


def superseded(claims: list[Claim], sentences: Sequence[Sentence], code: str) -> list[Claim]:
    """``claims`` of one document, each figure a later one of its sentence corrects, or a
    correction notice retracts, marked so."""
    stems, revised, earlier = _cues(code)
    notice_stems, notice, standing, corrects_to, replacing = _notice_cues(code)
    starts = [s.start for s in sentences]
    marked: dict[str, Claim] = {}
    group: list[Claim] = []
    for claim in (*claims, None):
        if claim is not None and claim.kind != "quantity":
            continue
        if group and (claim is None or claim.sentence is not group[0].sentence):
            low = group[0].sentence.lower() if len(group) > 1 or group[0].metric is not None else ""
            noticed = bool(low) and _may_correct(low, notice_stems)  # a lone figure of no metric is never compared
            revised_here = len(group) > 1 and _may_correct(low, stems)
            sentence = sentences[bisect_right(starts, group[0].start) - 1] if noticed or revised_here else None
            if noticed:
                marked.update(_retracted(group, sentence, notice, (revised, standing)))
                marked.update(_standing(group, sentence, standing, marked))
                marked.update(_retracted(group, sentence, corrects_to, (), replacing))
            if revised_here:
                marked.update({k: v for k, v in _replaced(group, sentence, revised, earlier).items() if k not in marked})
            group = []
        if claim is not None:
            group.append(claim)
    return [marked.get(c.id, c) for c in claims] if marked else claims


def _same_quantity(a: Claim, b: Claim) -> bool:
    """Whether two figures may be one quantity told twice: one unit, and no metric or period of
    theirs tells them apart ("initially recorded 40 in January ... revised; 52 in February" do not);
    periods are told apart by their ends."""
    ta, tb = a.time, b.time
    return a.unit == b.unit and (a.metric is None or b.metric is None or a.metric == b.metric) and \
        (ta is None or tb is None or ta.end == tb.end)  # "reported 640 in 2016" may be read as of its end


def _may_correct(low: str, stems: tuple[str, ...]) -> bool:
    """Whether one of ``stems`` (of ``revised`` or ``notice`` cues) stands in the lower-cased
    sentence (a loop: cheaper than any())."""
    for stem in stems:
        if stem in low:
            return True
    return False


def _replaced(figures: list[Claim], sentence: Sentence, revised: Pattern[str], earlier: Pattern[str]) -> dict[str, Claim]:
    """The figures of one sentence a later one corrects, marked, by id."""
    text, at = sentence.text, sentence.start
    if revised.search(text) is None:
        return {}
    before = [text[(figures[k - 1].end - at) if k else 0:max(0, c.start - at)] for k, c in enumerate(figures)]
    standing = [c for c, words in zip(figures, before) if revised.search(words) and not earlier.search(words)]
    out = {}
    for claim, words in zip(figures, before):
        hit = earlier.search(words)
        later = next((c for c in standing if _same_quantity(c, claim)), None) \
            if hit and all(c is not claim for c in standing) else None
        if later is not None:
            note = f"{hit.group(0)} … (corrected by {' '.join(later.text.split())})"
            out[claim.id] = replace(claim, binding=claim.rebound(Evidence(FIELD, SUPERSEDED, note)))
    return out


def _retracted(figures: list[Claim], sentence: Sentence, notice: Pattern[str],
               stops: tuple[Pattern[str], ...], replacing: Pattern[str] | None = None) -> dict[str, Claim]:
    """The figures of one sentence that a correction notice in it reports as an earlier version's,
    marked, by id: those after the cue (after its ``replacing`` cue, when given: "corrected to show
    46, not 41"), up to a pause or a cue of the account that stands."""
    text, at = sentence.text, sentence.start
    hit = notice.search(text)
    if hit is not None and replacing is not None:
        hit = replacing.search(text, hit.end())
    if hit is None:
        return {}
    end = text.find(";", hit.end())
    end = len(text) if end < 0 else end
    for stop in stops:
        if (found := stop.search(text, hit.end(), end)) is not None:
            end = found.start()
    note = f"{' '.join(hit.group(0).split())} … (a correction notice)"
    return {c.id: replace(c, binding=c.rebound(Evidence(FIELD, RETRACTED, note)))
            for c in figures if hit.end() <= c.start - at < end}


def _standing(figures: list[Claim], sentence: Sentence, standing: Pattern[str], marked: dict[str, Claim]) -> dict[str, Claim]:
    """The figure right after a ``standing`` cue ("the correct figure is 46") when its own words name
    nothing it counts: it restates the figure retracted before it in its sentence, so it counts what
    that one counts (not the series in focus its bare number would otherwise go on with)."""
    text, at = sentence.text, sentence.start
    hit = standing.search(text)
    retracted = [c for c in figures if c.id in marked and c.start - at < (hit.start() if hit else 0)]
    after = [c for c in figures if hit is not None and c.start - at >= hit.end()]
    if not retracted or not after or after[0].noun is not None or after[0].unit != retracted[-1].unit:
        return {}
    claim, before = after[0], retracted[-1]
    binding = tuple(e for e in claim.binding if e.field != "metric")
    if before.metric is not None:
        binding += (Evidence("metric", "clause", f"{' '.join(before.text.split())} (the figure it corrects)"),)
    return {claim.id: replace(claim, metric=before.metric, noun=before.noun, binding=binding)}


def is_superseded(claim: Claim) -> bool:
    """Whether a later figure of the claim's sentence corrects it, or a correction notice retracts it."""
    e = claim.evidence(FIELD)
    return e is not None and e.basis in (SUPERSEDED, RETRACTED)


@cache
def _cues(code: str) -> tuple[tuple[str, ...], Pattern[str], Pattern[str]]:
    """The pack's cues, and the stems of its ``revised`` cues (each cue's longest word, up to five
    letters): most sentences hold none, and a substring test is far cheaper than the pattern."""
    table = lang.load(code)["correction_cues"]
    stems = tuple(sorted({max(cue.lower().split(), key=len)[:5] for cue in table["revised"]}))
    return (stems, *(patterns.compile(rf"(?:{patterns.phrases(table[side], by_first_letter=True, word_start=True)})\b",
                                      patterns.IGNORECASE) for side in ("revised", "earlier")))


@cache
def _notice_cues(code: str) -> tuple[tuple[str, ...], Pattern[str], Pattern[str], Pattern[str], Pattern[str]]:
    """The pack's correction notice cues (with the stems of both kinds, as ``_cues``), its ``standing``
    cues, the notice cues told the other way round (``corrects_to``) and their ``replacing`` cues."""
    table = lang.load(code)["correction_cues"]
    stems = tuple(sorted({max(cue.lower().split(), key=len)[:5] for cue in (*table["notice"], *table["corrects_to"])}))
    return (stems, *(patterns.compile(rf"(?:{patterns.phrases(table[side], by_first_letter=True, word_start=True)})\b",
                                      patterns.IGNORECASE) for side in ("notice", "standing", "corrects_to")),
            patterns.compile(rf"(?:{patterns.phrases(table['replacing'])})\b", patterns.IGNORECASE))
