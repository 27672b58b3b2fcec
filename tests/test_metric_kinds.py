"""What a figure counts when its sentence names a neighbouring quantity: money paid out beside money
appropriated or requested, people held or room built beside arrests, victims of one occupation beside
all victims, people released beside people arrested, another kind of rate or a standard's threshold
beside the rate in focus, deaths in a named country's prisons. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


def test_money_disbursed_is_its_own_quantity_not_the_appropriation(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nOnly $40 million of the money lawmakers appropriated for Chile in fiscal "
                             "2017 had been disbursed by May.\n", rules=rules)
    assert figure(found, "$40 million").metric == "aid_disbursed"


@pytest.mark.parametrize(("language", "text", "approved", "frozen"), [
    ("en", "Aid news\n\nCongress approved $600 million for Chile in fiscal 2018. In March the administration froze "
           "roughly $250 million in fiscal 2018 funds and cast doubt on future assistance.\n", "$600 million", "$250 million"),
    ("es", "Ayuda\n\nEl Congreso aprobó 600 millones de dólares para Chile en 2018. En marzo el Gobierno congeló "
           "unos 250 millones de dólares de esos fondos.\n", "600 millones de dólares", "250 millones"),
])
def test_money_frozen_is_no_appropriation(tmp_path, rules, language, text, approved, frozen):
    """Money frozen or withheld is part of what was approved, another quantity: no aid metric."""
    found = claims(tmp_path, text, rules=rules, language=language)
    assert figure(found, approved).metric == "security_aid"
    assert figure(found, frozen).metric is None


def test_money_disbursed_is_its_own_quantity_in_spanish(tmp_path, rules):
    found = claims(tmp_path, "Ayuda\n\nEl Congreso aprobó 300 millones de dólares para Chile en 2017, pero solo se "
                             "han desembolsado 45 millones.\n", rules=rules, language="es")
    assert figure(found, "300 millones de dólares").metric == "security_aid"
    assert figure(found, "45 millones").metric == "aid_disbursed"


def test_a_veto_past_the_next_figure_is_that_figures(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nOf the $500 million that lawmakers appropriated for Chile in fiscal 2017, "
                             "only $40 million had been disbursed when the freeze began.\n", rules=rules)
    assert figure(found, "$500 million").metric == "security_aid"
    assert figure(found, "$40 million").metric == "aid_disbursed"


def test_a_request_in_a_trailing_comparison_leaves_the_appropriation_alone(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nLawmakers appropriated $420 million for Chile in fiscal 2017, less than "
                             "the $600 million the ministry had requested.\n", rules=rules)
    assert figure(found, "$420 million").metric == "security_aid"
    assert figure(found, "$600 million").metric == "aid_request"


def test_the_base_of_a_comparison_counts_what_the_figure_before_it_counts(tmp_path, rules):
    found = claims(tmp_path, "Army news\n\nThe paper counts 12 members of the armed forces killed in 2019 in Chile, "
                             "against 20 during all of 2018.\n", rules=rules)
    assert figure(found, "20").metric is None  # soldiers, as the 12 are: no police deaths


def test_people_held_at_a_moment_are_no_flow(tmp_path, rules):
    found = claims(tmp_path, "Border news\n\nIn May 2019, shelters in the United States held more than 9,000 "
                             "unaccompanied children.\n", rules=rules)
    assert figure(found, "9,000").metric is None


def test_a_capacity_beside_arrests_counts_no_arrests(tmp_path, rules):
    found = claims(tmp_path, "Crackdown\n\nPolice in Chile arrested 9,400 people. The arrests have strained a jail "
                             "system that held about 14,000 inmates in facilities built for 8,000.\n", rules=rules)
    assert figure(found, "9,400 people").metric == "arrests"
    assert figure(found, "8,000").metric is None
    assert figure(found, "14,000").metric is None


def test_people_held_in_spanish_take_no_series_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Cárceles\n\nAl menos 15 muertes bajo custodia se registraron en Chile desde marzo. El "
                             "sistema, diseñado para unas 8.000 personas, albergaba ya antes de la crisis a más de "
                             "14.000 reos.\n", rules=rules, language="es")
    assert figure(found, "8.000").metric is None
    assert figure(found, "14.000").metric is None


def test_victims_of_an_occupation_are_a_subgroup_of_homicides(tmp_path, rules):
    found = claims(tmp_path, "Violence\n\nChile recorded 3,100 homicides in 2019. More than 60 bus and taxi drivers "
                             "were killed during the year, and at least 15 fare collectors were killed.\n", rules=rules)
    assert figure(found, "3,100 homicides").metric == "homicides"
    assert figure(found, "60 bus").metric is None
    assert figure(found, "15 fare").metric is None


def test_victims_of_an_occupation_are_a_subgroup_in_spanish(tmp_path, rules):
    found = claims(tmp_path, "Violencia\n\nChile registró 3.100 homicidios en 2019. Más de 60 motoristas fueron "
                             "asesinados durante el año.\n", rules=rules, language="es")
    assert figure(found, "60 motoristas").metric is None


def test_people_released_are_no_arrests(tmp_path, rules):
    found = claims(tmp_path, "Crackdown\n\nPolice in Chile have arrested 9,400 people since May. Of those arrested, "
                             "about 1,200 have since been released.\n", rules=rules)
    assert figure(found, "1,200").metric is None


def test_minors_in_a_crime_story_are_no_unaccompanied_minors(tmp_path, rules):
    found = claims(tmp_path, "Crackdown\n\nPolice in Chile have arrested 9,400 people. Among them are 300 minors. "
                             "More than 500 minors have passed through juvenile centres.\n", rules=rules)
    assert figure(found, "300 minors").metric is None
    assert figure(found, "500 minors").metric is None


def test_minors_caught_at_a_border_are_unaccompanied_minors(tmp_path, rules):
    found = claims(tmp_path, "Border news\n\nAgents caught 4,000 unaccompanied children in May 2019. In June they "
                             "caught 3,500 minors at the border.\n", rules=rules)
    assert figure(found, "3,500 minors").metric == "unaccompanied_minors"


def test_unaccompanied_deportees_are_a_subgroup_of_deportations(tmp_path, rules):
    found = claims(tmp_path, "Deportaciones\n\nChile recibió 20.000 deportados en 2019. Entre los retornados figuran "
                             "1.500 menores de edad, 700 de ellos no acompañados.\n", rules=rules, language="es")
    assert figure(found, "700").metric is None


def test_another_kind_of_rate_takes_no_rate_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Violence\n\nBy 2019, Chile's murder rate had reached 40 per 100,000. Chile now has a "
                             "high incarceration rate, at roughly 900 per 100,000 residents.\n", rules=rules)
    assert figure(found, "40 per 100,000").metric == "homicide_rate"
    assert figure(found, "900 per 100,000").metric is None


def test_another_kind_of_rate_takes_no_rate_in_focus_in_spanish(tmp_path, rules):
    found = claims(tmp_path, "Violencia\n\nEn 2019 la tasa de homicidios de Chile llegó a 40 por cada 100.000 "
                             "habitantes. El país tiene ahora una tasa de encarcelamiento alta, con unos 900 por cada "
                             "100.000 habitantes.\n", rules=rules, language="es")
    assert figure(found, "900 por cada").metric is None


def test_a_threshold_set_before_its_figure_takes_no_rate_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Violence\n\nIn 2019, Chile's murder rate reached 36 per 100,000. The agency regards a "
                             "rate above 12 per 100,000 as epidemic.\n", rules=rules)
    assert figure(found, "12 per 100,000").metric is None


def test_a_threshold_set_before_its_figure_in_spanish(tmp_path, rules):
    found = claims(tmp_path, "Violencia\n\nEn 2019 la tasa de homicidios de Chile llegó a 36 por cada 100.000 "
                             "habitantes. La agencia considera epidémica una tasa superior a 12 por cada 100.000.\n",
                   rules=rules, language="es")
    assert figure(found, "12 por cada").metric is None


def test_deaths_in_a_named_countrys_prisons_are_deaths_in_custody(tmp_path, rules):
    found = claims(tmp_path, "Prisons\n\nAt least 80 people have died in Chilean prisons since May.\n", rules=rules)
    assert figure(found, "80 people").metric == "deaths_in_custody"


def test_deaths_in_a_named_countrys_prisons_in_spanish(tmp_path, rules):
    found = claims(tmp_path, "Cárceles\n\nAl menos 80 personas han muerto en cárceles chilenas desde mayo.\n",
                   rules=rules, language="es")
    assert figure(found, "80 personas").metric == "deaths_in_custody"


def test_deportees_arrested_after_their_return_are_no_deportations(tmp_path, rules):
    found = claims(tmp_path, "Deportaciones\n\nEn 2019 fueron deportados 9.000 chilenos, aunque la Fiscalía reconoce "
                             "que 140 retornados fueron capturados desde abril.\n", rules=rules, language="es")
    assert figure(found, "9.000").metric == "deportations"
    assert figure(found, "140 retornados").metric is None


def test_deportees_arrested_after_their_return_in_english(tmp_path, rules):
    found = claims(tmp_path, "Deportations\n\nChile deported 9,000 people in May, and 40 deportees were arrested "
                             "on arrival.\n", rules=rules)
    assert figure(found, "40 deportees").metric is None


def test_the_people_a_prison_service_has_in_custody_are_a_population(tmp_path, rules):
    found = claims(tmp_path, "En 2021 murieron 36 reos en las cárceles de Zembla, según el sistema penitenciario, que al "
                             "cierre del año custodiaba a 17.260 personas.\n", rules=rules, language="es")
    assert figure(found, "17.260").metric is None


@pytest.mark.parametrize("text, language, words", [
    ("In all, 36 inmates died in 2021, the prison service said.", "en", "36"),
    ("En total, 36 privados de libertad murieron en 2021, según el sistema penitenciario.", "es", "36"),
    ("La procuraduría contó 71 fallecimientos de reos en 2021.", "es", "71"),
])
def test_inmates_who_died_are_deaths_in_custody(tmp_path, rules, text, language, words):
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), words).metric == "deaths_in_custody"
