"""A stretch counted from an event ("in the first 30 days after the ceasefire", "en los primeros 40 días
tras la tregua"): the figure's own period, not the time in focus nor a month named before. It runs
from the event's day when the phrase dates the event ("after the ceasefire of May 2") or the
paragraph or the one before noted the day something began (binding.started), or the document dates
that event (``from_event``, asked by binding.running); else it is left unresolved, and the figure
is not compared. The words are the pack's (context.yaml ``event_spans``: the openers, the "first"
words, the links to the event and the "since" links, which need a "first") with its ``time_units``."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache
from re import Pattern

from checker import lang, patterns
from checker.model import Claim, Evidence, Quantity, TimeMention, TimeScope
from checker.timex import calendar as cal

_STRETCH_END = ",;:—–()"  # where the event's words end
UNDATED = "(an event's, undated)"


def period(text: str, q: Quantity, clause: tuple[int, int], times: list[TimeMention], quantities: list[Quantity],
           started: tuple[int, TimeScope] | None, paragraph: int, code: str = lang.DEFAULT) -> TimeScope | None:
    """The period of figure ``q`` when a stretch after an event stands in its clause with no other
    time between them; None when none does (most figures)."""
    for start, end, unit, n, event in _stretches(text, code):
        if not clause[0] <= start <= clause[1] or start <= q.start < end \
                or any(t.start <= event < t.end for t in times):
            continue  # "in the months since March 9": the time grammar's
        lo, hi = (end, q.start) if end <= q.start else (q.end, start)
        if any(lo <= t.start and t.end <= hi for t in times) or _dated_right_after(text, q, times, quantities) \
                or (hi == start and any(lo <= p.start < hi for p in quantities)):
            continue  # "in the first week after the truce, 40; in May, 300": May's; "300, and 40 in the first week"
        named = min((t.start for t in times if event <= t.start < end), default=end)  # "... del 2 de abril"
        return _dated(text, " ".join(text[start:named].split()), unit, n, event, times, started, paragraph)
    return None


def _dated_right_after(text: str, q: Quantity, times: list[TimeMention], quantities: list[Quantity]) -> bool:
    """Whether a time follows figure ``q`` with no pause nor other figure between ("388 in February")."""
    after = next((t for t in times if t.start >= q.end), None)
    return after is not None and not any(c in text[q.end:after.start] for c in _STRETCH_END) \
        and not any(q.end <= p.start < after.start for p in quantities)


def _dated(text: str, words: str, unit: str, n: int | None, event: int, times: list[TimeMention],
           started: tuple[int, TimeScope] | None, paragraph: int) -> TimeScope:
    """The stretch from the event's day for the length the phrase gives, else unresolved."""
    unresolved = TimeScope(None, None, f"{words} {UNDATED}", "unresolved", "span")
    if n is None or unit not in _LENGTHS:
        return unresolved
    stop = min((i for i in (text.find(c, event) for c in _STRETCH_END) if i >= 0), default=len(text))
    day = next((t.scope.start for t in times if event <= t.start < stop and t.scope.granularity == "day"
                and t.scope.start and t.scope.start == t.scope.end), None)
    if day is None and started is not None and started[0] <= paragraph <= started[0] + 1:
        day = started[1].start
    return unresolved if day is None else _from(day, unit, n, f"{words} (from {day})")


_LENGTHS = ("day", "week", "month", "year")  # the units a stretch is counted in


def _from(day: str, unit: str, n: int, words: str) -> TimeScope:
    """``n`` ``unit``s from ``day`` on, its last day included."""
    lo = date.fromisoformat(day)
    return TimeScope(day, (cal.shift(lo, unit, n) - timedelta(days=1)).isoformat(), words, "relative", "span")


def from_event(c: Claim, starts: dict[str, str], event_res: dict, code: str) -> Claim:
    """``c``, left undated in a stretch after an event, dated from that event's start when the
    document dates the event (``starts``, by event id) and the stretch names it alone ("after the
    truce": one event's words and an article, not "after the truce collapsed"); else unchanged."""
    t = c.time
    if t is None or t.basis != "unresolved" or not t.text.endswith(UNDATED):
        return c
    for start, end, unit, n, event in _stretches(c.sentence, code):
        if f"{' '.join(c.sentence[start:end].split())} {UNDATED}" != t.text:
            continue
        named = c.sentence[event:end].split()
        days = set()
        for eid, day in starts.items():
            objects = event_res.get(eid, (None, None))[0]
            found = objects.search(" ".join(named)) if objects is not None else None
            if found is not None and len(named) <= len(found.group(0).split()) + 1:
                days.add(day)
        if n is None or len(days) != 1 or unit not in _LENGTHS:
            return c
        day = days.pop()
        time = _from(day, unit, n, f"{t.text[:-len(UNDATED) - 1]} (from {day}, when the document dates it)")
        return replace(c, time=time, binding=c.rebound(Evidence("time", "discourse", time.text)))
    return c


@lru_cache(maxsize=4)
def _stretches(text: str, code: str) -> tuple[tuple[int, int, str, int | None, int], ...]:
    """(start, end, unit, length in units or None, event start) of each stretch after an event the
    sentence names, once per sentence: "the first week" is one, "the first days" of no length."""
    if not any(link in text for link in _links(code)) or not _unit_link(code).search(text):
        return ()  # most sentences: plain looks before the pattern (a link follows a unit: in lower case)
    units, plurals, cardinals = _units(code), lang.words(code, "time_unit_plurals"), _cardinals(code)
    since = {" ".join(w.lower().split()) for w in lang.load(code)["event_spans"]["since_links"]}
    found = []
    for m in _pattern(code).finditer(text):
        if not m.group("first") and m.group("link").lower() in since:
            continue  # "in the two years since the decree": up to now (binding.anniversary, running)
        unit, count = m.group("unit").lower(), (m.group("n") or "").lower().replace(",", "")
        n = int(count) if count.isdigit() else cardinals.get(count)
        if not count and m.group("first") and unit not in plurals:
            n = 1
        found.append((m.start(), m.end(), units[unit], n, m.start("event")))
    return tuple(found)


@cache
def _cardinals(code: str) -> dict[str, int]:
    return {w.lower(): int(v) for w, v in lang.load(code)["cardinals"].items() if float(v) == int(v)}


@cache
def _units(code: str) -> dict[str, str]:
    return {w.lower(): unit for w, unit in lang.load(code)["time_units"].items()}


@cache
def _links(code: str) -> tuple[str, ...]:
    """Every link word, lower case and between spaces."""
    table = lang.load(code)["event_spans"]
    return tuple(f" {' '.join(w.lower().split())} " for w in table["links"] + table["since_links"])


@cache
def _unit_link(code: str) -> Pattern[str]:
    """A unit of time and a link word after it, in lower case ("days after")."""
    table = lang.load(code)["event_spans"]
    links = patterns.phrases(table["links"] + table["since_links"])
    return patterns.compile(rf"(?:{patterns.phrases(list(_units(code)))})\s+(?:{links})\s")


@cache
def _pattern(code: str) -> Pattern[str]:
    table = lang.load(code)["event_spans"]
    openers, articles, firsts = (patterns.phrases(table[k]) for k in ("openers", "articles", "firsts"))
    links = patterns.phrases(table["links"] + table["since_links"])
    units = patterns.phrases(list(_units(code)))
    return patterns.compile(
        rf"(?:\b(?:{openers})|^\W*(?:{articles}))\s+(?:(?P<first>{firsts})\s+)?(?:(?P<n>[\w.,]+)\s+)?"
        rf"(?P<unit>{units})\s+(?P<link>{links})\s+(?P<event>[^\W\d_][^,;:—–().\d]*)", patterns.IGNORECASE)
