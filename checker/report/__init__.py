"""Output formats: one module per format, each exposing ``render_*(...) -> str``; registered here."""
from __future__ import annotations

from checker.report import benchmark, github, jsonl, markdown, sarif, terminal
from checker.report import json as json_format

CLAIM_FORMATS = {
    "terminal": terminal.render_claims,
    "json": json_format.render_claims,
    "jsonl": jsonl.render_claims,
}

CHECK_FORMATS = {
    "terminal": terminal.render_check,
    "json": json_format.render_check,
    "markdown": markdown.render_check,
    "github": github.render_check,
    "sarif": sarif.render_check,
}

__all__ = ["CHECK_FORMATS", "CLAIM_FORMATS", "benchmark"]
