"""Stocks said by a figure's own words: a level at a date ("room for 36,500 inmates", "8,000
Ruritanians holding work permits", "a population of 6.5 million"), not a count of events.

Such a figure with no date of its own is "as of" its article's date (DESIGN.md, "Context"); it is
keyed by the kind of stock its words name and its counted noun, and compared by place. The cue
must touch the figure's phrase: a stock word elsewhere in the clause says nothing about it.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from re import Pattern
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding.metric import stock_cues
from checker.checks import counted
from checker.model import Claim

if TYPE_CHECKING:
    from checker.checks.context import Context


def stock_key(claim: Claim, ctx: Context) -> str | None:
    """``stock:<kind>[:<noun>]`` when the words touching the figure make it a stock, else None."""
    if claim.metric or claim.kind != "quantity" or claim.unit not in ("count", "percent"):
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    rest = claim.sentence[at + len(claim.text):]
    if claim.unit == "percent":
        share = claim.change is None and _kind(_shares(ctx.pack(claim.source)), rest, end=False)
        return f"stock:{share}" if share else None
    before, after = stock_cues(ctx.pack(claim.source))
    kind = _kind(before, claim.sentence[:at], end=True) or _kind(after, rest, end=False)
    if kind is None:
        return ctx.other_accounts.get(claim.id)
    if not claim.noun:
        return f"stock:{kind}"
    noun = ctx.pack(claim.source)["stock_noun_ids"].get(claim.noun.lower(), claim.noun)  # "reos" and "inmates": one stock
    modifiers = (counted.signature(claim, ctx) or "").partition("|")[0]  # "female inmates" are not all inmates
    return f"stock:{kind}:{modifiers} {noun}" if modifiers else f"stock:{kind}:{noun}"


def other_accounts(claims: Sequence[Claim], ctx: Context) -> dict[str, str]:
    """Per claim id, the key of the stock a figure is another account of: "some 11,000 Zemblans now
    holding permits ... The ministry described a smaller group, saying the law affects about 8,000
    Zemblans". A count of the stock's noun whose sentence says before it that it gives another
    account (``other_account_cues``), with no other count of that noun between the two in the article."""
    out: dict[str, str] = {}
    last: dict[tuple[str, str], str] = {}  # (source, noun) -> the key of the last stock of that noun
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        if claim.kind != "quantity" or claim.metric or claim.unit != "count" or not claim.noun:
            continue
        noun = (claim.source, claim.noun)
        key = stock_key(claim, ctx)
        if key is not None:
            last[noun] = key
            continue
        at = claim.sentence.find(claim.text)
        if noun in last and at >= 0 and _other_account(ctx.pack(claim.source)).search(claim.sentence, 0, at):
            out[claim.id] = last[noun]
        last.pop(noun, None)
    return out


@cache
def _other_account(pack: lang.Pack) -> Pattern[str]:
    return patterns.compile(rf"\b(?:{patterns.phrases(pack['other_account_cues'])})\b", patterns.IGNORECASE)


def _kind(cues: dict[str, Pattern[str]], text: str, end: bool) -> str | None:
    for kind, pattern in cues.items():
        if (pattern.search(text) if end else pattern.match(text)):
            return kind
    return None


def with_nouns(keyed: list[tuple[Claim, tuple[str, str]]], ctx: Context) -> list[tuple[Claim, tuple[str, str]]]:
    """A stock whose figure names no noun ("a prison with capacity for 9,000") counts what the one
    stock of its kind and unit with a noun in the same place counts ("room for 9,000 inmates");
    with no such stock, or several nouns (inmates, fans), it keeps its own key and joins none."""
    nouns: dict[tuple[str, str], list[tuple[str, frozenset[str]]]] = {}
    for claim, (key, unit) in keyed:
        parts = key.split(":", 2)
        if is_stock(key) and len(parts) == 3:
            nouns.setdefault((parts[1], unit), []).append((parts[2], ctx.places(claim)))
    out = []
    for claim, (key, unit) in keyed:
        parts = key.split(":", 2)
        if is_stock(key) and len(parts) == 2:
            places = ctx.places(claim)
            named = {noun for noun, where in nouns.get((parts[1], unit), []) if places and places & where}
            if len(named) == 1:
                key = f"{key}:{named.pop()}"
        out.append((claim, (key, unit)))
    return out


@cache
def _shares(pack: lang.Pack) -> dict[str, Pattern[str]]:
    """Per kind: "of" and a population, then the state its share is in, within the clause and
    before any other percent ("2% of its adults, or 90,000 people, are behind bars")."""
    links = patterns.phrases(pack["share_links"])
    return {kind: patterns.compile(rf"\s+(?:{links})\s+[^.;:%]{{0,{_SHARE_REACH}}}?\b(?:{patterns.phrases(words)})\b",
                                   patterns.IGNORECASE)
            for kind, words in pack["stock_share_states"].items()}


_SHARE_REACH = 80  # characters between "of" and the state a share of a population is in


def is_loose(key: str, unit: str) -> bool:
    """Whether a stock key is a share's (percent): its population is read loosely ("adults",
    "its adult population"), so its figures may agree or drift, never conflict."""
    return is_stock(key) and unit == "percent"


def is_stock(key: str) -> bool:
    """Whether a quantity key (checks/blocks.py) is a stock's from ``stock_key``."""
    return key.startswith("stock:")


def stock_name(key: str) -> str:
    """What a stock key is called in messages: "stock:capacity:inmate" -> "capacity (inmate)"."""
    _, kind, noun = (key.split(":", 2) + [""])[:3]
    kind = kind.replace("_", " ")
    return f"{kind} ({noun})" if noun else kind
