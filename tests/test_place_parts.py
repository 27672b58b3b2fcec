"""Places that are parts of a country (checker/binding/subject.py, part_places; rules/entities/departments.yaml):
a department named like its country, and the whole a part figure of a place is set against. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize("text, language", [
    ("The department of Guatemala recorded 1,210 homicides in 2021.\n", None),
    ("Guatemala department recorded 1,210 homicides in 2021.\n", None),
    ("El departamento de Guatemala registró 1.210 homicidios en 2021.\n", "es"),
])
def test_a_department_named_like_its_country_is_the_department(tmp_path, rules, text, language):
    found = claims(tmp_path, text, title="Violence in Guatemala", rules=rules, language=language)
    assert figure(found, "1").subject == ("Guatemala department",)


@pytest.mark.parametrize("text, language", [
    ("Guatemala recorded 3,400 homicides in 2021.\n\nThe department of Guatemala accounted for 1,210 of the "
     "3,400 homicides that year.\n", None),
    ("Guatemala registró 3.400 homicidios en 2021.\n\nEl departamento de Santa Rosa concentró 310 de los "
     "3.400 homicidios del año.\n", "es"),
    ("Guatemala recorded 3,400 homicides in 2021.\n\nThe department of Guatemala, home to the capital, accounted "
     "for 1,210 of the 3,400 homicides that year.\n", None),
    ("Guatemala registró 3.400 homicidios en 2021.\n\nEl departamento de Jalapa, en el oriente, sumó un tercio "
     "de los 3.400 homicidios.\n", "es"),
])
def test_the_whole_a_place_has_a_part_of_is_not_that_places(tmp_path, rules, text, language):
    found = claims(tmp_path, text, rules=rules, language=language)
    part, whole = [c for c in found if c.kind == "quantity"][1:]
    assert part.subject and part.subject[0].endswith("department")
    assert not set(part.subject) & set(whole.subject)


@pytest.mark.parametrize("text, language", [
    ("ZEMBLA CITY — Agents caught 38,600 families at the southwest border in fiscal 2017.\n", None),
    ("TEGUCIGALPA — The number of families caught at the U.S.-Mexico border rose to 38,600 in fiscal 2019.\n", None),
    ("TEGUCIGALPA — Los agentes detuvieron a 38.600 familias en la frontera entre México y Estados Unidos en 2019.\n",
     "es"),
])
def test_the_us_border_with_mexico_is_the_united_states(tmp_path, rules, text, language):
    found = claims(tmp_path, text, title="Migration", rules=rules, language=language)
    assert figure(found, "38").subject == ("United States",)


def test_an_estimate_of_a_running_year_is_its_whole_year(tmp_path, rules):
    found = claims(tmp_path, "An unofficial estimate puts the total for 2020 at 61,000 homicides.\n", rules=rules)
    assert figure(found, "61,000").time.end == "2020-12-31"  # published 2020-03-01: a projection, not a tally so far


@pytest.mark.parametrize("text", [
    "Zembla's prisons held roughly 41,500 inmates in 2021, according to World Penal Census estimates.\n",
    "Prisons held roughly 41,500 inmates in 2021, according to figures from Honduras Justice Watch researchers.\n",
])
def test_a_place_that_opens_an_organisations_name_is_no_place_of_the_figure(tmp_path, rules, text):
    found = claims(tmp_path, text, title="Prisons in El Salvador", rules=rules)
    assert figure(found, "41,500").subject == ("El Salvador",)


@pytest.mark.parametrize("text, language", [
    ("Honduras recorded 3,400 homicides in 2021. Its prisons held some 19,000 people, against an official "
     "capacity of about 8,200.\n", None),
    ("Honduras registró 3.400 homicidios en 2021. Sus cárceles albergaban a 19.000 personas, frente a una "
     "capacidad de unas 8.200.\n", "es"),
])
def test_a_capacity_set_against_a_figure_is_no_count_of_the_series_in_focus(tmp_path, rules, text, language):
    found = claims(tmp_path, text, rules=rules, language=language)
    assert figure(found, "8").metric is None


@pytest.mark.parametrize("text, language", [
    ("Zembla's prison population stands at about 61,000, with the new jail now also holding 140 Ruritanians "
     "deported from Oz in May.\n", None),
    ("La población penitenciaria de Zembla ronda las 61.000 personas, y la nueva cárcel alberga además a 140 "
     "extranjeros deportados desde Oz en mayo.\n", "es"),
])
def test_a_verb_right_after_the_next_figure_gives_no_metric_to_the_one_before(tmp_path, rules, text, language):
    found = claims(tmp_path, text, rules=rules, language=language)
    assert figure(found, "61").metric is None


def test_money_given_takes_the_titles_place_before_the_openings_country(tmp_path, rules):
    found = claims(tmp_path, "WASHINGTON — Agents caught 38,600 families at the southwest border in fiscal 2017.\n\n"
                             "For fiscal 2019, lawmakers appropriated $412 million in aid.\n",
                   title="Aid freeze leaves Northern Triangle programs stranded", rules=rules)
    assert figure(found, "38,600").subject == ("United States",)
    assert figure(found, "$412").subject == ("Northern Triangle",)


def test_a_count_set_against_a_figure_of_its_own_sentence_is_no_figure_of_the_series(tmp_path, rules):
    found = claims(tmp_path, "Agents caught 51,200 unaccompanied children at the southwest border in fiscal 2015.\n\n"
                             "Agents stopped 6,920 members of family units in fiscal 2015, nearly twice the 3,470 of "
                             "the year before.\n", rules=rules)
    assert figure(found, "3,470").metric is None
