"""JSON Lines reports: one record per line, for streaming into jq or a database — a claim per
line (`claims`), a finding per line (`check`)."""
from __future__ import annotations

from checker.model import Extraction, encode_json, json_text
from checker.report.json import finding_json


def render_claims(extraction: Extraction, rules_label: str = "") -> str:
    lines = extraction.claim_json or map(json_text, extraction.claims)
    return "".join(line + "\n" for line in lines)


def render_check(result, rules_label: str = "") -> str:
    """Each finding the report lists, as the JSON report prints it but with its claims in full
    rather than by id: a line stands alone, with no claims list to look the ids up in."""
    return "".join(encode_json(finding_json(f, result.rules) | {"claims": [c.to_json() for c in f.claims]}) + "\n"
                   for f in result.listed)
