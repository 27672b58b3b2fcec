"""A figure that restates a change stated just before: "police reported a 21 percent fall in
murders, while the ministry put the decline nearer to 3 percent". The later figure names neither
what fell nor where nor when; its words point back ("the decline") at the change already stated,
so it is the same quantity, another account of it, and carries that change's metric, direction,
place and period (basis ``discourse``). Only a bare figure of the same unit is carried, right after
a `restating_words` word and a change noun of the change's direction, within the next sentence of
the same paragraph (or three sentences on, when it gives the same value): a figure with a metric
or a change of its own words stays its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from checker import lang, patterns
from checker.model import Claim, Evidence

REACH = 1  # sentences after the stated change in which a figure may restate it
SAME_REACH = 3  # ... and, beyond its paragraph, a figure giving the same value again


@dataclass
class Changes:
    """The last change figure with a metric, per direction: (paragraph, sentence number, claim)."""

    last: dict[str, tuple[int, int, Claim]] = field(default_factory=dict)

    def restated(self, claim: Claim, text: str, at: int, paragraph: int, sentence: int, code: str) -> Claim:
        """The claim, carrying the change it restates if its words point back at one; a change
        with a metric is remembered for the figures after it."""
        if claim.change in ("up", "down") and claim.metric is not None:
            self.last[claim.change] = (paragraph, sentence, claim)
            return claim
        if claim.metric is not None or claim.change not in (None, "=") or claim.kind != "quantity":
            return claim
        if not any(self._within_reach(stated, paragraph, sentence, claim) for stated in self.last.values()):
            return claim  # no change it could restate: its words need no reading (most figures)
        hit = _restating_pattern(code).search(text, max(0, at - _REACH), at)
        if hit is None:
            return claim
        direction = next(d for d, group in (("up", hit.group("up")), ("down", hit.group("down"))) if group)
        stated = self.last.get(direction)
        if stated is None or not self._within_reach(stated, paragraph, sentence, claim):
            return claim
        change = stated[2]
        if change.unit != claim.unit:
            return claim
        words = f"{hit.group(0).strip().rstrip(chr(34) + '“').strip()} (restates “{change.text}”)"
        kept = tuple(e for e in claim.binding if e.field not in ("metric", "subject", "time"))
        carried = tuple(Evidence(e.field, "discourse", words, e.rule) for e in change.binding
                        if e.field in ("metric", "subject", "time"))
        return replace(claim, metric=change.metric, change=change.change, subject=change.subject, time=change.time,
                       binding=carried + kept)

    @staticmethod
    def _within_reach(stated: tuple[int, int, Claim], paragraph: int, sentence: int, claim: Claim) -> bool:
        """Whether a change stated in ``stated`` may be restated in this paragraph and sentence: in
        the next sentence of its paragraph, or a little farther ("... a fall of 22 percent. // ...
        the national reduction came to 22 percent") when the figure gives the same value again."""
        if stated[0] == paragraph and 0 <= sentence - stated[1] <= REACH:
            return True
        same = claim.value is not None and stated[2].value is not None and claim.value.point == stated[2].value.point
        return same and 0 <= sentence - stated[1] <= SAME_REACH


_REACH = 60  # characters before a figure in which the words restating a change are sought


@cache
def _restating_pattern(code: str):
    """A restating word, maybe an adjective, and a change noun, then up to four words and no
    punctuation but an opening quote, ending right before the figure: "the decline closer to ",
    "the national drop amounted to \"". A noun followed by a
    `naming` word names what changed itself ("the decline in exports"): that is no restatement."""
    pack = lang.load(code)
    words, nouns = pack["restating_words"], pack["change_nouns"]
    pointing, naming = patterns.phrases(words["pointing"]), patterns.phrases(words["naming"])
    up, down = patterns.phrases(nouns["up"]), patterns.phrases(nouns["down"])
    return patterns.compile(rf"\b(?:{pointing})\s+(?:[^\W\d_]+\s+)?(?:(?P<up>{up})|(?P<down>{down}))\b"
                            rf"(?!\s+(?:{naming})\b)(?:\s+[^\W\d_]+){{0,4}}\s+[\"“]?$", patterns.IGNORECASE)
