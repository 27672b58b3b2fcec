"""Discovery: the article files under the paths a run is given, in a deterministic order, and
each file's path as reports print it."""
from __future__ import annotations

import fnmatch
import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

from checker.errors import UsageError

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
SUPPORTED = ".txt, .md or .markdown (YAML front matter), .html or .htm"  # what error messages say is read
# Document formats that are not text: found in a folder or named, they are reported, never read as text.
UNSUPPORTED_SUFFIXES = frozenset({".pdf", ".doc", ".docx", ".rtf", ".odt", ".pages", ".epub", ".xls", ".xlsx",
                                  ".ppt", ".pptx", ".zip", ".gz"})
# The first bytes of those formats, for a file whose suffix hides what it is (a PDF saved as .txt).
_MAGIC = ((b"%PDF-", "PDF"), (b"{\\rtf", "RTF"), (b"PK\x03\x04", "a ZIP archive (DOCX, ODT, EPUB ...)"),
          (b"\xd0\xcf\x11\xe0", "an OLE document (DOC, XLS, PPT)"), (b"\x1f\x8b", "gzip"))
MANIFEST_NAME = "sources.toml"
STDIN = "-"  # the path that names standard input (`checker check -`), as other command-line tools take it


def unsupported_type(path: Path, head: bytes = b"") -> str | None:
    """What a file is when it is a document format checker does not read ("PDF", ".docx"), by its
    first bytes or its suffix; None for anything that may be text."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    suffix = path.suffix.lower()
    return suffix if suffix in UNSUPPORTED_SUFFIXES else None


def discover(paths: Iterable[str | os.PathLike], exclude: Iterable[str] = ()) -> list[Path]:
    """Article files under ``paths``: folders walked recursively and sorted, files taken as given.

    Hidden files and folders and the ``sources.toml`` manifest are skipped inside folders, and
    so are files git ignores (``.gitignore``, in a git work tree) and files ``exclude`` matches
    (globs, see ``excluded``); an explicitly named file is always taken (whatever its suffix),
    because the user asked for it. Document formats checker cannot read (.pdf, .docx ...) are
    kept so that reading reports them instead of their vanishing, and so are a broken symlink,
    FIFO, socket or device with an article suffix and a symlink loop of any name (reading
    reports them without opening them).
    """
    found: list[Path] = []
    seen: set[str] = set()
    exclude = tuple(exclude)
    for given in paths:
        path = Path(given)
        if str(given) == STDIN:
            if STDIN not in seen:
                seen.add(STDIN)
                found.append(path)
            continue
        if not os.path.lexists(path):
            raise UsageError(f"{path.as_posix()}: no such file or folder")
        candidates = _kept(path, _walk(path), exclude) if path.is_dir() else [path]
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
                is_file = entry.is_file()
            except OSError:  # a symlink loop, or no permission to look: kept, so reading reports it
                results.append(path)
                continue
            suffix = Path(entry.name).suffix.lower()
            if suffix in ARTICLE_SUFFIXES or suffix in UNSUPPORTED_SUFFIXES and is_file:
                results.append(path)  # an article's broken link, FIFO or device too: reading reports it, unopened
    results.sort(key=lambda p: p.relative_to(folder).parts)
    return results


def _kept(folder: Path, files: list[Path], exclude: tuple[str, ...]) -> list[Path]:
    """``files`` found in ``folder`` less those ``exclude`` matches and those git ignores."""
    files = [f for f in files if not excluded(f.relative_to(folder), exclude)]
    ignored = _git_ignored(folder, files)
    return [f for f in files if os.path.abspath(f) not in ignored] if ignored else files


def excluded(relative: Path, globs: tuple[str, ...]) -> bool:
    """Whether a glob matches a file's path below the folder walked (``drafts/*.md``), the path
    of a folder it is in (``archive/2019``) or one of its names (``drafts``, ``*.bak.txt``)."""
    if not globs:
        return False
    parts = relative.parts
    candidates = {*parts, *("/".join(parts[:i]) for i in range(1, len(parts) + 1))}
    return any(fnmatch.fnmatchcase(c, g.strip("/")) for g in globs for c in candidates)


def _git_ignored(folder: Path, files: list[Path]) -> set[str]:
    """The absolute paths of ``files`` that git ignores, asked of git itself so that every rule
    of the format holds (nested .gitignore files, negation, .git/info/exclude); nothing outside a
    git work tree or without git."""
    if not files:
        return set()
    try:
        done = subprocess.run(["git", "-C", str(folder), "check-ignore", "--stdin", "-z"],
                              input="\0".join(os.path.abspath(f) for f in files) + "\0",
                              capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return set()
    if done.returncode != 0:  # 1: nothing ignored; 128: not a git work tree
        return set()
    return {os.path.abspath(p) for p in done.stdout.split("\0") if p}


def display_path(path: Path, cwd: Path | None = None) -> str:
    """POSIX path relative to ``cwd`` when the file is under it, else the path as given
    (``-``, standard input, stays ``-``)."""
    if str(path) == STDIN:
        return STDIN
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
