"""Events an article states twice, once without a date: "the assembly approved, hours later, a
state of exception" and "in a session that ended early on Sunday, the deputies approved the
decree". An undated statement of a kind that happens once (not ``recurring``) is the occurrence
of its kind and place that the article dates, when it dates exactly one: it takes that date, on
the discourse basis; with none or several it is left out (not compared), and so is one that only
marks the time of another fact ("before the state of exception was declared": a ``since`` or
``until`` word right before it). An object's ``anaphors`` ("the decree") state the event only in
an article that names one of its objects itself. An event of a ``national`` kind (a truce, a state
of emergency) whose clause names no place happened in the country of a city in focus, not in the city."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding import matchers
from checker.model import Claim, Evidence, TimeMention, TimeScope

if TYPE_CHECKING:
    from checker.ruleset import RuleSet

UNDATED = "event"  # the basis of an event's time before the article's date of it is known


def undated(at: int) -> TimeMention:
    """The time of an event whose words name none, at ``at`` (its verb): ``dated_elsewhere`` dates it."""
    return TimeMention(at, at, TimeScope(None, None, "", UNDATED, "day"))


def dated_elsewhere(claims: list[Claim], rules: RuleSet, code: str = lang.DEFAULT,
                    country_of: Mapping[str, str] | None = None) -> list[Claim]:
    """``claims``: events named only by an anaphor kept where the article names the object itself,
    each undated event given the one date of its kind and place in the article, or left out;
    ``country_of`` (city or region -> country) places national events."""
    events = [c for c in claims if c.kind == "event"]
    if not events:
        return claims
    if country_of:
        claims = [_national(c, rules, country_of) if c.kind == "event" else c for c in claims]
    named = {c.metric for c in events if _names_the_object(c, rules)} \
        if any(rules.events[c.metric].anaphors for c in events if c.metric in rules.events) else None
    kept = [c for c in claims if c.kind != "event" or named is None or c.metric in named]
    return [d for c in kept if (d := _dated(c, kept, rules, code)) is not None]


def _dated(c: Claim, claims: list[Claim], rules: RuleSet, code: str) -> Claim | None:
    if c.kind != "event" or c.time is None or c.time.basis != UNDATED:
        return c
    kind = rules.events.get(c.metric)
    if kind is None or kind.recurring or _marks_a_time(c, code):
        return None
    dates = {(o.time.start, o.time.end): o for o in claims
             if o.kind == "event" and o.metric == c.metric and o.time is not None and o.time.basis != UNDATED
             and (o.time.start or o.time.end) and (not c.subject or not o.subject or set(c.subject) & set(o.subject))}
    if len(dates) != 1:
        return None
    [dated] = dates.values()
    words = f"{dated.time.text} (the article's date of the {dated.text})"
    return replace(c, subject=c.subject or dated.subject, time=replace(dated.time, text=words, basis="inherited"),
                   binding=c.rebound(Evidence("time", "discourse", words)))


def _national(c: Claim, rules: RuleSet, country_of: Mapping[str, str]) -> Claim:
    """``c``, an event of a national kind placed by no words of its own (a city in focus in the
    paragraph, a dateline's city, a city of its clause that stands well after its words: "the truce
    began in March, after 30 gang leaders were moved out of the prison in Zembla City"), in the
    country of each city or region it names."""
    kind = rules.events.get(c.metric)
    found = next((e for e in c.binding if e.field == "subject"), None)
    if kind is None or not kind.national or found is None or found.basis not in ("discourse", "clause") \
            or not any(name in country_of for name in c.subject) \
            or found.basis == "clause" and _placed_by_its_words(c, found.words):
        return c
    names = tuple(dict.fromkeys(country_of.get(name, name) for name in c.subject))
    words = f"{', '.join(names)} (the country of {found.words})"
    return replace(c, subject=names, binding=c.rebound(Evidence("subject", found.basis, words)))


def _placed_by_its_words(c: Claim, words: str) -> bool:
    """Whether a place of ``words`` stands before the event's words ("In Zembla City the ceasefire
    collapsed"), in them or a few words after them ("a state of siege in 22 towns of Zembla"): the
    event's own place."""
    at = c.sentence.find(c.text)
    near = c.sentence[:at + len(c.text) + _OWN_PLACE_REACH] if at >= 0 else c.sentence
    named = words.split(" (", 1)[0]  # "Zembla City (in its sentence)": the words before the note
    return any(name and name in near for name in named.split(", "))


_OWN_PLACE_REACH = 60  # characters after an event's words where its own place may stand


def _marks_a_time(c: Claim, code: str) -> bool:
    """Whether a ``since`` or ``until`` word stands right before the event's words ("antes de que se
    decretara el régimen"): the event marks when something else happened."""
    at = c.sentence.find(c.text)
    return at >= 0 and landmark(c.sentence, at, (), code) is not None


def landmark(text: str, at: int, times: Sequence[TimeMention], code: str = lang.DEFAULT) -> int | None:
    """Where a ``since`` or ``until`` word starts that stands at most four words before the event's
    words at ``at`` ("since the truce ended", "hasta que se levantó el estado de excepción"), not
    inside a time of its own ("since 2015, when the truce ended"): the event marks when something
    else happened, and a time before that word dates the other thing."""
    found = _landmark(code).search(text, max(0, at - 40), at)
    if found is None or any(t.start <= found.start() < t.end for t in times):
        return None
    return found.start()


@cache
def _landmark(code: str) -> re.Pattern[str]:
    table = lang.load(code)["time_prepositions"]
    return patterns.compile(rf"\b(?:{patterns.phrases([*table['since'], *table['until']])})(?:\s+[^\W\d][\w-]*){{0,4}}\s*$",
                            re.IGNORECASE)


def _names_the_object(c: Claim, rules: RuleSet) -> bool:
    kind = rules.events.get(c.metric)
    found = matchers.objects_pattern(kind.objects) if kind is not None else None
    return found is not None and found.search(c.text) is not None
