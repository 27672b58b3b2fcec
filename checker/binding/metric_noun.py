"""The places tied to the noun of a figure's metric that its clause states the figure of ("the
deportations of Zembians from Ruritania to Oz rose to 900"): the figure's own, as a place tied to
its words would be, though a verb stands between. Where the noun names where the people came from
or who sent them (an agent link: "from Ruritania") as well as where they went (a destination link:
"to Oz"), the figure is the sender's, split by the people it counts, as "Ruritania deported 900
Zembians to Oz" is: the destination is only where they went (``route_links``)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from checker import lang, patterns
from checker.binding.reference_places import Place
from checker.binding.subject import Found, place_names, place_words
from checker.model import Evidence, Quantity


def places(text: str, figure: Quantity, clause: tuple[int, int], found: Found, candidates: Sequence[Place],
           predicates: Sequence[tuple[int, int]], quantities: Sequence[Quantity], code: str = lang.DEFAULT,
           received: bool = False) -> Found:
    """The places of the metric's noun phrase that opens before ``figure`` in its clause, else
    ``found``. Only a figure whose places come from its clause at large is read again: a place of
    its own words, or the place acting in its verb, is nearer evidence. Money a place receives
    (``received``: remittances) is never the senders' place ("Remittances, sent mostly by relatives
    in Zembla, reached $3 billion": the place in focus receives them; "Oz received $3 billion from
    Zembla": Oz's, binding.senders)."""
    span, figures = (figure.start, figure.end), [(o.start, o.end) for o in quantities]
    if received and found.senders:  # "Zembla received $3 billion in remittances from Oz": Zembla's
        return Found(tuple(n for n in found.names if n not in found.senders), found.evidence)
    if found.evidence is None or found.evidence.basis != "clause":
        return found
    kept = _without_senders(text, span[0], found, candidates, predicates, code) if received else found
    if kept is not found:
        return kept
    for v0, v1 in predicates:
        if not (clause[0] <= v0 and v1 <= span[0]) or _after_a_place(text, clause[0], v0, candidates):
            continue  # "Zembians topped those sent back by Oz at 900": the noun is no subject of the clause
        chain = _chain(text, v1, candidates, code)
        if not chain or not _states(text, chain[-1][0][1], span[0], candidates, figures):
            continue
        senders, destinations = _route_links(code)
        sent = any(link in senders for _, link in chain)
        own = [p for p, link in chain if not (sent and link in destinations)]
        why = text[v0:chain[-1][0][1]] + ("" if len(own) == len(chain) else f" ({place_words(text, own)}: the sender's)")
        return Found(place_names(own), Evidence("subject", "phrase", why))
    return found


def _without_senders(text: str, start: int, found: Found, candidates: Sequence[Place],
                     predicates: Sequence[tuple[int, int]], code: str) -> Found:
    """``found`` without the places that stand after a sender link ("by", "from") following the
    money's noun before the figure at ``start``, with no break between link and place; nothing
    when no place is left, so that the place in focus is the receiver."""
    senders = _sender_pattern(code)
    names = {p[2] for p in candidates for _, v1 in predicates if v1 <= p[0] < start
             and (link := senders.search(text, v1, p[0])) and not _BREAK.search(text, link.end(), p[0])}
    if not names:
        return found
    kept = tuple(n for n in found.names if n not in names)
    return Found(kept, found.evidence) if kept else Found((), None)


@cache
def _sender_pattern(code: str):
    return patterns.compile(rf"\b(?:{patterns.phrases(_route_links(code)[0])})\b", patterns.IGNORECASE)


def _chain(text: str, at: int, candidates: Sequence[Place], code: str) -> list[tuple[Place, str]]:
    """The places that follow the noun at ``at``, each after a place link and an optional article
    ("de centroamericanos desde México hacia Zembla"), with its link in lower case; [] if none."""
    link = _link_pattern(code)
    by_start = {p[0]: p for p in candidates}
    out = []
    while (hit := link.match(text, at)) and hit.end() in by_start:
        place = by_start[hit.end()]
        out.append((place, " ".join(hit.group("link").lower().split())))
        at = place[1]
    return out


def _after_a_place(text: str, lo: int, v0: int, candidates: Sequence[Place]) -> bool:
    """Whether a place stands before the noun since its clause's start or the last break before it."""
    lo = max([lo, *(m.end() for m in _BREAK.finditer(text, lo, v0))])
    return any(lo <= p[0] and p[1] <= v0 for p in candidates)


def _states(text: str, end: int, start: int, candidates: Sequence[Place], figures: Sequence[tuple[int, int]]) -> bool:
    """Whether the words from the noun phrase's end to the figure are its verb and a few words, the
    sentence's other figures aside ("... subieron de 700 en 2018 a 900"): no place, no break."""
    if any(end <= p[0] and p[1] <= start for p in candidates):
        return False
    gap = text[end:start]
    for lo, hi in sorted(figures, reverse=True):
        if end <= lo and hi <= start:
            gap = gap[:lo - end] + " " + gap[hi - end:]
    return not _BREAK.search(gap) and len(gap.split()) <= _MAX_WORDS


_BREAK = patterns.compile(r"[,;:()\"“”—–]")
_MAX_WORDS = 8  # "rose from 700 in 2018 to": the verb, the change's words and its dates


@cache
def _link_pattern(code: str):
    pack = lang.load(code)
    links, articles = patterns.phrases(pack["place_links"]), patterns.phrases(pack["leading_articles"])
    return patterns.compile(rf"\s+(?P<link>{links})\s+(?:(?:{articles})\s+)?", patterns.IGNORECASE)


@cache
def _route_links(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The links that name where people were sent from or by ("from", "desde") and where to ("to", "hacia")."""
    route = lang.load(code)["route_links"]
    return tuple(frozenset(" ".join(w.lower().split()) for w in route[side]) for side in ("from", "to"))
