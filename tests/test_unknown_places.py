"""A figure's place told in words no place rule knows, states of a country, a dateline's day, a
yardstick's possessive and a breakdown's places (checker/binding/unknown_places.py, subject.py,
dateline.py, part_places.py; rules/entities/mexico_states.yaml). Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize("text, language, place", [
    ("Jalisco logged 1,900 killings in 2019. Sonora logged 1,400 killings in 2019.\n", None, "Sonora"),
    ("The State of Mexico logged 1,700 killings in 2019.\n", None, "State of Mexico"),
    ("El estado de México sumó 1.700 homicidios en 2019.\n", "es", "State of Mexico"),
])
def test_a_state_of_a_country_is_its_own_place_never_the_country(tmp_path, rules, text, language, place):
    found = claims(tmp_path, text, title="Killings in Mexico", rules=rules, language=language)
    assert figure(found, "1.700" if language else ("1,400" if place == "Sonora" else "1,700")).subject == (place,)


@pytest.mark.parametrize("text, language, number", [
    ("Ozmark registered 640 killings in 2018.\n", None, "640"),
    ("The toll for Ozmark state was 640 killings in 2018.\n", None, "640"),
    ("In the province of Ozmark, 640 people were killed in 2018.\n", None, "640"),
    ("Ozmark registró 640 homicidios en 2018.\n", "es", "640"),
    ("En el departamento de Ozmark murieron 640 personas en 2018.\n", "es", "640"),
])
def test_a_name_no_rule_knows_told_as_the_place_blocks_the_articles(tmp_path, rules, text, language, number):
    found = claims(tmp_path, text, title="Killings in Zembla", rules=rules, language=language)
    claim = figure(found, number)
    assert claim.subject == ()
    assert claim.evidence("subject").words.startswith("Ozmark")


@pytest.mark.parametrize("text, language", [
    ("Ese año el Observatorio registró 2.640 homicidios.\n", "es"),
    ("La Secretaría de Seguridad contabilizó 2.640 homicidios en 2018.\n", "es"),
    ("The Observatory registered 2,640 killings in 2018.\n", None),
    ("Police recorded 2,640 killings in 2018.\n", None),
])
def test_a_body_is_no_place_the_figure_keeps_the_articles(tmp_path, rules, text, language):
    found = claims(tmp_path, text, title="Violencia en Honduras" if language else "Violence in Honduras",
                   rules=rules, language=language)
    assert figure(found, "2").subject == ("Honduras",)


def test_a_possessive_yardstick_in_an_aside_is_not_the_figures_place(tmp_path, rules):
    text = ("Guatemala counted 4,410 killings in 2017. Meanwhile, Honduras, with a population more than two and "
            "a half times Guatemala's, counted 3,860 killings that year.\n")
    found = claims(tmp_path, text, rules=rules)
    assert figure(found, "3,860").subject == ("Honduras",)


@pytest.mark.parametrize("text", [
    "TEGUCIGALPA, Feb 9 (Wire) - Guatemala recorded 3,860 killings last year.\n",
    "TEGUCIGALPA, March 9, 2021 (Wire) — Guatemala recorded 3,860 killings last year.\n",
])
def test_a_datelines_day_does_not_join_its_place_to_the_subject(tmp_path, rules, text):
    assert figure(claims(tmp_path, text, rules=rules), "3,860").subject == ("Guatemala",)


@pytest.mark.parametrize("text, language", [
    ("Guatemala recibió 52.300 retornados en 2018, de los cuales 31.200 fueron devueltos desde México.\n", "es"),
    ("Guatemala took in 52,300 returnees in 2018, of whom 31,200 came back from Mexico.\n", None),
])
def test_a_total_does_not_take_its_breakdowns_place(tmp_path, rules, text, language):
    found = claims(tmp_path, text, rules=rules, language=language)
    assert figure(found, "52").subject == ("Guatemala",)


@pytest.mark.parametrize("text, language, items", [
    ("Honduras logged 58 homicides per 100,000 people in 2017 and Guatemala 24.\n", None,
     {"58": ("Honduras",), "24": ("Guatemala",)}),
    ("Jalisco logged 2,410 killings in 2018, Sonora 1,620 and the State of Mexico 2,980.\n", None,
     {"2,410": ("Jalisco",), "1,620": ("Sonora",), "2,980": ("State of Mexico",)}),
    ("Jalisco sumó 2.410 homicidios en 2018, Sonora 1.620 y el Estado de México 2.980.\n", "es",
     {"2.410": ("Jalisco",), "1.620": ("Sonora",), "2.980": ("State of Mexico",)}),
])
def test_a_gapped_item_after_a_sentence_opening_on_a_place_is_its_own_figure(tmp_path, rules, text, language, items):
    found = claims(tmp_path, text, rules=rules, language=language)
    for number, places in items.items():
        assert figure(found, number).subject == places


def test_a_names_own_number_before_a_gapped_name_keeps_it_a_label(tmp_path, rules):
    found = claims(tmp_path, "Police arrested 118 members of ZX-11 and Barrio 9.\n", rules=rules)
    assert [c.text for c in found if c.kind == "quantity"] == ["118 members"]
