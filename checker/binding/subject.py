"""A figure's subject: the place it is about, from its own words outward, with its basis.

Order of evidence, nearest first: a place inside the figure's words or tied to it by a link word
("40 killings in the capital": ``phrase``); a place in its conjunct, its clause, else elsewhere in
its sentence outside other figures' conjuncts and list items (``clause``); at each of these
reaches, a backdrop place (the World) only where no other stands, and where no place stands, an
agency of one country ("ICE carried out 2,000 removals": an organisation whose rule gives its
``country``) stands for that country. The place that acts in the predicate stating the figure's
metric, the subject before its verb ("Zembla deported 900 Hondurans") or the agent after a
passive one ("900 Hondurans were deported from Zembla"), is always among the figure's places
(``predicate``), unless the clause splits its figures by place. A figure that names none is carried
from the discourse (``discourse``): the place in focus, that is the last place a figure of the
same paragraph was bound to on its own words or a sentence of it opens with as its subject, else
the article's main place, from its title or opening (under a sub-head that names one place, that
place: binding.section_place). A figure whose place none of these
establishes has no subject, and the engine does not compare it. Groups and organisations are never
subjects themselves: they say who, not where.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from checker import lang, patterns
from checker.binding import capital, joined, national, part_places, place_asides, relative_actor, unknown_places
from checker.binding import clauses as clause_parts
from checker.binding import reference_places as references
from checker.binding.dateline import without_dateline
from checker.binding.neighbour import neighbours, unknown_neighbour
from checker.binding.place_lists import chains as _place_chains
from checker.binding.place_lists import list_separator_pattern as _list_separator
from checker.binding.reference_places import Place
from checker.binding.senders import with_receiver
from checker.model import Evidence

Agency = tuple[int, int, str, str]  # (start, end, the country it acts for, its rule) in the sentence
_UP = patterns.UPPER  # capital letters, accented ones too

OWN_BASES = frozenset({"predicate", "phrase", "clause"})  # bases that set the paragraph's focus
OPENING_REACH = 3  # paragraphs, from the top, in which an article's opening (its first to name a country) is sought


@dataclass(frozen=True, slots=True)
class Found:
    """The subject found for a figure, and why."""

    names: tuple[str, ...]
    evidence: Evidence | None
    yardstick: bool = False  # its places are only ones it is measured against: it sets no focus
    beside: bool = False  # and they stand after it in its clause ("900 caught at the border with Zembla")
    senders: tuple[str, ...] = ()  # its places that only sent what it counts ("took in 900 from Oz": binding.senders)
    acting: tuple[str, ...] = ()  # its place that acts in its metric's verb ("Zembla deported 900")


NOTHING = Found((), None)


def own_subject(text: str, span: tuple[int, int], conjunct: tuple[int, int], clause: tuple[int, int],
                places: Sequence[Place], elsewhere: Sequence[tuple[int, int]] = (), code: str = lang.DEFAULT,
                agencies: Sequence[Agency] = (), predicates: Sequence[tuple[int, int]] = (),
                backdrop: frozenset[str] = frozenset()) -> Found:
    """The places the figure at ``span`` names itself, nearest evidence first. Places inside
    ``elsewhere`` (the conjuncts of the sentence's other figures) belong to those figures.
    ``agencies`` stand for their country where no place stands as near. ``predicates``: where the
    words of the figure's metric stand in the sentence, the verbs a place may act in. ``backdrop``:
    places a figure takes only where no other place stands as near ("the global average")."""
    parts = part_places.the_parts(text, span, places, elsewhere, code)  # "Zembla had 900 of the 3,000": the 900's
    every, named = places, [*places, *agencies]  # all of them ("..., where ..."; a relative clause's actor)
    landmarks, yardsticks, organization_homes = references.set_aside(text, tuple(places), code)
    places = [p for p in part_places.outside_examples(text, span, _not_listed_elsewhere(text, span, places, code), code)
              if p not in landmarks]
    places = clause_parts.outside_contrasts(text, span, places, code)  # "..., while Oz saw fewer"
    told = place_asides.other_stories(text, span, places, code)  # "..., a year in which Oz ..."; "in May, when ..."
    places = [p for p in places if p not in told]
    places = ours = place_asides.outside_asides(text, span, clause, places, code)  # "Zembla, which copied Oz's ..."
    shared = joined.shared_places(text, span, clause, places, elsewhere, code)
    split = False  # the clause splits figures by place ("4,000 Hondurans and 3,000 Guatemalans")
    if elsewhere:  # a list is whose its first place is: "$5 for Zembla, Ruritania and Oz"
        theirs = [p for chain in _place_chains(text, places, code) if any(lo <= chain[0][0] and chain[0][1] <= hi
                                                                    for lo, hi in elsewhere) for p in chain]
        starts = {lo for lo, _ in elsewhere}
        theirs += [p for p in places if (p[1] + 1 in starts or p[1] + 2 in starts)  # the quick test first
                   and any(_labels(text, p, lo, code) for lo in starts)]  # "..., Ozians 900 and Zemblans 500"
        mine = [p for p in places if p not in theirs]
        split = len(mine) < len(places) and any(clause[0] <= lo and hi <= clause[1] and lo <= p[0] and p[1] <= hi
                                                for p in places for lo, hi in elsewhere)
        places = mine
    yards = frozenset(p for p in places if p in yardsticks)
    homes = references.homes_passed_over(text, span, clause, ours, yards, code, organization_homes)
    places = [p for p in places if p not in homes]  # "900 and a rate of 61, said the observatory in Oz": not Oz's
    agent = _agent_pattern(code)
    ends = {m.end() for _, v1 in predicates if (m := agent.match(text, v1))}  # where an agent may start
    agents = frozenset(p for p in places if p[0] in ends)  # "sent back by Zembla"
    if split:  # "Hondurans led those sent back by Zembla at 900, ahead of 800 Guatemalans": the 900 are Hondurans
        places = [p for p in places if p not in agents] or places
    found = _nearest(text, span, conjunct, clause, _outside_figured_clauses(text, span, places, elsewhere, code),
                     agencies, code, backdrop, yards, homes, agents)
    if found.evidence is not None and found.evidence.basis == "phrase" and predicates:  # "took in 900 from Oz"
        found = with_receiver(text, span, found, _place_chains(text, ours, code), agents, clause, lambda kept: _nearest(
            text, span, conjunct, clause, kept, agencies, code, backdrop, yards, homes, agents), code)
    if parts and (found.evidence is None or found.evidence.basis != "phrase") and set(found.names) <= set(_names(parts)):
        return Found((), Evidence("subject", "clause", f"{_words(text, parts)} (the part's place)"), yardstick=True)
    if shared and not any(clause[0] <= p[0] and p[1] <= clause[1] for p in places):
        why = f"{_words(text, shared)} (of the figure it is joined to)"
        found = Found(_names(shared), Evidence("subject", "clause", why))
    if found.evidence is None or found.evidence.basis != "phrase":
        found = _where_clause(text, span, every, code) or _relative_aside(text, span, places, code) \
            or _possessor(text, span, places, code) or found
    if found.names and any(p[2] in found.names for p in yards) and found.evidence is not None:
        after = all(p[0] >= span[1] for p in yards if p[2] in found.names) or found.evidence.basis == "clause" \
            and set(found.names) <= {p[2] for p in yards if _owned_yardstick(text, p, yards)}  # "twice Zembla's, 900"
        found = Found(found.names, found.evidence, yardstick=True, beside=after)  # "just behind Zembla at 2.2"
    elif found.names and set(found.names) <= backdrop:  # "the global average of 6.1": no place to carry on
        found = Found(found.names, found.evidence, yardstick=True)
    acting = _acting(text, span, clause, [*places, *agencies], predicates, code) if predicates and not split else None
    acting = acting or (relative_actor.actor(text, span, clause, named, predicates, code) if predicates else None)
    if acting is None or acting[0][2] in found.names:
        return found if acting is None else replace(found, acting=(acting[0][2],))  # "Zembla deported 900"
    # "Zembla deported 900 Hondurans": Zembla's deportations (of Hondurans: a split of a whole by
    # origin stays comparable), which the figure's own words alone would not say
    actor, (lo, hi) = acting
    words = text[lo:hi] + (f"; {found.evidence.words}" if found.evidence is not None else "")
    return Found(tuple(sorted({actor[2], *found.names})),
                 Evidence("subject", "predicate", words, actor[3] if len(actor) > 3 else None), acting=(actor[2],))


def _nearest(text: str, span: tuple[int, int], conjunct: tuple[int, int], clause: tuple[int, int],
             places: Sequence[Place], agencies: Sequence[Agency], code: str, backdrop: frozenset[str],
             yards: frozenset[Place] = frozenset(), homes: frozenset[Place] = frozenset(),
             agents: frozenset[Place] = frozenset()) -> Found:
    """The places nearest the figure: tied to its words, else in its conjunct, clause, sentence;
    at each reach, a backdrop place only where no other stands there, and beyond its own words a
    yardstick ("the same as Zembla's") only where no other stands there either. ``homes``: places
    organisations are named after that the figure passes over, even when tied to its words
    ("..., according to Zembla's Citizen Council")."""
    if not places:
        return _for_agencies(text, (conjunct, clause, (0, len(text))), agencies)
    start, end = span
    link = _link_pattern(code, "place_links")
    listed = _list_link_pattern(code)
    tied = _foreground([p for p in places if p not in homes and (start <= p[0] and p[1] <= end
                        or p[0] >= end and p not in yards  # "..., far from the Zemblan figure"
                        and link.fullmatch(text, end, p[0]) and ";" not in text[end:p[0]]
                        or p[1] <= start and listed.fullmatch(text, p[1], start) and p not in agents
                        or 0 < start - p[1] <= 2 and _labels(text, p, start, code))],  # the distance first: cheap
                       backdrop)  # "Venezuela at 49"; not "sent back by Zembla at 900"
    if tied:
        first = min(tied)  # the nearest tied place, and the places listed with it
        group = _with_listed(text, [p for p in tied if p[0] - first[1] < 40 or p is first], places, code)
        return Found(_names(group), Evidence("subject", "phrase", _words(text, group)))
    for lo, hi in (conjunct, clause):
        inside = _foreground([p for p in places if lo <= p[0] and p[1] <= hi], backdrop, yards | homes)
        if inside and all(_owned_yardstick(text, p, yards) for p in inside) \
                and any(p[1] <= lo and p not in yards | homes for p in places):
            continue  # "the US, with a population twice Zembla's, recorded 900": the sentence's subject, not the yardstick
        if len(inside) > 1:  # a list cut at its last "and" ("were Ozians, Zemblans and Ruritanians")
            inside = _with_listed(text, inside, places, code)
        if inside:
            return Found(_names(inside), Evidence("subject", "clause", _words(text, inside)))
        acting = _for_agencies(text, ((lo, hi),), agencies)
        if acting.names:
            return acting
    places = _foreground(places, backdrop, yards | homes)
    if not places:
        return NOTHING
    return Found(_names(places), Evidence("subject", "clause", f"{_words(text, places)} (in its sentence)"))


def _owned_yardstick(text: str, place: Place, yards: frozenset[Place]) -> bool:
    """Whether a yardstick stands for its own value, a possessive that ends its phrase ("a population
    twice Zembla's, recorded 900"): what the figure is measured against, never what it is about."""
    return place in yards and _OWNED.match(text, place[1]) is not None


_OWNED = patterns.compile(r"['’]s?(?=[,;)—–]|\s+[—–])")


def _labels(text: str, place: Place, start: int, code: str) -> bool:
    """Whether a place opens an item of a list whose verb is left out, right before the digits of the
    figure at ``start`` ("made up 900, Ozians 700 and Zemblans 500"): after a comma or a coordinator
    and maybe an article, a space between it and the figure (not "en territorio zemblano 900")."""
    return 0 < start - place[1] <= 2 and text[place[1]:start].isspace() and text[start:start + 1].isdigit() \
        and bool(_item_opening(code).search(text, max(0, place[0] - 12), place[0]))


@cache
def _item_opening(code: str):
    """A comma or a coordinator and an optional article, ending where the text does."""
    pack = lang.load(code)
    joined, articles = patterns.phrases(pack["coordinators"]), patterns.phrases(pack["leading_articles"])
    return patterns.compile(rf"(?:,|\b(?:{joined}))\s+(?:(?:{articles})\s+)?$", patterns.IGNORECASE)


def _outside_figured_clauses(text: str, span: tuple[int, int], places: Sequence[Place],
                             elsewhere: Sequence[tuple[int, int]], code: str) -> list[Place]:
    """For a figure whose clause is joined on by a coordinator, the places without those in another
    clause of the sentence that holds a figure of its own ("Agents held 900 migrants in Zembla in
    May, and in June 300 children arrived": Zembla is the 900's): such a place is that figure's,
    and the figure itself is carried from the discourse. So for a figure before such a clause
    ("officials said 900 were held, and that 300 soldiers went to Zembla": Zembla is the 300's). A
    clause after a dash or a comma goes on with the figure before it ("... deported from Zembla in
    2014 — after 800 in 2013")."""
    clauses = clause_parts.split(text, code)
    if len(clauses) < 2 or not elsewhere:
        return list(places)
    mine = clause_parts.containing(clauses, span[0])
    figured = {clause_parts.containing(clauses, lo) for lo, _ in elsewhere} - {mine}
    if not _coordinated(code).search(text, 0, mine[0]):  # only the coordinated clauses after it
        figured = {c for c in figured if c[0] > mine[0] and _coordinated(code).search(text, 0, c[0])}
    return [p for p in places if clause_parts.containing(clauses, p[0]) not in figured]


@cache
def _coordinated(code: str):
    """A comma and a conjunction ending the text: the words of a clause break (``conjunctions``)."""
    return patterns.compile(rf",\s+(?:{patterns.phrases(lang.load(code)['conjunctions'])})$", patterns.IGNORECASE)


def _with_listed(text: str, chosen: list[Place], places: Sequence[Place], code: str) -> list[Place]:
    """The chosen places and those listed right after them ("Guatemala, El Salvador and Honduras")."""
    if not chosen:
        return chosen
    separator = _list_separator(code)
    out, ends = list(chosen), {p[1] for p in chosen}
    for p in sorted(places):
        if p not in out and any(separator.fullmatch(text, end, p[0]) for end in ends):
            out.append(p)
            ends.add(p[1])
    return out


TIED = frozenset({"phrase", "predicate"})  # places that are the figure's own, not its sentence's


def continued(found: Found, head, metric: str | None, span: tuple[int, int], places: Sequence[Place],
              figures: Sequence[tuple[int, int]], offset: int, base: bool = False) -> Found:
    """A bare number that goes on with a figure of its sentence whose places are its own ("900
    Hondurans were deported from Zembla in 2019, compared with 700 in 2018") is about those
    places, not about others its sentence names ("Ruritanian officials said ..."), unless a place
    of its own stands between them or after it in its conjunct (``span`` ends there), outside
    other figures' words ("... and Oz 700", "700 of them were Ozians").
    ``head``: the Claim it continues, or None; ``offset``: where the sentence starts. ``found``
    is not tied to the figure (the caller, claims._continued, asks that before it seeks ``head``). The
    ``base`` of a comparison ("up from 41,237 the year before") counts what its head counts, wherever
    in its clause the head's places stand, metric or none."""
    if head is None or metric is None and not base or head.metric != metric or not head.subject:
        return found
    own = head.evidence("subject")
    if own is None or own.basis not in TIED and not base or not carries(head, offset):
        return found
    after = span[0] if base else head.end - offset
    if any(after <= p[0] and p[1] <= span[1] and p[2] not in head.subject
           and not any(lo <= p[0] and p[1] <= hi for lo, hi in figures) for p in places):
        return found
    return Found(head.subject, Evidence("subject", own.basis, f"{head.text} (the figure it continues)"))


def carries(head, offset: int = 0) -> bool:
    """Whether a figure has places that carry to a bare number that refers back to it from a sentence
    after it (starting at ``offset``): not a national figure's, a yardstick (binding.national)."""
    return bool(head.subject) and (head.start >= offset or not national.is_national(head))


def with_regions(found: Found, members: dict[str, frozenset[str]]) -> Found:
    """The found places, with every region whose countries they all are ("El Salvador, Guatemala
    and Honduras": the Northern Triangle too). A region has two countries or more: fewer names
    hold none (most figures have one place or none)."""
    if found.evidence is None or len(found.names) < 2:
        return found
    names = set(found.names)
    regions = sorted(r for r, countries in members.items() if r not in names and countries <= names)
    if not regions:
        return found
    e = found.evidence
    return Found(tuple(sorted(names.union(regions))),
                 Evidence(e.field, e.basis, f"{e.words} (together: {', '.join(regions)})", e.rule))


def _foreground(places: list[Place], backdrop: frozenset[str], yards: frozenset[Place] = frozenset()) -> list[Place]:
    """The places without the backdrop ones and the yardsticks, if any other is left: "Honduras's
    rate, 15 times the global average" is Honduras's."""
    if not backdrop and not yards:
        return places
    front = [p for p in places if p[2] not in backdrop and p not in yards]
    return front or places


def _possessor(text: str, span: tuple[int, int], places: Sequence[Place], code: str) -> Found | None:
    """The place whose rate the figure is, said by a possessive right before the rate's word, with
    no punctuation on to the figure: "officials put Zembla's 2019 rate at 40" is Zembla's, whatever
    other place (the officials', the article's) stands in the clause; so is the place whose value
    the figure is ("four times the global average of 6.1")."""
    pattern, valued = _possessor_pattern(code), _valued_pattern(code)
    for p in sorted(places, reverse=True):
        if p[1] <= span[0]:
            hit = pattern.fullmatch(text, p[1], span[0]) or valued.fullmatch(text, p[1], span[0])
            if hit is not None:
                return Found((p[2],), Evidence("subject", "phrase", text[p[0]:hit.end()].rstrip()))
    return None


@cache
def _valued_pattern(code: str):
    """A `figure_links` word right between a place and the figure, its value: "the global average
    of 6.1" ("el promedio mundial de 6,1")."""
    links = patterns.phrases(lang.load(code)["figure_links"])
    return patterns.compile(rf"\s+(?:{links})\s+", patterns.IGNORECASE)


@cache
def _possessor_pattern(code: str):
    """A possessive, at most three words (a year, "murder"), a rate word, then at most three words
    before the figure: "'s 2019 rate at ", "' homicide rate stood at "; or a possessive right
    before the figure ("double Zembla's 53.7")."""
    rate = patterns.phrases(lang.load(code)["rate_words"])
    return patterns.compile(rf"['’]s?\s+(?:(?:[\w-]+\s+){{0,3}}(?:{rate})\s+(?:[^\W\d_]+\s+){{0,3}})?",
                            patterns.IGNORECASE)


def _where_clause(text: str, span: tuple[int, int], places: Sequence[Place], code: str) -> Found | None:
    """The place a relative clause that holds the figure is about: the one right before its
    `relative_place_words` word ("the capital, Zembla City, where killings fell by 200")."""
    opener = _relative_pattern(code)
    for p in sorted(places, reverse=True):
        if p[1] > span[0]:
            continue
        hit = opener.match(text, p[1])
        if hit is None or hit.end() > span[0] or _CLAUSE_END.search(_BRACKETED.sub("", text[hit.end():span[0]])):
            return None  # the nearest place before the figure opens no relative clause it is in
        return Found((p[2],), Evidence("subject", "clause", f"{text[p[0]:p[1]]}{hit.group(0)}"))
    return None


_CLAUSE_END = patterns.compile(r",(?!\d)|[;:()—–]")  # not the comma of "2,113"
_BRACKETED = patterns.compile(r"\([^()]*\)|[—–][^—–]*[—–]")  # "where 900 murders — up 9% — pushed the rate to 48"


def _relative_aside(text: str, span: tuple[int, int], places: Sequence[Place], code: str) -> Found | None:
    """The place a relative aside holding the figure describes ("Zembla, which ...": binding.place_asides)."""
    said = place_asides.antecedent(text, span, places, code)
    return Found(*said) if said else None


@cache
def _relative_pattern(code: str):
    """A comma and a word that opens a relative clause about the place before it: ", where"."""
    words = patterns.phrases(lang.load(code)["relative_place_words"])
    return patterns.compile(rf",\s+(?:{words})\b", patterns.IGNORECASE)


def _acting(text: str, span: tuple[int, int], clause: tuple[int, int], candidates: Sequence[Place | Agency],
            predicates: Sequence[tuple[int, int]], code: str) -> tuple[Place | Agency, tuple[int, int]] | None:
    """The place or agency that acts in a predicate of the figure's metric in its clause: the one
    right before the verb that the figure follows ("Zembla deported 900", "Zembla's police have
    deported 900"), or right after a passive verb the figure precedes and an agent link ("900
    were deported from Zembla"). A few words may stand between, no punctuation (three after the
    verb: "devolvieron por tierra a 900", with Spanish's "a" before a person). Also the span
    from the place to the verb: the words that decided."""
    (start, end), (lo, hi) = span, clause
    agent = _agent_pattern(code)
    for v0, v1 in predicates:
        if not (lo <= v0 and v1 <= hi):
            continue
        if v1 <= start and _VERB_TO_FIGURE.fullmatch(text, v1, start):
            before = [c for c in candidates if lo <= c[0] and c[1] <= v0 and _SUBJECT_GAP.fullmatch(text, c[1], v0)]
            if before:
                actor = max(before)
                return actor, (actor[0], v1)
        elif v0 >= end and _FEW_WORDS.fullmatch(_without_people(text, span, v0, candidates, code)):
            link = agent.match(text, v1)
            after = [c for c in candidates if link and c[0] == link.end() and c[1] <= hi]
            if after:
                return after[0], (v0, after[0][1])
    return None


def _without_people(text: str, span: tuple[int, int], verb: int, candidates: Sequence[Place | Agency],
                    code: str) -> str:
    """The words from a figure to the verb after it, less a list of places that opens in its words
    or a word or two after them: the people it counts ("900 Hondurans, Guatemalans and Salvadorans
    were deported")."""
    start, end = span
    chains = _place_chains(text, [c[:3] for c in candidates if start <= c[0] and c[1] <= verb], code)
    if chains and (chains[0][0][0] < end or _FEW_WORDS.fullmatch(text, end, chains[0][0][0])):
        return text[end:max(end, chains[0][0][0])] + text[max(end, chains[0][-1][1]):verb]
    return text[end:verb]


_FEW_WORDS = patterns.compile(r"\s+(?:[^\W\d_]+\s+){0,2}")  # "deported 900", "900 were later deported"
_VERB_TO_FIGURE = patterns.compile(r"\s+(?:[^\W\d_]+\s+){0,3}")  # "sent back overland to 900" ("devolvieron por tierra a 900")
_SUBJECT_GAP = relative_actor.SUBJECT_GAP  # "Zembla's police have deported", "Su instituto de migración deportó"


@cache
def _agent_pattern(code: str):
    """After a passive verb, a word at most, then an agent link, an optional article and an optional
    word in lower case before a place that follows its noun: " from ", " overland from the ",
    " desde suelo " ("desde suelo mexicano"), " por las autoridades " ("… mexicanas")."""
    pack = lang.load(code)
    links, articles = patterns.phrases(pack["agent_links"]), patterns.phrases(pack["leading_articles"])
    return patterns.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{links})\s+(?:(?:{articles})\s+)?(?:{_LOWER_WORD}\s+)?",
                            patterns.IGNORECASE)


def _for_agencies(text: str, reaches: Sequence[tuple[int, int]], agencies: Sequence[Agency]) -> Found:
    """The countries the agencies in the nearest of ``reaches`` act for ("ICE": United States)."""
    for lo, hi in reaches:
        inside = sorted(a for a in agencies if lo <= a[0] and a[1] <= hi)
        if inside:
            words = ", ".join(dict.fromkeys(f"{text[a:b]} (acts for {country})" for a, b, country, _ in inside))
            return Found(tuple(sorted({a[2] for a in inside})),
                         Evidence("subject", "clause", words, ", ".join(dict.fromkeys(a[3] for a in inside))))
    return NOTHING


def unknown_place(text: str, span: tuple[int, int], known: Sequence[tuple[int, int]],
                  code: str = lang.DEFAULT, places: Sequence[Place] = ()) -> Found | None:
    """The figure's own place when it is a name no rule knows (binding.unknown_places): a place of its
    own, not one checker can compare; it must not take its article's."""
    words = unknown_places.unknown_name(text, span, known, code, places)
    return Found((), Evidence("subject", "phrase", words)) if words else None


@cache
def _link_before(code: str, table: str):
    """A link of pack ``table`` and an optional article, ending where the text does."""
    pack = lang.load(code)
    links, articles = patterns.phrases(pack[table]), patterns.phrases(pack["leading_articles"])
    return patterns.compile(rf"\b(?:{links})\s+(?:(?:{articles})\s+)?$", patterns.IGNORECASE)


def _not_listed_elsewhere(text: str, span: tuple[int, int], places: Sequence[Place], code: str) -> list[Place]:
    """The places without those that head another figure's list item ("..., followed by Zembla
    with 115"): such a place is that figure's only, unless in this figure's phrase ("114 in Oz (1.9 per 100,000)")."""
    heads, listed, own = _list_head_pattern(code), _list_link_pattern(code), _link_pattern(code, "place_links")
    return [p for p in places if not heads.match(text, p[1])
            or p[1] <= span[0] and listed.fullmatch(text, p[1], span[0])
            or p[0] >= span[1] and "," not in text[span[1]:p[0]] and own.fullmatch(text, span[1], p[0])]


@cache
def _list_head_pattern(code: str):
    """A list link and the digits of a figure right after a place: " at 49", " with 115" (after a
    comma, "Zembla, with 3,450 homicides, came in at 42", the place is the sentence's subject)."""
    links = patterns.phrases(lang.load(code)["place_before_links"])
    return patterns.compile(rf"\s+(?:{links})\s+\d|\s*\(\d")  # or its figure in brackets: "Zembla (115)"


@cache
def _list_link_pattern(code: str):
    """What stands between a place and its figure in a list: ", at ", " with ", " (" (its figure in brackets)."""
    links = patterns.phrases(lang.load(code)["place_before_links"])
    return patterns.compile(rf",?\s+(?:{links})\s+|\s*\(")


def only_a_yardstick(found: Found) -> bool:
    """Whether the figure's only places beyond its own words are ones after it that it is measured
    against or lies next to ("caught at the border with Zembla"): the place in focus, where there
    is one, is its. One before it may be what its clause is about ("below Zembla, which closed
    with 600")."""
    return found.beside and found.evidence is not None and found.evidence.basis == "clause"


TOPIC = ", a sentence's subject"  # ends the words of a place a sentence opens on (binding.opening)


@dataclass
class Focus:
    """The place in focus as a document is read: the article's main place, and the place the
    current paragraph's figures were last bound to on their own words."""

    main: tuple[str, ...] = ()
    main_words: str = ""
    article_main: tuple[tuple[str, ...], str] | None = None  # the article's, under a sub-head's (binding.section_place)
    paragraph: int = -1
    names: tuple[str, ...] = ()
    words: str = ""
    titled: dict[str, str] = field(default_factory=dict)  # per entity type, the first place of it the title names
    last: dict[str, str] = field(default_factory=dict)  # per entity type, the last place of it named
    last_named: str = ""  # the last place named, of any type
    named_in: dict[str, int] = field(default_factory=dict)  # per entity type, the paragraph that last named one
    neighbour: tuple[int, str] | None = None  # the last country named that is not the main place, and its paragraph
    agency: tuple[str, str] | None = None  # the last agency of one country named: (its country, its rule)
    recipients: tuple[str, ...] = ()  # the places the title's money is for ("aid for Zembla")
    recipient_metrics: frozenset[str] = frozenset()  # the metrics of money given to a place (their figures take them)
    recipient_nouns: tuple[str, ...] = ()  # the nouns of that money ("aid"): a sentence opening on them names its place
    listed: list[tuple[str, ...]] = field(default_factory=list)  # the places of each list named, in order (binding.groups)
    named_at: int = -1  # the last paragraph that named a place
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # region -> its countries
    capitals: dict[str, str] = field(default_factory=dict)  # country, or a city of it -> its capital (binding.capital)
    country_of: dict[str, str] = field(default_factory=dict)  # city or region -> its country ("nationwide" there)
    types: dict[str, str] = field(default_factory=dict)  # place name -> its entity type
    # the places the last two sentences opened on as their subject (binding.recipient.note_opening),
    # each with its paragraph: (the one before, this one)
    openings: tuple[tuple[int, tuple[str, ...]], ...] = ((-1, ()), (-1, ()))
    unknown: list[tuple[int, int]] = field(default_factory=list)  # the sentence's neighbour anaphors that point at none
    unplaced: str = ""  # the current sentence's "this city" with no city named before it: its figures take none

    def resolve(self, text: str, paragraph: int, places: list[Place], agencies: list[Agency],
                types: dict[str, str], code: str = lang.DEFAULT) -> tuple[list[Place], list[Agency]]:
        """The sentence's places and agencies, with those its anaphors point back at ("the country":
        the country in focus; "the agency": the last agency named), then remembers the sentence's
        own as the last named of their type. Never the dateline's place."""
        places = without_dateline(text, places) if places else places
        pointed, spans = neighbours(self, text, paragraph, places, types, code)  # "the neighbouring country"
        self.unknown = [s for s in spans if s not in {p[:2] for p in pointed}]
        pointed_agencies: list[Agency] = []
        self.unplaced = ""
        hits = sorted(((kind, hit) for kind, pattern in (_anaphor_patterns(code) if _any_anaphor(code).search(text) else ())
                       for hit in pattern.finditer(text) if not any(a <= hit.start() < b for a, b in spans)),
                      key=lambda found: found[1].start())
        figures = national.spans(text, code) if hits else ()  # "the country average": a figure's, no place
        for kind, hit in hits:
            if any(hit.start() < b and a < hit.end() for a, b in figures) \
                    or kind != "organization" and national.ranks_within(text, hit, code):
                continue  # "the country average", "the highest rate in the country": no place of a figure
            if kind == "organization":  # the last agency named before it, in its sentence or earlier
                before = [a[2:] for a in sorted(agencies) if a[1] <= hit.start()]
                agency = before[-1] if before else self.agency
                if agency is not None:
                    pointed_agencies.append((hit.start(), hit.end(), *agency))
            else:  # "Allí, el país ...": the place "allí" points at is the country before "el país"
                before = [p[2] for p in sorted([*places, *pointed]) if p[1] <= hit.start() and _of_kind(p[2], kind, types)]
                name = before[-1] if before else self._named_before(paragraph, kind, types)
                if name is not None:  # "In Zembla, police put the country on pace for 40"
                    pointed.append((hit.start(), hit.end(), name))
                elif kind == "city":  # "this city" in a quote, no city named: not the article's country
                    self.unplaced = hit.group()
        pointed.extend(self._pronoun(text, paragraph, code))
        self._note_places(text, places, types, code, paragraph)
        self._note_agency(agencies)
        if not pointed and not pointed_agencies:
            return places, agencies
        return sorted([*places, *pointed]), sorted([*agencies, *pointed_agencies])

    def unnamed(self, text: str, q, places: Sequence[Place], known: Sequence[tuple[int, int]], paragraph: int,
                code: str) -> Found | None:
        """Figure ``q``'s own place told in words no place rule names: "the capital" (binding.capital), a name none
        knows, "this city" when no city was named before it."""
        if self.unplaced:
            return Found((), Evidence("subject", "phrase", f"{self.unplaced} (no city named before it)"))
        said = national.tied(self, text, (q.start, q.end), places, paragraph, code) \
            or capital.tied(self, text, (q.start, q.end), places, known, paragraph, code)
        if said:
            return Found(said[0], Evidence("subject", "phrase", said[1]))
        words = unknown_neighbour(self.unknown, text, q.start, places)  # "the neighbouring country recorded 900"
        return Found((), Evidence("subject", "phrase", words)) if words else unknown_place(text, (q.start, q.end), known, code, places)

    def _named_before(self, paragraph: int, kind: str, types: dict[str, str]) -> str | None:
        """The place an anaphor of ``kind`` points at when its sentence names none of that kind before it:
        for "allí", the last place named in its paragraph; else the one in focus in the paragraph, else
        the last of its kind named in the paragraph ("In Zembla, the violence goes on. The country ..."),
        else the article's (``in_focus``)."""
        if kind == "place" and self.named_at == paragraph:
            return self.last_named
        if self.paragraph != paragraph and self.named_in.get(kind) == paragraph:
            return self.last.get(kind)
        return self.in_focus(paragraph, kind, types)

    def _pronoun(self, text: str, paragraph: int, code: str) -> list[Place]:
        """The place a pronoun that opens a sentence stands for ("Zembla has deported more. It sent
        back 900", "Its migration institute deported 900"): the one place the sentence before, in
        its paragraph, opened on as its subject (``place_pronouns``); none when that sentence opened
        on no place ("The ministry ... It said")."""
        at, names = self.openings[0]
        if at != paragraph or len(names) != 1:
            return []  # most sentences: the one before opened on no place
        hit = _pronoun_pattern(code).match(text)
        return [(hit.start(1), hit.end(1), names[0])] if hit else []

    def _note_agency(self, agencies: Sequence[Agency]) -> None:
        """Remember the last agency of one country a sentence names: the one "the agency" points back at."""
        if agencies:
            self.agency = max(agencies)[2:]

    def _note_places(self, text: str, places: list[Place], types: dict[str, str], code: str, paragraph: int) -> None:
        """Remember the last place of each type a sentence names, and the lists it names (binding.groups)."""
        if not places:
            return  # most sentences name none
        for _, _, name in sorted(places):
            self.last[types.get(name, "")] = self.last_named = name
            self.named_in[types.get(name, "")] = paragraph
            if types.get(name) == "country" and name not in self.article_place:
                self.neighbour = (paragraph, name)
        self.named_at = paragraph
        self.listed.extend(tuple(dict.fromkeys(p[2] for p in chain)) for chain in _place_chains(text, places, code))

    @property
    def article_place(self) -> tuple[str, ...]:
        """The article's main place, also under a sub-head that names another."""
        return self.article_main[0] if self.article_main else self.main

    def in_focus(self, paragraph: int, kind: str, types: dict[str, str]) -> str | None:
        """The place of type ``kind`` in focus: the paragraph's, else the article's main place or
        the first of that type its title names, else the last one named. A city or region in focus
        puts its country in focus ("Zembla City ... the country", "nationwide")."""
        for names in (self.names if paragraph == self.paragraph else (), self.main):
            of_kind = [name for name in names if _of_kind(name, kind, types)]
            if len(of_kind) == 1:
                return of_kind[0]
            within = {self.country_of[name] for name in names if name in self.country_of} if kind == "country" else ()
            if len(within) == 1:
                return next(iter(within))
        return self.titled.get(kind) or self.last.get(kind)

    def note(self, paragraph: int, found: Found, sent_from: bool = False) -> None:
        """Remember a figure's own place as the paragraph's focus; not places the people it counts were only
        ``sent_from`` ("- By air from Oz: 43,000")."""
        if found.evidence is not None and found.evidence.basis in OWN_BASES and not found.yardstick and not sent_from:
            self.paragraph, self.names, self.words = paragraph, found.names, found.evidence.words

    def note_named(self, text: str, paragraph: int, places: Sequence[Place], types: dict[str, str],
                   code: str = lang.DEFAULT, agencies: Sequence[Agency] = ()) -> None:
        """A sentence without figures that names one place, and ends on it after a place-only link
        ("The numbers are disputed in Zembla."), puts it in focus in its paragraph; a place that
        sets the scene ("In Zembla, officials met.") does not. Every place it names is the last of
        its type named, and the last agency it names the one "the agency" points back at."""
        self._note_agency(agencies)
        places = without_dateline(text, places)
        self._note_places(text, places, types, code, paragraph)
        located = _link_before(code, "place_only_links")  # a place-only link and an article right before it: "in the "
        names = {name for a, b, name in places if located.search(text, max(0, a - _LOCATED_REACH), a)
                 and _SENTENCE_END.fullmatch(text, b)}
        if len(names) == 1:
            self.paragraph, self.names = paragraph, tuple(names)
            self.words = f"{next(iter(names))}, named in a sentence before"
            return
        named = {name for _, _, name in places}  # "aid from Zembla and its neighbours, Oz and Ruritania": the region
        whole = [region for region, countries in self.members.items() if len(countries) > 1 and named == countries]
        if len(whole) == 1:
            self.paragraph, self.names = paragraph, tuple(sorted(named))
            self.words = f"{', '.join(self.names)} ({whole[0]}), named together in a sentence before"

    def carried(self, paragraph: int, metric: str | None = None, otherwise: Found = NOTHING, head=None) -> Found:
        """The place a figure of ``paragraph`` that names none is about, if the discourse says: the
        paragraph's focus, else, when no place was named since, the focus of an earlier paragraph that
        opened a sentence on it (a topic sentence: "Zembla went the other way.") or whose figure
        ``head`` (a Claim) the figure's series goes on from ("The figure compares with 900 a year
        earlier"); a figure of money given to a place (``metric``: aid) takes the title's recipient
        before the article's main place."""
        if paragraph == self.paragraph and self.names:
            return Found(self.names, Evidence("subject", "discourse", f"{self.words} (in focus in the paragraph)"))
        if self.names and self.named_at <= self.paragraph \
                and (self.words.endswith(TOPIC) or head is not None and head.subject == self.names):
            return Found(self.names, Evidence("subject", "discourse", f"{self.words} (in focus in a paragraph before)"))
        if self.recipients and metric in self.recipient_metrics:
            return Found(self.recipients, Evidence("subject", "discourse", f"{', '.join(self.recipients)} (what the "
                                                                           "money in the article's title is for)"))
        if self.main:
            return Found(self.main, Evidence("subject", "discourse", self.main_words))
        return otherwise


def _of_kind(name: str, kind: str, types: dict[str, str]) -> bool:
    """Whether the place ``name`` is of entity type ``kind``; every place is of kind ``place`` ("allí")."""
    return kind == "place" or types.get(name) == kind


_LOCATED_REACH = 20  # characters before a place in which its place-only link is sought
_SENTENCE_END = patterns.compile(r"\W*")


@cache
def _anaphor_patterns(code: str) -> tuple[tuple[str, object], ...]:
    """Per entity type, the phrases that point back at one ("the country"), as whole words."""
    groups = lang.load(code)["place_anaphors"]
    return tuple((kind, patterns.compile(rf"\b(?:{patterns.phrases(words)})\b", patterns.IGNORECASE))
                 for kind, words in groups.items())


@cache
def _pronoun_pattern(code: str):
    """A pronoun that may stand for a place, opening a sentence: "It sent back", "Its institute"."""
    return patterns.compile(rf"\W*((?:{patterns.phrases(lang.load(code)['place_pronouns'])}))\b", patterns.IGNORECASE)


@cache
def _any_anaphor(code: str):
    """The phrases of every type in one regex: a sentence it finds nothing in (most) needs no
    scan per type."""
    every = [word for words in lang.load(code)["place_anaphors"].values() for word in words]
    longest = tuple(sorted({max(reversed(phrase.lower().split()), key=len) for phrase in every}))  # "country", "país"
    return patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(every, word_start=True)})\b", contains=longest)


def _names(places) -> tuple[str, ...]:
    return tuple(sorted({p[2] for p in places}))


def _words(text: str, places: Sequence[Place]) -> str:
    return ", ".join(dict.fromkeys(text[a:b] for a, b, _ in sorted(places)))


_link_pattern, _LOWER_WORD = unknown_places.link_pattern, unknown_places.LOWER_WORD


# what binding.recipient, binding.by_place and binding.groups share of this module's look-ups
listed_with, place_names, place_words, anaphor_patterns, link_before, link_after = \
    _with_listed, _names, _words, _anaphor_patterns, _link_before, _link_pattern
