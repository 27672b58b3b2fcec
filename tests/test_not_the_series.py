"""Figures near a count that are not figures of the series in focus: a population, a part of the
whole named back, a multiplier (binding/metric.py, focus.py). Every sentence here is invented for
these tests."""
from __future__ import annotations

from tests.conftest import figure
from tests.conftest import one_article_claims as claims
from tests.conftest import spanish_claims


def _metric(found, words: str) -> str | None:
    return figure(found, words).metric


# --- a population after a count is context, never the series in focus


def test_a_population_the_country_has_is_no_homicide_count(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 4,210 homicides in 2018. The country has about 3.1 million people.\n",
                   rules=rules)
    assert _metric(found, "4,210") == "homicides"
    assert _metric(found, "3.1 million") is None


def test_a_population_in_an_apposition_is_no_homicide_count(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 4,210 killings in 2018. Ostrava, a small mountain province of "
                             "410,000 inhabitants, had the highest rate.\n", rules=rules)
    assert _metric(found, "410,000") is None
    found = claims(tmp_path / "b", "Zembla recorded 4,210 killings in 2018. Ostrava, a mountain state of "
                                   "410,000 people where gangs fight, had the highest rate.\n", rules=rules)
    assert _metric(found, "410,000") is None


def test_people_killed_that_a_place_had_are_still_counted(tmp_path, rules):
    found = claims(tmp_path, "Zembla had 4,210 people killed in 2018.\n", rules=rules)
    assert _metric(found, "4,210") == "homicides"


def test_spanish_populations_are_no_homicide_count(tmp_path):
    found = spanish_claims(tmp_path, "Zembla registró 4.210 homicidios en 2018. El país tiene 3,1 millones de "
                                     "personas. Ostrava, un estado de 410.000 personas, tuvo la tasa más alta.\n")
    assert _metric(found, "4.210") == "homicides"
    assert _metric(found, "3,1 millones") is None
    assert _metric(found, "410.000") is None


# --- a part of the whole named back ("N of the victims") is no figure of the whole's series


def test_a_part_of_the_victims_is_no_homicide_total(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 12,300 killings in 2018. Children were 940 of the victims. Judges "
                             "classified only 310 of the year's cases as crimes of passion.\n", rules=rules)
    assert _metric(found, "12,300") == "homicides"
    assert _metric(found, "940") is None
    assert _metric(found, "310") is None


def test_a_subgroup_as_the_subject_of_a_copula_is_a_part(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 12,300 killings in 2018. Children were 940 of those killed.\n",
                   rules=rules)
    assert _metric(found, "940") is None


def test_spanish_a_part_of_the_victims_is_no_homicide_total(tmp_path):
    found = spanish_claims(tmp_path, "Zembla registró 12.300 homicidios en 2018. Los niños fueron 940 de las "
                                     "víctimas.\n")
    assert _metric(found, "12.300") == "homicides"
    assert _metric(found, "940") is None


# --- figures that are no yearly totals: a bare rate after its year, a per-day answer, massacre victims


def test_spanish_a_bare_rate_after_its_year_is_no_count(tmp_path):
    found = spanish_claims(tmp_path, "Los analistas dicen que los homicidios ya bajaban en Zembla y que la tasa de "
                                     "2017, de 51,3, fue anterior al plan.\n")
    assert _metric(found, "51,3") is None


def test_spanish_an_answer_to_a_question_per_day_is_per_day(tmp_path):
    found = spanish_claims(tmp_path, "**¿Cuántos asesinatos al día se cometen en Zembla?** Unos 6,4 en promedio este "
                                     "año, frente a casi 9 en 2017.\n")
    assert figure(found, "6,4").unit == "count / day"
    assert figure(found, "casi 9").unit == "count / day"


def test_the_victims_of_massacres_with_a_toll_are_no_homicide_total(tmp_path, rules):
    found = claims(tmp_path, "Police counted 5,120 murders in Zembla in 2017. A monitor also counted 48 massacres, "
                             "with a toll of 190 victims.\n", rules=rules)
    assert _metric(found, "5,120") == "homicides"
    assert _metric(found, "190") is None
    found = spanish_claims(tmp_path / "es", "En Zembla, 5.120 personas fueron asesinadas en 2017.\n\nEl observatorio "
                                            "contabilizó además 48 masacres, con un saldo de 190 víctimas.\n")
    assert _metric(found, "190") is None


# --- a multiplier is no count


def test_a_multiple_with_a_fraction_is_no_count(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 4,210 murders in 2018. By comparison, Ostrava, with a population more "
                             "than two and a half times Zembla's, recorded 1,250 murders that year.\n", rules=rules)
    assert _metric(found, "more than two") is None


def test_spanish_a_multiple_with_a_fraction_is_no_count(tmp_path):
    found = spanish_claims(tmp_path, "Zembla registró 4.210 homicidios en 2018, con una población dos y media veces "
                                     "la de Ostrava.\n")
    assert [c.metric for c in found if c.kind == "quantity" and c.value.point == 2] == [None]


# --- homicide victims name the homicides metric; femicides totaled are a part of it


def test_homicide_victims_are_homicides(tmp_path, rules):
    found = claims(tmp_path, "Zembla registered 5,300 victims of intentional homicide in 2018. Ostrava counted "
                             "2,100 homicide victims in 2018.\n", rules=rules)
    assert _metric(found, "5,300") == "homicides"
    assert _metric(found, "2,100") == "homicides"


def test_spanish_victims_of_intentional_homicide_are_homicides(tmp_path):
    found = spanish_claims(tmp_path, "Zembla registró 5.300 víctimas de homicidio doloso en 2018.\n")
    assert _metric(found, "5.300") == "homicides"


def test_femicides_totaled_and_the_figure_set_against_them_are_no_homicide_total(tmp_path, rules):
    found = claims(tmp_path, "Zembla had 5,300 homicides in 2018. Femicides totaled 410 last year, versus 380 "
                             "in 2017.\n", rules=rules)
    assert _metric(found, "410") is None
    assert _metric(found, "380") is None
    found = spanish_claims(tmp_path / "es", "Zembla tuvo 5.300 homicidios en 2018. Los feminicidios sumaron 410 ese "
                                            "año.\n")
    assert _metric(found, "410") is None


# --- nationals removed by an agency named by a pronoun


def test_nationals_it_removed_are_deportations(tmp_path, rules):
    found = claims(tmp_path, "The agency said it removed 31,000 Zemblan nationals in fiscal year 2014.\n", rules=rules)
    assert _metric(found, "31,000") == "deportations"


# --- a question of a year is no figure


def test_a_question_about_a_year_is_no_figure(tmp_path, rules):
    found = claims(tmp_path, "Zembla had 4,210 homicides in 2018.\n\nWhat about 2019?\n\nThe count fell.\n", rules=rules)
    assert [c.text for c in found if c.kind == "quantity"] == ["4,210 homicides"]
