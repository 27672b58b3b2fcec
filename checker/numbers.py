"""Number grammar: find the quantities stated in one sentence.

Digits with separators and decimals, number words ("nine", "a dozen", "twenty-eight"), scale words
and suffixes ("48 million", "$1.2bn"), fractions ("half", "a third", "1/16"), vague plurals
("tens of thousands"), ranges ("$300 to $400", "between 5% and 6%", "from 13.5 to 14.0 mm"),
qualifiers ("more than", "nearly", "up to") and stated changes ("fell 45 percent", "a 712 percent
increase"). Numbers that are not quantities (MS-13, Game 7, 9:30, 1990s, 22nd, "Section 427")
make none; calendar spans (years, dates, clock times) come from timex and are masked.

Cost: one tokenisation per sentence (tokens.py) and dictionary look-ups around each number;
sentences without a digit or number word return at once. No regex backtracking, no caching of
whole sentences: linear in the sentence length. Quantities and values are built with
``quick_constructor``.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter

from checker import lang
from checker.model import Quantity, Value, quick_constructor
from checker.text import AnyCase, lower_for_matching
from checker.tokens import NUM, SYM, WORD, Token, joined, lowers, tokenize
from checker.units import Unit, currency_before, unit_after

# Quantities and values are made by the thousand (see quick_constructor).
_make_quantity, _make_value = quick_constructor(Quantity), quick_constructor(Value)

_W = lang.load(lang.DEFAULT)
CARDINALS: dict[str, int] = _W["cardinals"]
SCALES: dict[str, int] = _W["scales"]
SCALE_SUFFIXES: dict[str, int] = _W["scale_suffixes"]
VAGUE: dict[str, int] = _W["vague_plurals"]
FRACTIONS: dict[str, int] = _W["fractions"]
APPROX_SPREAD = 0.05  # "about X" allows X ± 5 %; "nearly X" allows [0.95 X, X]


def _phrases(groups: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    table = {}
    for name, phrases in groups.items():
        for phrase in phrases:
            table[tuple(t.lower for t in tokenize(str(phrase)))] = name
    return table


QUALIFIERS = _phrases(_W["qualifiers"])
POST_QUALIFIERS = _phrases(_W["post_qualifiers"])
_QUALIFIER_LASTS = frozenset(k[-1] for k in QUALIFIERS)  # most words end no qualifier phrase
# Runs of two or more words that end a qualifier phrase: a run not among them ends none, and no
# longer run ending at the same word need be looked up.
_QUALIFIER_ENDINGS = frozenset(k[-size:] for k in QUALIFIERS for size in range(2, len(k) + 1))
_POST_QUALIFIER_FIRSTS = frozenset(k[0] for k in POST_QUALIFIERS)
CHANGE_WORDS = {w: d for d, ws in _W["changes"].items() for w in ws if " " not in w}
CHANGE_NOUNS = {w: d for d, ws in _W["change_nouns"].items() for w in ws}
RATE_BASES = set(_W["rate_bases"])

_NUMBER_WORDS = "|".join(sorted({*CARDINALS, *SCALES, *VAGUE, *FRACTIONS, "fold"}, key=len, reverse=True))
_NUMBER_STARTS = frozenset({*CARDINALS, *VAGUE, "a", "an", "half"})
# Whether a sentence may state a number: a digit (a quick scan) or else a number word (a slower
# scan, so it comes second; case-insensitive, over the lower-cased sentence where that is the same).
_HAS_DIGIT = re.compile(r"\d")
_HAS_NUMBER_WORD = AnyCase(rf"\b(?:{_NUMBER_WORDS})")

# Words that end a noun phrase after a number: function words, auxiliaries, common adverbs.
_STOP = frozenset("""
a an the of in on at to for from by with and or but nor as than that which who whom whose this these those
is are was were be been being have has had do does did will would can could should may might must shall
it its they them their he she his her we our you your i my me us not no so if when while where after before
since until during per each every into onto over under about around against between through across
including like up down out off more less most least then also just only even still already now ago later
earlier yet too very all some any both either neither such own others another same alone respectively
apiece there here what how why because although though whereas versus vs via among amid within without
toward towards upon onto near behind beyond despite unlike plus minus according said says say told
""".split())
_IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
                      "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
                      "personnel": "personnel", "cattle": "cattle", "sheep": "sheep", "fish": "fish",
                      "deer": "deer", "series": "series", "species": "species", "aircraft": "aircraft",
                      "troops": "troop", "data": "data", "media": "media", "crew": "crew"}
_LABELS = frozenset("""no no. number nos # page pages episode chapter article section sec level phase stage
grade category round game vol volume issue room flight route highway interstate gate terminal platform
row seat lot unit version v season week act part rule item figure table exhibit appendix track""".split())
_STREET = frozenset("road rd street st avenue ave way drive dr boulevard blvd lane ln place pl court ct square".split())
_MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_METRE_AFTER = frozenset("long tall wide high deep away across apart above below in from to at on by and or".split())
_SENTENCE_END = frozenset(". ; ? !".split())
_QUOTES = frozenset("\"“”'‘’")
_CLAUSE_END = frozenset(",;:()[]—–\"“”")
_DETERMINERS = frozenset("a an the".split())
_CHANGE_BLOCKERS = frozenset("to from at of than in for over since after within during on with".split())
_MODEL_SUFFIXES = frozenset("Pro Max Mini Plus Ultra Lite Air Edition Series Note".split())
_NUMBER_PREFIXES = frozenset("sub minus then now mid over under near some about approx around up down to and or".split())
_LOOSE_SUFFIXES = frozenset(("bn", "B", "mn", "tn", "mln", "bln"))
# Comparatives that may modify a counted noun ("three larger rivals"); else they end the phrase.
_COMPARATIVES = frozenset("""cheaper higher lower bigger larger smaller longer shorter older younger faster slower
greater richer poorer newer""".split())
_IRREGULAR_DEGREES: dict[str, str] = _W["irregular_degrees"]
_NOT_SUPERLATIVES = frozenset(_W["not_superlatives"])
# Words in -ing that name a thing or a trade rather than an action: part of a counted noun phrase.
_ING_NOUNS = frozenset("""lightning morning evening ceiling building wedding clothing housing shipping banking
mining farming fishing offspring sibling pudding""".split())
# Verbs that take "up"/"down" as a particle, not as a change: "gave up 517 yards".
_PHRASAL = frozenset("""gave give gives giving picked pick set signed sign took take takes make made makes
put shut broke break turned turn sum summed hold held tied tie looked showed show came come open opened
wound wind back line lined cut cuts keep kept""".split())
# Frequent verbs and comparatives that follow a bare number but never name what is counted.
_NOT_NOUNS = frozenset("""came come comes went go goes got get gets grew grow grows live lives lived ask asks
asked make makes made said say says took take takes left leave leaves died die dies voted vote votes won
win wins lost lose loses saw see sees had has have were was are is cheaper higher lower bigger larger smaller
longer shorter older younger faster slower better worse more less fewer greater thanks last next""".split())


@dataclass(slots=True)
class _Num:
    """A parsed number: its value, token span and how it was written."""

    value: float
    i0: int
    i1: int  # one past the last token
    words: bool = False  # written in words ("nine", "a dozen")
    vague: tuple[float, float] | None = None  # "thousands" -> (1000, 10000)
    fraction: bool = False
    scaled: bool = False  # a scale word or suffix multiplied the digits
    plain_int: bool = False  # digits only, no separator or decimal point
    scale: float = 1.0  # the factor scale words or suffixes applied ("15 billion" -> 1e9)


# --------------------------------------------------------------------------- number parsing


_MAX_DIGITS = 40  # longer digit runs are codes or noise, not quantities


def _parse_number(toks: list[Token], i: int) -> _Num | None:
    t = toks[i]
    if t.kind == NUM:
        if len(t.text) > _MAX_DIGITS:
            return None
        return _parse_digits(toks, i)
    if t.kind == WORD:
        return _parse_words(toks, i)
    return None


def _parse_digits(toks: list[Token], i: int) -> _Num:
    n = len(toks)
    t = toks[i]
    value = float(t.text.replace(",", ""))
    num = _Num(value, i, i + 1, plain_int=t.text.isdigit())
    j = i + 1
    # fractions written with a slash: "1/16", "1⁄32" (not "24/7" or "9/11": numerator < denominator)
    if (j + 1 < n and toks[j].text in ("/", "⁄") and joined(t, toks[j]) and joined(toks[j], toks[j + 1])
            and toks[j + 1].kind == NUM and t.text.isdigit() and toks[j + 1].text.isdigit()):
        den = float(toks[j + 1].text)
        if 0 < value < den <= 1000:
            num.value, num.i1, num.fraction, num.plain_int = value / den, j + 2, True, False
            return num
    # scientific notation: "1.99×10−30", "2.998 x 10^8"
    if j + 1 < n and toks[j].text in ("×", "x", "X", "*") and toks[j + 1].text == "10":
        k, sign = j + 2, 1
        if k < n and toks[k].text == "^":
            k += 1
        if k < n and toks[k].text in ("−", "-", "–"):
            sign, k = -1, k + 1
        if k < n and toks[k].kind == NUM and toks[k].text.isdigit() and len(toks[k].text) <= 3 \
                and int(toks[k].text) <= 300:
            num.value = value * 10.0 ** (sign * int(toks[k].text))
            num.i1, num.plain_int = k + 1, False
            return num
    # a scale suffix glued to the digits: "1.2bn", "35m", "25k" ("37m" long is metres, below)
    if j < n and toks[j].kind == WORD and joined(toks[j - 1], toks[j]) and toks[j].text in SCALE_SUFFIXES:
        if not _suffix_is_unit(toks, i, j):
            num.scale *= SCALE_SUFFIXES[toks[j].text]
            num.scaled, num.plain_int, j = True, False, j + 1
    elif j < n and toks[j].text in _LOOSE_SUFFIXES and not (j + 1 < n and joined(toks[j], toks[j + 1])):
        num.scale *= SCALE_SUFFIXES[toks[j].text]  # "8 B people", "$4.2 bn"
        num.scaled, num.plain_int, j = True, False, j + 1
    # scale words: "48 million", "4 hundred million", "1.8 billion-mile"
    while j < n and toks[j].lower in SCALES and toks[j].lower != "dozen":
        num.scale *= SCALES[toks[j].lower]
        num.scaled, num.plain_int, j = True, False, j + 1
    if j < n and toks[j].lower == "dozen":
        num.scale *= 12
        num.plain_int, j = False, j + 1
    num.value *= num.scale
    num.i1 = j
    return num


def _suffix_is_unit(toks: list[Token], i: int, j: int) -> bool:
    """Is the glued "m" in "37m" metres rather than millions? Money is always millions ("$1.2m")."""
    if toks[j].text != "m":
        return False
    if currency_before(toks, i) is not None:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or nxt.kind == SYM:
        return True
    if nxt.kind == NUM and joined(toks[j], nxt):  # "32m2"
        return True
    if nxt.kind == WORD and not _looks_plural(nxt.lower) and i > 0 and toks[i - 1].lower in ("a", "an"):
        return True  # "a 37m ship" (but "35m users")
    return nxt.lower in _METRE_AFTER


def _parse_words(toks: list[Token], i: int) -> _Num | None:
    n = len(toks)
    w = toks[i].lower
    nxt = toks[i + 1].lower if i + 1 < n else ""
    if w in ("a", "an"):
        if nxt in SCALES:  # "a dozen", "a million"
            num = _Num(float(SCALES[nxt]), i, i + 2, words=True)
            _more_scales(toks, num)
            return num
        if nxt in FRACTIONS and nxt not in ("quarter", "quarters") or nxt == "quarter" and i + 2 < n and toks[i + 2].lower == "of":
            return _Num(1.0 / FRACTIONS[nxt], i, i + 2, words=True, fraction=True)
        return None
    if w == "half" and _half_is_fraction(toks, i):
        num = _Num(0.5, i, i + 1, words=True, fraction=True)
        if nxt in ("a", "an") and i + 2 < n and toks[i + 2].lower in SCALES:  # "half a million"
            num.value, num.i1, num.fraction = 0.5 * SCALES[toks[i + 2].lower], i + 3, False
        return num
    if w in VAGUE:  # "thousands", "tens of thousands", "hundreds of millions"
        low = float(VAGUE[w])
        j = i + 1
        if j + 1 < n and toks[j].lower == "of" and toks[j + 1].lower in VAGUE and VAGUE[toks[j + 1].lower] > low:
            low *= VAGUE[toks[j + 1].lower]
            j += 2
        if w == "tens" and j == i + 1:
            return None
        return _Num(low, i, j, words=True, vague=(low, low * 10))
    if w.endswith("fold") and w[:-4] in CARDINALS:  # "sixfold"
        return _Num(float(CARDINALS[w[:-4]]), i, i + 1, words=True)
    if w not in CARDINALS:
        return None
    total, current, j, last, scale = 0.0, 0.0, i, None, 1.0
    while j < n:
        tok = toks[j]
        lw = tok.lower
        if lw in CARDINALS:
            v = CARDINALS[lw]
            if last == "cardinal" and not (current % 100 >= 20 and current % 10 == 0 and v < 10):
                break
            current += v
            last = "cardinal"
        elif lw in SCALES and last in ("cardinal", "scale") and lw != "dozen":
            if lw == "hundred":
                current *= 100
            else:
                total += (current or 1) * SCALES[lw]
                current = 0
            last, scale = "scale", float(SCALES[lw])
        elif lw == "dozen" and last == "cardinal":
            current *= 12
            last = "scale"
        elif lw == "-" and last == "cardinal" and j + 1 < n and joined(toks[j - 1], tok) and joined(tok, toks[j + 1]) \
                and toks[j + 1].lower in CARDINALS:
            j += 1
            continue
        elif lw == "and" and last == "scale" and j + 1 < n and toks[j + 1].lower in CARDINALS:
            j += 1
            continue
        else:
            break
        j += 1
    value = total + current
    num = _Num(value, i, j, words=True)
    if last == "scale":
        num.scaled, num.scale = True, scale
    # fractions with a numerator: "two-thirds", "one third", "three quarters"
    k = j + 1 if j < n and toks[j].text == "-" and joined(toks[j - 1], toks[j]) else j
    if k < n and toks[k].lower in FRACTIONS and value < 20 and toks[k].lower != "half":
        if not (value == 1 and toks[k].lower.endswith("s")):
            num.value, num.i1, num.fraction = value / FRACTIONS[toks[k].lower], k + 1, True
            return num
    # "one in three", "one out of five"
    num = _ratio(toks, num) or num
    return num


def _more_scales(toks: list[Token], num: _Num) -> None:
    while num.i1 < len(toks) and toks[num.i1].lower in SCALES and toks[num.i1].lower != "dozen":
        num.value *= SCALES[toks[num.i1].lower]
        num.i1 += 1


def _half_is_fraction(toks: list[Token], i: int) -> bool:
    """"half the condos", "more than half": yes; "the second half", "half-time": no."""
    prev = toks[i - 1].lower if i else ""
    if prev in ("first", "second", "other", "latter", "back", "front", "and", "a", "this", "that", "the"):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text == "-" and joined(toks[i], nxt):
        return False
    return True


def _ratio(toks: list[Token], num: _Num) -> _Num | None:
    n, j = len(toks), num.i1
    if j < n and toks[j].lower == "in":
        k = j + 1
    elif j + 2 < n and toks[j].lower == "out" and toks[j + 1].lower == "of":
        k = j + 2
    else:
        return None
    if k >= n:
        return None
    den = toks[k]
    if den.kind == NUM and den.text.isdigit() and len(den.text) <= 3 and 1 < int(den.text) <= 100:
        d = float(den.text)
    elif den.lower in CARDINALS and CARDINALS[den.lower] > 1:
        d = float(CARDINALS[den.lower])
    else:
        return None
    if num.value >= d:
        return None
    return _Num(num.value / d, num.i0, k + 1, words=num.words, fraction=True)


# --------------------------------------------------------------------------- filters


def _identifier(toks: list[Token], num: _Num, partner: bool = False) -> bool:
    """Numbers that name or label rather than count: MS-13, S23, Game 7, No. 5, 9:30, 49ers."""
    i = num.i0
    t = toks[i]
    prev = toks[i - 1] if i else None
    prev2 = toks[i - 2] if i > 1 else None
    if t.kind == NUM:
        if prev is not None and prev.kind == WORD and joined(prev, t) and currency_before(toks, i) is None:
            return True  # "S23", "mk5", "CO2", "ID.3"
        if (prev is not None and prev.text in ("-", "‐") and joined(prev, t) and prev2 is not None
                and prev2.kind == WORD and joined(prev2, prev) and prev2.lower not in _NUMBER_PREFIXES):
            return True  # "MS-13", "H-2", "COVID-19", "TA-35", "a last-32 tie"
        if not partner and prev is not None and prev.text in (":", "/", "-") and joined(prev, t) and prev2 is not None \
                and prev2.kind == NUM and joined(prev2, prev):
            return True  # "9:30", "24/7", "ISO 3888-2" (second part)
        nxt = toks[num.i1] if num.i1 < len(toks) else None
        if nxt is not None and nxt.text in (":", "/") and joined(toks[num.i1 - 1], nxt) and num.i1 + 1 < len(toks) \
                and toks[num.i1 + 1].kind == NUM and joined(nxt, toks[num.i1 + 1]) and not num.fraction:
            return True  # "9:30", "24/7" (first part)
        if nxt is not None and nxt.kind == WORD and joined(toks[num.i1 - 1], nxt) and nxt.lower in ("st", "nd", "rd", "th", "s"):
            return True  # ordinals and decades: "22nd", "1990s"
        if prev is not None and prev.text in ("#", "№"):
            return True
        if t.text.startswith("0") and len(t.text) > 1 and t.text.isdigit():
            return True  # "0401", codes and clock times
    if prev is not None and prev.lower.rstrip(".") in _LABELS and not num.words:
        if not (prev.lower == "no" and prev2 is not None and prev2.lower in ("with", "and", "or")):
            return True
    return False


def _capitalised_label(toks: list[Token], num: _Num, has_unit: bool) -> bool:
    """"Game 7", "Stoxx 600", "Apple Watch 5": a bare number right after a capitalised name."""
    if has_unit or num.words or num.i0 == 0:
        return False
    prev = toks[num.i0 - 1]
    if prev.kind == SYM:
        return prev.text == "&" or (prev.text == "." and num.i0 > 1 and toks[num.i0 - 2].kind == WORD
                                    and len(toks[num.i0 - 2].text) <= 3 and toks[num.i0 - 2].text[:1].isupper()
                                    and not joined(prev, toks[num.i0]))
    if prev.kind != WORD or not any(map(str.isupper, prev.text)):
        return False
    low = prev.lower
    if low in _MONTHS or low in _DETERMINERS or (low,) in QUALIFIERS or low in CHANGE_WORDS:
        return False
    if low in _STOP or low in ("us", "u.s.", "uk", "eu"):
        return False
    return True


def _score_or_pair(toks: list[Token], num: _Num) -> int:
    """"won 2-1", "tied at 89-89": two bare integers joined by a hyphen and no unit after.
    Returns the index after the pair, or 0 when it is not one."""
    j = num.i1
    if not num.plain_int or j + 1 >= len(toks):
        return 0
    dash, other = toks[j], toks[j + 1]
    if not (dash.text in ("-", "–") and joined(toks[j - 1], dash) and joined(dash, other) and other.kind == NUM
            and other.text.isdigit() and len(other.text) <= 3 and len(toks[num.i0].text) <= 3
            and int(toks[num.i0].text) <= 200 and int(other.text) <= 200):
        return 0
    after = j + 2
    if unit_after(toks, after) is not None or currency_before(toks, num.i0) is not None:
        return 0
    if after < len(toks) and toks[after].kind == WORD and _looks_plural(toks[after].lower) \
            and toks[after].lower not in _NOT_NOUNS:
        return 0
    return after


def _address(toks: list[Token], j: int) -> bool:
    """"575 Wilbraham Road": a number followed by capitalised words and a street word."""
    for k in range(j, min(j + 4, len(toks))):
        tok = toks[k]
        if tok.kind == NUM or tok.lower in ("st", "nd", "rd", "th"):
            continue  # "9 E 71st St"
        if tok.kind != WORD or not tok.text[:1].isupper():
            return False
        if tok.lower in _STREET and (k > j or (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())):
            return True
    return False


def _compound_word(toks: list[Token], num: _Num) -> bool:
    """"a three-bed flat", "a four-door car": a number word inside a hyphenated adjective that is
    not a unit (but "a five-year award" keeps its duration)."""
    if not num.words or num.i1 + 1 >= len(toks):
        return False
    dash, word = toks[num.i1], toks[num.i1 + 1]
    if dash.text != "-" or not joined(toks[num.i1 - 1], dash) or not joined(dash, word) or word.kind != WORD:
        return False
    return unit_after(toks, num.i1) is None and word.lower not in ("fold",)


def _date_neighbour(toks: list[Token], num: _Num) -> bool:
    """A day of month next to a month name ("April 6", "9 May") even when timex did not mask it."""
    if not num.plain_int or num.value > 31 or num.value < 1:
        return False
    prev = toks[num.i0 - 1].lower.rstrip(".") if num.i0 else ""
    nxt = toks[num.i1].lower.rstrip(".") if num.i1 < len(toks) else ""
    if prev in _MONTHS and not (prev == "may" and toks[num.i0 - 1].text == "may"):
        return True
    return nxt in _MONTHS and not (nxt == "may" and toks[num.i1].text == "may")


# --------------------------------------------------------------------------- context


def _sign_and_currency(toks: list[Token], i: int) -> tuple[int, Unit | None, int, str | None]:
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
        if prev.lower == "minus":
            sign, mark, left = -1, "minus", left - 1
            continue
        if prev.text in ("-",) and left > 1 and toks[left - 2].lower == "minus":
            sign, mark, left = -1, "minus", left - 2
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


def _qualifier_before(toks: list[Token], left: int) -> tuple[str | None, int]:
    """The qualifier phrase ending right before ``left`` (articles may sit between: "an estimated")."""
    for skip in (0, 1):
        end = left - skip
        if skip and (end < 0 or end >= len(toks) or toks[end].lower not in ("a", "an")):
            break
        if end > 0 and toks[end - 1].lower in _QUALIFIER_LASTS:
            longest = 1
            while longest < min(4, end) and lowers(toks[end - longest - 1:end]) in _QUALIFIER_ENDINGS:
                longest += 1
            for size in range(longest, 0, -1):
                start = end - size
                key = lowers(toks[start:end])
                if key in QUALIFIERS:
                    return QUALIFIERS[key], start
        if toks[end - 1].text in ("~", "≈") if end > 0 else False:
            return "approx", end - 1
        if end > 0 and toks[end - 1].lower == "sub" or (end > 1 and toks[end - 1].text == "-" and toks[end - 2].lower == "sub"):
            return "under", end - 1
    return None, left


def _post_qualifier(toks: list[Token], j: int) -> tuple[str | None, int]:
    if j + 1 < len(toks) and toks[j].text == "-" and joined(toks[j - 1], toks[j]) and toks[j + 1].lower == "plus":
        return "at_least", j + 2  # "300-plus"
    if j < len(toks) and toks[j].lower in _POST_QUALIFIER_FIRSTS:
        for size in (3, 2, 1):
            key = lowers(toks[j:j + size])
            if len(key) == size and key in POST_QUALIFIERS:
                return POST_QUALIFIERS[key], j + size
    if j < len(toks) and toks[j].text == "+" and joined(toks[j - 1], toks[j]):
        return "at_least", j + 1
    return None, j


def _change_before(toks: list[Token], left: int) -> str | None:
    """A change verb within a few words before the number, in the same clause ("fell 45 percent",
    "up about 19 per cent"), but not a target level ("rose to $7 billion")."""
    k, steps = left - 1, 0
    while k >= 0 and steps < 5:
        tok = toks[k]
        if tok.kind == NUM or tok.text in _CLAUSE_END:
            return None
        if tok.lower in _CHANGE_BLOCKERS:
            return None
        direction = CHANGE_WORDS.get(tok.lower)
        if direction is not None:
            if tok.lower in ("minus", "lower", "higher") and steps > 0:
                return None
            if tok.lower in ("up", "down") and k > 0 and (toks[k - 1].lower in _PHRASAL or toks[k - 1].text == "-"):
                return None  # "gave up 517 yards", "a start-up employs 600"
            return direction
        steps += 1
        k -= 1
    return None


def _change_after(toks: list[Token], j: int) -> str | None:
    """A change noun right after the quantity: "a 712 percent increase", "a 3 percent drop"."""
    for k in (j, j + 1):
        if k < len(toks) and toks[k].lower in CHANGE_NOUNS:
            if k == j + 1 and toks[j].lower not in ("point", "points", "percentage", "annual", "year", "price"):
                return None
            return CHANGE_NOUNS[toks[k].lower]
    return None


def _denominator(toks: list[Token], j: int) -> tuple[str | None, int, Unit | None]:
    """The period or base of a rate after a unit: "per month", "a barrel", "/gram", "per 100,000 people"."""
    n = len(toks)
    if j >= n:
        return None, j, None
    if toks[j].text == "-" and j + 1 < n and toks[j + 1].lower == "a" and joined(toks[j - 1], toks[j]):
        j += 1  # "a 52,000 barrel-a-day refinery"
    w = toks[j].lower
    if w in ("per", "/", "a", "an", "each", "every") or (w == "a" and j + 1 < n and toks[j + 1].text == "-"):
        k = j + 1
        if k < n and toks[k].text == "-" and w == "a":
            k += 1
        if k >= n:
            return None, j, None
        if w == "per" and toks[k].kind == NUM:  # "per 100,000 people"
            base = float(toks[k].text.replace(",", ""))
            end = k + 1
            if end < n and toks[end].lower in RATE_BASES:
                end += 1
            return f"{base:g}", end, None
        match = unit_after(toks, k)
        if match is not None and match.end < n and toks[match.end].lower in ("earlier", "ago", "later", "before", "after", "on", "from", "since"):
            return None, j, None  # "a year earlier" dates the figure; it is not a rate
        if match is not None and (w in ("per", "/") or match.unit.time or match.unit.kind in ("mass", "volume", "length", "area")):
            return match.unit.name, match.end, match.unit
        if w in ("per", "/") and toks[k].kind == WORD and toks[k].lower not in _STOP:
            return _singular(toks[k].lower), k + 1, None
        if w in ("a", "an") and toks[k].lower in ("share", "head", "person", "night", "game", "ticket", "piece"):
            return toks[k].lower, k + 1, None
    return None, j, None


def _looks_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS or (word.endswith("men") and len(word) > 4):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def _singular(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if not _looks_plural(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith(("ruses", "nuses", "puses", "luses", "tuses")):
        return word[:-2]  # viruses, bonuses, campuses, surpluses, statuses
    return word[:-1]


def _noun_phrase(toks: list[Token], j: int, value: float) -> tuple[str | None, str | None, int]:
    """The counted noun phrase after a number, head made singular: ("suspected gang member",
    "member", end). Function words and verbs end it; a plural word is its head."""
    n = len(toks)
    k = j
    partitive = k < n and (toks[k].lower == "of" or (k > 0 and toks[k - 1].lower == "half"))
    if partitive:  # "two of the officers", "one of the best", "35m of its devices", "half the flats"
        k += toks[k].lower == "of"
        if k < n and toks[k].lower in ("the", "its", "their", "his", "her", "our", "my", "your", "those", "these",
                                       "them"):
            k += 1
        value = value if value != 1 else 2  # "one of the oldest steam engines": the head is plural
    elif k + 1 < n and toks[k].lower in ("more", "fewer") and _looks_plural(toks[k + 1].lower):
        k += 1  # "eight more picks": more of what is counted
    words: list[str] = []
    head = None
    while k < n and len(words) < 5:
        tok = toks[k]
        low = tok.lower
        if low in _COMPARATIVES and k + 1 < n and toks[k + 1].kind == WORD and _looks_plural(toks[k + 1].lower):
            pass  # "two smaller rooms": a comparative before the counted noun modifies it
        elif tok.kind == NUM and words and _number_in_name(toks, k, words[-1]):
            words.append(tok.text)  # "63,000 Model 3 sedans", "two new 737 Max jets"
            k += 1
            continue
        elif tok.kind != WORD or (low in _STOP and tok.text != "US") or low in _NOT_NOUNS or low in CARDINALS:
            if tok.text == "-" and words and k + 1 < n and joined(toks[k - 1], tok) and joined(tok, toks[k + 1]) \
                    and toks[k + 1].kind == WORD:
                words[-1] += "-" + toks[k + 1].text
                head = toks[k + 1].lower
                k += 2
                if _looks_plural(head) and value != 1:
                    break
                continue
            if low in ("and", "or") and words and _plural_ahead(toks, k + 1):
                k += 1  # "digital and physical sales", "Kia and Hyundai vehicles"
                continue
            break
        if low in _MONTHS and tok.text[:1].isupper():
            break
        if low.endswith(("'s", "’s")):  # "Johnson's deputies"
            words.append(tok.text[:-2])
            k += 1
            continue
        words.append(tok.text)
        head = low
        k += 1
        if _looks_plural(low) and value != 1:
            nxt = toks[k] if k < n else None
            if not (nxt is not None and nxt.kind == WORD and nxt.lower not in _STOP and nxt.lower not in _NOT_NOUNS
                    and _looks_plural(nxt.lower)):
                break  # "15 police officers", "customs officers": the last plural is the head
        if value == 1 and not low.endswith(("al", "ous", "ive", "ic", "ful", "able", "est", "ing", "less")):
            break
    if not words or head is None:
        return None, None, j
    if value != 1 and not _looks_plural(head):
        if k - j > 1 and len(words) > 1 and not partitive:
            first = toks[j]
            if first.kind != WORD or first.lower.endswith(("ed", "ing", "ly")):
                return None, None, j
            words, head, k = [first.text], first.lower, j + 1  # "the 12 page document": the unit is "page"
        elif head.endswith(("ed", "ing", "ly")):
            return None, None, j
    while len(words) > 1 and _participle(words[0]):
        words.pop(0)  # "400 charging stations", "300 recorded songs": the label is what is counted
    singular = _singular(head)
    if singular != head and words[-1].lower().endswith(head):
        words[-1] = words[-1][: len(words[-1]) - len(head)] + singular
    words[:-1] = [_positive(w) for w in words[:-1]]
    return " ".join(words), singular, k


def _positive(word: str) -> str:
    """The plain form of a superlative or comparative modifier ("best" -> "good", "earliest" ->
    "early", "hottest" -> "hot", "largest" -> "large"): like the singular head, the label names
    the kind of thing counted, not how it ranks."""
    low = word.lower()
    if low in _IRREGULAR_DEGREES:
        return _IRREGULAR_DEGREES[low]
    if low in _COMPARATIVES:
        stem = low[:-2]
    elif low.endswith("est") and len(low) >= 6 and word[0].islower() and low not in _NOT_SUPERLATIVES:
        stem = low[:-3]
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
    return len(low) > 4 and "-" not in low and low.endswith(("ly", "ing", "ed")) and low not in _ING_NOUNS


def _number_in_name(toks: list[Token], k: int, before: str) -> bool:
    """Digits inside a product name that a counted noun follows: a capitalised word on either
    side and a plural head right after ("Model 3 sedans", "737 Max jets")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or nxt.kind != WORD:
        return False
    return (not before.islower() or nxt.text[:1].isupper()) and (_looks_plural(nxt.lower) or _plural_ahead(toks, k + 1))


def _plural_ahead(toks: list[Token], k: int) -> bool:
    for tok in toks[k:k + 2]:
        if tok.kind != WORD or tok.lower in _STOP:
            return False
        if _looks_plural(tok.lower):
            return True
    return False


# --------------------------------------------------------------------------- assembly


@dataclass(slots=True)
class _Found:
    """A quantity under construction, before neighbours share units and changes."""

    left: int  # first token, including sign, currency and qualifier
    right: int  # one past the last token
    values: tuple[float, ...]
    unit: Unit | None
    noun_phrase: str | None
    noun: str | None
    per: str | None
    per_unit: Unit | None
    qualifier: str | None
    change: str | None
    noun_change: str | None
    vague: tuple[float, float] | None
    sign_mark: str | None
    fraction: bool = False
    age: bool = False


def find_quantities(sentence: str, masked: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity stated in ``sentence``; ``masked`` spans (calendar notation) are skipped."""
    if not (_HAS_DIGIT.search(sentence) or _HAS_NUMBER_WORD.search(sentence, lower_for_matching(sentence))):
        return []
    toks = tokenize(sentence)
    blocked = _blocked(toks, masked)
    found: list[_Found] = []
    starts = [k for k, t in enumerate(toks)
              if t.kind == NUM or (t.kind == WORD and (t.lower in _NUMBER_STARTS or t.lower.endswith("fold")))]
    i = 0  # where the next quantity may start
    for k in starts:
        if k < i or k in blocked:
            continue
        num = _parse_number(toks, k)
        if num is None:
            continue
        item = _assemble(toks, num, blocked)
        if item is None or isinstance(item, int):
            i = max(item or num.i1, k + 1)
            continue
        found.append(item)
        i = max(item.right, k + 1)
    _share_with_neighbours(toks, found)
    _index_levels(toks, found)
    _inherit_elided_units(toks, found)
    quantities = [_to_quantity(sentence, toks, f) for f in found]
    return [q for q in quantities if finite(q.value)]


def finite(value: Value | None) -> bool:
    """Whether every bound of ``value`` is a finite number (or open). A figure that overflows to
    infinity ("1 million million …") or turns into NaN (0 × ∞) states nothing: it is not a claim."""
    return value is None or all(x is None or math.isfinite(x) for x in (value.point, value.lo, value.hi))


_START, _END = attrgetter("start"), attrgetter("end")


def _blocked(toks: list[Token], masked) -> set[int]:
    """Indexes of the tokens that overlap a masked span. Tokens are in text order and never
    overlap, so each span's tokens are one run, found by bisection."""
    if not masked:
        return set()
    starts, ends = list(map(_START, toks)), list(map(_END, toks))
    out: set[int] = set()
    for a, b in masked:
        out.update(range(bisect_right(ends, a), bisect_left(starts, b)))
    return out


def _assemble(toks: list[Token], num: _Num, blocked: set[int]) -> _Found | int | None:
    """The quantity starting at ``num``; None (not a quantity) or the index to resume at."""
    pair_end = _score_or_pair(toks, num)
    if pair_end:
        return pair_end
    if _identifier(toks, num) or _date_neighbour(toks, num) or _compound_word(toks, num):
        return None
    sign, currency, left, sign_mark = _sign_and_currency(toks, num.i0)
    j = num.i1
    unit: Unit | None = currency
    if currency is not None:
        # "$76 US", "$500 U.S." name the dollar again after the amount
        if j < len(toks) and toks[j].text in ("US", "U.S.", "USD"):
            j += 1
        match = unit_after(toks, j)
        if match is not None and match.unit.kind == "money" and match.unit.scale == 1.0:
            j = match.end  # "$5 Australian dollars" is rare; "S $1mil" handled by the suffix
    else:
        match = unit_after(toks, j)
        if match is None and j < len(toks) and (toks[j].lower in ("more", "fewer", "imperial")
                                                or toks[j].text in ("US", "U.S.")):
            match = unit_after(toks, j + 1)  # "two more weeks", "one US fluid ounce"
        if match is not None and not (match.unit.name == "pence" and not joined(toks[j - 1], toks[j])
                                      and j + 1 < len(toks) and toks[j + 1].kind == WORD):
            unit, j = match.unit, match.end
    if num.words and unit is None and num.value == 1 and not num.fraction and not _one_counts(toks, num):
        return None
    nxt = toks[j] if j < len(toks) else None
    if unit is None and nxt is not None and nxt.kind == WORD and joined(toks[j - 1], nxt):
        return None  # digits glued to an unknown word: "49ers", "5G", "3s"
    if num.vague is None and not num.words and _capitalised_label(toks, num, unit is not None):
        return None
    if unit is None and _address(toks, j):
        return None
    if (unit is None and num.i0 > 0 and toks[num.i0 - 1].text == "(" and nxt is not None and nxt.text == ")"):
        return None  # "Prescott (4)": a jersey or list number
    values = (sign * num.value,)
    per, per_unit = None, None
    if unit is not None:
        per, j, per_unit = _denominator(toks, j)
    # "64 per 100,000 people": a rate per population
    if unit is None and j + 1 < len(toks) and toks[j].lower == "per" and toks[j + 1].kind == NUM:
        per, j, per_unit = _denominator(toks, j)
        unit = Unit("count", "count")
    # "N times" states a count of occurrences or a ratio
    if unit is None and j < len(toks) and toks[j].lower in ("times", "fold", "-fold"):
        unit, j = Unit("count", "count"), j + 1
        per, j, per_unit = _denominator(toks, j)
    if unit is None and toks[num.i0].lower.endswith("fold"):
        unit = Unit("count", "count")
    # ranges: "$300 to $400", "5-10W", "between 5% and 6%", "from 13.5 to 14.0 mm"
    rng = _range_partner(toks, num, j, left, unit, blocked)
    if rng is not None:
        second, unit2, j2, per2, per_unit2 = rng
        first_value = num.value
        if not num.scaled and second.scaled and first_value <= second.value / second.scale:
            first_value *= second.scale  # "$10 to $15 billion", "four to five thousand"
        values = (sign * first_value, second.value)
        unit = unit or unit2
        per, per_unit = per or per2, per_unit or per_unit2
        j = j2
    qualifier, q_left = _qualifier_before(toks, left)
    post, j_post = _post_qualifier(toks, j)
    if qualifier is None and post is not None:
        qualifier, j = post, j_post
    change = None
    if sign_mark == "+":
        change = "up"
    elif sign_mark == "-" and unit is not None and unit.kind == "percent":
        change = "down"
    change = _change_before(toks, q_left) or change
    noun_change = _change_after(toks, j) if unit is not None and unit.kind in ("percent", "money") else None
    noun_phrase, noun = None, None
    if unit is None and num.vague is not None and j + 1 < len(toks) and toks[j].lower == "of":
        match = unit_after(toks, j + 1)  # "tens of thousands of dollars"
        if match is not None:
            unit, j = match.unit, match.end
    if (unit is None or unit.name == "year") and (_age_after_name(toks, num) or _age_stated_before(toks, q_left)
                                                  or (unit is None and _age_of_person(toks, num))):
        unit = Unit("year of age", "age", "year")
    if unit is None and num.fraction and j < len(toks) and (toks[j].lower == "of" or (
            toks[j - 1].lower == "half" and toks[j].lower in ("the", "its", "their"))):  # "half the flats"
        k = j + 1
        while k < len(toks) and toks[k].lower in ("a", "an", "the", "us", "u.s.", "imperial"):
            k += 1
        match = unit_after(toks, k)  # "1/16 of a US pint"
        if match is not None:
            unit, j = match.unit, match.end
        else:  # "a third of the population": a share of what follows
            phrase, noun, j_np = _noun_phrase(toks, j, 2)
            noun_phrase = f"% {phrase or '-'}"
            if phrase is not None:
                j = j_np
    if unit is None and noun_phrase is None:
        noun_phrase, noun, j_np = _noun_phrase(toks, j, num.value if len(values) == 1 else 2)
        if noun_phrase is not None:
            j = j_np
            if num.fraction:
                noun_phrase = f"% {noun_phrase}"  # "one in five adults": a share of them
            if _model_name(num, noun_phrase):
                return None  # "iPhone 11 Pro", "90049 ZIP Code": a model or code name
            per, j, per_unit = _denominator(toks, j)  # "3,000 tests per day"
    return _Found(left=q_left, right=max(j, num.i1), values=values, unit=unit, noun_phrase=noun_phrase, noun=noun,
                  per=per, per_unit=per_unit, qualifier=qualifier, change=change, noun_change=noun_change,
                  vague=num.vague, sign_mark=sign_mark, fraction=num.fraction and unit is None)


def _one_counts(toks: list[Token], num: _Num) -> bool:
    """"one solution", "one of the best": yes; "no one", "this one", "one another": no."""
    prev = toks[num.i0 - 1].lower if num.i0 else ""
    nxt = toks[num.i1].lower if num.i1 < len(toks) else ""
    if prev in ("no", "the", "this", "that", "each", "every", "any", "which", "another", "only", "someone", "last", "such",
                "same"):
        return False
    if nxt in ("another", "or", "by", "", ".", ",", "-", "day", "time", "way", "thing", "point", "side"):
        return False
    if nxt == "hand" and prev == "on":
        return False
    return toks[num.i1].kind == WORD if num.i1 < len(toks) else False


def _age_stated_before(toks: list[Token], left: int) -> bool:
    """"aged 25", "over the age of 21", "under the age of 5 years": the figure is an age."""
    if left > 0 and toks[left - 1].lower == "aged":
        return True
    return left > 1 and toks[left - 1].lower == "of" and toks[left - 2].lower == "age"


def _age_of_person(toks: list[Token], num: _Num) -> bool:
    """"she is 45.", "he will be 35 by then", "who was 10": a bare whole number said of a person."""
    j = num.i1
    if not (num.plain_int or num.words) or not 1 <= num.value <= 120:
        return False
    if j < len(toks) and toks[j].kind == WORD and toks[j].lower not in _STOP:
        return False
    k = num.i0 - 1
    if k < 0 or toks[k].lower not in ("is", "was", "be", "turns", "turned"):
        return False
    if toks[k].lower == "be":
        k -= 1
        if k < 0 or toks[k].lower not in ("will", "would"):
            return False
    return k > 0 and toks[k - 1].lower in ("he", "she", "who", "i")


def _age_after_name(toks: list[Token], num: _Num) -> bool:
    """"Maddon, 66, has": an age set off by commas after a capitalised name."""
    i, j = num.i0, num.i1
    if not num.plain_int or not 1 <= num.value <= 120 or i < 2 or j >= len(toks):
        return False
    return (toks[i - 1].text == "," and toks[i - 2].kind == WORD and toks[i - 2].text[:1].isupper()
            and toks[j].text in (",", ".") and toks[i - 2].lower not in _MONTHS)


def _range_partner(toks, num: _Num, j: int, left: int, unit: Unit | None, blocked: set[int]):
    """The second end of a range starting at ``num``: (second, unit, end, per, per_unit) or None."""
    n = len(toks)
    if j >= n:
        return None
    conn = toks[j]
    before = toks[left - 1].lower if left else ""
    before2 = toks[left - 2].lower if left > 1 else ""
    k = j + 1
    if conn.text in ("-", "–", "—") and joined(toks[j - 1], conn):
        if k < n and toks[k].lower == "to" and joined(conn, toks[k]):  # "0-to-60"
            k += 1
            if k < n and toks[k].text == "-":
                k += 1
    elif conn.text in ("–", "—", "-") and k < n and toks[k].kind == NUM:
        pass  # "2000 - 2500 calories"
    elif conn.lower in ("to", "through", "thru"):
        if unit is not None and _change_before(toks, left) and before not in ("from",) and before2 != "from":
            return None  # "rose 6.5% to 164p": a change and the level it reached
        if k < n and toks[k].text == "-":  # "200,000 to-260,000"
            k += 1
    elif conn.lower == "and" and (before == "between" or before2 == "between"):
        pass
    elif conn.text == "/" and joined(toks[j - 1], conn) and unit is not None and unit.kind == "money" \
            and currency_before(toks, k + 1) is not None:
        pass  # "$7/$9"
    elif before == "from" or before2 == "from":
        k = _deferred_to(toks, j, blocked)  # "from 21 mpg combined to 23", "from 20 mpg in 2008 to 29 mpg"
        if k is None:
            return None
    else:
        return None
    if k >= n or k in blocked:
        return None
    sign2 = 1
    if toks[k].text in ("-", "−") and k + 1 < n and joined(toks[k], toks[k + 1]):
        sign2, k = -1, k + 1
    cur2 = None
    if currency_before(toks, k + 1) is not None and toks[k].kind != NUM:
        for size in (1, 2, 3):
            if k + size < n and toks[k + size].kind == NUM:
                found = currency_before(toks, k + size)
                if found is not None and found[1] == k:
                    cur2, k = found[0], k + size
                    break
    if toks[k].kind not in (NUM, WORD):
        return None
    second = _parse_number(toks, k)
    if second is None or second.vague is not None or second.fraction or _identifier(toks, second, partner=True):
        return None
    second.value *= sign2
    j2 = second.i1
    unit2 = cur2
    per2, per_unit2 = None, None
    if unit2 is None:
        match = unit_after(toks, j2)
        if match is not None:
            unit2, j2 = match.unit, match.end
    if unit2 is not None:
        per2, j2, per_unit2 = _denominator(toks, j2)
    if unit is not None and unit2 is not None and (unit.kind != unit2.kind or unit.currency != unit2.currency):
        return None
    if unit is None and unit2 is None and conn.lower in ("to", "through") and before not in ("from", "between") \
            and num.plain_int and second.plain_int and not (second.value > num.value):
        return None
    return second, unit2, j2, per2, per_unit2


def _deferred_to(toks: list[Token], j: int, blocked: set[int]) -> int | None:
    """After "from X ...", the index after a "to" that comes within a few words, or None."""
    for k in range(j, min(j + 5, len(toks) - 1)):
        tok = toks[k]
        if tok.lower == "to":
            return k + 1
        if tok.text in _CLAUSE_END or (tok.kind == NUM and k not in blocked):
            return None
    return None


def _share_with_neighbours(toks: list[Token], found: list[_Found]) -> None:
    """Coordinated figures share a unit and a change: "down 45 and 30 percent", "7- or 8-inch",
    "about 8 or $9"."""
    coordinated = []
    for a, b in zip(found, found[1:]):
        between = toks[a.right:b.left]
        if between and between[0].text == "(" and len(between) == 1:
            if b.qualifier is None and a.qualifier not in ("approx", "nearly"):
                b.qualifier = a.qualifier  # "more than 7.5 million crowns (US $1.1 million)"
            if b.change is None:
                b.change = a.change  # "dropped by 1 degree Celsius (1.8 Fahrenheit)"
            continue
        if (not all(t.lower in ("and", "or", ",", "-", "respectively", "&") for t in between) or len(between) > 3
                or not any(t.lower in ("and", "or", "-") for t in between)):
            continue
        coordinated.append((a, b))
        if b.change is None and a.change is not None:
            b.change = a.change
    for a, b in reversed(coordinated):  # the unit comes last: "four-, five- and six-cylinder"
        if a.unit is None and a.noun_phrase is None and b.unit is not None:
            a.unit, a.per, a.per_unit = b.unit, b.per, b.per_unit
        elif a.unit is None and a.noun_phrase is None and b.noun_phrase is not None:
            a.noun_phrase, a.noun = b.noun_phrase, b.noun


def _model_name(num: _Num, phrase: str) -> bool:
    """A number inside a product or code name, told by what follows it: a model suffix ("11 Pro")
    or an acronym ("90049 ZIP Code"). A capitalised name before it is `_capitalised_label`'s."""
    words = phrase.split()
    if num.words or not all(w[:1].isupper() for w in words) or _looks_plural(words[-1].lower()):
        return False
    if len(words[0]) < 2 or words[0].lower() in _MONTHS:
        return False
    return words[0] in _MODEL_SUFFIXES or (words[0].isupper() and len(words[0]) >= 3)


def _index_levels(toks: list[Token], found: list[_Found]) -> None:
    """"rose 64.06 points to 4,577.10": a bare level beside a move in points is in points too."""
    if "point" not in [f.noun for f in found]:
        return
    for f in found:
        x = abs(f.values[0])
        if f.unit is None and f.noun_phrase is None and (x >= 1000 or not float(x).is_integer()) \
                and f.left > 0 and toks[f.left - 1].lower in ("to", "at", "(", "of"):
            f.noun_phrase, f.noun = "point", "point"


def _inherit_elided_units(toks: list[Token], found: list[_Found]) -> None:
    """A bare figure after a quantity of like size is stated in the same unit, left out to avoid
    repeating it: "410 flats for sale and 150 for rent", "rose to 2.1 million users from 1.8 million",
    "the best price was 62 cents, the worst 55". Conversions in parentheses are not the unit meant."""
    stated: list[_Found] = []
    for index, f in enumerate(found):
        if f.unit is not None or f.noun_phrase is not None:
            if not (f.left > 0 and toks[f.left - 1].text == "(") and not (f.unit is not None and f.unit.time):
                stated.append(f)  # not a conversion, nor a span of time ("over the last three years")
            continue
        if f.fraction or f.vague is not None or not f.values[0] or toks[f.right - 1].lower == "one":
            continue  # "get their hands on one": a pronoun
        nxt = toks[f.right] if f.right < len(toks) else None
        if nxt is not None and (nxt.text in _QUOTES or (nxt.kind == WORD and nxt.lower not in _STOP
                                                         and nxt.lower not in _NOT_NOUNS)):
            continue  # '2,400 "household units"': a noun of its own, though not one the grammar reads
        if _label_from_a_noun_or(toks, f):
            continue
        source = _whole_after(toks, f, found[index + 1] if index + 1 < len(found) else None)
        for earlier in reversed(stated if source is None else ()):
            if any(t.text in _SENTENCE_END for t in toks[earlier.right:f.left]):
                break
            if earlier.values[0] and 0.1 <= abs(f.values[0] / earlier.values[0]) <= 10:
                source = earlier
                break
        if source is None or (source.change is not None and source.unit is not None and source.unit.kind == "percent"
                              and toks[f.left - 1].lower in ("to", "at")):
            continue  # "rose 8% to 3.65": the level reached is a price, not a percentage
        f.unit, f.noun_phrase, f.noun = source.unit, source.noun_phrase, source.noun
        if f.per is None:
            per, right, per_unit = _denominator(toks, f.right)
            if per_unit is not None and per_unit.time:
                f.per, f.per_unit, f.right = per, per_unit, right  # "an average of 20 per week"
            else:
                f.per, f.per_unit = source.per, source.per_unit


def _label_from_a_noun_or(toks: list[Token], f: _Found) -> bool:
    """"a week or two", "another pick or two": the noun of the "a" phrase counts the figure too.
    Sets the unit or label of ``f`` and says whether it did."""
    k = f.left
    if k < 3 or toks[k - 1].lower != "or" or toks[k - 3].lower not in ("a", "an", "another"):
        return False
    match = unit_after(toks, k - 2)
    if match is not None and match.end == k - 1:
        f.unit = match.unit
        return True
    noun = toks[k - 2]
    if noun.kind != WORD or noun.lower in _STOP or noun.lower in _NOT_NOUNS:
        return False
    f.noun_phrase = f.noun = noun.lower
    return True


def _whole_after(toks: list[Token], part: _Found, whole: _Found | None) -> _Found | None:
    """The whole a bare part is taken from, in its unit: "raised 280 million of the 1.5 billion
    crowns", "5 out of the 12 ministers"."""
    if whole is None or (whole.unit is None and whole.noun_phrase is None):
        return None
    between = [t.lower for t in toks[part.right:whole.left]]
    if between[:2] == ["out", "of"]:
        between = between[1:]
    return whole if between in (["of"], ["of", "the"], ["of", "its"], ["of", "their"]) else None


def _to_quantity(sentence: str, toks: list[Token], f: _Found) -> Quantity:
    start, end = toks[f.left].start, toks[f.right - 1].end
    values = f.values
    value = _interval(values, f.qualifier, f.vague)
    unit = f.unit
    noun = f.noun
    if unit is not None:
        name, kind, currency = unit.name, unit.kind, unit.currency
        if kind == "count" and noun is None and unit.name != "count":
            noun = unit.name  # "four cylinders", "15.3 ppg"
    elif f.noun_phrase is not None:
        name, kind, currency = f.noun_phrase, "fraction" if f.fraction else "count", None
    elif f.fraction:
        name, kind, currency = None, "fraction", None
    else:
        name, kind, currency = None, "number", None
    if f.per is not None and name is not None:
        name = f"{name} per {f.per}"
    return _make_quantity(start=start, end=end, text=sentence[start:end], value=value, unit=name, kind=kind,
                          noun=noun, change=f.change, noun_change=f.noun_change, currency=currency, per=f.per,
                          stated=values, qualifier=f.qualifier)


def _interval(values: tuple[float, ...], qualifier: str | None, vague: tuple[float, float] | None) -> Value:
    if vague is not None:
        return _make_value(None, vague[0], vague[1], "range", True)
    if len(values) == 2:
        lo, hi = sorted(values)
        if qualifier in ("approx", "nearly"):
            return _make_value(None, lo * (1 - APPROX_SPREAD), hi * (1 + APPROX_SPREAD), "range", True)
        return _make_value(None, lo, hi, "range", False)
    x = values[0]
    spread = abs(x) * APPROX_SPREAD
    if qualifier == "approx":
        return _make_value(x, x - spread, x + spread, "approx", True)
    if qualifier == "nearly":
        return _make_value(x, x - spread, x, "nearly", True)
    if qualifier in ("over", "at_least", "as_low_as"):
        return _make_value(x, x, None, qualifier, False)
    if qualifier in ("under", "at_most", "as_high_as"):
        return _make_value(x, None, x, qualifier, False)
    return _make_value(x, x, x, "exact", False)
