"""Who a sentence attributes its figures to ("according to the Interior Ministry", "police said"),
named canonically when the source is a known entity.
"""
from __future__ import annotations

import re

from checker import patterns

# Attribution patterns, each with the words one of which it needs: as written, or (``any_case``)
# in the lower-cased sentence. Most sentences hold none, and a few ``in`` tests cost less than
# one regex scan.
ATTRIBUTION = (
    (("accord",), True,
     patterns.compile(r"\b(?i:according to) (?:an? |the )?(?:(?:new |recent |official )?(?:report|investigation|study|data|figures|analysis|statement|news release|release) (?:from|by|of) )?(?:the )?([A-Z][\w.&'’-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w.&'’-]*)*)")),
    (("citing",), False,
     patterns.compile(r"\bciting (?:the )?([A-Z][\w.&'’-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w.&'’-]*)*)")),
    (("cited",), False,
     patterns.compile(r"\bcited by (?:the )?([A-Z][\w.&'’-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w.&'’-]*)*)")),
    (("said", "says", "report", "noted", "added", "found", "estimat", "told"), False,
     patterns.compile(r"\b((?:[Tt]he )?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*|the paper|the newspaper|the report) (?:said|says|reported|reports|noted|added|found|estimated|estimates|told)\b")),
)


_PAPER = patterns.compile(r"^(?:the )?(?:paper|newspaper|report)$", re.IGNORECASE)
_THE_ANY_CASE = patterns.compile(r"^the ", re.IGNORECASE)
_THE = patterns.compile(r"^[Tt]he ")


def find(text: str, entity_of: dict[str, str], last: str | None) -> tuple[str | None, str | None]:
    """The sentence's attribution and the one to remember for later sentences: a source named
    ("police said") becomes both; "the paper said" repeats the last one named; none leaves it.
    ``entity_of`` maps lower-case aliases to names."""
    low = None
    for cues, any_case, pattern in ATTRIBUTION:
        if any_case and low is None:
            low = text.lower()
        haystack = low if any_case else text
        if not any(map(haystack.__contains__, cues)):
            continue
        match = pattern.search(text)
        if not match:
            continue
        name = match.group(1).strip()
        if name.endswith(".") and len(name) > 1 and name[-2].islower():
            name = name[:-1]  # the sentence's full stop, not an abbreviation like "U.S."
        if _PAPER.match(name):
            return last, last
        canonical = entity_of.get(name.lower()) or entity_of.get(_THE_ANY_CASE.sub("", name).lower())
        if canonical is None and (name.split()[0].lower() in ("the", "officials", "he", "she", "they", "it")):
            if len(name.split()) == 1:
                continue
        result = canonical or _THE.sub("", name)
        return result, result
    return None, last
