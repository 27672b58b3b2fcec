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


# -- every time word table is read, and the examples show it ------------------------------------

TIME_TABLES = sorted(name for name, spec in lang.schema().items()
                     if spec["file"] in ("calendar.yaml", "time_context.yaml", "time_rules.yaml"))


def _without(code: str, table: str) -> lang.Pack:
    """The pack ``code`` with ``table`` emptied (still the right shape, so it loads)."""
    pack = lang.load(code)
    tables = {name: pack._tables[name] for name in pack._tables}
    tables[table] = type(tables[table])()
    return lang.Pack(pack.code, pack.name, tables, pack.folder)


def _examples_pass(g) -> bool:
    from checker.timex import scan
    from checker.timex.context import Context

    if not g.rules:
        return False
    for rule in g.rules:
        for example in rule.examples:
            ctx = Context(example["text"], parse_published(example["published"]), g)
            try:
                found = scan._join(scan._scan_atoms(ctx), ctx)
            except (KeyError, ValueError, IndexError):
                return False
            if [_shown(t) for t in found] != list(example["expect"]):
                return False
    return True


@pytest.mark.parametrize("code, table", [(code, table) for code in lang.available() for table in TIME_TABLES])
def test_emptying_a_time_table_breaks_a_rule_example(code, table):
    """No time word table goes unread: emptying any one of them makes some rule example (a test
    of test_time_rule_example) fail, so a pack missing its words cannot pass silently. A table a
    language leaves empty (Spanish has no year prefixes) has nothing to empty."""
    from checker.timex.grammar import Grammar, GrammarError

    if not lang.load(code)._tables[table]:
        return
    try:
        g = Grammar(_without(code, table))
    except (GrammarError, KeyError, ValueError):
        return  # the grammar refuses it outright
    assert not _examples_pass(g), f"no example of {code!r} needs the table {table!r}"


@pytest.mark.parametrize("code", lang.available())
def test_the_whole_pack_passes_the_examples(code):
    from checker.timex.grammar import Grammar

    assert _examples_pass(Grammar(lang.load(code)))


@pytest.mark.parametrize("code", lang.available())
def test_every_opening_characters_rules_compile(code):
    """A rule's pattern is checked when its letter's alternation is first compiled, not when the
    grammar is built: here every alternation of each shipped pack is compiled."""
    g = grammar(code)
    for char in [DIGIT, "'", *"abcdefghijklmnopqrstuvwxyz"]:
        assert g.rules_at(char).pattern


def test_a_bad_rule_pattern_is_refused_with_its_name():
    from checker.timex.grammar import Grammar, GrammarError

    pack = lang.load("en")
    tables = dict(pack._tables)
    broken = dict(tables["time_rules"][0], name="zembla_broken", pattern=r"zembla(", opens="z")
    tables["time_rules"] = [*tables["time_rules"], broken]
    g = Grammar(lang.Pack(pack.code, pack.name, tables, pack.folder))
    assert g.rules_at("q").pattern
    with pytest.raises(GrammarError, match="zembla_broken: bad pattern"):
        g.rules_at("z")


@pytest.mark.parametrize("language", ["en", "en-US", "English", None, "xx"])
def test_a_source_language_picks_its_time_grammar(language):
    """find_times reads with the pack of the source's language; one without a pack reads as English."""
    from checker.timex.grammar import for_language, grammar

    assert for_language(language) is grammar("en")
    assert find_times("Exports grew in 2016.", None, language)[0].scope.text == "in 2016"
