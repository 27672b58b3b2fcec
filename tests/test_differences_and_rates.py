"""What a figure counts when it is a difference, the gap between two accounts, a rate written
with the metric's noun or a per-unit average (binding/difference.py, rate_of.py, metric.py; the
packs' `differences`). Every sentence here is invented for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, spanish_claims
from tests.conftest import one_article_claims as claims


def _read(found, words: str) -> tuple:
    claim = figure(found, words)
    return claim.metric, claim.change


# --- a difference is no count: the size of a change, the gap between two accounts


@pytest.mark.parametrize("size", ["was just", "amounted to"])
def test_the_size_a_change_noun_is_given_is_a_difference(tmp_path, rules, size):
    found = claims(tmp_path, "Honduras recorded 410 murders in March 2021. Over the quarter the decline in murders "
                             f"{size} 44 compared with 2020.\n", rules=rules)
    assert _read(found, "410") == ("homicides", None)
    assert figure(found, "44").change == "down"


def test_spanish_the_size_a_change_noun_is_given_is_a_difference(tmp_path):
    found = spanish_claims(tmp_path, "Honduras registró 410 homicidios en marzo de 2021. En el trimestre el aumento fue "
                                     "de apenas 44 casos respecto de 2020.\n")
    assert _read(found, "410") == ("homicides", None)
    assert figure(found, "44").change == "up"


def test_a_gap_between_two_sources_counts_neither(tmp_path, rules):
    found = claims(tmp_path, "The morgue counted 5,120 violent deaths in Honduras in 2021. The gap between the two "
                             "tallies, of nearly 900 cases, has not narrowed.\n", rules=rules)
    assert _read(found, "5,120") == ("homicides", None)
    assert figure(found, "900").metric is None


def test_spanish_a_gap_between_two_sources_counts_neither(tmp_path):
    found = spanish_claims(tmp_path, "La morgue contó 5.120 muertes violentas en Honduras en 2021. La brecha entre los "
                                     "dos registros, de casi 900 casos, no se ha cerrado.\n")
    assert _read(found, "5.120") == ("homicides", None)
    assert figure(found, "900").metric is None


def test_spanish_a_figure_above_another_account_is_the_gap_between_accounts(tmp_path):
    found = spanish_claims(tmp_path, "La morgue contó 5.120 muertes violentas en Honduras en 2021, unas 900 por encima "
                                     "del registro oficial.\n")
    assert _read(found, "5.120") == ("homicides", None)
    assert figure(found, "900").metric is None


def test_a_figure_above_the_police_tally_is_the_gap_between_accounts(tmp_path, rules):
    found = claims(tmp_path, "The morgue counted 5,120 violent deaths in Honduras in 2021, some 900 above the police "
                             "tally.\n", rules=rules)
    assert _read(found, "5,120") == ("homicides", None)
    assert figure(found, "900").metric is None


def test_a_change_size_takes_no_metric_from_the_series_in_focus(tmp_path, rules):
    # the series in focus is a change over another base: the size names nothing it could be compared with
    found = claims(tmp_path, "Honduras recorded 410 murders in March 2021, 30 fewer than in February. Still, the "
                             "reduction was only 12 cases against March 2020.\n", rules=rules)
    assert _read(found, "30") == ("homicides", "down")
    assert _read(found, "12") == (None, "down")


# --- a rate written with the metric's noun, or with a rate word before its verb, is the rate


def _rate(found, words: str) -> tuple:
    claim = figure(found, words)
    return claim.metric, claim.unit


def test_spanish_a_rate_per_a_round_base_after_por_is_a_rate(tmp_path):
    found = spanish_claims(tmp_path, "Nicaragua terminó 2019 con una tasa de 41,3 homicidios por 100.000 habitantes. "
                                     "En 2016 había registrado 2.870 homicidios, 46,2 por 100.000.\n")
    assert _rate(found, "41,3") == ("homicide_rate", "per 100000")
    assert _rate(found, "46,2") == ("homicide_rate", "per 100000")
    assert not [c for c in found if c.value is not None and c.value.point == 100000]  # the base is no count


def test_spanish_por_before_a_price_or_a_year_opens_no_rate(tmp_path):
    found = spanish_claims(tmp_path, "La policía decomisó 40 fusiles por 1.000 dólares cada uno. Las tasas de "
                                     "homicidios de 2019 por 100.000 habitantes bajaron.\n")
    assert figure(found, "40").unit == "count"
    assert all(c.unit != "per 100000" for c in found)


def test_a_rate_word_and_its_verb_make_a_bare_figure_the_rate(tmp_path, rules):
    found = claims(tmp_path, "Nicaragua recorded 61 homicides in 2021, a rate of 0.9 per 100,000, police said, "
                             "down from 480 in 2018, when the rate was 12.4.\n", rules=rules)
    assert _rate(found, "12.4") == ("homicide_rate", "per 100000")
    assert _rate(found, "61") == ("homicides", "count")


def test_spanish_a_rate_word_and_its_verb_make_a_bare_figure_the_rate(tmp_path):
    found = spanish_claims(tmp_path, "En 2016, las tasas de homicidio por 100.000 residentes bajaron en la región, "
                                     "y en Nicaragua la tasa era de 7,4.\n")
    assert _rate(found, "7,4") == ("homicide_rate", "per 100000")


def test_a_rate_past_its_own_aside_is_the_rate_the_verb_reached(tmp_path, rules):
    found = claims(tmp_path, "Nicaragua's murder rate, 96 per 100,000 in 2016, fell to 6.2 last year, the "
                             "government says, after more than 30,000 gang members were arrested.\n", rules=rules)
    assert _rate(found, "6.2") == ("homicide_rate", "per 100000")
    assert figure(found, "30,000").metric == "arrests"


# --- an average per flight, bus or raid is no count of the metric in focus


@pytest.mark.parametrize("average", ["Each flight carries, on average, 95 people.",
                                     "Each bus brings between 40 and 55 people.",
                                     "Every flight lands with about 95 people on board."])
def test_an_average_per_item_after_a_count_is_no_count(tmp_path, rules, average):
    found = claims(tmp_path, f"In 2022, 41,300 Hondurans were deported from Mexico. {average}\n", rules=rules)
    assert figure(found, "41,300").metric == "deportations"
    assert all(c.metric is None for c in found if c.value is not None and c.value.point is not None
               and c.value.point < 100)


@pytest.mark.parametrize("average", ["Cada vuelo trae, en promedio, 95 personas.",
                                     "Cada autobús llega con entre 40 y 55 personas.",
                                     "Llegan unas 95 personas por vuelo."])
def test_spanish_an_average_per_item_after_a_count_is_no_count(tmp_path, average):
    found = spanish_claims(tmp_path, f"En 2022 llegaron 41.300 hondureños deportados desde México. {average}\n")
    assert figure(found, "41.300").metric == "deportations"
    assert all(c.metric is None for c in found if c.value is not None and c.value.point is not None
               and c.value.point < 100)


def test_a_count_shared_out_each_is_no_count(tmp_path, rules):
    found = claims(tmp_path, "In 2022, 41,300 Hondurans were deported from Mexico. The buses, three a day, arrive "
                             "with 40 to 55 people each.\n", rules=rules)
    assert figure(found, "40").metric is None
    spanish = spanish_claims(tmp_path / "es", "En 2022 llegaron 41.300 hondureños deportados desde México. Los "
                                              "autobuses, tres por día, llegan con entre 40 y 55 personas cada uno.\n")
    assert figure(spanish, "40").metric is None


def test_spanish_a_diferencia_de_is_no_gap(tmp_path):
    found = spanish_claims(tmp_path, "A diferencia de los 610 homicidios de 2018, Nicaragua registró 480 en 2019.\n")
    assert figure(found, "610").metric == "homicides"


def test_spanish_a_level_below_another_figure_is_no_difference(tmp_path):
    found = spanish_claims(tmp_path, "Nicaragua cerró 2021 con 610 homicidios y una tasa de 9,1 por debajo del 9,8 "
                                     "de 2020.\n")
    assert (figure(found, "9,1").metric, figure(found, "9,1").change) == ("homicide_rate", None)


# --- a rate that names no metric, after the count it is the rate of in the sentence before


@pytest.mark.parametrize(("rate", "metric"), [
    ("The national rate fell to 14.6 per 100,000 inhabitants.", "homicide_rate"),
    ("The rate fell to 14.6 per 100,000 inhabitants.", "homicide_rate"),
    ("The incarceration rate fell to 14.6 per 100,000 inhabitants.", None),  # another rate
    ("Robberies rose to 14.6 per 100,000 inhabitants.", None),  # no rate word governs it
])
def test_a_rate_in_focus_is_the_rate_of_the_count_the_sentence_before_states(tmp_path, rules, rate, metric):
    found = claims(tmp_path, f"Ruritania recorded 1,210 homicides in 2017, the ministry said. {rate}\n", rules=rules)
    assert figure(found, "14.6").metric == metric
    if metric:
        assert figure(found, "14.6").time.start == "2017-01-01"


def test_a_rate_is_not_the_rate_of_a_count_in_the_paragraph_before(tmp_path, rules):
    found = claims(tmp_path, "Ruritania recorded 1,210 homicides in 2017.\n\nThe rate fell to 14.6 per 100,000.\n",
                   rules=rules)
    assert figure(found, "14.6").metric is None


def test_spanish_a_figure_more_than_another_account_takes_no_metric_from_the_series(tmp_path):
    # the figure names no metric of its own: the series in focus would give it one, but its base is an account
    found = spanish_claims(tmp_path, "La policía contó 4.310 homicidios en 2015. El instituto forense tiene otra cuenta "
                                     "para el mismo año: 5.260 muertes violentas, casi mil más que la Policía.\n")
    assert _read(found, "5.260") == ("homicides", None)
    assert figure(found, "casi mil").metric is None
