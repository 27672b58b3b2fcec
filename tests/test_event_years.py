"""Counts over the Nth year of a lasting measure ("in its first year", "durante el segundo año del
régimen") and since it began, told at a point ("last week, ... since the crackdown began")
(binding.event_years). Invented dates, figures and wording."""
from __future__ import annotations

import pytest

from tests.conftest import figure, one_article_claims, period


_EN = ("The state of emergency in Honduras, approved on May 3, 2019, has been renewed every month since.\n\n"
       "The government says the crackdown led to 41,000 arrests in its first year.\n\n"
       "Police made 23,500 arrests during the crackdown's second year.\n\n"
       "Last week, a rights group said 310 people had died in custody since the crackdown began.\n\n"
       "For the second year in a row, police arrested 900 people in Honduras.\n")

_ES = ("El Congreso de Honduras aprobó el estado de emergencia el 3 de mayo de 2019.\n\n"
       "Durante el primer año del estado de emergencia, la policía capturó a 41.000 personas.\n\n"
       "El gobierno sumó 23.500 detenciones en su segundo año, según el ministerio, que mantiene el estado de "
       "emergencia.\n\n"
       "La semana pasada, la policía informó de 52.000 detenciones desde que comenzó el estado de emergencia.\n\n"
       "Por segundo año consecutivo, la policía detuvo a 900 personas en Honduras.\n")


@pytest.mark.parametrize("language, text, first, second, since, row", [
    ("en", _EN, "41,000", "23,500", "310", "900"),
    ("es", _ES, "41.000", "23.500", "52.000", "900"),
])
def test_a_count_over_the_nth_year_of_a_measure_runs_over_that_year(tmp_path, language, text, first, second,
                                                                    since, row):
    found = one_article_claims(tmp_path, text, language=language, published="2021-06-20")
    assert period(found, first) == ("2019-05-03", "2020-05-03")
    assert period(found, second) == ("2020-05-03", "2021-05-03")
    assert period(found, since) == ("2019-05-03", "2021-06-13")  # up to the end of last week
    assert period(found, row)[0] is None  # a year in a row is no year of the measure


def test_a_year_not_yet_over_when_told_dates_nothing(tmp_path):
    found = one_article_claims(tmp_path, _EN, language="en", published="2020-11-20")
    assert period(found, "23,500")[0] is None


def test_a_span_over_a_year_of_the_measure_dates_its_start(tmp_path):
    text = ("Honduras has lived under an emergency regime, which suspends 6 rights, since the spring of 2019.\n\n"
            "A study of the regime's first year found 140 deaths in custody between May 3, 2019 and May 3, "
            "2020.\n\n"
            "Last week, the group said 290 people had died in custody since the regime began.\n")
    found = one_article_claims(tmp_path, text, language="en", published="2021-06-20")
    assert period(found, "290") == ("2019-05-03", "2021-06-13")


def test_since_a_measure_the_article_never_dates_dates_nothing_new(tmp_path):
    text = "Last week, a rights group said 310 people had died in custody since the crackdown began.\n"
    found = one_article_claims(tmp_path, text, language="en", published="2021-06-20")
    assert period(found, "310") == ("2021-06-07", "2021-06-13")


def test_since_the_start_counts_only_the_figure_before_it_in_its_clause(tmp_path):
    text = ("The state of emergency in Honduras was approved on May 3, 2019.\n\n"
            "Last week, police said 310 people had died in custody; 52,000 arrests had been made since the "
            "crackdown began.\n")
    found = one_article_claims(tmp_path, text, language="en", published="2021-06-20")
    assert period(found, "310") == ("2021-06-07", "2021-06-13")
    assert period(found, "52,000") == ("2019-05-03", "2021-06-13")


def test_the_year_of_a_measure_counts_from_its_day_not_a_year_that_also_dates_it(tmp_path):
    text = ("Rights groups have documented abuses since the crackdown began in 2019.\n\n"
            "Police put 41,000 suspects behind bars during its first year, the crackdown's own figures show.\n\n"
            "The state of emergency in Honduras was approved on May 3, 2019.\n")
    found = one_article_claims(tmp_path, text, language="en", published="2021-06-20")
    assert figure(found, "41,000").metric == "arrests"
    assert period(found, "41,000") == ("2019-05-03", "2020-05-03")


@pytest.mark.parametrize("sentence, metric", [
    ("In 2019, police in Honduras put 500 people behind bars.\n", "arrests"),
    ("In 2019, 700 people were put behind bars in Honduras.\n", "arrests"),
    ("About 2% of adults in Honduras, or roughly 100,000 people, are now behind bars.\n", None),
    ("In 2019 the ministry put 500 officers in the streets to keep gang leaders behind bars.\n", None),
])
def test_people_put_behind_bars_are_arrests_and_people_behind_bars_a_stock(tmp_path, sentence, metric):
    found = one_article_claims(tmp_path, sentence, language="en", published="2021-06-20")
    assert figure(found, "00").metric == metric


@pytest.mark.parametrize("language, text", [
    ("en", ("The state of emergency in Honduras was approved on May 3, 2019.\n\nThe crackdown led to 41,000 "
           "arrests in its first year in office, the minister said.\n")),
    ("es", ("El Congreso de Honduras aprobó el estado de emergencia el 3 de mayo de 2019.\n\nEl estado de "
           "emergencia sumó 41.000 detenciones en Honduras, según el ministro, en su primer año de gobierno.\n")),
])
def test_a_year_of_something_else_is_no_year_of_the_measure(tmp_path, language, text):
    found = one_article_claims(tmp_path, text, language=language, published="2021-06-20")
    assert period(found, "41")[0] is None
