"""Which user patterns may backtrack catastrophically under Python's ``re``.

A rule file's regular expression runs over every paragraph of every article, and Python's engine
backtracks: a group repeated without bound whose every match can itself be split in many ways
(``(a+)+``, ``(\\w+\\s?)*``: nothing in the group but a repetition and optional parts) or a
backreference can take exponential time on a line crafted for it. Such patterns are refused at
load time, with the reason. A repeated group with a part that must match once per round
(``(?:\\s+(?:share|print))+``, ``(?:[a-z]+ )+``) is not refused. This is a guard against the
known shapes, not a proof: overlapping alternatives (``(a|aa)*``) pass it. The pattern's text is
read in one pass with a stack of open groups: no parser internals.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_QUANTIFIER = re.compile(r"(?P<q>\*|\+|\?|\{(\d*)(,?)(\d*)\})[?+]?")
_GROUP_OPENING = re.compile(r"\(\?(?:[:>]|P<\w+>|<\w+>|[aiLmsux-]+:)|\(")
_ZERO_WIDTH_GROUP = re.compile(r"\(\?(?:[=!]|<[=!])")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+\)")
_ZERO_WIDTH = frozenset("^$")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZz")


@dataclass
class _Group:
    zero_width: bool = False
    mandatory: int = 0  # parts of the current branch that must match once (not repeated)
    repeats: bool = False  # the current branch holds a part repeated without bound
    self_repeating: bool = False  # some finished branch is only repetitions and optional parts
    branches: list = field(default_factory=list)

    def end_branch(self) -> None:
        self.self_repeating |= self.repeats and not self.mandatory
        self.mandatory, self.repeats = 0, False


def backtracking_risk(pattern: str) -> str | None:
    """Why ``pattern`` may backtrack catastrophically, or None."""
    stack = [_Group()]
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        self_repeating = zero_width = False
        if c == "\\":
            if pattern[i + 1:i + 2].isdigit() and pattern[i + 1] != "0":
                return "a backreference"
            zero_width = pattern[i + 1:i + 2] in _ZERO_WIDTH_ESCAPES
            i += 2
        elif c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            if pattern.startswith("(?P=", i):
                return "a backreference"
            flags = _INLINE_FLAGS.match(pattern, i)
            if flags:
                i = flags.end()
                continue
            zero = _ZERO_WIDTH_GROUP.match(pattern, i)
            opening = zero or _GROUP_OPENING.match(pattern, i)
            stack.append(_Group(zero_width=bool(zero)))
            i = opening.end()
            continue
        elif c == ")" and len(stack) > 1:
            group = stack.pop()
            group.end_branch()
            self_repeating, zero_width = group.self_repeating, group.zero_width
            i += 1
        elif c == "|":
            stack[-1].end_branch()
            i += 1
            continue
        else:
            zero_width = c in _ZERO_WIDTH
            i += 1
        quantifier = _QUANTIFIER.match(pattern, i)
        low, unbounded = 1, False
        if quantifier:
            i = quantifier.end()
            text, lo, comma, hi = quantifier.group("q"), *quantifier.groups(default="")[1:]
            unbounded = text in ("*", "+") or bool(comma and not hi)
            low = 0 if text in ("*", "?") else int(lo or 0) if text.startswith("{") else 1
        if unbounded and self_repeating:
            return "a group repeated without bound that holds nothing but a repetition and optional parts"
        here = stack[-1]
        if zero_width:
            continue
        if unbounded or self_repeating:
            here.repeats = True
        elif low >= 1:
            here.mandatory += 1
    return None


def _class_end(pattern: str, i: int) -> int:
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1
