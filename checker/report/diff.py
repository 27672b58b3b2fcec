"""Terminal diff views with rich: two sources side by side, and two runs' findings."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from checker.diff import FindingsDiff, SourceDiff
from checker.model import Claim
from checker.report.terminal import format_value, text_console, words_in

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
    table.add_column(f"A {diff.a.path}", ratio=4, overflow="fold")
    table.add_column(f"B {diff.b.path}", ratio=4, overflow="fold")
    table.add_column("", no_wrap=True, min_width=10)
    for row in diff.rows:
        label, style = _MARK[row.state]
        figure_style = style if row.state in ("conflict", "drift") else "bold"
        table.add_row(row.quantity, _cell(row.a, figure_style), _cell(row.b, figure_style), Text(label, style=style))
    console.print(table)
    for problem in diff.problems:
        console.print(f"[yellow]{problem.level}[/]: {problem.path}: {problem.message}")
    return console.file.getvalue()


def _describe(source) -> str:
    return " · ".join(part for part in (source.path, source.publisher, source.published) if part)


def _cell(claims: tuple[Claim, ...], style: str) -> Text:
    """Each claim as line number, value and its words in a window of the sentence, figure highlighted."""
    cell = Text()
    for i, claim in enumerate(claims):
        if i:
            cell.append("\n")
        cell.append(f"{claim.line}: ", style="dim")
        if claim.value is not None:
            cell.append(f"[{format_value(claim.value)}{' ' + claim.unit if claim.unit else ''}] ", style="dim")
        span = words_in(claim.sentence, claim.text)
        if span is None:
            cell.append(claim.text, style=style)
            continue
        at, end = span
        before = claim.sentence[max(0, at - _CONTEXT // 2):at]
        after = claim.sentence[end:end + _CONTEXT // 2]
        cell.append(("…" if at > _CONTEXT // 2 else "") + before)
        cell.append(claim.sentence[at:end], style=style)
        cell.append(after + ("…" if end + _CONTEXT // 2 < len(claim.sentence) else ""))
    return cell


def render_findings_diff(diff: FindingsDiff, width: int | None = None, color: bool | None = None) -> str:
    """Findings new in the second run, resolved since the first, and unchanged."""
    console = text_console(width or 120, color)
    console.print(Text.assemble(("old ", "bold"), diff.old, "   ", ("new ", "bold"), diff.new))
    console.print(f"{len(diff.added)} new · {len(diff.resolved)} resolved · {len(diff.unchanged)} unchanged")
    for title, entries, mark, style in (("New", diff.added, "+", "bold red"), ("Resolved", diff.resolved, "−", "green"),
                                        ("Unchanged", diff.unchanged, "=", "dim")):
        if not entries:
            continue
        console.print(Text(title, style="bold"))
        for entry in entries:
            console.print(Text.assemble((f"  {mark} ", style), (f"{entry.kind:<8} ", style), f"{entry.id}  ",
                                        entry.message), overflow="fold")
    return console.file.getvalue()
