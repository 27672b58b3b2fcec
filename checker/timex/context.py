"""The sentence around a time expression: is a four-digit number a year here, does the sentence
speak of the future, which preposition stands before an expression.

Its one job: the context checks the time rules cannot make by themselves ("2000 people" is a
count, "Windows 2000" a name, "in 1850" a year). Shared by resolution and scanning.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checker import patterns

from .calendar import Anchor
from .grammar import PLAIN, Grammar

_WORD_AFTER = r"\s*([^\W\d_]+)"
_WORDS_BEFORE = r"[^\W\d_]+|[$€£¥#]"
_POSSESSIVE = r"\b[A-Z][^\W\d_]*['’]s\s+$"  # a name's possessive before a number determines it as "the" does
PREFIX_WINDOW = 24  # how far before an expression its preposition may start


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
            self._future = bool(self.g.future.search(self.sentence))
        return self._future

    def future_at(self, start: int) -> bool:
        """Whether the sentence speaks of the future for an expression at ``start``: not when its only
        future tense stands in a later clause a comma and a coordinator open ("capturó a 1.200 el 15 de
        marzo, y el ministro pedirá una prórroga": that 15 March is past), nor when a clause told in
        the past holds it ("will release the aid it froze in March")."""
        if not self.future or self.g.past_clause.search(self.sentence, max(0, start - 80), start):
            return False
        later = self.g.clause_join.search(self.sentence, start)
        return later is None or self.g.future.search(self.sentence, 0, later.start())


def year_then_quantity(g: Grammar, s: str, end: int) -> bool:
    """True when the word after a 4-digit number counts or measures it ("2000 people", "2000 mg")."""
    if end < len(s) and s[end] in "-–" and end + 1 < len(s) and s[end + 1].isalpha():
        return True  # "2000-year-old", "1500-mile"
    m = patterns.compile(_WORD_AFTER).match(s, end)
    if not m:
        return False
    word = m[1]
    low = word.lower()
    if low in g.year_unit_words and (word.islower() or word.isupper()):
        return not g.rate_base.match(s, end)  # "las tasas de 2023 por 100.000 habitantes": the year's rates
    if not word.islower():
        return False
    return low in g.year_count_nouns or (
        len(low) > 3 and low.endswith(g.plural_endings) and not low.endswith(g.singular_endings)
        and low not in g.not_plurals)


def _quantity_word_before(g: Grammar, words: list[str]) -> bool:
    """"about 2000", "as many as 2000": the words before make the number a quantity."""
    low = words[-1].lower()
    if low in g.quantity_before:
        return True
    return low in g.quantity_as and len(words) >= 2 and words[-2].lower() in g.quantity_as[low]


def _opens_a_when_clause(g: Grammar, s: str, end: int) -> bool:
    """A comma and a word of ``year_when_clauses`` right after the number ("in contrast to 2015,
    when ..."): the clause tells of a time, so the number is that year, whatever word stands before."""
    m = _COMMA_WORD.match(s, end)
    return m is not None and m[1].lower() in g.when_clauses


_COMMA_WORD = patterns.compile(r",\s*([^\W\d_]+)")  # a comma and the word after it


def _name_before(g: Grammar, prev: str) -> bool:
    """"Euro 2020", "Windows 2000": a capitalised word (not a month) names the number."""
    return prev[0].isupper() and not prev.isupper() and prev.lower() not in g.friendly_caps \
        and prev[:3].lower() not in g.month_prefixes


def _clause_break_before(s: str, start: int) -> bool:
    """A comma, semicolon or colon right before the number: the capitalised word before it ends a
    phrase ("Para la Fiscalía, 2019 terminó con ...") and does not name it."""
    return s[max(0, start - 3):start].rstrip()[-1:] in (",", ";", ":")


def years_ok(g: Grammar, s: str, start: int, end: int, value: int, prep: str | None, partner: bool) -> bool:
    """Is the 4-digit number at s[start:end] a year here?

    A number 1900-2100 is a year unless a name, currency or quantity word stands before it or a
    counted noun or unit follows; 1000-1899 needs a temporal preposition or a range partner.
    ``partner`` means it is one end of a range whose other end is a year."""
    if s[max(0, start - 1):start] in ("-", "–", "/", "+"):
        return False
    words = patterns.compile(_WORDS_BEFORE).findall(s[max(0, start - 40):start])
    prev = words[-1] if words else None
    if prev and prev[0] in "$€£¥#":
        return False
    strong = prep in g.year_preps
    if prev and _name_before(g, prev) and not _clause_break_before(s, start):
        return False
    if g.figure_heads.search(s, max(0, start - 30), start) and not year_then_quantity(g, s, end):
        return True  # "La cifra de 2023 supone ...": the year that figure is of (not "una cifra de 2000")
    if prev and not strong and not partner and _quantity_word_before(g, words) and not _opens_a_when_clause(g, s, end) \
            and s[end:end + 1] != "?":  # "What about 2020?": a question of a year, not "about 2,020"
        return False
    if value < 1900 and not (partner or prep in g.old_year_preps):
        return False
    if strong or (prev or "").lower() in g.determiners:
        follower = patterns.compile(_WORD_AFTER).match(s, end)
        return not (follower and follower[1].lower() in g.year_unit_words
                    and follower[1].lower() not in g.year_zone_words)
    if patterns.compile(_POSSESSIVE).search(s, max(0, start - 40), start):  # "the Justice Ministry's 2014 figures"
        follower = patterns.compile(_WORD_AFTER).match(s, end)
        return not (follower and follower[1].lower() in g.year_unit_words | g.year_count_nouns)
    return not year_then_quantity(g, s, end)


def prefix(g: Grammar, s: str, lo: int, start: int) -> tuple[str | None, int]:
    """The preposition right before ``start`` (not reaching back past ``lo``) and where it starts."""
    m = g.compiled("prefix").search(s, max(lo, start - PREFIX_WINDOW), start)
    if not m:
        return None, start
    return " ".join(m["prep"].lower().split()), m.start()


def has_prefix(g: Grammar, sentence: str, start: int) -> bool:
    """Is there a preposition right before ``sentence[start:]``?"""
    return prefix(g, sentence, 0, start)[0] is not None


def relation_of(g: Grammar, prep: str | None, default: str = "in") -> str:
    """The relation a preposition gives ("since", "by", "until"), else ``default``."""
    role = g.prep_roles.get(prep or "")
    return role if role in ("since", "by", "until") else default


def role_of(g: Grammar, prep: str | None) -> str | None:
    return g.prep_roles.get(prep) if prep else None


__all__ = ["PLAIN", "PREFIX_WINDOW", "Atom", "Context", "has_prefix", "prefix", "relation_of",
           "role_of", "year_then_quantity", "years_ok"]
