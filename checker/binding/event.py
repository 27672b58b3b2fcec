"""What the words around an event's object say about it: whether an event verb is its own
predicate ("the ceasefire started to fray" reaches no ceasefire, "agreed to a truce" does), a date
inside the object's own noun phrase ("the truce of March 2012"), the two ends of a lifetime span
("between 2012 and 2014"), and words that make it a further occurrence ("a new truce"). The words
are the language pack's (``verb_complements``, ``dated_nouns``, ``further_occurrence``)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from checker import lang, patterns
from checker.model import TimeMention, TimeScope
from checker.timex import calendar as cal

_WORD = patterns.compile(r"[^\W\d_][\w-]*")


@cache
def _complements(code: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    table = lang.load(code)["verb_complements"]
    return (frozenset(w.lower() for w in table["infinitive"]), frozenset(w.lower() for w in table["determiners"]),
            tuple(w.lower() for w in table["verb_endings"]))


def governs_another_verb(text: str, verb_end: int, object_start: int, code: str = lang.DEFAULT) -> bool:
    """Whether the verb ending at ``verb_end`` is followed by an infinitive ("started to fray")
    rather than by the event's object or a determiner before it. Where the marker is a common
    preposition too ("pactaron a inicios de 2015"), the word after it must end as an infinitive does."""
    infinitive, determiners, endings = _complements(code)
    words = text[verb_end:verb_end + 40].split()
    if len(words) < 2 or words[0].lower() not in infinitive:
        return False
    if endings and not words[1].lower().strip(",.;:").endswith(endings):
        return False
    if verb_end < object_start <= verb_end + len(words[0]) + 2 + len(words[1]):
        return False  # "agreed to truce talks": the object itself follows the marker
    return words[1].lower().strip(",.;:") not in determiners


@cache
def _possessive(code: str) -> tuple[str, ...]:
    """Endings of a possessive, which determines a noun as an article does ("Zembla's 2012 truce")."""
    return tuple(lang.load(code)["possessive_endings"])


@cache
def _dated_nouns(code: str) -> tuple[frozenset[str], frozenset[str]]:
    table = lang.load(code)["dated_nouns"]
    return frozenset(w.lower() for w in table["links"]), frozenset(w.lower() for w in table["heads"])


def dated_noun(text: str, obj: tuple[int, int], times: list[TimeMention], code: str = lang.DEFAULT,
               dates_only: bool = True) -> TimeMention | None:
    """The time inside the object's own noun phrase: after a determiner and before the object, at
    most one modifier between ("a 2012 truce", "the March 2012 gang truce"), or right after it and
    a link ("the truce of March 2012"); None when a head noun follows that the object only
    modifies ("the 2013 truce talks"). With ``dates_only`` a date, never a stretch ("the truce of
    the last two years" names how long, not when)."""
    links, heads = _dated_nouns(code)
    after = text[obj[1]:obj[1] + 40].split()
    if after and after[0].lower().strip(",.;:") in heads:
        return None
    _, determiners, _ = _complements(code)
    for t in times:
        if dates_only and (not t.calendar or t.relation not in ("in", "range")):
            continue
        if t.end <= obj[0]:
            between = text[t.end:obj[0]].strip()
            # the determiner before the time, or inside its own words ("of the 2012 truce")
            before = text[max(0, t.start - 20):t.start].split()[-1:] + text[t.start:t.end].split()[-2:-1]
            modifier = not between or between.isalpha()  # nothing, or one word ("gang")
            if modifier and any(w.lower() in determiners or w.endswith(_possessive(code)) for w in before):
                return _year_only(text, t, determiners) if dates_only else t
        elif t.start >= obj[1]:
            words = text[obj[1]:t.start].split()
            own = text[t.start:t.end].split()
            link = words if words else own[:1]
            if len(link) == 1 and link[0].lower() in links and (words or len(own) > 1):
                return t
    return None


def _year_only(text: str, t: TimeMention, determiners: frozenset[str]) -> TimeMention:
    """The year that dates a noun, when the time read around it holds the noun phrase's own head too
    ("the end of the 2015 truce": the truce of 2015, whose end is no time of the truce's making)."""
    words = text[t.start:t.end].split()
    if len(words) < 3 or words[-2].lower() not in determiners or not _YEAR.fullmatch(words[-1]):
        return t
    year = words[-1]
    scope = TimeScope(f"{year}-01-01", f"{year}-12-31", year, "explicit", "year")
    return TimeMention(t.end - len(year), t.end, scope, "in", True)


_YEAR = patterns.compile(r"(?:1[89]|20)\d\d")


def noun_trigger(text: str, obj: tuple[int, int], times: list[TimeMention], code: str = lang.DEFAULT):
    """An object dated inside its own noun phrase ("the truce of March 2012"): the phrase, its time
    and the time's span (the phrase's trigger); None when its phrase holds no date."""
    mention = dated_noun(text, obj, times, code)
    if mention is None:
        return None
    return (min(obj[0], mention.start), max(obj[1], mention.end)), mention, (mention.start, mention.end)


def lifetime_ends(scope: TimeScope) -> tuple[TimeScope, TimeScope] | None:
    """The first and the last year, month or day of a closed span ("between 2012 and 2014": 2012
    and 2014; "from March to June 2016": March and June), the coarsest unit both ends fall on;
    None for an open span."""
    if not (scope.start and scope.end) or scope.start >= scope.end:
        return None
    lo, hi = date.fromisoformat(scope.start), date.fromisoformat(scope.end)
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        first, last = (lo, date(lo.year, 12, 31)), (date(hi.year, 1, 1), hi)
        unit = "year"
    elif lo.day == 1 and (hi + timedelta(days=1)).day == 1:
        first = (lo, cal.month_end(lo.year, lo.month))
        last, unit = (date(hi.year, hi.month, 1), hi), "month"
    else:
        first, last, unit = (lo, lo), (hi, hi), "day"
    return tuple(replace(scope, start=a.isoformat(), end=b.isoformat(), granularity=unit) for a, b in (first, last))


def since_start(scope: TimeScope) -> TimeScope | None:
    """The beginning of a state in force since a date ("has kept a state of emergency since 6
    December 2022": declared on that day): the year, month or day the span opens on; None for a
    span with no start."""
    if not scope.start:
        return None
    unit = scope.granularity if scope.granularity in ("year", "month") else "day"
    return replace(scope, end=cal.period(date.fromisoformat(scope.start), unit)[1].isoformat())


def further_marker(text: str, obj_start: int, code: str = lang.DEFAULT) -> int | None:
    """Where a word before the object that makes it a further occurrence starts ("a new truce",
    "another gang truce": at most one modifier between), so that the event's words hold it."""
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, max(0, obj_start - 40), obj_start)]
    for start, word in reversed(words[-2:]):
        if word in lang.words(code, "further_occurrence"):
            return start
    return None

