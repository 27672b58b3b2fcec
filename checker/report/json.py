"""JSON report: the DESIGN.md contract, deterministic (sorted inputs, no timestamps, relative paths)."""
from __future__ import annotations

import json

from checker import __version__
from checker.model import Extraction


def dump(doc: dict) -> str:
    """The document as JSON with one top-level key per line and one list item per line: as easy
    to diff and grep as an indented dump, and written by json's C encoder (an indented dump
    goes through the pure-Python one, several times slower on a large corpus)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lines = []
    for key, value in doc.items():
        name = encode(key)
        if isinstance(value, list) and value:
            items = ",\n".join(f"  {encode(item)}" for item in value)
            lines.append(f" {name}: [\n{items}\n ]")
        else:
            lines.append(f" {name}: {encode(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def header(extraction: Extraction, rules_label: str) -> dict:
    return {"version": __version__, "rules": rules_label}


def render_claims(extraction: Extraction, rules_label: str = "") -> str:
    doc = {
        "checker": header(extraction, rules_label),
        "sources": [s.to_json() for s in extraction.sources],
        "claims": [c.to_json() for c in extraction.claims],
        "problems": [p.to_json() for p in extraction.problems],
        "summary": {"sources": len(extraction.sources), "claims": len(extraction.claims),
                    "problems": len(extraction.problems)},
    }
    return dump(doc)


def render_check(result, rules_label: str = "") -> str:
    """`checker check --format json`: sources, claims, findings (claims by id), series, summary."""
    ex = result.extraction
    doc = {
        "checker": header(ex, rules_label),
        "sources": [s.to_json() for s in ex.sources],
        "claims": [c.to_json() for c in ex.claims],
        "findings": [f.to_json() for f in result.findings],
        "series": [{"metric": s.metric, "unit": s.unit, "subject": s.subject,
                    "points": [{"period": label, "claims": [c.id for c in claims]} for label, claims in s.points]}
                   for s in result.series],
        "problems": [p.to_json() for p in ex.problems],
        "summary": result.summary(),
    }
    if result.review is not None:
        doc["review"] = result.review.to_json()
    return dump(doc)
