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
- ``PhraseCheck``: a yes/no check of a re.I regex written around phrase lists, run over the
  lower-cased sentence with its phrases grouped by first letter (the refers-back phrases, place
  anaphors, average and difference pre-checks, event objects, group nouns and place descriptions,
  the fiscal-year cue and the rate words; the number words of a sentence without digits do the same in numbers/words.py). With the ASCII
  quick path of ``lower_for_matching``, 5.3% of the instructions of bench/speed.py's claim
  extraction (cachegrind, issue 13): 2.2% the checks, 2.0% the number words, 1.1% the ASCII path;
  ``phrases(..., word_start=True)``, the word-start test written after each first letter so that
  the pattern opens with the letters, 1.5% more (session 18).

Two more were measured under the bar and removed (docs/development.md): ``AnyCase`` (re.I regexes
run over the lower-cased text, skipped where no word they need occurs; 2.6 to 4%) and
``AsciiTwin`` (a regex also compiled in ASCII mode; 0 to 1%). Their users compile plain re.I
patterns here.

No private ``re`` internals and no generated code: a pattern that is slow is rewritten, not
rewritten by machinery.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["PhraseCheck", "compile", "lead_in_literals", "lower_case_ok", "lower_for_matching", "phrases"]

IGNORECASE = re.IGNORECASE
# The capital letters of the Latin alphabets the packs write in, as a character class's body:
# ASCII's and Latin-1's ("Á", "É", "Ñ", "Ü"). A name "Los Ángeles" is capitalised word for word.
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
MULTILINE = re.MULTILINE


@lru_cache(maxsize=None)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name re uses
    """``re.compile(pattern, flags)``, once per process for each pattern and flags."""
    return re.compile(pattern, flags)


def phrases(items: Iterable[str], *, flexible_space: bool = True, by_first_letter: bool = False,
            word_start: bool = False, not_after: str | None = None) -> str:
    """A regex alternation (no group around it) matching any of ``items`` literally, longest first;
    a space inside a phrase matches any whitespace run when ``flexible_space``. Empty input gives a
    pattern that never matches.

    ``by_first_letter`` writes the phrases grouped by their first character ("j(?:anuary|an)"):
    the same matches, but re rejects a position after one test instead of one per phrase. It halves
    the time-expression candidate scan (about 10% of ``bench/speed.py`` claims). Only for phrases
    matched case-sensitively or all in one case: under re.I, groups "a" and "A" could both match
    and their order would no longer be longest first.

    ``word_start``: only where a word boundary comes before the phrase, as "\\b" written in front
    of the alternation ("\\b(?:...)", the form written without ``by_first_letter``). Grouped by
    first letter, a letter's group tests that no word character precedes it after matching the
    letter ("t(?<!\\w.)(?:he country)"): the pattern then opens with the letters, so that re skips
    ahead to them (2 to 4 times faster over a sentence than a pattern that opens with "\\b").

    ``not_after``: only where no character of that class (a character class's body, "\\w-") comes
    before the phrase; grouped by first letter, tested after the letter as ``word_start`` is."""
    unique = sorted({item.strip() for item in items if item and item.strip()}, key=lambda s: (-len(s), s))
    if not unique:
        return "(?!)"
    escaped = [re.escape(item) for item in unique]
    if flexible_space:
        escaped = [item.replace(r"\ ", r"\s+") for item in escaped]
    if not by_first_letter:
        if not_after is not None:
            return rf"(?<![{not_after}])(?:{'|'.join(escaped)})"
        return rf"\b(?:{'|'.join(escaped)})" if word_start else "|".join(escaped)
    groups: dict[str, list[str]] = {}
    for item, text in zip(escaped, unique):
        head = re.escape(text[0])
        groups.setdefault(head, []).append(item[len(head):])
    return "|".join(f"{_opening(head, word_start, not_after)}(?:{'|'.join(rests)})"
                    for head, rests in sorted(groups.items()))


def _opening(head: str, word_start: bool, not_after: str | None) -> str:
    """A group's first character with the test of what may stand before it (``phrases``)."""
    if not_after is not None:
        return rf"{head}(?<![{not_after}].)"
    return _word_start(head) if word_start else head


def _word_start(head: str) -> str:
    """``head`` (a phrase's first character, escaped) where a word boundary comes before it: for a
    word character, no word character before it, tested after it; else "\\b" in front."""
    return rf"{head}(?<!\w.)" if re.fullmatch(r"\w", head) else rf"\b{head}"


# ----------------------------------------------------------------------------- case-insensitive matching

# The only characters that Python's re.I matches against ASCII letters other than as str.lower()
# does ("i" matches "ı" and "İ", "s" matches "ſ"), found by trying every code point. Sought one
# by one with ``in`` (a str find per character is ten times quicker than a regex character class
# over a whole document).
_FOLDS_UNLIKE_LOWER = "\u0130\u0131\u017f"


def lower_for_matching(text: str) -> str | None:
    """``text.lower()`` when matching lower-case patterns case-sensitively over it is the same as
    matching them with re.I over ``text`` (same offsets, same matches); else None. ASCII text
    (most sentences) lower-cases letter for letter: only other text is scanned for the exceptions."""
    if text.isascii():
        return text.lower()
    if any(map(text.__contains__, _FOLDS_UNLIKE_LOWER)):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def lower_case_ok(pattern: str) -> bool:
    """Whether ``pattern`` means the same case-sensitively over lower-cased text
    (``lower_for_matching``) as with re.I over the text: its letters are lower-case ASCII (escapes
    like \\W aside) and it sets no flags of its own (named groups, ``(?P<name>`` and ``(?P=name)``,
    are not flags). The boilerplate markers (text.py) run that way."""
    caseless_beyond_ascii = all(ch.isascii() or ch.lower() == ch == ch.upper() for ch in pattern)
    return caseless_beyond_ascii and not re.search(r"(?<!\\)(?<!\(\?)[A-Z]|\(\?(?!P[<=])[a-zA-Z-]", pattern)


@lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """``lower_for_matching(text)``, once per sentence however many checks ask for it."""
    return lower_for_matching(text)


class PhraseCheck:
    """Whether a case-insensitive regex written around phrase lists matches: a yes/no check in
    front of slower regexes. Its phrases are also written lower case and grouped by first letter
    (``phrases(..., by_first_letter=True)``) and that form runs case-sensitively over the
    lower-cased text wherever this is the same as re.I (``lower_for_matching``): re then rejects
    a position after one test of its letter, where re.I tries every phrase (3 to 7 times faster
    over a news sentence). ``build(phrases)`` writes the regex with the ``phrases`` it is given.
    ``contains``: strings, lower case, one of which every match holds; a text holding none is
    answered by substring tests alone. Worth it only where they are rare in text (phrases, not
    short words found inside others): a choice measured per check."""

    def __init__(self, build, contains: tuple[str, ...] = ()):
        self.any_case = compile(build(phrases), IGNORECASE)
        lowered = build(lambda items, **kw: phrases([item.lower() for item in items], by_first_letter=True, **kw))
        self.lower = compile(lowered) if lower_case_ok(lowered) else None
        self.contains = contains

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the regex matches in ``text[pos:endpos]`` (an end past the text is its end, as in re)."""
        low = lowered(text) if self.lower is not None else None
        if low is None:
            return self.any_case.search(text, pos, endpos) is not None
        if self.contains and not any(map(low.__contains__, self.contains)):
            return False
        return self.lower.search(low, pos, endpos) is not None


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
