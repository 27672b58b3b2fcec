"""``find_quantities``: each number of a sentence, parsed, filtered and assembled with its context
into a quantity; then neighbours share what they leave unsaid."""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from operator import attrgetter

from checker.model import Quantity, Value
from checker.tokens import NUM, WORD, Token, joined, tokenize
from checker.units import Unit

from .context import (
    after_per,
    change_after,
    change_before,
    post_qualifier,
    qualifier_before,
    rate_denominator,
    round_base,
    sign_and_currency,
)
from .filters import (
    address,
    age_after_name,
    age_of_a_counted_group,
    age_of_person,
    age_stated_before,
    capitalised_label,
    compound_word,
    date_neighbour,
    identifier,
    model_name,
    one_counts,
    score_or_pair,
    table_item,
)
from .neighbours import index_levels, inherit_elided_units, share_with_neighbours, table_rates
from .nouns import noun_phrase_after
from .parsing import parse_number
from .ranges import range_partner
from .records import Found, Num
from .words import (
    APPROX_SPREAD,
    BOUND_MARKS,
    CURRENCY_RESTATEMENTS,
    GLUED_UNITS,
    HALF,
    MULTIPLIER_SUFFIXES,
    MULTIPLIER_WORDS,
    NUMBER_STARTS,
    OF,
    PER_STARTS,
    ROUND_BASE_PER_WORDS,
    UNIT_COUNTRY_MARKS,
    UNIT_LEAD_INS,
    UNIT_MODIFIERS,
    WHOLE_DETERMINERS,
    has_digit,
    has_number_word,
    unit_after,
)

_MULTIPLES = MULTIPLIER_WORDS | {*MULTIPLIER_SUFFIXES} | {f"-{s}" for s in MULTIPLIER_SUFFIXES}  # "4 times", "4 fold"


def find_quantities(sentence: str, masked: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity stated in ``sentence``; ``masked`` spans (calendar notation) are skipped."""
    if not (has_digit(sentence) or has_number_word(sentence)):
        return []
    toks = tokenize(sentence)
    blocked = _blocked(toks, masked)
    found: list[Found] = []
    suffixed = _may_hold_suffix(sentence)  # "sixfold": rare, so most sentences skip its test
    # the fewest tests per token (a symbol among the starts parses as no number): the scan reads every token
    starts = [k for k, t in enumerate(toks) if t.kind == NUM or t.lower in NUMBER_STARTS
              or suffixed and t.lower.endswith(MULTIPLIER_SUFFIXES)]
    i = 0  # where the next quantity may start
    for k in starts:
        if k < i or k in blocked:
            continue
        num = parse_number(toks, k)
        if num is None:
            continue
        item = _assemble(toks, num, blocked)
        if item is None or isinstance(item, int):
            i = max(item or num.i1, k + 1)
            continue
        found.append(item)
        i = max(item.right, k + 1)
    if not found:
        return []
    found = table_rates(toks, found) if len(found) > 2 else found
    share_with_neighbours(toks, found)
    index_levels(toks, found)
    inherit_elided_units(toks, found)
    quantities = [_to_quantity(sentence, toks, f) for f in found]
    return [q for q in quantities if finite(q.value)]


def _may_hold_suffix(sentence: str) -> bool:
    """Whether a word of ``sentence`` may end in a multiplier suffix ("sixfold"). ASCII text
    lower-cases letter for letter, so one look at the whole sentence answers for all its words; a
    str.endswith per word costs more than the rest of the scan for number starts."""
    return not sentence.isascii() or any(map(sentence.lower().__contains__, MULTIPLIER_SUFFIXES))


def finite(value: Value | None) -> bool:
    """Whether every bound of ``value`` is a finite number (or open). A figure that overflows to
    infinity ("1 million million …") or turns into NaN (0 × ∞) states nothing: it is not a claim."""
    if value is None:
        return True
    point, lo, hi = value.point, value.lo, value.hi  # three tests, not a generator: asked of every figure
    return (point is None or math.isfinite(point)) and (lo is None or math.isfinite(lo)) \
        and (hi is None or math.isfinite(hi))


_START, _END = attrgetter("start"), attrgetter("end")


def _blocked(toks: list[Token], masked) -> set[int]:
    """Indexes of the tokens that overlap a masked span. Tokens are in text order and never
    overlap, so each span's tokens are one run, found by bisection."""
    if not masked:
        return set()
    out: set[int] = set()
    for a, b in masked:
        out.update(range(bisect_right(toks, a, key=_END), bisect_left(toks, b, key=_START)))
    return out


def _assemble(toks: list[Token], num: Num, blocked: set[int]) -> Found | int | None:
    """The quantity starting at ``num``; None (not a quantity) or the index to resume at."""
    pair_end = score_or_pair(toks, num)
    if pair_end:
        return pair_end
    if identifier(toks, num) or date_neighbour(toks, num) or compound_word(toks, num):
        return None
    sign, currency, left, sign_mark = sign_and_currency(toks, num.i0)
    unit, j = _unit_after_number(toks, num.i1, currency)
    if _not_a_count(toks, num, unit, j):
        return None
    f = Found(left=left, right=j, values=(sign * num.value,), unit=unit, noun_phrase=None, noun=None, per=None,
              per_unit=None, qualifier=None, change=None, noun_change=None, vague=num.vague, sign_mark=sign_mark)
    _rate(toks, num, f)
    _range(toks, num, sign, f, blocked)
    if f.unit is None and len(f.values) > 1:
        _rate(toks, num, f)  # "from 74.2 to 73.1 per 100,000": the range is the rate's
    _qualifier(toks, f)
    _change(toks, f)
    if num.vague is not None:
        _unit_of_vague_count(toks, f)
    if (f.unit is None or f.unit.name == "year") and _age(toks, num, f):
        f.unit = Unit("year of age", "age", "year")
    if f.unit is None and num.fraction:
        _share_of(toks, f)
    if f.unit is None and f.noun_phrase is None and not _counted_noun(toks, num, f):
        return None
    f.right = max(f.right, num.i1)
    f.fraction = num.fraction and f.unit is None
    return f


def _unit_after_number(toks: list[Token], j: int, currency: Unit | None) -> tuple[Unit | None, int]:
    """The unit of the figure ending before ``j``: its currency, or a unit written after it; and
    the index after that unit."""
    n = len(toks)
    if currency is not None:
        if j < n and toks[j].text in CURRENCY_RESTATEMENTS:
            j += 1  # "$76 US", "$500 U.S." name the dollar again after the amount
        match = unit_after(toks, j)
        if match is not None and match.unit.kind == "money" and match.unit.scale == 1.0:
            j = match.end  # "$5 Australian dollars" is rare; "S $1mil" handled by the suffix
        return currency, j
    match = unit_after(toks, j)
    if match is None and j < n and (toks[j].lower in UNIT_MODIFIERS or toks[j].text in UNIT_COUNTRY_MARKS):
        match = unit_after(toks, j + 1)  # "two more weeks", "one US fluid ounce"
    if match is None or (match.unit.name in GLUED_UNITS and not joined(toks[j - 1], toks[j])
                         and j + 1 < n and toks[j + 1].kind == WORD):
        return None, j
    return match.unit, match.end


def _not_a_count(toks: list[Token], num: Num, unit: Unit | None, j: int) -> bool:
    """A figure that labels rather than counts, told by what stands right around it."""
    if num.words and unit is None and num.value == 1 and not num.fraction and not one_counts(toks, num):
        return True
    nxt = toks[j] if j < len(toks) else None
    if unit is None and nxt is not None and nxt.kind == WORD and joined(toks[j - 1], nxt):
        return True  # digits glued to an unknown word: "49ers", "5G", "3s"
    if unit is None and num.vague is None and not num.words and not num.scaled and capitalised_label(toks, num, False) \
            and not table_item(toks, num):
        return True  # "Game 7"; not "and El Salvador 4.17 billion": a scale word counts
    if unit is None and address(toks, j):
        return True
    # "Prescott (4)": a jersey or list number
    return unit is None and num.i0 > 0 and toks[num.i0 - 1].text == "(" and nxt is not None and nxt.text == ")" \
        and not table_item(toks, num)


def _rate(toks: list[Token], num: Num, f: Found) -> None:
    """The denominator of a rate ("$5 a barrel", "64 per 100,000 people") and "N times"."""
    n = len(toks)
    if f.unit is not None:
        f.per, f.right, f.per_unit = rate_denominator(toks, f.right)
    j = f.right
    if f.unit is None and j + 1 < n and (toks[j].lower in PER_STARTS and (k := after_per(toks, j)) < n
                                         and toks[k].kind == NUM and k > j
                                         or toks[j].lower in ROUND_BASE_PER_WORDS and round_base(toks, j + 1)
                                         and not (num.plain_int and 1000 <= num.value <= 2100)):  # "de 2023 por"
        # "64 per 100,000 people", "por cada 100.000", "por 100.000": a rate per population
        f.per, f.right, f.per_unit = rate_denominator(toks, j)
        f.unit = Unit("count", "count")
    j = f.right
    if f.unit is None and j < n and toks[j].lower in _MULTIPLES:
        f.unit = Unit("count", "count")  # "N times" states a count of occurrences or a ratio
        f.per, f.right, f.per_unit = rate_denominator(toks, j + 1)
    if f.unit is None and toks[num.i0].lower.endswith(MULTIPLIER_SUFFIXES):
        f.unit = Unit("count", "count")


def _range(toks: list[Token], num: Num, sign: int, f: Found, blocked: set[int]) -> None:
    """A range from ``num``: "$300 to $400", "5-10W", "between 5% and 6%", "from 13.5 to 14.0 mm"."""
    rng = range_partner(toks, num, f.right, f.left, f.unit, blocked)
    if rng is None:
        return
    second, unit2, j2, per2, per_unit2 = rng
    first_value = num.value
    if not num.scaled and second.scaled and first_value <= second.value / second.scale:
        first_value *= second.scale  # "$10 to $15 billion", "four to five thousand"
    f.values = (sign * first_value, second.value)
    f.unit = f.unit or unit2
    f.per, f.per_unit = f.per or per2, f.per_unit or per_unit2
    f.right = j2


def _qualifier(toks: list[Token], f: Found) -> None:
    """A qualifier before the figure ("more than"), else after it ("or more"); the quantity then
    starts at the qualifier."""
    mark = f.right < len(toks) and toks[f.right].lower in BOUND_MARKS
    qualifier, f.left = qualifier_before(toks, f.left, mark)
    post, j_post = post_qualifier(toks, f.right)
    if qualifier is None and post is not None:
        qualifier, f.right = post, j_post
    f.qualifier = qualifier


def _change(toks: list[Token], f: Found) -> None:
    """A change stated by a sign ("+5%"), a verb before ("fell 45 percent") or a noun after ("a 3 percent drop")."""
    unit = f.unit
    if f.sign_mark == "+":
        f.change = "up"
    elif f.sign_mark == "-" and unit is not None and unit.kind == "percent":
        f.change = "down"
    f.change = change_before(toks, f.left) or f.change
    if unit is not None and unit.kind in ("percent", "money"):
        f.noun_change = change_after(toks, f.right)


def _unit_of_vague_count(toks: list[Token], f: Found) -> None:
    """"tens of thousands of dollars": a vague count's unit after "of"."""
    j = f.right
    if f.unit is None and j + 1 < len(toks) and toks[j].lower in OF:
        match = unit_after(toks, j + 1)
        if match is not None:
            f.unit, f.right = match.unit, match.end


def _age(toks: list[Token], num: Num, f: Found) -> bool:
    """Whether the figure is an age: "Maddon, 66,", "aged 25", "she is 45", "914 were under 18"."""
    return age_after_name(toks, num) or age_stated_before(toks, f.left) \
        or (f.unit is None and (age_of_person(toks, num) or age_of_a_counted_group(toks, num)))


def _share_of(toks: list[Token], f: Found) -> None:
    """A fraction's whole: a unit ("1/16 of a US pint") or a share of what follows ("a third of
    the population", "half the flats")."""
    j = f.right
    if not (j < len(toks) and (toks[j].lower in OF or (
            toks[j - 1].lower in HALF and toks[j].lower in WHOLE_DETERMINERS))):
        return
    k = j + 1
    while k < len(toks) and toks[k].lower in UNIT_LEAD_INS:
        k += 1
    match = unit_after(toks, k)
    if match is not None:
        f.unit, f.right = match.unit, match.end
        return
    phrase, f.noun, j_np = noun_phrase_after(toks, j, 2)
    f.noun_phrase = f"% {phrase or '-'}"
    if phrase is not None:
        f.right = j_np


def _counted_noun(toks: list[Token], num: Num, f: Found) -> bool:
    """What a figure without a unit counts ("15 police officers"), with its rate ("3,000 tests per
    day"). False when the noun shows the figure is part of a name ("iPhone 11 Pro")."""
    noun_phrase, noun, j_np = noun_phrase_after(toks, f.right, num.value if len(f.values) == 1 else 2)
    f.noun_phrase, f.noun = noun_phrase, noun
    if noun_phrase is None:
        return True
    f.right = j_np
    if num.fraction:
        f.noun_phrase = f"% {noun_phrase}"  # "one in five adults": a share of them
    if model_name(num, noun_phrase):
        return False  # "iPhone 11 Pro", "90049 ZIP Code": a model or code name
    f.per, f.right, f.per_unit = rate_denominator(toks, f.right)  # "3,000 tests per day"
    return True


def _to_quantity(sentence: str, toks: list[Token], f: Found) -> Quantity:
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
    return Quantity(start=start, end=end, text=sentence[start:end], value=value, unit=name, kind=kind,
                          noun=noun, change=f.change, noun_change=f.noun_change, currency=currency, per=f.per,
                          stated=values, qualifier=f.qualifier)


def _approx_spread(x: float) -> float:
    """How far "about X" reaches either side of X: ``APPROX_SPREAD`` of it, but no more than two units of its
    last significant digit: "about 7,000" is 6,650..7,350, "about 346,000" 344,000..348,000, not ±17,300."""
    digits = f"{abs(x):.10g}"
    if "e" in digits:
        return abs(x) * APPROX_SPREAD
    whole, _, decimals = digits.partition(".")
    unit = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return min(abs(x) * APPROX_SPREAD, 2 * unit)


def _interval(values: tuple[float, ...], qualifier: str | None, vague: tuple[float, float] | None) -> Value:
    if vague is not None:
        return Value(None, vague[0], vague[1], "range", True)
    if len(values) == 2:
        lo, hi = sorted(values)
        if qualifier in ("approx", "nearly"):
            return Value(None, lo * (1 - APPROX_SPREAD), hi * (1 + APPROX_SPREAD), "range", True)
        return Value(None, lo, hi, "range", False)
    x = values[0]
    if qualifier == "approx":
        spread = _approx_spread(x)
        return Value(x, x - spread, x + spread, "approx", True)
    if qualifier == "nearly":  # a little below X, which may be a round number some way above it
        return Value(x, x - abs(x) * APPROX_SPREAD, x, "nearly", True)
    if qualifier in ("over", "at_least", "as_low_as"):
        return Value(x, x, None, qualifier, False)
    if qualifier in ("under", "at_most", "as_high_as"):
        return Value(x, None, x, qualifier, False)
    return Value(x, x, x, "exact", False)
