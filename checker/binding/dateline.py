"""A dateline ("SAN SALVADOR (Reuters) —", "TEGUCIGALPA / SAN SALVADOR (EFE). —", "SAN SALVADOR."):
where the reporter filed from, which is no figure's place (binding.subject)."""
from __future__ import annotations

from checker import patterns
from checker.binding.reference_places import Place

ACRONYM_LETTERS = 4  # a place written in capitals with more letters than this is a dateline ("GUATEMALA CITY")


def without_dateline(text: str, places: list[Place]) -> list[Place]:
    """The places without the dateline's ("SAN SALVADOR (Reuters) —"): where the reporter filed
    from is no figure's place."""
    end = _dateline_end(text, places)
    return [p for p in places if p[0] >= end] if end else places


def _dateline_end(text: str, places: list[Place]) -> int:
    """Where the dateline that opens ``text`` ends, else 0: a place in capitals first in the
    sentence, then the dateline's tail."""
    first = min(places, default=None)
    if first is None or not text[first[0]:first[1]].isupper() or text[:first[0]].strip(_DATELINE_LEAD):
        return 0
    dateline = _DATELINE.match(text, first[1])
    if dateline is None or (dateline.group().endswith(".") or dateline.group()[-1:].isspace()) \
            and sum(ch.isalpha() for ch in text[first[0]:first[1]]) <= ACRONYM_LETTERS:
        return 0  # "U.S. officials said": an acronym and its full stop, no dateline
    return dateline.end()


# After a dateline's place: more places after a slash or a short word ("OSLO and BERGEN"), a state or
# country, a day ("Jan 4", "March 3, 2021"), an agency in brackets,
# then a dash, or a full stop that ends the sentence or a dash follows (", Utah (AP) —",
# " / OZ (EFE). —", ". ", as datelines are written in Spanish)
_DATELINE = patterns.compile(r"(?:(?:\s*/\s*|\s+[a-z]{1,3}\s+(?=[A-Z]{2}))[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
                             r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\)\s*)?(?:[—–-]|\.(?:\s*[—–-]|\s|$))")
_DATELINE_LEAD = " *_\"'“‘"
