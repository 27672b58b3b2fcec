"""Run the ``examples:`` and ``counterexamples:`` of a rule set through the real extraction.

One job, for ``checker rules test``: each example sentence is read as a one-sentence document by
``checker.claims`` with the whole rule set, so an example passes or fails exactly as the same
sentence would in an article. A metric's or an event's example passes when one of its claims of
that rule holds every key of ``expect``; an entity set's example when any claim does; a
counterexample when it yields no claim of the rule.

Cost: one extraction per sentence (a few milliseconds each).
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from checker.claims import document_claims
from checker.model import Claim, Document, Source
from checker.ruleexplain import as_yaml
from checker.rulekinds import Expect
from checker.ruleset import RuleSet


@dataclass(frozen=True, slots=True)
class Failure:
    """One example that does not do what its rule says."""

    where: str  # "rules/metrics/x.yaml:14": the example's file and line
    rule: str  # "metric homicides", "event truce_ended", "entities world"
    text: str  # the example sentence
    problem: str  # what it should yield and what it yields


def run_examples(rules: RuleSet) -> tuple[int, list[Failure]]:
    """How many examples the rule set has, and the ones that fail, in rule order."""
    count, failures = 0, []
    for kind, table in (("metric", rules.metrics), ("event", rules.events), ("entities", rules.entity_sets)):
        for rule_id, rule in table.items():
            label, of_rule = f"{kind} {rule_id}", _of_rule(kind, rule_id)
            for example in rule.examples:
                count += 1
                claims = _claims(example.text, rules, example.language)
                problem = _expectation_problem(example.expect, [c for c in claims if of_rule(c)], claims, label)
                if problem:
                    failures.append(Failure(example.where, label, example.text, problem))
            for counter in getattr(rule, "counterexamples", ()):
                count += 1
                found = [c for c in _claims(counter.text, rules, counter.language) if of_rule(c)]
                if found:
                    failures.append(Failure(counter.where, label, counter.text,
                                            f"must yield no {label} claim; yields {_shown(found[0], _OBSERVED)}"))
    return count, failures


def _of_rule(kind: str, rule_id: str) -> Callable[[Claim], bool]:
    """Which claims are a rule's: its metric's quantities, its event's dates; any, for an entity set."""
    if kind == "entities":
        return lambda claim: True
    claim_kind = "event" if kind == "event" else "quantity"
    return lambda claim: claim.kind == claim_kind and claim.metric == rule_id


def _claims(text: str, rules: RuleSet, language: str) -> list[Claim]:
    """The claims of ``text`` read as a one-sentence article in ``language`` (a pack code)."""
    return document_claims(Document(Source(path="example", language=language), text), rules)[1]


# How a claim shows each key of ``expect``, in the form the rule file writes it.
_OBSERVED = {
    "value": lambda c: c.value.point if c.value else None,
    "unit": lambda c: c.unit,
    "change": lambda c: c.change,
    "start": lambda c: c.time.start if c.time else None,
    "end": lambda c: c.time.end if c.time else None,
    "subject": lambda c: c.subject,
}


def _expectation_problem(expect: Expect, candidates: list[Claim], claims: list[Claim], label: str) -> str:
    """'' when a candidate holds every given key; else what was wanted against the closest one."""
    given = expect.given()
    if not candidates:
        others = "; it yields " + " and ".join(_shown(c, _OBSERVED) for c in claims) if claims else ""
        return f"yields no {label} claim{others}"
    misses = [[key for key, want in given.items() if not _holds(key, want, _OBSERVED[key](c))] for c in candidates]
    closest = min(range(len(candidates)), key=lambda i: len(misses[i]))
    if not misses[closest]:
        return ""
    keys = misses[closest]
    return (f"expected {', '.join(f'{key} {as_yaml(given[key])}' for key in keys)}; "
            f"got {_shown(candidates[closest], {key: _OBSERVED[key] for key in keys})}")


def _holds(key: str, want: Any, got: Any) -> bool:
    if key == "subject":
        return set(want) <= set(got)
    if key == "value":
        return got is not None and math.isclose(want, got, rel_tol=1e-9)
    return want == got


def _shown(claim: Claim, keys: dict) -> str:
    """A claim's metric (or kind) and the given keys' values, e.g. 'homicides: value 40, unit count'."""
    values = ", ".join(f"{key} {as_yaml(get(claim))}" for key, get in keys.items() if get(claim) not in (None, ()))
    return f"{claim.metric or claim.noun or claim.kind}: {values or 'no value'}"
