"""Places: which claims may be about the same place (subject clusters), and the place a finding names."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from checker.model import Claim

if TYPE_CHECKING:
    from checker.checks.context import Context


def subject_clusters(claims: Iterable[Claim], ctx: Context) -> list[list[Claim]]:
    """Claims that may be about the same place: one cluster per most specific place set, holding
    the claims whose places are a subset of it ("El Salvador" joins "El Salvador, Guatemala"),
    never chained through one shared place ("the United States deported 9,000 to Honduras" and
    "... 7,000 to Guatemala" are different quantities). When the subsets present do not all share
    a place ("El Salvador" and "Honduras" under "El Salvador, Honduras"), the set would join
    figures of different places: each subset is its own cluster then, as is a set under two most
    specific sets (a part of either, or the whole of both). A set joins a larger one only when it names
    every sender the larger one's claims name (checks.context.senders): "Guatemalans deported" is the
    whole that "Guatemalans deported from Mexico" is a part of, while "deported from the United States"
    and "deported from the United States to Honduras" may be one quantity. A claim with no place is in
    no cluster: it is never compared with one whose place is known (checks/established.py)."""
    by_places: dict[frozenset[str], list[Claim]] = defaultdict(list)
    sent: dict[frozenset[str], frozenset[str]] = defaultdict(frozenset)  # per place set, the senders its claims name
    for claim in claims:
        places = ctx.places(claim)
        if places:
            by_places[places].append(claim)
            sent[places] |= ctx.senders(claim) & places

    def under(k: frozenset[str], m: frozenset[str]) -> bool:
        """Whether set ``k`` joins the larger ``m``: it names every sender ``m``'s claims name."""
        return k < m and sent[m] <= k  # "Guatemala" is no part under "Guatemala, Mexico" of Mexico's

    keys = sorted(by_places, key=lambda k: (len(k), sorted(k)))
    maximal = [k for k in keys if not any(under(k, other) for other in keys)]
    # "Honduras" under "Honduras, Mexico" and "Honduras, United States" (returnees from each) joins neither
    shared = {k for k in keys if k not in maximal and sum(under(k, m) for m in maximal) > 1}
    clusters = [by_places[k] for k in sorted(shared, key=lambda k: (len(k), sorted(k)))]
    placed = set(shared)
    for key in maximal:
        subsets = [sub for sub in _subsets(key, by_places) if sub not in shared and (sub == key or under(sub, key))]
        placed.update(subsets)
        if any(not (a & b) for a in subsets for b in subsets):  # "El Salvador, Honduras" would join both
            clusters.extend(by_places[sub] for sub in subsets)
        else:
            clusters.append([c for sub in subsets for c in by_places[sub]])
    clusters.extend(by_places[k] for k in keys if k not in placed)  # under a set that names senders it does not
    return clusters


def _subsets(key: frozenset[str], present: dict) -> list[frozenset[str]]:
    """The non-empty subsets of ``key`` that occur, largest first (few places per claim: cheap)."""
    if len(key) > 8:
        return [key, *(frozenset((p,)) for p in sorted(key) if frozenset((p,)) in present)]
    items = sorted(key)
    out = []
    for mask in range(1, 1 << len(items)):
        sub = frozenset(x for i, x in enumerate(items) if mask >> i & 1)
        if sub in present:
            out.append(sub)
    return sorted(out, key=lambda k: (-len(k), sorted(k)))


def shared_subject(claims: Sequence[Claim], ctx: Context) -> tuple[str, ...]:
    """The places all the claims name (or, when they share none, every place named)."""
    sets = [ctx.places(c) for c in claims if ctx.places(c)]
    if not sets:
        return ()
    common = frozenset.intersection(*sets)
    return tuple(sorted(common or frozenset.union(*sets)))
