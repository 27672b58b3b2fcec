"""The actor of a relative clause that tells a figure's metric with no subject of its own: "Zembla
deportó a 17.380 ruritanos en 2022, menos que los 21.640 ozianos que devolvió ese mismo año"
(the 21.640 are Zembla's too), "Zembla deported 900 Hondurans, fewer than the 1,200 Ozians that it
sent back". The actor is the place right before the sentence's earlier verb of that metric, as a
figure right after that verb would take it (binding.subject._acting)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns

# between an actor and its verb: "Zembla's police have deported", "Su instituto de migración deportó",
# maybe after an aside of a few words in lower case between commas ("Zembla, for its part, deported")
_LOWER = rf"[^\W\d_{patterns.UPPER}][^\W\d_]*"
SUBJECT_GAP = patterns.compile(rf"(?:['’]s)?(?:,\s+(?:{_LOWER}\s+){{0,2}}{_LOWER},)?\s+(?:[^\W\d_]+\s+){{0,3}}")


def actor(text: str, span: tuple[int, int], clause: tuple[int, int], candidates: Sequence[tuple],
          predicates: Sequence[tuple[int, int]], code: str) -> tuple[tuple, tuple[int, int]] | None:
    """The place or agency acting in the sentence's earlier predicate of the metric, before the
    figure, when the figure's own predicate opens a relative clause right after it (a
    relative word and at most a pronoun between); with the span from the actor to its verb."""
    opening = _relative_opening(code)
    if not any(v0 >= span[1] and clause[0] <= v0 <= clause[1] and opening.fullmatch(text, span[1], v0)
               for v0, _ in predicates):
        return None
    for w0, w1 in predicates:
        if w1 <= span[0]:
            before = [c for c in candidates if c[1] <= w0 and SUBJECT_GAP.fullmatch(text, c[1], w0)]
            if before:
                found = max(before)
                return found, (found[0], w1)
    return None


@cache
def _relative_opening(code: str):
    """A relative word and at most one more word (a pronoun) before the verb: " que ", " that it "."""
    words = patterns.phrases(lang.load(code)["relative_pronouns"])
    return patterns.compile(rf"\s+(?:{words})\s+(?:[^\W\d_]+\s+)?", patterns.IGNORECASE)
