"""What a figure with no metric counts, beyond its head noun (DESIGN.md, "Findings": the generic
key). "120 gang members" killed and "14 of its members" killed, "9 members of the navy" and
"3,000 gang members" a jail would hold all count members; they are one quantity only when the
noun's modifiers ("gang"; "of the navy") and the class of the predicate that governs
the figure (killed, wounded, detained, deported, holding) are the same. The signature is
"<modifiers>|<predicate class>"; both empty is the bare noun, comparable as before.

A figure with no noun of its own ("... counts 9 members of the navy wounded, while another
puts the number at 12") takes the modifiers of the earlier figure in its sentence whose
noun it took, and that figure's predicate class when its own words name none.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from re import Pattern
from typing import TYPE_CHECKING, NamedTuple

from checker import lang, patterns
from checker.model import Claim

if TYPE_CHECKING:
    from checker.checks.context import Context

_BOUNDARY = re.compile(r"[,;:()\u2014\u2013]|\d|\s-\s")  # a clause or another figure ends the window
_REACH = 40  # how far before a figure its predicate may stand ("the deaths of 14 of its members")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


class _Words(NamedTuple):
    stop: frozenset[str]
    numbers: frozenset[str]
    of: frozenset[str]
    predicates: dict[str, Pattern[str]]  # class -> its words, whole words
    predicate_words: frozenset[str]  # each single word of those, to end an "of" complement
    participles: tuple[str, ...]  # endings of a participle that may follow the noun ("people traveling in ...")


@cache
def _words(pack: lang.Pack) -> _Words:
    groups = pack["count_predicates"]
    return _Words(frozenset(w.lower() for w in pack["stop_words"]),
                  frozenset(pack["cardinals"]) | frozenset(pack["scales"]) | frozenset(pack["vague_plurals"])
                  | frozenset(pack["scale_suffixes"]),
                  frozenset(pack["partitive_words"]),
                  {kind: patterns.compile(rf"\b(?:{patterns.phrases(words)})\b", patterns.IGNORECASE)
                   for kind, words in groups.items()},
                  frozenset(w.lower() for words in groups.values() for phrase in words for w in phrase.split()),
                  tuple(e for e in pack["participle_endings"] if e not in pack["past_endings"]))


def signatures(claims: Sequence[Claim], ctx: Context) -> dict[str, str]:
    """Per claim id (metric-less counts with a noun only): what it counts beyond its noun."""
    out: dict[str, str] = {}
    earlier: dict[tuple[str, str, str], tuple[tuple[str, ...], str]] = {}  # (source, sentence, noun) -> last own
    last: dict[tuple[str, str], tuple[int, tuple[str, ...], str]] = {}  # (source, noun) -> its sentence's end, last own
    for claim in sorted(claims, key=lambda c: (c.source, c.start)):
        if claim.kind != "quantity" or claim.metric or claim.unit != "count" or not claim.noun:
            continue
        words = _words(ctx.pack(claim.source))
        at = _locate(claim)
        phrase = _noun_phrase(claim.text, words)
        predicate = _predicate(claim, at, words)
        place = (claim.source, claim.sentence, claim.noun)
        if phrase is not None:
            modifiers = _modifiers(claim, at, phrase, words)
            earlier[place] = (modifiers, predicate)
            last[claim.source, claim.noun] = (claim.start - at + len(claim.sentence), modifiers, predicate)
        elif place in earlier:  # "..., 300 of them in family units": the earlier figure's, and a kind of them
            modifiers = tuple(sorted({*earlier[place][0], *_modifiers(claim, at, [], words)}))
            predicate = predicate or earlier[place][1]
        elif _right_after(last.get((claim.source, claim.noun)), claim.start - at):
            _, modifiers, predicate = last[claim.source, claim.noun]  # "... 127 massacres. A year earlier there were 168"
        else:
            continue  # a noun from further away: what it counts is not said here, so no key
        out[claim.id] = f"{' '.join(modifiers)}|{predicate}"
    return out


def _right_after(own: tuple[int, tuple[str, ...], str] | None, start: int) -> bool:
    """Whether a sentence beginning at ``start`` is the one right after the sentence of the last
    figure with its own noun (``own``: where that sentence ends, ...): a bare count carried that
    noun from it (binding.pointed_back), and counts what that figure counts."""
    return own is not None and 0 <= start - own[0] <= _SENTENCE_GAP


_SENTENCE_GAP = 3  # characters between two sentences one after the other: a space, or a paragraph's break


def signature(claim: Claim, ctx: Context) -> str | None:
    """The claim's signature (see ``signatures``); None when what it counts is not known."""
    if claim.id in ctx.counted:
        return ctx.counted[claim.id]
    return signatures([claim], ctx).get(claim.id)


def name(noun: str, sig: str) -> str:
    """"members", "gang|killed" -> "gang members (killed)"."""
    modifiers, _, predicate = sig.partition("|")
    return " ".join(x for x in (modifiers, noun, f"({predicate})" if predicate else "") if x)


def _locate(claim: Claim) -> int:
    """Where the figure's words stand in its sentence (a whole-word match: "17" also stands in "2017")."""
    found = re.search(rf"(?<![\w.,]){re.escape(claim.text)}(?!\w)", claim.sentence)
    return found.start() if found else max(claim.sentence.find(claim.text), 0)


def _noun_phrase(text: str, words: _Words) -> list[str] | None:
    """The words after the figure's number in its own text, the head noun last ("gang members" in
    "roughly 3,000 gang members"); None when the text ends with the number (a noun taken from before)."""
    digits = [m.end() for m in re.finditer(r"\d", text)]
    tokens = [t.lower() for t in _WORD.findall(text[digits[-1]:] if digits else text)]
    last_number = max((i for i, t in enumerate(tokens) if t in words.numbers), default=-1)
    return tokens[last_number + 1:] or None


def _modifiers(claim: Claim, at: int, phrase: list[str], words: _Words) -> tuple[str, ...]:
    """Content words between the figure's number and its noun ("gang" in "120 gang members"), and
    those of an "of" complement or a participle's phrase right after its phrase ("navy" in "9 members
    of the navy", "traveling families" in "300 people traveling in families")."""
    found = [t for t in phrase[:-1] if t not in words.stop]
    rest = claim.sentence[at + len(claim.text):]
    cut = _BOUNDARY.search(rest)
    after = [t.lower() for t in _WORD.findall(rest[:cut.start()] if cut else rest)]
    participle = bool(after) and after[0].endswith(words.participles) \
        and after[0] not in words.predicate_words and after[0] not in words.stop
    if after and (after[0] in words.of or participle):
        complement: list[str] = []
        for word in after[1:]:
            if word in words.stop:  # "of them in groups": a stop word ends only a complement begun
                if complement:
                    break
            elif word in words.predicate_words:
                break
            else:
                complement.append(word)
        found += [after[0], *complement] if participle else complement
    return tuple(sorted({w.removesuffix("'s").removesuffix("\u2019s") for w in found}))


def _predicate(claim: Claim, at: int, words: _Words) -> str:
    """The class of the words that say what happened to what the figure counts: first in its own
    clause after it ("120 gang members dead"), else the nearest before it ("the deaths of 14")."""
    end = at + len(claim.text)
    after = claim.sentence[end:]
    stop = _BOUNDARY.search(after)
    after = after[:stop.start()] if stop else after
    before = claim.sentence[max(0, at - _REACH):at]
    cuts = [m.end() for m in _BOUNDARY.finditer(before)]
    before = before[cuts[-1]:] if cuts else before
    hits = [(m.start(), kind) for kind, p in words.predicates.items() for m in p.finditer(after)]
    if hits:
        return min(hits)[1]
    hits = [(m.start(), kind) for kind, p in words.predicates.items() for m in p.finditer(before)]
    return max(hits)[1] if hits else ""
