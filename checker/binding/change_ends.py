"""A change stated by its two ends in a sentence that names two years: "Zembla counted 900 murders
in 2019, 60 more than in 2018, even as its rate edged down from 31.5 to 30.9". The number grammar
reads "from 31.5 to 30.9" as one range, as the text writes it; but a range a change verb governs
is no span of one period's value: its first end is the earlier year's level, its second the later
year's. So, where the figure's own period is one of exactly two years the sentence names, and
the ends run the way the verb says, the range becomes two claims, each dated by its year. A
sentence that names no time at all, in a paragraph about one year ("in the 2016 ranking, Zembla's
rate rose from 81 to 97"), tells the change over that year: its first end is the year before.
Anything less certain keeps the range as it is.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from checker import lang, patterns
from checker.model import Claim, Evidence, Quantity, TimeMention, TimeScope, Value


def split(claims: list[Claim], quantities: Sequence[Quantity], text: str, times: Sequence[TimeMention],
          code: str, claim_id: Callable[[int, int], str]) -> list[Claim]:
    """The sentence's claims, each change stated by its two ends over two years split in two.
    ``claims`` open with one claim per quantity, in order; ``claim_id`` gives a claim's id from
    its document offsets."""
    if not any(len(q.stated) == 2 for q in quantities):
        return claims
    dated = not (len(times) == 1 and not any(c.time is not None and c.time.basis == "inherited" for c in claims))
    out: list[Claim] = []
    for k, claim in enumerate(claims):
        q = quantities[k] if k < len(quantities) else None
        ends = _ends(claim, q, text, times, code, claim_id, claims) if q is not None and dated else (claim,)
        out.extend(ends if len(ends) == 2 or q is None else (_undated_ends(claim, q, text, code),))
    return out


def _undated_ends(claim: Claim, q: Quantity, text: str, code: str) -> Claim:
    """A range a change verb governs whose two ends the sentence does not date ("fell from 5,127 to
    163"): two levels at two times, no span of one period's value; its time is left unresolved, so it
    is not compared. Any other range as it is."""
    if claim.time is None or claim.kind != "quantity" or not _governed(q, text, code):
        return claim
    words = f"{claim.time.text} (a change by its two ends, neither dated)".lstrip()
    return replace(claim, time=replace(claim.time, basis="unresolved"), binding=_timed(claim, "clause", words))


def _governed(q: Quantity, text: str, code: str) -> bool:
    """Whether a change verb governs the range ``q`` of two stated ends and the ends run the way it
    says ("edged down from 31.5 to 30.9"; either way after "went from")."""
    if len(q.stated) != 2 or q.stated[0] == q.stated[1]:
        return False
    verb = _change_pattern(code).search(text, max(0, q.start - _REACH), q.start)
    return verb is not None and ((q.stated[0] > q.stated[1]) == bool(verb.group("down")) or bool(verb.group("either")))


def _ends(claim: Claim, q: Quantity, text: str, times: Sequence[TimeMention], code: str,
          claim_id: Callable[[int, int], str], others: Sequence[Claim]) -> tuple[Claim, ...]:
    """The range's two ends as two claims, or the claim as it is; ``others``: the sentence's
    claims, whose years its own words give ("35.8 a year earlier") may name the first end's."""
    t, v = claim.time, claim.value
    if len(q.stated) != 2 or v is None or v.lo is None or v.hi is None or t is None \
            or t.granularity != "year" or not t.start or claim.kind != "quantity":
        return (claim,)
    if not _governed(q, text, code):
        return (claim,)
    falls = q.stated[0] > q.stated[1]
    years = {int(m.scope.start[:4]): m.scope for m in times
             if m.scope.granularity == "year" and m.scope.start and m.scope.end and m.scope.start[:4] == m.scope.end[:4]}
    if not times and t.basis == "inherited" and t.start[:4] == t.end[:4]:  # the year in focus, the one before
        years = {int(t.start[:4]) - 1: replace(t, text=f"the year before {t.start[:4]}"), int(t.start[:4]): t}
    elif t.basis == "inherited" and len(named := years or _dated(others)) == 1 and min(named) < int(t.start[:4]):
        # the year in focus and the one a figure beside it is dated to: "the rate stood at 31.1,
        # against 35.8 a year earlier, and the average fell from 9.7 to 8.3"
        years = {**named, int(t.start[:4]): t}
    inside = {int(n.scope.start[:4]) for n in times if q.start <= n.start and n.end <= q.end and n.scope.start} & years.keys()
    if len(years) > 2 and len(inside) == 1 and min(inside) < int(t.start[:4]):  # "from 63.7 in 2016 to 49.6 in 2017,
        first = min(inside)  # 29.8 in 2018": the year between the ends is the first's
        years = {first: years[first], int(t.start[:4]): t}
    if len(years) != 2 or int(t.start[:4]) not in years:
        return (claim,)
    earlier, later = sorted(years)
    joint = _joint_pattern(code).search(q.text)
    if joint is None:
        return (claim,)
    first, second = (v.hi, v.lo) if falls else (v.lo, v.hi)
    named, last = years[earlier], years[later]
    base = replace(claim, id=claim_id(claim.start, claim.start + joint.start()), end=claim.start + joint.start(),
                   text=q.text[:joint.start()], value=Value(first, first, first),
                   time=_year(earlier, named.text, named.basis),
                   binding=_timed(claim, "clause" if times else "discourse", f"{named.text} (the first end of the change)"))
    level = replace(claim, id=claim_id(claim.start + joint.end(), claim.end), start=claim.start + joint.end(),
                    column=claim.column + joint.end(), text=q.text[joint.end():], value=Value(second, second, second))
    if t.start[:4] != str(later):
        level = replace(level, time=_year(later, last.text, "explicit"),
                        binding=_timed(claim, "clause", f"{last.text} (the second end of the change)"))
    return base, level


def _dated(claims: Sequence[Claim]) -> dict[int, TimeScope]:
    """The single years the claims are dated to by their sentence's words, each with its scope."""
    return {int(t.start[:4]): t for c in claims if (t := c.time) is not None and t.basis in ("explicit", "relative")
            and t.granularity == "year" and t.start and t.end and t.start[:4] == t.end[:4]}


def _year(year: int, text: str, basis: str) -> TimeScope:
    return TimeScope(f"{year}-01-01", f"{year}-12-31", text, basis, "year")


def _timed(claim: Claim, basis: str, words: str) -> tuple[Evidence, ...]:
    """``claim``'s binding with its time evidence replaced by ``words`` on ``basis``."""
    return claim.rebound(Evidence("time", basis, words))


_REACH = 40  # characters before a range in which its change verb and "from" are sought


@cache
def _change_pattern(code: str):
    """A change verb and a range's opening word right before it: "edged down from "; or a verb of
    either direction (``change_either``: "went from "), whose ends say the direction."""
    pack = lang.load(code)
    changes, opening = pack["changes"], patterns.phrases(pack["range_words"]["from"])
    up, down = patterns.phrases(changes["up"]), patterns.phrases(changes["down"])
    either = patterns.phrases(pack["change_either"])
    return patterns.compile(rf"\b(?:(?P<up>{up})|(?P<down>{down})|(?P<either>{either}))\s+(?:{opening})\s+$",
                            patterns.IGNORECASE)


@cache
def _joint_pattern(code: str):
    """The word between a range's two ends: " to "."""
    pack = lang.load(code)
    joints = patterns.phrases([*pack["range_words"]["to"], *pack["range_words"]["through"]])
    return patterns.compile(rf"\s+(?:{joints})\s+", patterns.IGNORECASE)
