""""The capital" (a ``capital`` kind of ``place_anaphors``): the capital city of the country the
sentence or the discourse is about, when the rules name it (an entity with ``capital: true``);
otherwise no place at all, never the city named before it ("53.4 in San Pedro Sula and 76 in the
capital")."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns

if TYPE_CHECKING:
    from checker.binding.subject import Focus

KIND = "capital"  # the kind of place_anaphors that names a capital


def city(focus: Focus, places: Sequence[tuple[int, int, str]], at: int, paragraph: int,
         types: dict[str, str]) -> str | None:
    """The capital "the capital" at ``at`` stands for: that of the last country its sentence names
    before it, else of the country in focus, else of the country of the last place named before it."""
    before = [p[2] for p in sorted(places) if p[1] <= at]
    countries = [name for name in before if types.get(name) == "country"]
    country = countries[-1] if countries else focus.in_focus(paragraph, "country", types)
    if country is not None:
        return focus.capitals.get(country)
    return next((focus.capitals[name] for name in reversed(before) if name in focus.capitals), None)


def unresolved(text: str, span: tuple[int, int], known: Sequence[tuple[int, int]], code: str) -> str | None:
    """The words of a "the capital" tied to the figure at ``span`` that no known city stands for
    (``known``: the spans of the sentence's places, those the anaphors point at too): after it and a
    place-only link ("and 76 in the capital"), or right before it ("and in the capital, 76")."""
    check, after, before = _patterns(code)
    if check is None or not check.search(text):
        return None  # most sentences name no capital
    hit = after.match(text, span[1]) or before.search(text, max(0, span[0] - _REACH), span[0])
    if hit is None or any(a <= hit.start(1) < b for a, b in known):
        return None
    return hit.group(1)


_REACH = 30  # characters before a figure in which its "in the capital" is sought


@cache
def _patterns(code: str):
    """The capital's phrases as a quick check, after a figure and a place-only link, and before one."""
    pack = lang.load(code)
    words = pack["place_anaphors"].get(KIND, ())
    if not words:
        return None, None, None
    links = patterns.phrases(pack["place_only_links"])
    capital = patterns.phrases(words)
    tails = tuple(sorted({w.split()[-1].lower() for w in words}))
    return (patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(words, word_start=True)})\b", contains=tails),
            patterns.compile(rf"\s+(?:[^\W\d]+\s+){{0,2}}?(?:{links})\s+({capital})\b", patterns.IGNORECASE),
            patterns.compile(rf"\b(?:{links})\s+({capital})\W*$", patterns.IGNORECASE))
