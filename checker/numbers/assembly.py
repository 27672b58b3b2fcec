"""``find_quantities``: each number of a sentence, parsed, filtered and assembled with its context
into a quantity; then neighbours share what they leave unsaid."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from checker.model import Quantity, Value, quick_constructor
from checker.text import lower_for_matching
from checker.tokens import NUM, WORD, Token, joined, tokenize
from checker.units import Unit, unit_after

from .context import change_after, change_before, post_qualifier, qualifier_before, rate_denominator, sign_and_currency
from .filters import (
    address,
    age_after_name,
    age_of_person,
    age_stated_before,
    capitalised_label,
    compound_word,
    date_neighbour,
    identifier,
    model_name,
    one_counts,
    score_or_pair,
)
from .neighbours import index_levels, inherit_elided_units
from .nouns import noun_phrase_after
from .parsing import parse_number
from .ranges import range_partner
from .records import Found, Num
from .words import APPROX_SPREAD, HAS_DIGIT, HAS_NUMBER_WORD, NUMBER_STARTS

# Quantities and values are made by the thousand (see quick_constructor).
_make_quantity, _make_value = quick_constructor(Quantity), quick_constructor(Value)
def find_quantities(sentence: str, masked: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity stated in ``sentence``; ``masked`` spans (calendar notation) are skipped."""
    if not (HAS_DIGIT.search(sentence) or HAS_NUMBER_WORD.search(sentence, lower_for_matching(sentence))):
        return []
    toks = tokenize(sentence)
    blocked = _blocked(toks, masked)
    found: list[Found] = []
    starts = [k for k, t in enumerate(toks)
              if t.kind == NUM or (t.kind == WORD and (t.lower in NUMBER_STARTS or t.lower.endswith("fold")))]
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
    _share_with_neighbours(toks, found)
    index_levels(toks, found)
    inherit_elided_units(toks, found)
    return [_to_quantity(sentence, toks, f) for f in found]


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


def _assemble(toks: list[Token], num: Num, blocked: set[int]) -> Found | int | None:
    """The quantity starting at ``num``; None (not a quantity) or the index to resume at."""
    pair_end = score_or_pair(toks, num)
    if pair_end:
        return pair_end
    if identifier(toks, num) or date_neighbour(toks, num) or compound_word(toks, num):
        return None
    sign, currency, left, sign_mark = sign_and_currency(toks, num.i0)
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
    if num.words and unit is None and num.value == 1 and not num.fraction and not one_counts(toks, num):
        return None
    nxt = toks[j] if j < len(toks) else None
    if unit is None and nxt is not None and nxt.kind == WORD and joined(toks[j - 1], nxt):
        return None  # digits glued to an unknown word: "49ers", "5G", "3s"
    if num.vague is None and not num.words and capitalised_label(toks, num, unit is not None):
        return None
    if unit is None and address(toks, j):
        return None
    if (unit is None and num.i0 > 0 and toks[num.i0 - 1].text == "(" and nxt is not None and nxt.text == ")"):
        return None  # "Prescott (4)": a jersey or list number
    values = (sign * num.value,)
    per, per_unit = None, None
    if unit is not None:
        per, j, per_unit = rate_denominator(toks, j)
    # "64 per 100,000 people": a rate per population
    if unit is None and j + 1 < len(toks) and toks[j].lower == "per" and toks[j + 1].kind == NUM:
        per, j, per_unit = rate_denominator(toks, j)
        unit = Unit("count", "count")
    # "N times" states a count of occurrences or a ratio
    if unit is None and j < len(toks) and toks[j].lower in ("times", "fold", "-fold"):
        unit, j = Unit("count", "count"), j + 1
        per, j, per_unit = rate_denominator(toks, j)
    if unit is None and toks[num.i0].lower.endswith("fold"):
        unit = Unit("count", "count")
    # ranges: "$300 to $400", "5-10W", "between 5% and 6%", "from 13.5 to 14.0 mm"
    rng = range_partner(toks, num, j, left, unit, blocked)
    if rng is not None:
        second, unit2, j2, per2, per_unit2 = rng
        first_value = num.value
        if not num.scaled and second.scaled and first_value <= second.value / second.scale:
            first_value *= second.scale  # "$10 to $15 billion", "four to five thousand"
        values = (sign * first_value, second.value)
        unit = unit or unit2
        per, per_unit = per or per2, per_unit or per_unit2
        j = j2
    qualifier, q_left = qualifier_before(toks, left)
    post, j_post = post_qualifier(toks, j)
    if qualifier is None and post is not None:
        qualifier, j = post, j_post
    change = None
    if sign_mark == "+":
        change = "up"
    elif sign_mark == "-" and unit is not None and unit.kind == "percent":
        change = "down"
    change = change_before(toks, q_left) or change
    noun_change = change_after(toks, j) if unit is not None and unit.kind in ("percent", "money") else None
    noun_phrase, noun = None, None
    if unit is None and num.vague is not None and j + 1 < len(toks) and toks[j].lower == "of":
        match = unit_after(toks, j + 1)  # "tens of thousands of dollars"
        if match is not None:
            unit, j = match.unit, match.end
    if (unit is None or unit.name == "year") and (age_after_name(toks, num) or age_stated_before(toks, q_left)
                                                  or (unit is None and age_of_person(toks, num))):
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
            phrase, noun, j_np = noun_phrase_after(toks, j, 2)
            noun_phrase = f"% {phrase or '-'}"
            if phrase is not None:
                j = j_np
    if unit is None and noun_phrase is None:
        noun_phrase, noun, j_np = noun_phrase_after(toks, j, num.value if len(values) == 1 else 2)
        if noun_phrase is not None:
            j = j_np
            if num.fraction:
                noun_phrase = f"% {noun_phrase}"  # "one in five adults": a share of them
            if model_name(num, noun_phrase):
                return None  # "iPhone 11 Pro", "90049 ZIP Code": a model or code name
            per, j, per_unit = rate_denominator(toks, j)  # "3,000 tests per day"
    return Found(left=q_left, right=max(j, num.i1), values=values, unit=unit, noun_phrase=noun_phrase, noun=noun,
                  per=per, per_unit=per_unit, qualifier=qualifier, change=change, noun_change=noun_change,
                  vague=num.vague, sign_mark=sign_mark, fraction=num.fraction and unit is None)



def _share_with_neighbours(toks: list[Token], found: list[Found]) -> None:
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
