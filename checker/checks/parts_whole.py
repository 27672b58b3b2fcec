"""Parts vs a stated whole, inside one source.

Two shapes: "9,000 evacuated, including 1,200 children" (a part named in the whole's sentence
must not exceed it), and a sentence listing parts by place ("1,200 Danes, 3,400
Swedes and 2,100 Norwegians") under a whole for a region they belong to. Parts of a larger
group may sum to less than the whole; only an exhaustive split ("the rest", "split between")
must add up.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from re import Pattern
from typing import NamedTuple

from checker import lang, patterns
from checker.checks.blocks import by_sentence, by_source
from checker.checks.context import Context
from checker.checks.established import reason
from checker.checks.findings import fmt, make_finding, show, values_of
from checker.checks.intervals import interval, relative_gap, verdict
from checker.checks.periods import period_of
from checker.model import Claim, Finding

ID = "parts-whole"
DRIFT_BAND = 0.05


class Grammar(NamedTuple):
    """The words this check reads in one language (``part_cues``, ``exhaustive_cues``)."""

    including: Pattern[str]  # a part cue ending the text before a part: "..., including "
    exhaustive: Pattern[str]  # a phrase saying the parts split the whole exactly


@cache
def grammar(pack: lang.Pack) -> Grammar:
    """This check's patterns, built from a language pack once."""
    part = patterns.phrases(pack["part_cues"], flexible_space=False)
    exhaustive = patterns.phrases(pack["exhaustive_cues"], flexible_space=False)
    return Grammar(patterns.compile(rf"\b(?:{part})\s+$", patterns.IGNORECASE),
                   patterns.compile(rf"\b(?:{exhaustive})\b", patterns.IGNORECASE))


def blocks(claims: Sequence[Claim], ctx: Context) -> dict[str, list[Claim]]:
    """Counts of a named metric, and counts of none that may be a subgroup named as a part of one
    ("..., including 1,200 children": never the metric's total, still within its whole), by source:
    parts and wholes are compared inside one article."""
    return by_source(c for c in claims if c.kind == "quantity" and c.value is not None and c.unit == "count"
                     and (c.metric or c.noun))


def judge(source: str, counts: list[Claim], ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    sentences = by_sentence(counts)
    words = grammar(ctx.pack(source))
    for members in sentences.values():
        findings.extend(_including(members, words, ctx))
    wholes: dict[str, list[Claim]] = defaultdict(list)
    for claim in counts:
        wholes[claim.metric].append(claim)
    for (_, sentence), members in sentences.items():
        parts = _split_by_place([c for c in members if c.metric], ctx)
        if parts is None:
            continue
        held = [whole for whole in wholes[parts[0].metric] if whole.sentence != sentence
                and period_of(whole, ctx) == period_of(parts[0], ctx) and reason(whole, ctx) is None
                and _contains(whole, parts, ctx)]
        for whole in _largest(held):
            findings.append(_sum_check(whole, parts, bool(words.exhaustive.search(sentence)), ctx))
    return findings


def _largest(wholes: list[Claim]) -> list[Claim]:
    """Of the wholes one source states for the parts' places and period, those as large as the
    largest: a smaller one is another whole or a figure bound to the metric amiss ("40 massacres,
    with 170 victims" beside "2,900 homicides"), and the value check weighs the two against each
    other; the parts are held to the largest."""
    if len(wholes) < 2:
        return wholes
    top = max(interval(w)[1] for w in wholes)
    return [w for w in wholes if interval(w)[1] >= top]


def _including(members: list[Claim], words: Grammar, ctx: Context) -> list[Finding]:
    out = []
    for whole, part in zip(members, members[1:]):
        at = whole.sentence.find(part.text)
        if at < 0 or not _part_of(whole, part, ctx) or not words.including.search(whole.sentence[:at]):
            continue
        if reason(whole, ctx) is not None or period_of(whole, ctx) != period_of(part, ctx):
            continue  # "27 killed last year, including 39 on June 13": a part of another period
        whi, plo = interval(whole)[1], interval(part)[0]
        kind = "conflict" if plo > whi else "agreement"
        said = "exceeds" if kind == "conflict" else "fits within"
        out.append(make_finding(ctx, ID, kind, [whole, part], metric=whole.metric, period=_label(whole, ctx),
                                message=f"the part {show(part)} {said} the whole {show(whole)}."))
    return out


def _part_of(whole: Claim, part: Claim, ctx: Context) -> bool:
    """Whether ``part`` may be a part of ``whole``: it counts the same metric, or none while its noun
    names a subgroup of the whole's ("9,000 deported, including 1,200 children")."""
    if whole.metric is None or part.metric is not None:
        return whole.metric is not None and whole.metric == part.metric
    subgroups = {s.lower() for s in ctx.rules.metrics[whole.metric].subgroups}
    return part.noun is not None and part.noun.lower() in subgroups


def _split_by_place(members: list[Claim], ctx: Context) -> list[Claim] | None:
    """Two or more figures of one metric and period, each for one different place."""
    places = [frozenset(n for n in c.subject if n in ctx.place_type) for c in members]
    if len(members) < 2 or any(len(p) != 1 for p in places) or len(set(places)) != len(places):
        return None
    if len({c.metric for c in members}) != 1 or len({period_of(c, ctx) for c in members}) != 1:
        return None
    return members


def _contains(whole: Claim, parts: list[Claim], ctx: Context) -> bool:
    """The whole is about a region every part's place belongs to; any other place of the whole (the
    state that deported them: "Zembla deported 9,000 Central Americans") is named where the parts
    are, else the parts may be another state's ("Hondurans sent back by Oz numbered 4,000, ...")."""
    regions = set(whole.subject)
    places = [p for c in parts for p in c.subject if p in ctx.place_type]
    holding = {r for r in regions if all(r in ctx.part_of.get(p, ()) for p in places)}
    if not regions or not holding:
        return False
    spelled = {e.name: (e.name, *e.aliases) for e in ctx.rules.entities}
    return all(patterns.compile(rf"(?<!\w)(?:{patterns.phrases(spelled.get(x, (x,)))})(?!\w)", patterns.IGNORECASE)
               .search(parts[0].sentence) for x in regions - holding)


def _sum_check(whole: Claim, parts: list[Claim], exhaustive: bool, ctx: Context) -> Finding:
    lo = sum(interval(c)[0] for c in parts)
    hi = sum(interval(c)[1] for c in parts)
    wlo, whi = interval(whole)
    if exhaustive:
        kind = verdict(relative_gap((lo, hi), (wlo, whi)), DRIFT_BAND)
    else:
        kind = "conflict" if lo > whi else "agreement"
    total = fmt(lo) if lo == hi else f"{fmt(lo)}-{fmt(hi)}"
    how = "an exhaustive split, must equal" if exhaustive else "parts of it, may not exceed"
    return make_finding(ctx, ID, kind, [whole, *parts], metric=whole.metric, period=_label(whole, ctx),
                        message=f"{values_of(parts)} sum to {total}; {how} the whole {show(whole)}.")


def _label(claim: Claim, ctx: Context) -> str:
    period = period_of(claim, ctx)
    return period.label() if period else ""
