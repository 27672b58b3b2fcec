"""Value intervals, the gap between two of them, and the verdict a gap gives."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from collections.abc import Sequence

from checker.model import Claim

INF = math.inf


def interval(claim: Claim, tolerance: float = 0.0) -> tuple[float, float]:
    """The claim's value interval, open ends infinite, widened by a relative tolerance. A figure
    written with a scale word is rounded to its last digit ("3.7 thousand": 3,650 .. 3,750)."""
    v = claim.value
    lo = -INF if v is None or v.lo is None else v.lo
    hi = INF if v is None or v.hi is None else v.hi
    if lo == hi and v.point is not None and v.qualifier == "exact":
        half = _last_digit(claim.text, v.point) / 2
        lo, hi = lo - half, hi + half
    return (_scale(lo, 1 - tolerance if lo >= 0 else 1 + tolerance),
            _scale(hi, 1 + tolerance if hi >= 0 else 1 - tolerance))


@lru_cache(maxsize=4096)  # asked for every figure each time values are grouped, sorted and compared
def _last_digit(text: str, point: float) -> float:
    """One unit of the last digit of a figure written with a scale word ("$5.52 billion": 10 million,
    "3,7 mil": 100): its value over the digits it is written with, a power of ten; 0 for a figure
    written in full ("3,684"), or with more digits after its scale word ("62 mil 384")."""
    written = _DIGITS.search(text)
    digits = int(re.sub(r"\D", "", written.group())) if written else 0
    ratio = abs(point) / digits if digits else 0.0
    if ratio < 10:
        return 0.0
    unit = 10.0 ** round(math.log10(ratio))
    return unit if math.isclose(ratio, unit, rel_tol=1e-9) else 0.0


_DIGITS = re.compile(r"\d(?:[\d.,]*\d)?")  # a number's digits and marks: "5.52", "3,7"


def _scale(x: float, factor: float) -> float:
    return x if math.isinf(x) else x * factor


def stated_precision(claim: Claim) -> tuple[float, float]:
    """The interval a stated figure allows when it was rounded or cut short to its last digit
    ("an average of 15 a day" may stand for 14.0 .. 16.0); stated bounds stay as they are."""
    v = claim.value
    lo, hi = interval(claim)
    if v is None or v.point is None:
        return lo, hi
    text = f"{v.point:.10g}"
    step = 10.0 ** -len(text.split(".")[1]) if "." in text else 1.0
    if v.qualifier not in ("over", "at_least", "as_low_as"):
        lo -= step
    if v.qualifier not in ("under", "at_most", "as_high_as", "nearly"):
        hi += step
    return lo, hi


def relative_gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two disjoint intervals are, relative to the larger near end (0 when they overlap)."""
    (_, ahi), (blo, _) = sorted((a, b))
    if blo <= ahi:
        return 0.0
    scale = max(abs(ahi), abs(blo), 1e-9)
    return (blo - ahi) / scale


def verdict(gap: float, drift_band: float) -> str:
    """agreement (no gap), drift (a gap within the band) or conflict (beyond it)."""
    return "agreement" if gap == 0 else "drift" if gap <= drift_band else "conflict"


def components(items: Sequence[tuple[tuple[float, float], Claim]]) -> list[tuple[float, float, list[Claim]]]:
    """Claims that agree, in groups whose intervals all share a point, with that common interval:
    sorted by low end, one sweep. A claim joins a group only when it overlaps what every member
    allows, so one loose bound ("more than 90") never holds "90" and "more than 100" together."""
    out: list[tuple[float, float, list[Claim]]] = []
    for (lo, hi), claim in sorted(items, key=lambda it: (it[0][0], it[0][1], it[1].id)):
        if out and lo <= out[-1][1]:
            top = out[-1]
            out[-1] = (max(top[0], lo), min(top[1], hi), top[2] + [claim])
        else:
            out.append((lo, hi, [claim]))
    return out


def stated_gap(low: Sequence[Claim], high: Sequence[Claim]) -> float:
    """How far apart two groups of figures are as the articles state them (no tolerance): from the
    highest figure of ``low`` to the lowest of ``high``, relative to the larger (as
    ``relative_gap``). An open bound counts by its stated end ("more than 100" by 100); 0 when they cross."""
    top, bottom = stated_ends(low, high)
    if bottom <= top:
        return 0.0
    return (bottom - top) / max(abs(top), abs(bottom), 1e-9)


def stated_ends(low: Sequence[Claim], high: Sequence[Claim]) -> tuple[float, float]:
    """The highest figure stated in ``low`` and the lowest in ``high`` (open bounds by their stated end)."""
    return max(_stated_end(c, "hi", "lo") for c in low), min(_stated_end(c, "lo", "hi") for c in high)


def _stated_end(claim: Claim, end: str, other: str) -> float:
    v = claim.value
    x = getattr(v, end) if v is not None else None
    if x is None and v is not None:
        x = v.point if v.point is not None else getattr(v, other)
    return x if x is not None else (-INF if end == "hi" else INF)
