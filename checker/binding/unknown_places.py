"""A figure's own place told in a name no place rule knows: "52.1 in Kingston", "Jamaica at 52.1",
"Zembla state recorded 900", "In the province of Zembla, 900 ...", a sentence that opens on a name
and a verb of recording ("Zembla registered 900 killings"). Such a figure has a place of its own,
not one checker can compare: it must not take its article's. A name that is a body's, not a
place's ("the Observatory", "la Secretaría de Seguridad", "Police"), or a word any sentence may
open on ("It"), is no such place."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from checker import lang, patterns
from checker.binding import clauses as clause_parts

_UP = patterns.UPPER  # capital letters, accented ones too
UNKNOWN = " (not a known place)"  # what ends the words of a place no rule knows
LOWER_WORD = rf"(?-i:[^\W\d_{_UP}][^\W\d_]*)"  # a word in lower case, whatever the pattern's flags
_NAME_RE = rf"[{_UP}][\w'’.-]*(?:\s+[{_UP}][\w'’.-]*)*"  # capitalised words in a row


def unknown_name(text: str, span: tuple[int, int], known: Sequence[tuple[int, int]], code: str,
                 places: Sequence[tuple[int, int, str]] = ()) -> str | None:
    """The words of the figure's own place when it is a name no rule knows, else None. ``known``:
    spans of every entity and time expression of the sentence; ``places``: its known places (a
    sentence that names one before the figure has its place: the opening's name is then not sought)."""
    start, end = span
    link = link_pattern(code, "place_only_links").match(text, end)
    # the area pattern opens as the link pattern does, whose rest is optional: no link, no area either
    for after in (link, _area_pattern(code).match(text, end)) if link and ";" not in link.group() else ():
        if after and _unknown_name_at(text, after.end(), known):
            return _named(text, after.end(), code)
    if clause_parts.word_before(text, start, 40) in before_link_ends(code):
        before = before_pattern(code).search(text, max(0, start - 40), start)
        if before and _unknown_name_at(text, before.start(), known):
            return _named(text, before.start(), code, places)
    if any(p[0] < start for p in places):
        return None  # a place the rules know stands before the figure: its own place is among those
    opens_on_a_link, has_cue = _sentence_cues(text, code)
    if not (opens_on_a_link or has_cue):
        return None  # most sentences: no area noun, no verb of recording, no opening "In"
    areas, in_place, subject = _lead_patterns(code)
    lead, hits = max(0, start - _LEAD_REACH), []
    if opens_on_a_link and start <= _OPENING_REACH:  # "In Zembla, 900 ..."
        hits.append(in_place.match(text, 0, start))
    if has_cue:
        hits += [p.search(text, lead, start) for p in areas]
        if start <= _OPENING_REACH:
            hits.append(subject.match(text, 0, start))
    for hit in hits:
        if hit and _unknown_name_at(text, hit.start("name"), known):
            return _named(text, hit.start("name"), code)
    return None


_LEAD_REACH = 120  # characters before a figure in which the name its sentence opens on, or an area's, is sought
_OPENING_LINK = 16  # characters at a sentence's start in which its opening place link ("In", "Across") stands
_OPENING_REACH = 160  # characters from a sentence's start within which a figure follows the name it opens on


def _named(text: str, pos: int, code: str, places: Sequence[tuple[int, int, str]] = ()) -> str | None:
    """The name at ``pos``, unless it is a word any sentence may open on ("It"), or a body's, so that
    the figure keeps its sentence's or article's place; a body right before a list link with known
    ``places`` after it ("asked Congress for $3 billion to aid Zembla") still blocks those."""
    name = _NAME.match(text, pos).group(0)
    last = name.split()[-1]
    if last.endswith(".") and "." not in last[:-1] and len(last) > _ABBREVIATION_LETTERS:
        name = name[:-1]  # the sentence's full stop ("in Ruritania."), not an abbreviation's ("St.", "D.C.")
    lead = _LEAD_WORDS.search(text, max(0, pos - 40), pos)
    words = [w.lower() for w in _WORD.findall(f"{lead.group() if lead else ''} {name}")]
    bodies = _institutions(code)
    if " " not in name and name.lower() in lang.words(code, "stop_words") or all(p[0] < pos for p in places) \
            and any(w in bodies or f"{w} {v}" in bodies for w, v in zip(words, [*words[1:], ""])):
        return None  # "Police recorded 900", "the Observatory registered", "It counted"
    return f"{name}{UNKNOWN}"


def _unknown_name_at(text: str, pos: int, known: Sequence[tuple[int, int]]) -> bool:
    return pos < len(text) and text[pos].isupper() and not text[pos + 1:pos + 2].isupper() \
        and not any(a <= pos < b for a, b in known)


_ABBREVIATION_LETTERS = 3  # a word with a full stop and more characters than this is no abbreviation ("Mt.")
_NAME = patterns.compile(rf"[^\W\d_][\w'’.-]*(?:\s+[{_UP}][\w'’.-]*)*")
_WORD = patterns.compile(r"[^\W\d_]+")
_LEAD_WORDS = patterns.compile(r"(?:[^\W\d_]+\s+){1,3}$")  # up to three words right before a name: "La Secretaría de "


@cache
def _institutions(code: str) -> frozenset[str]:
    return frozenset(lang.phrases(code, "institution_words"))


@lru_cache(maxsize=8)
def _sentence_cues(text: str, code: str) -> tuple[bool, bool]:
    """Whether the sentence opens on a place link, and whether it has an area noun or a verb of
    recording: looked up once a sentence, not once a figure."""
    cues, links = _cue_words(code)
    words = text.replace(",", " ").split()
    return bool(words) and words[0].lower() in links, not cues.isdisjoint(words)


@cache
def _cue_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    pack = lang.load(code)
    return (frozenset([*pack["area_nouns"], *pack["recording_verbs"]]),
            frozenset(link.split()[0].lower() for link in pack["place_only_links"]))


@cache
def _lead_patterns(code: str):
    """A name told as a place before the figure in its clause: an area noun with it ("Zembla state",
    "the state of Zembla"); the name a sentence opens on, after "in" ("In Zembla, 900 ...") or
    before a verb of recording and at most three words ("Zembla registered 900 ")."""
    pack = lang.load(code)
    areas, of = patterns.phrases(pack["area_nouns"]), patterns.phrases(pack["complement_links"])
    articles, verbs = patterns.phrases(pack["leading_articles"]), patterns.phrases(pack["recording_verbs"])
    links = patterns.phrases(pack["place_only_links"])
    opening = rf"\W*(?:[^.;:]{{0,40}}?(?:,|\s[-—–])\s+)?"  # the sentence's start, maybe after a phrase: "By then, "
    the = rf"(?:(?i:{articles})\s+)?"
    area = [patterns.compile(rf"(?<![\w'’])(?P<name>{_NAME_RE})\s+(?:{areas})\b[^.;:]*$")] \
        if not pack["head_first"] else []  # "Zembla state": the noun after its name, where heads come last
    return ((*area, patterns.compile(rf"\b(?:{areas})\s+(?:{of})\s+{the}(?P<name>{_NAME_RE})[^.;:]*$")),
            patterns.compile(rf"\W*(?i:{links})\s+{the}(?P<name>{_NAME_RE}),\s+[^.;:]*$"),
            patterns.compile(rf"{opening}{the}(?P<name>{_NAME_RE})\s+(?:{verbs})\s+(?:[^\W\d]+\s+){{0,3}}$"))


@cache
def _area_pattern(code: str):
    """Up to two words, a place-only link, a noun in lower case and a complement link: what stands
    between a figure and the name of the area it lies in ("died in towns of ", "en municipios de ")."""
    pack = lang.load(code)
    links, articles = patterns.phrases(pack["place_only_links"]), patterns.phrases(pack["leading_articles"])
    of = patterns.phrases(pack["complement_links"])
    return patterns.compile(rf"\W*(?:[^\W\d]+\W+){{0,2}}?(?:{links})\s+(?:(?:{articles})\s+)?{LOWER_WORD}\s+(?:{of})\s+",
                            patterns.IGNORECASE)


@cache
def before_link_ends(code: str) -> frozenset[str]:
    """The last word of each link of ``before_pattern``: the word that must end the text before the figure."""
    return frozenset(link.split()[-1] for link in lang.load(code)["place_before_links"] if link.split())


@cache
def before_pattern(code: str):
    """A capitalised name, then a list link, right before a figure: "Jamaica at "."""
    links = patterns.phrases(lang.load(code)["place_before_links"])
    return patterns.compile(rf"(?<![\w'’])[{_UP}][\w'’.-]*(?:\s+[{_UP}][\w'’.-]*)*,?\s+(?:{links})\s+$")


@cache
def link_pattern(code: str, table: str):
    """Up to two words, no comma before them, then a link word of ``table``, then an optional article
    and a word in lower case that names what the place is: what may stand between a figure and its
    own place ("homicides a day in", "recorded in the capital", "900, in Oz"; not "900, much of it in
    Oz": a part's; callers refuse a semicolon: "405 in Oz; in Onhava, 152").
    ``place_only_links`` are the links after which a capitalised name can only be a place."""
    pack = lang.load(code)
    links, articles = patterns.phrases(pack[table]), patterns.phrases(pack["leading_articles"])
    return patterns.compile(rf"(?:[^\w,;]*(?:[^\W\d]+[^\w,;]+){{0,2}}?|\W*)(?:{links})\s+"
                            rf"(?:(?:{articles})\s+(?:{LOWER_WORD},?\s+)?)?", patterns.IGNORECASE)
