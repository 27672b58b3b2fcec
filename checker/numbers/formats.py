"""How one document writes its numbers: which of "." and "," is its decimal mark.

The pack gives a language's default (numbers.yaml ``decimal_mark``, ``group_mark``: English "12.5"
and "1,500", Spanish "12,5" and "1.500"), but the convention belongs to the DOCUMENT: Spanish from
Honduras or Mexico is often written "1,500" and "12.5". The rule, per document (one document's
convention never reaches another):

1. Each number written with marks that only one convention can read votes for that convention:
   both marks ("1.234,5": the last one is the decimal mark); one mark between three or more groups
   of three digits ("1.234.567": it groups); one mark once, with other than three digits after it or
   a group before it that cannot be grouped ("63,9", "12.5", "0,500", "2015.5": it is the decimal
   mark). "1.500" and "1,500" (one mark, three digits after) vote for neither, nor does what may be
   a clock time ("21.30", "9,45").
2. The convention with more votes is the document's; with no votes, the pack's default; with as
   many votes for each (or no pack, ``code=None``, and no votes), it is undecided.
3. Every number is read in the document's convention, except one with one mark and three digits
   after it ("1.500"), which both conventions read. After the document's group mark it is a group
   (1500). After its decimal mark it is a decimal (1.5) only when the document's own numbers showed
   that mark as its decimal mark and the document writes no number with its group mark before three
   digits; otherwise (a convention only the pack gave, as in "1,500" in a Spanish text with no
   decimals; a document that writes both "12,467" and "4.283") it is left undecided, unless its
   three digits are "000": nobody writes three zero decimals, so "100,000" is a group. A language
   whose writers never use the other convention (numbers.yaml ``marks_vary: false``: English) reads
   it in its default convention whenever that is the document's: "$1.356 billion" beside "12,467".
4. In an undecided document a number is read by its own shape (rule 1) where it has one.
   A number left undecided is masked from the grammar and reported as a Problem naming the file,
   the line and the figure: never guessed.

The grammar itself reads English-shaped numbers (tokens.py): a number of the other convention is
handed to it with its marks swapped, which keeps every offset.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from checker import lang
from checker.model import Document, Problem, Quantity
from checker.patterns import compile

__all__ = ["Reading", "convention", "plain", "reading"]

# A run of digits with marks inside it ("1.234,5"); a mark must stand between digits. No digit or
# mark before it, tested after its first digit: a pattern that opens with the digit lets re skip to
# the digits, where one opening with the look-behind is tried at every character (3 times slower
# over a document).
_MARKED = compile(r"\d(?<![\d.,]\d)\d*(?:[.,]\d+)+(?!\d)")
_SWAP = str.maketrans(".,", ",.")


def _shape(number: str) -> str | None:
    """The decimal mark ``number`` shows on its own ("." or ","); "?" for one mark before three
    digits ("1.500"), which both conventions read; None for a shape neither reads as one number
    (a date "12.05.2019"), left to the convention."""
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        return "." if number.rfind(".") > number.rfind(",") else ","
    mark = "." if dots else ","
    groups = number.split(mark)
    if len(groups) > 2:
        return None if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]) else ("," if mark == "." else ".")
    head, tail = groups
    if len(tail) == 2 and len(head) <= 2 and int(head) <= 24 and int(tail) < 60:
        return None  # "a las 21.30", "9,45": a clock time as often as a decimal, no vote
    if len(tail) != 3 or len(head) > 3 or head == "0":
        return mark
    return "?"


def _votes(marked: Iterable[re.Match[str]]) -> tuple[dict[str, int], set[str]]:
    """The votes of a text's numbers (its ``_MARKED`` matches) for each decimal mark, and the marks
    it writes before three digits."""
    votes, triples = {".": 0, ",": 0}, set()
    for match in marked:
        number = match.group()
        shape = _shape(number)
        if shape == "?":
            triples.add("." if "." in number else ",")
        elif shape is not None:
            votes[shape] += 1
    return votes, triples


def convention(text: str, default: str | None) -> str | None:
    """The decimal mark of a document's ``text`` (rules 1 and 2 above); None when undecided."""
    return _decide(_votes(_MARKED.finditer(text))[0], default)


def _decide(votes: dict[str, int], default: str | None) -> str | None:
    """The decimal mark the ``votes`` of a document's numbers give (rule 2); None when undecided."""
    if votes["."] == votes[","]:
        return default if votes["."] == 0 else None
    return "." if votes["."] > votes[","] else ","


@dataclass(frozen=True)
class Reading:
    """How to read the numbers of one document: its pack, its decimal mark (None: undecided), whether
    a three-digit tail after the decimal mark is a decimal (rule 3), and what it left undecided."""

    code: str
    decimal: str | None
    triples: bool = True
    problems: tuple[Problem, ...] = field(default=(), compare=False)
    undecided: bool = False  # whether some number of the document is left undecided

    def find(self, sentence: str, masked=()) -> list[Quantity]:
        """The quantities of ``sentence`` (a sentence of this document), read in its convention."""
        find = _grammar(self.code)
        if self.decimal == "." and not self.undecided:
            return find(sentence, masked)
        shaped, ambiguous = self.shaped(sentence)
        found = find(shaped, tuple(masked) + ambiguous if ambiguous else masked)
        if shaped is sentence:
            return found
        # the grammar saw the swapped marks; show each figure as written
        return [replace(q, text=sentence[q.start:q.end]) for q in found]

    def reads(self, number: str) -> str | None:
        """The decimal mark ``number`` is read with in this document, or None: left undecided."""
        shape = _shape(number)
        if shape == "?":
            mark = "." if "." in number else ","
            if self.decimal is None or (mark == self.decimal and not self.triples):
                # "100,000": nobody writes three zero decimals, so the mark groups
                return ("," if mark == "." else ".") if number.endswith("000") else None
            return self.decimal
        if self.decimal is None:
            return shape or "."
        return self.decimal

    def shaped(self, sentence: str) -> tuple[str, tuple[tuple[int, int], ...]]:
        """``sentence`` with every number in English shape ("1.234,5" -> "1,234.5"), and the spans of
        the numbers this reading leaves undecided."""
        if "," not in sentence and "." not in sentence:
            return sentence, ()
        chars: list[str] | None = None
        ambiguous: list[tuple[int, int]] = []
        for match in _MARKED.finditer(sentence):
            number = match.group()
            mark = self.reads(number)
            if mark is None:
                ambiguous.append(match.span())
            elif mark == ",":
                chars = chars if chars is not None else list(sentence)
                chars[match.start():match.end()] = number.translate(_SWAP)
        return ("".join(chars) if chars is not None else sentence), tuple(ambiguous)


def _grammar(code: str):
    """``numbers.grammar`` (imported on first use: the package imports this module)."""
    global _grammar
    from checker.numbers import grammar

    _grammar = grammar
    return grammar(code)


def plain(code: str | None) -> Reading:
    """The reading of a text with no document around it: the pack's default convention, which
    leaves a three-digit tail after its decimal mark undecided (rule 3) where the language's
    writers also use the other convention."""
    if code is None:
        return Reading(lang.DEFAULT, None, undecided=True)
    pack = lang.load(code)
    return Reading(code, pack["decimal_mark"] or None, triples=not pack["marks_vary"], undecided=True)


def reading(doc: Document, code: str | None) -> Reading:
    """How ``doc`` writes its numbers, read with the pack ``code`` (None: the language is unknown, so
    there is no default convention): the rules of this module, with a Problem for each number it
    leaves undecided."""
    pack = lang.load(code or lang.DEFAULT)
    if pack["group_mark"] == pack["decimal_mark"]:
        raise lang.PackError(f"language pack {pack.code!r}: decimal_mark and group_mark are both "
                             f"{pack['group_mark']!r}")
    default = (pack["decimal_mark"] or None) if code is not None else None
    marked = list(_MARKED.finditer(doc.text))  # one scan for the votes and the undecided numbers
    votes, triples = _votes(marked)
    decimal = _decide(votes, default)
    group = {".": ",", ",": "."}.get(decimal or "")
    steady = decimal == default and not pack["marks_vary"]  # English never writes "1.500" for 1,500
    shown = decimal is not None and (steady or votes[decimal] > 0 and group not in triples)
    read = Reading(code or lang.DEFAULT, decimal, shown)
    problems: list[Problem] = []
    for match in marked:
        if read.reads(match.group()) is None:
            line = doc.raw_line(doc.text.count("\n", 0, match.start()))
            problems.append(Problem(doc.source.path, f"line {line}: the number {match.group()!r} reads both as a "
                                    "whole number and as a decimal, and the document's other numbers do not say "
                                    "which: the figure is left out", "warning"))
    return replace(read, problems=tuple(problems), undecided=bool(problems))
