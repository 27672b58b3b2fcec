"""A bare count in a sentence that points back to the one before ("Police counted 2,100 homicides in
2023. That was down from 2,400 a year earlier."; "... 212 homicidios. En 2022 había registrado 530."):
it is a figure of what that sentence's one figure counted, of its own period, when the sentence
opens on a word pointing back or the count stands right after a verb of account with its noun left
out. The words are the language pack's (context.yaml ``back_pointers``)."""
from __future__ import annotations

from functools import cache
from re import Pattern

from checker import lang, patterns
from checker.model import Claim


def goes_on_with(text: str, span: tuple[int, int], noun: str | None, unit: str | None, before: list[Claim],
                 code: str = lang.DEFAULT) -> Claim | None:
    """The one figure of the sentence before (``before``: its figures with a metric, in the same
    paragraph) that the bare count at ``start`` states again for another period or place; None
    when the count has a noun of its own, that sentence holds no or several figures of its unit, or
    nothing in the count's sentence points back; or another figure stands in its sentence ("el
    instituto había reportado unas 5.700, cuando la Policía contó 3.410": which is which is not said)."""
    start, end = span
    if noun is not None or unit != "count" or _FIGURE.search(text, 0, start) or _FIGURE.search(text, end):
        return None
    same = [c for c in before if c.unit == unit]
    if len(same) != 1:
        return None
    opener, account = _pointers(code)
    return same[0] if opener.match(text) or account.search(text, 0, start) else None


_FIGURE = patterns.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d")  # a figure, not a year


@cache
def _pointers(code: str) -> tuple[Pattern[str], Pattern[str]]:
    """A sentence opening that points back ("That was"), and a verb of account ending right before a figure."""
    table = lang.load(code)["back_pointers"]
    opener = patterns.compile(rf"\W*(?:{patterns.phrases(table['openers'])})\b", patterns.IGNORECASE)
    account = patterns.compile(rf"\b(?:{patterns.phrases(table['accounts'])})\s+$", patterns.IGNORECASE)
    return opener, account
