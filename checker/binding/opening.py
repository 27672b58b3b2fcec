"""The place a sentence opens with as its subject ("Ruritania drove the increase", "Neighbouring
Ruritania went the other way"): a topic sentence, which puts the place in focus in its paragraph
as a figure's own place does (binding.subject.Focus)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns
from checker.binding.dateline import ACRONYM_LETTERS
from checker.binding.subject import NOTHING, TOPIC, Found, Place
from checker.model import Evidence

_UP = patterns.UPPER  # capital letters, accented ones too


def subject(text: str, places: Sequence[Place], code: str = lang.DEFAULT) -> Found:
    """The place a sentence opens with as its subject ("Ruritania drove the increase",
    "Ruritanian data point the same way"): it is in focus in the paragraph, as a figure's own
    place is. Not a dateline (a name written in capitals, "OSLO —") nor the first of a list
    ("Ruritania and Zembla")."""
    if not places:
        return NOTHING  # most sentences open on no place
    head = _opening_pattern(code).match(text)
    starts = {head.end(), head.start(1) if head.start(1) >= 0 else head.end()}  # "El Salvador": the article is the name's
    first = next((p for p in places if p[0] in starts), None)
    if first is None:
        first = _after_epithet(text, head, places, code) or _after_a_kind(text, head, places, code) \
            or _after_an_adverbial(text, places)
        if first is None:
            return _fronted_topic(text, places, code)
    surface = text[first[0]:first[1]]
    if surface.isupper() and sum(ch.isalpha() for ch in surface) > ACRONYM_LETTERS:
        return NOTHING  # a dateline
    if not _subject_tail_pattern(code).match(text, first[1]):
        return NOTHING
    return Found((first[2],), Evidence("subject", "clause", f"{surface}{TOPIC}"))


_ADVERBIAL = patterns.compile(r"\W*(?:[^\W\d]+\s+){0,3}[^\W\d]+,\s+")  # "Across the border, ", "Meanwhile, "


def _after_an_adverbial(text: str, places: Sequence[Place]) -> Place | None:
    """The place right after a short phrase of words and a comma that opens the sentence ("Across the
    border, Zembla has struggled"): the subject once the scene is set; its verb is checked as any subject's."""
    adverbial = _ADVERBIAL.match(text)
    return next((p for p in places if p[0] == adverbial.end()), None) if adverbial else None


def _fronted_topic(text: str, places: Sequence[Place], code: str) -> Found:
    """The place a sentence opens on after a ``topic_links`` word and before a comma ("For Zembla, the damage
    is already visible", "En Zembla, los funcionarios ..."): what the sentence, and its paragraph, are about."""
    topic = _topic_pattern(code).match(text)
    place = next((p for p in places if topic and p[0] == topic.end()), None)
    if place is None or text[place[1]:place[1] + 1] != ",":
        return NOTHING
    return Found((place[2],), Evidence("subject", "clause", f"{text[place[0]:place[1]]}{TOPIC}"))


@cache
def _topic_pattern(code: str):
    pack = lang.load(code)
    links, articles = patterns.phrases(pack["topic_links"]), patterns.phrases(pack["leading_articles"])
    return patterns.compile(rf"\W*(?:{links})\s+(?:(?:{articles})\s+)?", patterns.IGNORECASE)


def _after_epithet(text: str, head, places: Sequence[Place], code: str) -> Place | None:
    """The place right after one word that describes it at a sentence's opening ("Neighbouring
    Zembla", "La vecina Zembla"): a word that is no function word ("In Zembla", "Unlike Zembla"
    set the scene or a contrast), in lower case after an article (after "The", a capitalised word
    is a name's), unless the place is a demonym after its noun: "La Asamblea zembleña aprobó ..."
    opens on Zembla's assembly."""
    epithet = _EPITHET.match(text, head.end())
    if epithet is None or epithet.group(1).lower() in _function_words(code):
        return None
    place = next((p for p in places if p[0] == epithet.end()), None)
    if place is None or head.start(1) >= 0 and not epithet.group(1).islower() and not text[place[0]].islower():
        return None
    return place


def _after_a_kind(text: str, head, places: Sequence[Place], code: str) -> Place | None:
    """The place a kind of place names at a sentence's opening ("The industrial city of Zembla saw
    the steepest fall", "La ciudad industrial de Zembla"): up to two describing words, a
    ``territory_nouns`` word, maybe one more, and a ``place_kind_links`` one before the place."""
    kind = _kind_pattern(code).match(text, head.end())
    return None if kind is None else next((p for p in places if p[0] == kind.end()), None)


@cache
def _kind_pattern(code: str):
    pack = lang.load(code)
    kinds, links = patterns.phrases(pack["territory_nouns"]), patterns.phrases(pack["place_kind_links"])
    return patterns.compile(rf"(?:[^\W\d_]+\s+){{0,2}}?(?:{kinds})(?:\s+[^\W\d_]+)?\s+(?:{links})\s+", patterns.IGNORECASE)


_EPITHET = patterns.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s+")


@cache
def _function_words(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lang.load(code)["stop_words"])


@cache
def _opening_pattern(code: str):
    """What may stand before a sentence's subject: punctuation, a leading article."""
    articles = patterns.phrases(lang.load(code)["leading_articles"])
    return patterns.compile(rf"\W*(?:((?:{articles}))\s+)?", patterns.IGNORECASE)


@cache
def _subject_tail_pattern(code: str):
    """After a sentence's subject: a possessive, or a word in lower case that joins no list, maybe
    after a comma ("Zembla, facing sanctions, has deported more"; not "Zembla, Oz and ...")."""
    coordinators = patterns.phrases(lang.load(code)["coordinators"])
    return patterns.compile(rf"(?:['’]s\b|,?\s+(?!(?:{coordinators})\b)[^\W\d_{_UP}])")
