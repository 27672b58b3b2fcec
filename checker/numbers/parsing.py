"""A number from its tokens: digits with separators, suffixes and scale words ("$1.2bn", "48 million"),
number words ("twenty-eight", "a dozen", "tens of thousands"), fractions and ratios ("two-thirds",
"one in five")."""
from __future__ import annotations

from checker.tokens import NUM, SYM, WORD, Token, joined, lowers

from .nouns import looks_plural
from .records import Num
from .words import (
    currency_before,
    unit_after,
    A_AN,
    COMPARATIVES,
    MORE_WORDS,
    NOT_NOUNS,
    STOP,
    ARTICLE_SCALES,
    CARDINALS,
    FRACTIONS,
    HALF,
    HALF_AFTER,
    HUNDRED_SCALES,
    LOOSE_SUFFIXES,
    METRE_AFTER,
    METRE_SUFFIXES,
    NOT_FRACTION_HALF_AFTER,
    NUMBER_JOINERS,
    OF,
    PERIOD_FRACTIONS,
    PLURAL_ENDINGS,
    RATIO_FIRSTS,
    RATIO_WORDS,
    SCALE_LINKS,
    SCALE_REMAINDERS,
    SCALE_SUFFIXES,
    SCALES,
    VAGUE,
    VAGUE_TENS,
    multiplied,
)

_MAX_DIGITS = 40  # longer digit runs are codes or noise, not quantities
# What may go on after digits (as written; in lower case): a fraction's slash, scientific notation's
# "x", a scale suffix or word. Most figures are followed by none of them, which one test rules out.
_DIGITS_GO_ON = frozenset(("/", "⁄", "×", "x", "X", "*")) | frozenset(SCALE_SUFFIXES) | LOOSE_SUFFIXES
_DIGITS_GO_ON_LOWER = frozenset(SCALES) | ARTICLE_SCALES


def parse_number(toks: list[Token], i: int) -> Num | None:
    t = toks[i]
    if t.kind == NUM:
        if len(t.text) > _MAX_DIGITS:
            return None
        num = _parse_digits(toks, i)
    elif t.kind == WORD:
        num = _parse_words(toks, i)
    else:
        return None
    if HALF_AFTER and num is not None and num.i1 < len(toks) and toks[num.i1 - 1].lower in SCALES:
        _half_after(toks, num)
    if SCALE_LINKS and num is not None:
        _scale_link(toks, num)
    return num


def _half_after(toks: list[Token], num: Num) -> None:
    """"dos millones y medio": half of the scale word just read is added to the number."""
    j = num.i1
    for words in HALF_AFTER:
        if lowers(toks[j:j + len(words)]) == words:
            num.value += 0.5 * (num.scale if num.scaled and not num.words else SCALES[toks[j - 1].lower])
            num.i1 = j + len(words)
            return


def _scale_link(toks: list[Token], num: Num) -> None:
    """The word that ties a scale word to what it counts ("3 millones de dólares"): read with the number."""
    j = num.i1
    if j + 1 < len(toks) and toks[j].lower in SCALE_LINKS and toks[j + 1].kind == WORD \
            and (toks[j - 1].lower in SCALES or lowers(toks[j - 2:j]) in HALF_AFTER):
        num.i1 = j + 1


def _parse_digits(toks: list[Token], i: int) -> Num:
    n = len(toks)
    t = toks[i]
    value = float(t.text.replace(",", ""))
    num = Num(value, i, i + 1, plain_int=t.text.isdigit())
    j = i + 1
    if j == n or (toks[j].text not in _DIGITS_GO_ON and toks[j].lower not in _DIGITS_GO_ON_LOWER):
        return num  # the digits alone (their scale is 1)
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
    if j < n and toks[j].text in SCALE_SUFFIXES and toks[j].kind == WORD and joined(toks[j - 1], toks[j]):
        if not _suffix_is_unit(toks, i, j):
            num.scale *= SCALE_SUFFIXES[toks[j].text]
            num.scaled, num.plain_int, j = True, False, j + 1
    elif j < n and toks[j].text in LOOSE_SUFFIXES and not (j + 1 < n and joined(toks[j], toks[j + 1])):
        num.scale *= SCALE_SUFFIXES[toks[j].text]  # "8 B people", "$4.2 bn"
        num.scaled, num.plain_int, j = True, False, j + 1
    # scale words: "48 million", "4 hundred million", "1.8 billion-mile"
    while j < n and toks[j].lower in SCALES and toks[j].lower not in ARTICLE_SCALES:
        num.scale *= SCALES[toks[j].lower]
        num.scaled, num.plain_int, j = True, False, j + 1
    if j < n and toks[j].lower in ARTICLE_SCALES:
        num.scale *= SCALES[toks[j].lower]
        num.plain_int, j = False, j + 1
    num.value *= num.scale
    num.i1 = j
    if SCALE_REMAINDERS and num.scaled and toks[j - 1].lower in SCALE_REMAINDERS:
        _remainder(toks, num)
    return num


def _remainder(toks: list[Token], num: Num) -> None:
    """The plain figure after a scale word that adds to it ("80 mil 736", "1 millón 250 mil"), with
    its own smaller scale: read on while each part is smaller than the scale before it. A larger
    scale after the sum scales all of it ("6 mil 295 millones" = 6.295 millones)."""
    n, j, scale = len(toks), num.i1, num.scale
    first = j
    while j < n and toks[j].kind == NUM and toks[j].text.isdigit() and len(toks[j].text) <= 3:
        value, k = float(toks[j].text), j + 1
        if k < n and toks[k].lower in SCALE_REMAINDERS and SCALES[toks[k].lower] < scale:
            value, part, k = value * SCALES[toks[k].lower], float(SCALES[toks[k].lower]), k + 1
        else:
            part = 1.0
        if value >= scale or (part == 1.0 and k < n and toks[k].kind == SYM and toks[k].text in ".,"
                              and k + 1 < n and toks[k + 1].kind == NUM and joined(toks[k - 1], toks[k])):
            break
        num.value, j, scale = num.value + value, k, part
    if j > first and j < n and toks[j].lower in SCALES and SCALES[toks[j].lower] > num.scale:
        num.value, num.scale, j = num.value * SCALES[toks[j].lower], num.scale * SCALES[toks[j].lower], j + 1
    num.i1 = j
    if j == first:  # no figure after the scale word: maybe number words ("213 mil siete")
        _word_remainder(toks, num, scale)


def _word_remainder(toks: list[Token], num: Num, scale: float) -> None:
    """Number words after a scale word that add to it ("213 mil siete" = 213.007): smaller than the
    scale, and an indefinite article only before a plural noun ("126 mil un hondureños", never
    "20 mil un año después"), and never before a unit ("20 mil dos años antes")."""
    j, n = num.i1, len(toks)
    if j >= n or toks[j].kind != WORD or toks[j].lower not in CARDINALS or toks[j].lower in SCALES:
        return
    words = _cardinals(toks, j)
    if words.scaled or words.value >= scale or unit_after(toks, words.i1) is not None:
        return
    if toks[j].lower in A_AN and words.i1 == j + 1:  # the article alone: only before a plural noun
        after = toks[words.i1] if words.i1 < n else None
        if after is None or after.kind != WORD or not looks_plural(after.lower):
            return
    num.value, num.i1 = num.value + words.value, words.i1


def _suffix_is_unit(toks: list[Token], i: int, j: int) -> bool:
    """Is the glued "m" in "37m" metres rather than millions? Money is always millions ("$1.2m")."""
    if toks[j].text not in METRE_SUFFIXES:
        return False
    if currency_before(toks, i) is not None:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or nxt.kind == SYM:
        return True
    if nxt.kind == NUM and joined(toks[j], nxt):  # "32m2"
        return True
    if nxt.kind == WORD and not looks_plural(nxt.lower) and i > 0 and toks[i - 1].lower in A_AN:
        return True  # "a 37m ship" (but "35m users")
    return nxt.lower in METRE_AFTER


def _parse_words(toks: list[Token], i: int) -> Num | None:
    """A number written in words at ``i``: "a dozen", "half a million", "tens of thousands",
    "sixfold", "twenty-eight", "two-thirds", "one in five"; None when the word starts none."""
    w = toks[i].lower
    if w in A_AN:
        return _a_scale_or_fraction(toks, i)
    if w in HALF and _half_is_fraction(toks, i):
        return _half(toks, i)
    if w in VAGUE:
        return _vague_count(toks, i)
    if multiplied(w) in CARDINALS:  # "sixfold"
        return Num(float(CARDINALS[multiplied(w)]), i, i + 1, words=True)
    if w not in CARDINALS:
        return None
    num = _cardinals(toks, i)
    return _numerator_of_fraction(toks, num) or _ratio(toks, num) or num


def _a_scale_or_fraction(toks: list[Token], i: int) -> Num | None:
    """"a dozen", "a million", "a third", "a quarter of": "a" or "an" standing for one."""
    n = len(toks)
    nxt = toks[i + 1].lower if i + 1 < n else ""
    if nxt in SCALES:
        num = Num(float(SCALES[nxt]), i, i + 2, words=True)
        _more_scales(toks, num)
        return num
    quarter_of = nxt in PERIOD_FRACTIONS and i + 2 < n and toks[i + 2].lower in OF  # "a quarter" alone is a period
    if nxt in FRACTIONS and nxt not in PERIOD_FRACTIONS and not _ordinal_of(toks, i + 2) or quarter_of:
        return Num(1.0 / FRACTIONS[nxt], i, i + 2, words=True, fraction=True)
    return None


def _ordinal_of(toks: list[Token], k: int) -> bool:
    """Whether the word at ``k``, after "a" and a fraction word, is a noun that word ranks ("a
    seventh period", "a third straight year", "un quinto mandato"): an ordinal, no fraction; not
    "a third of", "a third more", "by a third, to 900"."""
    if k >= len(toks) or toks[k].kind != WORD or not toks[k].text.islower():
        return False
    low = toks[k].lower
    return low not in OF and low not in STOP and low not in NOT_NOUNS and low not in COMPARATIVES and low not in MORE_WORDS


def _half(toks: list[Token], i: int) -> Num:
    """"half the condos" (a fraction), "half a million" (a count)."""
    n = len(toks)
    nxt = toks[i + 1].lower if i + 1 < n else ""
    num = Num(0.5, i, i + 1, words=True, fraction=True)
    if nxt in A_AN and i + 2 < n and toks[i + 2].lower in SCALES:
        num.value, num.i1, num.fraction = 0.5 * SCALES[toks[i + 2].lower], i + 3, False
    return num


def _vague_count(toks: list[Token], i: int) -> Num | None:
    """"thousands", "tens of thousands", "hundreds of millions": at least the scale, under ten times it."""
    n = len(toks)
    w = toks[i].lower
    low = float(VAGUE[w])
    j = i + 1
    if j + 1 < n and toks[j].lower in OF and toks[j + 1].lower in VAGUE and VAGUE[toks[j + 1].lower] > low:
        low *= VAGUE[toks[j + 1].lower]
        j += 2
    if w in VAGUE_TENS and j == i + 1:
        return None
    return Num(low, i, j, words=True, vague=(low, low * 10))


def _cardinals(toks: list[Token], i: int) -> Num:
    """A run of number words from ``i``: "twenty-eight", "four hundred and six", "two million", "three dozen"."""
    n = len(toks)
    total, current, j, last, scale = 0.0, 0.0, i, None, 1.0
    while j < n:
        tok = toks[j]
        lw = tok.lower
        if lw in CARDINALS and not (last == "cardinal" and lw in SCALES):  # "mil" alone and in "dos mil"
            v = CARDINALS[lw]
            if last == "cardinal" and not _adds(current, v):
                break
            current += v
            last = "cardinal"
        elif lw in SCALES and last in ("cardinal", "scale") and lw not in ARTICLE_SCALES:
            if lw in HUNDRED_SCALES:
                current *= SCALES[lw]
            elif last == "scale" and not current and total and SCALES[lw] > scale:
                total *= SCALES[lw]  # "two thousand million", "dos mil millones": a larger scale scales it all
            else:
                total += (current or 1) * SCALES[lw]
                current = 0
            last, scale = "scale", float(SCALES[lw])
        elif lw in ARTICLE_SCALES and last == "cardinal":
            current *= SCALES[lw]
            last = "scale"
        elif not _joins_cardinals(toks, j, last, current):
            break
        j += 1
    num = Num(total + current, i, j, words=True)
    if last == "scale":
        num.scaled, num.scale = True, scale
    return num


def _adds(current: float, v: float) -> bool:
    """Whether a number word worth ``v`` adds to the words before it, worth ``current``: units after
    whole tens ("twenty eight"), and any smaller number after whole hundreds or thousands written as
    one word ("ciento veinte", "mil doscientos"); never after units or teens ("one two", "ten five")."""
    if current % 100 >= 20 and current % 10 == 0:
        return v < 10
    if current >= 100 and current % 100 == 0:
        place = 100
        while current % (place * 10) == 0:
            place *= 10
        return v < place
    return False


def _joins_cardinals(toks: list[Token], j: int, last: str | None, current: float = 0) -> bool:
    """A hyphen inside "twenty-eight", the "and" of "four hundred and six", or a joiner between whole
    tens and units ("treinta y cinco"): skipped over."""
    lw, n = toks[j].lower, len(toks)
    if j + 1 >= n or toks[j + 1].lower not in CARDINALS:
        return False
    if lw == "-" and last == "cardinal":
        return joined(toks[j - 1], toks[j]) and joined(toks[j], toks[j + 1])
    if lw in NUMBER_JOINERS and last == "cardinal" and current % 100 >= 20 and current % 10 == 0:
        return CARDINALS[toks[j + 1].lower] < 10
    return lw in NUMBER_JOINERS and last == "scale"


def _numerator_of_fraction(toks: list[Token], num: Num) -> Num | None:
    """"two-thirds", "one third", "three quarters": ``num`` counts the fraction that follows."""
    n, j, value = len(toks), num.i1, num.value
    k = j + 1 if j < n and toks[j].text == "-" and joined(toks[j - 1], toks[j]) else j
    if k < n and toks[k].lower in FRACTIONS and value < 20 and toks[k].lower not in HALF:
        if not (value == 1 and toks[k].lower.endswith(PLURAL_ENDINGS)):
            num.value, num.i1, num.fraction = value / FRACTIONS[toks[k].lower], k + 1, True
            return num
    return None


def _more_scales(toks: list[Token], num: Num) -> None:
    while num.i1 < len(toks) and toks[num.i1].lower in SCALES and toks[num.i1].lower not in ARTICLE_SCALES:
        num.value *= SCALES[toks[num.i1].lower]
        num.i1 += 1


def _half_is_fraction(toks: list[Token], i: int) -> bool:
    """"half the condos", "more than half": yes; "the second half", "half-time": no."""
    prev = toks[i - 1].lower if i else ""
    if prev in NOT_FRACTION_HALF_AFTER:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text == "-" and joined(toks[i], nxt):
        return False
    return True


def _ratio(toks: list[Token], num: Num) -> Num | None:
    n, j = len(toks), num.i1
    if j >= n or toks[j].lower not in RATIO_FIRSTS:
        return None
    word = next((w for w in RATIO_WORDS if j + len(w) < n and lowers(toks[j:j + len(w)]) == w), None)
    if word is None:
        return None
    k = j + len(word)
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
    return Num(num.value / d, num.i0, k + 1, words=num.words, fraction=True)


# --------------------------------------------------------------------------- filters
