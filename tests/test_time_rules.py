"""The time rules of each language pack (lang/<code>/time_rules.yaml): every example runs.

Each rule's examples give a sentence, the publication date it is read against, and every time
expression found in it as "words = start..end basis relation" (? for an open end).
"""
from __future__ import annotations

import re

import pytest

from checker import lang
from checker.timex import find_times, parse_published
from checker.timex.grammar import DIGIT, grammar
from checker.timex.resolve import RESOLVERS

CASES = [(code, rule, example) for code in lang.available() for rule in grammar(code).rules
         for example in rule.examples]


def _shown(mention) -> str:
    scope = mention.scope
    return f"{scope.text} = {scope.start or '?'}..{scope.end or '?'} {scope.basis} {mention.relation}"


@pytest.mark.parametrize("code, rule, example", CASES,
                         ids=[f"{code}-{rule.name}-{i}" for i, (code, rule, _) in enumerate(CASES)])
def test_time_rule_example(code, rule, example):
    found = find_times(example["text"], parse_published(example["published"]), code)
    assert [_shown(t) for t in found] == list(example["expect"])


@pytest.mark.parametrize("code", lang.available())
def test_every_rule_has_examples_a_resolver_and_is_the_one_that_reads_them(code):
    """Each example is read by its own rule (a match of that rule starts in the sentence), and
    each rule names a resolver that exists."""
    g = grammar(code)
    for rule in g.rules:
        assert rule.examples, rule.name
        assert rule.resolver in RESOLVERS, rule.name
        own = re.compile(r"(?<![\w$€£¥#.,:/])(?:" + rule.pattern + ")", re.IGNORECASE)
        for example in rule.examples:
            assert any(own.match(example["text"], i) for i in range(len(example["text"]))), \
                (rule.name, example["text"])


@pytest.mark.parametrize("code", lang.available())
def test_rule_opening_letters_cover_their_examples(code):
    """A rule's ``opens`` holds the first letter or digit of each of its examples' matches (else
    the per-letter regex would skip the rule there; at any other character every rule is tried)."""
    g = grammar(code)
    for rule in g.rules:
        own = re.compile(r"(?<![\w$€£¥#.,:/])(?:" + rule.pattern + ")", re.IGNORECASE)
        for example in rule.examples:
            text = example["text"]
            for i in range(len(text)):
                first = text[i].lower()
                if own.match(text, i) and (first.isdigit() or first.isascii() and first.isalpha()):
                    assert (DIGIT if first.isdigit() else first) in rule.opens, (rule.name, text[i:])
