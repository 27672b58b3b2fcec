""""The neighbouring country" ("el país vecino"): not the country in focus, as "the country" is,
but another one next to it. It points back at a country only where the discourse names one
safely: the last country named before it, in its sentence or earlier in its paragraph, that is not
the article's main place (whose neighbour it is). Otherwise it names a place checker does not
know: the figures it is the subject of have no place, never the one in focus. The phrases are the
language pack's (context.yaml ``neighbour_anaphors``)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding.reference_places import Place

if TYPE_CHECKING:
    from checker.binding.subject import Focus

_COUNTRY = "country"


def neighbours(focus: Focus, text: str, paragraph: int, places: Sequence[Place], types: dict[str, str],
            code: str) -> tuple[list[Place], list[tuple[int, int]]]:
    """The countries the sentence's neighbour anaphors point back at, and the spans of all of them
    (those of the ones that point at none are places not established)."""
    pattern, quick = _patterns(code)
    if quick is None or not quick.search(text):
        return [], []  # most sentences
    main = focus.article_place  # whose neighbour it is
    found, spans = [], []
    for hit in pattern.finditer(text):
        spans.append(hit.span())
        before = [p[2] for p in sorted(places) if p[1] <= hit.start() and types.get(p[2]) == _COUNTRY
                  and p[2] not in main]  # "with Zembla, hard on Ruritanian officials. The neighbour ...": Zembla
        name = before[-1] if before else focus.neighbour[1] if focus.neighbour and focus.neighbour[0] == paragraph \
            else None
        if name is not None and main:
            found.append((*hit.span(), name))
    return found, spans


def unknown_neighbour(spans: Sequence[tuple[int, int]], text: str, start: int, places: Sequence[Place]) -> str | None:
    """The words of a neighbour anaphor that points at no country and stands before the figure at
    ``start``, no figure nor place between (the subject of its verb): the figure's place is not established."""
    before = [(a, b) for a, b in spans if b <= start and not _DIGIT.search(text, b, start)
              and not any(b <= p[0] and p[1] <= start for p in places)]
    return f"{text[before[-1][0]:before[-1][1]]} (no neighbour named before: its place is not established)" \
        if before else None


_DIGIT = patterns.compile(r"\d")


@cache
def _patterns(code: str):
    """The phrases as whole words, and a quick test of them for sentences that hold none (most)."""
    words = lang.load(code)["neighbour_anaphors"]
    if not words:
        return None, None
    longest = tuple(sorted({max(phrase.lower().split(), key=len) for phrase in words}))  # "vecino", "neighbouring"
    return patterns.compile(rf"\b(?:{patterns.phrases(words)})\b", patterns.IGNORECASE), \
        patterns.PhraseCheck(lambda phrases: rf"\b(?:{phrases(words)})\b", contains=longest)
