"""Which words of a sentence state an event: the verb nearest the event's object in its clause, not
inside a compound adjective, with no background cue between them ("in response to"), dated by
the nearest time of the same clause; one event kind per trigger span.
"""
from __future__ import annotations

import re
from functools import cache

from checker import lang, patterns
from checker.binding import event_dates
from checker.binding import period as periods
from checker.model import Claim, TimeMention


@cache
def background(code: str):
    """Between a verb and its object, words that make the object background to another action
    ("launched a campaign in response to the state of emergency": no emergency is declared here):
    ``background_links``; and words of a renewal ("approved an extension of the state of emergency":
    the act renews a state begun before, and its day never dates the start): ``renewals``."""
    words = [*lang.load(code)['background_links'], *lang.load(code)['renewals']]
    return patterns.compile(rf"\b(?:{patterns.phrases(words, flexible_space=False)})\b",
                            re.IGNORECASE)


def best_events(found: list[tuple[Claim, tuple[int, int], tuple[int, int]]]) -> list[Claim]:
    """One event per trigger, each dated on its own side. ``found``: (claim, trigger, time) with
    the trigger's (the verb's) and the time's spans in the sentence. A candidate whose time lies
    beyond another candidate's verb is dropped: that time dates the other predicate ("announced
    the truce had collapsed in 2014" dates the collapse, not an agreement). Of two that share
    their verb, or whose words nest ("announced the end of the truce" holds "end of the truce"),
    the one whose verb sits closest to its object (the shorter span) stays, unless each is dated by
    a time of its own. Two verbs on either side of one object state two events ("the breakdown in
    2017 of a pact the militias had signed in 2015"), and so do two verbs of one object each with its
    own time ("the truce, which began in 2015, collapsed in 2016")."""
    dated = [f for f in found if f[0].time.basis != event_dates.UNDATED]
    kept = _one_per_trigger(dated, [])
    # an event its words do not date (event_dates) never displaces one they do
    kept = _one_per_trigger([f for f in found if f[0].time.basis == event_dates.UNDATED], kept)
    return sorted((event for event, _, _ in kept), key=lambda c: (c.start, c.metric))


_Found = tuple[Claim, tuple[int, int], tuple[int, int]]  # a candidate event, its verb's and its time's spans


def _one_per_trigger(found: list[_Found], kept: list[_Found]) -> list[_Found]:
    """``kept`` and the candidates of ``found`` that keep their own time and share no verb or
    words (with the same time) with those kept before them, the shortest first."""
    verbs = {verb for _, verb, _ in found}
    own = [(event, verb, when) for event, verb, when in found
           if not any(other != verb and _between(other, verb, when) for other in verbs)]
    kept = list(kept)
    for event, verb, when in sorted(own, key=lambda it: (it[0].end - it[0].start, it[0].metric, it[0].start)):
        if not any(verb == other_verb or _nested(event, other) and when == other_when
                   for other, other_verb, other_when in kept):
            kept.append((event, verb, when))
    return kept


def _between(other: tuple[int, int], verb: tuple[int, int], when: tuple[int, int]) -> bool:
    """Whether ``other`` lies between a verb and the time that dates it."""
    lo, hi = (verb[1], when[0]) if when[0] >= verb[1] else (when[1], verb[0])
    return lo <= other[0] and other[1] <= hi


def _nested(a: Claim, b: Claim) -> bool:
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def nearest_verb(pattern: re.Pattern[str], text: str, clause, obj: re.Match, code: str = lang.DEFAULT) -> re.Match | None:
    """The event verb of ``obj``'s clause nearest it, within 80 characters: a verb farther off
    governs something else, and so does one with background or renewal words between it and the
    object ("approved an extension of the state of emergency, which the president declared in May":
    the declaration is the later verb's)."""
    a, b = clause
    candidates = [mt for mt in pattern.finditer(text) if a <= mt.start() <= b and not _hyphenated(text, mt)
                  and not background(code).search(text, min(obj.end(), mt.end()), max(obj.start(), mt.start()))]
    if not candidates:
        return None
    best = min(candidates, key=lambda mt: abs(mt.start() - obj.start()))
    gap = abs(best.start() - obj.start())
    return best if gap <= 80 else None


def verb_spans(text: str, event_res: dict) -> list[tuple[int, int]]:
    """Where the verbs of every event kind stand in ``text`` (not inside a compound adjective)."""
    return sorted({mt.span() for _, verbs in event_res.values() if verbs is not None
                   for mt in verbs.finditer(text) if not _hyphenated(text, mt)})


def own_times(times: list[TimeMention], text: str, obj: tuple[int, int], verb: tuple[int, int],
              said: list[tuple[int, int]]) -> list[TimeMention]:
    """The times that may date the event of ``obj`` and ``verb``: not one another event verb of ``said``
    dates (``_dated_by_another``); and once such a time is left out, none after the verb past a comma,
    which dates what follows ("After the truce agreed in 2012 ended, killings rose in 2014")."""
    own = [t for t in times if not _dated_by_another(t, obj, verb, said)]
    if len(own) == len(times):
        return times
    return [t for t in own if t.end <= verb[0] or not _CLAUSE_MARK.search(text, verb[1], t.start)]


_CLAUSE_MARK = patterns.compile(r"[,;:]")


def _dated_by_another(time: TimeMention, obj: tuple[int, int], verb: tuple[int, int],
                      said: list[tuple[int, int]]) -> bool:
    """Whether ``time``, between an event's object and its verb, has another event verb of ``said``
    between it and the object: it dates that predicate ("the truce, which began in May 2015,
    collapsed in 2016"; "the truce was reached in 2015 and broke down in 2016"), not ``verb``."""
    lo, hi = (obj[1], verb[0]) if obj[1] <= verb[0] else (verb[1], obj[0])
    if not (lo <= time.start and time.end <= hi):
        return False
    near = (obj[1], time.start) if obj[1] <= verb[0] else (time.end, obj[0])
    return any(near[0] <= a and b <= near[1] for a, b in said if (a, b) != verb)


def _hyphenated(text: str, match: re.Match) -> bool:
    """"a government-brokered truce": a verb inside a compound adjective is not the event."""
    return match.start() > 0 and text[match.start() - 1] == "-"


def nearest_time(times: list[TimeMention], span, clause, text: str = "", code: str = lang.DEFAULT) -> TimeMention | None:
    """The time of the event's own clause nearest its words: a time in another clause dates
    another predicate ("blamed on the end of the pact, in a month when 300 died"), and so does one
    after a word of the pack's ``until`` prepositions past the event's words ("the pact held for a
    year before it collapsed in 2017"); a time between its verb and its object is its own ("has
    kept since May 2019 a state of emergency"); a time after them that dates another verb's saying
    ("..., the government said on Monday") is the saying's."""
    a, b = clause
    inside = [t for t in times if a <= t.start <= b
              and not (t.start >= span[1] and (periods.holds_a_time_preposition(text[span[1]:t.start], "until", code)
                                                or periods.dates_a_saying(text[max(span[1], t.start - 25):t.start], code)))]
    if not inside:
        return None
    return min(inside, key=lambda t: 0 if span[0] <= t.start and t.end <= span[1]
               else min(abs(t.start - span[1]), abs(t.end - span[0])))


def event_time(times: list[TimeMention], text: str, span, clause, clauses, verb: re.Match,
               code: str = lang.DEFAULT) -> TimeMention | None:
    """The time of an event: its own clause's nearest its words, else that of the clause its
    predicate is coordinated with ("..., and announced the capture"), else none of its own, which
    the article's other statements of it may give (event_dates)."""
    mark = event_dates.landmark(text, span[0], times, code)
    if mark is not None:  # "..., a number that has risen since the truce ended": only its own words date it
        return nearest_time([t for t in times if t.start >= mark], span, clause, text, code) \
            or event_dates.undated(verb.start())
    return nearest_time(times, span, clause, text, code) or coordinated_time(times, text, clause, clauses, verb, code) \
        or event_dates.undated(verb.start())


def coordinated_time(times: list[TimeMention], text: str, clause, clauses, verb: re.Match,
                     code: str = lang.DEFAULT) -> TimeMention | None:
    """The time of the clause before a predicate coordinated with it, when the event's verb opens
    its clause right after a conjunction ("During the night the police released photos ..., and
    announced the capture of five leaders"): the two predicates share their subject and time."""
    a = clause[0]
    if text[a:verb.start()].strip() or not _after_conjunction(code).search(text, 0, a):
        return None
    before = [c for c in clauses if c[1] <= a + 1 and c[0] < a]
    return nearest_time(times, (a, a), max(before, key=lambda c: c[1])) if before else None


@cache
def _after_conjunction(code: str):
    return patterns.compile(rf"\b(?:{patterns.phrases(lang.load(code)['conjunctions'])})\s*$", re.IGNORECASE)
