"""The one place where checker compiles regular expressions, and where every speed trick lives.

Grammars are written in plain ``re`` and compiled here, once per process (``compile`` caches by
pattern and flags). Word lists from a language pack become regex alternations through
``phrases``: longest first (so that "more than" is tried before "more"), escaped, and with a space
matching any run of whitespace, as in wrapped news text.

The speed tricks kept, because each earns at least 5% of ``bench/speed.py``'s claim extraction
end to end (docs/development.md, "Speed tricks"):

- ``phrases(..., by_first_letter=True)``: an alternation grouped by first letter, for the time
  expressions' candidate scan (about 10%).
- ``lead_in_literals``: for a boilerplate marker that scans into its line (".{0,60}?\\bclick here
  to"), the words one of which every match holds, so that a paragraph without them (a quick
  ``str.find``) skips the scan; with the markers matched over the lower-cased paragraph
  (``lower_for_matching``), about 7%. Read from the pattern's text by plain string code.

Two more live here only until their last user, claims (being changed in other work), drops them;
each measured under the bar: ``AnyCase`` (a case-insensitive regex run over the lower-cased text,
with words it ``needs``; about 3 to 4%) and ``AsciiTwin`` (about 1%).

No private ``re`` internals and no generated code: a pattern that is slow is rewritten, not
rewritten by machinery.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from re import Pattern

__all__ = ["AnyCase", "AsciiTwin", "compile", "lead_in_literals", "lower_for_matching", "phrases",
           "reads_same_in_ascii"]

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


# ----------------------------------------------------------------------------- case-insensitive matching

# The only characters that Python's re.I matches against ASCII letters other than as str.lower()
# does ("i" matches "ı" and "İ", "s" matches "ſ"), found by trying every code point.
_FOLDS_UNLIKE_LOWER = compile("[\u0130\u0131\u017f]")


def lower_for_matching(text: str) -> str | None:
    """``text.lower()`` when matching lower-case patterns case-sensitively over it is the same as
    matching them with re.I over ``text`` (same offsets, same matches); else None."""
    if _FOLDS_UNLIKE_LOWER.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


class AnyCase:
    """Measured (docs/development.md, Speed tricks): about 3 to 4% end to end, under the 5% a trick
    must earn; kept only until its last user, claims (being changed in other work), compiles plain
    re.I regexes instead. ``lower_case_ok`` also serves the boilerplate markers (text.py).

    A case-insensitive regex that runs case-sensitively over the lower-cased text where that is
    equivalent (``lower_for_matching``): Python's re scans re.I alternations several times slower.
    Match positions are the text's; matched strings are lower case. Patterns with upper-case or
    non-ASCII letters, or inline flags, always run with re.I.

    ``needs``: lower-case strings one of which every match contains. Where the lower-cased text
    holds none of them (a few C-level ``in`` tests), the regex is not run at all: a regex that
    cannot open with a literal is tried at every character, which costs far more."""

    def __init__(self, pattern: str, needs: Iterable[str] = ()):
        self.pattern = pattern
        self.lower = compile(pattern) if self.lower_case_ok(pattern) else None
        self.needs = tuple(needs) if self.lower is not None else ()
        if self.lower is None:
            self.any_case  # noqa: B018 - compiled now: it is the one this pattern always runs

    @cached_property
    def any_case(self) -> Pattern[str]:
        """The re.I form; with a lower-case form at hand, needed only for text that cannot be
        lower-cased in place, so compiled on first use."""
        return compile(self.pattern, re.IGNORECASE)

    @staticmethod
    def lower_case_ok(pattern: str) -> bool:
        """Whether ``pattern`` means the same case-sensitively over lower-cased text as with re.I:
        its letters are lower-case ASCII (escapes like \\W aside) and it sets no flags of its own
        (named groups, ``(?P<name>`` and ``(?P=name)``, are not flags)."""
        caseless_beyond_ascii = all(ch.isascii() or ch.lower() == ch == ch.upper() for ch in pattern)
        return caseless_beyond_ascii and not re.search(r"(?<!\\)(?<!\(\?)[A-Z]|\(\?(?!P[<=])[a-zA-Z-]", pattern)

    def _pick(self, text: str, low: str | None) -> tuple[Pattern[str], str]:
        return (self.lower, low) if low is not None and self.lower is not None else (self.any_case, text)

    def _cannot_match(self, low: str | None) -> bool:
        return bool(self.needs) and low is not None and not any(map(low.__contains__, self.needs))

    def search(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Search ``text`` (between ``pos`` and ``endpos``, as re does); ``low`` is
        ``lower_for_matching(text)``."""
        if self._cannot_match(low):
            return None
        pattern, subject = self._pick(text, low)
        return pattern.search(subject, pos, len(subject) if endpos is None else endpos)

    def match(self, text: str, low: str | None) -> re.Match | None:
        """Match at the start of ``text``; ``low`` is ``lower_for_matching(text)``."""
        if self._cannot_match(low):
            return None
        pattern, subject = self._pick(text, low)
        return pattern.match(subject)

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match]:
        if self._cannot_match(low):
            return iter(())
        pattern, subject = self._pick(text, low)
        return pattern.finditer(subject)


# ----------------------------------------------------------------------------- ASCII fast path

# Characters that re's Unicode mode counts as whitespace and its ASCII mode does not; they, and
# non-ASCII characters, are the only ones the two modes read differently.
_UNICODE_ONLY_SPACES = "\x1c\x1d\x1e\x1f"
# Non-ASCII letters that re.I matches with ASCII ones in Unicode mode only.
_FOLDS_ONTO_ASCII = "\u0130\u0131\u017f\u212a"


def reads_same_in_ascii(text: str) -> bool:
    """Whether re's ASCII mode reads ``text`` as its Unicode mode does: the text is ASCII (known
    without a scan) and holds none of the four control characters only Unicode mode calls spaces."""
    return text.isascii() and not any(map(text.__contains__, _UNICODE_ONLY_SPACES))


class AsciiTwin:
    """A regex compiled twice, in re's Unicode mode and in its ASCII mode. The two find the same
    in text that ``reads_same_in_ascii`` (most news sentences); the ASCII one faster, as Unicode
    mode looks up every character's properties for \\w, \\d and \\b where ASCII mode reads a table.
    The pattern must not name the letters that re.I folds onto ASCII ones ("İ", "ı", "ſ", "K").

    Measured (docs/development.md, Speed tricks): about 1% end to end, under the 5% a trick must
    earn. Kept only until its last user, claims' word reader (being changed in other work), runs
    its plain regex; then it goes."""

    def __init__(self, pattern: str, flags: int = 0):
        if any(ch in pattern for ch in _FOLDS_ONTO_ASCII):
            raise ValueError(f"AsciiTwin: the ASCII mode would read {pattern!r} differently")
        self.pattern, self.flags = pattern, flags

    @cached_property
    def unicode(self) -> Pattern[str]:
        return compile(self.pattern, self.flags)  # compiled on first use: importing stays quick

    @cached_property
    def ascii(self) -> Pattern[str]:
        return compile(self.pattern, self.flags | re.ASCII)

    def over(self, text: str) -> Pattern[str]:
        """The twin to run over ``text``."""
        return self.ascii if reads_same_in_ascii(text) else self.unicode


# ----------------------------------------------------------------------------- lead-in literals

# A scan into the line at a pattern's start: ".*", ".+", ".*?", ".{0,60}?", then any "\b".
_LEAD_IN = re.compile(r"\.(?:[*+]|\{\d*,?\d*\})\??(?:\\b)*")
# A character that stands for itself: not a regex operator, or an escaped punctuation mark.
_LITERAL_CHAR = re.compile(r"[^\\.^$*+?{}\[\]|()]|\\[^\w\s]")
_QUANTIFIERS = "*+?{"


def lead_in_literals(pattern: str) -> tuple[str, ...]:
    """For a pattern that scans into its line first (".{0,60}?\\bclick here to", ".*\\b(?:getty
    images|shutterstock)"): strings one of which every match contains; () for any other pattern,
    and whenever its shape is not plain enough to be sure. A plain literal must be 3 characters or
    more, each alternative of a group 2 or more, so that the finds stay selective."""
    lead = _LEAD_IN.match(pattern)
    if lead is None:
        return ()
    rest = pattern[lead.end():]
    if rest.startswith("(?:"):
        close = _group_end(rest)
        if close is None or rest[close + 1:close + 2] in tuple(_QUANTIFIERS):
            return ()  # an optional group requires nothing
        branches = _top_level_branches(rest[3:close])
        literals = tuple(_leading_literal(branch) for branch in branches)
        return literals if all(len(literal) >= 2 for literal in literals) else ()
    literal = _leading_literal(rest)
    return (literal,) if len(literal) >= 3 else ()


def _leading_literal(text: str) -> str:
    """The literal characters ``text`` starts with; a character a quantifier follows is not required."""
    chars: list[str] = []
    pos = 0
    while (m := _LITERAL_CHAR.match(text, pos)) is not None:
        if text[m.end():m.end() + 1] in tuple(_QUANTIFIERS):
            break
        chars.append(m.group()[-1])
        pos = m.end()
    return "".join(chars)


def _group_end(text: str) -> int | None:
    """The index of the parenthesis closing the group ``text`` starts with (None if unbalanced or
    if a character class makes the count unsure)."""
    depth, pos = 0, 0
    while pos < len(text):
        ch = text[pos]
        if ch == "\\":
            pos += 2
            continue
        if ch == "[":
            return None
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return pos
        pos += 1
    return None


def _top_level_branches(body: str) -> list[str]:
    """``body`` split at the "|" outside any nested group."""
    branches, depth, start, pos = [], 0, 0, 0
    while pos < len(body):
        ch = body[pos]
        if ch == "\\":
            pos += 2
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            branches.append(body[start:pos])
            start = pos + 1
        pos += 1
    branches.append(body[start:])
    return branches
