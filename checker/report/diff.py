"""Terminal diff views with rich: two sources side by side, and two runs' findings."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from checker.diff import FindingsDiff, SourceDiff
from checker.model import Claim
from checker.printable import one_line, shown_path
from checker.report.terminal import format_value, problem_line, text_console, words_in

_MARK = {"conflict": ("≠ conflict", "bold red"), "drift": ("~ drift", "bold yellow"),
         "agreement": ("= agree", "green"), "only-a": ("A only", "cyan"), "only-b": ("B only", "magenta")}
_SUMMARY = {"conflict": "conflicting", "drift": "drifting", "agreement": "agreeing", "only-a": "only in A",
            "only-b": "only in B"}
_CONTEXT = 70  # characters of the sentence kept around a figure


def render_source_diff(diff: SourceDiff, width: int | None = None, color: bool | None = None) -> str:
    """One row per quantity: the claims of A and of B, figures highlighted, and the verdict."""
    console = text_console(width or 120, color)
    console.print(Text.assemble(("A ", "bold cyan"), _describe(diff.a), "   ", ("B ", "bold magenta"), _describe(diff.b)))
    console.print(" · ".join(f"{diff.count(state)} {_SUMMARY[state]}" for state in _SUMMARY))
    table = Table(expand=True, show_lines=True, header_style="bold")
    table.add_column("quantity", ratio=2, overflow="fold")
    table.add_column(Text(f"A {shown_path(diff.a.path)}"), ratio=4, overflow="fold")
    table.add_column(Text(f"B {shown_path(diff.b.path)}"), ratio=4, overflow="fold")
    table.add_column("", no_wrap=True, min_width=10)
    for row in diff.rows:
        label, style = _MARK[row.state]
        figure_style = style if row.state in ("conflict", "drift") else "bold"
        table.add_row(Text(one_line(row.quantity)), _cell(row.a, figure_style), _cell(row.b, figure_style),
                      Text(label, style=style))
    console.print(table)
    for problem in diff.problems:
        console.print(problem_line(problem))
    return console.file.getvalue()


def _describe(source) -> str:
    parts = (shown_path(source.path), one_line(source.publisher or ""), source.published)
    return " · ".join(part for part in parts if part)


def _cell(claims: tuple[Claim, ...], style: str) -> Text:
    """Each claim as line number, value and its words in a window of the sentence, figure highlighted."""
    cell = Text()
    for i, claim in enumerate(claims):
        if i:
            cell.append("\n")
        cell.append(f"{claim.line}: ", style="dim")
        if claim.value is not None:
            unit = f" {one_line(claim.unit)}" if claim.unit else ""
            cell.append(f"[{format_value(claim.value)}{unit}] ", style="dim")
        span = words_in(claim.sentence, claim.text)
        if span is None:
            cell.append(one_line(claim.text), style=style)
            continue
        at, end = span
        before = claim.sentence[max(0, at - _CONTEXT // 2):at]
        after = claim.sentence[end:end + _CONTEXT // 2]
        cell.append(("…" if at > _CONTEXT // 2 else "") + one_line(before))
        cell.append(one_line(claim.sentence[at:end]), style=style)
        cell.append(one_line(after) + ("…" if end + _CONTEXT // 2 < len(claim.sentence) else ""))
    return cell


def render_findings_diff(diff: FindingsDiff, width: int | None = None, color: bool | None = None) -> str:
    """Findings new in the second run, resolved since the first, and unchanged."""
    console = text_console(width or 120, color)
    console.print(Text.assemble(("old ", "bold"), shown_path(diff.old), "   ", ("new ", "bold"), shown_path(diff.new)))
    console.print(f"{len(diff.added)} new · {len(diff.resolved)} resolved · {len(diff.unchanged)} unchanged")
    for title, entries, mark, style in (("New", diff.added, "+", "bold red"), ("Resolved", diff.resolved, "−", "green"),
                                        ("Unchanged", diff.unchanged, "=", "dim")):
        if not entries:
            continue
        console.print(Text(title, style="bold"))
        for entry in entries:
            console.print(Text.assemble((f"  {mark} ", style), (f"{entry.kind:<8} ", style), f"{entry.id}  ",
                                        one_line(entry.message)), overflow="fold")
    return console.file.getvalue()
