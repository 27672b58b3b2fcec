"""The states a figure of people sent somewhere names only as where they came from ("Zembla took in
900 deportees from Oz", "Zembla recibió 900 deportados de Oz y Ruritania"): the senders say who
sent the people, not whose they are. The place its clause names besides (the state that took them
in, whose nationals they are) stays the figure's too, as the people a deporting state's figure
counts do ("Oz deported 900 Zemblans": binding.subject): Zembla's returnees from Oz are not all of
Oz's deportations, nor Ruritania's returnees from Oz. Where its clause names no such place, a
figure of several senders ("900 deportees from Oz and Ruritania") is no one state's: it has no
place, and is not compared. The links are the language pack's
(``route_links`` from; ``agent_links`` right after the metric's words: "deportados de Oz")."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from checker import lang, patterns
from checker.binding.place_lists import chains
from checker.binding.reference_places import Place
from checker.model import Evidence


def with_receiver(text: str, span: tuple[int, int], found, chains: Sequence[Sequence[Place]],
                  agents: frozenset[Place], clause: tuple[int, int], nearest: Callable[[list[Place]], object],
                  code: str):
    """``found`` (places tied to the figure at ``span``) with the places its clause names before it,
    when every tied place stands after the figure as a sender: after a sender link, or an agent of
    the metric's verb, or listed with one that is (``chains``: the sentence's lists of places).
    ``nearest`` finds a figure's places among those it is given (binding.subject)."""
    tied = [p for chain in chains for p in chain if p[2] in found.names and p[0] >= span[1]]
    if not tied or {p[2] for p in tied} != set(found.names):
        return found  # "1,200 Hondurans": the people it counts
    sent = {p for chain in chains if _sends(text, chain[0], agents, code) for p in chain}
    if not all(p in sent for p in tied):
        return found
    named = set(found.names)  # the others' senders are no receiver ("900 from Oz and 400 from Ruritania")
    rest = nearest([p for chain in chains for p in chain
                    if p not in sent and p[2] not in named and clause[0] <= p[0] and p[1] <= span[0]])
    if rest.evidence is not None and rest.names and not rest.yardstick:
        words = f"{rest.evidence.words}; {found.evidence.words} (where they came from)"
        return type(found)(tuple(sorted(named | set(rest.names))), Evidence("subject", "phrase", words),
                           senders=tuple(sorted(named)))
    if len(named) > 1:  # "900 deportees from Oz and Ruritania": neither's deportations, and whose people is not said
        return type(found)((), Evidence("subject", "phrase", f"{found.evidence.words} {_SEVERAL}"))
    return found  # "900 deportees arrived from Oz": Oz's deportations


_SEVERAL = "(sent by several states, whose people not said: no one state's figure)"


def _sends(text: str, place: Place, agents: frozenset[Place], code: str) -> bool:
    """Whether ``place`` is an agent of the metric's verb ("deportados de Oz") or stands right
    after a sender link and an optional article ("on flights from the United States")."""
    return place in agents or _sender_pattern(code).search(text, max(0, place[0] - _REACH), place[0]) is not None


_REACH = 20  # characters before a place in which its sender link is sought


@cache
def _sender_pattern(code: str, noun: bool = False):
    """A sender link and an optional article, ending where the text does: "from the ", "desde "; with
    ``noun``, maybe a noun in lower case after them ("desde territorio ")."""
    pack = lang.load(code)
    links, articles = patterns.phrases(pack["route_links"]["from"]), patterns.phrases(pack["leading_articles"])
    lower = rf"(?:(?-i:[^\W\d_{patterns.UPPER}][^\W\d_]*)\s+)?" if noun else ""
    return patterns.compile(rf"\b(?:{links})\s+(?:(?:{articles})\s+)?{lower}$", patterns.IGNORECASE)


def shared_route(text: str, span: tuple[int, int], found, places: Sequence[Place],
                 predicates: Sequence[tuple[int, int]], code: str, metric=None):
    """``found`` (the people a figure's own words name) with the states the verb of its ``metric``, one
    of ``routes``, says they came from, when that verb follows it in one stretch, past the figures
    coordinated with it ("900 Hondurans and 400 Guatemalans deported from Zembla": Zembla sent the
    900 too); else ``found``."""
    if metric is None or not metric.routes or not found.names or found.evidence.basis != "phrase" \
            or found.senders or found.acting:
        return found
    verb = next(((v0, v1) for v0, v1 in predicates if v0 >= span[0] and not _BREAK.search(text, span[1], v0)), None)
    if verb is None:
        return found
    route = _sender_pattern(code, noun=True)
    sent = next((chain for chain in chains(text, places, code) if verb[1] <= chain[0][0] <= verb[1] + _VERB_REACH
                 and not _BREAK.search(text, verb[1], chain[0][0]) and route.search(text, verb[1], chain[0][0])), None)
    names = tuple(dict.fromkeys(p[2] for p in sent)) if sent else ()
    if not names or set(names) <= set(found.names):
        return found
    words = f"{found.evidence.words}; {text[verb[0]:sent[-1][1]]} (the verb it shares)"
    return type(found)(tuple(sorted({*found.names, *names})), Evidence("subject", "phrase", words), senders=names)


_VERB_REACH = 40  # characters from the verb to the place it says the people came from ("returned by land from")
_BREAK = patterns.compile(r"[;:()—–]|,\s")  # punctuation that parts a figure from a verb after it (not "34,000")


def evidence(text: str, found, places: Sequence[Place], code: str) -> Evidence | None:
    """The senders a figure of a metric of ``routes`` names among its places (``named``), as its binding's
    "senders" entry: their names, on the basis of its subject's."""
    sent = named(text, found, places, code) if found.evidence is not None else ()
    return Evidence("senders", found.evidence.basis, ", ".join(sent)) if sent else None


def only_where_they_came_from(text: str, found, places: Sequence[Place], code: str) -> bool:
    """Whether every place of ``found`` is one the people a figure counts came from after a sender link
    ("- By air from Oz: 43,000"), not their own nor a state that acted: no place its paragraph is about."""
    return bool(found.names) and set(named(text, found, places, code)) - set(found.acting) >= set(found.names)


def named(text: str, found, places: Sequence[Place], code: str) -> tuple[str, ...]:
    """The states among a figure's places (``found``, binding.subject) that sent the people it counts: its
    actor ("Zembla deported 900": ``found.acting``), those ``found.senders`` names, and those after a sender
    link, maybe an article and a noun, with the rest of their list ("deported from Zembla and Oz", "desde
    territorio zemblano"). A figure that names its senders is that part of the people's whole (checks.places)."""
    names = set(found.names)
    sent = {*found.senders, *found.acting} & names
    if names - sent and places:
        route = _sender_pattern(code, noun=True)
        for chain in chains(text, [p for p in places if p[2] in names], code):
            if route.search(text, max(0, chain[0][0] - _REACH), chain[0][0]) \
                    and text[chain[-1][1]:chain[-1][1] + 1] not in ("'", "’"):  # not "by Zembla's office"
                sent.update(p[2] for p in chain)
    return tuple(sorted(sent))
