""""The capital" (the language pack's ``capital_words``) tied to a figure ("and 76 in the capital", "y
en la capital, 58"): the capital city of the country the sentence or the discourse is about, when
the rules name it (a city entity with ``capital: true``); otherwise a place checker cannot name,
so the figure takes no other, never the city named before it. A "the capital" not tied to a figure
("swept through the capital", "74 kilometres from the capital") is no figure's place."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding.unknown_places import UNKNOWN

if TYPE_CHECKING:
    from checker.binding.subject import Focus

Place = tuple[int, int, str]


def tied(focus: Focus, text: str, span: tuple[int, int], places: Sequence[Place], known: Sequence[tuple[int, int]],
         paragraph: int, code: str) -> tuple[tuple[str, ...], str] | None:
    """The places and the evidence words of a "the capital" tied to the figure at ``span``: after it and
    a place-only link ("76 in the capital") or right before it ("and in the capital, 76"); None for none.
    ``known``: the spans of the sentence's names (a capital named right after it, "the capital, Zembla
    City", is that name)."""
    tails, after, before = _patterns(code)
    if not any(map(text.__contains__, tails)):
        return None  # most sentences name no capital (in lower case, as a phrase tied to a figure has it)
    hit = after.match(text, span[1]) or before.search(text, max(0, span[0] - _REACH), span[0])
    if hit is None or any(a <= hit.start(1) < b for a, b in known):
        return None
    city = _city(focus, places, hit.start(1), paragraph)
    if city is None:
        return (), f"{hit.group(1)}{UNKNOWN}"
    return (city,), f"{hit.group(1)} ({city})"


def _city(focus: Focus, places: Sequence[Place], at: int, paragraph: int) -> str | None:
    """The capital of the last country its sentence names before ``at``, else of the country in focus,
    else of the country of the last place named before it."""
    before = [p[2] for p in sorted(places) if p[1] <= at]
    countries = [name for name in before if focus.types.get(name) == "country"]
    country = countries[-1] if countries else focus.in_focus(paragraph, "country", focus.types)
    if country is not None:
        return focus.capitals.get(country)
    return next((focus.capitals[name] for name in reversed(before) if name in focus.capitals), None)


_REACH = 30  # characters before a figure in which its "in the capital" is sought


@cache
def _patterns(code: str):
    """The capital's phrases in lower case (a quick test); the phrases after a figure and a
    place-only link; before one, maybe
    with a short link word between ("y en la capital a 58")."""
    pack = lang.load(code)
    words = pack["capital_words"]
    if not words:
        return (), None, None
    links = patterns.phrases(pack["place_only_links"])
    capital = patterns.phrases(words)
    return (tuple(sorted({w.lower() for w in words})),  # "the capital", in lower case as tied phrases are
            patterns.compile(rf"\s+(?:[^\W\d]+\s+){{0,2}}?(?:{links})\s+({capital})\b", patterns.IGNORECASE),
            patterns.compile(rf"\b(?:{links})\s+({capital})(?:\s+[^\W\d]{{1,2}})?\W*$", patterns.IGNORECASE))
