"""Project configuration: ``[tool.checker]`` in pyproject.toml, or a checker.toml (same keys at
top level), found in the working folder or the nearest parent. Command-line options win.

Keys: ``paths`` (corpus folders), ``rules`` (rule folders layered over the default pack),
``fail-on`` (conflict | drift | never), ``show`` (conflict | drift | agreement | all: the mildest
finding kind reports list), ``baseline`` and ``suppressions`` (files), ``cache-dir`` (the
cache folder; default ``.checker_cache`` in the working folder). Relative paths are relative
to the config file.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from checker.errors import UsageError

_KEYS = ("paths", "rules", "fail-on", "show", "baseline", "suppressions", "cache-dir")
FAIL_ON = ("conflict", "drift", "never")
SHOW = ("conflict", "drift", "agreement", "all")


@dataclass(frozen=True, slots=True)
class Config:
    paths: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    fail_on: str | None = None
    show: str | None = None
    baseline: str | None = None
    suppressions: str | None = None
    cache_dir: str | None = None
    file: str | None = None


def load_config(start: Path | None = None) -> Config:
    """The nearest checker.toml or pyproject.toml with a [tool.checker] table; defaults if none."""
    folder = (start or Path.cwd()).resolve()
    for here in (folder, *folder.parents):
        for name in ("checker.toml", "pyproject.toml"):
            path = here / name
            if not path.is_file():
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise UsageError(f"{path}: cannot read configuration: {exc}") from exc
            table = data if name == "checker.toml" else data.get("tool", {}).get("checker")
            if table is not None:
                return _parse(table, path)
        if (here / ".git").exists():
            break
    return Config()


def _parse(table: dict, path: Path) -> Config:
    for key in table:
        if key not in _KEYS:
            raise UsageError(f"{path}: unknown key '{key}' (known: {', '.join(_KEYS)})")

    def folders(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UsageError(f"{path}: {key}: expected a list of paths")
        return tuple(str(path.parent / v) if not Path(v).is_absolute() else v for v in value)

    def file(key: str) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise UsageError(f"{path}: {key}: expected a file path")
        return str(path.parent / value)

    def choice(key: str, allowed: tuple[str, ...]) -> str | None:
        value = table.get(key)
        if value is not None and value not in allowed:
            raise UsageError(f"{path}: {key}: expected one of {', '.join(allowed)}, got {value!r}")
        return value

    return Config(paths=folders("paths"), rules=folders("rules"), fail_on=choice("fail-on", FAIL_ON),
                  show=choice("show", SHOW), baseline=file("baseline"),
                  suppressions=file("suppressions"), cache_dir=file("cache-dir"), file=str(path))
