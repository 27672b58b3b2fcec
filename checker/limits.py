"""Bounds on the work one input may cause, so that any text costs time linear in its length.

Extraction reads one sentence at a time, and pairing a sentence's figures with its places, times
and nouns costs more than linear in the sentence (every figure looks at every other). A sentence
longer than ``MAX_SENTENCE`` characters is therefore cut into pieces of at most that length — at
the last clause punctuation before the cap, else at the last space, else at the cap — and each
piece is read as a sentence of its own: the work per piece is bounded by a constant, and a text
of n bytes costs O(n). No article sentence comes near the cap (the longest in the seeds and the
dev corpus have under 700 characters); only text without sentence ends does, and the cut is
reported. ``MAX_FILE_SIZE`` is the default of the ``max-file-size`` setting: larger files are
skipped as input problems before they are decoded.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from checker.model import Problem, Sentence

MAX_SENTENCE = 1000  # characters in one sentence read as one; longer ones are cut into pieces
MAX_FILE_SIZE = 5_000_000  # bytes: the default of the max-file-size setting
_CLAUSE_END = re.compile(r"[;:,\u2013\u2014)]\s|\s[-\u2013\u2014]\s")
_SPACE = re.compile(r"\s")


def pieces(text: str, cap: int = MAX_SENTENCE) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces of ``text``, each at most ``cap`` characters, that together
    cover it: the whole text when it fits."""
    start, n = 0, len(text)
    while n - start > cap:
        end = _cut(text, start, start + cap)
        yield start, end
        start = end
    yield start, n


def _cut(text: str, start: int, limit: int) -> int:
    """Where a piece that starts at ``start`` ends, at most at ``limit``: after the last clause
    punctuation in its second half, else at the last space there, else at ``limit``."""
    half = start + (limit - start) // 2
    for pattern in (_CLAUSE_END, _SPACE):
        last = None
        for last in pattern.finditer(text, half, limit):
            pass
        if last is not None:
            return last.end()
    return limit


def capped(sentence: Sentence, cap: int = MAX_SENTENCE) -> list[Sentence]:
    """``sentence``, or its pieces when it is longer than ``cap`` (offsets, line and column of
    each piece as in the document)."""
    if len(sentence.text) <= cap:
        return [sentence]
    out = []
    for a, b in pieces(sentence.text, cap):
        nl = sentence.text.rfind("\n", 0, a)
        out.append(replace(sentence, text=sentence.text[a:b], start=sentence.start + a, end=sentence.start + b,
                           line=sentence.line + sentence.text.count("\n", 0, a),
                           column=sentence.column + a if nl < 0 else a - nl))
    return out


def cut_note(path: str, sentence: Sentence, parts: list[Sentence]) -> list[Problem]:
    """The warning that a sentence was cut (none when it was read whole)."""
    if len(parts) < 2:
        return []
    return [Problem(path, f"line {sentence.line}: a sentence of {len(sentence.text):,} characters was read in "
                          f"{len(parts)} pieces of at most {MAX_SENTENCE:,}", "warning")]
