"""The way a change of the rate in focus went when a count of its points states it with its
direction told before it (binding.focus: "volvió a subir, 3,4"; "4,8 y 1,6 puntos")."""
from __future__ import annotations

from collections.abc import Collection
from functools import cache
from re import Pattern

from checker import lang, patterns
from checker.model import Claim


def right_before(text: str, start: int, code: str) -> str | None:
    """The way a change verb or noun right before a figure, a comma between, says it went ("volvió
    a subir, 3,4"): the figure is the size of that change; None when none stands there."""
    for way, pattern in _change_words(code).items():
        if pattern.search(text, max(0, start - 40), start):
            return way
    return None


def listed(text: str, start: int, previous: Claim | None, rates: Collection[str], code: str) -> str | None:
    """The way of the change before a figure in its sentence that it goes on with as a list of
    changes of the rate ("4,8 y 1,6 puntos"): only a coordinator between them."""
    if previous is None or previous.unit not in rates or previous.change not in ("up", "down"):
        return None
    at = text.rfind(previous.text, 0, start)
    joined = patterns.phrases(lang.load(code)["coordinators"])
    if at < 0 or not patterns.compile(rf"\s*(?:,|,?\s*(?:{joined}))\s*", patterns.IGNORECASE).fullmatch(
            text, at + len(previous.text), start):
        return None
    return previous.change


@cache
def _change_words(code: str) -> dict[str, Pattern[str]]:
    return {way: patterns.compile(rf"\b(?:{patterns.phrases(words)})\s*,\s*$", patterns.IGNORECASE)
            for way, words in lang.load(code)["changes"].items()}
