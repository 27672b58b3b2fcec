"""A figure named as its country's own (the language pack's ``national_figures``: "more than double
the national average of 14.6", "la media nacional, que fue de 14,6"): the figure right after the
phrase, a few lower-case words between, is about the country the sentence or the place in focus is
part of, not about the province its sentence is about; where no such country is established it is
about a place checker cannot name, so it takes no other. A bare number of a later sentence that
refers back to it ("A year earlier, the province had recorded 43.5") does not take its country:
the national figure is a yardstick, the place in focus stays the province (binding.subject). The phrase is no other figure's place
("Zembla's rate of 38, double the national average": 38 is Zembla's only), and the anaphor words
inside it ("the country average") point at no place (binding.subject.Focus.resolve), nor do those
naming the field a place is ranked in ("the highest rate in the country": ``ranks_within``)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding.unknown_places import LOWER_WORD

if TYPE_CHECKING:
    from checker.binding.subject import Focus

Place = tuple[int, int, str]


def tied(focus: Focus, text: str, span: tuple[int, int], places: Sequence[Place],
         paragraph: int, code: str) -> tuple[tuple[str, ...], str] | None:
    """The country and the evidence words of a national phrase right before the figure at ``span``
    ("the national average of 14.6"); None when none is."""
    before = [hit for hit in spans(text, code) if hit[1] <= span[0]]
    if not before:
        return None  # most figures follow no national phrase
    start, end = before[-1]
    if not _patterns(code)[1].fullmatch(text, end, span[0]) or any(end <= p[0] < span[0] for p in places):
        return None
    country = _country(focus, places, start, paragraph)
    return (country,) if country else (), f"{text[start:end]} ({country or 'its country not established'}{MARK}"


MARK = ": the national figure)"  # ends the evidence words of a national figure's subject


def is_national(claim) -> bool:
    """Whether a claim's subject is a national figure's (its evidence says so)."""
    own = claim.evidence("subject")
    return own is not None and own.words.endswith(MARK)


@lru_cache(maxsize=4)
def spans(text: str, code: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence names a national figure ("the country average"), once per sentence however
    many figures ask: its anaphor words point at no place."""
    phrase, _, cue = _patterns(code)
    if phrase is None or not _mentions(text, cue):
        return ()
    return tuple(m.span() for m in phrase.finditer(text))


def _mentions(text: str, cue: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Whether the sentence holds one of the adjectives and one of the nouns (substring tests: cheap)."""
    low = patterns.lowered(text) or text.lower()
    adjectives, nouns = cue
    return any(map(low.__contains__, adjectives)) and any(map(low.__contains__, nouns))


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
    and its adjectives and nouns in lower case, a quick test."""
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
            (tuple({a.lower() for a in adjectives}), tuple({n.lower() for n in nouns})))


def ranks_within(text: str, hit: re.Match[str], code: str) -> bool:
    """Whether an anaphor names the field a place is ranked in ("the highest rate in the country",
    "the nation's deadliest city"; ``ranking_words``); not a possessive after one ("the lowest in
    the country's history": the country's own)."""
    before, after, possessive = _ranking_patterns(code)
    if possessive.match(text, hit.end()):
        return after.match(text, hit.end()) is not None
    return before.search(text, max(0, hit.start() - _RANK_REACH), hit.start()) is not None


_RANK_REACH = 50  # characters before an anaphor in which a ranking word is sought


@cache
def _ranking_patterns(code: str):
    """A ranking word, at most three words and a place link, ending where the text does ("highest
    murder rate in "); a possessive and a ranking word ("'s deadliest")."""
    pack = lang.load(code)
    ranks, links = patterns.phrases(pack["ranking_words"]), patterns.phrases(pack["place_links"])
    return (patterns.compile(rf"\b(?:{ranks})\s+(?:[^\W\d_]+\s+){{0,3}}?(?:{links})\s+$", patterns.IGNORECASE),
            patterns.compile(rf"['’]s\s+(?:{ranks})\b", patterns.IGNORECASE), _OWNED_BY)


_OWNED_BY = patterns.compile(r"['’]s?\b")
