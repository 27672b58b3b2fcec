"""Terminal report with rich: a table of claims (source:line, words, interval, unit, time, metric,
subject) and the input problems. Colour only when the console supports it."""
from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.model import Claim, Extraction, Value
from checker.printable import one_line, printable, shown_path
from checker.report.markdown import listing_note, nothing_new, plural


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
    elif t.start and t.end and t.start[4:] == "-01-01" and t.end[4:] == "-12-31" and t.start[:4] == t.end[:4]:
        span = t.start[:4]  # a whole year
    else:
        span = f"{t.start or '…'} → {t.end or '…'}"
    return span if t.basis == "explicit" else f"{span} ({t.basis})"


_TABLE_WIDTH = 120  # narrower terminals list each claim on two lines instead of a table


def render_claims(extraction: Extraction, rules_label: str = "", width: int | None = None,
                  color: bool | None = None, quiet: bool = False, explain: bool = False) -> str:
    """The claims (``quiet``: without the title line of counts): a table, each ``file:line`` on
    one line; below 120 columns a list, two lines a claim, so that 80 columns stay readable.
    ``explain``: the list, each claim followed by why it got its metric, place and period."""
    console = text_console(width or 160, color)
    title = None if quiet else f"{len(extraction.claims)} claims from {len(extraction.sources)} sources"
    if console.width < _TABLE_WIDTH or explain:
        _claims_list(console, extraction, title, explain)
    else:
        table = Table(title=title, show_lines=False, expand=False)
        for column, style in (("where", "cyan"), ("claim", ""), ("value", "bold"), ("unit", ""), ("time", "green"),
                              ("metric", "magenta"), ("subject", "")):
            table.add_column(column, style=style, overflow="fold", no_wrap=column == "where")
        for claim in extraction.claims:
            table.add_row(f"{shown_path(claim.source)}:{claim.line}", one_line(claim.text), format_value(claim.value),
                          _unit(claim), _time(claim), claim.metric or "—", one_line(", ".join(claim.subject)) or "—")
        console.print(table)
    for problem in extraction.problems:
        console.print(problem_line(problem))
    return console.file.getvalue()


def problem_line(problem) -> Text:
    """``warning: path: message``, as plain text: a file name is never read as markup."""
    return Text.assemble((problem.level, "yellow"), f": {shown_path(problem.path)}: {one_line(problem.message)}")


def _unit(claim: Claim) -> str:
    return one_line(claim.unit or ("event" if claim.kind == "event" else "—"))


def _claims_list(console: Console, extraction: Extraction, title: str | None, explain: bool = False) -> None:
    """Each claim as ``file:line  value unit`` and, indented below, its words, time, metric and
    subject; with ``explain``, one line per bound field: its basis, the words and the rule."""
    if title:
        console.print(Text(title, style="bold"))
    for claim in extraction.claims:
        console.print(Text.assemble((f"{shown_path(claim.source)}:{claim.line}", "cyan"), "  ",
                                    (f"{format_value(claim.value)} {_unit(claim)}", "bold")))
        console.print(Text.assemble("    ", f"“{one_line(' '.join(claim.text.split()))}” · ", (_time(claim), "green"),
                                    " · ", (claim.metric or "—", "magenta"), " · ",
                                    one_line(", ".join(claim.subject)) or "—"))
        if explain:
            _print_binding(console, claim)


def _print_binding(console: Console, claim: Claim) -> None:
    """Why the claim got each of its contexts, or that nothing established it."""
    for field in ("metric", "subject", "time"):
        e = claim.evidence(field)
        if e is None:
            console.print(Text(f"      {field}: not established", style="dim"))
            continue
        words = f" “{one_line(e.words)}”" if e.words else ""
        console.print(Text.assemble(f"      {field}: ", (e.basis, "bold"), words, (f"  {e.rule}" if e.rule else "", "dim")))
    for field in ("revision", "projection"):  # a figure a correction replaces, one its words project
        if (e := claim.evidence(field)) is not None:  # (binding.corrections, binding.projections)
            console.print(Text.assemble(f"      {field}: ", (e.basis, "bold"), f" “{one_line(e.words)}”"))


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
    sources = {s.path: s for s in ex.sources}
    for kind in ("conflict", "drift"):
        for finding in (f for f in shown if f.kind == kind):
            state = {"new": ("NEW ", "bold"), "unchanged": ("baselined ", "dim")}.get(finding.baseline, "")
            title = Text.assemble(state, (kind.upper(), _STYLE[kind]), f"  {finding.metric or ''}",
                                  one_line(f" · {', '.join(finding.subject)}") if finding.subject else "",
                                  f" · {finding.period}" if finding.period else "",
                                  f"  [{finding.rule} · {finding.severity}]")
            console.print(Panel(_evidence(finding, _STYLE[kind], sources, console), title=title, title_align="left",
                                subtitle=Text(f"id {finding.id}"), subtitle_align="right"))
            console.print(Text(one_line(finding.message), style="dim"))
    agreements = [f for f in shown if f.kind == "agreement"]
    if agreements:
        console.print(Text("Agreements", style="bold green"))
        for finding in agreements:
            console.print(Text.assemble(("  ✓ ", "green"), one_line(finding.message)), overflow="ellipsis",
                          no_wrap=True)
    if result.series and not quiet:
        console.print(Text("Series (values over time: shown, not flagged)", style="bold"))
        for series in result.series:
            steps = " → ".join(f"{label}: {' / '.join(format_value(c.value) for c in claims)}"
                               for label, claims in series.points)
            console.print(Text.assemble("  ", (series.name, "magenta"),
                                        one_line(f" · {series.subject} ({series.unit}): "), steps))
    if result.not_compared and not quiet and result.shown in ("all", "agreement"):
        _print_not_compared(console, result.not_compared)
    if result.review is not None:
        _print_review(console, result.review)
    for problem in ex.problems:
        console.print(problem_line(problem))
    return console.file.getvalue()


def _print_not_compared(console: Console, skipped) -> None:
    """Figures left out of every comparison, one line each under the reason (checks/established.py)."""
    console.print(Text(f"Not compared ({plural(len(skipped), 'figure')}: context not established)", style="bold"))
    by_reason: dict[str, list] = {}
    for claim, why in skipped:
        by_reason.setdefault(why, []).append(claim)
    for why, claims in by_reason.items():
        console.print(Text(f"  {why}", style="dim"))
        for claim in claims:
            console.print(Text.assemble("    ", (f"{shown_path(claim.source)}:{claim.line}", "cyan"),
                                        f"  {one_line(claim.text)}",
                                        (f"  {one_line(claim.metric or claim.noun or '')}", "magenta")),
                          overflow="ellipsis", no_wrap=True)


def _print_summary(console: Console, result, summary: dict, rules_label: str, corpus: str) -> None:
    """The report's first lines: what was read, the counts, what is listed, the baseline's tally."""
    console.print(Text.assemble(("checker ", "bold"), f"· corpus {printable(corpus or '.')} · {summary['sources']} "
                                f"sources · {summary['claims']} claims · rules {rules_label}"))
    console.print(Text.assemble((plural(summary["conflict"], "conflict"), _STYLE["conflict"]), " · ",
                                (f"{summary['drift']} drift", _STYLE["drift"]), " · ",
                                (plural(summary["agreement"], "agreement"), _STYLE["agreement"]),
                                f" · {plural(summary['problems'], 'input problem')}"))
    if "shown" in summary:
        console.print(Text(listing_note(summary), style="dim"))
    if result.review is not None:
        console.print(Text(_review_line(summary), style="dim"))
    if note := nothing_new(result):
        console.print(Text(note[0].upper() + note[1:] + ".", style="bold green"))


def _review_line(summary: dict) -> str:
    """"baseline: 1 new, 3 unchanged, 0 gone · 2 suppressed"."""
    return (f"baseline: {summary['new']} new, {summary['unchanged']} unchanged, {summary['absent']} gone"
            f" · {summary['suppressed']} suppressed")


def _print_review(console: Console, review) -> None:
    """Baseline entries no finding matches any more, and suppressions that matched nothing or expired."""
    if review.absent:
        console.print(Text(f"Gone since the baseline ({shown_path(review.baseline)}): resolved, or their sources "
                           "removed", style="bold"))
        for entry in review.absent:
            console.print(Text.assemble(("  − ", "green"),
                                        f"{entry.kind} {entry.metric or ''}: {one_line(entry.message)}"),
                          overflow="ellipsis", no_wrap=True)
    for entry, expired in review.stale:
        what = "has expired" if expired else "matches no finding"
        why = f"expired {entry.expires}" if expired and entry.expires else entry.reason
        console.print(Text.assemble(("warning", "yellow"), f": {shown_path(review.suppressions)}:{entry.line}: "
                                    f"suppression {printable(entry.label)} {what} ({one_line(str(why))})"))


def _evidence(finding, style: str, sources: dict, console: Console):
    """The claims' sentences side by side (one a row when a column could not hold a claim's
    ``source:line`` whole), each headed by ``source:line`` and the publisher and date as
    ``checker diff`` shows them, the claim's words marked: in colour, and in brackets when the
    report has none."""
    table = Table.grid(padding=(0, 2), expand=True)
    claims = finding.claims
    heads = [f"{shown_path(c.source)}:{c.line}" for c in claims]
    columns = len(claims) if len(claims) <= _SIDE_BY_SIDE else 1
    if columns > 1 and (console.width - 4 - 2 * (columns - 1)) // columns < max(map(len, heads)):
        columns = 1
    for _ in range(columns):
        table.add_column(ratio=1)
    marks = ("", "") if console.color_system else ("[", "]")
    cells = []
    for claim, head in zip(claims, heads):
        cell = Text()
        cell.append(head, style="cyan")
        source = sources.get(claim.source)
        about = [part for part in (source.publisher, source.published) if part] if source else []
        if claim.attribution:
            about.append(f"per {claim.attribution}")
        if about:
            cell.append("\n" + one_line(" · ".join(about)), style="dim")
        cell.append("\n")
        span = words_in(claim.sentence, claim.text)
        if span is None:
            cell.append(one_line(claim.sentence))
        else:
            cell.append(one_line(claim.sentence[:span[0]]))
            cell.append(f"{marks[0]}{one_line(claim.sentence[span[0]:span[1]])}{marks[1]}", style=style)
            cell.append(one_line(claim.sentence[span[1]:]))
        carried = _carried_context(claim)
        if carried:
            cell.append("\n" + one_line(carried), style="dim")
        cells.append(cell)
    for i in range(0, len(cells), columns):
        table.add_row(*cells[i:i + columns])
    return table


def _carried_context(claim: Claim) -> str:
    """The contexts a claim took from beyond its own sentence ("place from the discourse: El
    Salvador (the article's title)"): what a reader cannot see in the sentence shown."""
    parts = []
    for field, label in (("metric", "metric"), ("subject", "place"), ("time", "period")):
        e = claim.evidence(field)
        if e is not None and e.basis in ("discourse", "publication"):
            parts.append(f"{label} from the {e.basis}" + (f": {e.words}" if e.words else ""))
    return "; ".join(parts)


def words_in(sentence: str, words: str) -> tuple[int, int] | None:
    """Where a claim's words stand in its sentence, line breaks and runs of spaces in either
    counting as one space (a figure wrapped in the file); None when they are not there."""
    at = sentence.find(words)
    if at >= 0:
        return at, at + len(words)
    folded, index = [], []
    for i, ch in enumerate(sentence):
        if ch.isspace():
            if folded and folded[-1] == " ":
                continue
            ch = " "
        folded.append(ch)
        index.append(i)
    target = " ".join(words.split())
    at = "".join(folded).find(target) if target else -1
    return None if at < 0 else (index[at], index[at + len(target) - 1] + 1)
