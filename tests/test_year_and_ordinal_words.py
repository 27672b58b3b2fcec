"""Number words that are no figure: a year after a figure named with its article ("La cifra de 2021
equivale a ...", "the figure for 2021") and an ordinal before a noun ("a seventh period", "un quinto
mandato"); while "una cifra de 2000", "la cifra de 2021 homicidios" and "a third of" stay figures."""
from __future__ import annotations

import pytest

from checker.numbers import find_quantities
from checker.timex import calendar_spans


def _read(text: str, code: str) -> list[str]:
    return [q.text for q in find_quantities(text, calendar_spans(text, language=code), code)]


@pytest.mark.parametrize(("code", "text", "expect"), [
    ("es", "La cifra de 2021 equivale a menos de una décima parte.", []),
    ("en", "The figure for 2021 equals a tenth of that.", ["a tenth"]),
    ("en", "The ministry has now extended the measure into a seventh period.", []),
    ("en", "It was a fifth straight year of decline.", []),
    ("es", "El presidente fue elegido para un quinto mandato.", []),
])
def test_a_year_or_an_ordinal_is_no_figure(code, text, expect):
    assert _read(text, code) == expect


@pytest.mark.parametrize(("code", "text", "expect"), [
    ("es", "Una cifra de 2000 fue reportada.", ["2000"]),
    ("es", "La cifra de 2021 homicidios fue menor.", ["2021 homicidios"]),
    ("en", "A third of the victims were women.", ["A third of the victims"]),
    ("en", "Arrests rose by a third.", ["a third"]),
    ("es", "Un tercio de las víctimas eran mujeres.", ["Un tercio de las víctimas"]),
])
def test_counts_and_fractions_stay(code, text, expect):
    assert _read(text, code) == expect
