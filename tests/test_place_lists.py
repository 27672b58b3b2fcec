"""Places in lists and names (binding.subject, binding.reference_places): a place after a semicolon
opens the next item, never the figure before's phrase; a place before a bracketed figure heads that
item ("followed by Zembla (115)"); a surname that is a place's name and an acronym in capitals are no
places. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, subject_basis
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize(("text", "language"), [
    ("In 2022, Mixco alone counted 310 homicides; in Villa Nueva, 140.", None),
    ("En 2022, solo en Mixco se contaron 310 homicidios; en Villa Nueva, 140.", "es"),
])
def test_a_place_after_a_semicolon_is_the_next_items(tmp_path, rules, text, language):
    found = claims(tmp_path, f"{text}\n", rules=rules, language=language)
    assert figure(found, "310").subject == ("Mixco",)
    assert figure(found, "140").subject == ("Villa Nueva",)


@pytest.mark.parametrize(("text", "language"), [
    ("By department, Escuintla topped the list with 420 homicides in 2022, followed by Izabal (260) and "
     "Petén (150).", None),
    ("Por departamentos, Escuintla encabezó la lista con 420 homicidios en 2022, seguido de Izabal (260) y "
     "Petén (150).", "es"),
    ("Escuintla topped the list with 420 homicides in 2022, followed by Izabal (260 homicides) and Petén "
     "(150 homicides).", None),
])
def test_a_place_before_a_bracketed_figure_heads_that_item(tmp_path, rules, text, language):
    found = claims(tmp_path, f"{text}\n", rules=rules, language=language)
    assert figure(found, "420").subject == ("Escuintla",)
    for c in found:
        if c.kind == "quantity" and c.text.startswith(("260", "150")):
            assert c.subject == (("Izabal",) if c.text.startswith("260") else ("Petén",))


@pytest.mark.parametrize(("text", "language"), [
    ("En Guatemala, la Policía ha capturado a 2.310 personas desde el 1 de diciembre, informó el comisario "
     "Jorge Pérez Lima.", "es"),
    ("In Guatemala, police arrested 2,310 people in December, said deputy commissioner Jorge Pérez Lima.", None),
])
def test_a_surname_that_names_a_city_is_no_place(tmp_path, rules, text, language):
    found = claims(tmp_path, f"{text}\n", rules=rules, language=language)
    assert figure(found, "2").subject == ("Guatemala",)


def test_an_acronym_after_in_is_no_unknown_place(tmp_path, rules):
    found = claims(tmp_path, "Washington gave $31.2 million in INL counternarcotics funding to Guatemala in "
                             "fiscal 2015.\n", rules=rules)
    assert subject_basis(figure(found, "31.2"))[0] == ("Guatemala",)


def test_a_regional_package_named_inside_a_countrys_aid_sentence_is_the_regions(tmp_path, rules):
    found = claims(tmp_path, "Congress set aside $41.3 million in bilateral aid for Honduras in fiscal 2017, down from "
                             "$52.6 million in fiscal 2016, as part of the $655 million Shared Prosperity Initiative "
                             "package for Guatemala, Honduras and El Salvador.\n", rules=rules)
    assert set(figure(found, "655").subject) >= {"Guatemala", "Honduras", "El Salvador"}
    assert figure(found, "41.3").subject == ("Honduras",)
    assert figure(found, "52.6").subject == ("Honduras",)


@pytest.mark.parametrize(("text", "language"), [
    ("Mexico has tightened its southern border: it deported 14,310 people in May, nearly all of them from "
     "Guatemala, Honduras and El Salvador.", None),
    ("México endureció su frontera sur: deportó a 14.310 personas en mayo, casi todas de Guatemala, Honduras y "
     "El Salvador.", "es"),
])
def test_places_a_share_cue_opens_are_no_places_of_the_whole_past_their_commas(tmp_path, rules, text, language):
    found = claims(tmp_path, f"{text}\n", rules=rules, language=language)
    assert figure(found, "14").subject == ("Mexico",)


def test_a_demonym_that_ends_a_name_stays_a_place(tmp_path, rules):
    found = claims(tmp_path, "En 2022, 41.260 deportados llegaron en vuelos de Estados Unidos a la Fuerza Aérea "
                             "Hondureña.\n", rules=rules, language="es")
    assert "Honduras" in figure(found, "41").subject


@pytest.mark.parametrize(("text", "language"), [
    ("Both countries reported fewer killings last year: 120 homicides in Panama (2.8 per 100,000) and 2,310 in "
     "Honduras (23.9 per 100,000).", None),
    ("Ambos países informaron menos muertes el año pasado: 120 homicidios en Panamá (2,8 por cada 100.000) y "
     "2.310 en Honduras (23,9 por cada 100.000).", "es"),
])
def test_a_figure_in_brackets_with_a_unit_of_its_own_restates_the_item_before_it(tmp_path, rules, text, language):
    found = claims(tmp_path, f"{text}\n", rules=rules, language=language)
    assert figure(found, "120").subject == ("Panama",)
    assert figure(found, "2,8" if language else "2.8").subject == ("Panama",)


@pytest.mark.parametrize(("text", "language", "figure_words"), [
    ("Mexico deported 18,240 Hondurans in 2021, fewer than the 24,930 Guatemalans that it sent back that same "
     "year.", None, "24,930"),
    ("México deportó a 18.240 hondureños en 2021, menos que los 24.930 guatemaltecos que devolvió ese mismo año.",
     "es", "24.930"),
])
def test_a_relative_clause_with_no_subject_of_its_own_takes_the_sentences_actor(tmp_path, rules, text, language,
                                                                               figure_words):
    found = claims(tmp_path, f"{text}\n", rules=rules, language=language)
    assert figure(found, figure_words).subject == ("Guatemala", "Mexico")
