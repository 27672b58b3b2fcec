"""Anniversaries of an event: "two years into the crackdown", "en el tercer aniversario
de la ley marcial", "the crackdown turned two". A figure told at one is a count from the event's start to that date, and the date
less the years dates the event itself when the article does not. The count, ordinal and year
words are the calendar's; the nouns, links, nouns of a start and verbs of an age are the pack's
``anniversaries``; the events' objects and anaphors are the rules'."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.timex import calendar as cal

if TYPE_CHECKING:
    from checker.ruleset import RuleSet


@dataclass(frozen=True, slots=True)
class Anniversary:
    event: str  # the event's rule id
    years: int  # how many years after its start
    anaphor: bool = False  # named by an anaphor ("a year after the decree"): it never dates the event


def mentions(sentence: str, rules: RuleSet, code: str) -> tuple[Anniversary, ...]:
    """The anniversaries a sentence names: a count of years or an ordinal anniversary, a link (a
    noun of the event's start and a link may follow) and the event's object right after it; an
    ordinal anniversary with no event after it is of the event its sentence names ("en su primer
    aniversario, la ley marcial ..."); an age after an event's object ("the crackdown on gangs turned
    two"); after a link, an event's anaphor ("a year after the decree")."""
    grammar = _grammar(code)
    if not grammar.opener.search(sentence):
        return _aged(sentence, grammar, rules, code)  # most sentences name no anniversary
    objects = event_objects(rules, code)
    out: list[Anniversary] = list(_aged(sentence, grammar, rules, code))
    for found in grammar.opener.finditer(sentence):
        years = grammar.counts.get((found.group("n") or found.group("o") or "").lower())
        if years is None and (found.group("n") or "").isdigit():
            years = int(found.group("n"))
        if not years:
            continue
        rest = sentence[found.end():]
        linked = grammar.linked.match(rest)
        named = [eid for eid, pattern in objects.items() if linked is not None and pattern.match(rest, linked.end())]
        clause = grammar.clause.match(rest) if not named else None  # "un año después de que la Asamblea aprobara el régimen"
        if clause is not None:
            words = rest[clause.end():clause.end() + _CLAUSE_REACH].split(",")[0]
            named = [eid for eid, pattern in objects.items() if pattern.search(words)]
        if not named and found.group("o"):
            named = [eid for eid, pattern in objects.items() if pattern.search(sentence)]
        if named:
            out.extend(Anniversary(eid, years) for eid in named[:1])
        elif (by := _anaphor(rest, linked or clause, rules, code)) is not None:
            out.append(Anniversary(by, years, anaphor=True))
    return tuple(out)


def _aged(sentence: str, grammar: _Grammar, rules: RuleSet, code: str) -> tuple[Anniversary, ...]:
    """The anniversary an age names after an event's object in its clause ("the crackdown on gangs
    turned two on Wednesday", "el régimen de excepción cumplió tres años")."""
    found = grammar.aged.search(sentence)
    if found is None:
        return ()
    years = grammar.counts.get(found.group("n").lower()) or (int(found.group("n")) if found.group("n").isdigit() else 0)
    before = _CLAUSE_END.split(sentence[max(0, found.start() - _CLAUSE_REACH):found.start()])[-1]
    named = [eid for eid, pattern in event_objects(rules, code).items() if pattern.search(before)]
    return (Anniversary(named[0], years),) if years and len(named) == 1 else ()


def _anaphor(rest: str, link: re.Match[str] | None, rules: RuleSet, code: str) -> str | None:
    """The one event whose anaphor follows an anniversary's link ("a year after the decree")."""
    if link is None:
        return None
    words = rest[link.end():link.end() + _CLAUSE_REACH].lower()
    named = {eid for eid, e in rules.events.items() for a in with_bare(e.anaphors, code)
             if words.startswith(a.lower()) and not words[len(a):len(a) + 1].isalnum()}
    return named.pop() if len(named) == 1 else None


def counts_years(text: str, years: int, code: str) -> bool:
    """Whether a time's words count ``years`` years ("en esos tres años" of a third anniversary)."""
    grammar = _grammar(code)
    return any(grammar.counts.get(m.group("n").lower(), int(m.group("n")) if m.group("n").isdigit() else 0) == years
               for m in grammar.years.finditer(text))


def years_before(day: str, years: int) -> str:
    """The day ``years`` years before ``day`` (ISO)."""
    return years_after(day, -years)


def years_after(day: str, years: int) -> str:
    """The day ``years`` years after ``day`` (ISO)."""
    return cal.add_months(date.fromisoformat(day), 12 * years).isoformat()


def days(start: str, end: str) -> int:
    """How many days ``end`` falls after ``start`` (ISO)."""
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


# A name's possessive between the link and the event ("two years of El Salvador's state of emergency").
_POSSESSIVE = r"(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}['’]s\s+)?"
_CLAUSE_REACH = 60  # how far after a link opening a clause (or before an age) the event's object may stand
_CLAUSE_END = re.compile(r"[,;:—(]")


@dataclass(frozen=True, slots=True)
class _Grammar:
    opener: re.Pattern[str]  # a count of years or an ordinal and a noun of anniversary
    linked: re.Pattern[str]  # the link after it, maybe a noun of a start and a link
    clause: re.Pattern[str]  # or a link opening a clause that names the event ("after lawmakers approved ...")
    years: re.Pattern[str]  # a count of years alone
    aged: re.Pattern[str]  # a verb of an age and a count, maybe of years ("turned two", "cumplió tres años")
    counts: dict[str, int]


@cache
def _grammar(code: str) -> _Grammar:
    pack = lang.load(code)
    table = pack["anniversaries"]
    counts = {w.lower(): int(n) for w, n in pack["time_counts"].items()}
    ending = {w.lower() for w in pack["time_from_end"]}
    ordinals = {w.lower(): int(n) for w, n in pack["time_ordinals"].items() if w.lower() not in ending}
    year_words = [w for w, unit in pack["time_units"].items() if unit == "year"]
    count = rf"(?P<n>\d{{1,2}}|{patterns.phrases(counts)})\s+(?:{patterns.phrases(year_words)})"
    ordinal = rf"(?P<o>{patterns.phrases(ordinals)})\s+(?:{patterns.phrases(table['nouns'])})"
    links = patterns.phrases(table["links"])
    aged_counts = patterns.phrases(w for w in counts if len(w) > 2)  # never "a": "turned a corner"
    return _Grammar(
        opener=patterns.compile(rf"\b(?:{count}|{ordinal})\b", re.IGNORECASE),
        linked=patterns.compile(rf"\s+(?:{links})\s+(?:(?:{patterns.phrases(table['starts'])})\s+(?:{links})\s+)?"
                                rf"{_POSSESSIVE}", re.IGNORECASE),
        clause=patterns.compile(rf"\s+(?:{patterns.phrases(table['clauses'])})\s+", re.IGNORECASE),
        years=patterns.compile(rf"\b{count}\b", re.IGNORECASE),
        aged=patterns.compile(rf"\b(?:{patterns.phrases(table['ages'])})\s+(?P<n>\d{{1,2}}|{aged_counts})"
                              rf"(?:\s+(?:{patterns.phrases(year_words)}))?\b", re.IGNORECASE),
        counts={**counts, **ordinals})


def event_objects(rules: RuleSet, code: str) -> dict[str, re.Pattern[str]]:
    """Each event's objects, also without the determiner they open with (an object written with its article, read after a link that holds it)."""
    return _objects_of(tuple((eid, tuple(e.objects)) for eid, e in sorted(rules.events.items()) if e.objects), code)


def with_bare(objects: Iterable[str], code: str) -> set[str]:
    """``objects`` and those that open with one of the pack's ``whole_determiners``, without it
    ("the crackdown": "crackdown")."""
    determiners = _determiners(code)
    return {*objects, *(o[len(d):] for o in objects for d in determiners if o.lower().startswith(d))}


@cache
def _determiners(code: str) -> tuple[str, ...]:
    return tuple(w.lower() + " " for w in lang.load(code)["whole_determiners"])


@cache
def _objects_of(events: tuple[tuple[str, tuple[str, ...]], ...], code: str) -> dict[str, re.Pattern[str]]:
    return {eid: patterns.compile(rf"(?:{patterns.phrases(with_bare(objects, code))})\b", re.IGNORECASE)
            for eid, objects in events}
