"""Package data for the *language* (number words, units, qualifiers): not domain knowledge.

Loaded once per process on first use (``words()``, ``units()``); a few milliseconds.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(name: str) -> dict:
    # Read beside this file: importlib.resources would cost more to import than the read.
    return yaml.load(Path(__file__).with_name(name).read_text(encoding="utf-8"), Loader=_Loader)


@cache
def words() -> dict:
    """Number words, scales, fractions, qualifiers and change words (words.yaml)."""
    return _load("words.yaml")


@cache
def units() -> dict:
    """Units, percent-like units and currencies (units.yaml)."""
    return _load("units.yaml")


@cache
def conversions() -> dict:
    """pint's conversion of each unit of units.yaml to each canonical unit it converts to
    (conversions.yaml, written by ``checker.units.write_conversions``)."""
    return _load("conversions.yaml")
