"""Figures joined by a coordinator in one clause ("Zembla fell to 29th with 628 killings and a rate
of 44.81"): the second names no place of its own and is about the places of the first."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns
from checker.binding.reference_places import Place


def shared_places(text: str, span: tuple[int, int], clause: tuple[int, int], places: Sequence[Place],
                  elsewhere: Sequence[tuple[int, int]], code: str) -> list[Place]:
    """The places a figure joined by a coordinator to the figure right before it in its clause
    shares with it ("Zembla fell to 29th with 628 killings and a rate of 44.81"): those its clause
    names before that figure and after any figure before it. Any pause between the two figures, or
    a long gap, joins nothing."""
    before = [(lo, hi) for lo, hi in elsewhere if clause[0] <= lo and hi <= span[0]]
    if not before or not joins(text, max(hi for _, hi in before), span[0], code):
        return []
    head = max(lo for lo, _ in before)  # the figure joined to, and the one before it, if any
    after = max([clause[0], *(hi for lo, hi in before if hi <= head)])
    return [p for p in places if after <= p[0] and p[1] <= head]


def joins(text: str, end: int, start: int, code: str) -> bool:
    """Whether the words between a figure ending at ``end`` and one starting at ``start`` join the
    two by a coordinator, with no pause ("628 killings and a rate of 44.81")."""
    gap = text[end:start]
    return 0 < len(gap) <= _JOINED_GAP and _joined_pattern(code).fullmatch(gap) is not None


_JOINED_GAP = 40  # characters between two figures one coordinator joins ("killings and a rate of")


@cache
def _joined_pattern(code: str):
    words = patterns.phrases(lang.load(code)["coordinators"])
    return patterns.compile(rf"[^,;:.()\[\]—–]*\b(?:{words})\b[^,;:.()\[\]—–]*", patterns.IGNORECASE)
