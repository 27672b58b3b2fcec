"""The Nth year of a lasting event and counts since it began: "68,000 jailed in its first year",
"durante el segundo año del régimen", "241 deaths since the crackdown began" told last week. A
figure counted over the Nth year of an event runs from the event's start plus N-1 years to its Nth
anniversary (the day the anniversaries of binding.anniversary end on); one told at a point as a
count since the event began runs from the event's start to that point. A figure dated over the
Nth year ("between May 3, 2019 and May 3, 2020") dates the event when the article does not. The
ordinal and year words are the calendar's; the possessives, links and verbs of a start are the
pack's ``event_years``; the events' objects are the rules', and ``event_anaphors`` ("the
measure") refer back to the event named last before them."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding import anniversary
from checker.model import Claim, Evidence

if TYPE_CHECKING:
    from checker.ruleset import RuleSet

_YEAR_DAYS = (335, 400)  # the length of a span that is one year of an event, give or take a month


@dataclass(frozen=True, slots=True)
class _Told:
    event: str
    year: int  # the Nth year; 0 for a count since the event began


class Years:
    """The years of events and starts of events a document's sentences name, read once a sentence."""

    def __init__(self, claims: list[Claim], rules: RuleSet, code: str):
        self.code, self.rules = code, rules
        self.objects = anniversary.event_objects(rules, code)
        self.grammar = _grammar(code, tuple(sorted({o for e in rules.events.values() for o in e.objects})))
        self._claims = claims
        self._named: dict[int, str | None] | None = None  # by claim: the event named last up to its sentence, read when first asked

    def _named_last(self, c: Claim) -> str | None:
        if self._named is None:
            self._named, last, seen = {}, None, {}
            for other in self._claims:
                if other.sentence not in seen:
                    found = [(m.start(), eid) for eid, p in self.objects.items() for m in p.finditer(other.sentence)]
                    seen[other.sentence] = max(found)[1] if found else None
                last = seen[other.sentence] or last
                self._named[id(other)] = last
        return self._named.get(id(c))

    def told(self, c: Claim) -> list[_Told]:
        """The Nth years and starts of events ``c``'s sentence names."""
        g = self.grammar
        if not g.cue.search(c.sentence):
            return []
        out = []
        for found in g.years.finditer(c.sentence):
            if found.group("obj2") is None and g.link.match(c.sentence, found.end()):
                continue  # "in its first year in office": the year of something else
            event = self._event(c, found.group("obj") or found.group("obj2"), found.group("pos") is not None)
            if event is not None:
                out.append(_Told(event, g.ordinals[found.group("o").lower()]))
        at = c.sentence.find(c.text)
        for found in g.since.finditer(c.sentence):
            if not 0 <= at < found.start() or g.stop.search(c.sentence, at, found.start()):
                continue  # the count since the start is the figure's before it in its clause
            event = self._event(c, found.group("obj") or found.group("obj2"), False)
            if event is not None:
                out.append(_Told(event, 0))
        return out

    def _event(self, c: Claim, words: str | None, possessive: bool) -> str | None:
        """The event named by ``words`` (an object or an anaphor), or by a possessive the event its sentence names."""
        if words is None:
            if not possessive:
                return None
            named = [eid for eid, p in self.objects.items() if p.search(c.sentence)]
            return named[0] if len(named) == 1 else None
        rest = words.split(None, 1)[-1]  # past an article the grammar allows ("the crackdown")
        named = [eid for eid, p in self.objects.items() if p.fullmatch(words) or p.fullmatch(rest)]
        if named:
            return named[0]
        return self._named_last(c)  # an anaphor: the event named last

    def starts(self) -> dict[str, str]:
        """Each event's start, as the start of a span a figure's own words give over the Nth year of
        the event, less N-1 years ("the regime's first year ... between May 3, 2019 and May 3, 2020")."""
        out: dict[str, str] = {}
        for c in self._claims:
            t = c.time
            if c.kind != "quantity" or t is None or t.basis != "explicit" or not t.start or not t.end \
                    or not _YEAR_DAYS[0] <= anniversary.days(t.start, t.end) <= _YEAR_DAYS[1]:
                continue
            for told in self.told(c):
                if told.year:
                    out.setdefault(told.event, anniversary.years_before(t.start, told.year - 1))
        return out

    def within(self, c: Claim, starts: dict[str, str]) -> Claim:
        """``c``, a cumulative figure with no time of its own told over the Nth year of an event the
        document dates, over that year; or one dated at a point and told as a count since the event
        began, from the event's start to that point; else unchanged."""
        t = c.time
        rule = self.rules.metrics.get(c.metric) if c.metric else None
        if t is None or rule is None or not rule.cumulative or c.kind != "quantity":
            return c
        for told in self.told(c):
            start = starts.get(told.event)
            if start is None:
                continue
            if told.year and t.basis == "publication" and not t.start:
                begin = anniversary.years_after(start, told.year - 1)
                end = anniversary.years_after(start, told.year)
                if t.end and t.end < end:
                    continue  # the year has not ended when the article is told
                words = f"year {told.year} of the event of {start}"
            elif not told.year and t.basis in ("relative", "explicit") and t.start and t.end \
                    and t.granularity in ("day", "week") and start < t.start:
                begin, end = start, t.end
                words = f"from the event of {start} to {t.text}"
            else:
                continue
            time = replace(t, start=begin, end=end, text=words, basis="relative", granularity="span")
            return replace(c, time=time, binding=c.rebound(Evidence("time", "discourse", words, told.event)))
        return c


@dataclass(frozen=True, slots=True)
class _Grammar:
    cue: re.Pattern[str]  # a year word or a link of a start: most sentences have neither
    years: re.Pattern[str]  # the Nth year of an event
    since: re.Pattern[str]  # a count since an event began
    stop: re.Pattern[str]  # what ends a clause
    link: re.Pattern[str]  # a link right after a year, to what the year is of
    ordinals: dict[str, int]


@cache
def _grammar(code: str, event_objects: tuple[str, ...]) -> _Grammar:
    pack = lang.load(code)
    table = pack["event_years"]
    ending = {w.lower() for w in pack["time_from_end"]}
    ordinals = {w.lower(): int(n) for w, n in pack["time_ordinals"].items() if w.lower() not in ending}
    years = patterns.phrases([w for w, unit in pack["time_units"].items() if unit == "year"])
    article = rf"(?:(?:{patterns.phrases(pack['determiners'])})\s+)?"
    obj = rf"(?:{patterns.phrases(pack['event_anaphors'])}|{article}(?:{patterns.phrases(anniversary.with_bare(event_objects, code))}))"
    links, since = patterns.phrases(table["links"]), patterns.phrases(table["since"])
    verbs = patterns.phrases(table["verbs"])
    return _Grammar(
        cue=patterns.compile(rf"\b(?:{years}|{since})\b", re.IGNORECASE),
        years=patterns.compile(
            rf"(?:\b(?P<pos>{patterns.phrases(table['possessives'])})\s+|\b(?P<obj>{obj})['’]s\s+|\b)"
            rf"(?P<o>{patterns.phrases(ordinals)})\s+(?:{years})\b(?:\s+(?:{links})\s+(?P<obj2>{obj})\b)?",
            re.IGNORECASE),
        since=patterns.compile(rf"\b(?:{since})\s+(?:(?P<obj>{obj})\s+(?:{verbs})|(?:{verbs})\s+(?P<obj2>{obj}))\b",
                               re.IGNORECASE),
        stop=patterns.compile(r"[;:]"),
        link=patterns.compile(rf"\s+(?:{links}|{patterns.phrases(table['other_links'])})\b", re.IGNORECASE),
        ordinals=ordinals)
