"""Running totals that count from an event: a cumulative figure with no time of its own whose
sentence says it runs "so far" and names an event the article dates ("the crackdown has so far
led to 9,000 arrests" where the crackdown was declared on May 2) covers the stretch from that
event to its as-of date, not the publication day alone. A later figure of the same count dated at
a point and told as a count up to it ("when the decree was renewed in July, 12,000 had been
detained") continues that running total, from an event or a date ("since March 27"): it runs
from the same start to its own date, not over the month named; so does a count up to a date
("hasta el 15 de junio") that would otherwise count from the start of its year. A figure told at an
anniversary of the event ("two years into the crackdown") runs from the event's start
(binding.anniversary). A figure dated at a day its sentence tells a total at ("by March 4, arrests
totaled 39,800") is as of that day. The cue words are the language pack's (``running_cues``, ``as_of_cues``,
``as_of_totals``, ``event_anaphors``); the events are the rules' (DESIGN.md, "Context")."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding import anniversary, event_years, period, since_phrase, span_after
from checker.model import Claim, Evidence, TimeScope
from checker.timex import calendar as cal

if TYPE_CHECKING:
    from checker.binding.matchers import Matchers
    from checker.ruleset import RuleSet

_LINES = 2  # lines after a running total over which a figure dated at a point may continue it (the next paragraph)


def from_events(claims: list[Claim], rules: RuleSet, m: Matchers, code: str,
                publication: TimeScope | None = None) -> list[Claim]:
    """The document's claims, each running total from an event dated in it given that event's start,
    each figure told at an anniversary of an event counted from the event's start, and each count up
    to a point that continues a running total given that total's start."""
    cue, as_of = cue_pattern(code), cue_pattern(code, "as_of_cues")  # compiled once per language, read whether or not the document has events
    totals = cue_pattern(code, "as_of_totals")
    dated: list[tuple[str, str, int]] = []  # each event dated in the document: its id, start and line
    finest: dict[str, tuple[bool, str]] = {}  # by event: whether dated to a day at most, and its earliest such start
    for c in claims:
        if c.kind == "event" and c.metric and c.time is not None and c.time.start:
            key = (c.time.start != c.time.end, c.time.start)  # a day ("on March 27") before a year ("in 2022")
            finest[c.metric] = min(finest.get(c.metric, key), key)
            dated.append((c.metric, c.time.start, c.line))
    starts = {eid: start for eid, (_, start) in finest.items()}
    dated_in = {(c.line, c.sentence): c for c in claims if c.kind == "event" and c.metric and c.time is not None
                and c.time.start} if dated else {}  # the event each sentence dates, if any
    told = _Anniversaries(rules, code)
    now = publication.end if publication is not None else None
    for eid, start in told.dated_starts(claims, now).items():
        starts.setdefault(eid, start)  # the article never dates the event but dates its anniversary
    years = event_years.Years(claims, rules, code)
    for eid, start in years.starts().items():
        starts.setdefault(eid, start)  # ... or a span over a year of it
    out: list[Claim] = []
    series: dict[str, Claim] = {}  # by metric: the last running total, from an event or a date
    frame: Claim | None = None  # the figure that tells the article at an anniversary of an event, to publication
    last_event: Claim | None = None  # the event dated last, when no figure's own time came after it
    for c in claims:
        last_event = _then(c, last_event)
        c = _past_the_event_day(c, dated_in.get((c.line, c.sentence)), rules, now)
        found = told.at(c, starts, now)
        if found is not c and found.time is not None and found.time.end == now:
            frame = found
        if found is c and starts:
            found = span_after.from_event(c, starts, m.event_res, code)  # "in the first 30 days after the ceasefire"
        if found is c and starts:
            found = _from_event(c, rules, m, cue, starts, code)
        if found is c and starts:
            found = years.within(c, starts)
        if found is c and frame is not None:
            found = told.framed(c, frame, now)
        if found is c and c.metric in series:
            found = _continued(c, series[c.metric], rules, (as_of, totals), code)
        if found is c and dated:
            found = _to_date_from_event(c, rules, m, code, dated)
        if found is c:
            found = _since_then(c, last_event, rules, now, code) if last_event is not None else c
            found = _total_as_of(c, rules, totals, code) if found is c else found
        if found is not c and found.time is not None and found.time.start \
                or _runs_to(c, rules, now) or _from_start(c, rules, starts):
            series[c.metric] = found
        out.append(found)
    return out


def _past_the_event_day(c: Claim, event: Claim | None, rules: RuleSet, now: str | None) -> Claim:
    """``c``, a cumulative figure whose only time is the day its sentence dates an event on, said
    after the event's words ("the emergency, declared on July 14, 2021, reached its third year with
    85,300 detainees"): that day dates the event, and the figure counts from it to publication, not
    over the day. A time before the event's words ("On March 27, when the emergency was declared, police
    held 900") is the figure's own; unchanged then."""
    t = c.time
    if event is None or now is None or not _own_day(t) or t.start != event.time.start or t.start >= now \
            or c.sentence != event.sentence or not _cumulative(c, rules):
        return c
    said, day, figure = c.sentence.find(event.text), c.sentence.find(t.text), c.sentence.find(c.text)
    if not 0 <= said <= said + len(event.text) <= day < figure:
        return c
    words = f"counted from the event of {t.start} to date"
    return _retimed(c, replace(t, end=now, text=words, basis="relative", granularity="span"), event.metric)


def _runs_to(c: Claim, rules: RuleSet, now: str | None) -> bool:
    """Whether ``c`` is a running total counted from a date to publication ("36,000 since March 27")."""
    t = c.time
    return _cumulative(c, rules) and t is not None and now is not None \
        and t.basis != "publication" and bool(t.start) and t.start < now == t.end


def _cumulative(c: Claim, rules: RuleSet) -> bool:
    """Whether ``c`` is a figure of a metric the rules count cumulatively."""
    rule = rules.metrics.get(c.metric) if c.metric else None
    return c.kind == "quantity" and rule is not None and rule.cumulative


def _from_event(c: Claim, rules: RuleSet, m: Matchers, cue: re.Pattern[str], starts: dict[str, str],
                code: str) -> Claim:
    """``c`` counted from an event dated in the article when its sentence says it runs so far (a
    running cue) or names the event in a "since" phrase ("90 have died since the emergency began"); so
    is a count of any metric left undated since the event (binding.since_phrase.since_an_event)."""
    since = c.time is not None and c.time.text.endswith(since_phrase.UNDATED_EVENT)
    if not since and (not _cumulative(c, rules) or c.time is None or c.time.start or c.time.basis == "unresolved"):
        return c  # as of publication or of a saying, not a stretch of its own ("in the first 30 days after the ceasefire")
    cued = cue.search(c.sentence) is not None
    for eid, start in sorted(starts.items(), key=lambda kv: kv[1]):
        objects = m.event_res.get(eid, (None, None))[0]
        found = objects.search(c.sentence) if objects is not None else None
        if found is not None and start <= (c.time.end or start) \
                and (cued or since_phrase.opens_on(c.sentence, found.start(), code)):
            words = f"counted from “{found.group(0)}” ({start}) to date"
            return _retimed(c, replace(c.time, start=start, text=words, basis="relative", granularity="span"), eid)
    return c


def _total_as_of(c: Claim, rules: RuleSet, totals: re.Pattern[str], code: str) -> Claim:
    """``c``, a cumulative figure dated at a day its sentence tells a total at (``as_of_totals``: "on
    March 4, arrests totaled 39,800", "el 12 de mayo las capturas sumaban 33.200"), or counted up to a
    date its time opens with a word of ``as_of_words`` or ``to_date_words`` for ("only $38 million had been
    paid out by Nov. 30", "427 muertes bajo custodia hasta el 31 de enero"), from a start the text never
    gave (its year's or its fiscal year's): as of that date, a count up to it, not of the day nor of the year;
    else unchanged. A sentence that counts by calendar years ("En 2019 fallecieron 85; hasta el 15 de junio
    de 2020, 40") keeps the year to date."""
    t = c.time
    if not _cumulative(c, rules) or c.change in ("up", "down") or t is None \
            or not (_own_day(t) and totals.search(c.sentence) is not None or _up_to_date(t, code)):
        return c
    if not _as_of(t, code) and any(year != t.end[:4] for year in _YEAR.findall(c.sentence.replace(t.text, ""))):
        return c
    return _retimed(c, replace(t, start=None, text=f"{t.text} (a total as of that day)", granularity="day"))


_YEAR = patterns.compile(r"\b(?:19|20)\d\d\b")


def _as_of(t: TimeScope, code: str) -> bool:
    """Whether a time opens with a word of ``as_of_words`` ("by Sept. 30")."""
    return " ".join(t.text.lower().split()).startswith(_as_of_words(code))


def _up_to_date(t: TimeScope, code: str) -> bool:
    """Whether a time opens with a word of ``as_of_words`` ("by Sept. 30"), names no whole year, and
    starts where the text gave no start, on its year's or fiscal year's first day (a day alone stays
    the day: "as of March 1, 64,112 had been detained" is compared with that day's figures)."""
    if t.basis not in ("explicit", "relative") or not t.start or not t.end or t.start == t.end \
            or t.granularity not in ("day", "month", "span") \
            or not (_as_of(t, code) or period.counted_to(t, code)):  # not "para el año fiscal 2016"
        return False
    end = date.fromisoformat(t.end)
    return t.start in (f"{end.year}-01-01", cal.fiscal_span(cal.fiscal_year_of(end))[0].isoformat())


def _continued(c: Claim, head: Claim, rules: RuleSet, as_of: tuple[re.Pattern[str], ...], code: str) -> Claim:
    """``c`` as a count up to its own date of the running total ``head`` ("by July, 12,000 had been
    detained" after "9,000 detained since the crackdown began"), when it is one: a figure of the same
    metric and places, dated at a day or a month at most on or after the total's start, in its paragraph or the
    next, told with an ``as_of_cues`` word, or counted up to a date after the total's start ("hasta el 15 de
    junio", which alone would count from the start of its year); else ``c`` unchanged."""
    t, start = c.time, head.time.start if head.time is not None else None
    if not _cumulative(c, rules) or t is None or start is None \
            or t.basis not in ("relative", "explicit") or not t.start or not t.end or c.source != head.source \
            or not 0 <= c.line - head.line <= _LINES or tuple(c.subject) != tuple(head.subject):
        return c
    if _to_date(t, code):
        if not start < t.start:  # an earlier count of it too: "152 desde el 14 de julio de 2021. Hasta el 18 de abril, 124"
            return c
    elif t.start < start or t.granularity not in ("day", "month", "span") or anniversary.days(t.start, t.end) > 31 \
            or not any(cue.search(c.sentence) for cue in as_of):
        return c
    words = f"{t.text}, counted from {start}"
    return _retimed(c, replace(t, start=start, text=words, granularity="span"))


def _to_date_from_event(c: Claim, rules: RuleSet, m: Matchers, code: str, dated: list[tuple[str, str, int]]) -> Claim:
    """``c`` counted up to a date from an event dated in its paragraph or the one before, when its
    sentence names that event or refers back to it (``event_anaphors``): "Congress approved the
    emergency on June 12; through January 30 the measure had led to 5,200 arrests"; else unchanged."""
    t = c.time
    if not _cumulative(c, rules) or t is None or not _to_date(t, code) or t.basis not in ("relative", "explicit"):
        return c
    back = cue_pattern(code, "event_anaphors").search(c.sentence) is not None
    for eid, start, line in reversed(dated):
        objects = m.event_res.get(eid, (None, None))[0]
        named = back or (objects is not None and objects.search(c.sentence) is not None)
        if named and 0 <= c.line - line <= _LINES and start < (t.start or ""):
            words = f"{t.text}, counted from the event of {start}"
            return _retimed(c, replace(t, start=start, text=words, granularity="span"), eid)
    return c


def _then(c: Claim, last_event: Claim | None) -> Claim | None:
    """The event "then" may point at after claim ``c``: the last dated event, until a figure with a
    time of its own comes after it."""
    if c.kind == "event":
        return c if c.metric and c.time is not None and c.time.start else last_event
    if c.time is not None and c.time.start and c.time.basis in ("explicit", "relative"):
        return None  # "then" is that figure's time now
    return last_event


def _since_then(c: Claim, event: Claim, rules: RuleSet, now: str | None, code: str) -> Claim:
    """``c``, a cumulative figure counted "since then" ("desde entonces, más de 64.500 han sido detenidos")
    right after the sentence that dates ``event`` in its paragraph or the one before, no figure's own time
    between: from that event's start, the time named last, not from an earlier time in focus."""
    t = c.time
    if not _cumulative(c, rules) or t is None or t.basis != "inherited" or now is None or t.end != now \
            or not 0 <= c.line - event.line <= _LINES or event.time.start >= now \
            or not period.runs_to_now(t.text, code) or t.start == event.time.start:
        return c
    return _retimed(c, replace(t, start=event.time.start, text=f"{t.text}: from the event of {event.time.start}",
                               basis="relative", granularity="span"), event.metric)


def _to_date(t: TimeScope, code: str) -> bool:
    """Whether a time is a count up to a date from the start of its year, read from a word of
    ``to_date_words`` ("hasta el 15 de junio"): a start the text never gave."""
    return bool(t.start and t.end and t.start.endswith("-01-01") and t.start < t.end and period.counted_to(t, code))


def _from_start(c: Claim, rules: RuleSet, starts: dict[str, str]) -> bool:
    """Whether ``c`` counts from the start of an event of the document up to a later date ("210
    between the day the emergency began and August"): a running total a later count may continue."""
    t = c.time
    return _cumulative(c, rules) and t is not None and t.basis != "publication" \
        and bool(t.start) and bool(t.end) and t.start < t.end and t.start in starts.values()


class _Anniversaries:
    """The anniversaries of events a document's sentences name (binding.anniversary), read once a sentence."""

    def __init__(self, rules: RuleSet, code: str):
        self.rules, self.code = rules, code
        self._seen: dict[str, tuple[anniversary.Anniversary, ...]] = {}

    def of(self, sentence: str) -> tuple[anniversary.Anniversary, ...]:
        if sentence not in self._seen:
            self._seen[sentence] = anniversary.mentions(sentence, self.rules, self.code)
        return self._seen[sentence]

    def dated_starts(self, claims: list[Claim], now: str | None) -> dict[str, str]:
        """Each event's start, as the day of an anniversary less its years ("on the second
        anniversary of the crackdown, on August 9"): the day is a figure's own in that sentence; the
        day itself when its anniversary falls near publication ("a un año de la aprobación del régimen,
        el 14 de julio de 2021", in July 2022): it dates the event."""
        out: dict[str, str] = {}
        for c in claims:
            if c.kind == "quantity" and _own_day(c.time):
                for told in self.of(c.sentence):
                    if told.anaphor:
                        continue  # "the decree" may be another's
                    day = c.time.end
                    out.setdefault(told.event, day if _dates_the_event(day, told.years, now)
                                   else anniversary.years_before(day, told.years))
        return out

    def at(self, c: Claim, starts: dict[str, str], now: str | None) -> Claim:
        """``c``, a cumulative figure in a sentence that names an anniversary of an event the document
        dates, from the event's start to its own day (that anniversary's) or, with no time of its own,
        to publication when that falls near the anniversary, or to the anniversary itself when the
        article is told a year or more after it ("a year after the decree, police had counted 66,000"
        at the second); else unchanged."""
        t = c.time
        if t is None or not _cumulative(c, self.rules):
            return c
        for told in self.of(c.sentence):
            start = starts.get(told.event)
            if start is None:
                continue
            if _own_day(t) and abs(anniversary.days(start, t.end)) <= _NEAR and _dates_the_event(t.end, told.years, now):
                end = now  # "un año después de que se aprobara el régimen, el 14 de julio de 2021, ... contabiliza"
            elif _own_day(t) and abs(anniversary.days(start, anniversary.years_before(t.end, told.years))) <= _NEAR:
                end = t.end
            elif _own_day(t) and t.end == start and now is not None \
                    and anniversary.years_after(start, told.years) <= now:  # its only day dates the event itself
                end = anniversary.years_after(start, told.years)  # "in the first two years of the emergency, declared on"
            elif t.basis == "publication" and not t.start and now is not None and t.end == now \
                    and -2 * _NEAR <= anniversary.days(anniversary.years_before(now, told.years), start) <= _NEAR:
                end = now
            elif not t.start and t.end in (now, None) and t.basis in ("publication", "inherited") and now is not None \
                    and anniversary.days(anniversary.years_after(start, told.years + 1), now) >= -_NEAR:
                end = anniversary.years_after(start, told.years)  # "a year after the decree, 66,000" told at the second
            else:
                continue
            words = f"{told.years} years from the event of {start} to {end}"
            return _retimed(c, replace(t, start=start, end=end, text=words, basis="relative", granularity="span"),
                            told.event)
        return c

    def framed(self, c: Claim, frame: Claim, now: str | None) -> Claim:
        """``c``, a cumulative figure of the places of ``frame`` after it, as of publication with no
        start ("more than 9,000 detained") or over a count of years the anniversary's ("en esos tres
        años"), over the frame's span: the article is told at that anniversary; else unchanged."""
        t, span = c.time, frame.time
        if t is None or span is None or not _cumulative(c, self.rules) or c.line < frame.line \
                or tuple(c.subject) != tuple(frame.subject) or t.start:
            return c
        years = max((told.years for told in self.of(frame.sentence)), default=0)
        if not (t.end is not None and t.end == now) \
                and not (t.end is None and anniversary.counts_years(t.text, years, self.code)):
            return c
        return _retimed(c, replace(span, basis="inherited"))


def _dates_the_event(day: str, years: int, now: str | None) -> bool:
    """Whether a figure's own day in a sentence naming an anniversary dates the event: that many years
    after it falls near publication, the day of the anniversary the article is told at."""
    return now is not None and abs(anniversary.days(anniversary.years_after(day, years), now)) <= 2 * _NEAR


def _own_day(t: TimeScope | None) -> bool:
    """Whether a time is a single day the sentence itself gives."""
    return t is not None and t.basis in ("explicit", "relative") and t.granularity == "day" \
        and bool(t.start) and t.start == t.end


_NEAR = 31  # days by which an anniversary may miss the start the document gives its event


def _retimed(c: Claim, time: TimeScope, rule: str | None = None) -> Claim:
    """``c`` given ``time``, from the discourse, its words the evidence."""
    return replace(c, time=time, binding=c.rebound(Evidence("time", "discourse", time.text, rule)))


@cache
def _as_of_words(code: str) -> tuple[str, ...]:
    return tuple(w + " " for w in lang.phrases(code, "as_of_words"))


@cache
def cue_pattern(code: str, table: str = "running_cues"):
    """Any phrase of the language pack's ``table`` as whole words."""
    return patterns.compile(rf"\b(?:{patterns.phrases(lang.load(code)[table])})\b", patterns.IGNORECASE)


cue_pattern(lang.DEFAULT)  # read on import, as the grammar modules read their tables (a cached run reads no claims)
cue_pattern(lang.DEFAULT, "as_of_cues")
cue_pattern(lang.DEFAULT, "as_of_totals")
cue_pattern(lang.DEFAULT, "event_anaphors")
