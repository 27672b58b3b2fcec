"""Number grammar: find the quantities stated in one sentence.

Digits with separators and decimals, number words ("nine", "a dozen", "twenty-eight"), scale words
and suffixes ("48 million", "$1.2bn"), fractions ("half", "a third", "1/16"), vague plurals
("tens of thousands"), ranges ("$300 to $400", "between 5% and 6%", "from 13.5 to 14.0 mm"),
qualifiers ("more than", "nearly", "up to") and stated changes ("fell 45 percent", "a 795 percent
increase"). Numbers that are not quantities (MS-13, Game 7, 9:30, 1990s, 22nd, "Section 427")
make none; calendar spans (years, dates, clock times) come from timex and are masked.

Cost: one tokenisation per sentence (tokens.py) and dictionary look-ups around each number;
sentences without a digit or number word return at once. No regex backtracking, no caching of
whole sentences: linear in the sentence length.

Modules, by job: ``words`` (the language pack's tables), ``parsing`` (a number from its tokens),
``filters`` (numbers that label rather than count), ``context`` (sign, currency, qualifiers,
changes and rate denominators around a number), ``nouns`` (the counted noun phrase), ``ranges``
(the second end of a range), ``neighbours`` (what coordinated figures share), ``assembly``
(``find_quantities``: the above, in order, for each number of a sentence) and ``formats`` (how a
document writes its numbers: its decimal mark, and the figures it leaves ambiguous).

Per language (the seam): this package is the grammar with the English pack's tables. The grammar
for another pack is a second copy of these modules (``grammar(code)``, built once per code) whose
``words`` reads that pack, so each copy's hot loops read its tables as plain module globals. A
document's ``Reading`` (``reading(doc, code)``) names its pack and decimal mark;
``find_quantities(sentence, masked, reading)`` reads a sentence of it.
"""
from __future__ import annotations

import importlib
import sys
import types
from functools import cache
from typing import Callable

from checker import lang
from checker.model import Quantity
from checker.numbers.assembly import find_quantities as _find_english
from checker.numbers.assembly import finite
from checker.numbers.formats import Reading, plain, reading

__all__ = ["Reading", "find_quantities", "finite", "grammar", "module", "plain", "reading"]


def find_quantities(sentence: str, masked=(), reading: Reading | str | None = None) -> list[Quantity]:
    """Every quantity stated in ``sentence``; ``masked`` spans (calendar notation) are skipped.
    ``reading``: the document's (``reading(doc, code)``), or a pack code (its default convention);
    none reads English."""
    if reading is None:
        return _find_english(sentence, masked)
    if isinstance(reading, str):
        reading = plain(reading)
    return reading.find(sentence, masked)


@cache
def grammar(code: str) -> Callable[..., list[Quantity]]:
    """``find_quantities`` of the grammar that reads the pack ``code`` (English-shaped numbers)."""
    if code == lang.DEFAULT:
        return _find_english
    lang.load(code)  # an unknown code fails here, with the packs there are
    name = f"{__name__}._{code}"
    package = types.ModuleType(name, f"the number grammar with the {code!r} pack's tables")
    package.__path__ = list(__path__)
    package.__package__ = name
    package.PACK_CODE = code
    sys.modules[name] = package
    return importlib.import_module(".assembly", name).find_quantities


def module(code: str, name: str) -> types.ModuleType:
    """The module ``name`` of the grammar that reads the pack ``code``: ``module("es", "nouns").singular_of``
    makes Spanish plurals singular, ``module("es", "words").CARDINALS`` holds its number words."""
    if code == lang.DEFAULT:
        return importlib.import_module(f".{name}", __name__)
    grammar(code)
    return importlib.import_module(f".{name}", f"{__name__}._{code}")
