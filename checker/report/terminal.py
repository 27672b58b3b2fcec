"""Terminal report with rich: a table of claims (source:line, words, interval, unit, time, metric,
subject) and the input problems. Colour only when the console supports it."""
from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.table import Table

from checker.model import Claim, Extraction, Value


def format_value(value: Value | None) -> str:
    """"105", "≥ 25,000", "≤ 3,300", "300–400", "≈ 82 (77.9–86.1)"."""
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
                  color: bool | None = None) -> str:
    console = Console(file=StringIO(), width=width or 160, color_system="auto" if color else None,
                      force_terminal=bool(color), highlight=False)
    table = Table(title=f"{len(extraction.claims)} claims from {len(extraction.sources)} sources",
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
        console.print(f"[yellow]{problem.level}[/]: {problem.path}: {problem.message}")
    return console.file.getvalue()
