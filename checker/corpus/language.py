"""The language a source is read in: its metadata's (front matter, sources.toml, an HTML page's
``lang``), else the one its text is written in, told by a vote of each pack's ``telltale_words``.

A stop-word vote, not a detector library: it only ever names a language checker has a pack for
(a library that answered "pt" would leave nothing to read it with), it needs no model, and it is
deterministic. Words that several packs list ("a", "no") cast no vote. A text too short to give
enough votes, or whose runner-up comes too close (a bilingual page), is read with the default pack,
and the report says so, unless its only votes are the default language's (a short English note
leaves no doubt to report); so does a text read in another language than the default.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from checker import lang, patterns
from checker.model import Document, Problem

MIN_VOTES = 8  # fewer telltale words than this: too little text to tell
MARGIN = 3  # the winner needs this many times the runner-up's votes: else the text is mixed
_WORD = patterns.compile(r"[^\W\d_]+")


@cache
def _telltales() -> dict[str, str]:
    """Each telltale word of the packs (lower case) -> the code of the one pack that lists it."""
    owners: dict[str, set[str]] = {}
    for code in lang.available():
        for word in lang.table(code, "telltale_words"):
            owners.setdefault(word.lower(), set()).add(code)
    return {word: next(iter(codes)) for word, codes in owners.items() if len(codes) == 1}


def vote(text: str) -> dict[str, int]:
    """How many of the text's words are telltales of each pack (packs with none left out)."""
    telltales = _telltales()
    votes: dict[str, int] = {}
    for word in _WORD.findall(text.lower()):
        code = telltales.get(word)
        if code is not None:
            votes[code] = votes.get(code, 0) + 1
    return votes


def detect(text: str) -> tuple[str | None, str]:
    """The pack code the text is written in, or None with why not: "too short", "mixed", or
    "default only" for a short text whose every vote is the default language's (nothing doubts it)."""
    ranked = sorted(vote(text).items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] < MIN_VOTES and [code for code, _ in ranked] == [lang.DEFAULT]:
        return None, "default only"
    if not ranked or ranked[0][1] < MIN_VOTES:
        return None, "too short"
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None, "mixed"
    return ranked[0][0], "detected"


def settle(document: Document) -> tuple[Document, list[Problem]]:
    """The document with its source's language settled: the metadata's as given; else detected
    from the text (``language_from: detected``), else the default (``language_from: default``),
    with a warning whenever what is read is not the default language or could not be told."""
    source = document.source
    if source.language and source.language.strip():
        return document, []
    code, why = detect(document.text)
    if code is None:
        source = replace(source, language=lang.DEFAULT, language_from="default")
        if why == "default only":  # a short text with nothing but the default language's words: no doubt to report
            return replace(document, source=source), []
        name = lang.load(lang.DEFAULT).name
        reason = "too little text to tell" if why == "too short" else "its text mixes languages"
        note = Problem(source.path, f"no language in metadata and {reason}: read as {name}", "warning")
        return replace(document, source=source), [note]
    settled = replace(document, source=replace(source, language=code, language_from="detected"))
    if code == lang.DEFAULT:
        return settled, []
    note = Problem(source.path, f"no language in metadata; read as {lang.load(code).name} (detected from the text)",
                   "warning")
    return settled, [note]
