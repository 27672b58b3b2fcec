"""A time that is a table's legend, told in prose: "the 2020 figures, with 2019 in parentheses:
Zembla 2,470 (2,810); Oz 1,120 (1,390)". It says what the parentheses hold, so it dates no figure
outside them: those take the sentence's other time ("the 2020 figures"). The words are the
language pack's (context.yaml ``legend_words``)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns
from checker.model import TimeMention


def without_legends(text: str, times: Sequence[TimeMention], code: str) -> Sequence[TimeMention]:
    """``times`` without those right before a ``legend_words`` phrase."""
    quick, after = _legend(code)
    if not any(word in text for word in quick):  # most sentences
        return times
    return [t for t in times if not after.match(text, t.end)]


@cache
def _legend(code: str):
    words = lang.load(code)["legend_words"]
    quick = tuple({max(word.split(), key=len) for word in words})  # "parentheses", "paréntesis"
    return quick, patterns.compile(rf"\s+(?:{patterns.phrases(words)})\b", patterns.IGNORECASE)
