"""The time grammar of one language: its rules and time words, read from the language pack.

Its one job: turn ``time_rules.yaml`` (one entry per kind of time expression: pattern, resolver,
opening letters, examples), the calendar words of ``calendar.yaml`` and the words around an
expression of ``time_context.yaml`` into what scanning and resolution use: one anchored regex per
opening character, the compiled macros, and the word tables the resolvers read.
Patterns are compiled through ``checker.patterns`` only. Built once per language and process
(``grammar``): a few ms; each per-letter regex is compiled when a sentence first needs it, and a
rule's pattern is checked then (``tests/test_time_rules.py`` compiles every letter's of each pack).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from checker import lang, patterns

__all__ = ["DIGIT", "PLAIN", "Grammar", "GrammarError", "Rule", "for_language", "grammar"]

_MACRO = r"%([a-z_]+)"
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
DIGIT = "0"  # in a rule's ``opens``: it may begin with a digit
PLAIN = "\0"  # stands for a plain date preposition (English "in"): in every preposition set


class GrammarError(ValueError):
    """A time rule or macro the grammar cannot use: names the rule and what is wrong."""


@dataclass(frozen=True)
class Rule:
    """One time rule of a pack's ``time_rules`` table."""

    name: str  # the rule's id (the regex group that names the match)
    pattern: str  # plain re, macros expanded
    resolver: str  # key in resolve.RESOLVERS
    opens: frozenset[str]  # lower-case letters a match may begin with; DIGIT for a digit
    examples: tuple[dict, ...]  # {text, published, expect}: run by tests/test_time_rules.py


def _words(table: dict[str, int]) -> str:
    """The names of ``table`` in any case (for languages that write them in lower case), longest
    first; an abbreviation (a name that begins another name of the same value) must take its full
    stop ("sept."), as a short lower-case word alone is too often another word."""
    forms = []
    for word, value in table.items():
        form = re.escape(word)
        if any(o != word and o.startswith(word) and v == value for o, v in table.items()):
            form += r"\."
        forms.append((-len(word), word, form))
    return "(?:" + "|".join(form for _, _, form in sorted(forms)) + ")"


def _names(table: dict[str, int], dotted: bool) -> str:
    """The names of ``table`` written capitalised, matched case-sensitively, longest first; with
    ``dotted`` a name that begins another name of the same value (an abbreviation: "Jan" of
    "January") may take a full stop ("Jan.")."""
    forms = []
    for word, value in table.items():
        form = re.escape(word[:1].upper() + word[1:])
        if dotted and any(o != word and o.startswith(word) and v == value for o, v in table.items()):
            form += r"\.?"
        forms.append((-len(word), word, form))
    return "(?-i:" + "|".join(form for _, _, form in sorted(forms)) + ")"


def _opener_words(openers: list[str], weak_openers: list[str]) -> str:
    r"""%opener_words: "(?:%openers)\b|(?:%weak_openers)%weak_tail" written as one alternation by
    first letter ("t(?:(?:oday|onight)\b|(?:his|he)%weak_tail)"). The same match at every position
    (a letter's openers still come before its weak openers, each longest first), but re enters the
    group of the letter at hand only, not both lists (a third of the candidate scan's cost)."""
    groups: dict[str, list[str]] = {}
    for words, tail in ((openers, r"\b"), (weak_openers, "%weak_tail")):
        for head, rests in _first_letter_groups(words).items():
            groups.setdefault(head, []).append(f"(?:{'|'.join(rests)}){tail}")
    return "|".join(f"{head}(?:{'|'.join(parts)})" for head, parts in sorted(groups.items()))


def _first_letter_groups(words: list[str]) -> dict[str, list[str]]:
    """``words`` by their first character (escaped), each written without it: escaped, longest first,
    a space matching any whitespace run, as ``patterns.phrases`` writes them."""
    groups: dict[str, list[str]] = {}
    for word in sorted({w.strip() for w in words if w and w.strip()}, key=lambda w: (-len(w), w)):
        head = re.escape(word[0])
        groups.setdefault(head, []).append(re.escape(word)[len(head):].replace(r"\ ", r"\s+"))
    return groups


class Grammar:
    """The time rules and time words of one language pack."""

    def __init__(self, pack: lang.Pack):
        self.code = pack.code
        self.months: dict[str, int] = dict(pack["months"])
        self.month_prefixes = frozenset(word[:3] for word in self.months)
        self.weekdays: dict[str, int] = dict(pack["weekdays"])
        self.seasons: dict[str, int] = dict(pack["seasons"])
        self.units: dict[str, str] = dict(pack["time_units"])
        self.unit_plurals = frozenset(pack["time_unit_plurals"])
        self.ordinals: dict[str, int] = dict(pack["time_ordinals"])
        self.from_end = frozenset(pack["time_from_end"])
        self.counts: dict[str, int] = dict(pack["time_counts"])
        self.count_phrases = {k: (int(v[0]), int(v[1])) for k, v in pack["time_count_phrases"].items()}
        self.relatives: dict[str, str] = dict(pack["time_relatives"])
        self.parts: dict[str, int] = dict(pack["time_parts"])
        self.days: dict[str, int] = dict(pack["time_days"])
        self.directions: dict[str, int] = dict(pack["time_directions"])
        self.year_prefixes: dict[str, str] = dict(pack["year_prefixes"])
        self._context_words(pack)
        openers = [*self.months, *self.weekdays, *self.seasons, *pack["time_openers"]]
        generated = {
            "month_names": _names(self.months, dotted=True),
            "weekday_names": _names(self.weekdays, dotted=False),
            "month_words": _words(self.months),
            "weekday_words": _words(self.weekdays),
            "seasons": patterns.phrases(self.seasons),
            "prepositions": patterns.phrases(self.prep_roles, by_first_letter=True),
            "future_cues": patterns.phrases(pack["future_cues"], by_first_letter=True),
            "openers": patterns.phrases(openers, by_first_letter=True),
            "weak_openers": patterns.phrases(pack["time_weak_openers"], by_first_letter=True),
            "followers": patterns.phrases([*openers, *pack["time_followers"]], by_first_letter=True),
        }
        opener_words = _opener_words(openers, pack["time_weak_openers"])  # uses the pack's %weak_tail
        self.macros = _expand_macros({**pack["time_macros"], "opener_words": opener_words}, generated)
        self.rules = tuple(_rule(entry, self.macros) for entry in pack["time_rules"])
        self._at: dict[str, re.Pattern] = {}
        self.future = self._future_check(pack)
        self.past_clause = self.compiled("past_clause")  # "the aid it froze in March": no coming March
        # a comma and a coordinator: a later clause, whose future tense says nothing of a date before it
        self.clause_join = patterns.compile(rf",\s+(?:{patterns.phrases(pack['coordinators'])})\b", re.IGNORECASE)

    def _future_check(self, pack: lang.Pack) -> patterns.PhraseCheck | re.Pattern:
        """The ``future`` macro as a yes/no check asked of many sentences: a PhraseCheck (run over
        the lower-cased sentence) where the macro allows it, else the macro itself (re.I)."""
        def build(phrases) -> str:
            cues = {**self.macros, "future_cues": phrases(pack["future_cues"])}
            return _expand(pack["time_macros"]["future"], cues, "time_macros: future")

        check = patterns.PhraseCheck(build)
        return check if check.lower is not None else self.compiled("future")

    def _context_words(self, pack: lang.Pack) -> None:
        """The words around an expression (time_context.yaml) that context.py and scan.py read."""
        self.prep_roles = {" ".join(word.split()): role for role, words in pack["time_prepositions"].items()
                           for word in words}
        self.date_preps = frozenset(pack["date_prepositions"]) | {PLAIN}
        self.old_year_preps = frozenset(pack["old_year_prepositions"]) | {PLAIN}
        self.year_preps = frozenset(pack["year_prepositions"]) | {PLAIN}
        self.year_unit_words = frozenset(pack["year_unit_words"])
        self.year_zone_words = frozenset(pack["year_zone_words"])
        self.rate_base = patterns.compile(rf"\s*(?:{patterns.phrases(pack['year_rate_links'])})\s+\d", re.IGNORECASE)
        self.year_count_nouns = frozenset(pack["year_count_nouns"])
        self.plural_endings = tuple(pack["year_plural_endings"])
        self.singular_endings = tuple(pack["year_singular_endings"])
        self.not_plurals = frozenset(pack["year_not_plurals"])
        self.quantity_before = frozenset(pack["year_quantity_before"])
        self.when_clauses = frozenset(pack["year_when_clauses"])
        self.quantity_as = {word: frozenset(before) for word, before in pack["year_quantity_as"].items()}
        self.determiners = frozenset(pack["year_determiners"])
        self.figure_heads = patterns.compile(rf"\b(?:{patterns.phrases(pack['year_figure_heads'])})\s+$", patterns.IGNORECASE)
        self.friendly_caps = frozenset(pack["year_friendly_caps"])

    def compiled(self, macro: str, flags: int = re.IGNORECASE) -> re.Pattern:
        """The macro ``macro`` compiled (re.I unless ``flags`` says otherwise)."""
        return patterns.compile(self.macros[macro], flags)

    def alternation(self, rules: tuple[Rule, ...]) -> re.Pattern:
        """``rules`` as one anchored alternation, each in a group named after it (re.I)."""
        if not rules:
            return patterns.compile("(?!)")
        body = "|".join(f"(?P<{r.name}>{r.pattern})" for r in rules)
        try:
            return patterns.compile(r"(?<![\w$€£¥#.,:/])(?:" + body + ")", re.IGNORECASE)
        except re.error as exc:
            for rule in rules:
                _check(rule.name, rule.pattern)
            raise GrammarError(f"time rules {', '.join(r.name for r in rules)}: cannot be joined: {exc}") from None

    def rules_at(self, char: str) -> re.Pattern:
        """The rules that may begin with ``char`` (lower case; DIGIT for any digit), in order;
        every rule for a character that is neither a digit nor an ASCII letter ("'90s")."""
        found = self._at.get(char)
        if found is None:
            if char != DIGIT and char not in _LETTERS:
                chosen = self.rules
            else:
                chosen = tuple(r for r in self.rules if char in r.opens)
            found = self._at[char] = self.alternation(chosen)
        return found

    def month_of(self, text: str) -> int:
        """The number of the month whose name ``text`` begins with ("Sept. 2014" -> 9)."""
        return self.months[patterns.compile(r"[^\W\d_]+").match(text)[0].lower()]


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def one(m: re.Match) -> str:
        if m[1] not in macros:
            raise GrammarError(f"{where}: unknown macro %{m[1]}")
        return macros[m[1]]

    return patterns.compile(_MACRO).sub(one, pattern)


def _expand_macros(macros: dict[str, str], generated: dict[str, str]) -> dict[str, str]:
    """Every macro written out (macros may use generated ones and each other, without cycles)."""
    done = dict(generated)
    pending = dict(macros)
    while pending:
        ready = [name for name, text in pending.items()
                 if all(ref in done for ref in re.findall(_MACRO, text))]
        if not ready:
            raise GrammarError(f"time_macros: unknown or circular macro among {sorted(pending)}")
        for name in ready:
            done[name] = _expand(pending.pop(name), done, f"time_macros: {name}")
    return done


def _check(name: str, pattern: str) -> None:
    """Refuse a rule whose pattern is no regex. Checked when a per-letter alternation fails to
    compile, not when the grammar is built: compiling each rule once more costs ~20 ms a process."""
    try:
        patterns.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise GrammarError(f"time rule {name}: bad pattern: {exc}") from None


_RULE_KEYS = {"name", "pattern", "resolver", "opens", "examples"}


def _rule(entry: dict, macros: dict[str, str]) -> Rule:
    name = entry.get("name")
    missing = sorted(_RULE_KEYS - set(entry))
    unknown = sorted(set(entry) - _RULE_KEYS)
    if missing or unknown:
        raise GrammarError(f"time rule {name!r}: missing {missing}, unknown {unknown}")
    pattern = _expand(str(entry["pattern"]), macros, f"time rule {name}")
    return Rule(name, pattern, str(entry["resolver"]), frozenset(str(entry["opens"])),
                tuple(entry["examples"] or ()))


@cache
def grammar(code: str = lang.DEFAULT) -> Grammar:
    """The time grammar of language ``code`` (a pack's code), built once per process."""
    return Grammar(lang.load(code))


@cache
def for_language(language: str | None) -> Grammar:
    """The time grammar for a source's ``language`` metadata ("en", "en-US", "English", None);
    a language without a pack is read with the default one, as the checks do."""
    code = lang.code_of(language)
    return grammar(code if code in lang.available() else lang.DEFAULT)
