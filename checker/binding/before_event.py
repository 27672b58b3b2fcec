"""A time counted back from an event the sentence names, not from the time in focus: "the week
before the riot", "la semana anterior a la masacre". The text seldom dates that event where a
figure's reading can find it, so the figure's period is left unresolved rather than moved from
whatever time was named last. The phrases are the pack's (``before_an_event``)."""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from re import Pattern

from checker import lang, patterns
from checker.model import TimeMention, TimeScope


def counted_back(text: str, t: TimeMention, code: str) -> TimeScope | None:
    """``t``'s period left unresolved when ``t`` points back from the event named right after it
    ("The week before the uprising, 37 were killed"); None when it does not (most references)."""
    if t.relation != "reference" or not _before_an_event(code).match(text, max(0, t.end - 12)):
        return None
    return replace(t.scope, start=None, end=None, basis="unresolved", text=f"{t.scope.text} (an event's, undated)")


@cache
def _before_an_event(code: str) -> Pattern[str]:
    """A phrase of ``before_an_event`` that the reference ends in, then a word (no figure, no year)."""
    words = patterns.phrases(lang.load(code)["before_an_event"])
    return patterns.compile(rf".{{0,12}}?\b(?:{words})\s+[^\W\d]", patterns.IGNORECASE)
