"""Whether an event verb is the event's own predicate: "the ceasefire started to fray" reaches no
ceasefire, since "started" governs "to fray", while "agreed to a truce" does. The infinitive
marker and determiners are the language pack's (``verb_complements``)."""
from __future__ import annotations

from functools import cache

from checker import lang


@cache
def _complements(code: str) -> tuple[frozenset[str], frozenset[str]]:
    table = lang.load(code)["verb_complements"]
    return frozenset(w.lower() for w in table["infinitive"]), frozenset(w.lower() for w in table["determiners"])


def governs_another_verb(text: str, verb_end: int, object_start: int, code: str = lang.DEFAULT) -> bool:
    """Whether the verb ending at ``verb_end`` is followed by an infinitive ("started to fray")
    rather than by the event's object or a determiner before it."""
    infinitive, determiners = _complements(code)
    words = text[verb_end:verb_end + 40].split()
    if len(words) < 2 or words[0].lower() not in infinitive:
        return False
    if verb_end < object_start <= verb_end + len(words[0]) + 2 + len(words[1]):
        return False  # "agreed to truce talks": the object itself follows the marker
    return words[1].lower().strip(",.;:") not in determiners
