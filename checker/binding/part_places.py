"""Places named after a figure that are only a part's or a share's, never the whole's: the examples
a part cue opens ("ten more killings, among them one in Zembla City") and the places a share cue
opens ("9,000 deportees, mostly from Zembla"). The words are the language pack's (``part_cues``
of arithmetic.yaml, ``share_cues`` of context.yaml)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns
from checker.binding.reference_places import Place


def outside_examples(text: str, span: tuple[int, int], places: Sequence[Place], code: str) -> list[Place]:
    """``places`` less those in the examples a part cue opens right after the figure, before a
    semicolon ("ten more killings, among them one in Zembla City"), or in the words a share cue
    opens, before a comma that no name follows ("9,000 deportees, mostly from Zembla, Oz and Ruritania"):
    the examples' places, not the whole's."""
    cue = _examples_pattern(code).match(text, span[1])
    if cue is None:
        return list(places)
    stop = _share_end.search(text, cue.end()) if cue.group("share") else None  # a list of names goes on past its commas
    end = stop.start() if stop else len(text)
    return [p for p in places if not (cue.end() <= p[0] < end and ";" not in text[cue.end():p[0]])]


_share_end = patterns.compile(r";|,(?!\s*[{}])".format(patterns.UPPER))  # a comma before no capitalised name


@cache
def _examples_pattern(code: str):
    """A few words without figures after a figure, a comma and a part cue (" more, among them"),
    or a share cue with no figure before the next comma (", mostly")."""
    pack = lang.load(code)
    cues, shares = patterns.phrases(pack["part_cues"]), patterns.phrases(pack["share_cues"])
    return patterns.compile(rf"[^\d,;.]{{0,40}},\s*(?:(?:{cues})\b(?![^;]*\d)|(?P<share>(?:{shares})\b)(?![^;,]*\d))",
                            patterns.IGNORECASE)
