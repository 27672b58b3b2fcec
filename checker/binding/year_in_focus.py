"""A part of "the year" with no year of its own ("the first eight months of the year", "los
primeros ocho meses del año") is read against the publication date by the time grammar; when its
clause names one year before it ("only in 2016 was the count higher over the first eight months of
the year"), "the year" is that year: the time in focus, as a bare "the year" is (``focus_shifts``
entries that move by 0 over a whole year). A clause that projects "the year" ("with which the year
would close with over 82,000": ``projection_cues``) states a figure of that whole year, whatever shorter
time of its sentence ("in the coming days") its figure was read with."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from checker import lang, patterns
from checker.model import TimeMention, TimeScope
from checker.timex import calendar as cal

_FISCAL_START = f"-{cal.FISCAL_YEAR_START_MONTH:02d}-01"  # the first day of a fiscal year, as a period's start ends
_ALNUM = patterns.compile(r"[^\W_]+")  # the runs of letters and digits, as str.isalnum() tells them


def reyeared(text: str, scope: TimeScope | None, times: list[TimeMention], clause: tuple[int, int],
             code: str = lang.DEFAULT) -> TimeScope | None:
    """``scope`` as the whole year it lies in when ``clause`` (the figure's clause up to the figure:
    not the recorded count before "a pace that would put the year near") projects "the year"; else
    moved into the one explicit year named before it in ``clause``, when its words end on "the year"
    alone and it lies within one year; else ``scope`` unchanged."""
    if scope is None or not scope.start or not scope.end:
        return scope
    fiscal = _fiscal_year(scope)  # "from October through March, a pace that would put the full year near"
    if fiscal is not None and _projects_the_year(text[clause[0]:clause[1]], code):
        return replace(scope, start=fiscal[0], end=fiscal[1], granularity="year",
                       text=f"{scope.text} (fiscal {fiscal[1][:4]}, the year its clause projects)")
    if scope.start[:4] != scope.end[:4]:
        return scope
    if scope.basis in ("relative", "explicit", "inherited") and (scope.start[5:], scope.end[5:]) != ("01-01", "12-31") \
            and _projects_the_year(text[clause[0]:clause[1]], code):
        year = scope.start[:4]
        return replace(scope, start=f"{year}-01-01", end=f"{year}-12-31", granularity="year",
                       text=f"{scope.text} ({year}, the year its clause projects)")
    if scope.basis != "relative":
        return scope
    words = " ".join(scope.text.lower().split())
    if not any(words.endswith(" " + phrase) for phrase in _the_year(code)):
        return scope
    here = next((t for t in times if t.scope is scope or t.scope.text == scope.text), None)
    if here is None:
        return scope
    years = {t.scope.start[:4] for t in times
             if clause[0] <= t.start and t.end <= here.start and t.scope.basis == "explicit"
             and t.scope.start and t.scope.end and t.scope.granularity == "year"
             and t.scope.start[:4] == t.scope.end[:4]}
    if len(years) != 1:
        return scope
    year = int(years.pop())
    if year == int(scope.start[:4]):
        return scope
    try:
        start, end = date.fromisoformat(scope.start).replace(year=year), date.fromisoformat(scope.end).replace(year=year)
    except ValueError:  # February 29
        return scope
    return replace(scope, start=start.isoformat(), end=end.isoformat(), text=f"{scope.text} ({year}, named before it)")


def _fiscal_year(scope: TimeScope) -> tuple[str, str] | None:
    """The fiscal year (start, end) that a part of it from its first day lies in ("from October
    through March"), when the period runs into the next calendar year and no further; None otherwise."""
    if not scope.start.endswith(_FISCAL_START) or scope.start[:4] == scope.end[:4] \
            or scope.basis not in ("relative", "explicit", "inherited"):
        return None  # most periods; and "in October, a pace that would put the year near": the calendar year
    start = date.fromisoformat(scope.start)
    first, last = cal.fiscal_span(cal.fiscal_year_of(start))
    return (first.isoformat(), last.isoformat()) if scope.end < last.isoformat() else None


@cache
def _the_year(code: str) -> tuple[str, ...]:
    """The phrases that name the year in focus itself (``focus_shifts``: year, by 0, whole)."""
    return tuple(" ".join(w.lower().split()) for entry in lang.load(code)["focus_shifts"]
                 if entry["unit"] == "year" and int(entry["by"]) == 0 and entry["span"] == "whole"
                 for w in entry["words"])


def _projects_the_year(clause: str, code: str) -> bool:
    """Whether a clause names "the year" alone and projects it ("el año terminaría por encima de")."""
    lowered = clause.lower()
    heads, tails = _needed(code)
    if not any(tail in lowered for tail in tails):
        return False  # no word that ends "the year" even inside a word: most clauses, told without the regex
    tokens = _ALNUM.findall(lowered)
    if heads.isdisjoint(tokens) or tails.isdisjoint(tokens):
        return False  # most clauses: no cue's first word, or no word that ends "the year"
    words = f" {' '.join(tokens)} "
    relatives = lang.load(code)["time_relatives"]
    alone = any(f" {phrase} " in words and words.split(f" {phrase} ", 1)[1].split(" ", 1)[0] not in relatives
                for phrase in _the_year(code)) or any(f" {phrase} " in words for phrase in _whole_year(code))  # not "el año pasado"
    return alone and any(f" {cue} " in words for cue in _cues(code))


@cache
def _needed(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the projection cues and the last words of "the year" phrases."""
    return frozenset(c.split(" ", 1)[0] for c in _cues(code)), \
        frozenset(p.rsplit(" ", 1)[-1] for p in (*_the_year(code), *_whole_year(code)))


def _whole_year(code: str) -> tuple[str, ...]:
    return lang.phrases(code, "whole_year_words")  # "the full year": the whole year in focus


def _cues(code: str) -> tuple[str, ...]:
    return lang.phrases(code, "projection_cues")
