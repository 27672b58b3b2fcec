"""A bare figure whose clause names what it counts as the complement of a head noun before it ("el
número de niñas bajo tutela varió entre 300 y 450", "the number of girls in custody varied between")
counts that complement: it is the figure's counted noun when its metric is sought, so a subgroup
noun there ("girls") keeps a far term of another metric ("detained") from binding it. The words are
the language pack's (``counted_heads``, ``complement_links``)."""
from __future__ import annotations

from functools import cache
from re import Pattern

from checker import lang, numbers, patterns
from checker.model import Quantity


def noun(text: str, q: Quantity, quantities: list[Quantity], clause: tuple[int, int], code: str = lang.DEFAULT) -> str | None:
    """The complement of the last counted head before ``q`` in its clause, singular and lower case
    (as a figure's own noun is read), when no other figure stands between; None when there is none."""
    may_hold, head = _head(code)
    if not may_hold.search(text, clause[0], q.start):
        return None  # no counted head in the clause before the figure: most figures, told by the quick check
    found = None
    for found in head.finditer(text, clause[0], q.start):
        pass
    if found is None or any(found.end() <= p.start and p.end <= q.start for p in quantities if p is not q):
        return None
    return numbers.module(code, "nouns").singular_of(found.group(1).lower())


@cache
def _head(code: str) -> tuple[patterns.PhraseCheck, Pattern[str]]:
    """A quick check whether a head, its link and a word occur (patterns.PhraseCheck), and the pattern
    that reads the word."""
    pack = lang.load(code)
    heads, links = pack["counted_heads"], pack["complement_links"]
    may_hold = patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(heads, word_start=True)})\s+(?:{phrases(links)})\s+[^\W\d]")
    return may_hold, patterns.compile(rf"\b(?:{patterns.phrases(heads)})\s+(?:{patterns.phrases(links)})\s+([^\W\d]+)",
                                      patterns.IGNORECASE)
