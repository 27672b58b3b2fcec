"""The rule kinds' schemas: one frozen dataclass per kind of rule file (metric, entities, event,
boilerplate, checks) and the records inside them (entities, examples, check documentation).

Each key is declared once with ``rule_key``: its meaning, value type and default. The loader
(``checker.ruleset``) validates with it and ``checker.ruleexplain`` prints it, so the two can
never disagree. ``KINDS`` is the one dispatch table: a file's first key, ``kind:``, selects the
schema and parser.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node

from checker import lang
from checker.errors import did_you_mean
from checker.yamlnodes import (
    BOOL,
    DATE,
    REGEX,
    STRING,
    ValueType,
    YamlFile,
    build,
    choice,
    list_of,
    mapping_pairs,
    number,
    pattern,
    record,
    rule_key,
    schema_keys,
    whole,
)

ID = pattern("snake_case id", r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", "a snake_case id like 'homicide_rate'")
CHECK_ID = pattern("kebab-case check id", r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*",
                   "a kebab-case check id like 'value-conflict'")

SEVERITIES = ("error", "warning", "info", "off")
SEVERITY = choice(*SEVERITIES)


def _severity_map(node: Node, f: YamlFile, key: str) -> dict[str, str]:
    """``checks:``: kebab-case check id -> severity; a bad severity is reported under its check id."""
    pairs = mapping_pairs(node, f, key)
    return {CHECK_ID.convert(k, f, key): SEVERITY.convert(v, f, name) for name, (k, v) in pairs.items()}


SEVERITY_MAP = ValueType("mapping of kebab-case check id -> " + " | ".join(SEVERITIES), _severity_map)


# --------------------------------------------------------------------------------------------
# Word lists given per language: a plain list is every language's; {en: [...], es: [...]} gives
# each language its own words, `all:` the words every language shares (names, acronyms).

ALL = "all"  # the key of a per-language mapping whose words every language reads


class Localized(tuple):
    """A word list given per language. As a tuple it is every word of every language, in the order
    written (what a reader that knows no document's language sees: checks across documents, explain);
    ``in_language`` gives the words a document in one language reads."""

    by_code: dict[str, tuple[str, ...]]  # "all" or a language code -> its words, as written

    def __new__(cls, by_code: dict[str, tuple[str, ...]]) -> Localized:
        self = super().__new__(cls, dict.fromkeys(w for words in by_code.values() for w in words))
        self.by_code = by_code
        return self

    def __reduce__(self) -> tuple:
        return Localized, (self.by_code,)

    def in_language(self, code: str) -> tuple[str, ...]:
        """The `all` words, then those of ``code``."""
        return tuple(dict.fromkeys((*self.by_code.get(ALL, ()), *self.by_code.get(code, ()))))


def joined(old: tuple[str, ...], extra: tuple[str, ...]) -> tuple[str, ...]:
    """``extra`` appended to ``old`` per language, no word twice (``extends``); a plain list is `all`'s."""
    if not isinstance(old, Localized) and not isinstance(extra, Localized):
        return old + tuple(x for x in dict.fromkeys(extra) if x not in old)
    by_code = dict(old.by_code) if isinstance(old, Localized) else {ALL: old}
    for code, words in (extra.by_code if isinstance(extra, Localized) else {ALL: extra}).items():
        by_code[code] = tuple(dict.fromkeys((*by_code.get(code, ()), *words)))
    return Localized(by_code)


def _words_by_language(node: Node, f: YamlFile, key: str) -> tuple[str, ...]:
    """A list of strings (every language's), or a mapping of `all` or language codes to lists."""
    strings = list_of(STRING)
    if not isinstance(node, MappingNode):
        return strings.convert(node, f, key)
    codes = (ALL, *lang.available())
    by_code = {}
    for code, (knode, vnode) in mapping_pairs(node, f, key).items():
        if code not in codes:
            raise f.error(knode, key, f"unknown language '{code}': expected {ALL} or the code of a language pack "
                          f"({', '.join(codes[1:])})" + did_you_mean(code, codes))
        by_code[code] = strings.convert(vnode, f, f"{key}.{code}")
    return Localized(by_code)


LANGUAGE = choice(*lang.available())
WORDS = ValueType("list of strings, or {all | <language code>: list of strings}", _words_by_language)


# --------------------------------------------------------------------------------------------
# The schema: one frozen dataclass per kind. Docstring first line = the kind's summary.

_UNITS = ("count", "USD", "USD / month", "USD / year", "percent", "per 100000", "kilometer", "day")


def _where() -> Any:
    """The ``file:line`` a rule or record starts at, set by the loader (not a YAML key)."""
    return field(default="", compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Expect:
    """What an example's claim must hold; a key left out is not compared."""

    value: float | None = rule_key("the claim's figure, in the canonical unit", number(), None)
    unit: str | None = rule_key("the claim's canonical unit, e.g. count, per 100000", STRING, None)
    change: str | None = rule_key("a stated increase or decrease", choice("up", "down"), None)
    start: str | None = rule_key("first day of the claim's time scope", DATE, None)
    end: str | None = rule_key("last day of the claim's time scope", DATE, None)
    subject: tuple[str, ...] = rule_key("entity names the claim's subject must include", list_of(STRING), ())

    def given(self) -> dict[str, Any]:
        """The keys the example gives, by name: the ones a claim is compared on."""
        return {fl.name: getattr(self, fl.name) for fl in schema_keys(Expect)
                if getattr(self, fl.name) not in (None, ())}


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """A generic sentence and the claim it must yield; run by ``checker rules test``."""

    text: str = rule_key("a short sentence written for the rule, never taken from an article", STRING)
    expect: Expect = rule_key("what the claim must hold ({} = any claim of the rule)", record(Expect))
    language: str = rule_key("the language the sentence is written in (a language pack code)", LANGUAGE, lang.DEFAULT)
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class Counterexample:
    """A generic sentence that must yield no claim of the rule; run by ``checker rules test``."""

    text: str = rule_key("a short sentence written for the rule, never taken from an article", STRING)
    language: str = rule_key("the language the sentence is written in (a language pack code)", LANGUAGE, lang.DEFAULT)
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class Metric:
    """One quantity that articles report (a rate, a count, an amount of money)."""

    id: str = rule_key("metric id; must equal the file stem (metrics/<id>.yaml)", ID)
    name: str = rule_key("human name shown in reports, e.g. 'homicide rate'", STRING)
    description: str = rule_key("what is counted and how, in a sentence or two", STRING, "")
    unit: str = rule_key("canonical unit of the values", choice(*_UNITS, open_ended=True))
    terms: tuple[str, ...] = rule_key("phrases naming the quantity, e.g. 'murder rate'", WORDS, (),
                                  append=True)
    nouns: tuple[str, ...] = rule_key("counted nouns, singular, e.g. 'deportation'; a count of them is "
                                  "this metric", WORDS, (), append=True)
    verbs: tuple[str, ...] = rule_key("verb forms near the number that signal the metric, e.g. 'deported'",
                                  WORDS, (), append=True)
    settings: tuple[str, ...] = rule_key("places or states the metric's nouns are counted in, e.g. 'prison', "
                                     "'custody': a figure of one of its nouns with one of these in its sentence "
                                     "(its clause ranks first) counts this metric, and without one (nor a verb) "
                                     "does not", WORDS, (),
                                     append=True)
    exclude: tuple[str, ...] = rule_key("phrases that veto the metric when they occur near the number",
                                    WORDS, (), append=True)
    subgroups: tuple[str, ...] = rule_key("people or things, singular, that make a figure a part and never the "
                                      "total when the figure's own phrase names them ('27 killings of "
                                      "prison guards', '24 soldiers')", WORDS, (), append=True)
    tolerance: float = rule_key("relative slack around each value: figures whose slack overlaps agree (0.05 = 5 percent)",
                            number(0, 1), 0.05)
    drift_band: float = rule_key("relative gap between the figures as stated still reported as drift rather than conflict",
                             number(0, 1), 0.1)
    granularity: str = rule_key("coarsest period the metric is reported over",
                            choice("year", "quarter", "month", "week", "day"), "year")
    cumulative: bool = rule_key("true for a running total ('since March'), which may only grow", BOOL, False)
    rate_of: str = rule_key("id of the count metric this one is the rate of ('homicides' for the homicide "
                            "rate): a rate naming no metric whose clause names that count is this rate", ID, "")
    routes: bool = rule_key("true for people sent from one state to another (deportations): the state a figure "
                            "names as the one that sent them ('Zembla deported 900', '900 deported from Zembla') is "
                            "its sender, and a figure of named senders is a part of the people's whole, compared only "
                            "with figures that name the same senders", BOOL, False)
    stock: bool = rule_key("true for a level at a moment (a salary, a population): a figure with no period "
                           "of its own is as of its publication date", BOOL, False)
    planned: bool = rule_key("true for an amount set for a period before it runs (a budget request): a figure of a "
                             "period still ahead of its article is that amount, no projection", BOOL, False)
    recipient_nouns: tuple[str, ...] = rule_key("nouns of money given to a place, e.g. 'aid': a figure naming no "
                                                "place of its own is about the place the money is for, the one "
                                                "after these nouns and a recipient link in a sentence opening on "
                                                "them ('Aid to Zembla fell') or in the title ('aid for Zembla'), "
                                                "before the article's main place", WORDS, (), append=True)
    fiscal_years: tuple[str, ...] = rule_key("names of places whose figures of this metric are kept by fiscal year "
                                             "(a US agency's, October to September): such a figure dated by a bare "
                                             "calendar year ('in 2013') is that fiscal year", list_of(STRING), (),
                                             append=True)
    examples: tuple[Example, ...] = rule_key("generic sentences and the claim of this metric each must yield",
                                         list_of(record(Example)), (), append=True)
    counterexamples: tuple[Counterexample, ...] = rule_key("generic sentences that must yield no claim of this "
                                                       "metric", list_of(record(Counterexample)), (), append=True)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One named thing (a country, a city, a gang) and the other ways articles write it."""

    name: str = rule_key("canonical name used in claims and reports, e.g. 'El Salvador'", STRING)
    type: str = rule_key("what it is", choice("country", "city", "region", "group", "organization",
                                           "person", "other"), "other")
    aliases: tuple[str, ...] = rule_key("other spellings and demonyms, e.g. 'Salvadoran'", WORDS, (),
                                    append=True)
    part_of: tuple[str, ...] = rule_key("names of larger entities it belongs to, e.g. 'Central America'; a "
                                    "city's first country here is where it lies (an opening naming only the city gives that country)",
                                    list_of(STRING), (), append=True)
    country: str = rule_key("for an organisation: the country it acts for, e.g. 'United States' for a US "
                            "agency; a figure it acts on that names no place is that country's", STRING, "")
    backdrop: bool = rule_key("true for a place named as a yardstick more than as what a figure is about "
                              "('the global average'): a figure takes it only where no other place stands as near",
                              BOOL, False)
    capital: bool = rule_key("true for a city that is the capital of its first `part_of` country: 'the capital' "
                             "(place_anaphors) stands for it where that country is in focus", BOOL, False)
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class EntitySet:
    """A topic's entities and how their names are matched in text."""

    id: str = rule_key("set id; must equal the file stem (entities/<id>.yaml)", ID)
    match: str = rule_key("exact: names and aliases match case-insensitively; fuzzy: rapidfuzz above "
                      "threshold", choice("exact", "fuzzy"), "exact")
    threshold: int = rule_key("minimum rapidfuzz score (0..100) for a fuzzy match", whole(0, 100), 90)
    entities: tuple[Entity, ...] = rule_key("the entities of this set", list_of(record(Entity)), append=True)
    examples: tuple[Example, ...] = rule_key("generic sentences and a claim each must yield (give its subject)",
                                         list_of(record(Example)), (), append=True)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class EventKind:
    """A kind of dated occurrence (a truce ended, a state of emergency declared)."""

    id: str = rule_key("event id; must equal the file stem (events/<id>.yaml)", ID)
    name: str = rule_key("human name shown in reports, e.g. 'truce ended'", STRING)
    description: str = rule_key("what counts as this event, in a sentence or two", STRING, "")
    objects: tuple[str, ...] = rule_key("nouns or phrases the event is about, e.g. 'truce'", WORDS,
                                    append=True)
    verbs: tuple[str, ...] = rule_key("verb forms that signal it, e.g. 'collapsed', 'dismantled'",
                                  WORDS, append=True)
    anaphors: tuple[str, ...] = rule_key("phrases that stand for an object only in an article that names the object "
                                         "itself too ('the decree' of a state of emergency)", WORDS, (), append=True)
    granularity: str = rule_key("precision at which two dates of it must agree",
                            choice("year", "month", "day"), "day")
    related: tuple[str, ...] = rule_key("ids of related event kinds (shown together)", list_of(ID), (),
                                    append=True)
    same_as: tuple[str, ...] = rule_key("ids of event kinds that denote the same occurrence", list_of(ID), (),
                                    append=True)
    dated_noun: bool = rule_key("true when an object dated inside its own noun phrase states the event with no "
                                "verb ('the truce of March 2012', 'a 2012 truce')", BOOL, False)
    lasting: tuple[str, ...] = rule_key("verbs that state the object's lifetime ('held', 'in force'): a closed span "
                                        "dating them ('between 2012 and 2014') starts the event at its first year, "
                                        "month or day, as a date they run since does ('since May 2019')", WORDS, (), append=True)
    ended_by: tuple[str, ...] = rule_key("ids of the event kind a lifetime span ends with, dated at the span's last "
                                         "year, month or day (truce_reached -> truce_ended)", list_of(ID), (),
                                         append=True)
    distinct_after: float = rule_key("years: two dates of it farther apart than this are taken for different "
                                     "occurrences (two truces), never compared; 0 = always one occurrence",
                                     number(), 0.0)
    recurring: bool = rule_key("true when it happens again and again (arrests): dates are listed, not compared",
                           BOOL, False)
    national: bool = rule_key("true when it happens to a whole country (a truce between its gangs, a state of "
                              "emergency): a city merely in focus is not where it happened, its country is", BOOL, False)
    examples: tuple[Example, ...] = rule_key("generic sentences and the claim of this event each must yield",
                                         list_of(record(Example)), (), append=True)
    counterexamples: tuple[Counterexample, ...] = rule_key("generic sentences that must yield no claim of this "
                                                       "event", list_of(record(Counterexample)), (), append=True)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class Boilerplate:
    """Text that is page furniture, not evidence: it yields no claims."""

    id: str = rule_key("rule id; must equal the file stem (boilerplate.yaml -> boilerplate)", ID)
    paragraph_markers: tuple[str, ...] = rule_key("regexes; a paragraph matching one is dropped",
                                              list_of(REGEX), append=True)
    tail_markers: tuple[str, ...] = rule_key("regexes; a paragraph matching one ends the article text",
                                         list_of(REGEX), append=True)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckDoc:
    """What one check does, in Ruff's fixed sections; reports reuse it (SARIF rule help)."""

    summary: str = rule_key("one line: what a finding of this check means", STRING)
    what: str = rule_key("what it checks, in a sentence or two", STRING)
    why: str = rule_key("why it matters to a fact-checker", STRING, "")
    example: str = rule_key("generic sentences it flags, written for the doc (never article text)", STRING, "")
    not_flagged: str = rule_key("what it leaves alone on purpose", STRING, "")
    tags: tuple[str, ...] = rule_key("groups it belongs to, e.g. quantity, event, arithmetic", list_of(STRING), ())
    where: str = _where()

    def sections(self) -> list[tuple[str, str]]:
        """The non-empty sections under their titles, as reports and ``explain`` print them."""
        return [(title, body) for title, body in (("What it checks", self.what), ("Why it matters", self.why),
                                                  ("Example", self.example), ("Not flagged", self.not_flagged))
                if body]


def _check_doc_map(node: Node, f: YamlFile, key: str) -> dict[str, CheckDoc]:
    """``descriptions:``: kebab-case check id -> its documentation."""
    pairs = mapping_pairs(node, f, key)
    return {CHECK_ID.convert(k, f, key): build(CheckDoc, v, f, name) for name, (k, v) in pairs.items()}


CHECK_DOC_MAP = ValueType("mapping of kebab-case check id -> {" + ", ".join(fl.name for fl in schema_keys(CheckDoc))
                          + "}", _check_doc_map, CheckDoc)


@dataclass(frozen=True, slots=True, kw_only=True)
class Checks:
    """Which checks run, at which severity (project config may re-level them)."""

    id: str = rule_key("always 'checks' (the file is checks.yaml)", choice("checks"))
    checks: dict = rule_key("check id -> severity; off disables the check", SEVERITY_MAP, append=True,
                        hash_=False)
    descriptions: dict = rule_key("check id -> what the check does, shown in reports' rule help", CHECK_DOC_MAP,
                              {}, append=True, hash_=False)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it


def _parse_metric(node: Node, f: YamlFile) -> Metric:
    metric = build(Metric, node, f, "", ignore=("kind",))
    if not metric.terms and not metric.nouns:
        where = mapping_pairs(node, f, "").get("terms", (None, node))[1]
        raise f.error(where, "terms", "a metric needs at least one of terms or nouns")
    return metric


def _parse_entities(node: Node, f: YamlFile) -> EntitySet:
    return build(EntitySet, node, f, "", ignore=("kind",))


def _parse_event(node: Node, f: YamlFile) -> EventKind:
    return build(EventKind, node, f, "", ignore=("kind",))


def _parse_boilerplate(node: Node, f: YamlFile) -> Boilerplate:
    return build(Boilerplate, node, f, "", ignore=("kind",))


def _parse_checks(node: Node, f: YamlFile) -> Checks:
    return build(Checks, node, f, "", ignore=("kind",))


# The one dispatch table: the first key ``kind:`` of a rule file selects the schema and parser.
KINDS: dict[str, tuple[type, Callable[[Node, YamlFile], Any]]] = {
    "metric": (Metric, _parse_metric),
    "entities": (EntitySet, _parse_entities),
    "event": (EventKind, _parse_event),
    "boilerplate": (Boilerplate, _parse_boilerplate),
    "checks": (Checks, _parse_checks),
}
