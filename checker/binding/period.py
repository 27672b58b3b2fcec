"""A figure's period when its words point at the time in focus ("the year before", "a month
later"): the time the text is talking about — the previous figure's in the sentence, else the
last time the text named — moved as the phrase says, never the publication date moved.

The phrases and what they move are the language pack's (``focus_shifts`` in context.yaml)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache
from re import Pattern

from checker import lang, patterns
from checker.model import Quantity, TimeScope
from checker.numbers import nouns
from checker.timex import calendar as cal


@cache
def _shifts(code: str) -> dict[str, tuple[str, int, str]]:
    """phrase (lower case, single spaces) -> (unit, by, span) for one language."""
    out = {}
    for entry in lang.load(code)["focus_shifts"]:
        for words in entry["words"]:
            out[" ".join(words.lower().split())] = (entry["unit"], int(entry["by"]), entry["span"])
    return out


def moved(focus: TimeScope, words: str, code: str = lang.DEFAULT) -> TimeScope | None:
    """The period ``words`` denotes when said while ``focus`` is the time in focus; None when the
    words are no shift ("that year" is the focus itself: the caller inherits it)."""
    key = words.lower().split()
    shift = _shifts(code).get(" ".join(key))
    if shift is None and key[:1] and key[0] not in comparison_words(code):  # "in the same period a year earlier"
        shift = _shifts(code).get(" ".join(key[1:]))
    if shift is None or not focus.start or not focus.end:
        return None
    unit, by, span = shift
    start, end = date.fromisoformat(focus.start), date.fromisoformat(focus.end)
    if span == "whole" and not _one_unit(start, end, unit):  # a fiscal year's year before is a fiscal year
        lo, hi = _whole(cal.shift(start, unit, by), unit)
        granularity = unit
    else:
        lo, hi = cal.shift(start, unit, by), cal.shift(end, unit, by)
        if end == cal.month_end(end.year, end.month) and unit in ("year", "month"):
            hi = cal.month_end(hi.year, hi.month)  # "a year earlier" than June 1-30 is June 1-30
        granularity = focus.granularity
    return TimeScope(lo.isoformat(), hi.isoformat(), words, "relative", granularity)


def last_ended(whole: TimeScope, focus: TimeScope, anchor) -> TimeScope | None:
    """The unit before ``whole`` when ``whole`` widens a ``focus`` that ended by the publication
    (``anchor``) to the year or month around it, which had barely begun by then: "Zembla closed the
    year with ..." on January 5 is the year just closed, not the one of "the first three days of
    2019" said before it. None otherwise: in October, "on pace to close the year at 77" is this year's."""
    unit = whole.granularity
    if unit not in ("year", "month") or anchor is None or not (whole.start and whole.end and focus.start and focus.end):
        return None
    latest, start = anchor.latest.isoformat(), date.fromisoformat(whole.start)
    if not whole.start <= focus.start <= focus.end <= latest < whole.end \
            or latest >= (cal.shift(start, "month", 1) if unit == "year" else start + timedelta(days=7)).isoformat():
        return None
    lo, hi = _whole(cal.shift(start, unit, -1), unit)
    return TimeScope(lo.isoformat(), hi.isoformat(), whole.text, "relative", whole.granularity)


def points_at_the_focus(words: str, code: str = lang.DEFAULT) -> bool:
    """Whether a phrase points back at the period the statement is about, not at the last time
    named ("the same year": ``focus_refs``): a time a shift named ("a year earlier") in between
    is a comparison's, passed over."""
    key = " ".join(words.lower().split())
    return any(key == ref or key.endswith(" " + ref) for ref in lang.phrases(code, "focus_refs"))


def runs_to_now(words: str, code: str = lang.DEFAULT) -> bool:
    """Whether a phrase pointing back at an earlier time counts from it ("since then", "desde
    entonces"): it holds one of the pack's ``since`` prepositions (``time_prepositions``)."""
    return holds_a_time_preposition(words, "since", code)


def holds_a_time_preposition(words: str, kind: str, code: str = lang.DEFAULT) -> bool:
    """Whether ``words`` hold one of the pack's ``kind`` prepositions (``time_prepositions``: "since", "until")."""
    padded = f" {' '.join(words.lower().split())} "
    return any(f" {prep} " in padded for prep in _time_prepositions(code, kind))


@cache
def _time_prepositions(code: str, kind: str) -> tuple[str, ...]:
    return tuple(" ".join(w.lower().split()) for w in lang.load(code)["time_prepositions"][kind])


def day_in_focus(scope: TimeScope, focus: TimeScope | None, code: str = lang.DEFAULT) -> TimeScope:
    """A weekday and a day of month with no month ("on Saturday the 26th", "el sábado 26"), read
    as the last such day before publication, is that day of the month in focus when it falls on
    that weekday there ("the weekend of June 12 to 14 ... on Saturday the 13th": June 13). One
    that no week near publication holds (left unresolved) is read in the month in focus alone."""
    if focus is None or not focus.start or not focus.end or focus.start[:7] != focus.end[:7] \
            or scope.start != scope.end or (scope.start or "")[:7] == focus.start[:7]:
        return scope
    words = {w.strip(".,").lower() for w in scope.text.split()}
    months, weekdays = _calendar_words(code)
    named = set(weekdays) & words
    if not words.isdisjoint(months) or not named or any(len(w) == 4 and w.isdigit() for w in words):
        return scope  # a month or a year named, or no weekday to check against
    numbers = [int(w) for w in words if w.isdigit() and len(w) <= 2]
    if scope.start:
        day = date.fromisoformat(scope.start)
        number, weekday = day.day, day.weekday()
    elif len(numbers) == 1:
        number, weekday = numbers[0], weekdays[next(iter(named))]
    else:
        return scope
    try:
        there = date.fromisoformat(focus.start).replace(day=number)
    except ValueError:
        return scope
    if there.weekday() != weekday:
        return scope
    basis = scope.basis if scope.start else "relative"
    return replace(scope, start=there.isoformat(), end=there.isoformat(), basis=basis, granularity="day")


def month_in_focus(scope: TimeScope, focus: TimeScope | None, code: str = lang.DEFAULT) -> TimeScope:
    """A month named alone ("in August", "para agosto"), read as the last such month before
    publication, is that month of the year in focus when the text follows months of an earlier
    year ("the reports for May to July of that year ... For August, 310"): the story is
    told in that year. A whole year in focus is no such thread: the month stays the latest."""
    if focus is None or not focus.start or not focus.end or focus.start[:4] != focus.end[:4] \
            or (focus.start[5:], focus.end[5:]) == ("01-01", "12-31") or scope.granularity != "month" \
            or not scope.start or not scope.end or scope.start[:7] != scope.end[:7] \
            or focus.start[:4] >= scope.start[:4]:
        return scope
    words = scope.text.lower().split()
    openers = _in_prepositions(code)
    while len(words) > 1 and words[0] in openers:
        words = words[1:]
    if len(words) != 1 or words[0] not in _calendar_words(code)[0]:
        return scope
    year = focus.start[:4]
    return replace(scope, start=year + scope.start[4:], end=year + scope.end[4:])


@cache
def _in_prepositions(code: str) -> frozenset[str]:
    """The one-word prepositions that date a plain time (``time_prepositions`` ``in``)."""
    return frozenset(w.lower() for w in lang.load(code)["time_prepositions"]["in"] if " " not in w)


@cache
def _calendar_words(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """The pack's month and weekday words, lower case, with their numbers."""
    pack = lang.load(code)
    return ({w.lower(): n for w, n in pack["months"].items()}, {w.lower(): n for w, n in pack["weekdays"].items()})


def whole_unit(focus: TimeScope, words: str, code: str = lang.DEFAULT) -> TimeScope | None:
    """The whole year or month around a shorter ``focus`` when a phrase pointing back ends on that
    unit's noun ("Aquel fue el peor año" after a day of 2015: 2015); the days it names of that month
    ("entre el 4 y el 6 de ese mes" after a day of May 2019: May 4-6); None otherwise."""
    key = words.lower().split()
    unit = _time_units(code).get(key[-1].strip(".,;:")) if key else None
    if unit not in ("year", "month") or not focus.start or not focus.end:
        return None
    start = date.fromisoformat(focus.start)
    lo, hi = _whole(start, unit)
    days = [int(w) for w in key if w.isdigit() and len(w) <= 2]
    if unit == "month" and days:
        return _days_of(lo, hi, focus, days, words)
    if date.fromisoformat(focus.end) > hi or (lo.isoformat(), hi.isoformat()) == (focus.start, focus.end):
        return None
    return TimeScope(lo.isoformat(), hi.isoformat(), words, "relative", unit)


def _days_of(lo: date, hi: date, focus: TimeScope, days: list[int], words: str) -> TimeScope | None:
    """The first to the last of ``days`` in the month ``lo``..``hi`` that holds the focus; None when
    the focus runs past that month or a day is not one of it."""
    if date.fromisoformat(focus.end) > hi or not all(1 <= d <= hi.day for d in days) or days != sorted(days):
        return None
    first, last = lo.replace(day=days[0]), lo.replace(day=days[-1])
    return TimeScope(first.isoformat(), last.isoformat(), words, "relative", "day")


def unit_noun(word: str, code: str = lang.DEFAULT) -> str | None:
    """The unit of time a noun names ("año": year), else None (``time_units``)."""
    return _time_units(code).get(word.strip(",.;:").lower())


@cache
def _time_units(code: str) -> dict[str, str]:
    return {w.lower(): unit for w, unit in lang.load(code)["time_units"].items()}


_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}  # a unit's length in days
_WORD = patterns.compile(r"[^\W\d_]+")  # the words of a stretch of text


def days_of(duration: Quantity) -> float | None:
    """A duration's length in days ("two-day": 2, "three months": 91.3); None for hours and the like."""
    per_unit = _DAYS.get((duration.unit or "").rstrip("s"))
    return duration.value.point * per_unit if per_unit and duration.value.point else None


def links_a_length(gap: str, duration: str, side: str, code: str = lang.DEFAULT) -> bool:
    """Whether a duration beside a figure gives the figure's own length: after it, linked by a word
    of ``duration_links`` "after" ("273 in 30 days", "45 people were killed over three days");
    before it, an adjective whose head the "before" words tie to the figure ("a two-day toll of 83")."""
    words = gap.lower().split()
    if any(not word.isalpha() for word in words) or len(words) > 3:
        return False  # a comma or another word than a short verb phrase: the duration is not the figure's
    links = _duration_links(code)[side]
    if side == "after":
        first = duration.lower().split()[:1]
        return bool(first and first[0] in links) or bool(words and words[-1] in links)
    return "-" in duration and bool(words) and words[-1] in links and len(words) == 2


def fit_length(scope: TimeScope, days: float, publication: TimeScope | None = None) -> TimeScope:
    """A figure's period checked against the length its own words give it: a shorter one (by more
    than 5%) is the last day of the figure's stretch ("39 on Sunday, a two-day toll of 83":
    Saturday and Sunday); one as long or longer holds it ("45 killed over three days" in November),
    unless it still runs at ``publication``: then the whole days counted from its start say how
    far the count reaches ("so far this year, 900 in 120 days": the first 120 days)."""
    start, end = date.fromisoformat(scope.start), date.fromisoformat(scope.end or scope.start)
    if runs_at(scope, publication) and days == int(days) and days < (end - start).days + 1:
        return replace(scope, end=(start + timedelta(days=int(days) - 1)).isoformat(), granularity="day")
    if (end - start).days + 1 >= days * 0.95:
        return scope
    return replace(scope, start=(end - timedelta(days=round(days) - 1)).isoformat(), basis="relative")


def runs_at(scope: TimeScope | None, publication: TimeScope | None) -> bool:
    """Whether ``scope`` began before the publication and still runs at it ("so far this year")."""
    if scope is None or not scope.start or publication is None or not publication.end:
        return False
    return date.fromisoformat(scope.start) < date.fromisoformat(publication.end) \
        <= date.fromisoformat(scope.end or scope.start)


def eve_of(scope: TimeScope, between: str, after: str, code: str = lang.DEFAULT) -> TimeScope:
    """A one-day ``scope`` named before the figure, when a link of ``eve_of_event`` opens the
    figure's clause (``between``: the words from the time to the figure) and its words give it one
    day (``after``: the words after it): the day before ("imposed on May 9, after 30 people were
    killed in a single day": May 8); else ``scope`` unchanged."""
    if not scope.start or scope.end != scope.start or not _eve_pattern(code, "links").search(between) \
            or not _eve_pattern(code, "one_day").match(after):
        return scope
    day = (date.fromisoformat(scope.start) - timedelta(days=1)).isoformat()
    return replace(scope, start=day, end=day, basis="relative")


@cache
def _eve_pattern(code: str, group: str) -> Pattern[str]:
    """``links``: one opening a clause, after a comma, as the last words before the figure (a few
    words may stand between: "after gangs killed"); ``one_day``: a few words and the phrase after it."""
    words = patterns.phrases(lang.load(code)["eve_of_event"][group])
    if group == "links":
        return patterns.compile(rf",\s*(?:{words})\b[^\d,;:.()]{{0,40}}$", patterns.IGNORECASE)
    return patterns.compile(rf"(?:\s+[^\W\d]+){{0,4}}\s+(?:{words})\b", patterns.IGNORECASE)


def links_a_figure(word: str, code: str = lang.DEFAULT) -> bool:
    """Whether ``word`` ties a head noun to the figure after it ("total of 7,104"): ``figure_links``."""
    return word.lower() in lang.words(code, "figure_links")


def closes_with(word: str, code: str = lang.DEFAULT) -> bool:
    """Whether a word between a time and a figure makes the figure the time's closing count ("closed
    2023 with 34.5", "2019, with 2,398"): ``closing_links``."""
    return word.lower() in lang.words(code, "closing_links")


def named_start(scope: TimeScope) -> TimeScope:
    """The period a "since" phrase names at its start ("since 2015": 2015; "since fiscal 2015": that
    fiscal year), without the stretch to now."""
    if not scope.start:
        return scope
    start = date.fromisoformat(scope.start)
    end = cal.shift(start, scope.granularity, 1) - timedelta(days=1) if scope.granularity in ("year", "month") else start
    return replace(scope, end=end.isoformat())


@cache
def _duration_links(code: str) -> dict[str, frozenset[str]]:
    return {side: frozenset(w.lower() for w in words) for side, words in lang.load(code)["duration_links"].items()}


def _one_unit(start: date, end: date, unit: str) -> bool:
    """Whether ``start``..``end`` is exactly one ``unit`` long (October 1 - September 30 is a year)."""
    return unit in ("year", "month") and cal.shift(start, unit, 1) - timedelta(days=1) == end


def _whole(day: date, unit: str) -> tuple[date, date]:
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if unit == "month":
        return day.replace(day=1), cal.month_end(day.year, day.month)
    return day, day


def states_the_present(before: str, code: str = lang.DEFAULT) -> bool:
    """Whether the words of a figure's clause before it state it in the present tense ("Zembla's
    rate is close to 2"): ``present_states``."""
    return not lang.words(code, "present_states").isdisjoint(before.lower().split())


def states_a_habit(sentence: str, code: str = lang.DEFAULT) -> bool:
    """Whether a sentence states a habit ("three buses cross every week"): ``habitual_phrases``."""
    words = f" {' '.join(''.join(ch if ch.isalnum() else ' ' for ch in sentence.lower()).split())} "
    return any(f" {phrase} " in words for phrase in lang.phrases(code, "habitual_phrases"))


def projected(scope: TimeScope, before: str, code: str = lang.DEFAULT) -> TimeScope:
    """A year to date ("this year": January 1 to the publication date) as the whole year when the
    figure's clause before it projects it (``projection_cues``: "on track for 50 this year")."""
    if not scope.start or not scope.end or not scope.start.endswith("-01-01") or scope.end[:4] != scope.start[:4] \
            or scope.end.endswith("-12-31"):
        return scope
    if not _projects(before, code):
        return scope
    return replace(scope, end=scope.start[:4] + "-12-31", granularity="year")


def own_year_so_far(scope: TimeScope, before: str, publication: TimeScope | None,
                    code: str = lang.DEFAULT) -> TimeScope:
    """A calendar year named by its number that its article is published in ("killed in 2016", in
    September 2016) is that year up to publication, as "this year" is: the article cannot know the
    rest; the whole year only when the clause projects it (``projection_cues``: "would end 2016 with").
    So is a month named that the article is published in ("sent back in December alone", on
    December 27): up to publication."""
    now = publication.end if publication is not None else None
    if now and scope.granularity == "month" and scope.basis in ("explicit", "relative") and scope.start \
            and scope.end and scope.start[:7] == scope.end[:7] and scope.start < now < scope.end \
            and not _projects(before, code):
        return replace(scope, end=now)
    if not now or scope.basis != "explicit" or scope.granularity != "year" or not scope.start or not scope.end \
            or not scope.start.endswith("-01-01") or not scope.end.endswith("-12-31") \
            or scope.start[:4] != scope.end[:4] or not scope.start < now < scope.end or _projects(before, code):
        return scope
    return replace(scope, end=now)


def _projects(before: str, code: str) -> bool:
    """Whether the words before a figure make it a projection (``projection_cues``)."""
    words = f' {" ".join(before.lower().split())} '
    return any(f" {cue} " in words for cue in lang.phrases(code, "projection_cues"))


def dates_a_saying(before: str, code: str = lang.DEFAULT) -> bool:
    """Whether the words right before a time make it the time of a saying ("the chief said earlier
    this month", "told reporters on Monday"): ``reporting_verbs`` within the two words before it, no figure between."""
    words = before.lower().split()[-3:]
    said = [i for i, w in enumerate(words) if w in lang.words(code, "reporting_verbs")]
    return bool(said) and not any(c in w for w in words[said[-1]:] for c in ",;:0123456789")  # a pause before the verb is
    # no matter; a figure after it is: "reportó 1.136 homicidios entre ...", the figure's time


def says_at(text: str, start: int, code: str = lang.DEFAULT) -> bool:
    """``dates_a_saying`` of the 25 characters of ``text`` before a time that starts at ``start``."""
    return dates_a_saying(text[max(0, start - 25):start], code)


def placed_in_a_ranking(before: str, code: str = lang.DEFAULT) -> bool:
    """Whether the words of a figure's clause before it place it in a ranking list ("came 12th with",
    "finished second with a rate of", "in 21st place with"): ``rank_positions``."""
    return bool(_rank_position(code).search(before[-120:]))


@cache
def _rank_position(code: str) -> Pattern[str]:
    pack = lang.load(code)
    table, suffixes = pack["rank_positions"], patterns.phrases(pack["ordinal_suffixes"])
    ordinal = rf"(?:\b\d+(?:{suffixes})|\b(?:{patterns.phrases(table['ordinals'])}))"
    return patterns.compile(rf"{ordinal}(?:\s+(?:{patterns.phrases(table['nouns'])}))?,?\s+"
                            rf"(?:{patterns.phrases(table['links'])})\b(?:\s+[\w'’-]+){{0,5}}\s*$",
                            patterns.IGNORECASE)


def runs_for(scope: TimeScope, gap: str, length: Quantity, code: str = lang.DEFAULT) -> TimeScope:
    """A time opened by a range's "from" and followed by a length ("from July 2016, for 11
    consecutive months"): the stretch from its start that runs that long (``duration_links``
    "lasting"); else ``scope`` unchanged."""
    pack = lang.load(code)
    words = gap.replace(",", " ").lower().split()
    opener = scope.text.lower().split()[:1]
    unit = pack["time_units"].get((length.noun or "").lower())
    if not scope.start or not opener or opener[0] not in pack["range_words"]["from"] \
            or unit not in ("year", "month", "week", "day") \
            or len(words) != 1 or words[0] not in _duration_links(code)["lasting"] \
            or not length.value.point or length.value.point != int(length.value.point):
        return scope
    end = cal.shift(date.fromisoformat(scope.start), unit, int(length.value.point)) - timedelta(days=1)
    return replace(scope, end=end.isoformat(), granularity="span")


def names_a_unit(apposition: str, code: str = lang.DEFAULT) -> bool:
    """Whether an apposition after a time names a unit of time among its first words ("May 2018, a
    month in which ...", "2017, the worst year ..."): it describes that time, not a new clause."""
    units = lang.load(code)["time_units"]
    return any(w.strip(",").lower() in units for w in apposition.split()[1:4])


def fronts_a_saying(after: str, code: str = lang.DEFAULT) -> bool:
    """Whether a time fronted before a comma dates a saying that follows ("In January, the minister
    said the 2023 rate ..."): a word of ``reporting_verbs`` within the four words after the comma."""
    words = after.lstrip(" ,").lower().split()[:4]
    return not lang.words(code, "reporting_verbs").isdisjoint(w.strip(",.;:") for w in words)


def dates_a_publication(text: str, start: int, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the time at ``start:end`` opens its sentence or clause and is followed by a published
    work as the clause's subject ("In January, an analysis by ... put the 2018 rate at 54"): it dates
    the work, not the period its figures count."""
    if text[:start].strip(" \"'“‘(") and text[:start].rstrip()[-1:] not in ";:":
        return False
    after = text[end:end + 40].lower().split()
    if not after or not after[0].startswith(","):
        return False
    nouns = lang.words(code, "publication_nouns")
    return any(word.strip(",.;:") in nouns for word in after[1:4])


def opens_an_aside(word: str, code: str = lang.DEFAULT, table: str = "aside_openers") -> bool:
    """Whether ``word`` opens an apposition or relative clause after a comma ("..., the busiest port in
    2009, ..."): ``aside_openers``, or another table of such openers (``time_appositions``,
    ``final_asides``)."""
    return word.lower() in lang.words(code, table)


def is_a_year(scope: TimeScope, code: str = lang.DEFAULT) -> bool:
    """Whether a time phrase names a year: a year itself, or a year's shift of the time in focus
    ("the previous year"), which a `year_bases` word makes a comparison's base ("30% below the
    previous year")."""
    if scope.granularity == "year":
        return True
    shift = _shifts(code).get(" ".join(scope.text.lower().split()))
    return shift is not None and shift[0] == "year"


def starts_a_shift(text: str, pos: int, code: str = lang.DEFAULT) -> bool:
    """Whether a phrase that moves the time in focus ("a year earlier") starts near ``pos``."""
    rest = " ".join(text[max(0, pos):pos + 40].lower().split())
    return rest.startswith(tuple(_shifts(code)))


@lru_cache(maxsize=64)  # asked again of the same words for each figure and time of a sentence
def names_a_base(before: str, code: str = lang.DEFAULT, phrase: str = "", year: bool = False,
                 changed: bool = False) -> bool:
    """Whether the words right before a time phrase make it the base of a comparison ("fewer than
    the year before", "more than the total for 2018"): the figure then counts the time in focus,
    not the time the phrase names. A year (never a day) is a base after ``year_bases`` too, before
    it or opening the ``phrase`` itself ("up 4% on 2018"); so is a phrase opening with a word of
    ``change_bases`` right after a change ("a sharp fall from 2017"), or right after a figure that
    states a change (``changed``: "fell by 200 from the year before")."""
    words = before.lower().split()
    if changed and len(words) <= 1 and (words or phrase.lower().split() or [""])[0] in _change_bases(code):
        return True
    if words:
        for noun in _base_nouns(code).get(words[-1], ()):  # "than the total for 2018": the base's noun stands between
            if words[-len(noun):] == noun:
                words = words[:-len(noun)]
                break
    if not words and not year:
        return False
    opener = phrase.lower().split()[:1]
    if opener and opener[0] in _change_bases(code) \
            and any(word.strip(",;:") in _change_words(code) for word in words[-3:]):
        return True  # "a sharp fall from 2017": the phrase opens with its base word, after a change
    if year and opener and opener[0] in lang.words(code, "year_bases"):
        return True
    if not words:
        return False
    ending = _bases(code, year).get(words[-1])  # most words before a time end on no base word
    return bool(ending) and any(words[-len(base):] == base for base in ending) or _clause_against(words, code) \
        or _changed_from_a_phrase(words, code)


def _changed_from_a_phrase(words: list[str], code: str) -> bool:
    """Whether the words before a time end on a change, its base word and up to five words with no
    figure ("down from the peak it hit in 2014"): the time dates that base, not the figure."""
    for n in range(1, 6):
        if len(words) > n + 1 and words[-n - 1] in _change_bases(code) \
                and words[-n - 2].strip(",;:") in _change_words(code) and all(w.isalpha() for w in words[-n:]):
            return True
    return False


def _clause_against(words: list[str], code: str) -> bool:
    """Whether the words before a time end on a clause that a comparative and a comparison word
    open, of up to three words and no figure ("a quarter less than parliament had voted the
    year before"): the time is that clause's, the base's; not after a change ("more than
    doubled in 2018") nor after a comparison word with no comparative ("against drug gangs")."""
    stated_against = comparatives(code)
    for n in range(1, 4):
        said, lead = words[-n:], words[:-n]
        ending = _bases(code, False).get(lead[-1]) if lead else None  # the clause opens after a base word
        if not ending or not all(w.isalpha() for w in said) or said[0] in _change_words(code):
            continue
        for base in ending:
            if lead[-len(base):] == base and len(lead) > len(base) and lead[-len(base) - 1] in stated_against:
                return True
    return False


@cache
def comparatives(code: str) -> frozenset[str]:
    """The comparatives a figure is stated against another with ("less", "more": ``differences``)."""
    table = lang.load(code)["differences"]
    return frozenset(w.lower() for w in (*table["down_after"], *table["up_after"]))


def _by_last_word(phrases) -> dict[str, tuple[list[str], ...]]:
    """Phrases as word lists, grouped by their last word (in the given order): a phrase can end
    the words before a time only when its last word is theirs, so one look-up leaves the few to compare."""
    grouped: dict[str, list[list[str]]] = {}
    for words in phrases:
        if words:
            grouped.setdefault(words[-1], []).append(words)
    return {last: tuple(group) for last, group in grouped.items()}


@cache
def _base_nouns(code: str) -> dict[str, tuple[list[str], ...]]:
    """The nouns of a comparison's base ("the figures", "that"), longest first, by their last word."""
    nouns = sorted((w.lower().split() for w in lang.load(code)["base_nouns"]), key=len, reverse=True)
    return _by_last_word(nouns)


@cache
def _bases(code: str, year: bool) -> dict[str, tuple[list[str], ...]]:
    """The words that make a time a comparison's base (``comparison_bases``; for a year also
    ``year_bases``), by their last word."""
    words = [*comparison_words(code), *(lang.words(code, "year_bases") if year else ())]
    return _by_last_word(base.split() for base in words)


@cache
def _base_values(code: str) -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in lang.load(code)["base_value_words"])


@lru_cache(maxsize=64)  # asked again of the same words for each figure of a sentence
def names_a_base_value(before: str, code: str = lang.DEFAULT, values_only: bool = False) -> bool:
    """Whether the words right before a figure make it the base value of a comparison ("up 30% from
    70,000 the year before", "than 3,000"): its period is the base's, never the time in focus.
    ``values_only``: only ``base_value_words`` count ("below the 4,000 mark" read as the figure's qualifier,
    where "more than 481" is no base)."""
    words = before.lower().split()
    by_last_word = _value_bases(code, values_only)
    for cut in range(len(words), max(0, len(words) - 4), -1):  # "than the 15,000", "from a record 7,100", "with a rate of 91"
        if words[cut - 1] not in by_last_word or not all(w.isalpha() or _possessive_year(w) for w in words[cut:]):
            continue
        for base, after_a_change in by_last_word[words[cut - 1]]:
            if words[:cut][-len(base):] != base:
                continue
            if not after_a_change:
                return True
            # "down from 677", "a drop of nearly 23 percent from the 1,940", not "minors from the three countries"
            ahead = [word.strip(",;:") for word in words[:cut - len(base)][-6:]]
            if any(word in _change_words(code) for word in ahead):
                return True
    return False


def _possessive_year(word: str) -> bool:
    """"2016's" in "half of 2016's 5,947": a year owning the base value, no word of its own."""
    return len(word) == 6 and word[:4].isdigit() and word[4] in "'’" and word[5] == "s"


def base_after_a_change(text: str, start: int, before: str, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start`` follows a comma and a change's base word, in a clause that
    tells a change further back than ``before`` reaches ("fell to 37.6 in 2017, from 51.4 the year
    before"), or right after another figure's phrase ("27.9 per 100,000, from 35.2 in 2016"): it is
    the base value of that change."""
    words = before.lower().split()
    if len(words) < 2 or words[-1] not in _change_bases(code) or not words[-2].endswith(","):
        return False  # most figures: no "from" right after a comma
    if any(ch.isdigit() for word in words[-4:-1] for ch in word):
        return True
    clause = text[max(0, start - 160):start].lower()
    clause = clause[max(clause.rfind(";"), clause.rfind(":")) + 1:]
    return not _change_words(code).isdisjoint(_WORD.findall(clause))


def ranks_a_group(text: str, p: Quantity) -> bool:
    """Whether a number is followed by a superlative, ranking a group rather than stating a figure
    ("the two largest gangs", "the three deadliest cities")."""
    words = text[p.start:max(p.end, p.start + 40)].split()
    return len(words) > 1 and nouns.is_superlative(words[1])


@cache
def _value_bases(code: str, values_only: bool) -> dict[str, tuple[tuple[list[str], bool], ...]]:
    """The words that introduce a base value, each split into words with whether it counts only
    after a change ("down from"), by their last word: one look-up leaves the few to compare."""
    phrases = (frozenset() if values_only else comparison_words(code) | _change_bases(code)) | _base_values(code)
    grouped: dict[str, list[tuple[list[str], bool]]] = {}
    for words in (phrase.split() for phrase in phrases):
        if words:
            grouped.setdefault(words[-1], []).append((words, " ".join(words) in _change_bases(code)))
    return {last: tuple(group) for last, group in grouped.items()}


@cache
def _change_bases(code: str) -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in lang.load(code)["change_bases"])


@cache
def _change_words(code: str) -> frozenset[str]:
    return frozenset(w.lower() for words in lang.load(code)["changes"].values() for w in words)


def to_date(scope: TimeScope, code: str = lang.DEFAULT) -> TimeScope:
    """A figure counted "through December 28" (a date with no start of its own) runs from the start
    of that date's year to the date, not over the single day (``to_date_words``)."""
    return year_to_date(scope) if counted_to(scope, code) else scope


def a_deadline_ahead(scope: TimeScope | None, publication: TimeScope | None, code: str = lang.DEFAULT) -> bool:
    """Whether a time "until" a date after publication (``to_date_words``) is when a state ends
    ("holding permits until May 2031"), not a stretch already counted: a level with it is the
    level as of publication; a count of events may still take it (a projection, ``ahead``)."""
    now = publication.end if publication is not None else None
    if scope is None or not now or not scope.end or scope.end <= now:
        return False
    return counted_to(scope, code)


def counted_to(scope: TimeScope, code: str) -> bool:
    """Whether a time's words open with a word of ``to_date_words`` ("through December 28", "until May 2031")."""
    return " ".join(scope.text.lower().split()).startswith(_to_date_openers(code))


@cache
def _to_date_openers(code: str) -> tuple[str, ...]:
    return tuple(w + " " for w in lang.phrases(code, "to_date_words"))


def year_to_date(scope: TimeScope) -> TimeScope:
    """A day or month as the end of the stretch from the start of its year ("as of May 31,
    averaging 13.6 a day": January 1 - May 31); a year or fiscal year stays whole."""
    if not scope.end or scope.granularity not in ("day", "month"):
        return scope  # "through fiscal 2019" is that fiscal year
    return replace(scope, start=scope.end[:4] + "-01-01")


def ahead(scope: TimeScope, before: str, publication: TimeScope | None, code: str = lang.DEFAULT) -> TimeScope:
    """A date with no year of its own that a projection reaches ("expected to hit 900 by the end
    of March", ``projection_cues``) is its next occurrence after publication, not its last."""
    now = publication.end if publication is not None else None
    if not now or not scope.start or not scope.end or scope.end >= now or any(c.isdigit() for c in scope.text):
        return scope
    if not _projects(before, code):
        return scope
    start, end = date.fromisoformat(scope.start), date.fromisoformat(scope.end)
    if (start.month, start.day) == (2, 29) or (end.month, end.day) == (2, 29):
        return scope
    return replace(scope, start=start.replace(year=start.year + 1).isoformat(),
                   end=end.replace(year=end.year + 1).isoformat())


@cache
def comparison_words(code: str) -> frozenset[str]:
    """The words that introduce the base of a comparison ("than", "compared with"), lower case."""
    return frozenset(word.lower() for word in lang.load(code)["comparison_bases"])


def same_stretch(scope: TimeScope, focus: TimeScope | None) -> TimeScope:
    """"the same period of 2016" said while Jan 1 - Dec 30, 2017 is in focus: Jan 1 - Dec 30, 2016; the whole
    year named after a whole year; not established when no stretch within one year is in focus."""
    if not focus or not focus.start or not focus.end or focus.start[:4] != focus.end[:4] or not scope.start:
        return replace(scope, start=None, end=None, basis="unresolved") if scope.start else scope
    start, end = date.fromisoformat(focus.start), date.fromisoformat(focus.end)
    year = date.fromisoformat(scope.start).year
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return scope
    try:
        lo, hi = start.replace(year=year), end.replace(year=year)
    except ValueError:  # February 29 in a year without one
        return scope
    return TimeScope(lo.isoformat(), hi.isoformat(), scope.text, "relative", focus.granularity)


def widened(scope: TimeScope, latest: date | None = None) -> TimeScope:
    """"two months ago" is approximate: one unit either side, never past ``latest`` (publication)."""
    days = {"year": 366, "month": 31, "week": 7, "day": 1}.get(scope.granularity, 0)
    start = date.fromisoformat(scope.start) - timedelta(days=days)
    end = date.fromisoformat(scope.end) + timedelta(days=days)
    return replace(scope, start=start.isoformat(), end=min(end, latest or end).isoformat())
