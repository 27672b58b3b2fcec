"""A figure's period when the text looks back or compares (checker/binding/time_scope.py,
when_clause.py, period.py; timex context and scan): a year a "when" clause follows is a time and
dates that clause's figures; a look-back sets no new time in focus; a figure after a change's base
keeps the change's period; "del año anterior" moves the year in focus; a span "between" two full
dates is one range; "for more than a year before ..." is a duration; a "since" phrase's year dates
no figure outside it. Every sentence is written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.timex import Anchor
from checker.timex.scan import find_times
from tests.conftest import figure, period
from tests.conftest import one_article_claims as claims


def test_a_year_after_contrast_to_and_before_a_when_clause_is_a_time_that_dates_the_clause(tmp_path, rules):
    found = claims(tmp_path, "Zembla closed 2019 with 1,300 homicides.\n\n"
                             "That stands in sharp contrast to 2014, when the police counted 5,400 killings. "
                             "That year the murder rate reached 61 per 100,000.\n", rules=rules, published="2020-01-10")
    assert not [c for c in found if c.kind == "quantity" and c.text.strip() == "2014"]
    assert period(found, "5,400") == ("2014-01-01", "2014-12-31")
    assert period(found, "61 per") == ("2014-01-01", "2014-12-31")


def test_a_figure_in_the_when_clause_of_a_year_takes_it_not_a_later_span(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 900 murders in 2019. Its record of 2013, when the rate hit 87 per "
                             "100,000, remains the highest in the region this century.\n",
                   rules=rules, published="2020-01-10")
    assert period(found, "87 per") == ("2013-01-01", "2013-12-31")


def test_a_look_back_sentence_sets_no_time_in_focus_for_the_next_paragraph(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 1,150 murders in 2019, the police said. That is half the peak of 2011, "
                             "when 2,300 murders were recorded.\n\n"
                             "Its capital, the largest city, had 400 murders.\n", rules=rules, published="2020-01-10")
    assert period(found, "2,300") == ("2011-01-01", "2011-12-31")
    assert period(found, "400") == ("2019-01-01", "2019-12-31")


def test_a_figure_after_the_base_of_a_change_keeps_the_changes_period(tmp_path, rules):
    found = claims(tmp_path, "Zembla's murder rate fell to 40 per 100,000 in 2019, from 52 the year before, with "
                             "1,900 killings in all.\n", rules=rules, published="2020-01-10")
    assert period(found, "52") == ("2018-01-01", "2018-12-31")
    assert period(found, "1,900") == ("2019-01-01", "2019-12-31")


def test_spanish_a_comparison_with_the_same_weeks_of_last_year_is_the_base_not_the_figures_time(tmp_path, rules):
    found = claims(tmp_path, "En el primer bimestre de 2019, Zembla expulsó a 3.100 migrantes, casi el triple que "
                             "en las mismas semanas del año pasado.\n", rules=rules, language="es",
                   published="2019-03-20")
    assert period(found, "3.100")[0][:4] == "2019"


def test_spanish_del_ano_anterior_is_the_year_before_the_year_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla cerró 2018 con 900 homicidios. La cifra supera el balance del año anterior, "
                             "cuando se registraron 700.\n", rules=rules, language="es", published="2019-01-08")
    assert period(found, "700") == ("2017-01-01", "2017-12-31")


def test_a_span_between_two_full_dates_with_a_comma_after_the_first_year_is_one_range():
    [mention] = find_times("Between Oct. 1, 2017, and Sept. 30, 2018, agents caught 50,000 people.",
                           Anchor(dt.date(2018, 11, 2), "day"))
    assert (mention.scope.start, mention.scope.end) == ("2017-10-01", "2018-09-30")


def test_for_more_than_a_year_before_a_clause_is_a_duration_not_a_date():
    anchor = Anchor(dt.date(2018, 11, 2), "day")
    assert find_times("The pact cut killings by half for more than a year before it broke down.", anchor) == []
    assert find_times("El pacto redujo los homicidios durante más de un año antes de que se rompiera.",
                      anchor, "es") == []


def test_a_year_in_a_since_phrase_dates_no_figure_outside_it(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 4,000 homicides in 2016.\n\n"
                             "July was the deadliest month since the end of the war in 1994: 600 people were killed "
                             "in the month.\n", rules=rules, published="2017-01-10")
    assert period(found, "600") == ("2016-07-01", "2016-07-31")
    assert figure(found, "4,000").time.start == "2016-01-01"


def test_spanish_a_base_year_after_a_saying_day_is_the_year_before_the_figures(tmp_path, rules):
    found = claims(tmp_path, "Zembla recibió 8.300 retornados en 2018, según cifras oficiales divulgadas este martes, "
                             "un alza del 20 % respecto del año anterior, cuando llegaron 6.900.\n",
                   rules=rules, language="es", published="2019-01-10")
    assert period(found, "6.900") == ("2017-01-01", "2017-12-31")
    assert period(found, "20 %") == ("2018-01-01", "2018-12-31")


def test_an_events_time_is_not_one_after_a_later_clause_opened_by_before(tmp_path, rules):
    found = claims(tmp_path, "The two gangs agreed a truce in June 2015. That truce, brokered by a priest, kept "
                             "killings low for more than a year before it broke down in 2017.\n",
                   rules=rules, published="2019-05-02")
    reached = [c for c in found if c.kind == "event" and c.metric == "truce_reached"]
    assert reached and all((c.time.start or "")[:4] == "2015" for c in reached)


def test_a_figure_counted_since_an_event_runs_from_the_day_that_dates_the_event(tmp_path, rules):
    found = claims(tmp_path, "Officials said 12,400 people have been arrested since the decree took effect on "
                             "April 3.\n", rules=rules, published="2021-05-20")
    assert period(found, "12,400") == ("2021-04-03", "2021-05-20")


def test_spanish_a_figure_counted_since_an_event_dated_in_its_relative_clause_runs_from_that_day(tmp_path, rules):
    found = claims(tmp_path, "La policía informó que 8.150 personas han sido detenidas desde la entrada en vigor de "
                             "la medida, que el Congreso aprobó el 3 de abril.\n", rules=rules, language="es",
                   published="2021-05-20")
    assert period(found, "8.150") == ("2021-04-03", "2021-05-20")


def test_spanish_a_figure_after_the_base_of_a_change_keeps_the_changes_period(tmp_path, rules):
    found = claims(tmp_path, "La tasa de homicidios de Zembla bajó a 40 por cada 100.000 habitantes en 2019, desde "
                             "52 el año anterior, con 1.900 asesinatos en total.\n", rules=rules, language="es",
                   published="2020-01-10")
    assert period(found, "1.900") == ("2019-01-01", "2019-12-31")


def test_a_shifted_year_past_other_figures_does_not_date_a_figure_before_them(tmp_path, rules):
    found = claims(tmp_path, "Zembla closed 2018 with 3,000 homicides.\n\n"
                             "That equals a rate of 53 per 100,000 for a nation of roughly 6 million people, and "
                             "exceeds by more than 800 killings the tally of the year before, when 2,150 were "
                             "counted.\n", rules=rules, published="2019-01-10")
    assert period(found, "53 per") == ("2018-01-01", "2018-12-31")
    assert period(found, "2,150") == ("2017-01-01", "2017-12-31")


def test_closing_the_year_in_the_first_days_of_the_next_is_the_year_just_closed(tmp_path, rules):
    """"closed the year" after a time in focus of the new year's first days is the year before it:
    the new one has barely begun (period.last_ended); "the year before" then moves from there."""
    found = claims(tmp_path, "In the first five days of 2021, 30 people were killed in Zembla.\n\n"
                             "Ruritania closed the year with a rate of 38.6 per 100,000, down from 43.2 the year "
                             "before.\n", rules=rules, published="2021-01-06")
    assert period(found, "38.6") == ("2020-01-01", "2020-12-31")
    assert period(found, "43.2") == ("2019-01-01", "2019-12-31")


def test_spanish_closing_the_year_in_the_first_days_of_the_next_is_the_year_just_closed(tmp_path, rules):
    found = claims(tmp_path, "En los primeros cinco días de 2021 murieron 30 personas en Zembla.\n\n"
                             "Ruritania cerró el año con una tasa de 38,6 homicidios por cada 100.000 residentes, "
                             "frente a 43,2 del año anterior.\n", rules=rules, published="2021-01-06", language="es")
    assert period(found, "38,6") == ("2020-01-01", "2020-12-31")
    assert period(found, "43,2") == ("2019-01-01", "2019-12-31")


def test_closing_the_year_late_in_it_is_that_years_projection(tmp_path, rules):
    found = claims(tmp_path, "In the first eight months of 2019, Zembla counted 1,700 homicides. It is on pace to "
                             "close the year at 38 murders per 100,000.\n", rules=rules, published="2019-10-10")
    assert period(found, "38 murders")[:2] == ("2019-01-01", "2019-12-31")


def test_a_ratio_of_a_years_figure_takes_its_base_no_time_in_focus(tmp_path, rules):
    """"roughly half of 2014's 2,600": the year owns the base value; neither it nor the ratio sets
    the time in focus, so the next sentence's undated rates keep the sentence's own year."""
    found = claims(tmp_path, "In 2019 Belize recorded 1,240 homicides, a rate of 31 per 100,000, roughly half of "
                             "2014's 2,500. Panama's rate fell to 37 and Guyana's to 19.6, according to officials.\n",
                   rules=rules, published="2020-03-02")
    assert period(found, "2,500") == ("2014-01-01", "2014-12-31")
    assert period(found, "roughly half") == ("2019-01-01", "2019-12-31")
    assert period(found, "19.6") == ("2019-01-01", "2019-12-31")


@pytest.mark.parametrize("text, language, words", [
    ("Zembla saw fewer killings in 2020. Police recorded 2,630 homicides during the year, the report released on "
     "Wednesday said.\n\nThe drop stands out against the 3,040 homicides of the previous year.", "en", ("2,630", "3,040")),
    ("Zembla vio menos asesinatos en 2020. La policía registró 2.630 homicidios durante el año, según el informe que "
     "divulgó el miércoles.\n\nLa caída resalta frente a los 3.040 homicidios del año previo.", "es", ("2.630", "3.040")),
])
def test_during_the_year_is_the_year_in_focus_not_the_day_of_the_report(tmp_path, rules, text, language, words):
    found = claims(tmp_path, text + "\n", rules=rules, published="2021-01-08", language=language)
    assert period(found, words[0]) == ("2020-01-01", "2020-12-31")
    assert period(found, words[1]) == ("2019-01-01", "2019-12-31")


@pytest.mark.parametrize("text, language, words", [
    ("Police recorded 2,630 homicides in 2020.\n\nThe drop stands out against the 3,040 homicides of the previous "
     "year. The observatory, which recomputes rates with the census of 2018 (some 13.9 million people), put the rate "
     "for the previous year at 27.9 per 100,000.", "en", "27.9"),
    ("La policía registró 2.630 homicidios en 2020.\n\nLa caída resalta frente a los 3.040 homicidios del año previo. "
     "El observatorio, que recalcula las tasas con el censo de 2018 —unos 13,9 millones de habitantes—, calculó para "
     "el año previo una tasa de 27,9 por cada 100.000 habitantes.", "es", "27,9"),
])
def test_a_census_year_and_a_figure_in_parentheses_set_no_time_in_focus(tmp_path, rules, text, language, words):
    found = claims(tmp_path, text + "\n", rules=rules, published="2021-01-08", language=language)
    assert period(found, words) == ("2019-01-01", "2019-12-31")
