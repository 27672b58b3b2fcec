"""A "since" phrase that names an event and its date ("since the end of the Zemblan civil war in 1979",
"desde la entrada en vigor del régimen, que la Asamblea aprobó el 14 de julio"): its time dates
that event. A figure outside the phrase does not take it; a figure before it counts from it to
publication. The "since" words are the pack's (context.yaml ``event_since``)."""
from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

from checker import lang, patterns
from checker.binding.base_value import in_a_base_when_clause, is_base_value
from checker.model import Quantity, TimeMention, TimeScope

_STRETCH = patterns.compile(r"[,;:—(]")  # the punctuation that ends a stretch of words


def dates_a_since_phrase(text: str, t: TimeMention, code: str = lang.DEFAULT) -> bool:
    """Whether plain time ``t`` dates the event a "since" phrase names, a word of the pack's
    ``event_since`` standing before it with no punctuation between ("the bloodiest month since the end
    of the Zemblan civil war in 1979"): the phrase's time, no figure's outside it."""
    if t.relation != "in":
        return False  # "desde que ... y hasta este mes": the end of the stretch
    stretch = _STRETCH.split(text[max(0, t.start - 80):t.start])[-1]
    return " " in stretch.strip() and _opens_one(stretch, code)


def opens_on(text: str, at: int, code: str = lang.DEFAULT) -> bool:
    """Whether a "since" phrase runs up to position ``at`` of ``text`` with no punctuation between
    ("90 have died in custody since the emergency began": the event's words stand in the phrase)."""
    return _opens_one(_STRETCH.split(text[max(0, at - 80):at])[-1], code)


def since_the_event(scope: TimeScope, chosen: TimeMention, between: str, publication: TimeScope | None,
                    code: str = lang.DEFAULT) -> TimeScope:
    """``scope``, read from plain time ``chosen`` after a figure, when it dates the event a "since"
    phrase ``between`` them names ("42,800 detained since the emergency, which parliament approved on
    July 14"): the stretch from its start to ``publication``; the figure counts since then."""
    if chosen.relation != "in" or len(between) < 8 or not scope.start or publication is None or not publication.end \
            or scope.start > publication.end or ";" in between or ":" in between \
            or not _opens_one(between, code):
        return scope
    return replace(scope, end=publication.end, granularity="span", text=f"{scope.text} (since the event it dates)")


def set_off_since(text: str, t: TimeMention, code: str = lang.DEFAULT) -> str:
    """The "since" clause right before plain time ``t`` when commas set ``t`` off after it ("Since it
    took effect, in December, police have arrested 1,734"; "Desde que entró en vigor, en diciembre,"):
    ``t`` dates that clause's event, and the figure after counts from it (``since_the_event``); else ""."""
    before = text[max(0, t.start - 81):t.start].rstrip()
    if t.relation != "in" or not text.startswith(",", t.end) or not before.endswith(","):
        return ""
    stretch = _STRETCH.split(before[:-1])[-1]
    words = stretch.lower().split()
    return stretch if words and words[0] in _since_words(code) and not any(c.isdigit() for c in stretch) else ""


UNDATED_EVENT = "(since an undated event)"


def since_an_event(text: str, q: Quantity, clause: tuple[int, int], times: list[TimeMention],
                   publication: TimeScope | None, code: str = lang.DEFAULT) -> TimeScope | None:
    """The period of figure ``q``, a count with no time of its own, when its clause counts it since an
    event it names ("Since the plan began, police have counted 830 killings"; "830 killings since the start
    of the plan"; a list label "since the plan began: 830"): from that event on. A time in the phrase
    before the figure dates the event ("Since the plan began in March 2020, ..."): from then to
    ``publication``. Else left unresolved, so the figure takes no time in focus and is not compared until
    the document dates the event (binding.running). None when the clause holds another time, or no such
    phrase, or only "since then" (which points back) or a record's frame ("the fewest since the plan began")."""
    start = clause[0]
    if text[:start].rstrip().endswith(":"):  # a label before the figure: its own words
        start = max(text.rfind(mark, 0, text[:start].rstrip().rfind(":")) for mark in ";\n") + 1
    for found in _since_words_re(code).finditer(text, start, clause[1]):
        at = found.start()
        if at <= q.start < found.end():
            continue
        stretch = _STRETCH.split(text[at:q.start] if at < q.start else text[at:clause[1]])[0].rstrip(" .")
        words = " ".join(stretch.lower().split())
        if len(words.split()) < 2 or words.startswith(_pointing_back(code)) \
                or _frames_a_record(text, at + len(found.group(0)) + 1, True, code):
            continue
        inside = [t for t in times if at <= t.start < at + len(stretch)]
        if inside and inside[0].start <= found.end() + 1:
            return None  # "since 2014", "since last May": a time, no event (the time grammar's)
        if any(start <= t.start < clause[1] for t in times if t not in inside):
            return None
        if not inside and not any(c.isdigit() for c in stretch):  # up to publication once the event is dated
            end = publication.end if publication is not None else None
            return TimeScope(None, end, f"{' '.join(stretch.split())} {UNDATED_EVENT}", "unresolved", "span")
        if not inside or at > q.start:
            return None
        spanned = since_the_event(inside[-1].scope, inside[-1], stretch, publication, code)
        return spanned if spanned is not inside[-1].scope else None
    return None


@cache
def _since_words_re(code: str):
    """The pack's "since" phrases as whole words, case-blind."""
    return patterns.compile(rf"\b(?:{patterns.phrases(lang.phrases(code, 'event_since'))})\b", patterns.IGNORECASE)


@cache
def _pointing_back(code: str) -> tuple[str, ...]:
    """The pack's phrases that point back at the sentence before ("since then"), lower case."""
    return tuple(" ".join(phrase.lower().split()) for phrase in lang.load(code)["refers_back"]["phrases"])


def dates_its_event(text: str, t: TimeMention, code: str = lang.DEFAULT) -> bool:
    """Whether plain time ``t`` dates the event of the "since" phrase it stands in (``dates_a_since_phrase``)
    with no other number between ("since the peak of 2010", not "since the 1979 accords and a far cry from
    2016"): the phrase's time, no period the text speaks of."""
    return t.relation == "in" and _since_stretch(text, t.start, code) is not None


def frames_a_record(text: str, t: TimeMention, code: str = lang.DEFAULT) -> bool:
    """Whether time ``t`` only opens the stretch a record is measured over ("the lowest since 2009",
    "the first time since 2009 that the rate fell below 45", "el nivel más bajo desde la firma de
    2012"): a word of ``since_frames`` among the five words before its "since" word, no number
    between them ("climbed in 2017 for the first time since 2009": the 2017 stands before the frame).
    Such a time dates no figure and comes into no focus. Asked of each time for each figure of its
    sentence: answered once."""
    return t.relation in ("since", "in") and _frames_a_record(text, t.start, t.relation == "since", code)


@lru_cache(maxsize=256)
def _frames_a_record(text: str, start: int, since: bool, code: str) -> bool:
    if since:
        before = _STRETCH.split(text[max(0, start - 60):start])[-1]
    else:
        before = _since_stretch(text, start, code)
        if before is None:
            return False
    padded = f" {' '.join(before.lower().split()[-5:])} "
    for frame in lang.phrases(code, "since_frames"):
        at = padded.rfind(f" {frame} ")
        if at >= 0 and not any(c.isdigit() for c in padded[at + len(frame) + 1:]):
            return True  # not "in the first 90 days since the decree": a number between, the figure's own count
    return False


@lru_cache(maxsize=256)
def _since_stretch(text: str, start: int, code: str) -> str | None:
    """The words before the "since" word of the phrase whose event the plain time at ``start`` dates
    (``dates_a_since_phrase``), up to punctuation; None when it dates none, or another number stands in
    the phrase before it."""
    stretch = " " + " ".join(_STRETCH.split(text[max(0, start - 80):start])[-1].lower().split())
    cut = max(stretch.rfind(f" {word} ") for word in _since_words(code))
    if cut < 0 or " " not in stretch[cut + 1:].strip() or any(ch.isdigit() for ch in stretch[cut:]) \
            or not _opens_one(stretch[cut:], code):
        return None
    return stretch[:cut]


@cache
def _since_words(code: str) -> tuple[str, ...]:
    """The first words of the pack's "since" phrases ("since", "desde")."""
    return tuple({phrase.split()[0] for phrase in lang.phrases(code, "event_since")})


def takes_the_focus(text: str, q: Quantity, scope: TimeScope | None, times: list[TimeMention],
                    quantities: list[Quantity], state) -> bool:
    """Whether figure ``q``'s period ``scope`` becomes its sentence's time in focus (``state.sentence_time``
    so far): a dated period, no base value's ("from 70,000 the year before") nor one of the "when" clause
    of a base value's time ("down from 5,947 in 2016, when the rate hit 128"), nor one of a figure set off in
    a parenthesis ("the 2018 census —some 14.9 million people—") or of a length of time ("the steepest
    one-year fall"), nor a count from an earlier start up to publication after a figure the sentence
    dated ("ended 2016 with 5,184, a sixth decline since the peak of 2010": "the year before" next is 2015)."""
    if scope is None or not scope.start or scope.basis not in ("explicit", "relative") or q.kind == "duration" \
            or _set_off(text, q) or is_base_value(text, q, state.code, times) \
            or in_a_base_when_clause(text, q, times, quantities, state.code):
        return False
    focus, publication = state.sentence_time, state.publication
    return focus is None or not focus.start or publication is None or scope.end != publication.end \
        or scope.start >= focus.start


def _set_off(text: str, q: Quantity) -> bool:
    """Whether figure ``q`` stands in a parenthesis, between spaced dashes or brackets: it describes a
    word outside it."""
    for opening, closing in (("—", "—"), ("(", ")")):
        before = text.rfind(opening, 0, q.start)
        if before >= 0 and text.find(closing, q.end) >= 0 and closing not in text[before + 1:q.start] \
                and (opening == "(" or text.count(opening, 0, q.start) % 2):
            return True
    return False


def _opens_one(words: str, code: str) -> bool:
    """Whether ``words`` hold a word or phrase of the pack's ``event_since``."""
    padded = f" {' '.join(words.lower().split())} "
    return any(f" {phrase} " in padded for phrase in lang.phrases(code, "event_since"))
