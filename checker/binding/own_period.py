"""A figure's own period phrase that names no date: "31 over the whole term", "an average of 22 a
week in the truce's first year", "47,300 members in its first weeks", "en todo su mandato". The
figure counts over that stretch, which the text does not date: it takes no time of another clause
of its sentence and is left unresolved (a sentence with no other time is read as before). The openers, the words that make it a stretch of one thing
(whole, first, its) and the nouns of a stretch are the pack's (context.yaml ``own_period_openers``,
``own_period_qualifiers``, ``own_period_nouns``); a time expression there is read as usual."""
from __future__ import annotations

from functools import cache

from checker import lang, patterns
from checker.model import Quantity, TimeMention, TimeScope


def phrase(text: str, q: Quantity, times: list[TimeMention], code: str = lang.DEFAULT) -> TimeScope | None:
    """The unresolved period of figure ``q`` when its own period phrase follows it and the sentence
    names another time it could take; else None (with no other time, it is read as before)."""
    if not times:
        return None
    found = _pattern(code).match(text, q.end)
    if found is None or any(q.end <= t.start <= found.end() + 3 for t in times):
        return None
    words = found.group(1).lower().split()
    if words[-1] in _units(code) and not _owned(words, text[found.end():found.end() + 5].lower().split(), code):
        return None  # "61,000 in the first year": of what, the text does not say here
    return TimeScope(None, None, " ".join(found.group(1).split()), "unresolved", "span")


def _owned(words: list[str], after: list[str], code: str) -> bool:
    """Whether a stretch named by a unit of time says whose it is: a possessive ("the truce's first year",
    "its first weeks") or an owner after it ("the first year of the truce")."""
    owners = lang.words(code, "own_period_owners")
    return any(w.endswith(("'s", "’s")) or w in owners for w in words[1:-1]) or bool(after[:1]) and after[0] in owners


@cache
def _units(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lang.load(code)["time_units"])


@cache
def _pattern(code: str):
    openers = patterns.phrases(lang.phrases(code, "own_period_openers"))
    qualifiers = patterns.phrases(lang.phrases(code, "own_period_qualifiers"))
    nouns = patterns.phrases(lang.phrases(code, "own_period_nouns"))
    word = r"[^\W\d_]+(?:['’]s?)?\s+"
    return patterns.compile(rf",?\s+((?:{openers})\s+(?:{word}){{0,2}}?(?:{qualifiers})\s+(?:{word})?(?:{nouns}))"
                            r"(?![\w'’-])", patterns.IGNORECASE)
