"""Who a sentence attributes its figures to ("according to the Interior Ministry", "police said"),
named canonically when the source is a known entity. The words are the language pack's
(``attribution`` in names.yaml, with ``leading_articles`` and ``name_joiners``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
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


def _literal(items) -> str:
    return patterns.phrases(items, flexible_space=False)


@cache
def _words(code: str) -> _Words:
    pack = lang.load(code)
    table, leading = pack["attribution"], pack["leading_articles"]
    articles = _literal(leading)
    capitalised = _literal([*leading, *(w[:1].upper() + w[1:] for w in leading)])
    name = rf"[A-Z][\w.&'’-]*(?:\s+(?:{_literal(pack['name_joiners'])})?\s*[A-Z][\w.&'’-]*)*"
    document = (rf"(?:(?:{_literal(table['document_articles'])}) )?(?:(?:(?:{_literal(table['document_adjectives'])}) )?"
                rf"(?:{_literal(table['documents'])}) (?:{_literal(table['document_links'])}) )?")
    found = []
    for cue in table["before_any_case"]:  # "according to (a report by) the World Bank"
        check = patterns.PhraseCheck(lambda phrases, cue=cue: rf"{phrases([cue], flexible_space=False)}")
        found.append((check.search, patterns.compile(rf"\b(?i:{re.escape(cue)}) {document}(?:(?:{articles}) )?({name})")))
    for cue in table["before"]:  # "citing the World Bank", as written
        found.append((lambda text, cue=cue: cue in text,
                      patterns.compile(rf"\b{re.escape(cue)} (?:(?:{articles}) )?({name})")))
    verbs = table["verbs_after"]  # "the World Bank said", as written
    papers = _literal(table["papers"])
    plain = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"  # capitalised words only: a joiner would reach back too far
    found.append((lambda text: any(map(text.__contains__, verbs)),
                  patterns.compile(rf"\b((?:(?:{capitalised}) )?{plain}|(?:{articles}) (?:{papers})) (?:{_literal(verbs)})\b")))
    return _Words(tuple(found), patterns.compile(rf"^(?:(?:{articles}) )?(?:{papers})$", re.IGNORECASE),
                  patterns.compile(rf"^(?:{articles}) ", re.IGNORECASE), patterns.compile(rf"^(?:{capitalised}) "),
                  frozenset(w.lower() for w in [*leading, *table["no_source"]]))


def patterns_of(code: str) -> tuple[tuple[Callable[[str], bool], re.Pattern[str]], ...]:
    """Each attribution pattern of a language, with the quick test in front of it (tests use it)."""
    return _words(code).found


def find(text: str, entity_of: dict[str, str], last: str | None,
         code: str = lang.DEFAULT) -> tuple[str | None, str | None]:
    """The sentence's attribution and the one to remember for later sentences: a source named
    ("police said") becomes both; "the paper said" repeats the last one named; none leaves it.
    ``entity_of`` maps lower-case aliases to names."""
    words = _words(code)
    for may_hold, pattern in words.found:
        if not may_hold(text):
            continue
        match = pattern.search(text)
        if not match:
            continue
        name = match.group(1).strip()
        if name.endswith(".") and len(name) > 1 and name[-2].islower():
            name = name[:-1]  # the sentence's full stop, not an abbreviation like "U.S."
        if words.paper.match(name):
            return last, last
        canonical = entity_of.get(name.lower()) or entity_of.get(words.article_any_case.sub("", name).lower())
        if canonical is None and name.split()[0].lower() in words.no_source:
            if len(name.split()) == 1:
                continue
        result = canonical or words.article.sub("", name)
        return result, result
    return None, last
