"""A figure's own period phrase that names no date: "37 over the whole term", "an average of 38 a
week in the truce's first year", "58,600 members in its first weeks", "en todo su mandato". The
figure counts over that stretch, which the text does not date: it takes no time of another clause
of its sentence and is left unresolved. The openers, the words that make it a stretch of one thing
(whole, first, its) and the nouns of a stretch are the pack's (context.yaml ``own_period_openers``,
``own_period_qualifiers``, ``own_period_nouns``); a time expression there is read as usual."""
from __future__ import annotations

from functools import cache

from checker import lang, patterns
from checker.model import Quantity, TimeMention, TimeScope


def phrase(text: str, q: Quantity, times: list[TimeMention], code: str = lang.DEFAULT) -> TimeScope | None:
    """The unresolved period of figure ``q`` when its own period phrase follows it; else None."""
    found = _pattern(code).match(text, q.end)
    if found is None or any(q.end <= t.start <= found.end() + 3 for t in times):
        return None
    return TimeScope(None, None, " ".join(found.group(1).split()), "unresolved", "span")


@cache
def _pattern(code: str):
    openers = patterns.phrases(lang.phrases(code, "own_period_openers"))
    qualifiers = patterns.phrases(lang.phrases(code, "own_period_qualifiers"))
    nouns = patterns.phrases(lang.phrases(code, "own_period_nouns"))
    word = r"[^\W\d_]+(?:['’]s?)?\s+"
    return patterns.compile(rf",?\s+((?:{openers})\s+(?:{word}){{0,2}}?(?:{qualifiers})\s+(?:{word})?(?:{nouns}))"
                            r"(?![\w'’-])", patterns.IGNORECASE)
