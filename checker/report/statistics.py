"""`checker check --statistics`: findings counted per check and metric, for a first look at a
large corpus (Ruff's --statistics), as a text table or JSON."""
from __future__ import annotations

from checker.fingerprints import header
from checker.report.json import dump

_COLUMNS = (("conflict", "conflicts"), ("drift", "drift"), ("agreement", "agreements"))


def render_statistics(result, rules_label: str = "", *, as_json: bool = False) -> str:
    rows = result.statistics()
    if as_json:
        return dump({"checker": header(rules_label), "statistics": rows,
                     "summary": result.summary()})
    width = max([len("check"), *(len(r["check"]) for r in rows)])
    metric_width = max([len("metric"), *(len(r["metric"] or "—") for r in rows)])
    lines = [f"{'check':<{width}}  {'metric':<{metric_width}}" + "".join(f"  {title:>10}" for _, title in _COLUMNS)]
    for row in rows:
        lines.append(f"{row['check']:<{width}}  {row['metric'] or '—':<{metric_width}}"
                     + "".join(f"  {row[kind]:>10}" for kind, _ in _COLUMNS))
    totals = "".join(f"  {sum(r[kind] for r in rows):>10}" for kind, _ in _COLUMNS)
    lines.append(f"{'total':<{width + metric_width + 2}}{totals}")
    return "\n".join(lines) + "\n"
