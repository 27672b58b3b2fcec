"""Finding identity: a finding's fingerprint, the short id people quote, and the stamp saying
which scheme made them.

A fingerprint hashes what a finding says — the check, the verdict, the metric, the period and,
for each claim, its source, its sentence and its words (whitespace folded) — never where the
claims sit, so it survives line moves, re-wrapping and edits elsewhere in an article. A source
is named relative to its project (the nearest folder above it holding ``.git``, checker.toml or
pyproject.toml), so the folder checker runs from changes nothing.

A finding also lists its members, one key per claim. A finding groups every figure on each side
of a gap, so a new article whose figure joins a side changes the fingerprint; the members keep
the identity of each pair of claims in it (``pairs``), and a review matches findings by those
pairs too (``checker.baseline.Findings``): the old disagreement stays unchanged, and only the
pairs the new claim brings are new. Every
consumer matches findings by it: the engine drops duplicates, a baseline marks findings new or
unchanged, a suppression accepts one (by fingerprint or by id), ``checker diff --baseline``
pairs two runs, and SARIF carries it as a partial fingerprint. Changing what it hashes changes
every fingerprint: bump ``FINGERPRINT_SCHEME``, and old baselines are then refused, not
silently unmatched.
"""
from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from checker import __version__, patterns

if TYPE_CHECKING:
    from checker.model import Claim

FINGERPRINT_SCHEME = "v1"  # bump when what a fingerprint hashes changes: old baselines are then refused
ID_LENGTH = 16  # hex digits of a finding id: the head of the fingerprint's digest
_DIGEST_LENGTH = 32  # hex digits of SHA-256 a fingerprint keeps
# What a suppressions file may give as a fingerprint: a finding id, or a whole fingerprint (any scheme).
_WRITTEN = patterns.compile(rf"(?:v\d+:)?[0-9a-f]{{{ID_LENGTH},64}}")
_PROJECT_MARKERS = (".git", "checker.toml", "pyproject.toml")  # what makes a folder a project's root
MEMBER_LENGTH = 16  # hex digits of a member key


def fingerprint(check: str, kind: str, metric: str | None, period: str, claims: Iterable[Claim]) -> str:
    """``v1:`` and 32 hex digits of SHA-256 over what the finding says (the module's docstring);
    the claims' order does not matter."""
    material = "\x1f".join([check, kind, metric or "", period] + sorted(_said(c) for c in claims))
    return f"{FINGERPRINT_SCHEME}:" + hashlib.sha256(material.encode()).hexdigest()[:_DIGEST_LENGTH]


def _said(claim: Claim) -> str:
    """A claim as identity sees it: its source in its project, its sentence and words, whitespace folded."""
    return f"{project_path(claim.source)}\x1e{' '.join(claim.sentence.split())}\x1e{' '.join(claim.text.split())}"


def members(claims: Iterable[Claim]) -> tuple[str, ...]:
    """One key per claim of a finding (16 hex digits of SHA-256 over what ``_said`` gives), sorted."""
    return tuple(sorted({hashlib.sha256(_said(c).encode()).hexdigest()[:MEMBER_LENGTH] for c in claims}))


def pairs(check: str, kind: str, metric: str | None, keys: Sequence[str]) -> set[tuple[str, ...]]:
    """The pairs of claims a finding of ``check`` and ``kind`` puts together: its identity claim by
    claim, which a new claim joining the finding leaves in place (the period is left out: the
    claims' own words fix it)."""
    return {(check, kind, metric or "", a, b) for a, b in combinations(sorted(set(keys)), 2)}


def project_path(path: str) -> str:
    """``path`` (as the run prints it) relative to the nearest folder above the file that holds
    ``.git``, checker.toml or pyproject.toml, so identities do not depend on the working folder;
    the path as given when no such folder exists."""
    return _project_path(os.getcwd(), path)


@functools.lru_cache(maxsize=4096)
def _project_path(cwd: str, path: str) -> str:
    absolute = Path(cwd, path).resolve()
    root = next((folder for folder in absolute.parents if any((folder / m).exists() for m in _PROJECT_MARKERS)), None)
    return path if root is None else absolute.relative_to(root).as_posix()


def digest(fingerprint_text: str) -> str:
    """The fingerprint without its scheme prefix (SARIF names the scheme in the property's key)."""
    return fingerprint_text.split(":", 1)[1]


def finding_id(fingerprint_text: str) -> str:
    """The short id a fingerprint gives (its first 16 hex digits): what suppressions and reports quote."""
    return fingerprint_text.partition(":")[2][:ID_LENGTH]


def is_written_fingerprint(text: str) -> bool:
    """Whether ``text`` is a finding id or a whole fingerprint, as a suppressions file gives one."""
    return _WRITTEN.fullmatch(text) is not None


def header(rules_label: str) -> dict:
    """The ``checker`` header of every machine format and of baseline files: which checker, which
    rule pack and which fingerprint scheme made it, so a consumer can tell when results stop
    being comparable."""
    return {"version": __version__, "rules": rules_label, "fingerprint": FINGERPRINT_SCHEME}
