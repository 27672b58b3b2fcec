"""A figure named as its country's own ("the national average of 27.4", binding.national): the
country the sentence's or the focus's place is part of, else no place; the other figures of its
sentence keep their own place only. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, subject_basis
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize("tail", [
    "more than double the national average of 27.4",
    "against a national murder rate of 27.4",
    "well above the country average of 27.4",
    "far above the nationwide average, which stood at 27.4",
])
def test_the_national_figure_is_the_countrys_and_the_citys_figure_stays_the_citys(tmp_path, rules, tail):
    found = claims(tmp_path, f"Choloma ended 2019 with a murder rate of 61.2 per 100,000 residents, {tail}.\n",
                   rules=rules)
    assert figure(found, "61.2").subject == ("Choloma",)
    assert figure(found, "27.4").subject == ("Honduras",)


def test_the_national_figure_of_the_city_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Choloma recorded 310 murders in 2019. Its rate of 61.2 per 100,000 residents was "
                             "more than double the national average of 27.4.\n", rules=rules)
    assert figure(found, "61.2").subject == ("Choloma",)
    assert figure(found, "27.4").subject == ("Honduras",)


@pytest.mark.parametrize("tail", [
    "más del doble de la media nacional, que fue de 27,4",
    "frente al promedio nacional de 27,4",
    "muy por encima de la tasa de homicidios nacional, de 27,4",
])
def test_la_media_nacional(tmp_path, rules, tail):
    found = claims(tmp_path, f"Choloma cerró 2019 con una tasa de 61,2 homicidios por cada 100.000 habitantes, "
                             f"{tail}.\n", rules=rules, language="es")
    assert figure(found, "61,2").subject == ("Choloma",)
    assert figure(found, "27,4").subject == ("Honduras",)


def test_a_national_figure_of_no_known_country_has_no_place(tmp_path, rules):
    found = claims(tmp_path, "Zembla Province ended 2019 with a murder rate of 61.2 per 100,000 residents, more "
                             "than double the national average of 27.4.\n", rules=rules)
    assert subject_basis(figure(found, "27.4")) == ((), "phrase")


def test_a_place_s_highest_rate_in_the_country_stays_its_own(tmp_path, rules):
    found = claims(tmp_path, "Choloma cerró 2019 con la tasa más alta del país, 61,2 homicidios por cada "
                             "100.000 habitantes.\n", rules=rules, language="es")
    assert "Choloma" in figure(found, "61,2").subject


def test_a_figure_after_a_national_phrase_and_a_new_clause_is_not_the_countrys(tmp_path, rules):
    found = claims(tmp_path, "Choloma recorded 310 murders in 2019. Well above the national average, the city "
                             "recorded a murder rate of 61.2 per 100,000 residents.\n", rules=rules)
    assert figure(found, "61.2").subject == ("Choloma",)


@pytest.mark.parametrize("text", [
    "Choloma had the highest murder rate in the country, 61.2 per 100,000 residents, double the national rate of 27.4.",
    "Choloma, the country's deadliest city, had a murder rate of 61.2 per 100,000 residents in 2019.",
])
def test_the_country_a_place_is_ranked_in_is_not_its_figures_place(tmp_path, rules, text):
    found = claims(tmp_path, f"{text}\n", rules=rules)
    assert figure(found, "61.2").subject == ("Choloma",)


def test_la_tasa_mas_alta_en_el_pais(tmp_path, rules):
    found = claims(tmp_path, "Choloma cerró 2019 con la tasa más alta en el país, 61,2 homicidios por cada 100.000 "
                             "habitantes.\n", rules=rules, language="es")
    assert figure(found, "61,2").subject == ("Choloma",)


@pytest.mark.parametrize("text", [
    "Honduras recorded 3,400 homicides in 2019.\n\nLast year the country recorded 3,100 homicides, the lowest in a "
    "decade.\n",  # the country as the figure's subject
    "Choloma recorded 310 murders in 2019.\n\nHonduras recorded 3,100 homicides last year, the lowest in the "
    "country's history.\n",  # the country's own history, no ranking's field
])
def test_the_country_of_a_figure_stays_its_place(tmp_path, rules, text):
    found = claims(tmp_path, text, rules=rules, published="2021-03-01")
    assert figure(found, "3,100").subject == ("Honduras",)


def test_a_later_bare_number_refers_back_to_the_place_not_the_national_figure(tmp_path, rules):
    found = claims(tmp_path, "Choloma cerró 2019 con una tasa de 58,3 homicidios por cada 100.000 residentes, más "
                             "del doble de la media nacional, que fue de 26,1. Un año antes, la ciudad había "
                             "registrado 66,9.\n", rules=rules, language="es")
    assert figure(found, "66,9").subject == ("Choloma",)


def test_a_range_end_after_the_national_figure_is_the_countrys_too(tmp_path, rules):
    found = claims(tmp_path, "Choloma ended 2019 with a murder rate of 61.2 per 100,000 residents, double the "
                             "national average, which fell to 27.4 from 29.1 a year earlier.\n", rules=rules)
    assert figure(found, "29.1").subject == ("Honduras",)
