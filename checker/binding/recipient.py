"""Money given to a place (aid, a metric with ``recipient_nouns``) is about the place it is for,
not the donor: a sentence that opens on its nouns and a recipient link ("Aid to Zembla fell",
"Assistance to the region has grown") puts that place in focus in its paragraph, and the title's
recipient ("U.S. aid for Zembla and Ruritania") is the article's place for such money before its
main place. The links are the language pack's (context.yaml ``recipient_links``)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from checker import lang, patterns
from checker.binding import place_asides, section_place
from checker.binding.subject import (
    NOTHING,
    Focus,
    Found,
    Place,
    anaphor_patterns,
    listed_with,
    place_names,
    place_words,
)
from checker.model import Evidence

if TYPE_CHECKING:
    from checker.binding.matchers import Matchers


def note_opening(focus: Focus, paragraph: int, found: Found, text: str, places: Sequence[Place],
                 types: dict[str, str], code: str = lang.DEFAULT) -> None:
    """Put in focus the place a sentence opens with as its subject (``found``), else the place the
    money it opens on is for ("Aid to Zembla fell"; "Assistance to the region has grown": the region
    in focus, as "the region" points at it). A sub-head's place is its section's main place."""
    section_place.note_heading(focus, text, places)
    if not found.names and focus.recipient_nouns:
        found = _opening(focus, text, paragraph, places, types, code)
    focus.note(paragraph, found)
    focus.openings = (focus.openings[1], (paragraph, found.names))  # for "It" in the next sentence


def _opening(focus: Focus, text: str, paragraph: int, places: Sequence[Place], types: dict[str, str],
             code: str) -> Found:
    opener = _pattern(code, focus.recipient_nouns, True).match(text)
    if opener is None:
        return NOTHING
    at = opener.end()
    article = _article_pattern(code).match(text, at)
    chosen = [p for p in places if p[0] in (at, article.end() if article else at)]
    if chosen:
        listed = listed_with(text, chosen, places, code)
        return Found(place_names(listed), Evidence("subject", "clause", f"{place_words(text, listed)}, what the "
                                                                        "money its sentence opens on is for"))
    for kind, pattern in anaphor_patterns(code):
        hit = pattern.match(text, at)
        name = focus.in_focus(paragraph, kind, types) if hit and kind != "organization" else None
        if name is not None:
            return Found((name,), Evidence("subject", "clause", f"{hit.group(0)} ({name}), what the money its "
                                                                "sentence opens on is for"))
    return NOTHING


def title_recipients(title: str, places: Sequence[Place], nouns: tuple[str, ...],
                     code: str = lang.DEFAULT) -> tuple[str, ...]:
    """The places a title's money is for: after one of ``nouns`` and a recipient link ("aid for
    Zembla and Ruritania"), with the places listed with them; () when it names none."""
    if not nouns or not places:
        return ()
    before = _pattern(code, nouns, False)
    chosen = [p for p in places if before.search(title, max(0, p[0] - _REACH), p[0])]
    return place_names(listed_with(title, chosen[:1], places, code)) if chosen else ()


_REACH = 40  # characters before a place in which the money's noun and its link are sought


@cache
def _pattern(code: str, nouns: tuple[str, ...], opening: bool):
    """A noun of money given and a recipient link: at a sentence's opening (``opening``: up to two
    words before it, "U.S. aid to "), else ending right before a place (an article may stand between)."""
    pack = lang.load(code)
    links, articles = patterns.phrases(pack["recipient_links"]), patterns.phrases(pack["leading_articles"])
    body = rf"\b(?:{patterns.phrases(nouns)})\s+(?:{links})\s+"
    if opening:
        return patterns.compile(rf"\W*(?:[\w'’.-]+\s+){{0,2}}?{body}", patterns.IGNORECASE)
    return patterns.compile(rf"{body}(?:(?:{articles})\s+)?$", patterns.IGNORECASE)


@cache
def _article_pattern(code: str):
    return patterns.compile(rf"(?:{patterns.phrases(lang.load(code)['leading_articles'])})\s+", patterns.IGNORECASE)


def only(text: str, found: Found, ctx, q, metric: str | None, m: Matchers, code: str = lang.DEFAULT) -> Found:
    """A figure ``q`` of money given or asked for, bound to its sentence's places rather than its own, is
    about the places its sentence gives the money for ("Ruritania approved $5 million for Zembla and
    Oz, less than the $8 million it had requested": Zembla and Oz, not the donor): those places, or
    an institution's named after them ("para el Gobierno de Zembla"), listed with the ones after them.
    Places given after another figure are that figure's when some follow the figure itself ("$40
    million for Zembla, part of a $600 million package for Zembla, Oz and Ruritania"). ``ctx``: the
    sentence's ``places`` and ``quantities``."""
    if metric not in m.recipient_metrics or found.evidence is None or found.evidence.basis not in ("clause", "discourse"):
        return found
    link, places = _recipient_link(code), ctx.places
    told = place_asides.in_closing_asides(text, places, code, after=q.end)  # "..., lo que coloca a Zembla por delante"
    given = [p for p in places if p not in told and link.search(text[max(0, p[0] - _REACH):p[0]])]
    figures = [o.start for o in ctx.quantities]
    own = [p for p in given if max((a for a in figures if a < p[0]), default=-1) == q.start]
    first = (own or given or [None])[0]
    listed = listed_with(text, [first], places, code) if first is not None else []
    given = place_names(listed)
    if not given or not set(given) < set(found.names):
        return found
    why = f"{place_words(text, listed)}, what the money of its sentence is for"
    return Found(given, Evidence("subject", "phrase", why))


def without_donors(text: str, places: Sequence[Place], nouns: tuple[str, ...]) -> Sequence[Place]:
    """The places without the donors of money given to a place: a place (or its possessive) right before
    one of the money's ``nouns`` ("$271 million in U.S. assistance", "Washington's aid"), when another
    place is left."""
    lowered = text.lower()
    donors = [p for p in places if (gap := _DONOR_GAP.match(text, p[1])) and lowered.startswith(nouns, gap.end())]
    return [p for p in places if p not in donors] if donors and len(donors) < len(places) else places


_DONOR_GAP = patterns.compile(r"\.?(?:['’]s?)?\s+")  # between a donor and the money's noun: "U.S. ", "Zembla's "


@cache
def _recipient_link(code: str):
    """A recipient link, an optional article and an optional institution's name and its place link
    right before a place: "for ", "para el ", "al Fondo para el Desarrollo de "."""
    pack = lang.load(code)
    links, articles = patterns.phrases(pack["recipient_links"]), patterns.phrases(pack["leading_articles"])
    name = rf"(?:(?-i:[{patterns.UPPER}])[^\W\d_]*\s+(?:(?:{links}|{articles})\s+)*){{1,3}}(?:{patterns.phrases(pack['place_links'])})\s+"
    return patterns.compile(rf"\b(?:{links})\s+(?:(?:{articles})\s+)?(?:{name}(?:(?:{articles})\s+)?)?\Z", patterns.IGNORECASE)
