"""Figures of one sentence that share what one of them states: a unit or change named once for
coordinated figures, a level in index points, a unit left out to avoid repeating it."""
from __future__ import annotations

from checker.tokens import WORD, Token

from .context import after_per, rate_denominator
from .filters import name_start
from .records import Found
from .words import (
    unit_after,
    A_AN,
    ALTERNATIVE_WORDS,
    CARDINALS,
    COORDINATION_ADVERBS,
    DETERMINERS,
    COORDINATORS,
    INDEX_POINTS,
    LEVEL_LINKS,
    NOT_NOUNS,
    OF,
    ONE_DETERMINERS,
    PER_STARTS,
    QUOTES,
    RATE_WORDS,
    RATIO_WORDS,
    SENTENCE_END,
    STOP,
    WHOLE_DETERMINERS,
)

_INDEX_POINTS = sorted(INDEX_POINTS)  # in a fixed order: the first a sentence counts is its index's


def index_levels(toks: list[Token], found: list[Found]) -> None:
    """"rose 64.06 points to 4,577.10": a bare level beside a move in points is in points too; not
    the value of a rate ("a rate of 38.2: a fall of 3.7 points"), which is on the rate's scale."""
    nouns = {f.noun for f in found}
    point = next((noun for noun in _INDEX_POINTS if noun in nouns), None)
    if point is None:
        return
    for f in found:
        x = abs(f.values[0])
        if f.unit is None and f.noun_phrase is None and (x >= 1000 or not float(x).is_integer()) \
                and not _a_rates_value(toks, f) \
                and f.left > 0 and (toks[f.left - 1].lower in LEVEL_LINKS
                                                     or toks[f.left - 1].lower in OF or toks[f.left - 1].text == "("):
            f.noun_phrase, f.noun = point, point


def inherit_elided_units(toks: list[Token], found: list[Found]) -> None:
    """A bare figure after a quantity of like size is stated in the same unit, left out to avoid
    repeating it: "410 flats for sale and 150 for rent", "rose to 2.1 million users from 1.8 million",
    "the best price was 62 cents, the worst 55". Conversions in parentheses are not the unit meant."""
    stated: list[Found] = []
    for index, f in enumerate(found):
        if f.unit is not None or f.noun_phrase is not None:
            if not (f.left > 0 and toks[f.left - 1].text == "(") and not (f.unit is not None and f.unit.time):
                stated.append(f)  # not a conversion, nor a span of time ("over the last three years")
            continue
        if f.fraction or f.vague is not None or not f.values[0] or CARDINALS.get(toks[f.right - 1].lower) == 1:
            continue  # "get their hands on one": a pronoun
        nxt = toks[f.right] if f.right < len(toks) else None
        if nxt is not None and (nxt.text in QUOTES or (nxt.kind == WORD and nxt.lower not in STOP
                                                         and nxt.lower not in NOT_NOUNS)):
            continue  # '2,400 "household units"': a noun of its own, though not one the grammar reads
        if _label_from_a_noun_or(toks, f) or _a_rates_value(toks, f):
            continue
        following = found[index + 1] if index + 1 < len(found) else None
        source = _whole_after(toks, f, following)
        share_after = _share_after(toks, f, following)
        for earlier in reversed(stated if source is None else ()):
            if any(t.text in SENTENCE_END for t in toks[earlier.right:f.left]):
                break
            if share_after and _a_percent(earlier):
                continue  # "410, el 60 %, ... y 270, el 40 %": the 270 is a count, its share stated after it
            if all(v and 0.1 <= abs(f.values[0] / v) <= 10 for v in earlier.values):  # like each end of a range
                source = earlier
                break
        if source is None or (source.change is not None and _a_percent(source) and toks[f.left - 1].lower in LEVEL_LINKS):
            continue  # "rose 8% to 3.65": the level reached is a price, not a percentage
        f.unit, f.noun_phrase, f.noun = source.unit, source.noun_phrase, source.noun
        if f.per is None:
            per, right, per_unit = rate_denominator(toks, f.right)
            if per_unit is not None and per_unit.time:
                f.per, f.per_unit, f.right = per, per_unit, right  # "an average of 20 per week"
            else:
                f.per, f.per_unit = source.per, source.per_unit


def _a_percent(f: Found | None) -> bool:
    return f is not None and f.unit is not None and f.unit.kind == "percent"


def _share_after(toks: list[Token], f: Found, following: Found | None) -> bool:
    """Whether a percent right after the bare figure, a comma and an article between, states its
    share ("270, the 40 %"): the figure is the count that share is of, never a percent itself."""
    if not _a_percent(following):
        return False
    between = toks[f.right:following.left]
    return bool(between) and between[0].text == "," and all(t.lower in DETERMINERS for t in between[1:])


def _a_rates_value(toks: list[Token], f: Found) -> bool:
    """Whether a rate word stands right before the bare figure, or before its link ("the rate to
    74", "a rate of 74"): it is that rate's value, never in the unit of a count before it ("17
    homicides a day would push the rate to 74")."""
    k = f.left
    if k > 0 and toks[k - 1].lower in RATE_WORDS:
        return True
    if k > 1 and (toks[k - 1].lower in LEVEL_LINKS or toks[k - 1].lower in OF) and toks[k - 2].lower in RATE_WORDS:
        return True
    # "when the rate was 43", "la tasa era de 31,7": a rate word and a verb, no figure between
    for back in (2, 3):
        if k > back and toks[k - back].lower in RATE_WORDS:
            return all(t.kind == WORD for t in toks[k - back + 1:k])
    return False


def _label_from_a_noun_or(toks: list[Token], f: Found) -> bool:
    """"a week or two", "another pick or two": the noun of the "a" phrase counts the figure too.
    Sets the unit or label of ``f`` and says whether it did."""
    k = f.left
    if k < 3 or toks[k - 1].lower not in ALTERNATIVE_WORDS or toks[k - 3].lower not in A_AN | ONE_DETERMINERS:
        return False
    match = unit_after(toks, k - 2)
    if match is not None and match.end == k - 1:
        f.unit = match.unit
        return True
    noun = toks[k - 2]
    if noun.kind != WORD or noun.lower in STOP or noun.lower in NOT_NOUNS:
        return False
    f.noun_phrase = f.noun = noun.lower
    return True


def _whole_after(toks: list[Token], part: Found, whole: Found | None) -> Found | None:
    """The whole a bare part is taken from, in its unit: "raised 280 million of the 1.5 billion
    crowns", "5 out of the 12 ministers"."""
    if whole is None or (whole.unit is None and whole.noun_phrase is None):
        return None
    between = [t.lower for t in toks[part.right:whole.left]]
    for ratio in RATIO_WORDS:  # "5 out of the 12": read from its "of"
        if len(ratio) > 1 and ratio[-1] in OF and tuple(between[:len(ratio)]) == ratio:
            between = between[len(ratio) - 1:]
    plain = len(between) == 1 or (len(between) == 2 and between[1] in WHOLE_DETERMINERS)
    return whole if plain and between[0] in OF else None


def share_with_neighbours(toks: list[Token], found: list[Found]) -> None:
    """Coordinated figures share a unit and a change: "down 35 and 20 percent", "7- or 8-inch",
    "about 8 or $9"."""
    coordinated = []
    for a, b in zip(found, found[1:]):
        gap = b.left - a.right
        if gap == 1 and toks[a.right].text == "(":
            if b.qualifier is None and a.qualifier not in ("approx", "nearly"):
                b.qualifier = a.qualifier  # "more than 7.5 million crowns (US $1.1 million)"
            if b.change is None:
                b.change = a.change  # "dropped by 1 degree Celsius (1.8 Fahrenheit)"
            continue
        if gap > 3:  # the length first: most figures of a sentence are further apart
            continue
        between = toks[a.right:b.left]
        if (not all(t.lower in COORDINATORS or t.lower in COORDINATION_ADVERBS or t.lower in (",", "-", "&")
                    for t in between) or not any(t.lower in COORDINATORS or t.lower == "-" for t in between)):
            continue
        coordinated.append((a, b))
        if b.change is None and a.change is not None:
            b.change = a.change
    for a, b in reversed(coordinated):  # the unit comes last: "four-, five- and six-cylinder"
        if a.unit is None and a.noun_phrase is None and b.unit is not None:
            a.unit, a.per, a.per_unit = b.unit, b.per, b.per_unit
        elif a.unit is None and a.noun_phrase is None and b.noun_phrase is not None:
            a.noun_phrase, a.noun = b.noun_phrase, b.noun


def table_rates(toks: list[Token], found: list[Found]) -> list[Found]:
    """"Homicide rates for 2021, per 100,000: Zembla 3.8; Ruritania 34.2", "Zembla (112) and Oz
    (66.4) led the list of murder rates per 100,000 people": the base of a rate in a header that a
    colon closes is the rate of each bare figure of the table after it, and a base after such
    figures theirs; each right after a capitalised name (or in brackets after one). The base is no
    figure of its own."""
    for index, head in enumerate(found):
        if head.unit is not None or head.per is not None or not _per_before(toks, head):
            continue
        limit = found[index + 1].left if index + 1 < len(found) else len(toks)
        header = any(tok.text == ":" for tok in toks[head.right:min(limit, head.right + _HEADER_REACH)])
        table = found[index + 1:] if header else found[:index]
        items = [f for f in table if f.unit is None and f.per is None and f.noun_phrase is None
                 and _after_a_name(toks, f.left)]
        if len(items) < 2:
            continue
        for f in items:
            f.per = f"{head.values[0]:g}"
        return found[:index] + found[index + 1:]
    return found


def _per_before(toks: list[Token], f: Found) -> bool:
    """Whether a per word stands right before a bare figure ("per 100,000", "por 100.000", "por cada
    100.000"): the figure is a rate's base."""
    return f.left > 0 and toks[f.left - 1].lower in PER_STARTS or f.left > 1 and after_per(toks, f.left - 2) == f.left


_HEADER_REACH = 8  # tokens between a rate's base and the colon that closes its header ("in 2023 were:")


def _after_a_name(toks: list[Token], k: int) -> bool:
    """Whether a capitalised name stands right before index ``k`` (or before its opening bracket)."""
    k -= 1 if k > 0 and toks[k - 1].text == "(" else 0
    return name_start(toks, k) != k
