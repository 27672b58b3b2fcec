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


def phrases(items: Iterable[str], *, flexible_space: bool = True) -> str:
    """A regex alternation (no group around it) matching any of ``items`` literally, longest first;
    a space inside a phrase matches any whitespace run when ``flexible_space``. Empty input gives a
    pattern that never matches."""
    unique = sorted({item.strip() for item in items if item and item.strip()}, key=lambda s: (-len(s), s))
    if not unique:
        return "(?!)"
    escaped = (re.escape(item) for item in unique)
    if flexible_space:
        escaped = (item.replace(r"\ ", r"\s+") for item in escaped)
    return "|".join(escaped)
