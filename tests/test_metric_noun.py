"""The places of a metric's noun phrase that a clause states its figures of (binding.metric_noun):
"las deportaciones de X desde Zembla hacia Oz subieron de A a B" is the sender's figure, of the
people it counts, tied to its words, not the destination's. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, subject_basis
from tests.conftest import one_article_claims as article_claims


@pytest.mark.parametrize("language, text, words", [
    ("es", "Según un informe oficial de Guatemala, las deportaciones de centroamericanos desde Estados Unidos hacia "
           "Honduras subieron de 51 mil 300 en 2016 a 63 mil 20 en 2017, y en 2018 volvieron a crecer.\n", ("51 mil 300", "63 mil 20")),
    ("en", "According to an official report from Guatemala, deportations of Central Americans from the United States "
           "to Honduras rose from 51,300 in 2016 to 63,020 in 2017, and in 2018 they grew again.\n", ("51,300", "63,020")),
])
def test_the_sender_named_in_the_noun_phrase_is_the_figures_place(tmp_path, rules, language, text, words):
    found = article_claims(tmp_path, text, rules=rules, language=language)
    for w in words:
        subject, basis = subject_basis(figure(found, w))
        assert set(subject) == {"Central America", "United States"}
        assert basis == "phrase"


def test_a_destination_alone_stays_the_figures_place(tmp_path, rules):
    found = article_claims(tmp_path, "Según un informe oficial de Honduras, las deportaciones hacia Guatemala subieron "
                                     "de 51.300 en 2016 a 63.020 en 2017.\n", rules=rules, language="es")
    assert set(figure(found, "63.020").subject) == {"Guatemala"}


def test_a_break_between_the_noun_and_the_figure_leaves_the_clause_reading(tmp_path, rules):
    found = article_claims(tmp_path, "Las deportaciones desde México hacia Guatemala, según un informe de Honduras "
                                     "entregado a la prensa, subieron a 63.020 en 2017.\n", rules=rules, language="es")
    assert subject_basis(figure(found, "63.020"))[1] != "phrase"


def test_a_place_before_the_noun_in_its_clause_keeps_its_own_reading(tmp_path, rules):
    found = article_claims(tmp_path, "In 2017 Hondurans were first among the migrants deported by Mexico at 30,500, "
                                     "trailed by 28,100 Guatemalans.\n", rules=rules)
    assert "Honduras" in figure(found, "30,500").subject
