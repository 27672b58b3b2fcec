"""Terminal report with rich: a table of claims (source:line, words, interval, unit, time, metric,
subject) and the input problems. Colour only when the console supports it."""
from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.model import Claim, Extraction, Value
from checker.report.markdown import listing_note, plural


def text_console(width: int, color: bool | None) -> Console:
    """A rich console that records into a string (read back with ``console.file.getvalue()``),
    with colour only when asked for. Strings are printed as they are: no rich markup or emoji
    codes read from them (a file named ``x[/]b.txt`` or ``[link=...]y.txt`` is text, not markup)."""
    return Console(file=StringIO(), width=width, color_system="auto" if color else None,
                   force_terminal=bool(color), highlight=False, markup=False, emoji=False)


def format_value(value: Value | None) -> str:
    """"64", "≥ 12,000", "≤ 1,500", "300–400", "≈ 70 (66.5–73.5)"."""
    if value is None:
        return "—"
    lo, hi, point = value.lo, value.hi, value.point
    if point is not None and lo == point == hi:
        return _num(point)
    if point is None:
        return f"{_num(lo)}–{_num(hi)}" if lo is not None and hi is not None else f"{_num(lo or hi)}"
    if hi is None:
        return f"≥ {_num(lo if lo is not None else point)}"
    if lo is None:
        return f"≤ {_num(hi)}"
    return f"≈ {_num(point)} ({_num(lo)}–{_num(hi)})"


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.2f}"


def _time(claim: Claim) -> str:
    t = claim.time
    if t is None:
        return "—"
    if t.start == t.end and t.start:
        span = t.start
    else:
        span = f"{t.start or '…'} → {t.end or '…'}"
    return span if t.basis == "explicit" else f"{span} ({t.basis})"


def render_claims(extraction: Extraction, rules_label: str = "", width: int | None = None,
                  color: bool | None = None, quiet: bool = False) -> str:
    """The claims table (``quiet``: without its title line of counts)."""
    console = text_console(width or 160, color)
    table = Table(title=None if quiet else f"{len(extraction.claims)} claims from {len(extraction.sources)} sources",
                  show_lines=False, expand=False)
    for column, style in (("where", "cyan"), ("claim", ""), ("value", "bold"), ("unit", ""), ("time", "green"),
                          ("metric", "magenta"), ("subject", "")):
        table.add_column(column, style=style, overflow="fold")
    for claim in extraction.claims:
        table.add_row(f"{claim.source}:{claim.line}", claim.text, format_value(claim.value),
                      claim.unit or ("event" if claim.kind == "event" else "—"), _time(claim),
                      claim.metric or "—", ", ".join(claim.subject) or "—")
    console.print(table)
    for problem in extraction.problems:
        console.print(Text.assemble((problem.level, "yellow"), f": {problem.path}: {problem.message}"))
    return console.file.getvalue()


_STYLE = {"conflict": "bold red", "drift": "bold yellow", "agreement": "green"}
_SIDE_BY_SIDE = 3  # at most this many claims in columns; more go one per row


def render_check(result, rules_label: str = "", width: int | None = None, color: bool | None = None,
                 corpus: str = "", quiet: bool = False) -> str:
    """The consistency report: header, summary, conflicts and drift with the sentences side by
    side, agreements one line each, then a series view per metric with several periods.
    ``quiet`` (-q): the findings only — no header, counts or series."""
    from rich.panel import Panel

    console = text_console(width or 120, color)
    ex, summary = result.extraction, result.summary()
    if not quiet:
        _print_summary(console, result, summary, rules_label, corpus)
    shown = [f for f in result.listed if f.suppressed is None]
    for kind in ("conflict", "drift"):
        for finding in (f for f in shown if f.kind == kind):
            state = {"new": ("NEW ", "bold"), "unchanged": ("baselined ", "dim")}.get(finding.baseline, "")
            title = Text.assemble(state, (kind.upper(), _STYLE[kind]), f"  {finding.metric or ''}",
                                  f" · {', '.join(finding.subject)}" if finding.subject else "",
                                  f" · {finding.period}" if finding.period else "", f"  [{finding.rule}]")
            console.print(Panel(_evidence(finding, _STYLE[kind]), title=title, title_align="left",
                                subtitle=finding.message if len(finding.message) < 100 else None))
            if len(finding.message) >= 100:
                console.print(Text(finding.message, style="dim"))
    agreements = [f for f in shown if f.kind == "agreement"]
    if agreements:
        console.print(Text("Agreements", style="bold green"))
        for finding in agreements:
            console.print(Text.assemble(("  ✓ ", "green"), finding.message), overflow="ellipsis", no_wrap=True)
    if result.series and not quiet:
        console.print(Text("Series (values over time: shown, not flagged)", style="bold"))
        for series in result.series:
            steps = " → ".join(f"{label}: {' / '.join(format_value(c.value) for c in claims)}"
                               for label, claims in series.points)
            console.print(Text.assemble("  ", (series.name, "magenta"), f" · {series.subject} ({series.unit}): ", steps))
    if result.review is not None:
        _print_review(console, result.review)
    for problem in ex.problems:
        console.print(Text.assemble((problem.level, "yellow"), f": {problem.path}: {problem.message}"))
    return console.file.getvalue()


def _print_summary(console: Console, result, summary: dict, rules_label: str, corpus: str) -> None:
    """The report's first lines: what was read, the counts, what is listed, the baseline's tally."""
    console.print(Text.assemble(("checker ", "bold"), f"· corpus {corpus or '.'} · {summary['sources']} sources · "
                                f"{summary['claims']} claims · rules {rules_label}"))
    console.print(Text.assemble((plural(summary["conflict"], "conflict"), _STYLE["conflict"]), " · ",
                                (f"{summary['drift']} drift", _STYLE["drift"]), " · ",
                                (plural(summary["agreement"], "agreement"), _STYLE["agreement"]),
                                f" · {plural(summary['problems'], 'input problem')}"))
    if "shown" in summary:
        console.print(Text(listing_note(summary), style="dim"))
    if result.review is not None:
        console.print(Text(_review_line(summary), style="dim"))


def _review_line(summary: dict) -> str:
    """"baseline: 1 new, 3 unchanged, 0 gone · 2 suppressed"."""
    return (f"baseline: {summary['new']} new, {summary['unchanged']} unchanged, {summary['absent']} gone"
            f" · {summary['suppressed']} suppressed")


def _print_review(console: Console, review) -> None:
    """Baseline entries no finding matches any more, and suppressions that matched nothing or expired."""
    if review.absent:
        console.print(Text(f"Gone since the baseline ({review.baseline}): resolved, or their sources removed",
                           style="bold"))
        for entry in review.absent:
            console.print(Text.assemble(("  − ", "green"), f"{entry.kind} {entry.metric or ''}: {entry.message}"),
                          overflow="ellipsis", no_wrap=True)
    for entry, expired in review.stale:
        what = "has expired" if expired else "matches no finding"
        why = f"expired {entry.expires}" if expired and entry.expires else entry.reason
        console.print(Text.assemble(("warning", "yellow"), f": {review.suppressions}:{entry.line}: suppression "
                                    f"{entry.label} {what} ({why})"))


def _evidence(finding, style: str):
    """The claims' sentences side by side, each figure highlighted, with source:line and attribution."""
    table = Table.grid(padding=(0, 2), expand=True)
    claims = finding.claims
    columns = len(claims) if len(claims) <= _SIDE_BY_SIDE else 1
    for _ in range(columns):
        table.add_column(ratio=1)
    cells = []
    for claim in claims:
        cell = Text()
        cell.append(f"{claim.source}:{claim.line}", style="cyan")
        if claim.attribution:
            cell.append(f"  (per {claim.attribution})", style="dim")
        cell.append("\n")
        at = claim.sentence.find(claim.text)
        if at < 0:
            cell.append(claim.sentence)
        else:
            cell.append(claim.sentence[:at])
            cell.append(claim.text, style=style)
            cell.append(claim.sentence[at + len(claim.text):])
        cells.append(cell)
    for i in range(0, len(cells), columns):
        table.add_row(*cells[i:i + columns])
    return table

