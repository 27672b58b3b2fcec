"""A figure's value and unit in checker's canonical units (DESIGN.md, "Canonical units"): money in
USD, rates per 100,000, percents, counts with their noun, physical quantities in pint's base
units; what lets two articles' figures be compared whatever units they were written in.
"""
from __future__ import annotations

from checker import units
from checker.model import Quantity, Value


def value_and_unit(q: Quantity) -> tuple[Value, str | None, str | None]:
    """Value and unit in checker's canonical units (DESIGN.md): USD, USD / month, percent,
    per 100000, count + noun, kilometer, day, ..."""
    v = q.value
    if q.kind == "money":
        unit = q.currency or "USD"
        if q.per:
            unit = f"{unit} / {q.per}"  # "USD / month", "USD / barrel"
        return _scaled(v, units.currency_scale((q.unit or "").split(" per ")[0]), 0.0), unit, None
    if q.kind == "fraction":  # "more than half", "a third of the population"
        return _scaled(v, 100.0, 0.0), "percent", q.noun
    if q.kind == "percent":
        return v, "percent" if q.unit and q.unit.startswith("percentage") and "point" not in q.unit else q.unit, None
    base = _rate_base(q.per)
    if base:
        return _scaled(v, 100000.0 / base, 0.0), "per 100000", q.noun
    if q.kind == "count":
        unit = "count" if not q.per else f"count / {q.per}"
        return v, unit, q.noun
    if q.kind == "number":
        return v, None, None
    unit_entry = units.pint_expression(q.unit or "") or units.pint_expression((q.unit or "").split(" per ")[0])
    if unit_entry is None:
        return v, q.unit, q.noun
    name, factor, offset = units.conversion(unit_entry, q.kind)
    return _scaled(v, factor, offset), name.replace("_", " "), q.noun


def _rate_base(per: str | None) -> float | None:
    """The population a rate is per ("100,000" read as 100000), or None: not a number, or
    not above 0 ("per 0 people"), or digits float() does not read ("¹")."""
    try:
        base = float(per) if per and per.replace(".", "").isdecimal() else None
    except ValueError:
        return None
    return base if base is not None and 0 < base < float("inf") else None


def _scaled(v: Value, factor: float, offset: float) -> Value:
    return Value(_converted(v.point, factor, offset), _converted(v.lo, factor, offset),
                 _converted(v.hi, factor, offset), v.qualifier, v.approximate)


def _converted(x: float | None, factor: float, offset: float) -> float | None:
    """``x * factor + offset`` to 9 decimals; whole numbers, most figures, are already that, and
    round() with decimals costs several times the arithmetic."""
    if x is None:
        return None
    y = x * factor + offset
    return y if y.is_integer() else round(y, 9)
