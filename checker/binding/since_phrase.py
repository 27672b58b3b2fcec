"""A "since" phrase that names an event and its date ("since the end of the civil war in 1992",
"desde la entrada en vigor del régimen, que la Asamblea aprobó el 27 de marzo"): its time dates
that event. A figure outside the phrase does not take it; a figure before it counts from it to
publication. The "since" words are the pack's (context.yaml ``event_since``)."""
from __future__ import annotations

from dataclasses import replace

from checker import lang, patterns
from checker.model import TimeMention, TimeScope

_STRETCH = patterns.compile(r"[,;:—(]")  # the punctuation that ends a stretch of words


def dates_a_since_phrase(text: str, t: TimeMention, code: str = lang.DEFAULT) -> bool:
    """Whether plain time ``t`` dates the event a "since" phrase names, a word of the pack's
    ``event_since`` standing before it with no punctuation between ("the bloodiest month since the end
    of the civil war in 1992"): the phrase's time, no figure's outside it."""
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
    phrase ``between`` them names ("36,000 detained since the emergency, which Congress approved on
    March 27"): the stretch from its start to ``publication``; the figure counts since then."""
    if chosen.relation != "in" or len(between) < 8 or not scope.start or publication is None or not publication.end \
            or scope.start > publication.end or ";" in between or ":" in between \
            or not _opens_one(between, code):
        return scope
    return replace(scope, end=publication.end, granularity="span", text=f"{scope.text} (since the event it dates)")


def _opens_one(words: str, code: str) -> bool:
    """Whether ``words`` hold a word or phrase of the pack's ``event_since``."""
    padded = f" {' '.join(words.lower().split())} "
    return any(f" {phrase} " in padded for phrase in lang.phrases(code, "event_since"))
