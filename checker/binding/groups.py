"""A figure about a group of places its clause names by a count ("The three countries have a
combined population of 32 million", "the two nations deported 9,000") or describes by the figure
("spread across a region of 33 million people") is about that group, not the place in focus.

The count must match exactly: the group is the last list of exactly that many places of the type
the noun names ("Zembla, Ruritania and Freedonia"), else the last region named whose countries are
exactly that many; a count that matches neither leaves the subject as it was. A description is the
region in focus, as "the region" is. A group that is a region's countries exactly is that region
alone: the figure is the whole's ("a combined population"), never one of its countries'. The words are the language
pack's (context.yaml ``group_nouns``, ``place_descriptions``, ``cardinals``)."""
from __future__ import annotations

from functools import cache, lru_cache

from checker import lang, patterns
from checker.binding.matchers import Matchers
from checker.binding.subject import OWN_BASES, Focus, Found, link_after
from checker.model import Evidence


def referred(text: str, span: tuple[int, int], clause: tuple[int, int], found: Found, focus: Focus,
             paragraph: int, m: Matchers, code: str = lang.DEFAULT) -> Found:
    """The group a figure with no place of its own is about, if its clause names one; else ``found``."""
    types, members = m.entity_types, m.members
    if found.evidence is not None and found.evidence.basis in OWN_BASES:  # "the three countries, and Zembla 900"
        return _tied_group(text, span, focus, m, code) or found  # a place of its own wins, but for a group tied to it
    described, counted = _kinds_named(text, code)
    if not described and not counted:
        return found  # the sentence names no group nor describes one (most)
    for kind, may_hold, pattern in _description_patterns(code):
        if kind not in described:
            continue  # none of the kind's phrases in the sentence: most figures
        reach = max(0, span[0] - _DESCRIPTION_REACH)
        hit = pattern.search(text, reach, span[0]) if may_hold.search(text, reach, span[0]) else None
        name = focus.in_focus(paragraph, kind, types) if hit else None
        if name is not None:
            return _found((name,), f"{hit.group(0).strip()} ({name}, in focus)")
    for kind, may_hold, pattern in _count_patterns(code):
        if kind not in counted or not may_hold.search(text, clause[0], clause[1]):
            continue  # none of the kind's group nouns in the clause: most figures
        hits = [h for h in pattern.finditer(text, clause[0], clause[1]) if h.end() <= span[0] or h.start() >= span[1]]
        if not hits:
            continue
        before = [h for h in hits if h.end() <= span[0]]
        hit = before[-1] if before else hits[0]  # the nearest before the figure, else the first after it
        names = _group(focus, kind, _count(hit.group("n"), code), types, members)
        if names:
            return _found(names, f"{hit.group(0)} ({', '.join(names)}, named together before)")
    return found


@lru_cache(maxsize=4)
def _kinds_named(text: str, code: str) -> tuple[set[str], set[str]]:
    """The kinds of place the sentence may describe by a figure, and count a group of: those the
    longest word of one of whose ``place_descriptions``, ``group_nouns`` occurs in it (lower case,
    as the re.I searches read it: patterns.lower_for_matching). Once per sentence, for all its
    figures: most sentences name none, and their figures skip the searches."""
    low = patterns.lowered(text)
    descriptions, groups = _longest_words(code)
    return {kind for kind, word in descriptions if low is None or word in low}, \
        {kind for kind, word in groups if low is None or word in low}


@cache
def _longest_words(code: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(kind, the longest word of one of its phrases, lower case), of ``place_descriptions`` and of ``group_nouns``."""
    pack = lang.load(code)
    return tuple(tuple((kind, max(phrase.lower().split(), key=len)) for kind, phrases in pack[table].items()
                       for phrase in phrases if phrase.split())
                 for table in ("place_descriptions", "group_nouns"))


def _tied_group(text: str, span: tuple[int, int], focus: Focus, m: Matchers, code: str) -> Found | None:
    """The group named right after the figure's words and a place link ("Zembla counted 900 people
    from the three countries"): the figure's own, as a place named there would be, so it beats a
    place before the figure (the body that counted them)."""
    link = link_after(code, "place_links")
    for kind, _, pattern in _count_patterns(code):
        hit = pattern.search(text, span[1], span[1] + _TIED_REACH)
        names = _group(focus, kind, _count(hit.group("n"), code), m.entity_types, m.members) \
            if hit and link.fullmatch(text, span[1], hit.start()) else ()
        if names:
            return Found(names, Evidence("subject", "phrase", f"{hit.group(0)} ({', '.join(names)}, named together before)"))
    return None


_TIED_REACH = 40  # characters after a figure in which a group tied to its words is sought


def _group(focus: Focus, kind: str, count: int, types: dict[str, str],
           members: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """The last list of exactly ``count`` places of ``kind`` (the region they are, if one), else
    the last region named whose countries are exactly that many (for countries); () when none."""
    if count < 2:
        return ()
    for names in reversed(focus.listed):
        if len(names) == count and all(types.get(n) == kind for n in names):
            regions = [r for r, countries in members.items() if countries == frozenset(names)]
            return (regions[0],) if len(regions) == 1 else tuple(sorted(names))
        if kind == "country" and len(names) == 1 and types.get(names[0]) == "region" \
                and len(members.get(names[0], ())) == count:
            return names
    return ()


def _found(names: tuple[str, ...], words: str) -> Found:
    return Found(names, Evidence("subject", "clause", words))


def _count(word: str, code: str) -> int:
    if word.isdigit():
        return int(word)
    return int(lang.load(code)["cardinals"].get(word.lower(), 0))


_DESCRIPTION_REACH = 40  # characters before a figure in which the phrase describing a place by it is sought


# Each pattern comes with a quick check (patterns.PhraseCheck) for the words every match holds:
# the phrases, or the group nouns; the regex runs only where they occur.


@cache
def _description_patterns(code: str):
    """Per type, a describing phrase ending right before the figure ("a region of ")."""
    return tuple((kind, patterns.PhraseCheck(lambda phrases, words=words: rf"(?:{phrases(words)})\s+$"),
                  patterns.compile(rf"\b(?:{patterns.phrases(words)})\s+$", patterns.IGNORECASE))
                 for kind, words in lang.load(code)["place_descriptions"].items())


@cache
def _count_patterns(code: str):
    """Per type, "the", a count in digits or words, and one of the type's group nouns."""
    pack = lang.load(code)
    articles = patterns.phrases(pack["leading_articles"])
    numbers = patterns.phrases([w for w, v in pack["cardinals"].items() if isinstance(v, int) and 1 < v < _MOST])
    return tuple((kind, patterns.PhraseCheck(lambda phrases, words=words: rf"(?:{phrases(words)})\b"),
                  patterns.compile(rf"\b(?:{articles})\s+(?P<n>\d{{1,2}}|{numbers})\s+(?:{patterns.phrases(words)})\b",
                                   patterns.IGNORECASE))
                 for kind, words in pack["group_nouns"].items())


_MOST = 30  # places in a list named together: more is no list the text gave ("the 50 states")
