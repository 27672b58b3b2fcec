"""JSON Lines report: one claim per line, for streaming into jq or a database."""
from __future__ import annotations

import json

from checker.model import Extraction


def render_claims(extraction: Extraction, rules_label: str = "") -> str:
    return "".join(json.dumps(c.to_json(), ensure_ascii=False) + "\n" for c in extraction.claims)
