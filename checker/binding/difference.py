"""Whether a figure states a difference between two periods ("421 fewer victims", "a jump of
2,000") rather than a level: a difference is a different quantity from the level it changes, and
is never compared with one. The words are the language pack's (``differences``)."""
from __future__ import annotations

from functools import cache

from checker import lang, patterns
from checker.binding.clauses import PAUSE
from checker.binding.period import comparison_words


@cache
def _patterns(code: str):
    table = lang.load(code)["differences"]
    after = {d: patterns.compile(rf"\b(?:{patterns.phrases(table[f'{d}_after'])})\b", patterns.IGNORECASE)
             for d in ("up", "down")}
    before = {d: patterns.compile(rf"\b(?:{patterns.phrases(table[f'{d}_before'])})\s+$", patterns.IGNORECASE)
              for d in ("up", "down")}
    # both ways in one regex each: most figures have neither, told by one search instead of two
    both = [table[f"{d}_{side}"] for side in ("after", "before") for d in ("up", "down")]
    either_after = patterns.PhraseCheck(lambda phrases: rf"\b(?:{phrases([*both[0], *both[1]])})\b")
    either_before = patterns.PhraseCheck(lambda phrases: rf"\b(?:{phrases([*both[2], *both[3]])})\s+$")
    return after, before, either_after, either_before


def direction(text: str, start: int, end: int, code: str = lang.DEFAULT) -> str | None:
    """"up" or "down" when the figure at ``start:end`` is a difference, else None. A comparative
    counts only after the figure's first word ("421 fewer", not the qualifier of "more than 500")."""
    after, before, either_after, either_before = _patterns(code)
    lead = text[max(0, start - 30):start]
    first_word_end = text.find(" ", start, end)
    rest = end if first_word_end == -1 else first_word_end
    if not either_before.search(lead) and not either_after.search(text, rest, min(len(text), end + 12)):
        return None
    for way in ("down", "up"):
        if before[way].search(lead):
            return way
        found = after[way].search(text, rest, min(len(text), end + 12))
        if found and not PAUSE.search(text, rest, found.start()) and not _than_a_number(text, found.end(), code):
            return way
    return None


def _than_a_number(text: str, pos: int, code: str) -> bool:
    """"more than 500": the comparative is the bound of the next number, not a difference."""
    rest = text[pos:pos + 12].split()
    return len(rest) >= 2 and rest[0].lower() in comparison_words(code) and rest[1][:1].isdigit()
