"""The second end of a range: "$300 to $400", "5-10W", "between 5% and 6%", "from 13.5 to 14.0 mm"."""
from __future__ import annotations

from checker.tokens import NUM, WORD, Token, joined
from checker.units import Unit, currency_before, unit_after

from .context import change_before, rate_denominator
from .filters import identifier
from .parsing import parse_number
from .records import Num
from .words import CLAUSE_END


def range_partner(toks, num: Num, j: int, left: int, unit: Unit | None, blocked: set[int]):
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
        if unit is not None and change_before(toks, left) and before not in ("from",) and before2 != "from":
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
    second = parse_number(toks, k)
    if second is None or second.vague is not None or second.fraction or identifier(toks, second, partner=True):
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
        per2, j2, per_unit2 = rate_denominator(toks, j2)
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
        if tok.text in CLAUSE_END or (tok.kind == NUM and k not in blocked):
            return None
    return None
