"""Who deports and who is deported (binding.subject, binding.clauses): a count of deportees of
several nationalities is about those countries and about the state that deported them, even when a
list of peoples stands between the figure and its verb, or the deporting state is an adjective
after its noun ("desde suelo mexicano"), an aside stands between it and its verb ("Mexico, for its part,
deported"), or a pronoun opening the sentence after one that opened on it
("It sent back 900"). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, value_findings
from tests.conftest import one_article_claims as article_claims


def claims(tmp_path, text: str, rules) -> list:
    """The claims of one Spanish article holding ``text``."""
    return article_claims(tmp_path, text, "Un año de deportaciones", rules, language="es")


def test_a_list_of_peoples_before_the_verb_keeps_the_deporting_state(tmp_path, rules):
    found = claims(tmp_path, "De enero a junio de 2019, 9.000 hondureños, guatemaltecos y salvadoreños fueron "
                             "deportados desde suelo mexicano, contra 7.000 en el mismo periodo de 2018.\n", rules)
    for words in ("9.000", "7.000"):
        assert {"Mexico", "Guatemala", "El Salvador", "Honduras"} <= set(figure(found, words).subject)


def test_the_deporting_state_after_its_noun_is_the_agent(tmp_path, rules):
    found = claims(tmp_path, "En 2019, 4.000 nicaragüenses fueron deportados desde territorio mexicano.\n", rules)
    assert "Mexico" in figure(found, "4.000").subject


def test_the_same_in_english(tmp_path, rules):
    found = article_claims(tmp_path, "From January to June 2019, 9,000 Guatemalans, Salvadorans and Hondurans "
                                     "were deported from Mexico.\n", rules=rules)
    assert {"Mexico", "Guatemala", "El Salvador", "Honduras"} <= set(figure(found, "9,000").subject)


def test_an_and_between_two_places_still_joins_clauses(tmp_path, rules):
    found = claims(tmp_path, "En 2019 México deportó a 5.000 personas a Guatemala y Honduras recibió 3.000 "
                             "deportados.\n", rules)
    assert "Guatemala" not in figure(found, "3.000").subject


@pytest.mark.parametrize("language, text, words", [
    ("es", "Honduras cerrará 2019 con unos 90.000 deportados, la mayoría desde México y Estados Unidos, en un año "
           "en el que las devoluciones aumentaron respecto a 2018.\n", "90.000"),
    ("en", "Honduras will close 2019 with some 90,000 deportees, mostly from Mexico and the United States, in a year "
           "when returns rose from 2018.\n", "90,000"),
])
def test_places_a_share_cue_opens_are_not_the_wholes(tmp_path, rules, language, text, words):
    found = article_claims(tmp_path, text, rules=rules, language=language)
    assert figure(found, words).subject == ("Honduras",)


@pytest.mark.parametrize("language, text, words", [
    ("es", "Guatemala, El Salvador y Honduras recibieron más deportados en 2018. El ONR guatemalteco registró 9.000 "
           "personas de los tres países en el primer semestre de 2018.\n", "9.000"),
    ("en", "Guatemala, El Salvador and Honduras took in more deportees in 2018. Zembla's agency counted 9,000 people "
           "from the three countries in the first half of 2018.\n", "9,000"),
])
def test_a_group_tied_to_the_figure_beats_the_body_that_counted(tmp_path, rules, language, text, words):
    found = article_claims(tmp_path, text, rules=rules, language=language)
    assert figure(found, words).subject == ("Northern Triangle",)


@pytest.mark.parametrize("text", [
    "Mexico has deported far more. It sent back 9,000 Central Americans in 2015.\n",
    "Mexico, facing sanctions, has stepped up enforcement. Its migration institute deported 9,000 Central Americans "
    "in 2015.\n",
])
def test_a_pronoun_opening_a_sentence_is_the_place_the_sentence_before_opened_on(tmp_path, rules, text):
    found = article_claims(tmp_path, text, "A year of removals", rules)
    assert {"Mexico", "Central America"} <= set(figure(found, "9,000").subject)


def test_a_pronoun_after_a_sentence_that_opened_on_no_place_stands_for_none(tmp_path, rules):
    found = article_claims(tmp_path, "The ministry in Mexico has published new figures. It said 9,000 Central "
                                     "Americans were sent back in 2015.\n", "A year of removals", rules)
    assert "Mexico" not in figure(found, "9,000").subject


def test_a_possessive_opening_a_spanish_sentence_is_the_deporting_state_too(tmp_path, rules):
    found = claims(tmp_path, "México ha deportado mucho más. Su instituto de migración deportó a 9.000 "
                             "centroamericanos en 2015.\n", rules)
    assert {"Mexico", "Central America"} <= set(figure(found, "9.000").subject)


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Honduras grew safer in 2019. The industrial city of San Pedro Sula saw the steepest fall. It had "
           "recorded 900 homicides in 2018.\n", "900"),
    ("es", "Honduras fue más segura en 2019. La ciudad industrial de San Pedro Sula vio la mayor caída. Había "
           "registrado 900 homicidios en 2018.\n", "900"),
])
def test_a_place_a_kind_of_place_names_at_a_sentences_opening_is_its_subject(tmp_path, rules, language, text, words):
    """"The industrial city of X saw ..." opens on X: X is in focus, and "It" after it stands for X,
    not for the country the article is about."""
    found = article_claims(tmp_path, text, "Honduras in 2019", rules, language=language)
    assert figure(found, words).subject == ("San Pedro Sula",)


@pytest.mark.parametrize("language, text, words, places", [
    ("es", "Estados Unidos, por su parte, deportó a 4.718 guatemaltecos en 2022.\n", "4.718",
     ("Guatemala", "United States")),
    ("en", "Mexico, for its part, deported 4,718 Guatemalans in 2022.\n", "4,718", ("Guatemala", "Mexico")),
])
def test_an_aside_between_the_deporting_state_and_its_verb(tmp_path, rules, language, text, words, places):
    found = article_claims(tmp_path, text, rules=rules, language=language)
    assert figure(found, words).subject == places


def test_two_states_deportations_of_one_people_are_not_compared(tmp_path):
    found = value_findings(tmp_path, "In 2022 the United States deported 4,718 Guatemalans.",
                           "Mexico, for its part, deported 2,621 Guatemalans in 2022.")
    assert not [f for f in found if f.kind in ("conflict", "drift")]
