"""Places a figure's sentence names that are not what the figure is about: the yardstick it is
measured against ("almost double Zembla's", "just behind Zembla"), the place a distance is measured
from ("74 kilometers southeast of Zembla"), the place an organisation is named after ("Zembla's
Citizen Council") and a surname that is a place's name ("commissioner Ana Ruiz Lima"). binding.subject sets them aside before it chooses a figure's place."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from checker import lang, patterns

Place = tuple[int, int, str]  # (start, end, canonical name) in the sentence


def yardsticks(text: str, places: Sequence[Place], code: str = lang.DEFAULT) -> list[Place]:
    """The places right after a `yardstick_links` word ("nearly the same as Zembla's", "just
    behind Zembla"): what the figure is measured against, not what it is about. So is a demonym
    after the noun it qualifies there ("lejos de la cifra zembleña")."""
    demonyms = [p for p in places if text[p[0]:p[0] + 1].islower()]  # most places: none
    linked = _right_after(_yardstick_pattern(code), text, places)
    return linked + [p for p in _right_after(_comparative_pattern(code), text, places) if p not in linked] \
        + (_right_after(_yardstick_pattern(code, True), text, demonyms) if demonyms else [])


def _right_after(pattern, text: str, places: Sequence[Place]) -> list[Place]:
    """The places ``pattern`` ends right before, sought in the few characters before each."""
    return [p for p in places if pattern.search(text, max(0, p[0] - _YARDSTICK_REACH), p[0])]


_YARDSTICK_REACH = 40  # characters before a place in which its yardstick word is sought


def landmarks(text: str, places: Sequence[Place], code: str = lang.DEFAULT) -> list[Place]:
    """The places a distance is measured from ("64 kilometers (40 miles) northwest of Zembla") or
    that something lies near ("near the Zemblan border"): where something lies away from, so never
    the place a figure is about."""
    return _right_after(_landmark_pattern(code), text, places)


@cache
def _landmark_pattern(code: str):
    """A number, a unit word (a closing bracket may end it) and a bearing right before a place, or
    a word of nearness ("near the Zemblan coast"), with an optional article."""
    pack = lang.load(code)
    return patterns.PhraseCheck(lambda phrases: rf"(?:\d\S*\s+\S+\s+(?:{phrases(pack['bearing_words'])})|"
                                                rf"\b(?:{phrases(pack['nearness_words'])}))\s+"
                                                rf"(?:(?:{phrases(pack['leading_articles'])})\s+)?$")


@cache
def _yardstick_pattern(code: str, noun: bool = False):
    """A yardstick word and an optional article right before a place: "the same as ", "behind the ",
    maybe with the value it names in between ("five times the rate of ", "cinco veces la de "), or
    with the places listed before it ("ahead of Oz and ");
    with ``noun``, an article and a noun before it ("lejos de la cifra ", before a demonym)."""
    pack = lang.load(code)
    if noun:
        return patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(pack['yardstick_links'], word_start=True)})\s+"
                                                    rf"(?:{phrases(pack['leading_articles'])})\s+[^\W\d_]+\s+$")
    listed = rf"(?:(?:[^\W\d_][\w'’.-]*\s+){{0,2}}[^\W\d_][\w'’.-]*" \
             rf"(?:\s*,\s*|\s+(?:{patterns.phrases(pack['coordinators'])})\s+)){{0,3}}"  # "ahead of Oz and ": a list's later places
    return patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(pack['yardstick_links'], word_start=True)})\s+"
                                                rf"(?:(?:{phrases(pack['rate_owners'])})\s+(?:[^\W\d]+\s+){{0,3}}?"
                                                rf"(?:{phrases(pack['complement_links'])})\s+)?"
                                                rf"(?:(?:{phrases(pack['leading_articles'])})\s+)?{listed}$")


@cache
def _comparative_pattern(code: str):
    """A comparative framing a noun or two, then an optional article, right before a place: "more
    people than ", "con más habitantes que " (``comparative_frames``): what is compared, not where."""
    pack = lang.load(code)
    frames = pack["comparative_frames"]
    return patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(frames['opening'], word_start=True)})\s+(?:[^\W\d]+\s+){{1,2}}"
                                                rf"(?:{phrases(frames['closing'])})\s+"
                                                rf"(?:(?:{phrases(pack['leading_articles'])})\s+)?$")


def organization_homes(text: str, places: Sequence[Place], code: str = lang.DEFAULT) -> list[Place]:
    """The places an organisation is named after: right before an `organization_nouns` word, with
    at most a possessive, a few capitalised words and one other word between ("Zembla's Citizen
    Council", "a Zemblan think tank", "the Zembla City observatory"), or after one and a name's
    words and "of" ("the Council for Public Security of Zembla"). A body that ranks cities or
    countries sits in one: where it sits is not what its figures are about."""
    before, after, noun = _home_patterns(code)
    if not places or not noun.search(text):
        return []  # no organisation noun in the sentence (most): no place is a home
    return [p for p in places if before.match(text, p[1]) or after.search(text, max(0, p[0] - _HOME_REACH), p[0])]


@lru_cache(maxsize=4)
def set_aside(text: str, places: tuple[Place, ...], code: str) -> tuple[frozenset[Place], ...]:
    """The sentence's landmarks (and surnames and names that open on a place), yardsticks and organisation homes among ``places``, once per
    sentence for all its figures: whether a place is one depends on it and the sentence alone, so
    a figure's share of them is those of its own places."""
    names = frozenset(name_ends(text, places)) | frozenset(name_starts(text, places, code))  # surnames, organisations
    return (frozenset(landmarks(text, places, code)) | names,
            frozenset(yardsticks(text, places, code)), frozenset(organization_homes(text, places, code)))


def name_ends(text: str, places: Sequence[Place]) -> list[Place]:
    """The places written by their own name (no demonym: "la Fuerza Aérea Zemblana" is Zembla's) that
    end a longer name in the middle of a sentence, two capitalised words right before, after a word
    in lower case ("said deputy commissioner Ana Ruiz Lima"): a surname, not where anything happened."""
    return [p for p in places if text[p[0] - 1:p[0]] == " " and text[p[0]:p[1]] == p[2]  # its name, no demonym
            and text[text.rfind(" ", 0, p[0] - 1) + 1].isupper()
            and _NAME_END.search(text, max(0, p[0] - _NAME_REACH), p[0])]  # the quick test first: a name before it


_NAME_REACH = 60  # characters before a place in which the name it ends is sought
_NAME_END = patterns.compile(rf"(?<![\w'’])[^\W\d_{patterns.UPPER}][^\W\d_]*\s+"
                             rf"[{patterns.UPPER}][^\W\d_'’]+\s+[{patterns.UPPER}][^\W\d_'’]+\s+$")


def name_starts(text: str, places: Sequence[Place], code: str = lang.DEFAULT) -> list[Place]:
    """The places written by their own name that begin a longer name of two more capitalised words
    no rule knows, after a word in lower case other than a place-only link ("according to Zembla
    Prison Watch estimates"): an organisation's or a work's name, not where anything happened."""
    return [p for p in places if text[p[0]:p[1]] == p[2] and _NAME_GOES_ON.match(text, p[1])  # the quick test first
            and (before := text[max(0, p[0] - _NAME_REACH):p[0]].split()[-1:]) and before[0][-1:].islower()
            and before[0] not in place_only_link_ends(code)]


_NAME_GOES_ON = patterns.compile(rf"\s+[{patterns.UPPER}][^\W\d_'’]+\s+[{patterns.UPPER}][^\W\d_'’]+\b")


@cache
def place_only_link_ends(code: str) -> frozenset[str]:
    """The last words of the place-only links ("in"), in lower case: a name after one is a place's ("in
    Zembla City Hall"), one that sets the scene ("In Zembla, ...")."""
    return frozenset(link.split()[-1].lower() for link in lang.load(code)["place_only_links"] if link.split())


def homes_passed_over(text: str, span: tuple[int, int], clause: tuple[int, int], places: Sequence[Place],
                       yards: frozenset[Place], code: str, all_homes: frozenset[Place]) -> frozenset[Place]:
    """The organisation homes the figure does not take: those of a clause that names another place
    before the figure ("Ruritania City topped the list of Zembla's Citizen Council with 160"). With
    no such place, a home may be the figure's own: a national observatory counts its country.
    ``all_homes``: the sentence's (``set_aside``)."""
    homes = frozenset(p for p in places if p in all_homes)
    if homes and any(clause[0] <= p[0] and p[1] <= span[0] and p not in homes and p not in yards for p in places):
        return homes
    return frozenset()


_HOME_REACH = 80  # characters before a place in which the organisation named after it is sought


@cache
def _home_patterns(code: str):
    """After a place, what makes it an organisation's home; before one, the same; and a quick test
    for the noun both need."""
    pack = lang.load(code)
    nouns, articles = patterns.phrases(pack["organization_nouns"]), patterns.phrases(pack["leading_articles"])
    name = rf"(?-i:[{patterns.UPPER}][\w'’.&-]*)"
    before = patterns.compile(rf"(?:['’]s?)?(?:\s+{name}){{0,4}}(?:\s+[^\W\d_]+['’]?)?\s+(?:{nouns})\b",
                              patterns.IGNORECASE)
    joiners, link = patterns.phrases(pack["name_joiners"]), patterns.phrases(pack["home_links"])
    after = patterns.compile(rf"\b(?:{nouns})(?:\s+(?:{name}|(?-i:{joiners}))){{0,8}}?\s+(?:{link})\s+"
                             rf"(?:(?:{articles})\s+)?$", patterns.IGNORECASE)
    noun = patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(pack['organization_nouns'], word_start=True)})\b")  # both need one
    return before, after, noun
