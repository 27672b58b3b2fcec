"""Discovery: the article files under the paths a run is given, in a deterministic order, and
each file's path as reports print it."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from checker.errors import UsageError

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
MANIFEST_NAME = "sources.toml"


def discover(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Article files under ``paths``: folders walked recursively and sorted, files taken as given.

    Hidden files and folders and the ``sources.toml`` manifest are skipped inside folders; an
    explicitly named file is always taken (whatever its suffix), because the user asked for it.
    A broken symlink, FIFO, socket or device with an article suffix, and a symlink loop of any
    name, are kept so that reading reports them (without opening them) instead of their silently
    vanishing.
    """
    found: list[Path] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise UsageError(f"{path.as_posix()}: no such file or folder")
        candidates = _walk(path) if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.name == MANIFEST_NAME:
                continue
            key = os.path.normcase(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _walk(folder: Path) -> list[Path]:
    """Article files below ``folder``, sorted by their path parts so the order is deterministic."""
    results: list[Path] = []
    stack = [folder]
    visited: set[str] = set()
    while stack:
        current = stack.pop()
        real = os.path.realpath(current)
        if real in visited:
            continue  # a symlink loop, or two links to one folder
        visited.add(real)
        try:
            entries = list(os.scandir(current))
        except OSError:
            # An unreadable sub-folder holds no articles we could report by name; skip it.
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = current / entry.name
            try:
                if entry.is_dir():  # follows symlinks, like the user's shell would
                    stack.append(path)
                    continue
            except OSError:  # a symlink loop, or no permission to look: kept, so reading reports it
                results.append(path)
                continue
            if Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
                results.append(path)  # a broken link, FIFO or device too: reading reports it, unopened
    results.sort(key=lambda p: p.relative_to(folder).parts)
    return results


def display_path(path: Path, cwd: Path | None = None) -> str:
    """POSIX path relative to ``cwd`` when the file is under it, else the path as given."""
    absolute = os.path.abspath(path)
    base = os.path.abspath(cwd or os.getcwd())
    if os.sep == "/" and os.altsep is None:  # POSIX: plain string arithmetic, ~10x cheaper than pathlib
        if absolute == base:
            return "."
        inside = base if base.endswith("/") else base + "/"
        return absolute[len(inside):] if absolute.startswith(inside) else Path(path).as_posix()
    try:
        return Path(absolute).relative_to(base).as_posix()
    except ValueError:
        return Path(path).as_posix()
