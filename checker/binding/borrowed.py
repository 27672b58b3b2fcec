"""A bare count with a verb of its own that leaves out the noun phrase of a figure before it in its
sentence ("Zembla deported 4,120 unaccompanied children, while Ruritania's border police detained
4,388") counts what that noun phrase names: the metric whose term is that phrase, as long
as the figure's own conjunct does not veto it. That figure's verb said what was done to the
children, so a veto in the other conjunct ("deported") is that figure's only, and the verb's own
metric ("detained": arrests), of which those children are a subgroup, is not what it counts: a phrase
that is only such a subgroup's noun ("deported 12,301 minors, and Ruritania arrested 38,915") leaves it none."""
from __future__ import annotations

from checker.binding import carrier
from checker.binding.matchers import Matchers
from checker.model import Evidence, Quantity
from checker.ruleset import RuleSet

_SIZE = 10.0  # the figure it goes on with is within this factor of it ("nearest in size")
_REACH = 3  # characters after the figure before it within which its noun phrase must start


def metric(text: str, q: Quantity, quantities: list[Quantity], hits: dict, conjunct: tuple[int, int],
           m: Matchers, rules: RuleSet, code: str) -> tuple[str | None, Evidence | None] | None:
    """The metric the noun phrase left out after ``q`` names, and why; (None, None) when that phrase
    is only a noun its own verb's metric takes as a subgroup; None when ``q`` says its own noun, has
    no verb of its own, or follows no figure of its size whose noun phrase names a metric."""
    if not q.text.rstrip(")]")[-1:].isdigit() or not q.value.point:
        return None
    own = _own_predicate(text, q, hits, code)
    if own is None:
        return None  # "and Zembla 4,388": a gapped figure shares the verb and its vetoes
    verb, verbs_metric = own
    head = _head(q, quantities)
    if head is None:
        return None
    left_out = [text[lo:hi].lower() for roles in hits.values() for lo, hi in roles.get("nouns", ())
                if head.end < lo <= head.end + _REACH]
    if any(word in m.subgroups.get(verbs_metric, ()) for word in left_out):
        return None, None  # "deported 12,301 minors, and Ruritania arrested 38,915": a part of the arrests
    found = None
    for mid, roles in hits.items():
        rule = rules.metrics.get(mid)
        if rule is None or rule.unit != "count":
            continue
        phrase = next(((lo, hi) for lo, hi in roles.get("terms", ())  # a noun alone ("12,301 minors") is no term
                       if head.start < lo <= head.end + _REACH and hi > head.end - 1), None)
        if phrase is None or _vetoed(roles, conjunct, verb, text):
            continue
        if q.noun is not None and q.noun in m.subgroups.get(mid, ()):
            continue
        if found is not None:
            return None  # two metrics name the phrase: it says nothing certain
        found = (mid, Evidence("metric", "clause", f"{text[phrase[0]:phrase[1]]} (the noun phrase it leaves out)",
                               rule.where))
    return found


def _own_predicate(text: str, q: Quantity, hits: dict, code: str) -> tuple[str, str] | None:
    """The verb or term of some metric right before ``q`` that governs it ("detuvo a 4 mil 388"), lower
    case, and that metric."""
    for mid, roles in hits.items():
        for lo, hi in (*roles.get("verbs", ()), *roles.get("terms", ())):
            if hi <= q.start and carrier.predicate_before(text, q.start, [(lo, hi)], code):
                return text[lo:hi].lower(), mid
    return None


def _head(q: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """The nearest figure before ``q`` in its sentence within a factor of ten of it, with words after its digits."""
    for p in reversed([p for p in quantities if p.end <= q.start]):
        if p.value.point and max(p.value.point, q.value.point) / min(p.value.point, q.value.point) <= _SIZE:
            return p
    return None


def _vetoed(roles: dict, conjunct: tuple[int, int], verb: str, text: str) -> bool:
    """Whether a veto of the metric stands in the figure's conjunct or is its own verb."""
    ca, cb = conjunct
    return any((ca <= lo and hi <= cb) or text[lo:hi].lower() == verb for lo, hi in roles.get("exclude", ()))
