"""Figures a contrast word sets against another of their sentence ("..., a rate of 45.3, against
36.35 in Zembla", "compared with Zembla's 36.35", "frente a los 36,35 de Zembla"): the places in their
own words, their owner's or tied after them are theirs only (binding.subject), and what they count
is the figure's they are set against (claims._antecedent, binding.focus.other_predicate). The words
are the language pack's ``contrast_links``."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns
from checker.binding.reference_places import Place
from checker.binding.unknown_places import link_pattern


def contrasted(text: str, spans: Sequence[tuple[int, int]], places: Sequence[Place],
               code: str = lang.DEFAULT) -> dict[int, list[Place]]:
    """Per figure that a contrast word introduces ("..., against about 5 in Zembla", "compared with
    Zembla's 5"), the places inside its words, its owner's or tied to it: those are its own, never
    another figure's of the sentence."""
    contrast = before_figure(code)
    link = link_pattern(code, "place_links")
    out: dict[int, list[Place]] = {}
    for k, (start, end) in enumerate(spans):
        digit = _DIGIT.search(text, start, end)  # a bound in the figure's words may be the contrast: "below the 61"
        hit = contrast.search(text, max(0, start - REACH), start)
        if hit or digit and contrast.search(text, start, digit.start()):
            at = hit.start("owner") if hit and hit.group("owner") else start
            out[k] = [p for p in places if at <= p[0] and p[1] <= end or p[0] >= end and link.fullmatch(text, end, p[0])]
    return out


REACH = 45  # characters before a figure in which its contrast word is sought
_DIGIT = patterns.compile(r"\d")


@cache
def before_figure(code: str):
    """A contrast link, an optional article and an optional owner's name in the possessive ("against
    the ", "compared with Zembla's "), ending where the text does."""
    pack = lang.load(code)
    links, articles, endings = (patterns.phrases(pack[table]) for table in
                                ("contrast_links", "leading_articles", "possessive_endings"))
    owner = rf"(?:[^\W\d_][\w.-]*\s+){{0,2}}[^\W\d_][\w.-]*(?:{endings})\s+" if pack["possessive_endings"] else "(?!)"
    return patterns.compile(rf"\b(?:{links})\s+(?:(?:{articles})\s+)?(?P<owner>{owner})?$", patterns.IGNORECASE)
