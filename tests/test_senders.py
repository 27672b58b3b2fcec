"""Deportees named only by where they were sent from (binding.senders): the state that took them
in, named before the figure in its clause, stays the figure's place beside the senders, so one
country's returnees from a state are not that state's deportations, nor another country's
returnees; a figure of several senders whose people are not said is no one state's. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, one_article_claims, value_findings


@pytest.mark.parametrize("language, text, words", [
    ("es", "Nicaragua recibió 5.130 retornados en 2017, de los cuales 2.470 llegaron por tierra desde México y 2.660 "
           "en vuelos desde Estados Unidos.\n", "2.660"),
    ("en", "Nicaragua received 5,130 deportees in 2017, of whom 2,470 came overland from Mexico and 2,660 on flights "
           "from the United States.\n", "2,660"),
])
def test_a_part_flown_from_a_state_is_the_receivers_too(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language)
    assert figure(found, words).subject == ("Nicaragua", "United States")


@pytest.mark.parametrize("language, text, words", [
    ("es", "Entre enero y junio de 2019, Costa Rica recibió a 4.718 connacionales expulsados de Estados Unidos y "
           "México.\n", "4.718"),
    ("en", "Costa Rica took in 4,718 deportees from the United States and Mexico in 2019.\n", "4,718"),
])
def test_the_receiver_of_deportees_from_several_states(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language)
    assert figure(found, words).subject == ("Costa Rica", "Mexico", "United States")


@pytest.mark.parametrize("language, text, words", [
    ("es", "En 2019 llegaron al aeropuerto 4.718 deportados de Estados Unidos y México.\n", "4.718"),
    ("en", "In 2019, 4,718 deportees arrived from the United States and Mexico.\n", "4,718"),
])
def test_several_senders_and_no_receiver_is_no_place(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language)
    assert figure(found, words).subject == ()


def test_a_single_sender_with_no_receiver_stays_the_senders(tmp_path):
    found = one_article_claims(tmp_path, "In 2019, 3,327 deportees arrived from Mexico.\n")
    assert figure(found, "3,327").subject == ("Mexico",)


@pytest.mark.parametrize("first, second", [
    ("Honduras took in 3,327 deportees on flights from the United States in 2018.",
     "Costa Rica received 5,130 deportees from the United States and Mexico in 2018."),
    ("Honduras took in 3,327 deportees on flights from the United States in 2018.",
     "In 2018, 5,130 deportees arrived from the United States and Mexico."),
])
def test_returnees_of_other_people_or_other_senders_are_not_compared(tmp_path, first, second):
    assert not [f for f in value_findings(tmp_path, first, second) if f.kind in ("conflict", "drift")]


def test_the_same_receivers_returnees_from_one_state_are_compared(tmp_path):
    found = value_findings(tmp_path, "Honduras took in 3,327 deportees on flights from the United States in 2018.",
                           "In 2018 Honduras received 4,718 deportees from the United States.")
    assert [f.kind for f in found] == ["conflict"]


@pytest.mark.parametrize("language, text, words", [
    ("es", "Honduras recibió 683 millones de dólares en remesas desde Estados Unidos en 2019.\n", "683 millones"),
    ("en", "Honduras received $683 million in remittances from the United States in 2019.\n", "$683 million"),
])
def test_money_a_country_receives_from_a_state_is_the_receivers_alone(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language)
    assert figure(found, words).subject == ("Honduras",)


@pytest.mark.parametrize("part", [
    "In 2020, 2,140 Hondurans were deported from Mexico, the migration office said.",
    "Mexico deported 2,140 Hondurans in 2020.",
    "En 2020, 2.140 hondureños fueron deportados por tierra desde México.",
])
def test_a_peoples_returnees_from_one_sender_are_a_part_of_all_its_returnees(tmp_path, part):
    whole = "Honduras received 5,900 deported nationals in 2020, the migration office said."
    assert not [f for f in value_findings(tmp_path, whole, part) if f.kind in ("conflict", "drift")]


def test_a_senders_deportations_to_a_region_and_its_deportations_are_compared(tmp_path):
    found = value_findings(tmp_path, "The United States deported 61,300 people to Central America in 2020.",
                           "In 2020 the United States deported 68,900 people.")
    assert [f.kind for f in found] == ["conflict"]


def test_the_senders_of_a_figure_are_recorded_with_its_binding(tmp_path):
    found = one_article_claims(tmp_path, "In 2020, 2,140 Hondurans were deported from Mexico and Guatemala.\n")
    sent = figure(found, "2,140").evidence("senders")
    assert sent is not None and set(sent.words.split(", ")) == {"Mexico", "Guatemala"}


@pytest.mark.parametrize("language, text", [
    ("en", "Its migration office counted 47,300 Hondurans and about 34,000 Guatemalans deported from Mexican "
           "territory in 2021.\n"),
    ("es", "Su oficina migratoria contó 47.300 hondureños y unos 34.000 guatemaltecos deportados desde territorio "
           "mexicano en 2021.\n"),
])
def test_figures_coordinated_before_their_verb_share_its_senders(tmp_path, language, text):
    found = [c for c in one_article_claims(tmp_path, text, language=language) if c.kind == "quantity"]
    assert [c.subject for c in found] == [("Honduras", "Mexico"), ("Guatemala", "Mexico")]
    assert all(c.evidence("senders").words == "Mexico" for c in found)


def test_a_whole_is_no_part_its_senders_name(tmp_path):
    """The 47,300 came from Mexico only: no conflict with all the Hondurans returned that year."""
    found = value_findings(tmp_path, "Its migration office counted 47,300 Hondurans and about 34,000 Guatemalans "
                                     "deported from Mexican territory in 2021.",
                           "The migration institute counted 81,900 Hondurans returned in 2021.")
    assert [f.kind for f in found if "Honduras" in f.message] == []
