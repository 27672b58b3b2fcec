"""Figures told with a list that splits one count by place ("127,000 removals to Zembla, 54,000 to
Oz and 41,000 to Ruritania, out of 267,000 in all"; "Ozians led those sent back by Zembla at 43,000,
ahead of 41,000 Ruritanians. Another 2,900 had been sent back in December alone"). The parts are
each about their own place; a figure of the same count said with them that names no place of its
own, the whole (`whole_cues`: "in all") or one carried from the focus of the paragraph, is not
about the last part's place but about the whole: the place acting in the list's sentence ("sent
back by Zembla", `agent_links`), else the place of the last figure of that count before the list
that is no part of it ("ICE removed more than 267,000 people").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding import matchers
from checker.binding.subject import link_before
from checker.model import Claim, Evidence

if TYPE_CHECKING:
    from checker.binding.matchers import Matchers

_OWN = ("phrase", "clause")  # the bases on which a part is about its own place


def wholes(claims: list[Claim], m: Matchers, code: str) -> list[Claim]:
    """The document's claims, each whole or carried figure of a by-place list given the whole's place."""
    out = list(claims)
    seen: dict[tuple, list[Claim]] = {}  # the figures before that may be parts, by paragraph: one pass
    for k, c in enumerate(out):
        if k and _may_be_a_part(out[k - 1]):
            seen.setdefault((out[k - 1].source, out[k - 1].line), []).append(out[k - 1])
        parts = _parts_before(seen.get((c.source, c.line), []), c)
        if len(parts) < 2 or not set(c.subject) <= {p for part in parts for p in part.subject}:
            continue
        why = c.evidence("subject")
        if why is None or why.basis == "phrase" or not (why.basis == "discourse" or _is_whole(c, code)):
            continue
        found = _actor(parts, m, code) or _earlier(out[:k], parts, c.unit)
        if found is not None:
            names, words = found
            why = Evidence("subject", "discourse", f"{words} (the whole the list by place splits)")
            out[k] = replace(c, subject=names, binding=c.rebound(why))
    return out


def _may_be_a_part(p: Claim) -> bool:
    """Whether a figure is about its own single place (a part of a list, if its count's)."""
    return p.kind == "quantity" and len(p.subject) == 1 and (e := p.evidence("subject")) is not None \
        and e.basis in _OWN


def _parts_before(before: list[Claim], c: Claim) -> list[Claim]:
    """The figures of claim ``c``'s count before it in its paragraph (``before``: those about their
    own single place, in order), that make a list: two places at least, told in one sentence."""
    if c.kind != "quantity" or c.metric is None:
        return []
    parts = [p for p in before if p.metric == c.metric]
    by_sentence: dict[str, list[Claim]] = {}
    for p in parts:
        by_sentence.setdefault(p.sentence, []).append(p)
    lists = [ps for ps in by_sentence.values() if len({p.subject for p in ps}) >= 2]
    return lists[-1] if lists else []


def _is_whole(c: Claim, code: str) -> bool:
    at = c.sentence.find(c.text)
    if at < 0:
        return False
    before, after = _whole_patterns(code)
    return bool(before.search(c.sentence, max(0, at - 30), at) or after.match(c.sentence, at + len(c.text)))


def _actor(parts: list[Claim], m: Matchers, code: str) -> tuple[tuple[str, ...], str] | None:
    """The one place acting in the list's sentence ("sent back by Zembla"), if one does and is no part's."""
    text, link = parts[0].sentence, link_before(code, "agent_links")
    own = {p for part in parts for p in part.subject}
    acting = sorted({p[2] for p in matchers.places(text, m)
                     if p[2] not in own and link.search(text, max(0, p[0] - 20), p[0])})
    return (tuple(acting), ", ".join(acting)) if len(acting) == 1 else None


def _earlier(claims: list[Claim], parts: list[Claim], unit: str | None) -> tuple[tuple[str, ...], str] | None:
    """The places of the last figure of the list's count before it in its article that is no part."""
    places = {p for part in parts for p in part.subject}
    first = parts[0]
    for c in reversed(claims):
        if c.source == first.source and c.line < first.line and c.metric == first.metric and c.unit == unit \
                and c.kind == "quantity" and c.change is None and c.subject and not places & set(c.subject):
            return c.subject, c.text
    return None


@cache
def _whole_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before a figure ("out of ") and after it (" in all") that make it the whole."""
    cues = lang.load(code)["whole_cues"]
    return (patterns.compile(rf"\b(?:{patterns.phrases(cues['before'])})\s+$", patterns.IGNORECASE),
            patterns.compile(rf"\s+(?:{patterns.phrases(cues['after'])})\b", patterns.IGNORECASE))


_whole_patterns(lang.DEFAULT)  # read on import, as the grammar modules read their tables
