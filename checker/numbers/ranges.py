"""The second end of a range: "$300 to $400", "5-10W", "between 5% and 6%", "from 13.5 to 14.0 mm"."""
from __future__ import annotations

from checker.tokens import NUM, WORD, Token, joined
from checker.units import Unit

from .context import change_before, rate_denominator
from .filters import identifier
from .parsing import parse_number
from .records import Num
from .words import (
    currency_before,
    unit_after,
    CLAUSE_END,
    RANGE_AND,
    RANGE_BETWEEN,
    RANGE_FROM,
    RANGE_THROUGH,
    RANGE_TO,
)

# What may join two ends (``_second_start``): most figures have none after them and no "from" before.
_JOINING_MARKS = frozenset(("-", "–", "—", "/"))
_JOINING_WORDS = RANGE_THROUGH | RANGE_AND


def range_partner(toks, num: Num, j: int, left: int, unit: Unit | None, blocked: set[int]):
    """The second end of a range starting at ``num``: (second, unit, end, per, per_unit) or None.
    ``j`` is the token after the first end and its unit, ``left`` where the first end's words start."""
    n = len(toks)
    if j >= n:
        return None
    if toks[j].text not in _JOINING_MARKS and toks[j].lower not in _JOINING_WORDS \
            and (left == 0 or toks[left - 1].lower not in RANGE_FROM) \
            and (left < 2 or toks[left - 2].lower not in RANGE_FROM):
        return None  # the cheap test first: ``_second_start`` would find no connector
    k = _second_start(toks, j, left, unit, blocked)
    if k is None or k >= n or k in blocked:
        return None
    sign2, cur2, k = _second_sign_and_currency(toks, k)
    if toks[k].kind not in (NUM, WORD):
        return None
    second = parse_number(toks, k)
    if second is None or second.vague is not None or second.fraction or identifier(toks, second, partner=True):
        return None
    second.value *= sign2
    unit2, j2, per2, per_unit2 = _unit_of_second(toks, second, cur2)
    if unit is not None and unit2 is not None and (unit.kind != unit2.kind or unit.currency != unit2.currency):
        return None
    if unit is None and unit2 is None and toks[j].lower in RANGE_THROUGH \
            and _words_before(toks, left)[0] not in RANGE_FROM | RANGE_BETWEEN \
            and num.plain_int and second.plain_int and not (second.value > num.value):
        return None  # "1 to 2" may be a score or a list; a bare range must rise
    return second, unit2, j2, per2, per_unit2


def _words_before(toks: list[Token], left: int) -> tuple[str, str]:
    """The two words before ``left``, nearest first, in lower case ("" before the sentence)."""
    return (toks[left - 1].lower if left else "", toks[left - 2].lower if left > 1 else "")


def _second_start(toks: list[Token], j: int, left: int, unit: Unit | None, blocked: set[int]) -> int | None:
    """Where the second end starts, after the connector at ``j`` ("-", "to", "and" after
    "between", "/" between amounts, or a "to" a few words after "from"); None when ``j`` joins no range."""
    n = len(toks)
    conn = toks[j]
    before, before2 = _words_before(toks, left)
    k = j + 1
    if conn.text in ("-", "–", "—") and joined(toks[j - 1], conn):
        return _after_joined_dash(toks, j)
    if conn.text in ("–", "—", "-") and k < n and toks[k].kind == NUM:
        return k  # "2000 - 2500 calories"
    if conn.lower in RANGE_THROUGH:
        if unit is not None and change_before(toks, left) and before not in RANGE_FROM and before2 not in RANGE_FROM:
            return None  # "rose 6.5% to 164p": a change and the level it reached
        return k + 1 if k < n and toks[k].text == "-" else k  # "200,000 to-260,000"
    if conn.lower in RANGE_AND and (before in RANGE_BETWEEN or before2 in RANGE_BETWEEN):
        return k
    if conn.text == "/" and joined(toks[j - 1], conn) and unit is not None and unit.kind == "money" \
            and currency_before(toks, k + 1) is not None:
        return k  # "$7/$9"
    if before in RANGE_FROM or before2 in RANGE_FROM:
        return _deferred_to(toks, j, blocked)  # "from 21 mpg combined to 23", "from 20 mpg in 2008 to 29 mpg"
    return None


def _after_joined_dash(toks: list[Token], j: int) -> int:
    """After "5-" in "5-10", or after "0-to-" in "0-to-60"."""
    n, k = len(toks), j + 1
    if k < n and toks[k].lower in RANGE_TO and joined(toks[j], toks[k]):
        k += 1
        if k < n and toks[k].text == "-":
            k += 1
    return k


def _second_sign_and_currency(toks: list[Token], k: int) -> tuple[int, Unit | None, int]:
    """A minus sign and a currency before the second end: (sign, currency, where its digits start)."""
    n = len(toks)
    sign2 = 1
    if toks[k].text in ("-", "−") and k + 1 < n and joined(toks[k], toks[k + 1]):
        sign2, k = -1, k + 1
    if currency_before(toks, k + 1) is not None and toks[k].kind != NUM:
        for size in (1, 2, 3):
            if k + size < n and toks[k + size].kind == NUM:
                found = currency_before(toks, k + size)
                if found is not None and found[1] == k:
                    return sign2, found[0], k + size
    return sign2, None, k


def _unit_of_second(toks: list[Token], second: Num, currency: Unit | None):
    """The second end's unit (its currency, else a unit after it) and rate: (unit, end, per, per_unit)."""
    j2, unit2 = second.i1, currency
    if unit2 is None:
        match = unit_after(toks, j2)
        if match is not None:
            unit2, j2 = match.unit, match.end
    if unit2 is None:
        return None, j2, None, None
    per2, j2, per_unit2 = rate_denominator(toks, j2)
    return unit2, j2, per2, per_unit2


def _deferred_to(toks: list[Token], j: int, blocked: set[int]) -> int | None:
    """After "from X ...", the index after a "to" that comes within a few words, or None."""
    for k in range(j, min(j + 5, len(toks) - 1)):
        tok = toks[k]
        if tok.lower in RANGE_TO:
            return k + 1
        if tok.text in CLAUSE_END or (tok.kind == NUM and k not in blocked):
            return None
    return None
