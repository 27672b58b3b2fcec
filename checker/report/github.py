"""GitHub Actions workflow-command annotations (CONVENTIONS.md, section 3).

One ``::error``/``::warning``/``::notice`` line per finding that needs a look, at the finding's
own level (error, warning; info as notice), the level JSON and SARIF print too; agreements, suppressed findings
and findings the baseline already holds never. GitHub shows at most 10 annotations of each
level per step and silently drops the rest, so the worst come first and a closing notice says
how many were left out; inside Actions (``GITHUB_STEP_SUMMARY`` set) the Markdown report of every
finding is appended to the step summary, where nothing is dropped.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from checker.model import Finding
from checker.printable import printable
from checker.report import markdown
from checker.report.locations import (
    RepositoryPaths,
    claim_region,
    primary_claim,
    repository_paths,
    where,
)

LEVEL_ORDER = ("error", "warning", "notice")
LEVELS = {"error": "error", "warning": "warning", "info": "notice"}  # a finding's level -> its annotation
PER_LEVEL = 10  # GitHub's limit of annotations per level and step (actions/toolkit #734)
SUMMARY_LIMIT = 1024 * 1024  # bytes GitHub accepts in one step summary


@dataclass(frozen=True, slots=True)
class Annotation:
    level: str
    properties: dict[str, str | int]
    message: str
    order: tuple  # worst first, then file and position, then fingerprint

    def command(self) -> str:
        props = ",".join(f"{key}={escape_property(printable(str(value)))}" for key, value in self.properties.items())
        return f"::{self.level} {props}::{escape_data(printable(self.message, keep_newlines=True))}"


def escape_data(text: str) -> str:
    """A command's message, escaped as @actions/core escapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: the message escapes plus ``:`` and ``,``, which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_check(result, rules_label: str = "", *, cwd: Path | None = None,
                 environ: Mapping[str, str] | None = None) -> str:
    """The annotation commands of one run; appends to the step summary file when ``environ``
    (default: the process environment) names one."""
    environ = os.environ if environ is None else environ
    paths = repository_paths(cwd)
    published = {s.path: s.published for s in result.extraction.sources}
    annotations = sorted((annotation(f, paths, published) for f in result.listed if _annotated(f)),
                         key=lambda a: a.order)
    shown, hidden = _within_limits(annotations)
    lines = [a.command() for a in shown]
    summary_file = environ.get("GITHUB_STEP_SUMMARY")
    if hidden:
        where_all = "the step summary lists every finding" if summary_file else \
            "run checker check --format markdown for every finding"
        lines.append(f"::notice::{hidden} more finding{'s' * (hidden != 1)} not annotated (GitHub shows at most "
                     f"{PER_LEVEL} annotations of each level per step); {where_all}.")
    if note := markdown.nothing_new(result):
        lines.append(f"::notice title=checker::{escape_data(note[0].upper() + note[1:])}.")
    if summary_file:
        append_step_summary(Path(summary_file), markdown.render_check(result, rules_label, cwd=cwd))
    return "".join(line + "\n" for line in lines)


def _annotated(finding: Finding) -> bool:
    return finding.kind != "agreement" and finding.suppressed is None and finding.baseline != "unchanged"


def annotation(finding: Finding, paths: RepositoryPaths, published) -> Annotation:
    """The annotation of one finding, placed on the claim in the newest source."""
    level = LEVELS[finding.severity]
    primary = primary_claim(finding, published)
    region = claim_region(primary)
    props: dict[str, str | int] = {"file": paths(primary.source), "line": region.start_line, "endLine": region.end_line}
    if region.exact and region.start_line == region.end_line:  # GitHub takes columns on one line only
        props |= {"col": region.start_column, "endColumn": region.end_column}
    details = ", ".join(d for d in (finding.metric, ", ".join(finding.subject), finding.period) if d)
    props["title"] = f"checker {finding.rule} {finding.kind}" + (f": {details}" if details else "")
    others = [where(c, paths) for c in finding.claims if c is not primary]
    message = finding.message + (f"\nOther claims: {', '.join(dict.fromkeys(others))}" if others else "")
    order = (LEVEL_ORDER.index(level), finding.kind != "conflict", props["file"], region.start_line,
             region.start_column or 0, finding.fingerprint)
    return Annotation(level, props, message, order)


def _within_limits(annotations: list[Annotation]) -> tuple[list[Annotation], int]:
    """The annotations GitHub will show (at most PER_LEVEL per level, keeping one notice slot for
    the 'not annotated' notice when some are left out) and how many are left out."""
    shown, counts = [], Counter()
    for a in annotations:
        if counts[a.level] < PER_LEVEL:
            shown.append(a)
            counts[a.level] += 1
    hidden = len(annotations) - len(shown)
    if hidden and counts["notice"] == PER_LEVEL:
        last_notice = max(i for i, a in enumerate(shown) if a.level == "notice")
        del shown[last_notice]
        hidden += 1
    return shown, hidden


def append_step_summary(path: Path, text: str) -> None:
    """Append (never overwrite: other steps write there too) the report, cut at a line under
    GitHub's size limit."""
    with open(path, "a", encoding="utf-8", newline="\n") as fh:
        room = SUMMARY_LIMIT - fh.tell() - 1
        if len(text.encode("utf-8")) > room:
            note = "\n_(cut to fit GitHub's step summary limit; run checker check --format markdown for all)_\n"
            text = text.encode("utf-8")[:max(0, room - len(note.encode()))].decode("utf-8", "ignore")
            text = text[:text.rfind("\n") + 1] + note
        fh.write(("\n" if fh.tell() else "") + text)
