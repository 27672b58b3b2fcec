"""The checks the engine runs, one module per check, named after its id in rules/checks.yaml.

A check is a module with ``ID`` (its key in rules/checks.yaml and in ``CHECKS``),
``blocks(claims, ctx)`` (the claims it compares, grouped: by quantity, event kind or source) and
``judge(block, members, ctx) -> list[Finding]``, which reads only the members and the context of
their own sources, so that the engine may reuse a block's judgement while its claims stay the
same (``checker.store``). Checks never compare all pairs: inside a block they cluster claims and
compare neighbouring clusters only, so their cost grows with the corpus, not its square.

What the checks share, one job per module: ``context`` (the corpus-wide facts), ``blocks``
(which claims are read together), ``periods``, ``places`` (subject clusters), ``intervals``
(value intervals, gaps and verdicts) and ``findings`` (making a finding and its message).
"""
from __future__ import annotations

from types import ModuleType

from checker.checks import daily_average, event_date, parts_whole, running_total, share, value

# Every check, by id, in the order the engine runs them.
CHECKS: dict[str, ModuleType] = {
    "value": value,
    "event-date": event_date,
    "running-total": running_total,
    "parts-whole": parts_whole,
    "daily-average": daily_average,
    "share": share,
}

__all__ = ["CHECKS"]
