"""Figures listed in a row, each with its place ("$45 million for Zembla, $69.4 million for Oz and
$65.7 million for Ruritania, roughly matching what the ministry set aside for each in 2019"), are
items of one list: they count one thing over one period. Words after the last item describe
something else (here, what the items are set against), so a last item whose metric or period
differs from the items before it, taken only from words after it, takes the list's metric and
period (basis ``discourse``). The list needs three items at least, the ones before the last
agreeing on both. The words between items are the language pack's (``place_links``,
``coordinators``)."""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from re import Pattern

from checker import lang, patterns
from checker.model import Claim, Evidence

_MIN_ITEMS = 3  # a list's items: the ones before its last agree, two at least


def aligned(claims: list[Claim], code: str = lang.DEFAULT) -> list[Claim]:
    """The document's claims, the last item of each list by place given the list's metric and period."""
    out = list(claims)
    run: list[int] = []  # indexes of the figures of the current list, in order
    for k, c in enumerate(out):
        if run and _goes_on(out[run[-1]], c, code):
            run.append(k)
            continue
        _align(out, run)
        run = [k] if c.kind == "quantity" and c.metric is not None else []
    _align(out, run)
    return out


def _goes_on(before: Claim, c: Claim, code: str) -> bool:
    """Whether figure ``c`` is the next item of the list ``before`` is in: its sentence, its unit,
    and between them only a place link, a name, and a comma or a coordinator."""
    if c.kind != "quantity" or c.sentence != before.sentence or c.unit != before.unit or c.start <= before.end:
        return False
    at = c.sentence.find(before.text)
    end = c.sentence.find(c.text, at + len(before.text)) if at >= 0 else -1
    return end >= 0 and _between(code).fullmatch(c.sentence, at + len(before.text), end) is not None


def _align(out: list[Claim], run: list[int]) -> None:
    if len(run) < _MIN_ITEMS:
        return
    items = [out[k] for k in run]
    first, last = items[0], items[-1]
    if any(i.metric != first.metric or not _same_time(i, first) for i in items[1:-1]):
        return
    if last.metric == first.metric and _same_time(last, first):
        return
    after = last.sentence[last.sentence.find(last.text) + len(last.text):]
    if not all(_said_after(last, field, after) for field in ("metric", "time") if _differs(last, first, field)):
        return
    words = f"{first.text} (the list it is the last item of)"
    kept = tuple(e for e in last.binding if e.field not in ("metric", "time"))
    carried = tuple(Evidence(e.field, "discourse", words, e.rule) for e in first.binding if e.field in ("metric", "time"))
    out[run[-1]] = replace(last, metric=first.metric, time=first.time, binding=carried + kept)


def _same_time(a: Claim, b: Claim) -> bool:
    return (a.time is None) == (b.time is None) and (a.time is None or (a.time.start, a.time.end) == (b.time.start, b.time.end))


def _differs(last: Claim, first: Claim, field: str) -> bool:
    return last.metric != first.metric if field == "metric" else not _same_time(last, first)


def _said_after(claim: Claim, field: str, after: str) -> bool:
    """Whether the words that gave ``claim`` its ``field`` stand only after it in its sentence, past
    a comma: in an aside, not its own phrase ("... and $65 million for Ruritania in 2019")."""
    why = claim.evidence(field)
    if why is None or why.basis not in ("clause", "phrase", "predicate") or not why.words:
        return False
    at = after.find(why.words)
    return at >= 0 and "," in after[:at] and why.words not in claim.sentence[:claim.sentence.find(claim.text)]


@cache
def _between(code: str) -> Pattern[str]:
    """A place link, one to three capitalised words, then a comma or a coordinator: " for Zembla, "."""
    pack = lang.load(code)
    links, joined = patterns.phrases(pack["place_links"]), patterns.phrases(pack["coordinators"])
    return patterns.compile(rf"\s+(?:{links})\s+(?:[{patterns.UPPER}][\w'’.-]*\s*){{1,3}}(?:,\s*(?:(?:{joined})\s+)?|(?<=\s)(?:{joined})\s+)")
