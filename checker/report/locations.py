"""Where a finding sits, the way CI tools need it: repository-relative paths and raw-file regions.

SARIF and GitHub annotations must name files relative to the repository root, with ``/`` and
never absolute: code scanning matches alerts across runs by URI, and an annotation on a path
the checkout does not know lands nowhere. Regions count lines and columns in the file on disk
(1-based, code points), the way ``Claim.line`` and ``Claim.column`` already do.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from checker.corpus import HTML_SUFFIXES
from checker.model import Claim, Finding
from checker.printable import shown_path


def repository_root(start: Path | None = None) -> Path:
    """The nearest folder from ``start`` (default: the working folder) upwards that holds
    ``.git`` (a folder, or a file in a worktree); ``start`` itself when there is none."""
    start = (start or Path.cwd()).resolve()
    return next((folder for folder in (start, *start.parents) if (folder / ".git").exists()), start)


@dataclass
class RepositoryPaths:
    """Turns paths as the run printed them (relative to ``cwd``) into repository-relative ones."""

    root: Path
    cwd: Path
    _seen: dict[str, str] = field(default_factory=dict, repr=False)

    def __call__(self, path: str) -> str:
        """POSIX path relative to the repository root, symlinks resolved; ``..`` steps (never an
        absolute path) for a file outside the repository."""
        if path not in self._seen:
            absolute = (self.cwd / path).resolve()
            try:
                relative = absolute.relative_to(self.root).as_posix()
            except ValueError:
                relative = Path(os.path.relpath(absolute, self.root)).as_posix()
            self._seen[path] = relative
        return self._seen[path]

    def uri(self, path: str) -> str:
        """The repository-relative path as a URI reference: percent-encoded, ``/`` kept."""
        return quote(self(path), safe="/")


def repository_paths(cwd: Path | None = None) -> RepositoryPaths:
    cwd = (cwd or Path.cwd()).resolve()
    return RepositoryPaths(repository_root(cwd), cwd)


@dataclass(frozen=True, slots=True)
class Region:
    """Lines and columns in the raw file, 1-based; ``end_column`` is the column just after the
    last character (SARIF's convention). Columns are None when only the line is known."""

    start_line: int
    start_column: int | None
    end_line: int
    end_column: int | None

    @property
    def exact(self) -> bool:
        return self.start_column is not None


def claim_region(claim: Claim) -> Region:
    """Where a claim's words are in its file. The end is found by walking the claim's text from
    its start (the text is the file's own slice, line breaks included, so a figure wrapped onto
    the next line ends there). HTML sources give the line of the enclosing block only: their
    text is extracted from markup, so its columns are not the file's."""
    if Path(claim.source).suffix.lower() in HTML_SUFFIXES:
        return Region(claim.line, None, claim.line, None)
    breaks = claim.text.count("\n")
    if not breaks:
        return Region(claim.line, claim.column, claim.line, claim.column + len(claim.text))
    return Region(claim.line, claim.column, claim.line + breaks, len(claim.text) - claim.text.rfind("\n"))


def primary_claim(finding: Finding, published: Mapping[str, str | None]) -> Claim:
    """The claim a CI alert is placed on: the one in the newest source (publication dates
    compared as text, so "2020" sorts before "2020-04"; undated sources are oldest), then the
    first path, then the first position — the article a pull request adds gets the alert."""
    by_place = sorted(finding.claims, key=lambda c: (c.source, c.line, c.column, c.start))
    return max(by_place, key=lambda c: published.get(c.source) or "")  # max keeps the first of equals


def where(claim: Claim, paths: RepositoryPaths) -> str:
    """``path:line`` with the repository-relative path (in quotes when the name is unusual)."""
    return f"{shown_path(paths(claim.source))}:{claim.line}"
