"""Markdown report for a pull-request comment or a GitHub step summary.

A heading, the counts, one table of conflicts and drift (agreements folded away in a
``<details>`` block, since they need no action), then what a baseline or a suppressions file
made of the run. Paths are repository-relative like the CI formats', so a reader can find the
line; cell text is escaped so an article's ``|`` or line break cannot break the table.
"""
from __future__ import annotations

from pathlib import Path

from checker import __version__
from checker.fingerprints import FINGERPRINT_SCHEME
from checker.model import Finding
from checker.printable import printable, shown_path
from checker.report.locations import (
    RepositoryPaths,
    primary_claim,
    repository_paths,
    where,
)

ACTION_KINDS = ("conflict", "drift")


def render_check(result, rules_label: str = "", *, cwd: Path | None = None) -> str:
    """The Markdown report of one run (paths as in the CI formats: relative to the repository)."""
    paths = repository_paths(cwd)
    published = {s.path: s.published for s in result.extraction.sources}
    summary = result.summary()
    shown = [f for f in result.listed if f.suppressed is None]
    actionable = [f for f in shown if f.kind in ACTION_KINDS]
    baselined = result.review is not None and result.review.baseline is not None
    out = ["## checker: consistency report", "",
           f"checker {__version__} · rules {rules_label or '—'} · fingerprints {FINGERPRINT_SCHEME}", "",
           f"**{summary_line(summary)}**", ""]
    if result.review is not None:
        out += [review_line(result.review, summary), ""]
    if note := nothing_new(result):
        out += [f"**{note[0].upper()}{note[1:]}.**", ""]
    if actionable:
        header = (["baseline"] if baselined else []) + ["kind", "check", "metric", "subject", "period", "where",
                                                        "message"]
        rows = [([f.baseline or ""] if baselined else []) + _row(f, paths, published) for f in actionable]
        out += _table(header, rows) + [""]
    else:
        out += ["No conflicts or drift.", ""]
    agreements = [f for f in shown if f.kind == "agreement"]
    if agreements:
        rows = [_row(f, paths, published)[1:] for f in agreements]
        out += _details(plural(len(agreements), "agreement"),
                        _table(["check", "metric", "subject", "period", "where", "message"], rows))
    suppressed = [f for f in result.listed if f.suppressed is not None]
    if suppressed:
        rows = [_row(f, paths, published)[:-1] + [cell(f.suppressed.reason)] for f in suppressed]
        out += _details(f"{len(suppressed)} suppressed",
                        _table(["kind", "check", "metric", "subject", "period", "where", "reason"], rows))
    out += _review_details(result.review, paths)
    problems = result.extraction.problems
    if problems:
        out += [f"**Input problems** ({len(problems)})", ""]
        out += [f"- {p.level}: {cell(shown_path(paths(p.path)))}: {cell(p.message)}" for p in problems] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def summary_line(summary: dict) -> str:
    """"1 conflict, 2 drift, 5 agreements across 4 sources; 1 input problem"."""
    line = (f"{plural(summary['conflict'], 'conflict')}, {summary['drift']} drift, "
            f"{plural(summary['agreement'], 'agreement')} across {plural(summary['sources'], 'source')}")
    line += f"; {plural(summary['problems'], 'input problem')}" if summary["problems"] else ""
    return line + (f"; {listing_note(summary)}" if "shown" in summary else "")


def listing_note(summary: dict) -> str:
    """"listing conflicts and drift only (--show drift)": when the report lists fewer kinds than it counts."""
    kinds = "conflicts" if summary["shown"] == "conflict" else "conflicts and drift"
    return f"listing {kinds} only (--show {summary['shown']})"


def nothing_new(result) -> str | None:
    """"nothing new: 1 finding, in the baseline reports/baseline.json": what a run whose every
    drift and conflict the baseline (or a suppression) holds says in each format, so that an
    empty or quiet report is never mistaken for a run that found nothing. None otherwise."""
    review = result.review
    if review is None or review.baseline is None:
        return None
    actionable = [f for f in result.findings if f.kind in ACTION_KINDS]
    baselined = sum(1 for f in actionable if f.baseline == "unchanged")
    if not baselined or any(f.unreviewed for f in actionable):
        return None
    return f"nothing new: {plural(baselined, 'finding')}, all in the baseline {review.baseline}"


def review_line(review, summary: dict) -> str:
    parts = []
    if review.baseline is not None:
        parts.append(f"Baseline: {summary['new']} new, {summary['unchanged']} unchanged, {summary['absent']} gone")
    if review.suppressions is not None:
        stale = summary["unused_suppressions"] + summary["expired_suppressions"]
        parts.append(f"{summary['suppressed']} suppressed" + (f", {stale} stale suppressions" if stale else ""))
    return " · ".join(parts)


def cell(text: str) -> str:
    """Text safe inside a table cell: control characters, HTML characters and pipes escaped, line
    breaks as <br>."""
    text = printable(text.replace("\r\n", "\n").replace("\r", "\n"), keep_newlines=True)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
    return "<br>".join(text.split("\n"))


def _row(finding: Finding, paths: RepositoryPaths, published) -> list[str]:
    """kind, check and its level, metric, subject, period, where (the newest source's claim first), message."""
    primary = primary_claim(finding, published)
    claims = [primary] + [c for c in finding.claims if c is not primary]
    return [finding.kind, cell(f"{finding.rule} · {finding.severity}"), cell(finding.metric or "—"), cell(", ".join(finding.subject) or "—"),
            cell(finding.period or "—"), "<br>".join(dict.fromkeys(cell(where(c, paths)) for c in claims)),
            cell(finding.message)]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in rows]


def _details(summary: str, body: list[str]) -> list[str]:
    return ["<details>", f"<summary>{summary}</summary>", "", *body, "", "</details>", ""]


def _review_details(review, paths: RepositoryPaths) -> list[str]:
    """Baseline entries gone since the baseline, and suppressions that matched nothing or expired."""
    if review is None:
        return []
    out = []
    if review.absent:
        rows = [[e.kind, cell(e.check), cell(e.metric or "—"), "<br>".join(cell(paths(s)) for s in e.sources),
                 cell(e.message)] for e in review.absent]
        out += _details(f"{len(review.absent)} gone since the baseline (resolved, or their sources removed)",
                        _table(["kind", "check", "metric", "sources", "message"], rows))
    if review.stale:
        out += [f"**Stale suppressions** in {cell(paths(review.suppressions))}", ""]
        out += [f"- line {e.line}: {cell(e.label)} {f'expired on {e.expires}' if expired else 'matches no finding'} "
                f"({cell(e.reason)})" for e, expired in review.stale] + [""]
    return out


def plural(n: int, word: str) -> str:
    """``1 conflict``, ``2 conflicts``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
