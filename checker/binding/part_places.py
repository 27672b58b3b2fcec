"""Places named after a figure that are only a part's or a share's, never the whole's: the examples
a part cue opens ("ten more killings, among them one in Zembla City") and the places a share cue
opens ("9,000 deportees, mostly from Zembla"). The words are the language pack's (``part_cues``
of arithmetic.yaml, ``share_cues`` of context.yaml)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns
from checker.binding.reference_places import Place, place_only_link_ends


def outside_examples(text: str, span: tuple[int, int], places: Sequence[Place], code: str) -> list[Place]:
    """``places`` less those in the examples a part cue opens right after the figure, before a
    semicolon ("ten more killings, among them one in Zembla City"), or in the words a share cue
    opens, before a comma that no name follows ("9,000 deportees, mostly from Zembla, Oz and Ruritania"):
    the examples' places, not the whole's."""
    cue = _examples_pattern(code).match(text, span[1])
    if cue is None:
        part = _part_pattern(code).match(text, span[1])  # "109,000 returned in 2019, of whom 65,000 from Zembla"
        end = part and _PART_END.search(text, part.end())
        return [p for p in places if not (part and part.end() <= p[0] < (end.start() if end else len(text)))]
    stop = _share_end.search(text, cue.end()) if cue.group("share") else None  # a list of names goes on past its commas
    end = stop.start() if stop else len(text)
    return [p for p in places if not (cue.end() <= p[0] < end and ";" not in text[cue.end():p[0]])]


_PART_END = patterns.compile(r";|,(?!\d)")  # a part's words end at a comma ("..., of whom 900 from Oz, according to ...")
_share_end = patterns.compile(r";|,(?!\s*[{}])".format(patterns.UPPER))  # a comma before no capitalised name


@cache
def _examples_pattern(code: str):
    """A few words without figures after a figure, a comma and a part cue (" more, among them"),
    or a share cue with no figure before the next comma (", mostly")."""
    pack = lang.load(code)
    cues, shares = patterns.phrases(pack["part_cues"]), patterns.phrases(pack["share_cues"])
    return patterns.compile(rf"[^\d,;.]{{0,40}},\s*(?:(?:{cues})\b(?![^;]*\d)|(?P<share>(?:{shares})\b)(?![^;,]*\d))",
                            patterns.IGNORECASE)


@cache
def _part_pattern(code: str):
    """A few words (a year among them) after a whole, a comma, a part cue and the part's own figure
    (", de los cuales 41.000"): the places after it, up to a comma, are the part's."""
    cues = patterns.phrases(lang.load(code)["part_cues"])
    return patterns.compile(rf"[^,;.]{{0,40}},\s*(?:{cues})\s+[^,;\d]{{0,20}}\d", patterns.IGNORECASE)


def the_parts(text: str, span: tuple[int, int], places: Sequence[Place], figures: Sequence[tuple[int, int]],
              code: str) -> list[Place]:
    """The places of a part figure (one of ``figures``) set right before the whole at ``span`` by a
    whole link ("900 of the 3,000", "a third of the 3,000"; ``whole_links``): those standing
    before the part with no figure between (an aside may) and no place link before them ("Zembla
    accounted for 900 of the 3,000 killings"): the part's places, never the whole's. A place after
    the whole may be either's ("a third of the 3,000 killings committed in Zembla took place in Oz")."""
    if not places:
        return []
    hit = _whole_pattern(code).search(text, max(0, span[0] - _WHOLE_REACH), span[0])
    part = next((lo for lo, hi in figures if hi == hit.start()), None) if hit else None
    if part is None:
        return []
    links = place_only_link_ends(code)
    return [p for p in places if p[1] <= part and _SUBJECT_GAP.fullmatch(text, p[1], part)
            and (text[:p[0]].rstrip().rsplit(None, 1)[-1:] or [""])[0].lower() not in links]


_WHOLE_REACH = 20  # characters before a whole in which its link to the part figure is sought
_SUBJECT_GAP = patterns.compile(r"[^;:()\d]{1,80}")  # the part's verb, maybe after an aside (", where ..., had ")


@cache
def _whole_pattern(code: str):
    """A whole link ending where the text does: " of the "."""
    links = patterns.phrases(lang.load(code)["whole_links"])
    return patterns.compile(rf"\s+(?:{links})\s+$", patterns.IGNORECASE)

