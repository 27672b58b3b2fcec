"""Running totals that count from an event: a cumulative figure with no time of its own whose
sentence says it runs "so far" and names an event the article dates ("the crackdown has so far
led to 9,000 arrests" where the crackdown was declared on May 2) covers the stretch from that
event to its as-of date, not the publication day alone. A later figure of the same count dated at
a point and told as a count up to it ("when the decree was renewed in July, 12,000 had been
detained") continues that running total, from an event or a date ("since March 27"): it runs
from the same start to its own date, not over the month named. The cue words are the language
pack's (``running_cues``, ``as_of_cues``); the events are the rules' (DESIGN.md, "Context")."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.model import Claim, Evidence, TimeScope

if TYPE_CHECKING:
    from checker.binding.matchers import Matchers
    from checker.ruleset import RuleSet

_LINES = 2  # lines after a running total over which a figure dated at a point may continue it (the next paragraph)


def from_events(claims: list[Claim], rules: RuleSet, m: Matchers, code: str,
                publication: TimeScope | None = None) -> list[Claim]:
    """The document's claims, each running total from an event dated in it given that event's start,
    and each count up to a point that continues a running total given that total's start."""
    cue, as_of = _cue(code), _cue(code, "as_of_cues")  # compiled once per language, read whether or not the document has events
    starts: dict[str, str] = {}
    for c in claims:
        if c.kind == "event" and c.metric and c.time is not None and c.time.start:
            starts[c.metric] = min(starts.get(c.metric, c.time.start), c.time.start)
    now = publication.end if publication is not None else None
    out: list[Claim] = []
    series: dict[str, Claim] = {}  # by metric: the last running total, from an event or a date
    for c in claims:
        found = _from_event(c, rules, m, cue, starts) if starts else c
        if found is c and c.metric in series:
            found = _continued(c, series[c.metric], rules, as_of)
        if found is not c or _runs_to(c, rules, now):
            series[c.metric] = found
        out.append(found)
    return out


def _runs_to(c: Claim, rules: RuleSet, now: str | None) -> bool:
    """Whether ``c`` is a running total counted from a date to publication ("36,000 since March 27")."""
    t = c.time
    return _cumulative(c, rules) and t is not None and now is not None \
        and t.basis != "publication" and bool(t.start) and t.start < now == t.end


def _cumulative(c: Claim, rules: RuleSet) -> bool:
    """Whether ``c`` is a figure of a metric the rules count cumulatively."""
    rule = rules.metrics.get(c.metric) if c.metric else None
    return c.kind == "quantity" and rule is not None and rule.cumulative


def _from_event(c: Claim, rules: RuleSet, m: Matchers, cue: re.Pattern[str], starts: dict[str, str]) -> Claim:
    if not _cumulative(c, rules) or c.time is None or c.time.basis != "publication" or not cue.search(c.sentence):
        return c
    for eid, start in sorted(starts.items(), key=lambda kv: kv[1]):
        objects = m.event_res.get(eid, (None, None))[0]
        found = objects.search(c.sentence) if objects is not None else None
        if found is not None and start <= (c.time.end or start):
            words = f"from the {found.group(0)} ({start}) to date"
            return _retimed(c, replace(c.time, start=start, text=words, basis="relative", granularity="span"), eid)
    return c


def _continued(c: Claim, head: Claim, rules: RuleSet, as_of: re.Pattern[str]) -> Claim:
    """``c`` as a count up to its own date of the running total ``head`` ("by July, 12,000 had been
    detained" after "9,000 detained since the crackdown began"), when it is one: a figure of the same
    metric and places, dated at a day or a month at most on or after the total's start, in its paragraph or the
    next, told with an ``as_of_cues`` word; else ``c`` unchanged."""
    t, start = c.time, head.time.start if head.time is not None else None
    if not _cumulative(c, rules) or t is None or start is None \
            or t.basis not in ("relative", "explicit") or not t.start or not t.end or t.start < start \
            or t.granularity not in ("day", "month", "span") or _days(t.start, t.end) > 31 or c.source != head.source \
            or not 0 <= c.line - head.line <= _LINES or tuple(c.subject) != tuple(head.subject) \
            or not as_of.search(c.sentence):
        return c
    words = f"{t.text}, counted from {start}"
    return _retimed(c, replace(t, start=start, text=words, granularity="span"))


def _retimed(c: Claim, time: TimeScope, rule: str | None = None) -> Claim:
    """``c`` given ``time``, from the discourse, its words the evidence."""
    return replace(c, time=time, binding=c.rebound(Evidence("time", "discourse", time.text, rule)))


def _days(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


@cache
def _cue(code: str, table: str = "running_cues"):
    """Any phrase of the language pack's ``table`` as whole words."""
    return patterns.compile(rf"\b(?:{patterns.phrases(lang.load(code)[table])})\b", patterns.IGNORECASE)


_cue(lang.DEFAULT)  # read on import, as the grammar modules read their tables (a cached run reads no claims)
_cue(lang.DEFAULT, "as_of_cues")
