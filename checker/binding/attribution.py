"""Who a sentence attributes its figures to ("according to the Interior Ministry", "police said"),
named canonically when the source is a known entity. The words are the language pack's
(``attribution`` in names.yaml, with ``leading_articles`` and ``name_joiners``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from checker import lang, patterns


class _Words(NamedTuple):
    # Each pattern with a quick test that the sentence may hold a match: most sentences hold none,
    # and a few ``in`` tests (or one lower-cased scan) cost less than one regex scan.
    found: tuple[tuple[Callable[[str], bool], re.Pattern[str]], ...]
    paper: re.Pattern[str]  # a name that is the paper itself ("the newspaper"): repeats the last one
    article_any_case: re.Pattern[str]  # a leading article, any case
    article: re.Pattern[str]  # a leading article as a name starts with it ("The")
    no_source: frozenset[str]  # first words of a name that is no source on its own ("officials", "he")
    calendar: frozenset[str]  # months and weekdays: "..., said Monday that" names a day, no source
    citing: tuple[re.Pattern[str], ...]  # the cues of an upstream ("citing"): its source is every figure's
    cues: tuple[str, ...]  # every cue as written: a sentence with none after its first source names no other
    joiner: re.Pattern[str]  # a space, comma or joining word before or after a place in a name of places ("Zembla and Oz")


def _literal(items) -> str:
    return patterns.phrases(items, flexible_space=False)


@cache
def _words(code: str) -> _Words:
    pack = lang.load(code)
    table, leading = pack["attribution"], pack["leading_articles"]
    articles = _literal(leading)
    capitalised = _literal([*leading, *(w[:1].upper() + w[1:] for w in leading)])
    name = rf"[A-Z][\w.&'’-]*(?:\s+(?:(?:{_literal(pack['name_joiners'])})\s+)*[A-Z][\w.&'’-]*)*"
    adjectives = _literal(table['document_adjectives'])
    document = (rf"(?:(?:{_literal(table['document_articles'])}) )?(?:(?:(?:{adjectives}) )?"
                rf"(?:{_literal(table['documents'])}) (?:(?:{adjectives}) )?(?:{_literal(table['document_links'])}) )?")
    found = []
    for cue in table["before_any_case"]:  # "according to (a report by) the World Bank"
        check = patterns.PhraseCheck(lambda phrases, cue=cue: rf"{phrases([cue], flexible_space=False)}")
        found.append((check.search, patterns.compile(rf"\b(?i:{re.escape(cue)}) {document}(?:(?:{articles}) )?({name})")))
    for cue in table["before"]:  # "citing the World Bank", as written
        found.append((lambda text, cue=cue: cue in text,
                      patterns.compile(rf"\b{re.escape(cue)} (?:(?:{articles}) )?({name})")))
    verbs = table["verbs_after"]  # "the World Bank said", as written
    papers = _literal(table["papers"])
    # capitalised words only, but after an article ("the Ministry of Justice said"): a joiner would reach back too far
    plain = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
    citing = tuple(pattern for _, pattern in found[len(table["before_any_case"]):])
    found.append((lambda text: any(map(text.__contains__, verbs)),
                  patterns.compile(rf"\b((?:{capitalised}) {name}|(?:(?:{capitalised}) )?{plain}|(?:{articles}) (?:{papers}))"
                                   rf" (?:{_literal(verbs)})\b")))
    inverted = table["verbs_before"]  # ", said Ruiz", ", informó la Policía"
    found.append((lambda text: any(map(text.__contains__, inverted)),
                  patterns.compile(rf", (?:{_literal(inverted)}) (?:(?:{articles}) )?({name})")))
    return _Words(tuple(found), patterns.compile(rf"^(?:(?:{articles}) )?(?:{papers})$", re.IGNORECASE),
                  patterns.compile(rf"^(?:{articles}) ", re.IGNORECASE), patterns.compile(rf"^(?:{capitalised}) "),
                  frozenset(w.lower() for w in [*leading, *table["no_source"]]),
                  frozenset([*pack["months"], *pack["weekdays"]]), citing,
                  tuple({*table["before_any_case"], *table["before"], *verbs, *inverted}),
                  patterns.compile(rf"[\s,]*(?:(?i:{_literal(pack['name_joiners'])})\s+)?"))


def patterns_of(code: str) -> tuple[tuple[Callable[[str], bool], re.Pattern[str]], ...]:
    """Each attribution pattern of a language, with the quick test in front of it (tests use it)."""
    return _words(code).found


class Attributed(str):
    """A sentence's attribution, with every source the sentence names (``named``: where its words
    start, its name, and where the last contrast word before it starts, -1 for none; in order):
    each figure takes its own."""

    named: tuple[tuple[int, str, int], ...] = ()


def find(text: str, entity_of: dict[str, str], last: str | None, code: str = lang.DEFAULT,
         places: Sequence[tuple[int, int, str]] = ()) -> tuple[str | None, str | None]:
    """The sentence's attribution and the one to remember for later sentences: a source named
    ("police said") becomes both; "the paper said" repeats the last one named; none leaves it.
    ``entity_of`` maps lower-case aliases to names; ``places``: the spans of the places the sentence
    names, which are what its figures are about, not who tells them ("Zembla registered 900 killings",
    "the department of Zembla and Oz recorded 900")."""
    words = _words(code)
    for k, (may_hold, pattern) in enumerate(words.found):
        if not may_hold(text):
            continue
        # the first match that names a source: "Zembla recorded 61 homicides, Minister Ana Ruiz said"
        match, name = next(((m, n) for m in pattern.finditer(text)
                            if (n := _source(m, words, entity_of, places)) is not None), (None, None))
        if name is _PAPER:
            return last, last
        if name is None:
            continue
        if pattern in words.citing:
            return name, name  # "the Post said, citing the Government Accountability Office": the upstream's
        contrasts = [c.start() for c in _contrast(code).finditer(text)] if _spaced(text, code) else []
        if not contrasts and not any(may(text) for may, _ in words.found[k + 1:]) \
                and not any(text.find(cue, match.end()) >= 0 for cue in words.cues):
            return name, name  # most sentences: one source named, no contrast
        named = sorted({(m.start(), n) for may, p in words.found if may(text) for m in p.finditer(text)
                        if (n := _source(m, words, entity_of, places)) not in (None, _PAPER)})
        if len({n for _, n in named}) < 2 and not contrasts:
            return name, name
        result = Attributed(name)
        result.named = tuple((at, n, max((c for c in contrasts if c < at), default=-1)) for at, n in named)
        return result, name
    return None, last


def _spaced(text: str, code: str) -> bool:
    """Whether a contrast word may stand in ``text`` (a quick test before ``_contrast``)."""
    return any(word in text for word in _spaced_words(code))


@cache
def _spaced_words(code: str) -> tuple[str, ...]:
    return tuple(lang.load(code)["clause_breaks"]["spaced"])


@cache
def _contrast(code: str) -> re.Pattern[str]:
    """A comma and a word that opens a contrasting clause (", while", ", whereas": ``clause_breaks``
    ``spaced``; not "killed while on duty")."""
    return patterns.compile(rf",\s*(?:{patterns.phrases(lang.load(code)['clause_breaks']['spaced'])})\b",
                            re.IGNORECASE)


_PAPER = "(the paper)"  # a name that is the paper itself: the last source named


def _source(match: re.Match[str], words: _Words, entity_of: dict[str, str],
            places: Sequence[tuple[int, int, str]]) -> str | None:
    """The source a match names, canonically; ``_PAPER`` for the paper itself; None for no source
    ("officials said", places only)."""
    if places and _only_places(match, places, words.joiner):
        return None
    name = match.group(1).strip()
    if name.endswith(".") and "." not in name.rsplit(None, 1)[-1][:-1] and (len(name) > 2 or name[-2].islower()):
        name = name[:-1]  # the sentence's full stop ("según la PNC."), not an abbreviation like "U.S." or "Jr."
    if words.paper.match(name):
        return _PAPER
    canonical = entity_of.get(name.lower()) or entity_of.get(words.article_any_case.sub("", name).lower()) \
        or (_after_place(match, places, words.joiner, entity_of) if places else None)
    first = name.split()[0].lower()
    if canonical is None and (first in words.no_source and len(name.split()) == 1 or first in words.calendar):
        return None
    return canonical or words.article.sub("", name)


def _after_place(match: re.Match[str], places: Sequence[tuple[int, int, str]], joiner: re.Pattern[str],
                 entity_of: dict[str, str]) -> str | None:
    """The known source a name holds after the place it opens on ("U.S. Border Patrol", "Zembla's
    COMAR"): the place says whose it is, the rest which it is."""
    reach = _place_end(places, joiner.match(match.string, match.start(1)).end())
    if reach is None:
        return None
    rest = match.string[reach:match.end(1)].lstrip(".")  # the place "U.S" read without its last dot
    return entity_of.get(rest.removeprefix("'s").removeprefix("’s").strip().lower())


def _only_places(match: re.Match[str], places: Sequence[tuple[int, int, str]], joiner: re.Pattern[str]) -> bool:
    """Whether the name a match holds is places and the words that join them, nothing else: each
    of its words stands in a place's span ("Zembla", "[the department of] Oz", "Zembla and Oz")."""
    at, end = match.span(1)
    at = joiner.match(match.string, at).end()  # "The State of Zembla"
    while at < end:
        reach = _place_end(places, at)
        if reach is None:
            return False
        at = joiner.match(match.string, reach).end()
    return True


def _place_end(places: Sequence[tuple[int, int, str]], at: int) -> int | None:
    """Where the place the sentence names at ``at`` ends; None when none stands there."""
    return max((end for start, end, _ in places if start <= at < end), default=None)


def of(attribution: str | None, start: int, clause: tuple[int, int]) -> str | None:
    """The source of the figure at ``start`` in a sentence that names several ("X says it counted
    163, while Y puts the number at 149"): the one named nearest it in its clause, else the last
    named before it, else the first; never one a contrast word stands before, after the figure
    ("11 killed in 2016, while Y puts the toll at 17": Y's is the 17). A sentence naming one source
    with no contrast gives it to every figure."""
    named = getattr(attribution, "named", None)
    if named is None:
        return attribution
    named = [(at, name) for at, name, contrast in named if contrast < start]  # not "..., while Y puts it at 17"
    inside = [(abs(at - start), name) for at, name in named if clause[0] <= at < clause[1]]
    if inside:
        return min(inside)[1]
    before = [name for at, name in named if at <= start]
    return before[-1] if before else named[0][1] if named else None
