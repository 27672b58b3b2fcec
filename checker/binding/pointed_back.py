"""A bare count or sum in a sentence that points back to the one before ("Police counted 2,100
homicides in 2023. That was down from 2,400 a year earlier."; "... 212 homicidios. En 2022 había
registrado 530."; "... 419 homicidios. Un año antes fueron 463."): it is a figure of what that
sentence's figures counted, of its own period, when they all counted one thing, and the sentence
opens on a word pointing back, the figure stands right after a verb of account with its noun left
out, or right after a copula whose subject is left out (nothing but a time stands before it), or an
account's participle follows it with the noun before it left out ("the 2,400 recorded a year
earlier"). The words are the language pack's (context.yaml ``back_pointers``)."""
from __future__ import annotations

from functools import cache
from re import Pattern
from typing import NamedTuple

from checker import lang, patterns
from checker.model import Claim
from checker.timex.scan import find_times

_CARRIED = ("count", "USD")  # the units a figure may take from the sentence before: counts and sums of money


def goes_on_with(text: str, span: tuple[int, int], noun: str | None, unit: str | None, before: list[Claim],
                 code: str = lang.DEFAULT) -> Claim | None:
    """The last figure of the sentence before (``before``: its figures with a metric, in the same
    paragraph) that the bare figure at ``span`` states again for another period or place; None
    when it has a noun of its own, that sentence's figures of its unit count several things or
    stand for several places, or nothing in the figure's sentence points back; or another figure
    (not a percentage) stands in its sentence ("el instituto había reportado unas 5.700, cuando la
    Policía contó 3.410": which is which is not said)."""
    start, end = span
    words = _pointers(code)
    told = words.told.search(text, start, end)  # "los 392 registrados": a participle read as the noun
    if noun is not None and told is None or unit not in _CARRIED or _FIGURE.search(text, 0, start) \
            or _FIGURE.search(text, end):
        return None
    same = [c for c in before if c.unit == unit]
    if not same or len({(c.metric or c.noun, tuple(c.subject)) for c in same}) != 1:
        return None
    if words.opener.match(text) or words.account.search(text, 0, start) \
            or (told or words.participle.match(text, end)) and words.article.search(text, 0, start):
        return same[-1]
    lead = words.copula.search(text, 0, start)
    return same[-1] if lead is not None and _subjectless(text[:lead.start()], code) else None


def _subjectless(lead: str, code: str) -> bool:
    """Whether the words before a copula are a time and function words only: its subject is left
    out ("Un año antes fueron 463"), not named ("Los heridos fueron 463")."""
    stop = lang.words(code, "stop_words")
    for mention in reversed(find_times(lead, None, code)):
        lead = lead[:mention.start] + " " + lead[mention.end:]
    return all(word.lower() in stop for word in _WORD.findall(lead))


_FIGURE = patterns.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d(?![\d.,]*\s?%)")  # a figure, not a year nor a share
_WORD = patterns.compile(r"[^\W\d_]+")


class _Pointers(NamedTuple):
    opener: Pattern[str]  # a sentence opening that points back ("That was")
    account: Pattern[str]  # a verb of account ending right before a figure ("had recorded")
    copula: Pattern[str]  # a copula ending right before a figure ("fueron")
    article: Pattern[str]  # an article ending right before a figure ("the")
    participle: Pattern[str]  # an account's participle right after a figure ("recorded")
    told: Pattern[str]  # a figure's words ending on its number and such a participle ("392 registrados")


@cache
def _pointers(code: str) -> _Pointers:
    table = lang.load(code)["back_pointers"]
    participles = patterns.phrases(table["participles"])

    def before(group: str) -> Pattern[str]:
        return patterns.compile(rf"\b(?:{patterns.phrases(table[group])})\s+$", patterns.IGNORECASE)

    return _Pointers(patterns.compile(rf"\W*(?:{patterns.phrases(table['openers'])})\b", patterns.IGNORECASE),
                     before("accounts"), before("copulas"), before("articles"),
                     patterns.compile(rf"\s+(?:{participles})\b(?=\s+\D)", patterns.IGNORECASE),
                     patterns.compile(rf"\d\s+(?:{participles})\W*$", patterns.IGNORECASE))
