"""Places inside an aside of the sentence: a relative clause set off by commas and opened by a word
of ``relative_asides`` ("Zembla, which copied the Ruritanian model, recorded 900
killings"; "Zembla, que importó el modelo ruritano, contabilizó 900"). The aside describes the word
before it; a place it names is what the aside is about, not a figure outside it, when the figure's
clause names another place outside every aside (the aside's own antecedent, most often).
binding.subject sets them aside before it chooses a figure's place. A figure inside such an aside
is about its antecedent when that is a place ("Zembla, which declared its own emergency in May,
...": Zembla's declaration, whatever else the aside names)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from checker import lang, patterns
from checker.binding.reference_places import Place
from checker.model import Evidence


def outside_asides(text: str, span: tuple[int, int], clause: tuple[int, int], places: Sequence[Place],
                   code: str = lang.DEFAULT) -> list[Place]:
    """``places`` without those inside an aside that does not hold the figure at ``span``, when one
    of the others stands in the figure's clause; else all of them."""
    if len(places) < 2:
        return list(places)
    asides = [(a, b) for a, b in _asides(text, code) if not a < span[0] < b]
    if not asides:
        return list(places)
    inside = [p for p in places if any(a < p[0] and p[1] <= b for a, b in asides)]
    if not inside:
        return list(places)
    outside = [p for p in places if p not in inside]
    if not any(clause[0] <= p[0] and p[1] <= clause[1] for p in outside):
        return list(places)  # "The ministry, which runs Zembla's prisons, counted 900": the aside's place only
    return outside


def antecedent(text: str, span: tuple[int, int], places: Sequence[Place],
               code: str = lang.DEFAULT) -> tuple[tuple[str, ...], Evidence] | None:
    """The place a relative aside that holds the figure at ``span`` describes, right before its
    opening comma, with the words that say so; None where there is none."""
    for a, b in _asides(text, code) if places else ():
        if a < span[0] < b:
            before = [p for p in places if p[1] == a]
            if before:
                words = text[before[0][0]:a] + ", " + text[a + 1:b].split()[0]
                return (before[0][2],), Evidence("subject", "clause", words)
    return None


def in_closing_asides(text: str, places: Sequence[Place], code: str = lang.DEFAULT, after: int = 0) -> list[Place]:
    """The ``places`` inside a closing clause that opens after ``after``: one describing a time
    (``period_asides``: "900 deported in 2019, a year in which flights from Zembla doubled") or one
    commenting on all said before it (``comment_asides``: "..., which puts Zembla far ahead"). From
    its comma to the next semicolon or the sentence's end, it tells another story than a figure's before it."""
    opening = next((m.start() for m in _closing_aside(code).finditer(text, after)), None) if places else None
    if opening is None:
        return []
    closing = text.find(";", opening)
    closing = len(text) if closing < 0 else closing
    return [p for p in places if opening < p[0] < closing]


def other_stories(text: str, span: tuple[int, int], places: Sequence[Place], code: str = lang.DEFAULT) -> list[Place]:
    """The ``places`` of a closing clause after the figure at ``span`` or of a "when" aside not holding it."""
    return [*in_closing_asides(text, places, code, after=span[1]), *in_when_asides(text, span, places, code)]


def in_when_asides(text: str, span: tuple[int, int], places: Sequence[Place], code: str = lang.DEFAULT) -> list[Place]:
    """The ``places`` inside a "when" clause set off by commas before the figure at ``span`` ("in the
    first months of 2020, when unemployment hit workers in Oz, remittances fell to $6 billion"): they
    tell that time's story, not the figure's (one after it may tell the figure's: "on May 30, when
    police in Oz detained him")."""
    if not places or "," not in text:
        return []
    asides = [(m.start(), m.end()) for m in _when_aside(code).finditer(text, 0, span[0])]
    return [p for p in places if any(a < p[0] and p[1] <= b for a, b in asides)]


@cache
def _when_aside(code: str):
    return patterns.compile(rf",\s+(?:{patterns.phrases(lang.words(code, 'when_clauses'))})\b[^,;:]*,", patterns.IGNORECASE)


@cache
def _closing_aside(code: str):
    openers = [*lang.words(code, "period_asides"), *lang.words(code, "comment_asides")]
    return patterns.compile(rf",\s+(?:{patterns.phrases(openers)})\b", patterns.IGNORECASE)


@lru_cache(maxsize=4)
def _asides(text: str, code: str) -> tuple[tuple[int, int], ...]:
    """The sentence's asides as (opening comma, closing comma): once per sentence for all its
    figures. No semicolon or colon inside one."""
    out = []
    opening = text.find(",")
    while opening >= 0:
        closing = text.find(",", opening + 1)
        if closing < 0:
            break
        words = text[opening + 1:closing].split()
        if any(" ".join(words[:n]).lower() in _openers(code) for n in (1, 2, 3) if len(words) >= n) \
                and not any(c in text[opening:closing] for c in ";:"):  # "que", "al que", "a la que"
            out.append((opening, closing))
        opening = closing
    return tuple(out)


@cache
def _openers(code: str) -> frozenset[str]:
    return lang.words(code, "relative_asides")
