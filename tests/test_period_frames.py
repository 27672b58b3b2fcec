"""Times that frame a figure without dating it: a "since" phrase that dates an event or sets the
stretch a record is measured over, "the same months" of a year after an undated stretch, a fiscal
year in focus for a calendar metric, the "when" clause of a base value's year (binding.since_phrase,
binding.time_scope, binding.period, binding.fiscal)."""
from __future__ import annotations

import pytest

from tests.conftest import language_claims as claims
from tests.conftest import period


@pytest.mark.parametrize("language, text", [
    ("en", "Panama ended 2016 with 417 homicides, a fourth straight yearly drop since the peak of 2012. "
           "The total is down from 515 the year before."),
    ("es", "Panamá cerró 2016 con 417 homicidios, un 35 % menos desde la firma de la tregua de 2012. "
           "La cifra baja de 515 del año anterior."),
])
def test_a_since_phrase_after_a_dated_figure_does_not_move_the_time_in_focus(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2017-01-05")
    assert period(found, "515") == ("2015-01-01", "2015-12-31")


@pytest.mark.parametrize("language, text", [
    ("en", "Guatemala counted 3,412 homicides in 2019. In Honduras, police counted 3,871 killings, the fewest "
           "since 2008."),
    ("en", "Guatemala counted 3,412 homicides in 2019. In Honduras, police counted 3,871 killings, the first "
           "time since 2008 that the rate fell below 40."),
    ("es", "Guatemala registró 3.412 homicidios en 2019. En Honduras, la policía contó 3.871 homicidios, el "
           "nivel más bajo desde 2008."),
    ("es", "Guatemala registró 3.412 homicidios en 2019. En Honduras, la policía contó 3.871 homicidios, la "
           "primera vez desde 2008 que la tasa baja de 40."),
])
def test_the_since_time_of_a_record_dates_no_figure(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2020-05-01")
    assert period(found, "3.871" if language == "es" else "3,871") == ("2019-01-01", "2019-12-31")


@pytest.mark.parametrize("language, text", [
    ("en", "Twelve soldiers have died in Panama since the curfew began, fewer than the 20 who died over the "
           "same months of 2018."),
    ("es", "Doce soldados han muerto en Panamá desde que comenzó el toque de queda, menos que los 20 muertos en "
           "el mismo periodo de 2018."),
])
def test_the_same_months_of_an_undated_stretch_are_not_established(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2019-09-01")
    assert period(found, "20") == (None, None)


def test_the_same_months_of_a_dated_stretch_are_those_months(tmp_path):
    text = "Since March, 12 police officers have been killed in Panama, fewer than the 20 killed over the same months of 2018."
    found = claims(tmp_path, text, "en", published="2019-09-01")
    assert period(found, "20") == ("2018-03-01", "2018-09-01")


@pytest.mark.parametrize("language, text", [
    ("en", "Congress approved $50 million for Panama in fiscal 2019. Officials expect fewer than 400 homicides "
           "for the year."),
    ("es", "El Congreso aprobó 50 millones de dólares para Panamá en el año fiscal 2019. Las autoridades prevén "
           "menos de 400 homicidios en el año."),
])
def test_a_fiscal_year_in_focus_does_not_date_another_metric(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2019-08-01")
    assert period(found, "400")[0] is None


@pytest.mark.parametrize("language, text", [
    ("en", "The United States deported 20,000 Hondurans in fiscal 2018, and Mexico deported 41,000 Hondurans "
           "over the calendar year."),
    ("es", "Estados Unidos deportó a 20.000 hondureños en el año fiscal 2018, y México deportó a 41.000 "
           "hondureños en el año calendario."),
])
def test_the_calendar_year_beside_a_fiscal_year_is_the_calendar_year(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2019-02-01")
    assert period(found, "41") == ("2018-01-01", "2018-12-31")


@pytest.mark.parametrize("language, text", [
    ("en", "Police in Honduras counted 3,400 homicides last year, a rate of 38 per 100,000, down from 5,100 in "
           "2016, when the rate hit 59. The year before, 4,200 were killed."),
    ("es", "La policía de Honduras contó 3.400 homicidios el año pasado, una tasa de 38 por cada 100.000, frente "
           "a 5.100 en 2016, cuando la tasa llegó a 59. El año anterior murieron 4.200."),
])
def test_a_when_clause_after_a_base_values_year_is_that_years(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2020-03-01")
    assert period(found, "59") == ("2016-01-01", "2016-12-31")
    assert period(found, "4" + ("." if language == "es" else ",") + "200") == ("2018-01-01", "2018-12-31")  # the year before the one in focus (2019)


@pytest.mark.parametrize("language, text", [
    ("en", "ICE deported 57,000 Hondurans in fiscal 2019. The United States began sending asylum seekers to "
           "Honduras on Dec. 4. As of Jan. 17, 190 asylum seekers had been flown there."),
    ("es", "ICE deportó a 57.000 hondureños en el año fiscal 2019. Estados Unidos comenzó a enviar solicitantes de "
           "asilo a Honduras el 4 de diciembre. Hasta el 17 de enero, 190 solicitantes de asilo habían sido trasladados."),
])
def test_a_count_up_to_a_date_runs_from_the_day_it_began(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2020-01-21")
    assert period(found, "190") == ("2019-12-04", "2020-01-17")


@pytest.mark.parametrize("text", [
    "En Guatemala, la Procuraduría cifra en 140 las muertes bajo custodia del Estado desde que entró en vigor el "
    "estado de prevención, el 20 de marzo de 2021 (hasta el 25 de febrero contaba 121).",
    "En Guatemala, la Procuraduría cifra en 140 las muertes bajo custodia del Estado desde que entró en vigor el "
    "estado de prevención, el 20 de marzo de 2021. Hasta el 25 de febrero contaba 121.",
])
def test_an_earlier_count_up_to_a_date_of_a_running_total_runs_from_its_start(tmp_path, text):
    found = claims(tmp_path, text, "es", published="2022-03-20")
    assert period(found, "121") == ("2021-03-20", "2022-02-25")


@pytest.mark.parametrize("language, text", [
    ("es", "Un año después de que el Congreso aprobara el estado de excepción, el 20 de marzo de 2021, la Policía "
           "contabiliza 31.250 personas capturadas."),
    ("es", "A un año de la aprobación del estado de excepción, el 20 de marzo de 2021, la Policía contabiliza "
           "31.250 personas capturadas."),
    ("en", "A year after lawmakers approved the state of emergency, on March 20, 2021, police count 31,250 "
           "arrests."),
])
def test_a_count_told_at_an_anniversary_runs_from_the_event_it_dates(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2022-03-20")
    assert period(found, "31") == ("2021-03-20", "2022-03-20")


@pytest.mark.parametrize("language, text", [
    ("es", "En Guatemala, la Policía reportó 860 homicidios entre el 2 de enero y el 16 de marzo, y el Congreso "
           "aprobó el 3 de marzo una nueva prórroga."),
    ("en", "In Guatemala, police reported 860 homicides between Jan. 2 and March 16, and Congress approved a new "
           "extension on March 3."),
])
def test_a_figure_keeps_its_own_time_after_a_verb_of_saying(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2022-03-25")
    assert period(found, "860") == ("2022-01-02", "2022-03-16")


@pytest.mark.parametrize("language, text", [
    ("es", "En Guatemala, la Policía capturó a 1.450 pandilleros el 12 de marzo, y el ministro pedirá una nueva "
           "prórroga."),
    ("en", "In Guatemala, police arrested 1,450 gang members on March 12, and the minister will seek a new "
           "extension."),
])
def test_a_future_tense_in_a_later_clause_does_not_move_a_date_forward(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2022-03-25")
    assert period(found, "1") == ("2022-03-12", "2022-03-12")


def test_a_date_in_a_future_clause_is_its_next_occurrence(tmp_path):
    found = claims(tmp_path, "Voters will elect 128 deputies on March 12.", "en", published="2022-03-25")
    assert period(found, "128") == ("2023-03-12", "2023-03-12")


def test_a_count_through_a_date_not_told_as_one_up_to_it_keeps_its_years_start(tmp_path):
    found = claims(tmp_path, "The curfew began on March 8. Police counted 1,200 homicides through June 30.", "en",
                   published="2021-09-01")
    assert period(found, "1,200") == ("2021-01-01", "2021-06-30")


def test_a_since_time_after_a_qualifier_is_the_figures_own(tmp_path):
    found = claims(tmp_path, "Police have killed at least thirty gang members since 2015.", "en", published="2020-05-01")
    assert period(found, "thirty") == ("2015-01-01", "2020-05-01")


@pytest.mark.parametrize("language, text", [
    ("en", "Panama imposed a curfew in October to curb robberies, and police say they have detained 2,340 people "
           "under it."),
    ("es", "Panamá impuso un toque de queda en octubre contra los robos, y la policía dice que ha detenido a 2.340 "
           "personas."),
])
def test_a_past_time_of_another_clause_does_not_date_a_figure_told_in_the_present_perfect(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2024-02-10")
    assert period(found, "340") == (None, "2024-02-10")


@pytest.mark.parametrize("language, text", [
    ("en", "Panama imposed a curfew in October, and police detained 2,340 people."),
    ("es", "Panamá impuso un toque de queda en octubre, y la policía detuvo a 2.340 personas."),
])
def test_a_past_time_of_another_clause_still_dates_a_figure_told_in_the_past(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2024-02-10")
    assert period(found, "340") == ("2023-10-01", "2023-10-31")
