"""Diff views: two sources side by side, and two runs' findings (DESIGN.md, "Command line").

``diff_sources`` aligns the claims of two articles by quantity (metric, place, period) using the
engine's own findings, so a row says exactly what `checker check` would: agreement, drift or
conflict; comparable figures the other article does not state are only-in-A / only-in-B.
``diff_findings`` compares two sets of findings by fingerprint: new, resolved and unchanged.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checker.baseline import BASELINED_KINDS, Findings, baseline_entries, read_json
from checker.errors import UsageError
from checker.model import BaselineEntry, Claim, Finding, Source

if TYPE_CHECKING:
    from checker.ruleset import RuleSet


@dataclass(frozen=True, slots=True)
class Row:
    """One quantity of the two sources: their claims about it and the verdict."""

    state: str  # conflict | drift | agreement | only-a | only-b
    quantity: str  # "homicide rate · Honduras · 2019"
    a: tuple[Claim, ...]
    b: tuple[Claim, ...]
    finding: Finding | None = None

    def to_json(self) -> dict:
        return {"state": self.state, "quantity": self.quantity, "a": [c.to_json() for c in self.a],
                "b": [c.to_json() for c in self.b], "finding": self.finding.to_json() if self.finding else None}


@dataclass(frozen=True, slots=True)
class SourceDiff:
    a: Source
    b: Source
    rows: tuple[Row, ...]
    problems: tuple = ()

    def count(self, state: str) -> int:
        return sum(1 for r in self.rows if r.state == state)


def diff_sources(a: str | Path, b: str | Path, rules: RuleSet, cache: str | Path | None = None,
                 jobs: int | None = None) -> SourceDiff:
    """The claims of articles ``a`` and ``b`` aligned by quantity, in reading order of ``a``;
    ``cache``: a cache folder for their claims, ``jobs``: processes (``extract.extract_claims``)."""
    for path in (a, b):
        if not Path(path).is_file():
            raise UsageError(f"diff compares two article files; not a file: {path}")
    if Path(a).resolve() == Path(b).resolve():
        raise UsageError(f"diff needs two different files; got {a} twice")
    # Imported here: a diff of two findings reports needs neither the grammars, the rules nor the engine.
    from checker.checks.blocks import quantity_key
    from checker.checks.context import Context
    from checker.checks.findings import name_of
    from checker.checks.periods import period_of
    from checker.engine import find
    from checker.extract import extract_claims

    extraction = extract_claims([a, b], rules, cache=cache, jobs=jobs)
    if len(extraction.sources) != 2:
        unread = "; ".join(f"{p.path}: {p.message}" for p in extraction.problems) or "unreadable input"
        raise UsageError(f"cannot compare: {unread}")
    src_a, src_b = sorted(extraction.sources, key=lambda s: _side_order(s, a))
    ctx = Context.build(extraction.claims, extraction.sources, rules)
    rows: list[Row] = []
    paired: set[str] = set()
    for finding in find(extraction, rules, ctx):
        side_a = tuple(c for c in finding.claims if c.source == src_a.path)
        side_b = tuple(c for c in finding.claims if c.source == src_b.path)
        if side_a and side_b:
            rows.append(Row(finding.kind, _label(name_of(finding.metric or "", ctx, finding.claims), finding.subject, finding.period),
                            side_a, side_b, finding))
            paired.update(c.id for c in finding.claims)
    for claim in extraction.claims:
        if claim.id in paired:
            continue
        key = claim.metric if claim.kind == "event" else (quantity_key(claim, ctx) or (None,))[0]
        period = period_of(claim, ctx)
        if key is None or period is None:
            continue  # nothing the engine would compare: "one", "10 of theirs"
        mine = (claim,)
        only_a = claim.source == src_a.path
        rows.append(Row("only-a" if only_a else "only-b", _label(name_of(key, ctx, mine), tuple(sorted(ctx.places(claim))),
                                                                  period.label()),
                        mine if only_a else (), () if only_a else mine))
    rows.sort(key=lambda r: (r.a[0].start if r.a else float("inf"), r.b[0].start if r.b else 0, r.quantity))
    return SourceDiff(src_a, src_b, tuple(rows), extraction.problems)


def _side_order(source: Source, a: str | Path) -> int:
    return 0 if Path(source.path).resolve() == Path(a).resolve() else 1


def _label(name: str, subject: Sequence[str], period: str) -> str:
    return " · ".join(part for part in (name, ", ".join(subject), period) if part)


# --------------------------------------------------------------------------- runs


@dataclass(frozen=True, slots=True)
class FindingsDiff:
    """Two runs compared by fingerprint (drift and conflicts only)."""

    old: str
    new: str
    added: tuple[BaselineEntry, ...]
    resolved: tuple[BaselineEntry, ...]
    unchanged: tuple[BaselineEntry, ...]

    def to_json(self) -> dict:
        return {"old": self.old, "new": self.new, "summary": {
            "new": len(self.added), "resolved": len(self.resolved), "unchanged": len(self.unchanged)},
            **{name: [e.to_json() for e in entries] for name, entries in
               (("added", self.added), ("resolved", self.resolved), ("unchanged", self.unchanged))}}


def diff_findings(old: Sequence[BaselineEntry], new: Sequence[BaselineEntry], old_name: str = "old",
                  new_name: str = "new") -> FindingsDiff:
    """New: findings the old run did not accept (by fingerprint or pair by pair); resolved and
    unchanged: the old findings that no longer hold and those that still do, so that a figure
    joining an old disagreement leaves it unchanged and shows only what it brings as new."""
    before, after = Findings(old), Findings(new)
    return FindingsDiff(old_name, new_name,
                        tuple(e for e in new if not before.covers(e)),
                        tuple(e for e in old if not after.holds(e)),
                        tuple(e for e in old if after.holds(e)))


def load_findings(path: str | Path) -> tuple[BaselineEntry, ...]:
    """Drift and conflict entries from a baseline file or a `checker check --format json` report."""
    doc = read_json(path, "findings")
    if not (isinstance(doc, dict) and isinstance(doc.get("claims"), list)):
        return baseline_entries(doc, path)  # a baseline file
    if (doc.get("summary") or {}).get("shown") == "conflict":
        raise UsageError(f"{path}: written with --show conflict, so it lists no drift; diff needs a report "
                         "written without --show (or with --show drift)")
    sources = {c.get("id"): c.get("source") for c in doc["claims"] if isinstance(c, dict)}
    entries = []
    for f in doc.get("findings") or []:
        if isinstance(f, dict) and f.get("kind") in BASELINED_KINDS and f.get("fingerprint"):
            entries.append(BaselineEntry(f["fingerprint"], f.get("rule", ""), f["kind"], f.get("metric"),
                                         tuple(sorted({sources.get(i, "") for i in f.get("claims", [])})),
                                         f.get("message", ""), tuple(f.get("members", ()))))
    return tuple(sorted(entries, key=lambda e: e.fingerprint))
