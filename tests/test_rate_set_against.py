"""A bare figure set against a rate by a contrast word ("..., a rate of 45.3, against 36.35 in
Zembla") is a rate too, of its own place: the verbs before the contrast word ("gave", "dio") say
what the figure before it counts, not the bare one (binding/focus.py other_predicate). Every
sentence here is invented for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, spanish_claims
from tests.conftest import one_article_claims as claims


def _read(found, words: str) -> tuple:
    claim = figure(found, words)
    return claim.metric, claim.unit, claim.subject


@pytest.mark.parametrize("link", ["against", "compared with", "versus"])
def test_a_bare_figure_set_against_a_rate_is_the_rate_of_its_place(tmp_path, rules, link):
    found = claims(tmp_path, "Belize saw 863 murders in 2019. Honduras registered 4,230 homicides in 2019, which "
                             f"gave it a homicide rate of 47.3, {link} 26.8 in Guatemala.\n", rules=rules)
    assert _read(found, "4,230") == ("homicides", "count", ("Honduras",))
    assert _read(found, "47.3") == ("homicide_rate", "per 100000", ("Honduras",))
    assert _read(found, "26.8") == ("homicide_rate", "per 100000", ("Guatemala",))


def test_a_bare_count_set_against_a_count_stays_a_count(tmp_path, rules):
    found = claims(tmp_path, "Honduras registered 4,230 homicides in 2019, which gave it a rate of 47.3, against "
                             "3,610 in Guatemala.\n", rules=rules)
    assert _read(found, "3,610") == ("homicides", "count", ("Guatemala",))


@pytest.mark.parametrize("link", ["frente a", "en comparación con"])
def test_spanish_a_bare_figure_set_against_a_rate_is_the_rate_of_its_place(tmp_path, link):
    found = spanish_claims(tmp_path, "Honduras registró 4.230 homicidios en 2019, lo que le dio una tasa de 47,3, "
                                     f"{link} 26,8 en Guatemala.\n")
    assert _read(found, "4.230") == ("homicides", "count", ("Honduras",))
    assert _read(found, "26,8") == ("homicide_rate", "per 100000", ("Guatemala",))


def test_spanish_a_figure_of_a_place_set_against_a_rate_is_that_places_rate(tmp_path):
    found = spanish_claims(tmp_path, "Honduras registró en 2019 una tasa de 47,3 homicidios por cada 100.000 residentes, "
                                     "frente a los 26,8 de Guatemala.\n")
    assert _read(found, "26,8") == ("homicide_rate", "per 100000", ("Guatemala",))


def test_spanish_a_count_of_a_place_set_against_a_count_is_that_places_count(tmp_path):
    found = spanish_claims(tmp_path, "Honduras registró 4.230 homicidios en 2019, frente a los 3.610 de Guatemala.\n")
    assert _read(found, "3.610") == ("homicides", "count", ("Guatemala",))


@pytest.mark.parametrize("text, language", [
    ("Belize's 129 murders in 2019 gave it a rate of 33.7, against 95 in Honduras.", "en"),
    ("Los 129 homicidios de 2019 dieron a Belice una tasa de 33,7, frente a 95 en Honduras.", "es"),
])
def test_a_whole_number_set_against_a_rate_is_a_rate_not_the_count_before_it(tmp_path, text, language):
    from tests.conftest import language_claims

    found = language_claims(tmp_path, text + "\n", language, published="2020-03-01")
    assert _read(found, "95") == ("homicide_rate", "per 100000", ("Honduras",))


def test_a_count_set_against_a_count_of_another_year_stays_a_count(tmp_path, rules):
    found = claims(tmp_path, "Belize recorded 129 murders in 2019, against 95 in 2018.\n", rules=rules)
    assert _read(found, "95") == ("homicides", "count", ("Belize",))


def test_a_figure_set_against_with_its_owner_before_it_is_the_owners_rate(tmp_path, rules):
    found = claims(tmp_path, "Honduras registered 4,230 homicides in 2019, which gave it a rate of 47.3, compared with "
                             "Guatemala's 26.8.\n", rules=rules)
    assert _read(found, "4,230") == ("homicides", "count", ("Honduras",))
    assert _read(found, "26.8") == ("homicide_rate", "per 100000", ("Guatemala",))
