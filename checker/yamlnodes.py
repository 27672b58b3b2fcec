"""YAML read as nodes that keep their positions, and converted into frozen dataclasses.

Rule files and the suppressions file are read with PyYAML's node API, so that every error names
``file:line:col: key: problem`` and quotes the line. A file's schema is a dataclass whose fields
are declared with ``rule_key`` (the key's meaning, value type and default, in the field's
metadata); ``build`` validates a mapping node against it and constructs it, and each value type
(``ValueType``) converts one node or raises an error pointing at it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker import patterns
from checker.errors import LocatedError, RuleError, did_you_mean
from checker.regexrisk import backtracking_risk

NULL_TAG = "tag:yaml.org,2002:null"


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


def describe(node: Node) -> str:
    """How an error names what it found: ``'ten'``, ``null``, ``a list``, ``a mapping``."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    if node.tag == NULL_TAG:
        return "null"
    return f"'{node.value}'"


# --------------------------------------------------------------------------------------------
# Value types: each converts one YAML node or raises a RuleError pointing at it. The label is
# what explain() and README print as the key's type.


@dataclass(frozen=True, slots=True)
class ValueType:
    """A key's value type: the label people read and the converter the loader runs."""

    label: str
    convert: Callable[[Node, YamlFile, str], Any]
    record: type | None = None  # the nested rule class, for a mapping or list of mappings


def string_of(node: Node, f: YamlFile, key: str) -> str:
    """A scalar's text as written; ``off``/``yes``/``2015`` stay the words the author typed."""
    if not isinstance(node, ScalarNode) or node.tag == NULL_TAG or not node.value.strip():
        raise f.error(node, key, f"expected a non-empty string, got {describe(node)}")
    return node.value


STRING = ValueType("string", string_of)


def pattern(label: str, regex: str, what: str) -> ValueType:
    compiled = patterns.compile(regex)

    def convert(node: Node, f: YamlFile, key: str) -> str:
        value = string_of(node, f, key)
        if not compiled.fullmatch(value):
            raise f.error(node, key, f"expected {what}, got '{value}'")
        return value

    return ValueType(label, convert)


def choice(*values: str, open_ended: bool = False) -> ValueType:
    """One of ``values``; ``open_ended`` documents common values but accepts any string."""
    if open_ended:
        return ValueType(" | ".join(values) + " | another unit name", string_of)

    def convert(node: Node, f: YamlFile, key: str) -> str:
        value = node.value if isinstance(node, ScalarNode) and node.tag != NULL_TAG else None
        if value not in values:
            raise f.error(node, key, f"expected one of {', '.join(values)}, got {describe(node)}"
                          + (did_you_mean(value, values) if value else ""))
        return value

    return ValueType(" | ".join(values), convert)


def number(lo: float = float("-inf"), hi: float = float("inf")) -> ValueType:
    def convert(node: Node, f: YamlFile, key: str) -> float:
        if not isinstance(node, ScalarNode) or node.tag not in ("tag:yaml.org,2002:int",
                                                                "tag:yaml.org,2002:float"):
            raise f.error(node, key, f"expected a number, got {describe(node)}")
        value = float(SafeConstructor().construct_object(node))
        if not lo <= value <= hi:
            raise f.error(node, key, f"expected a number from {lo:g} to {hi:g}, got {node.value}")
        return value

    return ValueType(f"number {lo:g}..{hi:g}" if (lo, hi) != (float("-inf"), float("inf")) else "number", convert)


def whole(lo: int, hi: int) -> ValueType:
    def convert(node: Node, f: YamlFile, key: str) -> int:
        if not isinstance(node, ScalarNode) or node.tag != "tag:yaml.org,2002:int":
            raise f.error(node, key, f"expected a whole number, got {describe(node)}")
        value = int(SafeConstructor().construct_object(node))
        if not lo <= value <= hi:
            raise f.error(node, key, f"expected a whole number from {lo} to {hi}, got {node.value}")
        return value

    return ValueType(f"whole number {lo}..{hi}", convert)


def bool_of(node: Node, f: YamlFile, key: str) -> bool:
    if not isinstance(node, ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
        raise f.error(node, key, f"expected true or false, got {describe(node)}")
    return bool(SafeConstructor().construct_object(node))


BOOL = ValueType("true | false", bool_of)


def regex_of(node: Node, f: YamlFile, key: str) -> str:
    """A pattern that must compile now, so a typo fails at load time at its own line. Compiled
    (``patterns.compile``, which keeps it) with the flags ``text`` reads markers with. A pattern
    that may backtrack catastrophically is refused (``regexrisk``)."""
    value = string_of(node, f, key)
    try:
        patterns.compile(value, patterns.IGNORECASE | patterns.MULTILINE)
    except re.error as exc:
        raise f.error(node, key, f"invalid regular expression '{value}': {exc.msg} at position {exc.pos}")
    risk = backtracking_risk(value)
    if risk:
        raise f.error(node, key, f"regular expression '{value}' can take exponential time on some text ({risk}); "
                                 "write it so that no repeated part repeats again")
    return value


REGEX = ValueType("regular expression", regex_of)
DATE = pattern("date YYYY-MM-DD", r"\d{4}-\d{2}-\d{2}", "a date like '2019-01-01'")


def list_of(item: ValueType) -> ValueType:
    """A YAML sequence of ``item``; becomes a tuple so rules stay immutable."""
    label = "list of " + (item.label if item.record else item.label + "s")

    def convert(node: Node, f: YamlFile, key: str) -> tuple:
        if not isinstance(node, SequenceNode):
            hint = f"; write [{node.value}] for a one-item list" if isinstance(node, ScalarNode) \
                and node.tag != NULL_TAG else ""
            raise f.error(node, key, f"expected a {label}, got {describe(node)}{hint}")
        return tuple(item.convert(child, f, key) for child in node.value)

    return ValueType(label, convert, item.record)


def record(cls: type) -> ValueType:
    """A nested mapping with its own schema (an entity, an example)."""
    return ValueType("{" + ", ".join(fl.name for fl in schema_keys(cls)) + "}",
                     lambda node, f, key: build(cls, node, f, key), cls)


def rule_key(doc: str, type_: ValueType, default: Any = MISSING, *, append: bool = False,
             hash_: bool = True) -> Any:
    """Declare one rule key: its meaning, type, default, and whether ``extends`` appends to it.

    The metadata is the schema: the loader validates with it and ``explain`` prints it, so the
    two can never disagree. A mapping default becomes a factory (dataclasses refuse shared dicts).
    """
    metadata = {"doc": doc, "type": type_, "append": append}
    if isinstance(default, dict):
        return field(default_factory=lambda: dict(default), hash=hash_, metadata=metadata)
    return field(default=default, hash=hash_, metadata=metadata)


def schema_keys(cls: type) -> tuple:
    """The YAML keys of a rule class (fields that carry schema metadata), in declaration order."""
    return tuple(fl for fl in fields(cls) if "doc" in fl.metadata)


def required(fl) -> bool:
    return fl.default is MISSING and fl.default_factory is MISSING


def default_of(fl) -> Any:
    return fl.default if fl.default_factory is MISSING else fl.default_factory()


# --------------------------------------------------------------------------------------------
# Generic building from nodes.


def mapping_pairs(node: Node, f: YamlFile, key: str) -> dict[str, tuple[Node, Node]]:
    """A mapping node's entries by key text; duplicate or non-scalar keys are errors."""
    if not isinstance(node, MappingNode):
        raise f.error(node, key, f"expected a mapping, got {describe(node)}")
    out: dict[str, tuple[Node, Node]] = {}
    for k, v in node.value:
        if not isinstance(k, ScalarNode) or k.tag == NULL_TAG:
            raise f.error(k, key, f"keys must be plain words, got {describe(k)}")
        if k.value in out:
            first = out[k.value][0].start_mark.line + 1
            raise f.error(k, k.value, f"duplicate key (first given on line {first})")
        out[k.value] = (k, v)
    return out


def unknown_key(f: YamlFile, knode: Node, known: Sequence[str]) -> LocatedError:
    return f.error(knode, knode.value, "unknown key" + did_you_mean(knode.value, known, "known keys"))


def build(cls: type, node: Node, f: YamlFile, key: str, ignore: Sequence[str] = ()) -> Any:
    """Validate a mapping against ``cls``'s keys and construct it (first problem in file order)."""
    pairs = mapping_pairs(node, f, key)
    schema = {fl.name: fl for fl in schema_keys(cls)}
    values: dict[str, Any] = {}
    for name, (knode, vnode) in pairs.items():
        if name in ignore:
            continue
        if name not in schema:
            raise unknown_key(f, knode, [*ignore, *schema])
        values[name] = schema[name].metadata["type"].convert(vnode, f, name)
    for name, fl in schema.items():
        if name not in values and required(fl):
            raise f.error(node, name, "required key missing")
    if "where" in cls.__dataclass_fields__:
        values["where"] = f"{f.display}:{node.start_mark.line + 1}"
    return cls(**values)


# libyaml's composer is several times faster than PyYAML's and keeps the same node marks.
_C_LOADER = getattr(yaml, "CSafeLoader", None)


def compose(text: str) -> Node | None:
    """Compose with libyaml when present; a document it rejects is read again by PyYAML, whose
    error wording and position are the ones rule errors quote. PyYAML's composer recurses per
    level of nesting: a document nested too deeply for it gets libyaml's error (which says where
    its depth limit was passed), or one of its own."""
    rejected = None
    if _C_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_C_LOADER)
        except yaml.YAMLError as exc:
            rejected = exc
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise rejected or yaml.YAMLError("nested too deeply") from None
