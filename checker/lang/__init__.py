"""Language packs: the words of one language, as data, behind one loader.

A pack is a folder ``checker/lang/<code>/`` of YAML files. Every table a pack must hold is declared
once, in ``schema.yaml`` beside this file (its file, its shape and what it is for), and the loader
refuses a pack that lacks one, holds one the schema does not know, or gives one the wrong shape:
a missing word table is an error that names it, never a silently poorer extraction. The grammar
modules (text, numbers, units, timex, claims) build their tables from a ``Pack``; none of them
holds a word of any language. ``lang/README.md`` documents the file grammar and the checklist for
adding a language.

A pack remembers which tables were read, so that a test can show that nothing in it goes unread.
Loaded once per process and language (``load``); a few milliseconds.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from checker.patterns import compile

__all__ = ["DEFAULT", "Pack", "PackError", "available", "code_of", "load", "read_pack", "table"]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HERE = Path(__file__).resolve().parent
DEFAULT = "en"  # the language of a source whose metadata names none

# The shapes a table may take (schema.yaml `shape:`), each with the test that a value has it.
_SHAPES = {
    "words": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    "map": lambda v: isinstance(v, dict) and all(isinstance(k, str) for k in v),
    "groups": lambda v: isinstance(v, dict) and all(
        isinstance(x, list) and all(isinstance(y, str) for y in x) for x in v.values()),
    "entries": lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v),
    "value": lambda v: isinstance(v, (str, int, float, bool)),
}


class PackError(Exception):
    """A language pack that does not match the schema: the run cannot extract in that language."""


class Pack:
    """The tables of one language. ``pack["months"]`` reads a table (and records that it was read)."""

    def __init__(self, code: str, name: str, tables: dict[str, Any], folder: Path):
        self.code, self.name, self.folder = code, name, folder
        self._tables = tables
        self._read: set[str] = set()

    def __getitem__(self, table: str) -> Any:
        if table not in self._tables:
            raise KeyError(f"language pack {self.code!r} has no table {table!r} (see checker/lang/schema.yaml)")
        self._read.add(table)
        return self._tables[table]

    def unread(self) -> list[str]:
        """The tables no grammar has asked for yet."""
        return sorted(set(self._tables) - self._read)

    def __repr__(self) -> str:
        return f"Pack({self.code!r})"


@cache
def schema() -> dict[str, dict]:
    """Every table a pack holds: {name: {file, shape, doc}} (schema.yaml)."""
    return yaml.load((HERE / "schema.yaml").read_text(encoding="utf-8"), Loader=_Loader)


@cache
def available() -> tuple[str, ...]:
    """The codes of the packs that ship with checker (looked up once: loading the rules asks
    for every localized word list)."""
    return tuple(sorted(p.parent.name for p in HERE.glob("*/pack.yaml")))


_loaded: dict[str, Pack] = {}  # the packs ``load`` has read, by code


def load(code: str) -> Pack:
    """The pack for ``code`` ("en"), loaded once per process."""
    pack = _loaded.get(code)
    if pack is None:
        folder = HERE / code
        if not (folder / "pack.yaml").is_file():
            raise PackError(f"no language pack {code!r} (available: {', '.join(available())})")
        pack = _loaded[code] = read_pack(folder)
    return pack


def table(code: str, name: str) -> Any:
    """The table ``name`` of the shipped pack ``code``: the loaded pack's, else read from the one file
    schema.yaml puts it in and checked for its shape. For a table read of every pack (the language
    vote's telltale words): a run in one language need not parse the others' packs (~25 ms each)."""
    if code in _loaded:
        return _loaded[code][name]
    spec = schema()[name]
    path = HERE / code / spec["file"]
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError):
        return load(code)[name]  # the whole pack's load says what is wrong
    if not isinstance(data, dict) or name not in data or not _SHAPES[spec["shape"]](data[name]):
        return load(code)[name]
    return data[name]


@cache
def words(code: str, name: str) -> frozenset[str]:
    """The table ``name`` of pack ``code``, a list of single words, as a set in lower case."""
    return frozenset(w.lower() for w in load(code)[name])


@cache
def grouped(code: str, name: str) -> tuple[str, ...]:
    """Every item of the grouped table ``name`` of pack ``code``, whatever its group (``qualifiers``:
    every bound before a number, "al menos", "more than", ...)."""
    return tuple(item for group in load(code)[name].values() for item in group)


@cache
def phrases(code: str, name: str) -> tuple[str, ...]:
    """The table ``name`` of pack ``code``, a list of phrases, in lower case with single spaces."""
    return tuple(" ".join(w.lower().split()) for w in load(code)[name])


def read_pack(folder: Path) -> Pack:
    """Read and check the pack in ``folder``: a fresh Pack on every call (tests use it)."""
    folder = Path(folder)
    tables: dict[str, Any] = {}
    where: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
        except yaml.YAMLError as exc:
            raise PackError(f"{path}: not valid YAML: {exc}") from None
        if not isinstance(data, dict):
            raise PackError(f"{path}: expected a mapping of table names to tables")
        for name, value in data.items():
            if name in tables:
                raise PackError(f"{path}: table {name!r} is also in {where[name]}")
            tables[name], where[name] = value, path.name
    meta = {key: tables.pop(key, None) for key in ("code", "name")}
    if meta["code"] != folder.name:
        raise PackError(f"{folder / 'pack.yaml'}: code: expected {folder.name!r}, got {meta['code']!r}")
    declared = schema()
    for name, spec in declared.items():
        if name not in tables:
            raise PackError(f"{folder}: table {name!r} is missing (expected in {spec['file']}: {spec['doc']})")
        if where[name] != spec["file"]:
            raise PackError(f"{folder / where[name]}: table {name!r} belongs in {spec['file']}")
        if not _SHAPES[spec["shape"]](tables[name]):
            raise PackError(f"{folder / where[name]}: table {name!r}: expected {spec['shape']} (see lang/README.md)")
    unknown = sorted(set(tables) - set(declared))
    if unknown:
        raise PackError(f"{folder / where[unknown[0]]}: unknown table {unknown[0]!r} (declare it in checker/lang/schema.yaml)")
    return Pack(meta["code"], str(meta["name"] or meta["code"]), tables, folder)


_CODE = compile(r"[A-Za-z]{2,3}")
_SUBTAG = compile(r"[-_]")


def code_of(language: str | None) -> str:
    """The pack code for a source's ``language`` metadata: "en", "en-US", "EN_gb" -> "en"; none -> DEFAULT.
    Language names ("English") are matched against each pack's own name."""
    if not language or not language.strip():
        return DEFAULT
    text = language.strip()
    head = _SUBTAG.split(text, maxsplit=1)[0]
    if _CODE.fullmatch(head):
        return head.lower()
    for code in available():
        if load(code).name.lower() == text.lower():
            return code
    return text.lower()
