"""The one place where checker compiles regular expressions, and where any speed trick would live.

Grammars are written in plain ``re`` and compiled here, once per process (``compile`` caches by
pattern and flags). Word lists from a language pack become regex alternations through
``phrases``: longest first (so that "more than" is tried before "more"), escaped, and with a space
matching any run of whitespace, as in wrapped news text.

No private ``re`` internals and no generated code: a pattern that is slow is rewritten, not
rewritten by machinery.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["compile", "phrases"]

IGNORECASE = re.IGNORECASE
MULTILINE = re.MULTILINE


@lru_cache(maxsize=None)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name re uses
    """``re.compile(pattern, flags)``, once per process for each pattern and flags."""
    return re.compile(pattern, flags)


def phrases(items: Iterable[str], *, flexible_space: bool = True, by_first_letter: bool = False) -> str:
    """A regex alternation (no group around it) matching any of ``items`` literally, longest first;
    a space inside a phrase matches any whitespace run when ``flexible_space``. Empty input gives a
    pattern that never matches.

    ``by_first_letter`` writes the phrases grouped by their first character ("j(?:anuary|an)"):
    the same matches, but re rejects a position after one test instead of one per phrase. It halves
    the time-expression candidate scan (about 10% of ``bench/speed.py`` claims). Only for phrases
    matched case-sensitively or all in one case: under re.I, groups "a" and "A" could both match
    and their order would no longer be longest first."""
    unique = sorted({item.strip() for item in items if item and item.strip()}, key=lambda s: (-len(s), s))
    if not unique:
        return "(?!)"
    escaped = [re.escape(item) for item in unique]
    if flexible_space:
        escaped = [item.replace(r"\ ", r"\s+") for item in escaped]
    if not by_first_letter:
        return "|".join(escaped)
    groups: dict[str, list[str]] = {}
    for item, text in zip(escaped, unique):
        head = re.escape(text[0])
        groups.setdefault(head, []).append(item[len(head):])
    return "|".join(f"{head}(?:{'|'.join(rests)})" for head, rests in sorted(groups.items()))
