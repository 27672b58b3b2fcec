"""Running totals that count from an event: a cumulative figure with no time of its own whose
sentence says it runs "so far" and names an event the article dates ("the crackdown has so far
led to 9,000 arrests" where the crackdown was declared on May 2) covers the stretch from that
event to its as-of date, not the publication day alone. The cue words are the language pack's
(``running_cues``); the events are the rules' (DESIGN.md, "Context")."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.model import Claim, Evidence

if TYPE_CHECKING:
    from checker.binding.matchers import Matchers
    from checker.ruleset import RuleSet


def from_events(claims: list[Claim], rules: RuleSet, m: Matchers, code: str) -> list[Claim]:
    """The document's claims, each running total from an event dated in it given that event's start."""
    cue = _cue(code)  # compiled once per language, read whether or not the document has events
    starts: dict[str, str] = {}
    for c in claims:
        if c.kind == "event" and c.metric and c.time is not None and c.time.start:
            starts[c.metric] = min(starts.get(c.metric, c.time.start), c.time.start)
    if not starts:
        return claims
    return [_from_event(c, rules, m, cue, starts) for c in claims]


def _from_event(c: Claim, rules: RuleSet, m: Matchers, cue: re.Pattern[str], starts: dict[str, str]) -> Claim:
    rule = rules.metrics.get(c.metric) if c.metric else None
    if c.kind != "quantity" or rule is None or not rule.cumulative or c.time is None \
            or c.time.basis != "publication" or not cue.search(c.sentence):
        return c
    for eid, start in sorted(starts.items(), key=lambda kv: kv[1]):
        objects = m.event_res.get(eid, (None, None))[0]
        found = objects.search(c.sentence) if objects is not None else None
        if found is not None and start <= (c.time.end or start):
            words = f"from the {found.group(0)} ({start}) to date"
            time = replace(c.time, start=start, text=words, basis="relative", granularity="span")
            binding = tuple(e for e in c.binding if e.field != "time") + (Evidence("time", "discourse", words, eid),)
            return replace(c, time=time, binding=binding)
    return c


@cache
def _cue(code: str):
    return patterns.compile(rf"\b(?:{patterns.phrases(lang.load(code)['running_cues'])})\b", patterns.IGNORECASE)


_cue(lang.DEFAULT)  # read on import, as the grammar modules read their tables (a cached run reads no claims)
