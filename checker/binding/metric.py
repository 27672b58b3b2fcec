"""Whether a figure can count a metric at all, from its own words: a figure whose own noun is a
subgroup or a thing ("24 soldiers", "three countries"), a population ("a nation of 6.5 million"),
a member of a set ("one of the deadliest") or a target ("aims to cut it to 30") is context, never
a metric, whatever terms stand elsewhere in its clause. The words are the language pack's
(context.yaml)."""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from re import Pattern
from typing import NamedTuple

from checker import lang, patterns
from checker.binding import contrast
from checker.model import Evidence, Quantity

POPULATION = "a population"
INTENTION = "an intention or a target"
WIDER = "a count of a wider group"
PARTITIVE = "one of a set"
RATE = "a rate"
OTHER_NOUN = "counts something else"
INCIDENT = "the toll of a single incident"
THRESHOLD = "a threshold someone sets"
STOCK = "a level at a moment (a stock)"
RATIO = "a ratio or a multiple"
EACH_PLACE = "a figure of each of several places"
SUBGROUP_RATE = "a rate of a part of the population"


_PLACE_TYPES = frozenset({"country", "city", "region"})


def bare_figures(text: str, quantities: list[Quantity], entity_of: dict[str, str], types: dict[str, str],
                 code: str) -> list[Quantity]:
    """The sentence's figures, a number the words after it or before it give a noun it does not count
    made bare: a place's name (``without_a_place_noun``), or the noun of a figure before it that the
    number reader carried over a figure of no such noun, when a contrast word sets it against that
    one ("129 murders, a rate of 33.7, against 95 in Zembla": no 95 murders)."""
    out = []
    for k, q in enumerate(quantities):
        q = without_a_place_noun(q, entity_of, types)
        if k and q.kind == "count" and q.noun is not None and quantities[k - 1].noun != q.noun \
                and not any(ch.isalpha() for ch in q.text) \
                and contrast.before_figure(code).search(text, max(0, q.start - contrast.REACH), q.start):
            q = replace(q, kind="number", unit=None, noun=None)
        out.append(q)
    return out


def without_a_place_noun(q: Quantity, entity_of: dict[str, str], types: dict[str, str]) -> Quantity:
    """The figure as a bare number when the noun read after it and a link is a place's name, as
    written ("frente a los 26,8 de Guatemala", "los 815 de Belice"): it says whose figure it is,
    never what it counts, so the figure goes on with the one it is set against (a rate stays a rate)
    and the place after it is its own. A demonym ("1,270 Nicaraguans") counts people and stays."""
    written = q.unit or ""  # the noun as written: "Guatemala"
    if q.kind != "count" or q.noun is None or q.per or not written[:1].isupper() or written.lower() != q.noun \
            or not q.text.endswith(written) or types.get(entity_of.get(q.noun, "")) not in _PLACE_TYPES:
        return q
    words = q.text[:len(q.text) - len(written)].split()
    link = 0
    while words and not words[-1][-1:].isdigit():
        words.pop()  # the link before the name: "de", "of"
        link += 1
    if not words or not link:
        return q
    number = q.text[:q.text.index(words[-1]) + len(words[-1])]  # the figure's own words
    return replace(q, kind="number", unit=None, noun=None, end=q.start + len(number), text=number)


class _Words(NamedTuple):
    """This module's words of one language, as sets and patterns."""

    people: frozenset[str]  # counted nouns that name people in general
    times: frozenset[str]  # counted nouns that name units of time ("one of the months")
    things: frozenset[str]  # counted nouns of records, loads, vehicles and facilities ("reports", "prisons"), never what they hold
    having: Pattern[str]  # starts the text after counted things that have what follows ("20 towns with the most ...")
    population: Pattern[str]  # ends the text before a population ("a nation of ")
    residents: frozenset[str]  # counted nouns of the people a place holds ("inhabitant")
    holder: Pattern[str]  # ends the text before a figure of residents that ends its clause, a population ("has ")
    apposed: Pattern[str]  # ends the text before residents in an aside a place has ("Zembla, with about ")
    territory_of: Pattern[str]  # ends the text before a figure of residents that is a population ("a state of ")
    denominator: Pattern[str]  # ends the text before the population a count is taken in ("4,000 homicides among ")
    partitive: Pattern[str]  # starts the text after one of a set (" of the")
    part: Pattern[str]  # ends the text before a part named after its whole (", including ")
    part_back: Pattern[str]  # starts the text after a part of a whole named before (" of them")
    part_opening: Pattern[str]  # a sentence that opens on the whole its figures are parts of ("Of those, ")
    rate: Pattern[str]  # ends the text before a bare rate ("a rate of ")
    ratio: Pattern[str]  # ends the text before a ratio ("the ratio was ")
    multiples: frozenset[str]  # words that end a multiple ("four times")
    multiple_after: Pattern[str]  # starts the text after a figure that is a multiple (" and a half times")
    fronted_set: Pattern[str]  # the text before a bare figure after a fronted set ("Of the 20 towns ..., "): its noun
    fronted_whole: Pattern[str]  # a sentence's opening on a whole counted ("Of the 900 deportees, ")
    each_place: Pattern[str]  # the text before a figure in a sentence opening on some of a set of places ("In ten of the towns, ")
    rate_value: Pattern[str]  # ends the text before the value of a rate ("the rate had been ")
    rate_owners: frozenset[str]  # words before a rate word that leave it the rate in focus ("its rate")
    intention: Pattern[str]  # ends the text before a target ("aims to cut the rate to ")
    wider: Pattern[str]  # starts the text after a count of a wider group (", a figure which also includes")
    subgroup_rate: Pattern[str]  # ends the words of a rate per a part of the population ("per 100,000 women")
    incident_after: Pattern[str]  # a single incident after a figure (", were shot dead at a gathering")
    incident_before: Pattern[str]  # ends the text before a figure an incident caused ("an earthquake that left ")
    incident_aside: Pattern[str]  # ends the text before a figure in an aside defining an incident ("massacres (killings of ")
    threshold: Pattern[str]  # starts the text after a standard ("..., which the agency regards as an epidemic")
    standard_before: Pattern[str]  # ends the text before a standard's figure ("the agency regards a rate above ")
    standard_noun: Pattern[str]  # what a standard makes of a figure ("epidemic")
    in_state: Pattern[str]  # starts the text after people now in a state ("..., are now behind bars")
    article: Pattern[str]  # starts the text after a multiple of a quantity named after it (" the threshold")


# an aside (dashes or parentheses, then maybe a comma) between an incident's noun and what it left:
# "12 massacres (killings of three or more people), which left 52 dead"
_ASIDE = r"(?:\s*[(\u2014\u2013][^()\u2014\u2013]{1,80}[)\u2014\u2013])?,?"


@cache
def _tables(code: str) -> _Words:
    pack = lang.load(code)
    incident = patterns.phrases(pack["incidents"]["nouns"])
    relatives = patterns.phrases(pack["incidents"]["relatives"])
    qualifier = patterns.phrases(lang.grouped(code, "qualifiers"))
    standard = patterns.phrases(pack["thresholds"]["verbs"])

    def ending(table: str, words_between: int, year: str = "", aside: str = "") -> Pattern[str]:
        return patterns.compile(rf"\b(?:{patterns.phrases(pack[table])}){aside}(?:\s+(?:[^\W\d]+{year})){{0,{words_between}}}\s+$",
                                patterns.IGNORECASE)

    return _Words(people=frozenset(word.lower() for word in pack["people_nouns"]),
                  times=frozenset(word.lower() for word in pack["time_units"]),
                  things=frozenset(word.lower() for word in [*pack["records_and_loads"], *pack["facility_nouns"]]),
                  having=patterns.compile(rf"\s+(?:{patterns.phrases(pack['having_links'])})\b", patterns.IGNORECASE),
                  population=ending("population_cues", 2),
                  residents=frozenset(word.lower() for word in pack["resident_nouns"]),
                  holder=patterns.compile(rf"\b(?:{patterns.phrases(pack['population_holders'])})\s+$", patterns.IGNORECASE),
                  apposed=patterns.compile(rf"\b(?-i:[{patterns.UPPER}])[\w'’.-]*,\s*(?:{patterns.phrases(pack['having_links'])})\s+(?:(?:{qualifier})\s+)?$",
                                           patterns.IGNORECASE),
                  territory_of=patterns.compile(rf"\b(?:{patterns.phrases(pack['territory_nouns'])})(?:s|es)?\s+"
                                                rf"(?:{patterns.phrases(pack['place_kind_links'])})\s+$", patterns.IGNORECASE),
                  denominator=patterns.compile(rf"\d(?:[\d,.]*\d)?(?:\s+[^\W\d]+){{1,2}}\s+"
                                               rf"(?:{patterns.phrases(pack['denominator_links'])})(?:\s+[^\W\d]+)?\s+$",
                                               patterns.IGNORECASE),
                  partitive=patterns.compile(rf"\s+(?:{patterns.phrases(pack['partitive_links'])})\b",
                                             patterns.IGNORECASE),
                  part=ending("part_cues", 1), rate=ending("rate_words", 3, r"|\d{4},?"), ratio=ending("ratio_nouns", 5),
                  multiples=frozenset(word.lower() for word in pack["multiplier_words"]),
                  multiple_after=patterns.compile(rf"\s+(?:(?:{patterns.phrases(pack['multiplier_fractions'])})\s+)?"
                                                  rf"(?:{patterns.phrases(pack['multiplier_words'])})\b", patterns.IGNORECASE),
                  fronted_set=patterns.compile(rf"\W*(?:{patterns.phrases(pack['set_openers'])})\s+(?:[^\W\d]+\s+)?"
                                               r"\d[\d.,]*\s+([^\W\d]+)[^;:.]*,\s*$", patterns.IGNORECASE),
                  fronted_whole=patterns.compile(rf"\W*(?:{patterns.phrases(pack['set_openers'])})\s+\d[\d.,]*\s+[^\W\d]+"
                                                 r"(?:\s+[^\W\d]+){0,3},\s*", patterns.IGNORECASE),
                  each_place=patterns.compile(
                      rf"\W*(?:{patterns.phrases(pack['place_only_links'])})\s+(?:\d[\d.,]*|[^\W\d]+)\s+"
                      rf"(?:{patterns.phrases(pack['partitive_links'])})\s+(?:[^\W\d]+\s+)?"
                      rf"(?:{patterns.phrases(pack['territory_nouns'])})(?:s|es)?\b[^;:]*,[^;:]*$", patterns.IGNORECASE),
                  # "the murder rate in 2021 was 48.7"; "the murder rate, 128 in 2016, fell to 3.4"
                  rate_value=ending("rate_words", 8, r"|\d{4}", r"(?:,(?:[^,;:()]|(?<=\d)[,.](?=\d)){1,40},)?"),
                  rate_owners=frozenset(w.lower() for w in pack["rate_owners"]),
                  part_back=patterns.compile(rf"\s+(?:{patterns.phrases(pack['part_back_links'])})\b",
                                             patterns.IGNORECASE),
                  part_opening=patterns.compile(rf"\W*(?:{patterns.phrases(pack['part_back_links'])})\s*,",
                                                patterns.IGNORECASE),
                  intention=ending("intention_cues", 4),
                  wider=patterns.compile(rf",(?:\s+[^\W\d]+){{0,5}}?\s+(?:{patterns.phrases(pack['wider_count_cues'])})\b",
                                         patterns.IGNORECASE),
                  subgroup_rate=patterns.compile(rf"\b(?:{patterns.phrases([*pack['per_words'], *pack['round_base_per_words']])})\s+"
                                                 rf"\d[\d.,\s]*(?:[^\W\d]+\s+)?(?:{patterns.phrases(pack['subgroup_bases'])})$",
                                                 patterns.IGNORECASE),
                  incident_after=patterns.compile(
                      rf"[^;:.()\d]{{0,80}}?\b(?:{patterns.phrases(pack['incidents']['links'])})\s+"
                      rf"(?:{patterns.phrases(pack['determiners'])})\s+"
                      rf"(?:[\w-]+\s+){{0,2}}(?:{incident})\b", patterns.IGNORECASE),
                  incident_before=patterns.compile(
                      rf"\b(?:{incident})s?{_ASIDE}\s+(?:(?:{relatives})\s+)?[^\W\d]+(?:\s+[^\W\d]+){{0,3}}\s+$",
                      patterns.IGNORECASE),
                  incident_aside=patterns.compile(rf"\b(?:{incident})s?\s*[(\u2014\u2013][^()\u2014\u2013]{{0,60}}$",
                                                  patterns.IGNORECASE),
                  threshold=patterns.compile(
                      rf"[^,;:.()]{{0,30}}?,?\s*\b(?:{relatives})\b[^,;:.()]{{0,50}}?\b(?:{standard})"
                      rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{patterns.phrases(pack['thresholds']['nouns'])})\b", patterns.IGNORECASE),
                  standard_before=patterns.compile(rf"\b(?:{standard})\b[^,;:.()\d]{{0,50}}$", patterns.IGNORECASE),
                  standard_noun=patterns.compile(rf"\b(?:{patterns.phrases(pack['thresholds']['nouns'])})\b",
                                                 patterns.IGNORECASE),
                  in_state=patterns.compile(  # "2,100 of them remain in prison": a part back, then its state
                      rf",?\s+(?:(?:{patterns.phrases(pack['part_back_links'])})\s+)?"
                      rf"(?:{patterns.phrases(pack['present_states'])})\s+(?:[^\W\d]+\s+)?"
                      rf"(?:{patterns.phrases([w for ws in pack['stock_share_states'].values() for w in ws])})\b",
                      patterns.IGNORECASE),
                  article=patterns.compile(rf"\s+(?:{patterns.phrases(pack['leading_articles'])})\b", patterns.IGNORECASE))


def not_a_metric(text: str, start: int, end: int, noun: str | None, counted: bool, named_by_own_words: bool,
                 metric_nouns: frozenset[str], demonym: bool, code: str = lang.DEFAULT) -> str | None:
    """Why the figure at ``start:end`` counts no metric whose nouns are ``metric_nouns``; None when
    it may. ``counted``: the figure is a count (rates and money carry their metric in the unit);
    ``named_by_own_words``: one of the metric's terms, verbs or nouns is in the figure's own
    phrase ("unaccompanied children", "officers being resettled"), which no noun rule overrides."""
    why = context_cue(text, start, code, end)
    if why is not None:
        return why
    words, lead = _tables(code), text[max(0, start - 40):start]
    if counted and noun in words.residents and (words.territory_of.search(lead) or (
            (words.holder.search(lead) or words.apposed.search(lead) and _ends_on_residents(text, end, words))
            and _CLAUSE_END.match(text, end))):
        return POPULATION  # "The country has about 5.1 million people.", "a small state of 610,000 people,"
        # and an aside of what a place has: "Zembla, with about 9 million people, remains ..."
    if counted and (_ends_in_multiple(text, start, end, words) or words.ratio.search(lead)):
        return RATIO  # "twelve times the limit", "the ratio was one to four": never a count
    fronted = words.fronted_set.match(text[:start]) if counted and noun is None else None
    if fronted and fronted.group(1).lower() not in metric_nouns and fronted.group(1).lower() not in words.people:
        return OTHER_NOUN  # "Of the 30 towns with the most murders, 19 are in the plan": towns, not murders
    people = noun is None or noun in words.people or noun in metric_nouns or named_by_own_words  # "52 dead"
    if counted and people and _incident(text, start, end, words):
        return INCIDENT  # "five people were shot dead at a gathering": one incident's toll; an aside defining one
    if counted and noun is None and words.rate.search(lead):
        return RATE  # "a rate of 103": a bare figure after a rate word counts nothing
    if counted and (noun in words.things or noun in words.times) and noun not in metric_nouns:
        return OTHER_NOUN  # "380 reports of deaths in custody", "one of the months with the fewest homicides"
    if counted and noun is not None and noun not in metric_nouns and noun not in words.people and not demonym \
            and words.having.match(text, end):
        return OTHER_NOUN  # "the 20 towns with the most homicides": the metric is what the towns have
    if counted and _held(code).search(text[max(0, start - 70):start]):
        return STOCK  # "shelters held more than 20,000 unaccompanied children": the people held at a moment
    if not counted or named_by_own_words or is_part(text, start, code):
        return None  # a part named after its whole ("..., including 3,300 children") counts what the whole counts
    if a_stock(text, start, end, code):
        return STOCK  # "147,300 Ruritanians now holding permits ...; those who do not could be deported"
    if noun is None:
        return PARTITIVE if words.partitive.match(text, end) else None
    if noun in metric_nouns or noun in words.people or demonym:
        return None
    return OTHER_NOUN


def _ends_on_residents(text: str, end: int, words: _Words) -> bool:
    """Whether the figure's own words end on its noun of residents ("about 9 million people"; not
    "41,500 people detained", whose last word says what befell them)."""
    last = text[max(0, end - 20):end].rsplit(None, 1)[-1].lower()
    return last in words.residents or last.rstrip("s") in words.residents or last == "people"


_CLAUSE_END = patterns.compile(r"\s*(?:[,.;:)\u2014\u2013]|$)")  # a figure's clause ends right after it


def _incident(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether an incident named beside the figure caused it ("an earthquake that left 900 dead"),
    past an aside too ("9 massacres (killings of three or more), which left 37 dead"), or the figure
    stands in an aside that defines one; the wider look only when the text before holds an aside."""
    wide = text[max(0, start - 150):start]
    aside = "(" in wide or "\u2014" in wide or "\u2013" in wide
    return bool(words.incident_before.search(wide if aside else wide[-60:]) or words.incident_after.match(text, end)
                or (aside and words.incident_aside.search(wide[-80:])))


@cache
def stock_cues(pack: lang.Pack) -> tuple[dict[str, Pattern[str]], dict[str, Pattern[str]]]:
    """Per kind of stock: a cue ending right before the figure (its qualifier, "about", may stand
    between: "room for about 40,000"), and a cue starting right after its phrase (an adverb, "now",
    may stand between: "8,000 Ruritanians now holding permits")."""
    qualifier = patterns.phrases([q for group in pack["qualifiers"].values() for q in group])
    before = {kind: patterns.compile(rf"\b(?:{patterns.phrases(words)})\s+(?:(?:{qualifier})\s+)?$",
                                     patterns.IGNORECASE)
              for kind, words in pack["stock_cues_before"].items()}
    after = {kind: patterns.compile(rf"\s+(?:{patterns.phrases(words)})\b", patterns.IGNORECASE)
             for kind, words in pack["stock_cues_after"].items()}
    return before, after


@cache
def _held(code: str) -> Pattern[str]:
    """A verb of holding people ending right before a figure, its qualifier between (the pack's
    ``holding_cues``: "held about 39,000"), or a facility and what it is for ("a prison for
    9,317"): a population at a moment, or the size it is built for, whatever it counts."""
    pack = lang.load(code)
    qualifier = patterns.phrases(lang.grouped(code, "qualifiers"))
    links = pack["holding_links"]
    gap = rf"(?:(?:[^\W\d]+\s+){{1,6}}(?:{patterns.phrases(links)})\s+)?" if links else ""
    built = rf"(?:{patterns.phrases(pack['facility_nouns'])})\s+(?:[^\W\d]+\s+){{0,4}}(?:{patterns.phrases(pack['capacity_links'])})"
    return patterns.compile(rf"\b(?:(?:{patterns.phrases(pack['holding_cues'])})\s+{gap}|{built}\s+)(?:(?:{qualifier})\s+)?$",
                            patterns.IGNORECASE)


def a_stock(text: str, start: int, end: int, code: str) -> bool:
    """Whether a stock cue touches the figure, or its predicate puts people in a state now
    ("90,000 people are now behind bars": all who are, not those arrested in a period)."""
    return touches_a_stock_cue(text, start, end, code) or bool(_tables(code).in_state.match(text, end))


def touches_a_stock_cue(text: str, start: int, end: int, code: str) -> bool:
    """Whether a stock cue ends right before the figure at ``start:end`` or starts right after it
    ("room for 9,000", "8,000 Ruritanians holding work permits")."""
    before, after = stock_cues(lang.load(code))
    lead = text[max(0, start - 40):start]
    return any(p.search(lead) for p in before.values()) or any(p.match(text, end) for p in after.values())


def context_cue(text: str, start: int, code: str = lang.DEFAULT, end: int | None = None) -> str | None:
    """Why the words around the figure at ``start`` make it context whatever it counts: a
    population ("a nation of 6.5 million", "900 murders among 2.5 million people"), a target ("aims to cut the rate to 25"),
    a figure of each of several places ("In ten of the towns, the rate topped 87.6") or, when its
    ``end`` is given, a threshold ("10 per 100,000, which the agency regards as an epidemic"), a
    multiple of a quantity named after it ("twelve times the limit") or a count of a wider group
    ("the union counts 29, a figure which also includes soldiers")."""
    words = _tables(code)
    lead = text[max(0, start - 40):start]
    if words.population.search(lead) or (words.denominator.search(lead) and not words.part.search(lead)):
        return POPULATION  # "a nation of 5.4 million"; "3,650 homicides among 7.3 million people"
    if words.intention.search(lead):
        return INTENTION
    if words.each_place.match(text[:start]):
        return EACH_PLACE  # "In ten of the towns over 50,000, the rate topped 87.6": each town's, no one place's
    if end is not None and (words.threshold.match(text, end) or _standard_before(text, start, end, words)):
        return THRESHOLD
    if end is not None and _ends_in_multiple(text, start, end, words) and words.article.match(text, end):
        return RATIO  # "more than twelve times the limit": a ratio, not a count
    if end is not None and words.wider.match(text, end):
        return WIDER  # "29, a figure which also includes soldiers": not the metric's own group
    if end is not None and words.subgroup_rate.search(text, start, end):
        return SUBGROUP_RATE  # "11.1 per 100,000 women": not the rate of all the people
    return None


def off_the_series(text: str, start: int, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the words around a figure that would go on with the one before make it none of that
    series: a target's label ("2,873 (goal: 3,250)") or a tally that also counts others."""
    why = context_cue(text, start, code, end)
    return why == WIDER or why == INTENTION and text[:start].rstrip().endswith(":")


def _standard_before(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether a standard's verb stands before the figure in its clause and what it makes of it
    around them ("the agency regards a rate above 12 per 100,000 as alarming", "considera alarmante
    una tasa superior a 12"): a threshold someone sets, never a figure of a place."""
    lead = text[max(0, start - 60):start]
    verb = words.standard_before.search(lead)
    if verb is None:
        return False
    pause = _PAUSE_AFTER.search(text, end, end + 50)
    return bool(words.standard_noun.search(lead, verb.start()) or words.standard_noun.search(text, end, pause.start() if pause else end + 50))


_PAUSE_AFTER = patterns.compile(r"[,;:()]|\.(?:\s|$)")


def _ends_in_multiple(text: str, start: int, end: int, words: _Words) -> bool:
    """Whether the figure at ``start:end`` ends in a multiplier word ("twelve times") or one follows
    it ("two and a half times"): a multiple, never a count."""
    last = text[start:end].split()
    return bool(last) and last[-1].lower() in words.multiples or bool(words.multiple_after.match(text, end))


def evidence(hits: dict[str, list[tuple[int, int]]], text: str, start: int, end: int, predicate_end: int,
             noun: str | None, metric_nouns: frozenset[str], rule: str) -> Evidence:
    """Why the figure at ``start:end`` got its metric: the nearest of the metric's words found in
    the sentence (``hits``, by role), or its counted noun, with the basis of where it stands."""
    spans = sorted(((a, b) for role in ("terms", "nouns", "verbs") for a, b in hits.get(role, ())), key=lambda span: span[0])
    inside = [s for s in spans if start <= s[0] and s[1] <= end]
    if inside or (noun is not None and noun in metric_nouns):
        words = text[inside[0][0]:inside[0][1]] if inside else noun
        return Evidence("metric", "phrase", words, rule)
    after = [s for s in spans if end <= s[0] and s[1] <= predicate_end]
    if after:
        return Evidence("metric", "predicate", text[after[0][0]:after[0][1]], rule)
    if spans:
        nearest = min(spans, key=lambda s: min(abs(s[0] - end), abs(start - s[1])))
        return Evidence("metric", "clause", text[nearest[0]:nearest[1]], rule)
    return Evidence("metric", "clause", "", rule)


def a_part_of(text: str, start: int, end: int, metric: str | None, subgroups: dict[str, tuple[str, ...]],
              code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start:end``, after a figure of ``metric``, is a part of that figure's whole,
    not its series going on: its words name a subgroup of the metric (``names_a_subgroup``), or its
    sentence opens on that whole counted ("Of the 7,020 returnees, 914 were under 18")."""
    return metric is not None and (_whole_before(text, start, code) is not None
                                   or bool(names_a_subgroup(text, start, end, None, subgroups[metric], code)))


def named_by_its_whole(text: str, start: int, end: int, hits: dict[str, list[tuple[int, int]]],
                       code: str = lang.DEFAULT) -> bool:
    """Whether the metric's words (``hits``, by role: binding.matchers.metric_hits) of the figure at
    ``start:end`` are only those of the whole its sentence opens on ("Of the 7,020 deportees, 914 were
    under 18, and of them 583 travelled alone": "deportees" is the 7,020's): the figure is a part the text
    does not say is counted as its whole is; not when words after the whole name the metric ("..., 4,810
    were deported from Oz")."""
    whole = _whole_before(text, start, code)
    return whole is not None and not any(at >= whole for role in ("terms", "verbs") for at, _ in hits.get(role, ()))


def _whole_before(text: str, start: int, code: str) -> int | None:
    """Where the whole a sentence opens on counted ends ("Of the 7,020 deportees, "), when it ends by ``start``."""
    whole = _tables(code).fronted_whole.match(text)
    return whole.end() if whole is not None and whole.end() <= start else None


def names_a_subgroup(text: str, start: int, end: int, noun: str | None, subgroups: tuple[str, ...],
                     code: str = lang.DEFAULT, shared: bool = False) -> str | None:
    """The subgroup the figure's own noun phrase names ("24 soldiers", "27 killings of prison
    guards", "three members of the border police"), making it a part and never the metric's
    total; None when it names none. The phrase is the figure's words and an "of" modifier after
    them, up to the first pause, or an age or another group coordinated right after them; with ``shared`` (its own words name no metric), a modifier after a
    figure coordinated with it, too ("97,000 Hondurans and 86,000 Guatemalans travelling in
    family units")."""
    if not subgroups:
        return None
    if noun is not None and noun.lower() in subgroups:
        return noun  # "..., including 3,300 children": a part, but a subgroup of the whole's, never its total
    if is_part(text, start, code):
        return None  # "..., including 362 in August": a part named after its whole, counted as the whole is
    modifier = _modifier_pattern(code).match(text, end)
    if modifier is None and shared:
        partner = _coordinated_figure(code).match(text, end)
        modifier = partner and _modifier_pattern(code).match(text, partner.end())
    phrase = text[start:end] + (modifier.group(0) if modifier else "")
    found = _subgroup_pattern(subgroups).search(phrase)
    if found is None and noun is None:  # "16,201 minors": a subgroup word the grammar left out of the figure
        found = _next_word_pattern(subgroups).match(text, end)
    if found is None:  # "470 were women", "4,468 of those deported that year were minors": its complement
        found = _complement_pattern(code, subgroups).match(text, end)
    if found is None:  # "870 unaccompanied children aged 14 and younger"
        found = _restriction_pattern(code, subgroups).match(text, end)
    if found is None:  # "... and 5,300 were under 18": those of an age
        found = _age_complement(code).match(text, end)
    if found is None:  # "firearms caused 2,405 deaths; knives, 520": a subgroup or cause before it
        found = _subgroup_before(text, start, subgroups, code)
    return found.group(found.lastindex or 0) if found else None


def _subgroup_before(text: str, start: int, subgroups: tuple[str, ...], code: str):
    """A subgroup or cause that is the subject of the figure's cause verb ("firearms caused 2,405
    deaths", the pack's ``cause_verbs``), or a short phrase opening on an article right before it
    with a comma, its verb left out ("...; the knives, 520"), since the last pause or coordinator:
    the figure counts that part."""
    lead = text[max(0, start - 80):start]
    verb = _cause_verb(code).search(lead)
    gapped = verb is None
    if verb is not None:
        lead = lead[:verb.start()]
    elif not _GAPPED.search(lead):
        return None
    phrase = _pauses(code).split(lead.rstrip(", "))[-1].strip()
    if not phrase or len(phrase.split()) > (4 if gapped else 6):
        return None
    if gapped and phrase.split()[0].lower() not in _articles(code):
        return None  # "according to police, 120 people were killed": not a list's item
    return _subgroup_pattern(subgroups).search(phrase)


_GAPPED = patterns.compile(r"[^\W\d],\s*$")


@cache
def _articles(code: str) -> frozenset[str]:
    return frozenset(a.lower() for a in lang.load(code)["leading_articles"])


@cache
def _pauses(code: str) -> Pattern[str]:
    return patterns.compile(rf"[;:(),]|\s(?:{patterns.phrases(lang.load(code)['coordinators'])})\s", patterns.IGNORECASE)


@cache
def _cause_verb(code: str) -> Pattern[str]:
    """A cause verb or a copula right before a figure: its subject, a subgroup, makes the figure that
    part ("firearms caused 2,405 deaths", "children were 860 of the victims")."""
    pack = lang.load(code)
    return patterns.compile(rf"\s(?:{patterns.phrases([*pack['cause_verbs'], *pack['subgroup_copulas']])})\s+$",
                            patterns.IGNORECASE)


@cache
def _coordinated_figure(code: str) -> Pattern[str]:
    """A figure with a noun coordinated right after another ("... and 86,000 Guatemalans"): a
    modifier after it modifies both."""
    joined = patterns.phrases(lang.load(code)["coordinators"])
    return patterns.compile(rf"\s+(?:{joined})\s+\d[\d,.]*\s+[^\W\d]+", patterns.IGNORECASE)


@cache
def _complement_pattern(code: str, subgroups: tuple[str, ...]):
    copulas = patterns.phrases(lang.load(code)["subgroup_copulas"])
    share = r"(?:,\s*(?:[^\W\d]+\s+)?\d[\d.,]*\s*%\s*,)?"  # "4,279, or 81%, were ...": a share between
    return patterns.compile(rf"{share}(?:\s+[^\W\d]+){{0,4}}?\s+(?:{copulas})\s+(?:[^\W\d]+\s+)?"
                            rf"((?:{patterns.phrases(subgroups)})(?:s|es)?)\b", patterns.IGNORECASE)


@cache
def _age_complement(code: str):
    """A verb of being and an age bound after a figure ("were under 18", "eran menores de 18", the
    pack's ``age_bounds``): the figure counts the people of that age."""
    ages = lang.load(code)["age_bounds"]
    return patterns.compile(rf"\s+(?:{patterns.phrases(ages['verbs'])})\s+((?:{patterns.phrases(ages['bounds'])})\s+\d+)\b",
                            patterns.IGNORECASE)


@cache
def _next_word_pattern(subgroups: tuple[str, ...]):
    return patterns.compile(rf"\s+((?:{patterns.phrases(subgroups)})(?:s|es)?)\b", patterns.IGNORECASE)


@cache
def _subgroup_pattern(subgroups: tuple[str, ...]):
    return patterns.compile(rf"\b(?:{patterns.phrases(subgroups)})(?:s|es)?\b", patterns.IGNORECASE)


def a_term_names_a_subgroup(text: str, spans, subgroups: tuple[str, ...], code: str = lang.DEFAULT,
                            own: bool = False) -> str | None:
    """The subgroup that a modifier of one of the metric's words at ``spans`` names ("Removals of
    people who had entered as part of a family unit rose to 5,700"; unless the word is the figure's
    ``own``, whose phrase ``names_a_subgroup`` reads), or another group coordinated with it or an
    age right after it ("a 35% rise in apprehensions of unaccompanied children aged 14 and
    under"): the figure then counts that subgroup, never the metric's total; None when none does."""
    if not subgroups:
        return None
    for _, end in spans:
        modifier = None if own else _modifier_pattern(code, 60).match(text, end)
        found = (modifier and _subgroup_pattern(subgroups).search(modifier.group(0))) \
            or _restriction_pattern(code, subgroups).match(text, end)
        if found:
            return found.group(found.lastindex or 0)
    return None


@cache
def _restriction_pattern(code: str, subgroups: tuple[str, ...]) -> Pattern[str]:
    """What, right after a metric's word, makes its figure count another group than the metric:
    a subgroup coordinated with it ("unaccompanied children and family groups": both together) or
    an age ("unaccompanied children aged 14 and younger": some of them)."""
    pack = lang.load(code)
    return patterns.compile(rf"\s+(?:(?:{patterns.phrases(pack['coordinators'])})\s+(?:[^\W\d]+\s+)?"
                            rf"((?:{patterns.phrases(subgroups)})(?:s|es)?)\b"
                            rf"|(?:[^\W\d]+\s+){{0,2}}((?:{patterns.phrases(pack['age_cues'])})\s+\d+))",
                            patterns.IGNORECASE)


@cache
def _modifier_pattern(code: str, reach: int = 40):
    words = patterns.phrases(lang.load(code)["noun_modifiers"])
    return patterns.compile(rf"\s+(?:{words})\s+[^,;:.()]{{1,{reach}}}", patterns.IGNORECASE)


_YEAR = patterns.compile(r"(?:19|20)\d\d(?![\d.,]\d)")


def rate_governing(text: str, start: int, code: str = lang.DEFAULT) -> tuple[int, bool] | None:
    """The rate word a bare figure at ``start`` is the value of ("the rate had been 71", "a murder
    rate of 90.4", "put the 2021 rate at 8.3"): its end, and whether the word before it leaves it
    the rate in focus (an article, a possessive, a year or a name: "the rate", not "the jobless
    rate"); None when no rate word governs the figure."""
    words = _tables(code)
    if _YEAR.match(text, start):
        return None  # "las tasas de 2023 por 100.000": a year left unread as a time, never a rate's value
    offset = max(0, start - 80)
    found = words.rate_value.search(text, offset, start)
    if found is None:
        return None
    rate_end = found.start() + len(found.group(0).split()[0].rstrip(","))  # (an aside's comma after it)
    before = text[offset:found.start()].split()
    owner = before[-1] if before else ""
    in_focus = not owner or owner.lower() in words.rate_owners or owner[:1].isupper() or owner.isdigit() \
        or owner.endswith(("'s", "’s", "'", "’"))
    return rate_end, in_focus


def names_another_rate(text: str, clause_start: int, start: int, code: str = lang.DEFAULT) -> bool:
    """Whether a rate of another thing (the pack's ``other_rates``: "incarceration rate") stands in
    the figure's clause before it: the figure states that rate, never the rate in focus."""
    return bool(_other_rates(code).search(text, clause_start, start))


@cache
def _other_rates(code: str) -> Pattern[str]:
    return patterns.compile(rf"\b(?:{patterns.phrases(lang.load(code)['other_rates'])})\b", patterns.IGNORECASE)


def names_things(noun: str, code: str = lang.DEFAULT) -> bool:
    """Whether a counted noun names records, loads, vehicles or facilities, never people or events."""
    return noun.lower() in _tables(code).things


def names_people(noun: str, code: str = lang.DEFAULT) -> bool:
    """Whether a counted noun names people in general ("people", "victims"), not a subgroup."""
    return noun.lower() in _tables(code).people


def names_a_part(text: str, start: int, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start:end`` is written as a part of a whole named before it: after
    "including" or "among them", or before "of them" ("Mexico accounted for 900 of them"), unless
    its predicate puts them in a state now ("2,100 of them remain in prison": a stock)."""
    words = _tables(code)
    return (is_part(text, start, code) or bool(words.part_back.match(text, end))) and not words.in_state.match(text, end)


def tells_origin(text: str, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the words right after a figure ending at ``end``, maybe its noun, say where what it counts
    came from (``origin_predicates``: "47,300 came from Zembla", "47.300 procedían de Zembla")."""
    return bool(_origin(code).match(text, end))


@cache
def _origin(code: str) -> Pattern[str]:
    return patterns.compile(rf"\s+(?:[^\W\d]+\s+)?(?:{patterns.phrases(lang.load(code)['origin_predicates'])})\b",
                            patterns.IGNORECASE)


def a_kind_of_its_whole(text: str, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether a figure ending at ``end`` names its whole back and then a kind of them in lower case
    ("78 of them violently", "12 de ellas mujeres"), not a place ("50,000 of them Guatemalans") nor a
    time ("39 de ellas el domingo 13"): a subgroup of the whole's count, never a figure of that count."""
    back = _tables(code).part_back.match(text, end)
    rest = text[back.end():].split(maxsplit=1) if back is not None else []
    return bool(rest) and rest[0][:1].islower() and rest[0].lower() not in lang.words(code, "stop_words")


def names_its_whole(text: str, start: int, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start:end`` points back to a whole named before it, right after its
    number or its phrase ("29 of those people", "29 de esas personas", "900 of them")."""
    part_back = _tables(code).part_back
    return bool(part_back.match(text, end) or part_back.search(text, start, end))


def opens_on_a_whole(text: str, code: str = lang.DEFAULT) -> bool:
    """Whether the sentence opens on a whole named before it ("Of those, 29 were ..."): its figures
    are parts of that whole."""
    return bool(_tables(code).part_opening.match(text))


def part_named_after(text: str, end: int, code: str = lang.DEFAULT) -> int | None:
    """Where a part of the figure ending at ``end`` is named after it, from its cue (", including
    24,100 unaccompanied children"): the words from there are the part's; None when none is."""
    found = _part_after(code).search(text, end)
    return found.start() if found else None


@cache
def _part_after(code: str) -> Pattern[str]:
    return patterns.compile(rf"[,;(—]\s*(?:{patterns.phrases(lang.load(code)['part_cues'])}),?\s+(?:[^\W\d]+\s+)?\d",
                            patterns.IGNORECASE)


def part_of_a_whole_named(text: str, start: int, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the figure's own words name the whole it is a part of after its number ("860 of
    the victims", "512 of the year's cases", "860 de las víctimas"): a part whose kind the text
    gives elsewhere, no figure of the whole's series; so is a number word's ("one of the cases")."""
    digits, word = _whole_named(code)
    return bool(digits.search(text, start, end) or word.match(text, start, end))


@cache
def _whole_named(code: str) -> tuple[Pattern[str], Pattern[str]]:
    links = patterns.phrases(lang.load(code)['whole_links'])
    return (patterns.compile(rf"\d\s+(?:{links})\s+[^\W\d]", patterns.IGNORECASE),
            patterns.compile(rf"[^\W\d_]+\s+(?:{links})\s+[^\W\d]", patterns.IGNORECASE))


def part_back(text: str, start: int, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start:end`` counts some of a set named before ("59 of them"; "Of them,
    59 ... and 437 ...", "De ellos, 59"): members of a count, never of a rate."""
    return names_a_part(text, start, end, code) or opens_on_a_whole(text, code)  # "De ellos, 59 ..., y 437 ..."


def is_part(text: str, start: int, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start`` is a part named after its whole ("..., including 3,300")."""
    return bool(_tables(code).part.search(text[max(0, start - 40):start]))
