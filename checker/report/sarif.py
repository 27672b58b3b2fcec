"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (CONVENTIONS.md, section 2).

One rule per check that ran, documented from rules/checks.yaml; one result per drift or conflict,
placed on the claim in the newest source, with the other claims as related locations linked from
the message. Agreements are not alerts: left out unless asked for (``--show agreement``), then
``kind: pass`` results of level ``none``. ``partialFingerprints`` carry checker's own
line-independent fingerprint, so code scanning's alert identity is the baseline's identity.

Baseline entries no finding matches any more are reported as notifications, not as results with
``baselineState: absent``: code scanning reads every result as an open alert whatever its
baseline state, and such an entry has no claim left to place a location on. Deterministic: no
timestamps, repository-relative URIs, the engine's finding order.
"""
from __future__ import annotations

import json
from pathlib import Path

from checker import __version__, patterns
from checker.checks import CHECKS
from checker.fingerprints import FINGERPRINT_SCHEME, digest, header
from checker.model import Claim, Finding
from checker.report.locations import (
    RepositoryPaths,
    claim_region,
    primary_claim,
    repository_paths,
    where,
)

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}  # checker severity -> SARIF level
ALERT_KINDS = ("conflict", "drift")  # results of kind "fail"; agreements, when listed, are "pass"
TEXT_LIMIT = 1024  # GitHub's limit for rule descriptions
_LINK_CHARACTERS = patterns.compile(r"([\\\[\]])")


def render_check(result, rules_label: str = "", *, cwd: Path | None = None) -> str:
    """The SARIF log of one run; ``cwd`` (default: the working folder) is where the run's
    relative paths start, from which the repository root is found."""
    paths = repository_paths(cwd)
    rule_ids = [check_id for check_id in sorted(CHECKS) if result.rules.checks.get(check_id, "error") != "off"]
    published = {s.path: s.published for s in result.extraction.sources}
    run = {
        "tool": {"driver": {
            "name": "checker",
            "semanticVersion": __version__,
            **_information_uri(),
            "rules": [_rule(check_id, result.rules) for check_id in rule_ids],
        }},
        "automationDetails": {"id": _category(result.paths, paths)},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, rule_ids.index(f.rule), published, result.rules, paths)
                    for f in result.listed if f.kind in ALERT_KINDS or result.shown == "agreement"],
        "invocations": [{"executionSuccessful": True,
                         "toolExecutionNotifications": _notifications(result, rule_ids, paths)}],
        "properties": {"checker": header(rules_label)},
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, allow_nan=False, indent=1) + "\n"


def _information_uri() -> dict:
    """The project URL from the package metadata (``[project.urls]``), when it names one."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("checker").get_all("Project-URL") or []
    except PackageNotFoundError:
        return {}
    found = [url.split(",", 1)[1].strip() for url in urls if "," in url]
    return {"informationUri": found[0]} if found else {}


def _rule(check_id: str, rules) -> dict:
    """A reportingDescriptor from the check's description in the rule pack."""
    doc = rules.check_docs.get(check_id)
    summary = doc.summary if doc else f"checker check '{check_id}'"
    what = doc.what if doc else summary
    sections = doc.sections() if doc else [("What it checks", what)]
    level = rules.checks.get(check_id, "error")
    options = (f"The level of its conflicts is {level} (checks.yaml: `{check_id}: {level}`; "
               "error, warning, info, or off to turn it off); drift is one level milder.")
    sections.append(("Options", options))
    return {
        "id": check_id,
        "name": check_id,
        "shortDescription": {"text": _clip(summary)},
        "fullDescription": {"text": _clip(what)},
        "help": {"text": "\n\n".join(f"{title}: {body}" for title, body in sections),
                 "markdown": "\n\n".join(f"**{title}**\n\n{body}" for title, body in sections)},
        "defaultConfiguration": {"level": LEVELS[level]},
        "properties": {"tags": list(doc.tags) if doc else []},
    }


def _clip(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT - 1] + "…"


def _category(corpus: tuple[str, ...], paths: RepositoryPaths) -> str:
    """``checker/<corpus>/``: the paths checked, so two corpora of one commit are two categories
    (code scanning replaces a category's earlier results) and a new article does not start one."""
    return "checker/" + "+".join(sorted(paths(p) for p in corpus)) + "/" if corpus else "checker/"


def _result(finding: Finding, rule_index: int, published, rules, paths: RepositoryPaths) -> dict:
    primary = primary_claim(finding, published)
    others = [c for c in finding.claims if c is not primary]
    links = ", ".join(f"[{where(c, paths)}]({n})" for n, c in enumerate(others, 1))
    message = _escape(" ".join(finding.message.split())) + (f" Other claims: {links}." if links else "")
    out = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity] if finding.kind in ALERT_KINDS else "none",
        "kind": "fail" if finding.kind in ALERT_KINDS else "pass",
        "message": {"text": message},
        "locations": [_location(primary, paths)],
    }
    if others:
        out["relatedLocations"] = [
            {"id": n, "message": {"text": f"“{' '.join(c.text.split())}” in {paths(c.source)}"
                                          + (f", published {published[c.source]}" if published.get(c.source) else "")},
             **_location(c, paths)}
            for n, c in enumerate(others, 1)]
    out["partialFingerprints"] = {
        "primaryLocationLineHash": f"{finding.id}:1",  # unique per run: the engine drops duplicates
        f"checkerFinding/{FINGERPRINT_SCHEME}": digest(finding.fingerprint),
    }
    if finding.baseline:
        out["baselineState"] = finding.baseline
    if finding.suppressed:
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": finding.suppressed.reason}]
    out["properties"] = {"metric": finding.metric, "subject": list(finding.subject), "period": finding.period,
                         "finding": finding.kind}
    rule_file = rules.rule_file(finding.metric)
    if rule_file:
        out["properties"]["ruleFile"] = rule_file
    if finding.upstream:
        out["properties"]["upstream"] = finding.upstream
    return out


def _escape(text: str) -> str:
    """Plain text in a message with embedded links (SARIF 3.11.6): literal brackets and
    backslashes escaped, so only our ``[text](id)`` links read as links."""
    return _LINK_CHARACTERS.sub(r"\\\1", text)


def _location(claim: Claim, paths: RepositoryPaths) -> dict:
    region = claim_region(claim)
    box = {"startLine": region.start_line}
    if region.exact:
        box |= {"startColumn": region.start_column, "endLine": region.end_line, "endColumn": region.end_column,
                "snippet": {"text": claim.text}}
    return {"physicalLocation": {"artifactLocation": {"uri": paths.uri(claim.source)}, "region": box}}


def _notifications(result, rule_ids: list[str], paths: RepositoryPaths) -> list[dict]:
    """Input problems, baseline entries gone since the baseline, stale suppressions."""
    out = [{"level": problem.level if problem.level in ("error", "warning") else "note",
            "message": {"text": f"{paths(problem.path)}: {problem.message}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": paths.uri(problem.path)}}}]}
           for problem in result.extraction.problems]
    review = result.review
    if review is None:
        return out
    for entry in review.absent:
        note = {"level": "note",
                "message": {"text": f"Gone since the baseline (resolved, or its sources removed): {entry.kind} "
                                    f"{entry.check} {entry.metric or ''}: {entry.message}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": paths.uri(review.baseline)}}}],
                "properties": {"baselineState": "absent", "fingerprint": entry.fingerprint,
                               "sources": [paths(s) for s in entry.sources]}}
        if entry.check in rule_ids:
            note["associatedRule"] = {"id": entry.check, "index": rule_ids.index(entry.check)}
        out.append(note)
    for entry, expired in review.stale:
        why = f"has expired on {entry.expires}" if expired else "matches no finding"
        out.append({"level": "warning",
                    "message": {"text": f"{paths(review.suppressions)}:{entry.line}: suppression {entry.label} {why}"},
                    "locations": [{"physicalLocation": {
                        "artifactLocation": {"uri": paths.uri(review.suppressions)},
                        "region": {"startLine": entry.line}}}]})
    return out
