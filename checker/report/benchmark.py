"""The benchmark line format of `checker quantities` (shared/bench/newsquant): quantities as stated.

``change`` is one label: a lower bound (">": "more than") first, then a direction stated by a verb
or sign ("up", "down"), then the value's other bounds or approximation ("<", "~"), else "=".
A change stated by a noun ("a 3 percent drop") describes what the figure measures and is
reported as "=" here (the benchmark's convention); claims keep it as their change.
"""
from __future__ import annotations

import json

from checker.model import Quantity

_BOUND = {"over": ">", "at_least": ">", "as_low_as": ">", "under": "<", "at_most": "<", "as_high_as": "<",
          "approx": "~", "nearly": "~"}


def quantity_json(q: Quantity) -> dict:
    if len(q.stated) == 2:
        value = list(q.stated)
    elif q.value.point is None and q.value.lo is not None and q.value.hi is not None:
        value = [q.value.lo, q.value.hi]  # a vague plural: "thousands" -> [1000, 10000]
    else:
        value = q.stated[0]
    bound = _BOUND.get(q.qualifier or "")
    change = bound if bound == ">" else q.change or bound or "="
    return {"value": value, "unit": q.unit, "change": change, "text": q.text}


def render_line(text: str, quantities: list[Quantity]) -> str:
    return json.dumps({"text": text, "quantities": [quantity_json(q) for q in quantities]}, ensure_ascii=False,
                      allow_nan=False) + "\n"
