"""Rules explained to people: a rule kind's keys (type, default, meaning, read from the schema
itself), or one loaded rule (a metric, event, entity set, entity or check) with where it is
defined and its examples (``checker rules explain``)."""
from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from checker.errors import CheckerError, did_you_mean
from checker.rulekinds import CHECK_DOC_MAP, KINDS, SEVERITY_MAP, Localized
from checker.yamlnodes import default_of, required, schema_keys

if TYPE_CHECKING:
    from checker.ruleset import RuleSet


def as_yaml(value: Any) -> str:
    """A value as a rule file writes it (``true``, ``[a, b]``, ``40``); ``any`` for an unset key."""
    if value is None:
        return "any"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Localized):  # given per language: each language's words under its code
        return "{" + ", ".join(f"{code}: {as_yaml(words)}" for code, words in value.by_code.items()) + "}"
    if isinstance(value, tuple):
        return "[]" if not value else "[" + ", ".join(map(str, value)) + "]"
    if isinstance(value, dict):
        return "{}" if not value else "{" + ", ".join(value) + "}"
    if value == "":
        return '""'
    return f"{value:g}" if isinstance(value, float) else str(value)


def _explain_fields(cls: type, indent: str) -> list[str]:
    out = []
    for fl in schema_keys(cls):
        meta = fl.metadata
        default = " (required)" if required(fl) else f" = {as_yaml(default_of(fl))}"
        extends = "" if not meta["append"] else {
            SEVERITY_MAP: "; extends adds or re-levels entries",
            CHECK_DOC_MAP: "; extends adds or replaces entries"}.get(meta["type"], "; extends appends")
        out.append(f"{indent}{fl.name}: {meta['type'].label}{default}")
        out.append(f"{indent}    {meta['doc']}{extends}")
        if meta["type"].record:
            out.extend(_explain_fields(meta["type"].record, indent + "    "))
    return out


def explain(name: str, rules: RuleSet | None = None) -> str:
    """A rule kind's keys (type, default, meaning, read from the schema itself), or one rule of
    the loaded ``rules`` by id: a metric, event, entity set, entity (name or alias) or check."""
    if name in KINDS:
        return _explain_kind(name)
    lines = _explain_rule(name, rules) if rules else None
    if lines is None:
        ids = [*rules.metrics, *rules.events, *rules.entity_sets, *(e.name for e in rules.entities),
               *rules.checks] if rules else []
        raise CheckerError(f"no rule kind or rule id '{name}' (kinds: {', '.join(KINDS)}; "
                           "`checker rules list` lists the ids)" + did_you_mean(name, [*KINDS, *ids]))
    return "\n".join(lines) + "\n"


def _explain_rule(name: str, rules: RuleSet) -> list[str] | None:
    """The lines ``explain`` prints for the rule ``name`` names, or None when none does."""
    if name in rules.checks or name in rules.check_docs:
        doc = rules.check_docs.get(name)
        lines = [f"check {name}" + (f" — {doc.summary}" if doc else ""),
                 f"  level: {rules.checks.get(name, 'error')} (of its conflicts; drift is one level milder)"]
        if doc:
            lines.append(f"  defined in {doc.where}")
            lines.extend(line for title, body in doc.sections() for line in _wrapped(f"{title}: {body}"))
        return lines
    for kind, table in (("metric", rules.metrics), ("event", rules.events), ("entities", rules.entity_sets)):
        if name in table:
            rule = table[name]
            return [f"{kind} {name}" + (f" — {rule.name}" if kind != "entities" else ""),
                    *(_wrapped(rule.description) if kind != "entities" and rule.description else ()),
                    *_explain_values(rule, skip=("id", "name", "description"),
                                     before_examples=_binding(rule) if kind == "metric" else ())]
    canonical = rules.alias_index().get(name.lower())
    for entity_set in rules.entity_sets.values():
        for entity in entity_set.entities:
            if entity.name == canonical:
                return [f"entity {entity.name} — in entity set {entity_set.id}",
                        *_explain_values(entity, skip=("name",))]
    return None


def _explain_values(rule: Any, skip: Sequence[str], before_examples: Sequence[str] = ()) -> list[str]:
    """Where ``rule`` is defined (and extended), then its keys' values, ``before_examples`` and its examples."""
    extended = getattr(rule, "origin", ())[1:]
    lines = [f"  defined in {rule.where}" + (f"; extended in {', '.join(extended)}" if extended else "")]
    for fl in schema_keys(type(rule)):
        value = getattr(rule, fl.name)
        if fl.name in skip or fl.name in ("examples", "counterexamples"):
            continue
        shown = as_yaml(tuple(e.name for e in value) if fl.name == "entities" else value)
        lines.append(f"  {fl.name}: {shown}")
    lines.extend(before_examples)
    for example in getattr(rule, "examples", ()):
        given = ", ".join(f"{key}: {as_yaml(value)}" for key, value in example.expect.given().items())
        lines.append(f'  example ({example.where}): "{example.text}" -> {{{given}}}')
    for counter in getattr(rule, "counterexamples", ()):
        lines.append(f'  counterexample ({counter.where}): "{counter.text}" -> no claim')
    return lines


def _binding(metric: Any) -> list[str]:
    """How this metric binds a figure and when its figures are compared (rules/README.md, "How a
    figure gets its context"), said with its own words, as `checker claims --explain` shows them."""
    own = ", ".join(f'"{w}"' for w in (*metric.terms, *metric.nouns, *metric.verbs)[:6]) or "none"
    lines = [(f"binding: a figure counts {metric.id} when one of its words ({own}, ...) is in the figure's own "
              "phrase or the predicate right after it (basis phrase or predicate), or a term stands in its clause "
              "and the figure is a bare number or counts people (basis clause); a bare number continuing a figure "
              f"of {metric.id} takes it (basis discourse).")]
    if metric.subgroups:
        lines.append(f"never when its own noun phrase names a subgroup: {', '.join(metric.subgroups)}.")
    if metric.recipient_nouns:
        lines.append("a figure naming no place of its own is about the place its money is for (the recipient "
                     "in focus), before the article's main place.")
    lines.append("compared only with a place and a period of its own"
                 + ("; with no period, as of its publication date (a stock or running total)."
                    if metric.stock or metric.cumulative else "; with no period, not compared."))
    return [line for text in lines for line in _wrapped(text)]


def _wrapped(text: str) -> list[str]:
    """A paragraph of rule documentation as indented lines."""
    return textwrap.wrap(text, width=100, initial_indent="  ", subsequent_indent="    ")


def _explain_kind(kind: str) -> str:
    cls = KINDS[kind][0]
    lines = [f"kind: {kind} — {cls.__doc__.splitlines()[0]}",
             f"  kind: {kind} (required, first key)",
             "      selects this schema",
             "  extends: snake_case id (optional)",
             "      add to a rule of an earlier pack instead of defining a new one; only the keys"
             " marked 'extends appends' may be given"]
    lines.extend(_explain_fields(cls, "  "))
    if kind == "metric":
        lines.append("  (at least one of terms or nouns must be non-empty)")
    return "\n".join(lines) + "\n"
