"""The two records the number grammar builds: a parsed number, and a quantity under construction."""
from __future__ import annotations

from dataclasses import dataclass

from checker.units import Unit


@dataclass(slots=True)
class Num:
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

@dataclass(slots=True)
class Found:
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
