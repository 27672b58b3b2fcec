"""Clauses, conjuncts and a figure's own phrase: the spans of a sentence that bind a figure's
metric, subject and time before anything farther away does.

Also whether a sentence refers back to the previous one ("this dropped to ..."), which lets a
figure inherit the previous figure's unit and period.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from checker import lang, patterns
from checker.model import Quantity


@cache
def _refers_back(code: str):
    """Words by which a sentence points back at the previous one ("this dropped to around 70"):
    near its start (``refers_back`` openers), or a phrase anywhere (``back_phrase``)."""
    table = lang.load(code)["refers_back"]
    opening = patterns.compile(rf"\W*(?:\w+\s+){{0,2}}(?:{patterns.phrases(table['openers'], flexible_space=False)})\b",
                               re.IGNORECASE)
    return opening, back_phrase(code)


@cache
def back_phrase(code: str) -> patterns.PhraseCheck:
    """A phrase anywhere that points back at the previous sentence ("since then", "that year"):
    most sentences hold none, told by a substring test per phrase before the regex's scan."""
    phrases_back = lang.load(code)["refers_back"]["phrases"]
    return patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(phrases_back, flexible_space=False, word_start=True)})\b",
                                contains=tuple(sorted({phrase.strip().lower() for phrase in phrases_back if phrase.strip()})))


# Where a clause ends: a semicolon, a colon, a comma or full stop before a closing quote, a spaced
# dash, a comma before a word of ``clause_breaks`` "after_comma" ("while", "but", "when"), or a
# word of its "spaced" ("while", "whereas") between spaces; any space before it belongs to the break.
def clause_break_plain(code: str) -> str:
    """The plain form of ``clause_break``, kept as the reference for it."""
    after_comma, spaced = _break_words(code)
    return rf"\s*(?:;|:\s|[,.][\"”]\s|\s[—–]\s|,\s+(?:{after_comma})\b|\s+(?:{spaced})\s)"


def _break_words(code: str) -> tuple[str, str]:
    table = lang.load(code)["clause_breaks"]
    return patterns.phrases(table["after_comma"]), patterns.phrases(table["spaced"])


# The same matches in the same order, written to open with a character class, so that re skips
# straight to the spaces and punctuation that may start a break (the plain form, which opens with
# "\s*", is tried at every character). The first character is consumed; what may follow it in a
# break is checked at once (that turns away the spaces before words: only the first letters of the
# spaced words may follow); then a lookbehind says which branch goes on: after a space, more space
# and a break, or a spaced dash or spaced word. Linear in a run of spaces: the run is taken whole
# (possessive: what follows a space in a break is never a space), and tried only from the run's
# first space, or from its second when an earlier break ended on the first (after ":", a quote, a
# dash, or a spaced word: its last letter).
@cache
def clause_break(code: str):
    """Where a clause ends, in the language of ``code`` (the plain form's matches, quickly)."""
    after_comma, spaced = _break_words(code)
    words = lang.load(code)["clause_breaks"]["spaced"]
    firsts = "".join(sorted({re.escape(w[0]) for w in words if w}))
    lasts = "".join(sorted({re.escape(w[-1]) for w in words if w}))
    tail = rf";|:\s|[,.][\"”]\s|,\s+(?:{after_comma})\b"
    return patterns.compile(
        rf"[\s;:,.](?=[\s;:,.—–{firsts}\"”]|(?<=;))(?:"
        rf"(?<=\s)(?:(?<!\s\s)|(?<=[:\"”—–{lasts}]\s\s))\s*+(?:{tail}|[—–]\s|(?:{spaced})\s)"
        r"|(?<=;)|(?<=:)\s|(?<=[,.])[\"”]\s"
        rf"|(?<=,)\s+(?:{after_comma})\b)",
        re.IGNORECASE,
    )


def refers_back(text: str, code: str = lang.DEFAULT) -> bool:
    """Whether the sentence points back at the previous one, so its figures may take that one's unit and period."""
    opening, phrase = _refers_back(code)
    return bool(opening.match(text)) or phrase.search(text)


def word_before(text: str, pos: int, reach: int) -> str | None:
    """The last word of ``text[pos - reach:pos]`` when whitespace ends it, else None: only a phrase
    that ends on that word can end right before ``pos`` (a quick test before a phrase regex)."""
    if not text[pos - 1:pos].isspace():  # (nothing before position 0)
        return None
    last = text[max(0, pos - reach):pos].rsplit(None, 1)[-1:]
    return last[0] if last else None


def split(text: str, code: str = lang.DEFAULT) -> list[tuple[int, int]]:
    """The sentence's clauses as (start, end): a figure's context is sought in its own clause first."""
    return list(_split(text, code))


@lru_cache(maxsize=4)
def _split(text: str, code: str) -> tuple[tuple[int, int], ...]:
    """``split``, once per sentence: the claims, the subject of each figure and its time all ask."""
    bounds, start = [], 0
    for match in clause_break(code).finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return tuple(bounds)


@cache
def coordinator(code: str):
    """A word that joins two conjuncts of a clause (``conjunctions``: "and", "but"), between spaces."""
    return patterns.compile(rf"\s(?:{patterns.phrases(lang.load(code)['conjunctions'])})\s")


@cache
def comparison_pause(code: str):
    """A comma before a comparison with another figure (``comparison_pauses``: ", less than the $1
    billion it had requested"): the words after it are the other figure's, and end the first one's
    conjunct; the other, the base, counts what the first does, so its conjunct starts before."""
    words = patterns.phrases(lang.load(code)["comparison_pauses"])
    return patterns.compile(rf",\s+(?:[^\W\d]+ly\s+|muy\s+)?(?:{words})\s", patterns.IGNORECASE)


def conjuncts(text: str, quantities: list[Quantity], clauses: list[tuple[int, int]],
              code: str = lang.DEFAULT, places: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, int]]:
    """Each figure's conjunct: its clause cut at the last "and"/"but" after the previous figure
    and the first one before the next figure of the same clause ("4 percent ... were detained and
    at least 23 people died in custody": "detained" is not about the 23). An "and" that ends a list
    of three ``places`` or more ends no conjunct ("900 Guatemalans, Salvadorans and Hondurans were
    ..."); between two it may join clauses."""
    out = []
    joins = _joins(text, places, code) if len(quantities) > 1 else []  # a lone figure's conjunct is its clause
    pauses = list(comparison_pause(code).finditer(text)) if "," in text else []
    ends = sorted([*joins, *pauses], key=lambda mt: mt.start()) \
        if len(quantities) > 1 else joins  # "..., less than the $1 billion ...": ends the first's
    part = None  # where a part of the figure before starts (", 900 of them by air ...")
    for k, q in enumerate(quantities):
        a, b = containing(clauses, q.start)
        if k and quantities[k - 1].end >= a:
            cuts = [mt.end() for mt in joins if quantities[k - 1].end <= mt.start() and mt.end() <= q.start]
            a = cuts[-1] if cuts else part or a
        part = None
        if k + 1 < len(quantities) and quantities[k + 1].start <= b:
            cut = next((mt for mt in ends if q.end <= mt.start() and mt.end() <= quantities[k + 1].start), None)
            comma = -1 if cut else text.rfind(",", q.end, quantities[k + 1].start)
            if comma >= 0 and _part_next(code).match(text, comma):
                b, part = comma, comma + 1  # the part's words are not the whole's
            else:
                b = cut.start() if cut else b
        else:  # ", more than the total of homicides": what it is compared with, not what it counts
            cut = next((mt for mt in pauses if q.end <= mt.start() and mt.end() <= b), None)
            b = cut.start() if cut else b
        out.append((a, b))
    return out


@cache
def _part_next(code: str):
    """A comma and a part of the figure before it right after it (", 15,800 of them flown home ...",
    ``part_back_links``): the part's words are no more the whole's."""
    links = patterns.phrases(lang.load(code)["part_back_links"])
    return patterns.compile(rf",\s+(?:[^\W\d]+\s+)?\d[\d.,]*\s+(?:{links})\b", patterns.IGNORECASE)


def _joins(text: str, places: Sequence[tuple[int, int, str]], code: str) -> list[re.Match]:
    """The sentence's coordinators less those between the last two places of a list of three or
    more: "A, B and C"."""
    starts, ends = {p[0] for p in places}, {p[1] for p in places}
    out = []
    for join in coordinator(code).finditer(text):
        if join.end() in starts:  # a place right after it
            before = next((p for p in places if p[1] in (join.start(), join.start() - 1)), None)  # "B and", "B, and"
            if before is not None and any(_LIST_COMMA.fullmatch(text, end, before[0]) for end in ends if end < before[0]):
                continue
        out.append(join)
    return out


_LIST_COMMA = patterns.compile(r"\s*,\s*")  # between two places of a list


def containing(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause that holds ``pos`` (a break's end belongs to the clause before it); else the last."""
    for a, b in clauses:
        if a <= pos < b or pos == b:
            return a, b
    return clauses[-1]


def tells_up_to_now(text: str, start: int, end: int, code: str) -> bool:
    """Whether the stretch of a clause before a figure holds an auxiliary of the present perfect
    (``perfect_auxiliaries``: "police have detained 1,920"): the figure counts up to now, so the past
    time of another clause of the sentence ("declared in December, and ...") is not its own."""
    return not lang.words(code, "perfect_auxiliaries").isdisjoint(text[start:end].lower().split())


def predicate_end(text: str, q: Quantity, next_figure: int, conjunct: tuple[int, int]) -> int:
    """Where the figure's own phrase and the predicate that follows it closely end ("six officers
    were granted asylum"): at the first pause, the next figure or its conjunct's end."""
    hi = min(conjunct[1], q.end + PREDICATE_REACH, next_figure)
    pause = PAUSE.search(text, q.end, hi)
    return pause.start() if pause else hi


def next_start(quantities: list[Quantity], k: int) -> int:
    """Where the figure after figure ``k`` starts: its phrase ends there at the latest."""
    return quantities[k + 1].start if k + 1 < len(quantities) else 10 ** 9


# Punctuation that ends a figure's own phrase: what stands after it belongs to another phrase.
PAUSE = patterns.compile(r"[,;:()\[\]—–]|\.\s")


PREDICATE_REACH = 50  # characters after a figure where the predicate it is the subject of may stand


def outside_contrasts(text: str, span: tuple[int, int], places: Sequence[tuple[int, int, str]],
                      code: str) -> list[tuple[int, int, str]]:
    """The places without those of a contrasting clause the figure is not in, one that opens on its
    place ("900 were killed in 2019, while Zembla saw fewer", "mientras que en Zembla ..."): that place is
    the other clause's subject, set against the figure's, never the figure's own."""
    places = list(places)
    contrasted = contrast_subjects(text, places, code)
    if not contrasted:
        return places
    clauses = split(text, code)
    theirs = {containing(clauses, p[0]) for p in contrasted} - {containing(clauses, span[0])}
    return [p for p in places if containing(clauses, p[0]) not in theirs] if theirs else places


def contrast_subjects(text: str, places: Sequence[tuple[int, int, str]], code: str) -> list[tuple[int, int, str]]:
    """The places that open a contrasting clause (", while Zembla saw fewer"): each its clause's subject."""
    if not places or not _contrast_opening(code).search(text):
        return []
    opened = {m.end() for m in _contrast_opening(code).any_case.finditer(text)}
    return [p for p in places if p[0] in opened]


@cache
def _contrast_opening(code: str) -> patterns.PhraseCheck:
    """A contrasting word (``clause_breaks`` "spaced": "while", "mientras que") after a space or comma,
    then maybe a preposition of place (``place_only_links``) and an article, up to where a place would stand."""
    pack = lang.load(code)
    contrasts, links = pack["clause_breaks"]["spaced"], pack["place_only_links"]
    articles = pack["leading_articles"]
    return patterns.PhraseCheck(
        lambda phrases: rf"[\s,](?:{phrases(contrasts)})\s+(?:(?:{phrases(links)})\s+)?(?:(?:{phrases(articles)})\s+)?",
        contains=tuple(sorted({w.lower() for w in contrasts})))
