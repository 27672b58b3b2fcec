"""A figure in a clause with no verb of its own, joined on by a comma and a coordinator and made of
a noun phrase alone (", and a rate of 14.8", ", y una tasa de 14,8"), shares the predicate of the
figure before it in its sentence ("Zembla, which closed with 719 homicides, and a rate of 14.8"),
and so that figure's places: it is no new clause whose place is carried from the discourse. The
words are the language pack's (``conjunctions``, ``determiners``, ``complement_links``)."""
from __future__ import annotations

from functools import cache

from checker import lang, patterns
from checker.binding.subject import OWN_BASES, TIED, Found
from checker.binding.unknown_places import UNKNOWN
from checker.model import Evidence


def shared_places(text: str, span: tuple[int, int], clause: tuple[int, int], found: Found, head,
                  code: str = lang.DEFAULT) -> Found:
    """``head``'s places for the figure at ``span`` when its clause is such a noun phrase; else ``found``.
    ``head``: the Claim before it in its sentence, or None."""
    if head is None or not head.subject or (found.evidence is not None and found.evidence.basis in TIED):
        return found
    own = head.evidence("subject")
    if own is None or own.basis not in OWN_BASES or not _noun_phrase_clause(text, span, clause, code):
        return found
    return Found(head.subject, Evidence("subject", own.basis, f"{head.text} (the figure whose predicate it shares)"))


def unknown_place_shared(span: tuple[int, int], clause: tuple[int, int], found: Found, head, offset: int) -> Found:
    """The place of ``head`` (the figure before it in its sentence) for a figure of its clause with no place of
    its own when ``head``'s is a name no rule knows ("Zembla City recorded 900 homicides, a rate of 61"): the
    figure is that place's too, never the article's. ``offset``: where the sentence starts in the document."""
    if found.names or found.evidence is not None or head is None or head.subject:
        return found
    own = head.evidence("subject")
    if own is None or own.basis not in TIED or not own.words.endswith(UNKNOWN) \
            or not clause[0] <= head.start - offset < span[0] <= clause[1]:
        return found
    return Found((), Evidence("subject", own.basis, own.words))


def _noun_phrase_clause(text: str, span: tuple[int, int], clause: tuple[int, int], code: str) -> bool:
    joined, phrase = _patterns(code)
    return bool(joined.search(text, 0, clause[0]) and phrase.fullmatch(text, clause[0], span[0])
                and _CLAUSE_END.fullmatch(text, span[1], clause[1]))


_CLAUSE_END = patterns.compile(r"[\s.;:)]*")  # nothing after the figure but the clause's close


@cache
def _patterns(code: str):
    """A comma and a coordinator ending the text; a determiner, a noun and a complement link."""
    pack = lang.load(code)
    joins, determiners = patterns.phrases(pack["conjunctions"]), patterns.phrases(pack["determiners"])
    links = patterns.phrases(pack["complement_links"])
    return (patterns.compile(rf",\s*(?:{joins})\s*$", patterns.IGNORECASE),
            patterns.compile(rf"\s*(?:{determiners})\s+[^\W\d]+\s+(?:{links})\s+", patterns.IGNORECASE))
