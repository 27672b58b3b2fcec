"""Finding identity: a finding's fingerprint, the short id people quote, and the stamp saying
which scheme made them.

A fingerprint hashes what a finding says — the check, the verdict, the metric, the period and,
for each claim, its source, its sentence and its words (whitespace folded) — never where the
claims sit, so it survives line moves, re-wrapping and edits elsewhere in an article. Every
consumer matches findings by it: the engine drops duplicates, a baseline marks findings new or
unchanged, a suppression accepts one (by fingerprint or by id), ``checker diff --baseline``
pairs two runs, and SARIF carries it as a partial fingerprint. Changing what it hashes changes
every fingerprint: bump ``FINGERPRINT_SCHEME``, and old baselines are then refused, not
silently unmatched.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from checker import __version__, patterns

if TYPE_CHECKING:
    from checker.model import Claim

FINGERPRINT_SCHEME = "v1"  # bump when what a fingerprint hashes changes: old baselines are then refused
ID_LENGTH = 16  # hex digits of a finding id: the head of the fingerprint's digest
_DIGEST_LENGTH = 32  # hex digits of SHA-256 a fingerprint keeps
# What a suppressions file may give as a fingerprint: a finding id, or a whole fingerprint (any scheme).
_WRITTEN = patterns.compile(rf"(?:v\d+:)?[0-9a-f]{{{ID_LENGTH},64}}")


def fingerprint(check: str, kind: str, metric: str | None, period: str, claims: Iterable[Claim]) -> str:
    """``v1:`` and 32 hex digits of SHA-256 over what the finding says (the module's docstring);
    the claims' order does not matter."""
    material = "\x1f".join([check, kind, metric or "", period] + sorted(
        f"{c.source}\x1e{' '.join(c.sentence.split())}\x1e{' '.join(c.text.split())}" for c in claims))
    return f"{FINGERPRINT_SCHEME}:" + hashlib.sha256(material.encode()).hexdigest()[:_DIGEST_LENGTH]


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
