"""Output formats: one module per format, each exposing ``render_*(...) -> str``; registered here.

Only the JSON format is imported with the package: every other one is imported on its first
call, so a run pays for the one format it writes (``--format json`` never imports rich)."""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from checker.report import json as json_format


def _on_first_call(module: str, function: str) -> Callable[..., str]:
    """``checker.report.<module>.<function>``, imported when first called."""

    def render(*args, **kwargs) -> str:
        return getattr(import_module(f"checker.report.{module}"), function)(*args, **kwargs)

    render.__qualname__ = render.__name__ = f"{module}.{function}"
    return render


CLAIM_FORMATS = {
    "terminal": _on_first_call("terminal", "render_claims"),
    "json": json_format.render_claims,
    "jsonl": _on_first_call("jsonl", "render_claims"),
}

CHECK_FORMATS = {
    "terminal": _on_first_call("terminal", "render_check"),
    "json": json_format.render_check,
    "jsonl": _on_first_call("jsonl", "render_check"),
    "markdown": _on_first_call("markdown", "render_check"),
    "github": _on_first_call("github", "render_check"),
    "sarif": _on_first_call("sarif", "render_check"),
}

__all__ = ["CHECK_FORMATS", "CLAIM_FORMATS", "benchmark"]
