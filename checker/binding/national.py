"""A figure named as its country's own (the language pack's ``national_figures``: "more than double
the national average of 16.1", "la media nacional, que fue de 16,1"): the figure right after the
phrase, a few lower-case words between, is about the country the sentence or the place in focus is
part of, not about the province its sentence is about; where no such country is established it is
about a place checker cannot name, so it takes no other. The phrase is no other figure's place
("Zembla's rate of 38, double the national average": 38 is Zembla's only), and the anaphor words
inside it ("the country average") point at no place (binding.subject.Focus.resolve)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding.unknown_places import LOWER_WORD

if TYPE_CHECKING:
    from checker.binding.subject import Focus

Place = tuple[int, int, str]
_REACH = 60  # characters before a figure in which its phrase is sought


def tied(focus: Focus, text: str, span: tuple[int, int], places: Sequence[Place],
         paragraph: int, code: str) -> tuple[tuple[str, ...], str] | None:
    """The country and the evidence words of a national phrase right before the figure at ``span``
    ("the national average of 16.1"); None when none is."""
    phrase, gap, cue = _patterns(code)
    if phrase is None or not cue.search(text, max(0, span[0] - _REACH), span[0]):
        return None  # most figures follow no national phrase
    hit = None
    for hit in phrase.finditer(text, max(0, span[0] - _REACH), span[0]):
        pass  # the last one before the figure
    if hit is None or not gap.fullmatch(text, hit.end(), span[0]) \
            or any(hit.end() <= p[0] < span[0] for p in places):
        return None
    country = _country(focus, places, hit.start(), paragraph)
    if country is None:
        return (), f"{hit.group(0)} (its country not established)"
    return (country,), f"{hit.group(0)} ({country})"


def spans(text: str, code: str) -> list[tuple[int, int]]:
    """Where the sentence names a national figure ("the country average"): its anaphor words point at no place."""
    phrase, _, cue = _patterns(code)
    if phrase is None or not cue.search(text):
        return []
    return [m.span() for m in phrase.finditer(text)]


def _country(focus: Focus, places: Sequence[Place], at: int, paragraph: int) -> str | None:
    """The country of the last place its sentence names before ``at``, else of the one country its
    places are in, else of the place in focus (the paragraph's, else the article's main place)."""
    ordered = sorted(places)
    before = [p[2] for p in ordered if p[1] <= at]
    for name in reversed(before):
        country = _of(focus, name)
        if country is not None:
            return country
    for names in ([p[2] for p in ordered], focus.names if paragraph == focus.paragraph else (), focus.main):
        countries = {c for c in (_of(focus, name) for name in names) if c is not None}
        if len(countries) == 1:
            return next(iter(countries))
    return None


def _of(focus: Focus, name: str) -> str | None:
    """The country a place is, or is part of; None for a region or a place of no known country."""
    return name if focus.types.get(name) == "country" else focus.country_of.get(name)


@cache
def _patterns(code: str):
    """The national phrase ("national homicide rate", "tasa de homicidios nacional"), what may stand
    between it and its figure (" of ", " stood at ", " (", ", at ", ", which stood at ", ", que fue
    de "; after a comma, a word at most unless a relative opens them: not ", the city recorded "),
    and its adjectives as a quick test."""
    groups = lang.load(code)["national_figures"]
    before, after, nouns = groups.get("before", []), groups.get("after", []), groups.get("nouns", [])
    relatives = patterns.phrases(groups.get("relatives", []))  # none: never matches
    if not nouns or not (before or after):
        return None, None, None
    noun = patterns.phrases(nouns)
    forms = []
    if before:
        forms.append(rf"\b(?:{patterns.phrases(before)})\s+(?:{LOWER_WORD}\s+)?(?:{noun})\b")
    if after:
        forms.append(rf"\b(?:{noun})\s+(?:{LOWER_WORD}\s+){{0,2}}?(?:{patterns.phrases(after)})\b")
    adjectives = [*before, *after]
    return (patterns.compile("|".join(forms), patterns.IGNORECASE),
            patterns.compile(rf"\s+(?:{LOWER_WORD}\s+){{0,4}}|\s*\(\s*|\s*[,:]\s*(?:{LOWER_WORD}\s+)?"
                             rf"|\s*,\s+(?:{relatives})\s+(?:{LOWER_WORD}\s+){{0,3}}", patterns.IGNORECASE),
            patterns.compile(rf"\b(?:{patterns.phrases(adjectives)})\b", patterns.IGNORECASE))
