"""Stocks said by a figure's own words: a level at a date ("room for 40,000 inmates", "8,000
Ruritanians holding work permits", "a population of 6.5 million"), not a count of events.

Such a figure with no date of its own is "as of" its article's date (DESIGN.md, "Context"); it is
keyed by the kind of stock its words name and its counted noun, and compared by place. The cue
must touch the figure's phrase: a stock word elsewhere in the clause says nothing about it.
"""
from __future__ import annotations

from re import Pattern
from typing import TYPE_CHECKING

from checker import lang
from checker.binding.metric import stock_cues
from checker.model import Claim

if TYPE_CHECKING:
    from checker.checks.context import Context


def stock_key(claim: Claim, ctx: Context) -> str | None:
    """``stock:<kind>[:<noun>]`` when the words touching the figure make it a stock, else None."""
    if claim.metric or claim.kind != "quantity" or claim.unit != "count":
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    before, after = _cues(ctx.pack(claim.source))
    kind = _kind(before, claim.sentence[:at], end=True) or _kind(after, claim.sentence[at + len(claim.text):], end=False)
    if kind is None:
        return None
    return f"stock:{kind}:{claim.noun}" if claim.noun else f"stock:{kind}"


def _kind(cues: dict[str, Pattern[str]], text: str, end: bool) -> str | None:
    for kind, pattern in cues.items():
        if (pattern.search(text) if end else pattern.match(text)):
            return kind
    return None


def _cues(pack: lang.Pack) -> tuple[dict[str, Pattern[str]], dict[str, Pattern[str]]]:
    """Per kind: the cues before and after a figure (binding.metric reads them too)."""
    return stock_cues(pack)


def is_stock(key: str) -> bool:
    """Whether a quantity key (checks/blocks.py) is a stock's from ``stock_key``."""
    return key.startswith("stock:")


def stock_name(key: str) -> str:
    """What a stock key is called in messages: "stock:capacity:inmate" -> "capacity (inmate)"."""
    _, kind, noun = (key.split(":", 2) + [""])[:3]
    kind = kind.replace("_", " ")
    return f"{kind} ({noun})" if noun else kind
