"""Load rule packs (folders of YAML rule files) into one immutable, validated ``RuleSet``.

One job: turn ``rules/`` (and any user packs layered over it) into frozen dataclasses, or stop
with a ``RuleError`` that names ``file:line:col: field: problem`` and shows the offending line.
Rules are data; this module holds their schema — one frozen dataclass per rule kind whose field
metadata carries the key's type, default and one-line meaning — and ``explain(kind)`` prints it;
``explain(id, rules)`` prints one loaded rule (a metric, event, entity set, entity or check).

Costs: every ``.yaml``/``.yml`` file of every pack is read and composed once per ``load_rules``
call (PyYAML's node API over libyaml, under a millisecond per file; the pure-Python composer,
a few milliseconds per file, when libyaml is missing); nothing is cached across
calls — callers that load more than once should keep the ``RuleSet``. Regexes are compiled once
to validate them (``re`` caches them for later use). ``RuleSet.alias_index()`` is built during
loading, so calling it is free. ``digest`` hashes every loaded file's bytes, for cache keys.
"""
from __future__ import annotations

import hashlib
import re
import textwrap
import tomllib
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Callable, Sequence

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker.errors import CheckerError, LocatedError, RuleError, did_you_mean

__all__ = [
    "Boilerplate", "CheckDoc", "Checks", "Counterexample", "Entity", "EntitySet", "EventKind", "Example",
    "Expect", "KINDS", "Metric", "Pack", "RuleSet", "default_pack", "explain", "load_rules",
]

_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"


# --------------------------------------------------------------------------------------------
# Where an error is: one file's display path and text, so every error can show its line.


@dataclass(frozen=True, slots=True)
class YamlFile:
    """A YAML file being read (a rule file, the suppressions file): the path we print, the text we
    quote in errors, and the error it raises."""

    display: str  # rule files: "<pack folder name>/<path inside the pack>", POSIX; never absolute
    text: str
    error_type: type[LocatedError] = RuleError

    def error(self, node: Node | None, key: str, problem: str) -> LocatedError:
        """The error at ``node``'s start (1-based line and column), with context lines."""
        if node is None:
            return self.error_type(self.display, 0, 0, key, problem)
        return self.error_type.at(self.display, self.text, node.start_mark.line + 1, node.start_mark.column + 1,
                                  key, problem)


def _describe(node: Node) -> str:
    """How an error names what it found: ``'ten'``, ``null``, ``a list``, ``a mapping``."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    if node.tag == _NULL_TAG:
        return "null"
    return f"'{node.value}'"


# --------------------------------------------------------------------------------------------
# Value types: each converts one YAML node or raises a RuleError pointing at it. The label is
# what explain() and README print as the key's type.


@dataclass(frozen=True, slots=True)
class _Type:
    """A key's value type: the label people read and the converter the loader runs."""

    label: str
    convert: Callable[[Node, YamlFile, str], Any]
    record: type | None = None  # the nested rule class, for a mapping or list of mappings


def _string_of(node: Node, f: YamlFile, key: str) -> str:
    """A scalar's text as written; ``off``/``yes``/``2015`` stay the words the author typed."""
    if not isinstance(node, ScalarNode) or node.tag == _NULL_TAG or not node.value.strip():
        raise f.error(node, key, f"expected a non-empty string, got {_describe(node)}")
    return node.value


_STRING = _Type("string", _string_of)


def _pattern(label: str, regex: str, what: str) -> _Type:
    compiled = re.compile(regex)

    def convert(node: Node, f: YamlFile, key: str) -> str:
        value = _string_of(node, f, key)
        if not compiled.fullmatch(value):
            raise f.error(node, key, f"expected {what}, got '{value}'")
        return value

    return _Type(label, convert)


_ID = _pattern("snake_case id", r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*", "a snake_case id like 'homicide_rate'")
_CHECK_ID = _pattern("kebab-case check id", r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*",
                     "a kebab-case check id like 'value-conflict'")


def _choice(*values: str, open_ended: bool = False) -> _Type:
    """One of ``values``; ``open_ended`` documents common values but accepts any string."""
    if open_ended:
        return _Type(" | ".join(values) + " | another unit name", _string_of)

    def convert(node: Node, f: YamlFile, key: str) -> str:
        value = node.value if isinstance(node, ScalarNode) and node.tag != _NULL_TAG else None
        if value not in values:
            raise f.error(node, key, f"expected one of {', '.join(values)}, got {_describe(node)}"
                          + (did_you_mean(value, values) if value else ""))
        return value

    return _Type(" | ".join(values), convert)


def _number(lo: float = float("-inf"), hi: float = float("inf")) -> _Type:
    def convert(node: Node, f: YamlFile, key: str) -> float:
        if not isinstance(node, ScalarNode) or node.tag not in ("tag:yaml.org,2002:int",
                                                                "tag:yaml.org,2002:float"):
            raise f.error(node, key, f"expected a number, got {_describe(node)}")
        value = float(SafeConstructor().construct_object(node))
        if not lo <= value <= hi:
            raise f.error(node, key, f"expected a number from {lo:g} to {hi:g}, got {node.value}")
        return value

    return _Type(f"number {lo:g}..{hi:g}" if (lo, hi) != (float("-inf"), float("inf")) else "number", convert)


def _whole(lo: int, hi: int) -> _Type:
    def convert(node: Node, f: YamlFile, key: str) -> int:
        if not isinstance(node, ScalarNode) or node.tag != "tag:yaml.org,2002:int":
            raise f.error(node, key, f"expected a whole number, got {_describe(node)}")
        value = int(SafeConstructor().construct_object(node))
        if not lo <= value <= hi:
            raise f.error(node, key, f"expected a whole number from {lo} to {hi}, got {node.value}")
        return value

    return _Type(f"whole number {lo}..{hi}", convert)


def _bool_of(node: Node, f: YamlFile, key: str) -> bool:
    if not isinstance(node, ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
        raise f.error(node, key, f"expected true or false, got {_describe(node)}")
    return bool(SafeConstructor().construct_object(node))


_BOOL = _Type("true | false", _bool_of)


def _regex_of(node: Node, f: YamlFile, key: str) -> str:
    """A pattern that must compile now, so a typo fails at load time at its own line. Compiled
    with the flags ``text`` reads markers with, so that re's cache serves text's compile."""
    value = _string_of(node, f, key)
    try:
        re.compile(value, re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        raise f.error(node, key, f"invalid regular expression '{value}': {exc.msg} at position {exc.pos}")
    return value


_REGEX = _Type("regular expression", _regex_of)
_DATE = _pattern("date YYYY-MM-DD", r"\d{4}-\d{2}-\d{2}", "a date like '2019-01-01'")


def _list(item: _Type) -> _Type:
    """A YAML sequence of ``item``; becomes a tuple so rules stay immutable."""
    label = "list of " + (item.label if item.record else item.label + "s")

    def convert(node: Node, f: YamlFile, key: str) -> tuple:
        if not isinstance(node, SequenceNode):
            hint = f"; write [{node.value}] for a one-item list" if isinstance(node, ScalarNode) \
                and node.tag != _NULL_TAG else ""
            raise f.error(node, key, f"expected a {label}, got {_describe(node)}{hint}")
        return tuple(item.convert(child, f, key) for child in node.value)

    return _Type(label, convert, item.record)


def _record(cls: type) -> _Type:
    """A nested mapping with its own schema (an entity, an example)."""
    return _Type("{" + ", ".join(fl.name for fl in _keys(cls)) + "}",
                 lambda node, f, key: _build(cls, node, f, key), cls)


SEVERITIES = ("error", "warning", "info", "off")
_SEVERITY = _choice(*SEVERITIES)


def _severity_map(node: Node, f: YamlFile, key: str) -> dict[str, str]:
    """``checks:``: kebab-case check id -> severity; a bad severity is reported under its check id."""
    pairs = mapping_pairs(node, f, key)
    return {_CHECK_ID.convert(k, f, key): _SEVERITY.convert(v, f, name) for name, (k, v) in pairs.items()}

_SEVERITY_MAP = _Type("mapping of kebab-case check id -> " + " | ".join(SEVERITIES), _severity_map)


def _key(doc: str, type_: _Type, default: Any = MISSING, *, append: bool = False,
         hash_: bool = True) -> Any:
    """Declare one rule key: its meaning, type, default, and whether ``extends`` appends to it.

    The metadata is the schema: the loader validates with it and ``explain`` prints it, so the
    two can never disagree. A mapping default becomes a factory (dataclasses refuse shared dicts).
    """
    metadata = {"doc": doc, "type": type_, "append": append}
    if isinstance(default, dict):
        return field(default_factory=lambda: dict(default), hash=hash_, metadata=metadata)
    return field(default=default, hash=hash_, metadata=metadata)


def _keys(cls: type) -> tuple:
    """The YAML keys of a rule class (fields that carry schema metadata), in declaration order."""
    return tuple(fl for fl in fields(cls) if "doc" in fl.metadata)


def _required(fl) -> bool:
    return fl.default is MISSING and fl.default_factory is MISSING


def _default(fl) -> Any:
    return fl.default if fl.default_factory is MISSING else fl.default_factory()


# --------------------------------------------------------------------------------------------
# The schema: one frozen dataclass per kind. Docstring first line = the kind's summary.

_UNITS = ("count", "USD", "USD / month", "USD / year", "percent", "per 100000", "kilometer", "day")


def _where() -> Any:
    """The ``file:line`` a rule or record starts at, set by the loader (not a YAML key)."""
    return field(default="", compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Expect:
    """What an example's claim must hold; a key left out is not compared."""

    value: float | None = _key("the claim's figure, in the canonical unit", _number(), None)
    unit: str | None = _key("the claim's canonical unit, e.g. count, per 100000", _STRING, None)
    change: str | None = _key("a stated increase or decrease", _choice("up", "down"), None)
    start: str | None = _key("first day of the claim's time scope", _DATE, None)
    end: str | None = _key("last day of the claim's time scope", _DATE, None)
    subject: tuple[str, ...] = _key("entity names the claim's subject must include", _list(_STRING), ())

    def given(self) -> dict[str, Any]:
        """The keys the example gives, by name: the ones a claim is compared on."""
        return {fl.name: getattr(self, fl.name) for fl in _keys(Expect) if getattr(self, fl.name) not in (None, ())}


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """A generic sentence and the claim it must yield; run by ``checker rules test``."""

    text: str = _key("a short sentence written for the rule, never taken from an article", _STRING)
    expect: Expect = _key("what the claim must hold ({} = any claim of the rule)", _record(Expect))
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class Counterexample:
    """A generic sentence that must yield no claim of the rule; run by ``checker rules test``."""

    text: str = _key("a short sentence written for the rule, never taken from an article", _STRING)
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class Metric:
    """One quantity that articles report (a rate, a count, an amount of money)."""

    id: str = _key("metric id; must equal the file stem (metrics/<id>.yaml)", _ID)
    name: str = _key("human name shown in reports, e.g. 'homicide rate'", _STRING)
    description: str = _key("what is counted and how, in a sentence or two", _STRING, "")
    unit: str = _key("canonical unit of the values", _choice(*_UNITS, open_ended=True))
    terms: tuple[str, ...] = _key("phrases naming the quantity, e.g. 'murder rate'", _list(_STRING), (),
                                  append=True)
    nouns: tuple[str, ...] = _key("counted nouns, singular, e.g. 'deportation'; a count of them is "
                                  "this metric", _list(_STRING), (), append=True)
    verbs: tuple[str, ...] = _key("verb forms near the number that signal the metric, e.g. 'deported'",
                                  _list(_STRING), (), append=True)
    exclude: tuple[str, ...] = _key("phrases that veto the metric when they occur near the number",
                                    _list(_STRING), (), append=True)
    tolerance: float = _key("relative slack around each value before comparing (0.05 = 5 percent)",
                            _number(0, 1), 0.05)
    drift_band: float = _key("relative gap still reported as drift rather than conflict",
                             _number(0, 1), 0.1)
    granularity: str = _key("coarsest period the metric is reported over",
                            _choice("year", "quarter", "month", "week", "day"), "year")
    cumulative: bool = _key("true for a running total ('since March'), which may only grow", _BOOL, False)
    examples: tuple[Example, ...] = _key("generic sentences and the claim of this metric each must yield",
                                         _list(_record(Example)), (), append=True)
    counterexamples: tuple[Counterexample, ...] = _key("generic sentences that must yield no claim of this "
                                                       "metric", _list(_record(Counterexample)), (), append=True)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One named thing (a country, a city, a gang) and the other ways articles write it."""

    name: str = _key("canonical name used in claims and reports, e.g. 'El Salvador'", _STRING)
    type: str = _key("what it is", _choice("country", "city", "region", "group", "organization",
                                           "person", "other"), "other")
    aliases: tuple[str, ...] = _key("other spellings and demonyms, e.g. 'Salvadoran'", _list(_STRING), (),
                                    append=True)
    part_of: tuple[str, ...] = _key("names of larger entities it belongs to, e.g. 'Central America'",
                                    _list(_STRING), (), append=True)
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class EntitySet:
    """A topic's entities and how their names are matched in text."""

    id: str = _key("set id; must equal the file stem (entities/<id>.yaml)", _ID)
    match: str = _key("exact: names and aliases match case-insensitively; fuzzy: rapidfuzz above "
                      "threshold", _choice("exact", "fuzzy"), "exact")
    threshold: int = _key("minimum rapidfuzz score (0..100) for a fuzzy match", _whole(0, 100), 90)
    entities: tuple[Entity, ...] = _key("the entities of this set", _list(_record(Entity)), append=True)
    examples: tuple[Example, ...] = _key("generic sentences and a claim each must yield (give its subject)",
                                         _list(_record(Example)), (), append=True)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class EventKind:
    """A kind of dated occurrence (a truce ended, a state of emergency declared)."""

    id: str = _key("event id; must equal the file stem (events/<id>.yaml)", _ID)
    name: str = _key("human name shown in reports, e.g. 'truce ended'", _STRING)
    description: str = _key("what counts as this event, in a sentence or two", _STRING, "")
    objects: tuple[str, ...] = _key("nouns or phrases the event is about, e.g. 'truce'", _list(_STRING),
                                    append=True)
    verbs: tuple[str, ...] = _key("verb forms that signal it, e.g. 'collapsed', 'dismantled'",
                                  _list(_STRING), append=True)
    granularity: str = _key("precision at which two dates of it must agree",
                            _choice("year", "month", "day"), "day")
    related: tuple[str, ...] = _key("ids of related event kinds (shown together)", _list(_ID), (),
                                    append=True)
    same_as: tuple[str, ...] = _key("ids of event kinds that denote the same occurrence", _list(_ID), (),
                                    append=True)
    recurring: bool = _key("true when it happens again and again (arrests): dates are listed, not compared",
                           _BOOL, False)
    examples: tuple[Example, ...] = _key("generic sentences and the claim of this event each must yield",
                                         _list(_record(Example)), (), append=True)
    counterexamples: tuple[Counterexample, ...] = _key("generic sentences that must yield no claim of this "
                                                       "event", _list(_record(Counterexample)), (), append=True)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it
    where: str = _where()


@dataclass(frozen=True, slots=True, kw_only=True)
class Boilerplate:
    """Text that is page furniture, not evidence: it yields no claims."""

    id: str = _key("rule id; must equal the file stem (boilerplate.yaml -> boilerplate)", _ID)
    paragraph_markers: tuple[str, ...] = _key("regexes; a paragraph matching one is dropped",
                                              _list(_REGEX), append=True)
    tail_markers: tuple[str, ...] = _key("regexes; a paragraph matching one ends the article text",
                                         _list(_REGEX), append=True)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckDoc:
    """What one check does, in Ruff's fixed sections; reports reuse it (SARIF rule help)."""

    summary: str = _key("one line: what a finding of this check means", _STRING)
    what: str = _key("what it checks, in a sentence or two", _STRING)
    why: str = _key("why it matters to a fact-checker", _STRING, "")
    example: str = _key("generic sentences it flags, written for the doc (never article text)", _STRING, "")
    not_flagged: str = _key("what it leaves alone on purpose", _STRING, "")
    tags: tuple[str, ...] = _key("groups it belongs to, e.g. quantity, event, arithmetic", _list(_STRING), ())
    where: str = _where()

    def sections(self) -> list[tuple[str, str]]:
        """The non-empty sections under their titles, as reports and ``explain`` print them."""
        return [(title, body) for title, body in (("What it checks", self.what), ("Why it matters", self.why),
                                                  ("Example", self.example), ("Not flagged", self.not_flagged))
                if body]


def _check_doc_map(node: Node, f: YamlFile, key: str) -> dict[str, CheckDoc]:
    """``descriptions:``: kebab-case check id -> its documentation."""
    pairs = mapping_pairs(node, f, key)
    return {_CHECK_ID.convert(k, f, key): _build(CheckDoc, v, f, name) for name, (k, v) in pairs.items()}


_CHECK_DOC_MAP = _Type("mapping of kebab-case check id -> {" + ", ".join(fl.name for fl in _keys(CheckDoc)) + "}",
                       _check_doc_map, CheckDoc)


@dataclass(frozen=True, slots=True, kw_only=True)
class Checks:
    """Which checks run, at which severity (project config may re-level them)."""

    id: str = _key("always 'checks' (the file is checks.yaml)", _choice("checks"))
    checks: dict = _key("check id -> severity; off disables the check", _SEVERITY_MAP, append=True,
                        hash_=False)
    descriptions: dict = _key("check id -> what the check does, shown in reports' rule help", _CHECK_DOC_MAP,
                              {}, append=True, hash_=False)
    origin: tuple[str, ...] = field(default=(), compare=False)  # files that defined/extended it


# --------------------------------------------------------------------------------------------
# Generic building from nodes.


def mapping_pairs(node: Node, f: YamlFile, key: str) -> dict[str, tuple[Node, Node]]:
    """A mapping node's entries by key text; duplicate or non-scalar keys are errors."""
    if not isinstance(node, MappingNode):
        raise f.error(node, key, f"expected a mapping, got {_describe(node)}")
    out: dict[str, tuple[Node, Node]] = {}
    for k, v in node.value:
        if not isinstance(k, ScalarNode) or k.tag == _NULL_TAG:
            raise f.error(k, key, f"keys must be plain words, got {_describe(k)}")
        if k.value in out:
            first = out[k.value][0].start_mark.line + 1
            raise f.error(k, k.value, f"duplicate key (first given on line {first})")
        out[k.value] = (k, v)
    return out


def _unknown_key(f: YamlFile, knode: Node, known: Sequence[str]) -> LocatedError:
    return f.error(knode, knode.value, "unknown key" + did_you_mean(knode.value, known, "known keys"))


def _build(cls: type, node: Node, f: YamlFile, key: str, ignore: Sequence[str] = ()) -> Any:
    """Validate a mapping against ``cls``'s keys and construct it (first problem in file order)."""
    pairs = mapping_pairs(node, f, key)
    schema = {fl.name: fl for fl in _keys(cls)}
    values: dict[str, Any] = {}
    for name, (knode, vnode) in pairs.items():
        if name in ignore:
            continue
        if name not in schema:
            raise _unknown_key(f, knode, [*ignore, *schema])
        values[name] = schema[name].metadata["type"].convert(vnode, f, name)
    for name, fl in schema.items():
        if name not in values and _required(fl):
            raise f.error(node, name, "required key missing")
    if "where" in cls.__dataclass_fields__:
        values["where"] = f"{f.display}:{node.start_mark.line + 1}"
    return cls(**values)


def _parse_metric(node: Node, f: YamlFile) -> Metric:
    metric = _build(Metric, node, f, "", ignore=("kind",))
    if not metric.terms and not metric.nouns:
        where = mapping_pairs(node, f, "").get("terms", (None, node))[1]
        raise f.error(where, "terms", "a metric needs at least one of terms or nouns")
    return metric


def _parse_entities(node: Node, f: YamlFile) -> EntitySet:
    return _build(EntitySet, node, f, "", ignore=("kind",))


def _parse_event(node: Node, f: YamlFile) -> EventKind:
    return _build(EventKind, node, f, "", ignore=("kind",))


def _parse_boilerplate(node: Node, f: YamlFile) -> Boilerplate:
    return _build(Boilerplate, node, f, "", ignore=("kind",))


def _parse_checks(node: Node, f: YamlFile) -> Checks:
    return _build(Checks, node, f, "", ignore=("kind",))


# The one dispatch table: the first key ``kind:`` of a rule file selects the schema and parser.
KINDS: dict[str, tuple[type, Callable[[Node, YamlFile], Any]]] = {
    "metric": (Metric, _parse_metric),
    "entities": (EntitySet, _parse_entities),
    "event": (EventKind, _parse_event),
    "boilerplate": (Boilerplate, _parse_boilerplate),
    "checks": (Checks, _parse_checks),
}


# --------------------------------------------------------------------------------------------
# Packs and the result.


@dataclass(frozen=True, slots=True)
class Pack:
    """One rule folder's identity, from its ``pack.toml`` (optional for user packs)."""

    name: str  # pack.toml `name`; the folder name when there is no pack.toml
    version: str  # pack.toml `version` (dotted numbers); "unversioned" when there is no pack.toml
    min_checker: str  # pack.toml `min_checker`: oldest checker version that reads this pack; "" = any
    path: Path  # the folder, resolved


@dataclass(frozen=True)
class RuleSet:
    """Every rule of every pack, layered and validated; immutable once built."""

    metrics: dict[str, Metric]  # metric id -> Metric, sorted by id
    entity_sets: dict[str, EntitySet]  # entity-set id -> EntitySet, sorted by id
    entities: tuple[Entity, ...]  # all entities of all sets, flattened, set by set
    events: dict[str, EventKind]  # event id -> EventKind, sorted by id
    boilerplate: Boilerplate  # markers of every boilerplate rule, merged in load order
    checks: dict[str, str]  # check id -> severity (error | warning | info | off), sorted by id
    pack_name: str  # pack names joined with "+", in layering order
    pack_version: str  # pack versions joined with "+", in layering order
    digest: str  # sha256 hex over every loaded file (pack order, then relative path, bytes)
    files: tuple[Path, ...]  # every file loaded, resolved, in load order
    packs: tuple[Pack, ...] = ()  # each pack's identity, in layering order
    check_docs: dict[str, CheckDoc] = field(default_factory=dict)  # check id -> documentation, sorted by id
    _aliases: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def label(self) -> str:
        """"name@version" of the layered packs, as report headers print it."""
        return f"{self.pack_name}@{self.pack_version}"

    def alias_index(self) -> dict[str, str]:
        """Lower-cased name or alias -> canonical entity name. Built (and checked) at load time."""
        return self._aliases

    def level(self, check: str) -> str:
        """A check's level (error | warning | info | off): checks.yaml's, re-levelled by the
        project's config; a check neither names is an error."""
        return self.checks.get(check, "error")

    def rule_file(self, rule_id: str | None) -> str | None:
        """The file that defines a metric or event kind, as reports name it (the file a reader
        opens to see why a finding was made); None for a generic metric no rule names."""
        rule = self.metrics.get(rule_id or "") or self.events.get(rule_id or "")
        return rule.origin[0] if rule is not None and rule.origin else None

    def relevelled(self, levels: dict[str, str]) -> RuleSet:
        """These rules with checks at the levels a project's config gives them (``[checks]``),
        over those of checks.yaml. Claims do not depend on levels, so the digest stays; the cache
        keys each judgement by its check's level instead (``store.block_key``)."""
        if not levels:
            return self
        return replace(self, checks=dict(sorted({**self.checks, **levels}.items())))


def default_pack() -> Path:
    """The default rule pack, which every run layers first: the copy an installed package holds
    (``checker/rules``, see pyproject.toml), else the repository's own ``rules/`` beside the
    package (a source checkout or an editable install)."""
    package = Path(__file__).resolve().parent
    for path in (package / "rules", package.parent / "rules"):
        if path.is_dir():
            return path
    raise CheckerError(f"the default rule pack is missing: expected a folder at {package / 'rules'} "
                       f"or {package.parent / 'rules'}")


# --------------------------------------------------------------------------------------------
# Loading.


@dataclass
class _Parsed:
    """One rule file after validation, before layering."""

    kind: str
    rule_id: str
    rule: Any  # the dataclass (a full rule, or a partial one holding only the appended keys)
    extends: bool
    f: YamlFile
    root: MappingNode


@dataclass
class _Acc:
    """What the packs so far have defined; mutated only while loading."""

    rules: dict[str, dict[str, Any]] = field(default_factory=lambda: {k: {} for k in KINDS})
    where: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> defining file
    aliases: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> canonical name
    alias_where: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> file
    entity_set_of: dict[str, str] = field(default_factory=dict)  # canonical name -> set id
    refs: list[tuple[YamlFile, Node, str, str]] = field(default_factory=list)  # event id references
    files: list[Path] = field(default_factory=list)
    packs: list[Pack] = field(default_factory=list)


def load_rules(packs: Sequence[Path]) -> RuleSet:
    """Load rule folders in order; later packs add ids or ``extends:`` earlier ones.

    Raises RuleError on the first problem, so a broken pack never half-applies.
    """
    acc = _Acc()
    digest = hashlib.sha256()
    for index, pack in enumerate(packs):
        _load_pack(Path(pack), index, acc, digest)
    for f, node, key, ref in acc.refs:
        if ref not in acc.rules["event"]:
            raise f.error(node, key, f"unknown event id '{ref}'" + did_you_mean(ref, sorted(acc.rules["event"])))
    sets = dict(sorted(acc.rules["entities"].items()))
    boilerplate = Boilerplate(id="boilerplate", paragraph_markers=(), tail_markers=())
    for rule in acc.rules["boilerplate"].values():
        boilerplate = replace(_merge(boilerplate, rule), origin=boilerplate.origin + rule.origin)
    checks: dict[str, str] = {}
    check_docs: dict[str, CheckDoc] = {}
    for rule in acc.rules["checks"].values():
        checks.update(rule.checks)
        check_docs.update(rule.descriptions)
    return RuleSet(
        metrics=dict(sorted(acc.rules["metric"].items())),
        entity_sets=sets,
        entities=tuple(e for s in sets.values() for e in s.entities),
        events=dict(sorted(acc.rules["event"].items())),
        boilerplate=boilerplate,
        checks=dict(sorted(checks.items())),
        pack_name="+".join(p.name for p in acc.packs),
        pack_version="+".join(p.version for p in acc.packs),
        digest=digest.hexdigest(),
        files=tuple(acc.files),
        packs=tuple(acc.packs),
        check_docs=dict(sorted(check_docs.items())),
        _aliases=dict(sorted(acc.aliases.items())),
    )


def _load_pack(root: Path, index: int, acc: _Acc, digest: Any) -> None:
    if not root.is_dir():
        raise RuleError(str(root), 0, 0, "", "no such rule pack folder")
    root = root.resolve()
    paths = sorted((p for p in root.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml")
                    and not any(part.startswith(".") for part in p.relative_to(root).parts)),
                   key=lambda p: p.relative_to(root).as_posix())
    toml = root / "pack.toml"
    loaded = ([toml] if toml.is_file() else []) + paths
    # Read each file once, so the digest describes exactly the bytes that were parsed.
    data = {path: path.read_bytes() for path in loaded}
    for path in sorted(loaded, key=lambda p: p.relative_to(root).as_posix()):
        rel = path.relative_to(root).as_posix().encode()
        digest.update(b"%d\0%s\0%d\0" % (index, rel, len(data[path])))
        digest.update(data[path])
    display = {path: f"{root.name}/{path.relative_to(root).as_posix()}" for path in loaded}
    acc.packs.append(_read_pack_toml(display[toml], _decode(data[toml], display[toml]), root)
                     if toml.is_file() else Pack(root.name, "unversioned", "", root))
    parsed = [_read_rule_file(path, YamlFile(display[path], _decode(data[path], display[path])))
              for path in paths]
    # Definitions first, then extensions, so a pack may extend its own rules in any file order.
    for item in [p for p in parsed if not p.extends] + [p for p in parsed if p.extends]:
        _register(item, acc)
    acc.files.extend(loaded)


def _decode(data: bytes, display: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise RuleError(display, line, column, "", f"not UTF-8 text (byte 0x{data[exc.start]:02x})") from None


# libyaml's composer is several times faster than PyYAML's and keeps the same node marks.
_C_LOADER = getattr(yaml, "CSafeLoader", None)


def _compose(text: str) -> Node | None:
    """Compose with libyaml when present; a document it rejects is read again by PyYAML, whose
    error wording and position are the ones rule errors quote."""
    if _C_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_C_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _read_rule_file(path: Path, f: YamlFile) -> _Parsed:
    """Compose, dispatch on ``kind:``, validate; check that the file stem is the id."""
    try:
        root = _compose(f.text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problem = exc.problem or exc.context or "invalid YAML"
        raise RuleError.at(f.display, f.text, line, column, "", f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise RuleError(f.display, 0, 0, "", f"invalid YAML: {exc}") from None
    if root is None:
        raise RuleError(f.display, 0, 0, "", "empty rule file; it must start with kind:")
    pairs = mapping_pairs(root, f, "")
    first_key, kind_node = root.value[0] if root.value else (root, None)
    if first_key.value != "kind" or kind_node is None:
        raise f.error(first_key, "kind", f"the first key must be kind: (one of {', '.join(KINDS)})")
    kind = _choice(*KINDS).convert(kind_node, f, "kind")
    cls, parser = KINDS[kind]
    if "extends" in pairs:
        rule, rule_id = _parse_extension(cls, root, pairs, f), _ID.convert(pairs["extends"][1], f, "extends")
        if "id" in pairs and pairs["id"][1].value != rule_id:
            raise f.error(pairs["id"][1], "id", f"an extending file's id must be its extends: '{rule_id}'")
        where_node, where_key = (pairs.get("id") or pairs["extends"])[1], "id" if "id" in pairs else "extends"
    else:
        rule = parser(root, f)
        rule_id, where_node, where_key = rule.id, pairs["id"][1], "id"
    if path.stem != rule_id:
        raise f.error(where_node, where_key, f"'{rule_id}' does not match the file name '{path.name}' "
                      f"(a rule file is named after its id: {rule_id}{path.suffix})")
    return _Parsed(kind, rule_id, rule, "extends" in pairs, f, root)


def _parse_extension(cls: type, root: MappingNode, pairs: dict, f: YamlFile) -> dict[str, Any]:
    """An ``extends:`` file: only appendable keys, converted with the kind's own types."""
    appendable = {fl.name: fl for fl in _keys(cls) if fl.metadata["append"]}
    schema = {fl.name for fl in _keys(cls)}
    values: dict[str, Any] = {}
    for name, (knode, vnode) in pairs.items():
        if name in ("kind", "extends", "id"):
            continue
        if name in schema and name not in appendable:
            raise f.error(knode, name, "extends can only add to " + ", ".join(appendable)
                          + f"; '{name}' stays as the extended rule defines it")
        if name not in appendable:
            raise _unknown_key(f, knode, ["kind", "extends", "id", *appendable])
        values[name] = appendable[name].metadata["type"].convert(vnode, f, name)
    return values


def _register(item: _Parsed, acc: _Acc) -> None:
    """Add a definition or apply an extension; index entities and queue event references."""
    table, key = acc.rules[item.kind], (item.kind, item.rule_id)
    pairs = mapping_pairs(item.root, item.f, "")
    if item.extends:
        if item.rule_id not in table:
            raise item.f.error(pairs["extends"][1], "extends",
                               f"no {item.kind} '{item.rule_id}' in this or an earlier pack"
                               + did_you_mean(item.rule_id, sorted(table)))
        base = table[item.rule_id]
        merged = _merge(base, item.rule)
        table[item.rule_id] = replace(merged, origin=base.origin + (item.f.display,))
    else:
        if item.rule_id in table:
            raise item.f.error(pairs["id"][1], "id",
                               f"{item.kind} '{item.rule_id}' is already defined in {acc.where[key]}; "
                               f"use extends: {item.rule_id} to add to it")
        table[item.rule_id] = replace(item.rule, origin=(item.f.display,))
        acc.where[key] = item.f.display
    if item.kind == "entities" and "entities" in pairs:
        _index_entities(item, pairs["entities"][1], acc)
    if item.kind == "event":
        for field_name in ("related", "same_as"):
            if field_name in pairs:
                acc.refs.extend((item.f, node, field_name, node.value) for node in pairs[field_name][1].value)


def _merge(base: Any, add: Any) -> Any:
    """Append ``add``'s list keys to ``base`` (no duplicates); entities merge by name; maps overlay."""
    add = add if isinstance(add, dict) else {fl.name: getattr(add, fl.name) for fl in _keys(type(add))
                                             if fl.metadata["append"]}
    changes: dict[str, Any] = {}
    for name, extra in add.items():
        old = getattr(base, name)
        if isinstance(old, dict):
            changes[name] = {**old, **extra}
        elif name == "entities":
            by_name = {e.name: e for e in old}
            for entity in extra:
                by_name[entity.name] = _merge(by_name[entity.name], entity) if entity.name in by_name else entity
            changes[name] = tuple(by_name.values())
        else:
            changes[name] = old + tuple(x for x in dict.fromkeys(extra) if x not in old)
    return replace(base, **changes)


def _index_entities(item: _Parsed, seq: SequenceNode, acc: _Acc) -> None:
    """Map every name and alias to its canonical name; one alias may not name two entities."""
    f, set_id = item.f, item.rule_id
    seen: set[str] = set()
    for entry in seq.value:
        pairs = mapping_pairs(entry, f, "entities")
        name_node = pairs["name"][1]
        name = name_node.value
        if name in seen:
            raise f.error(name_node, "name", f"'{name}' is listed twice in this file")
        seen.add(name)
        owner = acc.entity_set_of.setdefault(name, set_id)
        if owner != set_id:
            raise f.error(name_node, "name", f"entity '{name}' is already defined in entity set "
                          f"'{owner}'; use extends: {owner} to add aliases to it")
        nodes = [("name", name_node)]
        if "aliases" in pairs:
            nodes += [("aliases", node) for node in pairs["aliases"][1].value]
        for key, node in nodes:
            alias = node.value.lower()
            known = acc.aliases.setdefault(alias, name)
            if known != name:
                raise f.error(node, key, f"'{node.value}' already names '{known}' "
                              f"(in {acc.alias_where[alias]})")
            acc.alias_where.setdefault(alias, f.display)


_VERSION = re.compile(r"\d+(?:\.\d+)*")


def _read_pack_toml(display: str, text: str, root: Path) -> Pack:
    """``name``, ``version``, ``min_checker``; tomllib has no positions, so keys are found by text."""

    def error(key: str, problem: str) -> RuleError:
        match = re.search(rf"(?m)^[ \t]*({re.escape(key)})[ \t]*=", text) if key else None
        if not match:
            return RuleError(display, 0, 0, key, problem)
        line = text.count("\n", 0, match.start(1)) + 1
        column = match.start(1) - (text.rfind("\n", 0, match.start(1)) + 1) + 1
        return RuleError.at(display, text, line, column, key, problem)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, column = (int(found[1]), int(found[2])) if found else (0, 0)
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise RuleError.at(display, text, line, column, "", f"invalid TOML: {problem}") from None
    known = ("name", "version", "min_checker")
    for key in data:
        if key not in known:
            raise error(key, "unknown key" + did_you_mean(key, known, "known keys"))
    for key in ("name", "version"):
        if key not in data:
            raise error("", f"{key}: required key missing")
    for key in known:
        value = data.get(key, "")
        if not isinstance(value, str) or (key == "name" and not value.strip()):
            raise error(key, f"expected a non-empty string, got {value!r}")
        if key != "name" and value and not _VERSION.fullmatch(value):
            raise error(key, f"expected a version like '0.1.0', got '{value}'")
    running = _checker_version()
    if data.get("min_checker") and running and _version(running) < _version(data["min_checker"]):
        raise error("min_checker", f"this pack needs checker {data['min_checker']} or newer; "
                    f"this is checker {running}")
    return Pack(data["name"], data["version"], data.get("min_checker", ""), root)


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in _VERSION.match(text)[0].split("."))


def _checker_version() -> str | None:
    """The running checker's version, or None when it cannot be told (then min_checker is not enforced)."""
    try:
        from checker import __version__  # late: the package may re-export this module
        return str(__version__)
    except (ImportError, AttributeError):
        pass
    try:
        from importlib.metadata import PackageNotFoundError, version
        return version("checker")
    except (ImportError, PackageNotFoundError):
        return None


# --------------------------------------------------------------------------------------------
# Self-documentation.


def as_yaml(value: Any) -> str:
    """A value as a rule file writes it (``true``, ``[a, b]``, ``40``); ``any`` for an unset key."""
    if value is None:
        return "any"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[]" if not value else "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, dict):
        return "{}" if not value else "{" + ", ".join(value) + "}"
    if value == "":
        return '""'
    return f"{value:g}" if isinstance(value, float) else str(value)


def _explain_fields(cls: type, indent: str) -> list[str]:
    out = []
    for fl in _keys(cls):
        meta = fl.metadata
        default = " (required)" if _required(fl) else f" = {as_yaml(_default(fl))}"
        extends = "" if not meta["append"] else {
            _SEVERITY_MAP: "; extends adds or re-levels entries",
            _CHECK_DOC_MAP: "; extends adds or replaces entries"}.get(meta["type"], "; extends appends")
        out.append(f"{indent}{fl.name}: {meta['type'].label}{default}")
        out.append(f"{indent}    {meta['doc']}{extends}")
        if meta["type"].record:
            out.extend(_explain_fields(meta["type"].record, indent + "    "))
    return out


def explain(name: str, rules: RuleSet | None = None) -> str:
    """A rule kind's keys (type, default, meaning, read from the schema itself), or one rule of
    the loaded ``rules`` by id: a metric, event, entity set, entity (name or alias) or check."""
    if name in KINDS:
        return _explain_kind(name)
    lines = _explain_rule(name, rules) if rules else None
    if lines is None:
        ids = [*rules.metrics, *rules.events, *rules.entity_sets, *(e.name for e in rules.entities),
               *rules.checks] if rules else []
        raise CheckerError(f"no rule kind or rule id '{name}' (kinds: {', '.join(KINDS)}; "
                           "`checker rules list` lists the ids)" + did_you_mean(name, [*KINDS, *ids]))
    return "\n".join(lines) + "\n"


def _explain_rule(name: str, rules: RuleSet) -> list[str] | None:
    """The lines ``explain`` prints for the rule ``name`` names, or None when none does."""
    if name in rules.checks or name in rules.check_docs:
        doc = rules.check_docs.get(name)
        lines = [f"check {name}" + (f" — {doc.summary}" if doc else ""),
                 f"  level: {rules.checks.get(name, 'error')} (of its conflicts; drift is one level milder)"]
        if doc:
            lines.append(f"  defined in {doc.where}")
            lines.extend(line for title, body in doc.sections() for line in _wrapped(f"{title}: {body}"))
        return lines
    for kind, table in (("metric", rules.metrics), ("event", rules.events), ("entities", rules.entity_sets)):
        if name in table:
            rule = table[name]
            return [f"{kind} {name}" + (f" — {rule.name}" if kind != "entities" else ""),
                    *(_wrapped(rule.description) if kind != "entities" and rule.description else ()),
                    *_explain_values(rule, skip=("id", "name", "description"))]
    canonical = rules.alias_index().get(name.lower())
    for entity_set in rules.entity_sets.values():
        for entity in entity_set.entities:
            if entity.name == canonical:
                return [f"entity {entity.name} — in entity set {entity_set.id}",
                        *_explain_values(entity, skip=("name",))]
    return None


def _explain_values(rule: Any, skip: Sequence[str]) -> list[str]:
    """Where ``rule`` is defined (and extended), then its keys' values and its examples."""
    extended = getattr(rule, "origin", ())[1:]
    lines = [f"  defined in {rule.where}" + (f"; extended in {', '.join(extended)}" if extended else "")]
    for fl in _keys(type(rule)):
        value = getattr(rule, fl.name)
        if fl.name in skip or fl.name in ("examples", "counterexamples"):
            continue
        shown = as_yaml(tuple(e.name for e in value) if fl.name == "entities" else value)
        lines.append(f"  {fl.name}: {shown}")
    for example in getattr(rule, "examples", ()):
        given = ", ".join(f"{key}: {as_yaml(value)}" for key, value in example.expect.given().items())
        lines.append(f'  example ({example.where}): "{example.text}" -> {{{given}}}')
    for counter in getattr(rule, "counterexamples", ()):
        lines.append(f'  counterexample ({counter.where}): "{counter.text}" -> no claim')
    return lines


def _wrapped(text: str) -> list[str]:
    """A paragraph of rule documentation as indented lines."""
    return textwrap.wrap(text, width=100, initial_indent="  ", subsequent_indent="    ")


def _explain_kind(kind: str) -> str:
    cls = KINDS[kind][0]
    lines = [f"kind: {kind} — {cls.__doc__.splitlines()[0]}",
             f"  kind: {kind} (required, first key)",
             "      selects this schema",
             "  extends: snake_case id (optional)",
             "      add to a rule of an earlier pack instead of defining a new one; only the keys"
             " marked 'extends appends' may be given"]
    lines.extend(_explain_fields(cls, "  "))
    if kind == "metric":
        lines.append("  (at least one of terms or nouns must be non-empty)")
    return "\n".join(lines) + "\n"
