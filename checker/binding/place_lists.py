"""Places written as one list ("Guatemala, El Salvador and Honduras"): what one link before the list
says of its first place it says of them all ("deported from Zembla and Oz")."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns
from checker.binding.reference_places import Place


def chains(text: str, places: Sequence[Place], code: str) -> list[list[Place]]:
    """The places grouped into lists, in order; a place listed with none is a list of one."""
    separator = list_separator_pattern(code)
    found: list[list[Place]] = []
    for p in sorted(places):
        if found and separator.fullmatch(text, found[-1][-1][1], p[0]):
            found[-1].append(p)
        else:
            found.append([p])
    return found


@cache
def list_separator_pattern(code: str):
    """What stands between two places of one list: ", ", " and ", ", or "."""
    coordinators = patterns.phrases(lang.load(code)["coordinators"])
    return patterns.compile(rf"\s*,\s*(?:(?:{coordinators})\s+)?|\s+(?:{coordinators})\s+", patterns.IGNORECASE)
