"""The sentence around a time expression: is a four-digit number a year here, does the sentence
speak of the future, which preposition stands before an expression.

Its one job: the context checks the time rules cannot make by themselves ("2000 people" is a
count, "Windows 2000" a name, "in 1850" a year). Shared by resolution and scanning.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.text import AnyCase

from .calendar import Anchor
from .grammar import Grammar

# Preposition directly before an atom, and what relation it gives.
PREFIX = AnyCase(
    r"\b(?P<prep>since|after|by|as\s+of|until|till|through|thru|up\s+to|before|between|from|in|on|"
    r"during|at|for|of|over|throughout|within|circa|starting|beginning)\s+(?:the\s+)?\Z"
)
PREP_RELATION = {"since": "since", "after": "since", "starting": "since", "beginning": "since",
                  "by": "by", "as of": "by", "until": "until", "till": "until", "through": "until",
                  "thru": "until", "up to": "until", "before": "until"}
# Prepositions after which a bare month, season or an old year (1000-1899) is a date.
TEMPORAL_PREPS = frozenset({"since", "after", "by", "as of", "until", "till", "through", "thru",
                             "before", "between", "from", "in", "during", "throughout", "circa",
                             "starting", "beginning", "of", "up to", "for", "on", "within", "over"})
# Prepositions after which 1000-1899 is a year ("in 1600", "since 1850").
_OLD_YEAR_PREPS = frozenset({"since", "after", "by", "until", "till", "through", "before", "between",
                             "from", "in", "during", "throughout", "circa", "starting", "beginning"})
# Prepositions that make a 1900-2100 number a year even before a plural noun ("in 2016 elections").
_STRONG_YEAR_PREPS = frozenset({"since", "after", "until", "till", "before", "in", "during",
                                "through", "throughout", "circa", "between"})

_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|next|upcoming|scheduled|forthcoming|due\s+to|expected\s+to|expects\s+to"
    r"|plans?\s+to|planned|set\s+to|going\s+to|intends?\s+to|aims?\s+to|would\s+begin)\b",
    re.IGNORECASE,
)

# Words after a 4-digit number that make it a quantity ("2000 mg", "2000 people").
_UNIT_WORDS = frozenset("""
percent per cent pct mg g kg km m mi cm mm ml l lb lbs oz ft sq square cubic mph kph kmh km/h
hp rpm cc kw mw gw kwh mwh btu calories cal acre hectare ha ton tonne metric gmt utc est edt
pst pdt bpd yen dollar euro pound
""".split())
_IRREGULAR_PLURALS = frozenset("""
people children men women police staff personnel cattle feet teeth mice geese sheep fish deer
persons crew media data
""".split())
_NOT_PLURAL = frozenset("""
this thus perhaps towards besides afterwards whereas across less unless always sometimes
nevertheless does goes says gets makes takes sees shows remains seems means becomes marks saw
was has its his hers yours ours theirs
""".split())
_QUANTITY_BEFORE = frozenset("""
about around approximately roughly nearly almost some over under than least most only just
estimated average total exactly top reached hit to additional another extra
""".split())
# Capitalized words that may stand before a year ("In 2016", "The 2016 race") — any other
# capitalized word makes it a name ("Euro 2020", "Windows 2000").
_YEAR_FRIENDLY_CAPS = frozenset("""
in since by during until till through before after from between and or of the a an early late mid
fiscal year this that its his her their our ad circa to for at on as with than but when while
summer winter spring fall autumn
""".split())

_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")
_WORDS_BEFORE_RE = re.compile(r"[^\W\d_]+|[$€£¥#]")



@dataclass(slots=True)
class Atom:
    """One time expression as a rule read it, before prepositions and ranges join it."""

    start: int
    end: int
    lo: dt.date | None
    hi: dt.date | None
    granularity: str
    basis: str  # explicit | relative | unresolved | inherited
    kind: str  # what joining needs to know: date, yearless, month, year, bare, ref, later, ...
    relation: str = "in"
    calendar: bool = True
    month: int | None = None  # for a year-less date that a range partner can complete
    day: int | None = None
    day2: int | None = None
    year: int | None = None  # a plain year awaiting its context check


class Context:
    """One sentence being read, with its anchor and grammar; whether it speaks of the future is
    decided only when asked."""

    __slots__ = ("_future", "anchor", "g", "sentence")

    def __init__(self, sentence: str, anchor: Anchor | None, g: Grammar):
        self.sentence, self.anchor, self.g, self._future = sentence, anchor, g, None

    @property
    def future(self) -> bool:
        if self._future is None:
            self._future = bool(_FUTURE.search(self.sentence))
        return self._future


def year_then_quantity(s: str, end: int) -> bool:
    """True when the word after a 4-digit number counts or measures it ("2000 people", "2000 mg")."""
    if end < len(s) and s[end] in "-–" and end + 1 < len(s) and s[end + 1].isalpha():
        return True  # "2000-year-old", "1500-mile"
    m = _WORD_AFTER.match(s, end)
    if not m:
        return False
    word = m[1]
    low = word.lower()
    if low in _UNIT_WORDS and (word.islower() or word.isupper()):
        return True
    if not word.islower():
        return False
    return low in _IRREGULAR_PLURALS or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
        and low not in _NOT_PLURAL)


def years_ok(g: Grammar, s: str, start: int, end: int, value: int, prep: str | None, partner: bool) -> bool:
    """Is the 4-digit number at s[start:end] a year here?

    A number 1900-2100 is a year unless a name, currency or quantity word stands before it or a
    counted noun or unit follows; 1000-1899 needs a temporal preposition or a range partner.
    ``partner`` means it is one end of a range whose other end is a year."""
    if s[max(0, start - 1):start] in ("-", "–", "/", "+"):
        return False
    words = _WORDS_BEFORE_RE.findall(s[max(0, start - 40):start])
    prev = words[-1] if words else None
    if prev and prev[0] in "$€£¥#":
        return False
    strong = prep in _STRONG_YEAR_PREPS
    if prev and prev[0].isupper() and not prev.isupper() and prev.lower() not in _YEAR_FRIENDLY_CAPS \
            and prev[:3].lower() not in g.month_prefixes:
        return False  # "Euro 2020", "Windows 2000"
    if prev and not strong and not partner:
        low = prev.lower()
        if low in _QUANTITY_BEFORE:
            return False
        if low == "as" and len(words) >= 2 and words[-2].lower() in ("many", "much", "few", "high", "low"):
            return False
    if value < 1900 and not (partner or prep in _OLD_YEAR_PREPS):
        return False
    if strong or (prev or "").lower() == "the":
        follower = _WORD_AFTER.match(s, end)
        return not (follower and follower[1].lower() in _UNIT_WORDS and follower[1].lower() not in ("est", "gmt", "utc"))
    return not year_then_quantity(s, end)




PREFIX_WINDOW = 24  # how far before an expression its preposition may start


def has_prefix(sentence: str, start: int) -> bool:
    """Is there a preposition right before ``sentence[start:]``?"""
    return bool(PREFIX.any_case.search(sentence, max(0, start - PREFIX_WINDOW), start))
