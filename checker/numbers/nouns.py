"""The counted noun phrase after a number ("15 police officers" -> "police officer"), and the English
morphology it needs: plurals to singulars, comparatives and superlatives to plain forms."""
from __future__ import annotations

from dataclasses import dataclass

from checker.tokens import NUM, WORD, Token, joined

from .words import (
    HEAD_FIRST,
    CARDINALS,
    COMPARATIVE_ENDINGS,
    COMPARATIVES,
    COORDINATORS,
    COUNTRY_MARKS,
    HALF,
    ING_NOUNS,
    IRREGULAR_DEGREES,
    IRREGULAR_PLURALS,
    MODIFIER_ENDINGS,
    MONTHS,
    MORE_WORDS,
    NOT_NOUNS,
    NOT_PLURAL_ENDINGS,
    NOT_SUPERLATIVES,
    OF,
    PARTICIPLE_ENDINGS,
    PARTITIVE_DETERMINERS,
    PLURAL_ENDINGS,
    POSSESSIVE_ENDINGS,
    SINGULAR_RULES,
    STOP,
    SUPERLATIVE_ENDINGS,
    TIME_UNIT_WORDS,
    VERB_ENDINGS,
)

_ALWAYS_PLURAL = tuple((plural, longer) for plural, _, longer, always in SINGULAR_RULES if always)
_RULE_ENDINGS = tuple(plural for plural, *_ in SINGULAR_RULES)  # most plurals end in none: one test, not a loop


def looks_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    for plural, longer in _ALWAYS_PLURAL:  # a loop, not any() over a generator: asked of most words after a number
        if word.endswith(plural) and len(word) > longer:
            return True
    return len(word) > 3 and word.endswith(PLURAL_ENDINGS) and not word.endswith(NOT_PLURAL_ENDINGS)


def singular_of(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if not looks_plural(word):
        return word
    if word.endswith(_RULE_ENDINGS):
        for plural, singular, longer, _ in SINGULAR_RULES:
            if word.endswith(plural) and len(word) > longer:
                return word[: len(word) - len(plural)] + singular
    ending = next(e for e in PLURAL_ENDINGS if word.endswith(e))
    return word[: len(word) - len(ending)]


def noun_phrase_after(toks: list[Token], j: int, value: float) -> tuple[str | None, str | None, int]:
    """The counted noun phrase after a number, head made singular: ("suspected gang member",
    "member", end). Function words and verbs end it; a plural word is its head."""
    k, value, partitive = _phrase_start(toks, j, value)
    phrase = _Phrase([], None, k)
    while phrase.k < len(toks) and len(phrase.words) < 5 and _take(toks, phrase, value):
        pass
    if not phrase.words or phrase.head is None:
        return None, None, j
    if HEAD_FIRST and len(phrase.words) > 1 and "-" not in phrase.words[0]:
        return _head_first(j, phrase, partitive, value)
    if partitive and phrase.head in TIME_UNIT_WORDS and not looks_plural(phrase.head):
        return None, None, j  # "900 of the previous year": the figure of a time, not a part of it
    if value != 1 and not looks_plural(phrase.head) and not _singular_head(toks, j, phrase, partitive):
        return None, None, j
    return *_label(phrase.words, phrase.head), phrase.k


def _head_first(j: int, phrase: _Phrase, partitive: bool, value: float) -> tuple[str | None, str | None, int]:
    """A phrase whose head comes first and whose modifiers agree with it ("personas asesinadas" ->
    "persona asesinada", "persona"): every plural word made singular."""
    head = phrase.words[0].lower()
    if partitive and head in TIME_UNIT_WORDS and not looks_plural(head):
        return None, None, j
    if value != 1 and not looks_plural(head):
        return None, None, j
    words = [singular_of(w.lower()) if looks_plural(w.lower()) else w for w in phrase.words]
    return " ".join(words), singular_of(head), phrase.k


@dataclass(slots=True)
class _Phrase:
    """A noun phrase being read: its words as written, its head (lower case) and the next token."""

    words: list[str]
    head: str | None
    k: int


def _phrase_start(toks: list[Token], j: int, value: float) -> tuple[int, float, bool]:
    """Where the counted phrase starts, the count to read it with, and whether it is partitive:
    "two of the officers", "one of the best" (plural head), "half the flats", "eight more picks"."""
    n, k = len(toks), j
    partitive = k < n and (toks[k].lower in OF or (k > 0 and toks[k - 1].lower in HALF))
    if partitive:
        k += toks[k].lower in OF
        if k < n and toks[k].lower in PARTITIVE_DETERMINERS:
            k += 1
        value = value if value != 1 else 2  # "one of the oldest steam engines": the head is plural
    elif k + 1 < n and toks[k].lower in MORE_WORDS and looks_plural(toks[k + 1].lower):
        k += 1  # "eight more picks": more of what is counted
    return k, value, partitive


def _take(toks: list[Token], phrase: _Phrase, value: float) -> bool:
    """Read the token at ``phrase.k`` into the phrase; False when the phrase ends there."""
    k = phrase.k
    tok = toks[k]
    low = tok.lower
    modifies = low in COMPARATIVES and k + 1 < len(toks) and toks[k + 1].kind == WORD \
        and looks_plural(toks[k + 1].lower)  # "two smaller rooms": a comparative before the counted noun
    if not modifies:
        if tok.kind == NUM and phrase.words and _number_in_name(toks, k, phrase.words[-1]):
            phrase.words.append(tok.text)  # "63,000 Model 3 sedans", "two new 737 Max jets"
            phrase.k += 1
            return True
        if tok.kind != WORD or (low in STOP and not (low in COUNTRY_MARKS and tok.text.isupper())) or low in NOT_NOUNS \
                or low in CARDINALS or VERB_ENDINGS and low.endswith(VERB_ENDINGS):
            return _across(toks, phrase, value)
    if low in MONTHS and tok.text[:1].isupper():
        return False
    phrase.k += 1
    if low.endswith(POSSESSIVE_ENDINGS):  # "Johnson's deputies"
        possessive = next(e for e in POSSESSIVE_ENDINGS if low.endswith(e))
        phrase.words.append(tok.text[: len(tok.text) - len(possessive)])
        return True
    phrase.words.append(tok.text)
    phrase.head = low
    return not _head_reached(toks, phrase.k, low, value)


def _across(toks: list[Token], phrase: _Phrase, value: float) -> bool:
    """At a token that is no noun: whether the phrase goes on across it, a hyphen inside a
    compound ("coal-fired") or a coordinator before more modifiers ("digital and physical sales")."""
    k, n = phrase.k, len(toks)
    tok = toks[k]
    if tok.text == "-" and phrase.words and k + 1 < n and joined(toks[k - 1], tok) and joined(tok, toks[k + 1]) \
            and toks[k + 1].kind == WORD:
        phrase.words[-1] += "-" + toks[k + 1].text
        phrase.head = toks[k + 1].lower
        phrase.k += 2
        return not (looks_plural(phrase.head) and value != 1)
    if tok.lower in COORDINATORS and phrase.words and _plural_ahead(toks, k + 1):
        phrase.k += 1  # "digital and physical sales", "Kia and Hyundai vehicles"
        return True
    return False


def _head_reached(toks: list[Token], k: int, low: str, value: float) -> bool:
    """Whether the word just read (``low``; ``k`` is the token after it) heads the phrase."""
    if value != 1:
        if not looks_plural(low):
            return False
        nxt = toks[k] if k < len(toks) else None
        if nxt is not None and nxt.lower in IRREGULAR_PLURALS and low not in IRREGULAR_PLURALS:
            return True  # "the 500 killings police counted": a regular plural ends the phrase before "police"
        return not (nxt is not None and nxt.kind == WORD and nxt.lower not in STOP and nxt.lower not in NOT_NOUNS
                    and looks_plural(nxt.lower))  # "15 police officers", "customs officers": the last plural
    return not low.endswith(MODIFIER_ENDINGS)


def _singular_head(toks: list[Token], j: int, phrase: _Phrase, partitive: bool) -> bool:
    """A count above one before a singular head: the first word is the unit when it is a noun
    ("the 12 page document": "page"); False when the phrase counts nothing."""
    if phrase.k - j > 1 and len(phrase.words) > 1 and not partitive:
        first = toks[j]
        if first.kind != WORD or first.lower.endswith(PARTICIPLE_ENDINGS):
            return False
        phrase.words, phrase.head, phrase.k = [first.text], first.lower, j + 1
        return True
    return not phrase.head.endswith(PARTICIPLE_ENDINGS)


def _label(words: list[str], head: str) -> tuple[str, str]:
    """The phrase as a label and its singular head: participles dropped from the front ("400
    charging stations"), the head made singular, modifiers in their plain form."""
    while len(words) > 1 and _participle(words[0]):
        words.pop(0)  # "400 charging stations", "300 recorded songs": the label is what is counted
    singular = singular_of(head)
    if singular != head and words[-1].lower().endswith(head):
        words[-1] = words[-1][: len(words[-1]) - len(head)] + singular
    words[:-1] = [_positive(w) for w in words[:-1]]
    return " ".join(words), singular


def is_superlative(word: str) -> bool:
    """Whether ``word`` is a superlative ("largest", "deadliest", "worst")."""
    low = word.lower().strip(",.;:")
    if low in IRREGULAR_DEGREES:
        return not any(low.endswith(e) for e in COMPARATIVE_ENDINGS)  # "worst", not "worse"
    return any(low.endswith(e) for e in SUPERLATIVE_ENDINGS) and _positive(low) != low


def _positive(word: str) -> str:
    """The plain form of a superlative or comparative modifier ("best" -> "good", "earliest" ->
    "early", "hottest" -> "hot", "largest" -> "large"): like the singular head, the label names
    the kind of thing counted, not how it ranks."""
    low = word.lower()
    if low in IRREGULAR_DEGREES:
        return IRREGULAR_DEGREES[low]
    comparative = next((e for e in COMPARATIVE_ENDINGS if low in COMPARATIVES and low.endswith(e)), None)
    superlative = next((e for e in SUPERLATIVE_ENDINGS if low.endswith(e)), None)
    if comparative is not None:
        stem = low[: len(low) - len(comparative)]
    elif superlative is not None and len(low) >= 6 and word[0].islower() and low not in NOT_SUPERLATIVES:
        stem = low[: len(low) - len(superlative)]
    else:
        return word
    vowels = "aeiou"
    if stem.endswith("i"):
        return stem[:-1] + "y"  # earliest, happier
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in "bdgmnpt":
        return stem[:-1]  # hottest, bigger
    if stem.endswith(("rg", "ang", "bl", "pl", "tl")) or (
            len(stem) <= 4 and stem[-1] not in vowels + "wxy" and stem[-2] in vowels and stem[-3] not in vowels):
        return stem + "e"  # largest, strangest, simplest, latest, finest
    return stem


def _participle(word: str) -> bool:
    """A verb form or adverb before a counted noun ("charging", "recorded", "decently"). Hyphenated
    compounds ("coal-fired", "gas-only") and nouns in -ing ("shipping", "lightning") are kept."""
    low = word.lower()
    return len(low) > 4 and "-" not in low and low.endswith(PARTICIPLE_ENDINGS) and low not in ING_NOUNS


def _number_in_name(toks: list[Token], k: int, before: str) -> bool:
    """Digits inside a product name that a counted noun follows: a capitalised word on either
    side and a plural head right after ("Model 3 sedans", "737 Max jets")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or nxt.kind != WORD:
        return False
    return (not before.islower() or nxt.text[:1].isupper()) and (looks_plural(nxt.lower) or _plural_ahead(toks, k + 1))


def _plural_ahead(toks: list[Token], k: int) -> bool:
    for tok in toks[k:k + 2]:
        if tok.kind != WORD or tok.lower in STOP:
            return False
        if looks_plural(tok.lower):
            return True
    return False


# --------------------------------------------------------------------------- assembly
