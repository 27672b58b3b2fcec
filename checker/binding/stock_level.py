"""A stock's level ("room for 9,000 inmates", "capacidad para 9.000 reos") is as of its article's
date unless a time of its own stretch dates it. A time the figure took from another stretch of its
sentence (between punctuation marks), one that holds a figure of its own ("the jail has room for 9,000, and in March it held
2,000"; "con capacidad para 9.000 reos, que el año pasado operaba al 30 %"), dates that figure:
the level then holds as of the publication, like any undated stock (checks/stocks.py)."""
from __future__ import annotations

from dataclasses import replace

from checker.binding.metric import touches_a_stock_cue
from checker.binding.time_scope import BREAKS
from checker.model import Claim, Evidence, TimeScope

_DATED = ("explicit", "relative")


def as_of_article(claims: list[Claim], code: str, publication: TimeScope | None) -> list[Claim]:
    """``claims``, each stock dated by another clause's time made "as of" ``publication``."""
    if publication is None:
        return claims
    return [_as_of(c, claims, code, publication) if _dated_stock(c, code) else c for c in claims]


def _dated_stock(c: Claim, code: str) -> bool:
    if c.kind != "quantity" or c.metric or c.unit != "count" or c.time is None or c.time.basis not in _DATED \
            or not c.time.text:
        return False
    at = c.sentence.find(c.text)
    return at >= 0 and touches_a_stock_cue(c.sentence, at, at + len(c.text), code)


def _as_of(c: Claim, claims: list[Claim], code: str, publication: TimeScope) -> Claim:
    text = c.sentence
    at, when = text.find(c.text), text.find(c.time.text)
    if when < 0:
        return c
    lo, hi = _stretch(text, when)
    if lo <= at < hi:
        return c
    if not any(o is not c and o.kind == "quantity" and o.source == c.source and o.sentence == c.sentence
               and lo <= text.find(o.text) < hi for o in claims):
        return c
    return replace(c, time=publication, binding=c.rebound(Evidence("time", "publication", "")))


def _stretch(text: str, pos: int) -> tuple[int, int]:
    """The stretch of ``text`` between the punctuation marks around ``pos``."""
    lo = max(text.rfind(mark, 0, pos) for mark in BREAKS) + 1
    ends = [k for k in (text.find(mark, pos) for mark in BREAKS) if k >= 0]
    return lo, min(ends, default=len(text))
