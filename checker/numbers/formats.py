"""How one document writes its numbers: which of "." and "," is its decimal mark.

The pack gives a language's default (numbers.yaml ``decimal_mark``, ``group_mark``: English "12.5"
and "1,500", Spanish "12,5" and "1.500"), but the convention belongs to the DOCUMENT: Spanish from
Honduras or Mexico is often written "1,500" and "12.5". The rule, per document (one document's
convention never reaches another):

1. Each number written with marks that only one convention can read votes for that convention:
   both marks ("1.234,5": the last one is the decimal mark); one mark between three or more groups
   of three digits ("1.234.567": it groups); one mark once, with other than three digits after it or
   a group before it that cannot be grouped ("68,6", "12.5", "0,500", "2015.5": it is the decimal
   mark). "1.500" and "1,500" vote for neither.
2. The convention with more votes is the document's; with no votes, the pack's default; with as
   many votes for each (or no pack, ``code=None``, and no votes), it is undecided.
3. In a decided document every number is read in its convention. In an undecided one a number that
   only one convention can read is read so, and a number both can read ("1.500") is read as
   neither: it is masked from the grammar and reported as a Problem naming the file and the figure.

The grammar itself reads English-shaped numbers (tokens.py): a number of the other convention is
handed to it with its marks swapped, which keeps every offset.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from checker import lang
from checker.model import Document, Problem, Quantity
from checker.patterns import compile

__all__ = ["Reading", "convention", "plain", "reading"]

# A run of digits with marks inside it ("1.234,5"); a mark must stand between digits.
_MARKED = compile(r"(?<![\d.,])\d+(?:[.,]\d+)+(?![\d])")
_SWAP = str.maketrans(".,", ",.")


def _vote(number: str) -> str | None:
    """The decimal mark ``number`` shows on its own ("." or ","), or None when both conventions read it."""
    dots, commas = number.count("."), number.count(",")
    if dots and commas:
        return "." if number.rfind(".") > number.rfind(",") else ","
    mark = "." if dots else ","
    groups = number.split(mark)
    if len(groups) > 2:
        return None if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]) else ("," if mark == "." else ".")
    head, tail = groups
    if len(tail) != 3 or len(head) > 3 or head == "0":
        return mark
    return None


def convention(text: str, default: str | None) -> str | None:
    """The decimal mark of a document's ``text`` (rule 1 and 2 above); None when undecided."""
    votes = {".": 0, ",": 0}
    for match in _MARKED.finditer(text):
        mark = _vote(match.group())
        if mark is not None:
            votes[mark] += 1
    if votes["."] == votes[","]:
        return default if votes["."] == 0 else None
    return "." if votes["."] > votes[","] else ","


@dataclass(frozen=True)
class Reading:
    """How to read the numbers of one document: its pack and its decimal mark (None: undecided)."""

    code: str
    decimal: str | None
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    def find(self, sentence: str, masked=()) -> list[Quantity]:
        """The quantities of ``sentence`` (a sentence of this document), read in its convention."""
        from checker.numbers import grammar

        find = grammar(self.code)
        if self.decimal == ".":
            return find(sentence, masked)
        shaped, ambiguous = self.shaped(sentence)
        found = find(shaped, tuple(masked) + ambiguous if ambiguous else masked)
        if shaped is sentence:
            return found
        # the grammar saw the swapped marks; show each figure as written
        return [replace(q, text=sentence[q.start:q.end]) for q in found]

    def shaped(self, sentence: str) -> tuple[str, tuple[tuple[int, int], ...]]:
        """``sentence`` with every number in English shape ("1.234,5" -> "1,234.5"), and the spans of
        the numbers this reading cannot decide."""
        if "," not in sentence and "." not in sentence:
            return sentence, ()
        chars: list[str] | None = None
        ambiguous: list[tuple[int, int]] = []
        for match in _MARKED.finditer(sentence):
            number = match.group()
            mark = self.decimal or _vote(number)
            if mark is None:
                ambiguous.append(match.span())
            elif mark == ",":
                chars = chars if chars is not None else list(sentence)
                chars[match.start():match.end()] = number.translate(_SWAP)
        return ("".join(chars) if chars is not None else sentence), tuple(ambiguous)


def plain(code: str | None) -> Reading:
    """The reading of a text with no document around it: the pack's default convention."""
    if code is None:
        return Reading(lang.DEFAULT, None)
    return Reading(code, lang.load(code)["decimal_mark"] or None)


def reading(doc: Document, code: str | None) -> Reading:
    """How ``doc`` writes its numbers, read with the pack ``code`` (None: the language is unknown, so
    there is no default convention): the rule of this module, with a Problem for each number it
    leaves undecided."""
    pack = lang.load(code or lang.DEFAULT)
    default = (pack["decimal_mark"] or None) if code is not None else None
    if pack["group_mark"] == pack["decimal_mark"]:
        raise lang.PackError(f"language pack {code!r}: decimal_mark and group_mark are both {default!r}")
    decimal = convention(doc.text, default)
    problems: list[Problem] = []
    if decimal is None:
        for match in _MARKED.finditer(doc.text):
            if _vote(match.group()) is None:
                line = doc.raw_line(doc.text.count("\n", 0, match.start()))
                problems.append(Problem(doc.source.path, f"line {line}: the number {match.group()!r} reads both as "
                                        "a whole and as a decimal, and the document's numbers do not say which "
                                        "mark it uses: the figure is left out", "warning"))
    return Reading(code or lang.DEFAULT, decimal, tuple(problems))
