"""What a figure counts when its own words name no metric: a figure that says what other counted
things have ("88 massacres, with 390 victims") or a population in an aside ("Zembla, with about
9 million people, ...") never takes the series in focus."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Zembla recorded 3,470 homicides in 2023, police said.\n\nPolice also counted 88 massacres in 2023, "
           "with 390 victims.\n", "390"),
    ("es", "Zembla registró 3.470 homicidios en 2023, según la policía.\n\nLa policía contó además 88 masacres "
           "en 2023, con 390 víctimas.\n", "390"),
    ("en", "Zembla recorded 1,640 homicides in the first half, police said. Massacres, which the police count apart, "
           "numbered 23 in the first six months, down from 31 a year earlier.\n", "31"),
    ("en", "Ruritania reported 131 homicides in 2024. Zembla, with about 9 million people, remains the most "
           "violent.\n", "million"),
    ("es", "Ruritania reportó 131 homicidios en 2024. Zembla, con unos 9 millones de personas, sigue siendo el "
           "más violento.\n", "millones"),
])
def test_what_other_things_have_or_a_population_takes_no_series(tmp_path, rules, language, text, words):
    assert figure(claims(tmp_path, text, rules=rules, language=language), words).metric is None


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Zembla recorded 3,470 homicides in 2023, with 390 in the capital.\n"),
    ("es", "Zembla cerró 2023 con 3.470 homicidios, con 390 en la capital.\n"),
])
def test_a_part_of_the_series_itself_keeps_it(tmp_path, rules, language, text):
    assert figure(claims(tmp_path, text, rules=rules, language=language), "390").metric == "homicides"


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "The crackdown in Zembla turned three on Thursday, with some 41,500 people detained.\n", "41,500"),
    ("es", "El régimen de Zembla cumplió tres años el jueves, con unas 41.500 personas detenidas.\n", "41.500"),
    ("en", "Zembla, with some 41,500 people detained, has the region's largest prison population.\n", "41,500"),
])
def test_people_an_aside_says_were_counted_are_no_population(tmp_path, rules, language, text, words):
    assert figure(claims(tmp_path, text, rules=rules, language=language), words).metric == "arrests"
