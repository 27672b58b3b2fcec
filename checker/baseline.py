"""Baselines: remember today's findings so that only new ones fail a run (CONVENTIONS.md).

A baseline is a JSON file of entries ``{fingerprint, check, kind, metric, sources, message,
members}`` sorted by fingerprint, under a header naming the checker version, the rule pack and
the fingerprint scheme. The fingerprint and the members match (a finding whose every pair of
claims was accepted is unchanged, though a new figure regrouped it: ``checker.fingerprints``);
the rest makes review diffs readable. No git: the file is committed, and a new article brings
findings whose claims are not in it.
"""
from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from checker.errors import ConfigError
from checker.fingerprints import FINGERPRINT_SCHEME, header, members
from checker.model import BaselineEntry, Finding

BASELINED_KINDS = ("drift", "conflict")  # agreements never fail a run, so they are not baselined


def entry_of(finding: Finding) -> BaselineEntry:
    return BaselineEntry(finding.fingerprint, finding.rule, finding.kind, finding.metric,
                         tuple(sorted({c.source for c in finding.claims})), finding.message, members(finding.claims))


def entries_of(findings: Sequence[Finding]) -> tuple[BaselineEntry, ...]:
    """The drift and conflicts among ``findings`` as baseline entries, sorted by fingerprint."""
    return tuple(sorted((entry_of(f) for f in findings if f.kind in BASELINED_KINDS), key=lambda e: e.fingerprint))


def render_baseline(findings: Sequence[Finding], rules_label: str) -> str:
    """The baseline file for these findings (drift and conflict), deterministic byte for byte."""
    entries = entries_of(findings)
    doc = {"checker": header(rules_label), "findings": [e.to_json() for e in entries]}
    return json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1) + "\n"


def load_baseline(path: str | Path) -> tuple[BaselineEntry, ...]:
    """The entries of a baseline file. A file that cannot be read, is not a checker baseline or
    uses another fingerprint scheme is an error (exit 2), never silently an empty baseline."""
    return baseline_entries(read_json(path, "baseline"), path)


def read_json(path: str | Path, what: str):
    """A JSON file's content; a missing or unreadable file is an error (exit 2) naming it."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such {what} file (write one with `checker baseline`)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read {what}: {exc}") from exc


def baseline_entries(doc, path: str | Path) -> tuple[BaselineEntry, ...]:
    """The entries of a parsed baseline document, validated (``path`` names it in errors)."""
    findings = doc.get("findings") if isinstance(doc, dict) else None
    if not isinstance(findings, list):
        raise ConfigError(f"{path}: not a checker baseline (no 'findings' list)")
    scheme = (doc.get("checker") or {}).get("fingerprint")
    if scheme != FINGERPRINT_SCHEME:
        raise ConfigError(f"{path}: fingerprints use scheme {scheme!r}, this checker uses {FINGERPRINT_SCHEME!r}; "
                          f"review the findings and write a new baseline with `checker baseline`")
    entries = []
    for i, item in enumerate(findings):
        try:
            entries.append(BaselineEntry(str(item["fingerprint"]), str(item.get("check", "")), str(item.get("kind", "")),
                                         item.get("metric"), tuple(item.get("sources", ())), str(item.get("message", "")),
                                         tuple(str(m) for m in item.get("members", ()))))
        except (TypeError, KeyError, AttributeError):
            raise ConfigError(f"{path}: findings[{i}]: expected an object with a 'fingerprint'") from None
    return tuple(entries)


def apply_baseline(findings: Sequence[Finding], entries: Sequence[BaselineEntry]
                   ) -> tuple[tuple[Finding, ...], tuple[BaselineEntry, ...]]:
    """Mark each drift or conflict ``new`` or ``unchanged``; return the findings and the baseline
    entries no finding matches any more (``absent``: resolved, or their sources were removed)."""
    accepted = Findings(entries)
    marked = []
    for f in findings:
        if f.kind in BASELINED_KINDS:
            f = dataclasses.replace(f, baseline="unchanged" if accepted.covers(entry_of(f)) else "new")
        marked.append(f)
    found = Findings(entries_of(findings))
    return tuple(marked), tuple(e for e in entries if not found.holds(e))


class Findings:
    """Drift and conflicts (as baseline entries) seen as identities: their fingerprints, their
    pairs of claims, and the claims each check and metric found in disagreement."""

    def __init__(self, entries: Sequence[BaselineEntry]):
        self.prints = {e.fingerprint for e in entries}
        self.pairs = set().union(*(e.pairs for e in entries))
        self.members: dict[tuple, set[str]] = defaultdict(set)
        for e in entries:
            self.members[(e.check, e.metric)].update(e.members)

    def covers(self, entry: BaselineEntry) -> bool:
        """Whether these findings already hold ``entry``: its fingerprint, or every pair of claims
        in it (a figure joining an accepted side regroups a finding; its own pairs are new)."""
        return entry.fingerprint in self.prints or bool(entry.pairs) and entry.pairs <= self.pairs

    def holds(self, entry: BaselineEntry) -> bool:
        """Whether an earlier finding still holds among these: its fingerprint, one of its pairs,
        or every one of its claims in disagreement for the same check and metric (a figure
        between two others splits their finding in two, and the two still disagree)."""
        return (entry.fingerprint in self.prints or not entry.pairs.isdisjoint(self.pairs)
                or bool(entry.members) and set(entry.members) <= self.members.get((entry.check, entry.metric), set()))
