"""Load rule packs (folders of YAML rule files) into one immutable, validated ``RuleSet``.

One job: turn ``rules/`` (and any user packs layered over it) into frozen dataclasses, or stop
with a ``RuleError`` that names ``file:line:col: field: problem`` and shows the offending line.
Each file is read with positions (``checker.yamlnodes``) and validated against its kind's schema
(``checker.rulekinds``); this module layers the packs (definitions, then ``extends:``), checks
what spans files (ids named after their files, aliases naming one entity, event references)
and assembles the ``RuleSet``. ``checker.ruleexplain`` prints the schema and loaded rules.

Costs: every ``.yaml``/``.yml`` file of every pack is read and composed once per ``load_rules``
call (PyYAML's node API over libyaml, under a millisecond per file; the pure-Python composer,
a few milliseconds per file, when libyaml is missing); nothing is cached across
calls — callers that load more than once should keep the ``RuleSet``. Regexes are compiled once
to validate them (``patterns.compile`` keeps them for later use). ``RuleSet.alias_index()`` is
built during loading, so calling it is free. ``digest`` hashes every loaded file's bytes, for
cache keys. A word list given per language (``rulekinds.Localized``) holds every language's words;
``RuleSet.in_language`` gives the rules a document in one language reads, built once per code.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, SequenceNode

from checker import lang, patterns
from checker.errors import CheckerError, RuleError, UsageError, did_you_mean
from checker.ruleexplain import as_yaml, explain
from checker.rulekinds import (
    ID,
    KINDS,
    SEVERITIES,
    Boilerplate,
    CheckDoc,
    Checks,
    Counterexample,
    Entity,
    EntitySet,
    EventKind,
    Example,
    Expect,
    Localized,
    Metric,
    joined,
)
from checker.yamlnodes import YamlFile, choice, compose, mapping_pairs, schema_keys, unknown_key

__all__ = [
    "KINDS",
    "SEVERITIES",
    "Boilerplate",
    "CheckDoc",
    "Checks",
    "Counterexample",
    "Entity",
    "EntitySet",
    "EventKind",
    "Example",
    "Expect",
    "Metric",
    "Pack",
    "RuleSet",
    "as_yaml",
    "default_pack",
    "explain",
    "load_rules",
]


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
    _views: dict[str, RuleSet] = field(default_factory=dict, repr=False, compare=False)  # in_language, per code

    @property
    def label(self) -> str:
        """"name@version" of the layered packs, as report headers print it."""
        return f"{self.pack_name}@{self.pack_version}"

    def alias_index(self) -> dict[str, str]:
        """Lower-cased name or alias -> canonical entity name. Built (and checked) at load time."""
        return self._aliases

    def in_language(self, code: str) -> RuleSet:
        """The rules as a document in language ``code`` reads them: each word list given per language
        narrowed to its `all` words and that language's (a language with no pack reads the default
        language's). Built once per code; the rules themselves when no list is given per language."""
        code = code if code in lang.available() else lang.DEFAULT
        view = self._views.get(code)
        if view is None:
            view = self._views[code] = _narrowed(self, code)
        return view

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

    def selected(self, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> RuleSet:
        """These rules with only the checks ``select`` names running (all when empty), less those
        ``ignore`` names (``--select``/``--ignore``). A selector is a check id or a tag of its
        description (quantity, event, arithmetic); an unknown one is a UsageError."""
        if not select and not ignore:
            return self
        groups = {cid: {cid, *(self.check_docs[cid].tags if cid in self.check_docs else ())} for cid in self.checks}
        known = sorted(set().union(*groups.values()))
        for word in (*select, *ignore):
            if word not in known:
                raise UsageError(f"unknown check or tag '{word}'" + did_you_mean(word, known, "known"))
        off = {cid for cid, names in groups.items() if (select and not names & set(select)) or names & set(ignore)}
        return self.relevelled({cid: "off" for cid in sorted(off)})


def _narrowed(rules: RuleSet, code: str) -> RuleSet:
    """``rules`` with every per-language word list (``Localized``) reduced to what ``code`` reads."""
    def narrow(rule: Any) -> Any:
        changes = {fl.name: value.in_language(code) for fl in schema_keys(type(rule))
                   if isinstance(value := getattr(rule, fl.name), Localized)}
        if isinstance(rule, EntitySet) and any(map(_any_localized, rule.entities)):
            changes["entities"] = tuple(map(narrow, rule.entities))
        return replace(rule, **changes) if changes else rule

    rules_of = [*rules.metrics.values(), *rules.events.values(), *rules.entities]
    if not any(map(_any_localized, rules_of)):
        return rules
    sets = {sid: narrow(s) for sid, s in rules.entity_sets.items()}
    return replace(rules, metrics={mid: narrow(m) for mid, m in rules.metrics.items()},
                   events={eid: narrow(e) for eid, e in rules.events.items()}, entity_sets=sets,
                   entities=tuple(e for s in sets.values() for e in s.entities), _views={})


def _any_localized(rule: Any) -> bool:
    return any(isinstance(getattr(rule, fl.name), Localized) for fl in schema_keys(type(rule)))


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
    check_refs: list[tuple[YamlFile, Node, str]] = field(default_factory=list)  # check ids in checks files
    country_refs: list[tuple[YamlFile, Node]] = field(default_factory=list)  # entities' country values
    files: list[Path] = field(default_factory=list)
    packs: list[Pack] = field(default_factory=list)


def load_rules(packs: Sequence[Path], known_checks: Collection[str] | None = None) -> RuleSet:
    """Load rule folders in order; later packs add ids or ``extends:`` earlier ones.
    ``known_checks``: the check ids the engine has (``checker.checks.CHECKS``, which this stage
    may not import); a checks file naming another is an error at its key, so that every command
    (``check``, ``rules validate``, ``rules test``) refuses the same packs.

    Raises RuleError on the first problem, so a broken pack never half-applies.
    """
    acc = _Acc()
    digest = hashlib.sha256()
    for index, pack in enumerate(packs):
        _load_pack(Path(pack), index, acc, digest)
    for f, node, key, ref in acc.refs:
        kind = "metric" if key == "rate_of" else "event"
        if ref not in acc.rules[kind]:
            raise f.error(node, key, f"unknown {kind} id '{ref}'" + did_you_mean(ref, sorted(acc.rules[kind])))
    for f, node, key in acc.check_refs if known_checks is not None else ():
        if node.value not in known_checks:
            raise f.error(node, key, f"unknown check '{node.value}'" + did_you_mean(node.value, sorted(known_checks),
                                                                                   "known"))
    sets = dict(sorted(acc.rules["entities"].items()))
    _check_countries(acc.country_refs, {e.name: e.type for s in sets.values() for e in s.entities})
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


def _read_rule_file(path: Path, f: YamlFile) -> _Parsed:
    """Compose, dispatch on ``kind:``, validate; check that the file stem is the id."""
    try:
        root = compose(f.text)
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
    kind = choice(*KINDS).convert(kind_node, f, "kind")
    cls, parser = KINDS[kind]
    if "extends" in pairs:
        rule, rule_id = _parse_extension(cls, root, pairs, f), ID.convert(pairs["extends"][1], f, "extends")
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
    appendable = {fl.name: fl for fl in schema_keys(cls) if fl.metadata["append"]}
    schema = {fl.name for fl in schema_keys(cls)}
    values: dict[str, Any] = {}
    for name, (knode, vnode) in pairs.items():
        if name in ("kind", "extends", "id"):
            continue
        if name in schema and name not in appendable:
            raise f.error(knode, name, "extends can only add to " + ", ".join(appendable)
                          + f"; '{name}' stays as the extended rule defines it")
        if name not in appendable:
            raise unknown_key(f, knode, ["kind", "extends", "id", *appendable])
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
    if item.kind == "checks":
        acc.check_refs.extend((item.f, knode, name) for name in ("checks", "descriptions") if name in pairs
                              for knode, _ in pairs[name][1].value)
    if item.kind == "event":
        for field_name in ("related", "same_as", "ended_by"):
            if field_name in pairs:
                acc.refs.extend((item.f, node, field_name, node.value) for node in pairs[field_name][1].value)
    if item.kind == "metric" and "rate_of" in pairs:
        node = pairs["rate_of"][1]
        acc.refs.append((item.f, node, "rate_of", node.value))


def _merge(base: Any, add: Any) -> Any:
    """Append ``add``'s list keys to ``base`` (no duplicates); entities merge by name; maps overlay."""
    add = add if isinstance(add, dict) else {fl.name: getattr(add, fl.name) for fl in schema_keys(type(add))
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
            changes[name] = joined(old, extra)
    return replace(base, **changes)


def _check_countries(refs: list[tuple[YamlFile, Node]], types: dict[str, str]) -> None:
    """An organisation's ``country`` must name a loaded entity of type country."""
    countries = sorted(name for name, kind in types.items() if kind == "country")
    for f, node in refs:
        if types.get(node.value) != "country":
            raise f.error(node, "country", f"'{node.value}' is no entity of type country"
                          + did_you_mean(node.value, countries))


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
        if "country" in pairs:
            acc.country_refs.append((f, pairs["country"][1]))
        owner = acc.entity_set_of.setdefault(name, set_id)
        if owner != set_id:
            raise f.error(name_node, "name", f"entity '{name}' is already defined in entity set "
                          f"'{owner}'; use extends: {owner} to add aliases to it")
        nodes = [("name", name_node)]
        if "aliases" in pairs:
            given = pairs["aliases"][1]
            lists = [v for _, v in given.value] if isinstance(given, MappingNode) else [given]
            nodes += [("aliases", node) for words in lists for node in words.value]
        for key, node in nodes:
            alias = node.value.lower()
            known = acc.aliases.setdefault(alias, name)
            if known != name:
                raise f.error(node, key, f"'{node.value}' already names '{known}' "
                              f"(in {acc.alias_where[alias]})")
            acc.alias_where.setdefault(alias, f.display)


_VERSION = patterns.compile(r"\d+(?:\.\d+)*")
_TOML_POSITION = patterns.compile(r"\s*\(at line (\d+), column (\d+)\)")  # where tomllib says an error is


def _read_pack_toml(display: str, text: str, root: Path) -> Pack:
    """``name``, ``version``, ``min_checker``; tomllib has no positions, so keys are found by text."""

    def error(key: str, problem: str) -> RuleError:
        match = patterns.compile(rf"(?m)^[ \t]*({re.escape(key)})[ \t]*=").search(text) if key else None
        if not match:
            return RuleError(display, 0, 0, key, problem)
        line = text.count("\n", 0, match.start(1)) + 1
        column = match.start(1) - (text.rfind("\n", 0, match.start(1)) + 1) + 1
        return RuleError.at(display, text, line, column, key, problem)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION.search(str(exc))
        line, column = (int(found[1]), int(found[2])) if found else (0, 0)
        problem = _TOML_POSITION.sub("", str(exc))
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
