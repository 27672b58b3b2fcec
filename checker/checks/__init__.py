"""The checks the engine runs, one module per check kind; ids are the keys of rules/checks.yaml."""
from __future__ import annotations

from checker.checks import (
    daily_average,
    events,
    parts_whole,
    running_total,
    share,
    values,
)

CHECKS = {module.ID: module for module in (values, events, running_total, parts_whole, daily_average, share)}

__all__ = ["CHECKS"]
