"""Suppressions: reviewed decisions to accept a finding, kept outside the articles.

Articles are evidence and are never edited to silence a finding, so the decisions live in a
reviewed YAML file (default ``reports/suppressions.yaml``)::

    suppressions:
      - fingerprint: 3f9c0a1d2b7e4c55      # a finding id, or its full "v1:..." fingerprint
        reason: The two reports count different periods.
        expires: 2027-01-01                # optional: from that day on the entry no longer applies
        reviewed_by: desk                  # optional

A reason is required. Entries that match no finding are reported as unused, entries past their
expiry as expired, so the file does not silently rot.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker.errors import ConfigError, SuppressionsError
from checker.model import Finding, Suppression
from checker.ruleset import did_you_mean, quote_context

_KEYS = ("fingerprint", "reason", "expires", "reviewed_by")
_FINGERPRINT = re.compile(r"(?:v\d+:)?[0-9a-f]{16,64}")


def load_suppressions(path: str | Path) -> tuple[Suppression, ...]:
    """The entries of a suppressions file; any problem in it stops the run (exit 2) with
    ``file:line:col: field: problem``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such suppressions file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read suppressions: {exc}") from exc
    display = Path(path).as_posix()

    def error(node: Node | None, field: str, problem: str) -> SuppressionsError:
        if node is None:
            return SuppressionsError(display, 0, 0, field, problem)
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        return SuppressionsError(display, line, column, field, problem, quote_context(text, line, column))

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise SuppressionsError(display, line, column, "", f"not valid YAML: {exc.problem}",
                                quote_context(text, line, column)) from None
    if root is None:
        return ()
    if not isinstance(root, MappingNode) or [k.value for k, _ in root.value] != ["suppressions"]:
        raise error(root, "", "expected a mapping with one key, 'suppressions', holding a list of entries")
    items = root.value[0][1]
    if isinstance(items, ScalarNode) and items.tag.endswith(":null"):
        return ()
    if not isinstance(items, SequenceNode):
        raise error(items, "suppressions", "expected a list of entries")
    return tuple(_entry(item, error) for item in items.value)


def _entry(node: Node, error) -> Suppression:
    if not isinstance(node, MappingNode):
        raise error(node, "suppressions", "each entry is a mapping with a fingerprint and a reason")
    fields: dict[str, str] = {}
    for key, value in node.value:
        if key.value not in _KEYS:
            hint = did_you_mean(key.value, _KEYS) or " (known: " + ", ".join(_KEYS) + ")"
            raise error(key, key.value, f"unknown key{hint}")
        if not isinstance(value, ScalarNode) or value.tag.endswith(":null") or not value.value.strip():
            raise error(value, key.value, "expected a non-empty text")
        fields[key.value] = value.value.strip()
    for required in ("fingerprint", "reason"):
        if required not in fields:
            raise error(node, required, "required: say which finding is accepted and why")
    if not _FINGERPRINT.fullmatch(fields["fingerprint"]):
        raise error(_value_node(node, "fingerprint"), "fingerprint",
                    "expected a finding id (16 hex digits) or a full fingerprint 'v1:...'")
    if "expires" in fields:
        try:
            date.fromisoformat(fields["expires"])
        except ValueError:
            raise error(_value_node(node, "expires"), "expires", "expected a date YYYY-MM-DD") from None
    return Suppression(fields["fingerprint"], fields["reason"], node.start_mark.line + 1,
                       fields.get("expires"), fields.get("reviewed_by"))


def _value_node(node: MappingNode, key: str) -> Node:
    return next(v for k, v in node.value if k.value == key)


def apply_suppressions(findings: Sequence[Finding], entries: Sequence[Suppression], today: date
                       ) -> tuple[tuple[Finding, ...], tuple[Suppression, ...], tuple[Suppression, ...]]:
    """Attach each live entry to the findings it matches. Returns the findings, the entries that
    matched nothing (unused) and the entries past their expiry date (no longer applied)."""
    expired = tuple(e for e in entries if e.expires and date.fromisoformat(e.expires) <= today)
    live = [e for e in entries if e not in expired]
    index = {e.fingerprint: e for e in reversed(live)}  # the first entry for a fingerprint wins
    used = set()
    out = []
    for finding in findings:
        entry = index.get(finding.fingerprint) or index.get(finding.id)
        if entry is not None:
            used.add(entry)
            finding = dataclasses.replace(finding, suppressed=entry)
        out.append(finding)
    return tuple(out), tuple(e for e in live if e not in used), expired
