"""JSON Lines report: one claim per line, for streaming into jq or a database."""
from __future__ import annotations

from checker.model import Extraction, json_text


def render_claims(extraction: Extraction, rules_label: str = "") -> str:
    lines = extraction.claim_json or map(json_text, extraction.claims)
    return "".join(line + "\n" for line in lines)
