"""What stands around a number and shapes its quantity: sign and currency before it, qualifiers
("more than", "or so"), stated changes ("fell 45 percent", "a 3 percent drop") and the
denominator of a rate ("per month", "per 100,000 people")."""
from __future__ import annotations

from checker.tokens import NUM, SYM, WORD, Token, joined, lowers
from checker.units import Unit

from .nouns import singular_of
from .words import (
    A_AN,
    ADJACENT_CHANGE_WORDS,
    BOUND_PREFIXES,
    BOUND_SUFFIXES,
    CHANGE_BLOCKERS,
    CHANGE_NOUN_BRIDGES,
    CHANGE_NOUNS,
    CHANGE_PARTICLES,
    CHANGE_PHRASE_LASTS,
    CHANGE_PHRASES,
    CHANGE_WORDS,
    CLAUSE_END,
    DATING_WORDS,
    DETERMINERS,
    DISTRIBUTIVE_WORDS,
    LEVEL_VERBS,
    PER_ITEM_NOUNS,
    PER_PHRASES,
    PER_WORDS,
    PHRASAL,
    POST_QUALIFIER_FIRSTS,
    POST_QUALIFIERS,
    QUALIFIER_ENDINGS,
    QUALIFIER_LASTS,
    QUALIFIERS,
    RATE_BASES,
    SCALES,
    ROUND_BASE_PER_WORDS,
    SIGN_WORDS,
    STOP,
    currency_before,
    unit_after,
)

# The words that may end a qualifier before a figure or stand between it and the figure, and the
# words a change search stops or looks further at: most words before a figure are none of them.
_QUALIFIER_CUES = QUALIFIER_LASTS | frozenset(BOUND_PREFIXES) | DETERMINERS | A_AN
_CHANGE_CUES = CHANGE_BLOCKERS | CHANGE_PHRASE_LASTS | frozenset(CHANGE_WORDS)
_RATE_STARTS = PER_WORDS | frozenset(PER_PHRASES) | DISTRIBUTIVE_WORDS | A_AN | {"/"}  # what may open a rate's denominator


def sign_and_currency(toks: list[Token], i: int) -> tuple[int, Unit | None, int, str | None]:
    """Sign and currency mark before the number: (sign, currency unit, new left index, sign word)."""
    left, sign, mark = i, 1, None
    for _ in range(2):
        prev = toks[left - 1] if left else None
        if prev is None:
            break
        if prev.text in ("-", "−", "–") and joined(prev, toks[left]) and not (left > 1 and joined(toks[left - 2], prev)
                                                                             and toks[left - 2].kind != SYM):
            sign, mark, left = -1, "-", left - 1
            continue
        if prev.text == "+" and joined(prev, toks[left]):
            mark, left = "+", left - 1
            continue
        if prev.lower in SIGN_WORDS:
            sign, mark, left = -1, prev.lower, left - 1
            continue
        if prev.text in ("-",) and left > 1 and toks[left - 2].lower in SIGN_WORDS:
            sign, mark, left = -1, toks[left - 2].lower, left - 2
            continue
        break
    cur = currency_before(toks, left)
    unit = None
    if cur is not None:
        unit, left = cur
        prev = toks[left - 1] if left else None
        if prev is not None and prev.text in ("-", "−") and joined(prev, toks[left]):
            sign, mark, left = -1, "-", left - 1
    return sign, unit, left, mark


def qualifier_before(toks: list[Token], left: int, mark: bool = False) -> tuple[str | None, int]:
    """The qualifier phrase ending right before ``left`` (articles may sit between: "an estimated";
    any determiner before a ``mark``, "below the 4,000 mark", which "below the 9.7 a day" is not)."""
    if left == 0 or (toks[left - 1].lower not in _QUALIFIER_CUES and toks[left - 1].text not in ("~", "≈", "-")):
        return None, left  # the cheap test first: no qualifier, article or bound prefix before the figure
    articles = DETERMINERS if mark else A_AN
    for skip in (0, 1):
        end = left - skip
        if skip and (end < 0 or end >= len(toks) or toks[end].lower not in articles):
            break
        if end > 0 and toks[end - 1].lower in QUALIFIER_LASTS:
            keys = [(toks[end - 1].lower,)]  # the runs of words ending at ``end`` that may end a qualifier
            while len(keys) < min(4, end) and (key := (toks[end - len(keys) - 1].lower, *keys[-1])) \
                    in QUALIFIER_ENDINGS:
                keys.append(key)
            for key in reversed(keys):
                if key in QUALIFIERS:
                    start = end - len(key)
                    if QUALIFIERS[key] == "at_most" and start > 0 and toks[start - 1].lower in LEVEL_VERBS:
                        return None, left  # "revised up to 46", "subió hasta 46": the level reached
                    return QUALIFIERS[key], start
        if toks[end - 1].text in ("~", "≈") if end > 0 else False:
            return "approx", end - 1
        if end > 0 and toks[end - 1].lower in BOUND_PREFIXES:
            return BOUND_PREFIXES[toks[end - 1].lower], end - 1
        if end > 1 and toks[end - 1].text == "-" and toks[end - 2].lower in BOUND_PREFIXES:
            return BOUND_PREFIXES[toks[end - 2].lower], end - 1
    return None, left


def post_qualifier(toks: list[Token], j: int) -> tuple[str | None, int]:
    if j + 1 < len(toks) and toks[j].text == "-" and joined(toks[j - 1], toks[j]) and toks[j + 1].lower in BOUND_SUFFIXES:
        return BOUND_SUFFIXES[toks[j + 1].lower], j + 2  # "300-plus"
    if j < len(toks) and toks[j].lower in POST_QUALIFIER_FIRSTS:
        for size in (3, 2, 1):
            key = lowers(toks[j:j + size])
            if len(key) == size and key in POST_QUALIFIERS:
                return POST_QUALIFIERS[key], j + size
    if j < len(toks) and toks[j].text == "+" and joined(toks[j - 1], toks[j]):
        return "at_least", j + 1
    return None, j


def change_before(toks: list[Token], left: int) -> str | None:
    """A change verb within a few words before the number, in the same clause ("fell 45 percent",
    "up about 19 per cent"), but not a target level ("rose to $7 billion")."""
    k, steps = left - 1, 0
    while k >= 0 and steps < 5:
        tok = toks[k]
        if tok.kind == NUM or tok.text in CLAUSE_END:
            return None
        if tok.lower in _CHANGE_CUES:  # most words are none: one test, not three
            if tok.lower in CHANGE_BLOCKERS:
                return None
            if tok.lower in CHANGE_PHRASE_LASTS:
                direction = _phrase_ending_at(toks, k)
                if direction is not None:
                    return direction
            direction = CHANGE_WORDS.get(tok.lower)
            if direction is not None:
                if tok.lower in ADJACENT_CHANGE_WORDS and steps > 0:
                    return None
                if tok.lower in CHANGE_PARTICLES and k > 0 and (toks[k - 1].lower in PHRASAL or toks[k - 1].text == "-"):
                    return None  # "gave up 517 yards", "a start-up employs 600"
                return direction
        steps += 1
        k -= 1
    return None


def _phrase_ending_at(toks: list[Token], k: int) -> str | None:
    """The direction of a change phrase of several words ending at ``k`` ("edged up"), or None.
    Asked only where the word at ``k`` ends one (``CHANGE_PHRASE_LASTS``)."""
    for key in CHANGE_PHRASES:
        if len(key) <= k + 1 and lowers(toks[k + 1 - len(key):k + 1]) == key:
            return CHANGE_PHRASES[key]
    return None


def change_after(toks: list[Token], j: int) -> str | None:
    """A change noun right after the quantity: "a 795 percent increase", "a 3 percent drop"."""
    for k in (j, j + 1):
        if k < len(toks) and toks[k].lower in CHANGE_NOUNS:
            if k == j + 1 and toks[j].lower not in CHANGE_NOUN_BRIDGES:
                return None
            return CHANGE_NOUNS[toks[k].lower]
    return None


def after_per(toks: list[Token], j: int) -> int:
    """The index after the per word ("per") or per phrase ("por cada") at ``j``; ``j`` when none."""
    w = toks[j].lower
    if w in PER_WORDS:
        return j + 1
    phrase = PER_PHRASES.get(w)
    if phrase is not None and lowers(toks[j:j + len(phrase)]) == phrase:
        return j + len(phrase)
    return j


_ROUND_BASES = frozenset({1e3, 1e4, 1e5, 1e6})


def round_base(toks: list[Token], k: int) -> bool:
    """Whether the number at ``k`` is a round base (1,000 to 1,000,000) counting nothing of its own
    after it but people (a function word, a rate base or no word follows it): a rate's base even
    after a word that mostly opens a cause ("por 100.000 en 2015", not "por 1.000 dólares")."""
    if k >= len(toks) or toks[k].kind != NUM:
        return False
    try:
        base, after = _base(toks, k)
    except ValueError:
        return False
    if base not in _ROUND_BASES:
        return False
    return after >= len(toks) or toks[after].kind != WORD or toks[after].lower in RATE_BASES or toks[after].lower in STOP


def _base(toks: list[Token], k: int) -> tuple[float, int]:
    """The value of a rate's base at ``k`` and the index after it, a scale word included ("100 mil")."""
    base = float(toks[k].text.replace(",", ""))
    if k + 1 < len(toks) and toks[k + 1].lower in SCALES:
        return base * SCALES[toks[k + 1].lower], k + 2
    return base, k + 1


def rate_denominator(toks: list[Token], j: int) -> tuple[str | None, int, Unit | None]:
    """The period or base of a rate after a unit: "per month", "a barrel", "/gram", "per 100,000 people"."""
    n = len(toks)
    if j >= n or (toks[j].lower not in _RATE_STARTS and toks[j].text != "-"):
        return None, j, None  # the cheap test first: most units have no rate after them
    if toks[j].text == "-" and j + 1 < n and toks[j + 1].lower in A_AN and joined(toks[j - 1], toks[j]):
        j += 1  # "a 52,000 barrel-a-day refinery"
    w = toks[j].lower
    per_word, k = w in PER_WORDS, j + 1
    if not per_word and w in PER_PHRASES:  # "por cada 100.000"
        k = after_per(toks, j)
        per_word, k = k > j, max(k, j + 1)
    if not per_word and w in ROUND_BASE_PER_WORDS:  # "29,5 por 100.000 habitantes", not "por 1.000 dólares"
        per_word = round_base(toks, j + 1)
    per = per_word or w == "/"
    if per or w in DISTRIBUTIVE_WORDS or w in A_AN:
        if k < n and toks[k].text == "-" and w in A_AN:
            k += 1
        if k >= n:
            return None, j, None
        if per_word and toks[k].kind == NUM:  # "per 100,000 people", "por cada 100 mil habitantes"
            base, end = _base(toks, k)
            if end < n and toks[end].lower in RATE_BASES:
                end += 1
            return f"{base:g}", end, None
        match = unit_after(toks, k)
        if match is not None and match.end < n and toks[match.end].lower in DATING_WORDS:
            return None, j, None  # "a year earlier" dates the figure; it is not a rate
        if match is not None and (per or match.unit.time
                                  or match.unit.kind in ("mass", "volume", "length", "area")):
            return match.unit.name, match.end, match.unit
        if per and toks[k].kind == WORD and toks[k].lower not in STOP:
            return singular_of(toks[k].lower), k + 1, None
        if w in A_AN and toks[k].lower in PER_ITEM_NOUNS:
            return toks[k].lower, k + 1, None
    return None, j, None
