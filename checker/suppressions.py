"""Suppressions: reviewed decisions to accept a finding, kept outside the articles.

Articles are evidence and are never edited to silence a finding, so the decisions live in a
reviewed YAML file (default ``reports/suppressions.yaml``)::

    suppressions:
      - fingerprint: 3f9c0a1d2b7e4c55      # a finding id, or its full "v1:..." fingerprint
        reason: The two reports count different periods.
        expires: 2027-01-01                # optional: from that day on the entry no longer applies
        reviewed_by: desk                  # optional
      - match:                             # instead of a fingerprint: every field given must hold
          check: value                     # check id
          metric: homicide_rate            # metric id
          sources: [wire/**/*.txt, agency/*]  # each of the finding's sources matches a glob
        reason: Wire copies round the figures.

A reason is required. A match covers drift and conflicts only (agreements are never alerts), and
needs *every* source of a finding to match, so a pair of articles can be accepted without
accepting everything either one says; sources are paths as the terminal and JSON reports print
them. A fingerprint entry wins over a match entry, else the first matching entry in the file.
Entries that match no finding are reported as unused, entries past their expiry as expired, so
the file does not silently rot.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from checker import patterns
from checker.baseline import BASELINED_KINDS
from checker.checks import CHECKS
from checker.errors import ConfigError, SuppressionsError, did_you_mean
from checker.fingerprints import is_written_fingerprint
from checker.model import Finding, Suppression, SuppressionMatch
from checker.yamlnodes import YamlFile, mapping_pairs

_KEYS = ("fingerprint", "match", "reason", "expires", "reviewed_by")
_MATCH_KEYS = ("check", "metric", "sources")


def load_suppressions(path: str | Path) -> tuple[Suppression, ...]:
    """The entries of a suppressions file; any problem in it stops the run (exit 2) with
    ``file:line:col: field: problem``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such suppressions file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read suppressions: {exc}") from exc
    f = YamlFile(Path(path).as_posix(), text, SuppressionsError)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise SuppressionsError.at(f.display, text, line, column, "", f"not valid YAML: {exc.problem}") from None
    if root is None:
        return ()
    if not isinstance(root, MappingNode) or [k.value for k, _ in root.value] != ["suppressions"]:
        raise f.error(root, "", "expected a mapping with one key, 'suppressions', holding a list of entries")
    items = root.value[0][1]
    if isinstance(items, ScalarNode) and items.tag.endswith(":null"):
        return ()
    if not isinstance(items, SequenceNode):
        raise f.error(items, "suppressions", "expected a list of entries")
    return tuple(_entry(item, f) for item in items.value)


def _entry(node: Node, f: YamlFile) -> Suppression:
    if not isinstance(node, MappingNode):
        raise f.error(node, "suppressions", "each entry is a mapping with a fingerprint or a match, and a reason")
    fields: dict[str, str] = {}
    match = None
    pairs = _known(node, _KEYS, "", f)
    for name, (_, value) in pairs.items():
        if name == "match":
            match = _match(value, f)
        else:
            fields[name] = _text(value, name, f)
    if "fingerprint" in fields and match is not None:
        raise f.error(pairs["match"][0], "match", "give a fingerprint or a match, not both")
    if "fingerprint" not in fields and match is None:
        raise f.error(node, "fingerprint", "required, or a match: say which findings are accepted")
    if "reason" not in fields:
        raise f.error(node, "reason", "required: say which finding is accepted and why")
    if "fingerprint" in fields and not is_written_fingerprint(fields["fingerprint"]):
        raise f.error(pairs["fingerprint"][1], "fingerprint",
                      "expected a finding id (16 hex digits) or a full fingerprint 'v1:...'")
    if "expires" in fields:
        try:
            date.fromisoformat(fields["expires"])
        except ValueError:
            raise f.error(pairs["expires"][1], "expires", "expected a date YYYY-MM-DD") from None
    return Suppression(fields.get("fingerprint"), fields["reason"], node.start_mark.line + 1,
                       fields.get("expires"), fields.get("reviewed_by"), match)


def _match(node: Node, f: YamlFile) -> SuppressionMatch:
    """A ``match:`` mapping: a check id, a metric id and/or source globs, at least one."""
    if not isinstance(node, MappingNode):
        raise f.error(node, "match", "expected a mapping with a check, a metric and/or sources")
    if not node.value:
        raise f.error(node, "match", "empty: give a check, a metric or sources (it would accept every finding)")
    fields: dict[str, str] = {}
    sources: list[str] = []
    pairs = _known(node, _MATCH_KEYS, "match.", f)
    for name, (_, value) in pairs.items():
        field = f"match.{name}"
        if name != "sources":
            fields[name] = _text(value, field, f)
            continue
        globs = value.value if isinstance(value, SequenceNode) and value.value else [value]
        for glob_node in globs:
            glob = _text(glob_node, field, f)
            try:
                _glob(glob)
            except ValueError as exc:
                raise f.error(glob_node, field, f"bad glob {glob!r}: {exc}") from None
            sources.append(glob)
    check = fields.get("check")
    if check is not None and check not in CHECKS:
        raise f.error(pairs["check"][1], "match.check", "unknown check" + did_you_mean(check, CHECKS, "known"))
    return SuppressionMatch(check, fields.get("metric"), tuple(sources))


def _known(node: MappingNode, keys: Sequence[str], prefix: str, f: YamlFile) -> dict[str, tuple[Node, Node]]:
    """The mapping's entries by key (``ruleset.mapping_pairs``: no duplicate or non-text keys); a key
    not in ``keys`` is an error with a suggestion."""
    pairs = mapping_pairs(node, f, prefix.rstrip(".") or "suppressions")
    for name, (key, _) in pairs.items():
        if name not in keys:
            raise f.error(key, prefix + name, "unknown key" + did_you_mean(name, keys, "known"))
    return pairs


def _text(node: Node, field: str, f: YamlFile) -> str:
    if not isinstance(node, ScalarNode) or node.tag.endswith(":null") or not node.value.strip():
        raise f.error(node, field, "expected a non-empty text")
    return node.value.strip()


@functools.cache
def _glob(glob: str) -> re.Pattern:
    """A source glob as a regex over a whole POSIX path: ``*`` and ``?`` stay inside one folder,
    a ``**`` segment spans any number of folders, ``[...]`` is a character class. ValueError
    says what is wrong with a bad one."""
    out = []
    segments = glob.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "**":
            out.append(".*" if last else "(?:[^/]*/)*")
            continue
        if "**" in segment:
            raise ValueError("'**' must be a whole path segment, as in 'wire/**/*.txt'")
        at = 0
        while at < len(segment):
            char = segment[at]
            if char == "[":
                negated = segment.startswith("!", at + 1)
                start = at + 1 + negated
                end = segment.find("]", start + 1)  # a ']' first in the class is one of its characters
                if end < 0:
                    raise ValueError("'[' without a closing ']'")
                body = segment[start:end].replace("\\", "\\\\").replace("[", "\\[")
                out.append("[" + ("^/" if negated else "\\" if body.startswith("^") else "") + body + "]")
                at = end + 1
                continue
            out.append({"*": "[^/]*", "?": "[^/]"}.get(char) or re.escape(char))
            at += 1
        if not last:
            out.append("/")
    try:
        return patterns.compile("".join(out))
    except re.error as exc:
        raise ValueError(exc.msg) from None


def apply_suppressions(findings: Sequence[Finding], entries: Sequence[Suppression], today: date
                       ) -> tuple[tuple[Finding, ...], tuple[Suppression, ...], tuple[Suppression, ...]]:
    """Attach each live entry to the findings it matches. Returns the findings, the entries that
    matched nothing (unused) and the entries past their expiry date (no longer applied)."""
    expired = tuple(e for e in entries if e.expires and date.fromisoformat(e.expires) <= today)
    live = [e for e in entries if e not in expired]
    index = {e.fingerprint: e for e in reversed(live) if e.fingerprint}  # the first entry for a fingerprint wins
    matches = [e for e in live if e.match]
    used = set()
    out = []
    for finding in findings:
        entry = (index.get(finding.fingerprint) or index.get(finding.id)
                 or next((e for e in matches if _accepts(e.match, finding)), None))
        if entry is not None:
            used.add(entry)
            finding = dataclasses.replace(finding, suppressed=entry)
        out.append(finding)
    return tuple(out), tuple(e for e in live if e not in used), expired


def _accepts(match: SuppressionMatch, finding: Finding) -> bool:
    """Whether a drift or conflict meets every field of the match; with ``sources``, each of its
    claims' sources must match one of the globs."""
    return (finding.kind in BASELINED_KINDS and match.check in (None, finding.rule)
            and match.metric in (None, finding.metric)
            and (not match.sources or all(any(_glob(g).fullmatch(c.source) for g in match.sources)
                                          for c in finding.claims)))
