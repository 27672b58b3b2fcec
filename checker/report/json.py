"""JSON report: the DESIGN.md contract, deterministic (sorted inputs, no timestamps, relative paths)."""
from __future__ import annotations

from checker.fingerprints import header
from checker.model import Extraction, Finding, encode_json
from checker.report.markdown import nothing_new


def dump(doc: dict) -> str:
    """The document as JSON with one top-level key per line and one list item per line: as easy
    to diff and grep as an indented dump, and written by json's C encoder (an indented dump
    goes through the pure-Python one, several times slower on a large corpus). A list of
    ``Encoded`` items is printed as it is. The pieces are joined once: the claims of a large
    corpus are megabytes, each further concatenation a copy of them."""
    parts = ["{\n"]
    for key, value in doc.items():
        if len(parts) > 1:
            parts.append(",\n")
        name = encode_json(key)
        if isinstance(value, Encoded):
            parts += (f" {name}: [\n  ", ",\n  ".join(value), "\n ]") if value else (f" {name}: []",)
        elif isinstance(value, list) and value:
            parts += (f" {name}: [\n", ",\n".join(f"  {encode_json(item)}" for item in value), "\n ]")
        else:
            parts.append(f" {name}: {encode_json(value)}")
    parts.append("\n}\n")
    return "".join(parts)


class Encoded(tuple):
    """Items already encoded as JSON text (each claim as ``model.json_text`` prints it)."""


def claims_of(extraction: Extraction) -> list | Encoded:
    """The claims for a report: encoded by the cache when it supplied them."""
    return Encoded(extraction.claim_json) if extraction.claim_json else [c.to_json() for c in extraction.claims]


def finding_json(finding: Finding, rules) -> dict:
    """A finding as the JSON formats print it: the DESIGN.md contract with ``rule_file`` after
    ``rule`` (the check), naming the rule file of its metric or event kind (null for a generic
    metric no rule names), so a reader can open the file that made the finding."""
    doc = {}
    for key, value in finding.to_json().items():
        doc[key] = value
        if key == "rule":
            doc["rule_file"] = rules.rule_file(finding.metric)
    return doc


def render_claims(extraction: Extraction, rules_label: str = "") -> str:
    doc = {
        "checker": header(rules_label),
        "sources": [s.to_json() for s in extraction.sources],
        "claims": claims_of(extraction),
        "problems": [p.to_json() for p in extraction.problems],
        "summary": {"sources": len(extraction.sources), "claims": len(extraction.claims),
                    "problems": len(extraction.problems)},
    }
    return dump(doc)


def render_check(result, rules_label: str = "") -> str:
    """`checker check --format json`: sources, claims, findings (claims by id), series, summary."""
    ex = result.extraction
    doc = {
        "checker": header(rules_label),
        "sources": [s.to_json() for s in ex.sources],
        "claims": claims_of(ex),
        "findings": [finding_json(f, result.rules) for f in result.listed],
        "series": [{"metric": s.metric, "unit": s.unit, "subject": s.subject,
                    "points": [{"period": label, "claims": [c.id for c in claims]} for label, claims in s.points]}
                   for s in result.series],
        "not_compared": [{"claim": claim.id, "reason": why} for claim, why in result.not_compared],
        "problems": [p.to_json() for p in ex.problems],
        "summary": result.summary(),
    }
    if result.review is not None:
        doc["review"] = result.review.to_json()
        if result.review.baseline is not None:
            doc["review"]["nothing_new"] = nothing_new(result) is not None
    return dump(doc)
