"""Periods that slipped to another time (checker/binding, timex): a month that is its sentence's
subject, "that same year" after a year of its own sentence, a total restated without its date, a
look back across the new year, a past-tense month. Every sentence here is written for these tests."""
from __future__ import annotations

from tests.conftest import language_claims, period
from tests.conftest import one_article_claims as claims


def test_a_month_named_as_the_subject_with_alone_is_its_own_period(tmp_path, rules):
    found = claims(tmp_path, "Guards turned back 48,210 migrants at the Ruritanian border between Oct. 1 and "
                             "April 30. March alone brought 7,045 migrants crossing at night. That month guards "
                             "also held 2,260 smugglers.\n", rules=rules, published="2019-05-20")
    assert period(found, "48,210") == ("2018-10-01", "2019-04-30")
    assert period(found, "7,045") == ("2019-03-01", "2019-03-31")
    assert period(found, "2,260") == ("2019-03-01", "2019-03-31")


def test_a_spanish_month_named_as_the_subject_with_solo_is_its_own_period(tmp_path, rules):
    found = language_claims(tmp_path, "La policía de Ruritania contó 1.890 homicidios entre enero y abril. "
                                      "Marzo por sí solo sumó 512 homicidios.\n", "es", published="2019-05-20")
    assert period(found, "1.890") == ("2019-01-01", "2019-04-30")
    assert period(found, "512") == ("2019-03-01", "2019-03-31")


def test_that_same_year_is_the_year_its_own_sentence_named_before_it(tmp_path, rules):
    found = claims(tmp_path, "In 2017 Ruritania received 70,300 deportees.\n\n"
                             "Zembla deported 12,400 Ruritanians in 2021, fewer than the 15,800 Osterlanders it "
                             "deported the same year.\n", rules=rules, published="2022-02-10")
    assert period(found, "70,300") == ("2017-01-01", "2017-12-31")
    assert period(found, "15,800") == ("2021-01-01", "2021-12-31")


def test_ese_mismo_anio_is_the_year_its_own_sentence_named_before_it(tmp_path, rules):
    found = language_claims(tmp_path, "En 2017 Ruritania recibió 70.300 deportados.\n\n"
                                      "Zembla deportó a 12.400 ruritanos en 2021, menos que los 15.800 osterlandeses "
                                      "que devolvió ese mismo año.\n", "es", published="2022-02-10")
    assert period(found, "70.300") == ("2017-01-01", "2017-12-31")
    assert period(found, "15.800") == ("2021-01-01", "2021-12-31")


def test_a_round_total_named_again_after_a_partitive_keeps_its_own_period(tmp_path, rules):
    found = claims(tmp_path, "Ruritanian police reported 2,310 homicides between January and June.\n\n"
                             "June closed with 402 homicides.\n\n"
                             "A third of the 2,310 homicides took place in the capital.\n",
                   rules=rules, published="2024-07-10")
    [first, again] = [c for c in found if c.kind == "quantity" and "2,310" in c.text]
    assert period(found, "402") == ("2024-06-01", "2024-06-30")
    assert (again.time.start, again.time.end) == (first.time.start, first.time.end) == ("2024-01-01", "2024-06-30")


def test_a_spanish_round_total_named_again_after_a_partitive_keeps_its_own_period(tmp_path, rules):
    found = language_claims(tmp_path, "La policía de Ruritania reportó 2.310 homicidios entre enero y junio.\n\n"
                                      "Junio cerró con 402 homicidios.\n\n"
                                      "Un tercio de los 2.310 homicidios ocurrió en la capital.\n",
                            "es", published="2024-07-10")
    [first, again] = [c for c in found if c.kind == "quantity" and "2.310" in c.text]
    assert (again.time.start, again.time.end) == (first.time.start, first.time.end) == ("2024-01-01", "2024-06-30")


def test_a_part_of_the_year_told_in_early_january_is_of_the_year_just_closed(tmp_path, rules):
    found = claims(tmp_path, "In the first 10 months of the year, Ruritanian police recorded 2,285 killings. "
                             "The prisons held some 31,000 inmates at the end of the year. By the end of the "
                             "year the prisons will hold 36,000 inmates.\n", rules=rules, published="2021-01-05")
    assert period(found, "2,285") == ("2020-01-01", "2020-10-31")
    assert period(found, "31,000") == ("2020-09-01", "2020-12-31")
    assert period(found, "36,000") == ("2021-09-01", "2021-12-31")  # told of the future: the new year's


def test_a_part_of_the_year_told_in_early_january_is_of_the_year_just_closed_in_spanish(tmp_path, rules):
    found = language_claims(tmp_path, "En los primeros 11 meses del año, la policía de Ruritania registró "
                                      "2.417 homicidios.\n", "es", published="2021-01-05")
    assert period(found, "2.417") == ("2020-01-01", "2020-11-30")


def test_a_yearless_month_of_a_clause_told_in_the_past_is_no_coming_month(tmp_path, rules):
    found = claims(tmp_path, "The ministry will spend $35 million in March on roads.\n\nRuritania will release "
                             "$216 million of the aid it froze in March.\n", rules=rules, published="2019-10-18")
    assert period(found, "$216 million") == ("2019-03-01", "2019-03-31")
    assert period(found, "$35 million") == ("2020-03-01", "2020-03-31")


def test_a_yearless_month_of_a_clause_told_in_the_past_is_no_coming_month_in_spanish(tmp_path, rules):
    found = language_claims(tmp_path, "Ruritania liberará 216 millones de dólares de la ayuda que congeló en "
                                      "marzo.\n", "es", published="2019-10-18")
    assert period(found, "216 millones") == ("2019-03-01", "2019-03-31")


def test_that_june_is_june_of_the_year_named_before_it(tmp_path, rules):
    found = claims(tmp_path, "The ministry froze aid to Zembla in March 2017; that June it moved $215 million "
                             "to other programs.\n", rules=rules, published="2024-06-01")
    assert period(found, "$215 million") == ("2017-06-01", "2017-06-30")


def test_ese_junio_is_june_of_the_year_named_before_it(tmp_path, rules):
    found = language_claims(tmp_path, "El ministerio congeló la ayuda a Zembla en marzo de 2017; ese junio movió "
                                      "215 millones de dólares a otros programas.\n", "es", published="2024-06-01")
    assert period(found, "215 millones") == ("2017-06-01", "2017-06-30")


def test_the_same_months_are_the_period_its_sentence_gave_the_figure_before(tmp_path, rules):
    found = claims(tmp_path, "The toll is falling this year: the police counted 3,217 homicides between January "
                             "and September, while the morgue recorded 3,058 over the same months.\n",
                   rules=rules, published="2016-10-21")
    assert period(found, "3,217") == period(found, "3,058") == ("2016-01-01", "2016-09-30")


def test_los_mismos_meses_are_the_period_its_sentence_gave_the_figure_before(tmp_path, rules):
    found = language_claims(tmp_path, "La violencia baja este año: la policía contó 3.217 homicidios entre enero "
                                      "y septiembre, mientras la morgue registró 3.058 en los mismos meses.\n",
                            "es", published="2016-10-21")
    assert period(found, "3.217") == period(found, "3.058") == ("2016-01-01", "2016-09-30")


def test_the_same_year_after_a_part_of_it_is_the_whole_year(tmp_path, rules):
    found = claims(tmp_path, "In 2015 Zembla counted 8,410 deportees.\n\nRuritania deported 1,236 Zembians in "
                             "the first half of 2019 and 2,517 Osterlanders in the same year.\n",
                   rules=rules, published="2020-02-10")
    assert period(found, "1,236") == ("2019-01-01", "2019-06-30")
    assert period(found, "2,517") == ("2019-01-01", "2019-12-31")
