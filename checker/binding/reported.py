"""A full year's figure reported early the next year. A count of events or a rate whose only time is
when it was said or published ("at his press conference in early January he spoke of 812 killings",
"the report, published in late January, gave 1,377") counts the year before: year-end tallies come
out in the first weeks of the next year, and a tally said then of a few days would name its days.
The words that make a time the occasion of a saying are the pack's (context.yaml ``reporting_verbs``,
``report_occasions``; not ``publication_nouns``: "the January tally" counts January). Likewise the year of
a census ("el censo de 2018") dates the population it counted, not what the text goes on about."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from checker import lang
from checker.binding import period as periods
from checker.model import Quantity, TimeMention, TimeScope

_LAST_MONTH = 4  # a saying dated no later than April reports the year before ("at the start of the year")
_WORDS_BEFORE = 4  # how far before a time a word of saying or publishing may stand
_RELEASE_WORDS = 7  # ... and before the day it names, past the one who published ("by the interior ministry")


def year_before(text: str, q: Quantity, times: list[TimeMention], scope: TimeScope | None, unit: str | None,
                metric: str | None, flow: str | None, publication: TimeScope | None, focus: TimeScope | None,
                code: str = lang.DEFAULT) -> TimeScope | None:
    """``scope`` as the whole calendar year before it when the figure is a count of events or a rate
    (``flow``, ``unit``) and its time, a stretch early in a year before the figure that ended before
    publication (not "said that so far this year"), dates the saying or the publication that gives
    it; else ``scope`` unchanged. A count takes that year only when the text has it in sight (the
    time in focus, ``focus``, or a year its sentence names): "on January 3, police said 4 died" is
    no year's count; a rate per inhabitants always is one."""
    if scope is None or metric is None or not flow or not _early_in_a_year(scope) \
            or publication is None or not publication.end \
            or not (unit == "count" or (unit or "").startswith("per ")):
        return scope
    mention = next((t for t in times if t.scope.text == scope.text and t.end <= q.start and t.relation == "in"), None)
    if mention is None or not mention.scope.end or mention.scope.end >= publication.end \
            or not dates_a_saying(text, mention, q, code):
        return scope
    year = int(scope.start[:4]) - 1
    if unit == "count" and not _in_sight(str(year), focus, times):
        return scope
    return replace(scope, start=f"{year}-01-01", end=f"{year}-12-31", granularity="year", basis="relative",
                   text=f"{scope.text} (a year's figure reported early the next year)")


def _in_sight(year: str, focus: TimeScope | None, times: list[TimeMention]) -> bool:
    """Whether the time in focus lies in ``year``, or the sentence names that year."""
    if focus is not None and focus.start and focus.end and focus.start[:4] == year == focus.end[:4]:
        return True
    return any(t.scope.granularity == "year" and (t.scope.start or "")[:4] == year for t in times)


def _early_in_a_year(scope: TimeScope) -> bool:
    """Whether ``scope`` is a stretch of days or weeks that starts in January and ends by April."""
    if scope.basis not in ("explicit", "relative") or not scope.start or not scope.end or scope.granularity == "year":
        return False
    start, end = date.fromisoformat(scope.start), date.fromisoformat(scope.end)
    return start.month == 1 and end.year == start.year and end.month <= _LAST_MONTH


def dates_a_saying(text: str, t: TimeMention, q: Quantity, code: str) -> bool:
    """Whether time ``t`` dates the saying or publication the figure comes from: a verb of saying
    or an occasion of saying or publishing among the words right before it ("announced in
    early January", "the report, published late in January", "at his press conference of early
    January"), or a time fronted before a verb of saying ("In January, the minister said ...")."""
    words = [w.strip(",.;:()\"'“”").lower() for w in text[:t.start].split()[-_WORDS_BEFORE:]]
    said = [i for i, w in enumerate(words) if w in _saying_words(code)]
    if said:  # not "sostuvo que en los primeros 35 días de 2021 ...": the time of what was said
        return lang.words(code, "said_clause_openers").isdisjoint(words[said[-1] + 1:])
    return text[t.end:t.end + 1] == "," and not text[:t.start].strip(" \"'“‘(") \
        and periods.fronts_a_saying(text[t.end:q.start], code)


@cache
def _saying_words(code: str) -> frozenset[str]:
    return lang.words(code, "reporting_verbs") | lang.words(code, "report_occasions") | lang.words(code, "release_words")


def dates_the_release(text: str, t: TimeMention, code: str, after: int = 0) -> bool:
    """Whether time ``t`` is the day a saying or a published work came out ("the ministry said on
    Sunday"; "according to figures released by the ministry on Sunday"): a day with a verb of saying
    or a participle of publishing among the words right before it. It dates the telling, not what a
    figure counts: a year-end rate given on a Sunday is the year's. Only words from ``after`` on count."""
    if periods.dates_a_saying(text[max(after, t.start - 25):t.start], code):
        return True
    if t.scope.granularity != "day":
        return False
    raw = text[after:t.start].split()[-_RELEASE_WORDS:]  # "released by the interior ministry on Tuesday"
    words = [w.strip(",.;:()\"'“”").lower() for w in raw]
    said = [i for i, w in enumerate(words) if w in _release_words(code)]
    return bool(said) and lang.words(code, "said_clause_openers").isdisjoint(words[said[-1] + 1:]) \
        and not any(c.isdigit() or c in ",;:" for w in raw[said[-1]:] for c in w)


def dates_a_publishing(text: str, t: TimeMention, code: str) -> bool:
    """Whether time ``t`` stands right after a participle of publishing ("the ministry said in a study published
    this month", ``release_words``): it dates the work, no period a figure counts nor one a later
    reference ("the previous fiscal year") points back to."""
    before = text[max(0, t.start - 20):t.start].split()[-1:]
    return bool(before) and before[0].lower() in lang.words(code, "release_words")


@cache
def _release_words(code: str) -> frozenset[str]:
    return lang.words(code, "reporting_verbs") | lang.words(code, "release_words")


def in_a_saying(text: str, t: TimeMention, q: Quantity, code: str) -> bool:
    """Whether time ``t`` dates a saying set off by commas between an earlier clause and figure ``q``
    (", informó este martes el banco, un alza del 17,2%", ", said the bank on Tuesday, an increase of"):
    a comma, then a `reporting_verbs` word first, no `said_clause_openers` word (what was said), and a
    comma before the figure."""
    opening = text.rfind(",", 0, t.start)
    words = text[opening + 1:t.start].lower().split() if opening > 0 else []
    return bool(words) and words[0] in lang.words(code, "reporting_verbs") and not opens_what_is_said(words, code) \
        and "," in text[t.end:q.start]


def opens_what_is_said(words: list[str], code: str) -> bool:
    """Whether ``words`` hold a verb of saying and, after it, a word that opens what was said ("la
    policía informa que en", "the agency says that so far"): a main clause, never an apposition."""
    said = [i for i, w in enumerate(words) if w.lower() in lang.words(code, "reporting_verbs")]
    return bool(said) and not lang.words(code, "said_clause_openers").isdisjoint(w.lower() for w in words[said[0] + 1:])


def names_a_work(text: str, t: TimeMention, code: str) -> bool:
    """Whether time ``t`` names the edition of a count of the population or of a law ("the 2018 census",
    "the 2016 criminal code reform", "el censo de 2018", "la ley especial de 2016": ``edition_nouns`` "nouns" right
    after it or a word after it, or a word or two before it and a word of its "links"). It dates the work,
    and is no time the text goes on talking about."""
    table = lang.load(code)["edition_nouns"]
    after = [w.strip(",.;:").lower() for w in text[t.end:t.end + 30].split()[:2]]  # "the 2016 penal reform"
    before = text[max(0, t.start - 40):t.end].lower().split()[-4:-1]  # the time's own link may open it: "de 2018"
    return bool(after) and (after[0] in table["nouns"] or len(after) == 2 and after[1] in table["nouns"]
                            and after[0].isalpha() and after[0] not in table["links"]) \
        or len(before) >= 2 and before[-1] in table["links"] and any(w in table["nouns"] for w in before[-3:-1])
