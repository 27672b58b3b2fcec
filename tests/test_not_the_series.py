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
                                   "410,000 people, had the highest rate.\n", rules=rules)
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
