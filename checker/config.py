"""Project configuration: ``[tool.checker]`` in pyproject.toml, or a checker.toml (same keys at
top level), found in the working folder or the nearest parent (or the file ``--config`` names).
Command-line options win.

Keys: ``paths`` (corpus folders), ``exclude`` (globs of files to leave out, as .gitignore is),
``select`` and ``ignore`` (the checks that run, by id or tag, as ``--select``/``--ignore``), ``rules`` (rule folders layered over the default pack),
``fail-on`` (error | warning | info | never: the lowest finding level that fails the run; the old
kind values conflict and drift are read as error and warning, with a deprecation note), ``show`` (conflict | drift | agreement | all: the mildest
finding kind reports list), ``baseline`` and ``suppressions`` (files), ``cache-dir`` (the
cache folder; default ``.checker_cache`` beside the configuration file), and the table ``checks``
(check id = error | warning | info | off: re-levels the rule pack's checks.yaml for this
project). Relative paths are relative to the config file.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import UsageError, did_you_mean

_KEYS = ("paths", "exclude", "select", "ignore", "rules", "fail-on", "show", "baseline", "suppressions", "cache-dir", "checks")
FAIL_ON = ("error", "warning", "info", "never")  # finding levels, most serious first, then never
LEGACY_FAIL_ON = {"conflict": "error", "drift": "warning"}  # the kind values before levels gated the run
SHOW = ("conflict", "drift", "agreement", "all")


@dataclass(frozen=True, slots=True)
class Config:
    paths: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()  # globs of files discovery leaves out of folders, as written
    select: tuple[str, ...] = ()  # the checks that run (ids or tags; all when empty), as --select
    ignore: tuple[str, ...] = ()  # checks that do not run, as --ignore
    rules: tuple[str, ...] = ()
    fail_on: str | None = None
    show: str | None = None
    baseline: str | None = None
    suppressions: str | None = None
    cache_dir: str | None = None
    checks: dict[str, str] = field(default_factory=dict)  # check id -> level, sorted by id
    file: str | None = None


def load_config(start: Path | None = None, file: str | None = None) -> Config:
    """The configuration in ``file`` when given (``--config``); else the nearest checker.toml or
    pyproject.toml with a [tool.checker] table; defaults if none."""
    if file is not None:
        path = Path(file)
        if not path.is_file():
            raise UsageError(f"{file}: no such configuration file")
        table = _table(path)
        if table is None:
            raise UsageError(f"{file}: no [tool.checker] table")
        return _parse(table, path)
    folder = (start or Path.cwd()).resolve()
    for here in (folder, *folder.parents):
        for name in ("checker.toml", "pyproject.toml"):
            path = here / name
            table = _table(path) if path.is_file() else None
            if table is not None:
                return _parse(table, path)
        if (here / ".git").exists():
            break
    return Config()


def _table(path: Path) -> dict | None:
    """A file's checker settings: a pyproject.toml's [tool.checker] table (None without one), or
    every top-level key of any other file (checker.toml)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read configuration: {exc}") from exc
    if path.name != "pyproject.toml":
        return data
    tool = data.get("tool", {})
    table = tool.get("checker") if isinstance(tool, dict) else None  # a `tool` that is no table is not ours
    if table is not None and not isinstance(table, dict):
        raise UsageError(f"{path}: tool.checker: expected a table of settings ([tool.checker]), got {table!r}")
    return table


def _parse(table: dict, path: Path) -> Config:
    for key in table:
        if key not in _KEYS:
            raise UsageError(f"{path}: unknown key '{key}'"
                             + did_you_mean(key, _KEYS, "known"))
    read = _Reader(table, path)
    return Config(paths=read.folders("paths"), exclude=read.globs("exclude"),
                  select=read.globs("select"), ignore=read.globs("ignore"), rules=read.folders("rules"), fail_on=read.choice("fail-on", FAIL_ON + tuple(LEGACY_FAIL_ON)),
                  show=read.choice("show", SHOW), baseline=read.file("baseline"),
                  suppressions=read.file("suppressions"), cache_dir=read.file("cache-dir"),
                  checks=read.levels("checks"), file=str(path))


@dataclass(frozen=True, slots=True)
class _Reader:
    """Reads one key of a configuration table by the kind of value it holds; a bad value is a
    UsageError naming the file and the key. Relative paths are made relative to the file."""

    table: dict
    path: Path

    def folders(self, key: str) -> tuple[str, ...]:
        value = self.table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UsageError(f"{self.path}: {key}: expected a list of paths")
        return tuple(str(self.path.parent / v) if not Path(v).is_absolute() else v for v in value)

    def globs(self, key: str) -> tuple[str, ...]:
        """A list of words as written: globs (``exclude``), check ids or tags (``select``)."""
        value = self.table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise UsageError(f"{self.path}: {key}: expected a list of {'globs' if key == 'exclude' else 'check ids'}")
        return tuple(value)

    def file(self, key: str) -> str | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise UsageError(f"{self.path}: {key}: expected a file path")
        return str(self.path.parent / value)

    def one_of(self, key: str, value, allowed: tuple[str, ...]) -> str | None:
        if value is not None and value not in allowed:
            raise UsageError(f"{self.path}: {key}: expected one of {', '.join(allowed)}, got {value!r}"
                             + (did_you_mean(value, allowed) if isinstance(value, str) else ""))
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str | None:
        return self.one_of(key, self.table.get(key), allowed)

    def levels(self, key: str) -> dict[str, str]:
        value = self.table.get(key, {})
        if not isinstance(value, dict):
            raise UsageError(f"{self.path}: {key}: expected a table of check id = level")
        if not value:
            return {}
        # the check ids and levels: loaded only when a project re-levels checks
        from checker.checks import CHECKS
        from checker.rulekinds import SEVERITIES

        for check, level in value.items():
            if check not in CHECKS:
                raise UsageError(f"{self.path}: {key}: unknown check '{check}'"
                                 + did_you_mean(check, CHECKS, "known"))
            self.one_of(f"{key}.{check}", level, SEVERITIES)
        return dict(sorted(value.items()))
