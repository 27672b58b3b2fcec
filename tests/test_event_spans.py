"""When a figure is (checker/binding/span_after.py, time_scope, yearless_months): a stretch counted
from an event is the figure's own period, not the month in focus; an opening time of the figure's
clause beats a later clause's; a yearless quarter in a January look back at last year is that year's.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import language_claims, period
from tests.conftest import one_article_claims as claims


def test_a_stretch_after_an_undated_event_is_left_unresolved_not_the_month_before(tmp_path, rules):
    found = claims(tmp_path, "Police in Ruritania counted 318 homicides in June. In the first 25 days after the "
                             "accord, 96 people were killed, an average of about 3.8 a day.\n",
                   rules=rules, published="2019-09-02")
    assert period(found, "318") == ("2019-06-01", "2019-06-30")
    assert period(found, "96") == (None, None)
    assert period(found, "3.8") == (None, None)


def test_a_stretch_after_an_event_the_text_dates_runs_from_that_day(tmp_path, rules):
    found = claims(tmp_path, "The accord between the two militias took effect on July 4. Ruritania recorded "
                             "57 murders in the first two weeks after the accord.\n",
                   rules=rules, published="2019-09-02")
    assert period(found, "57") == ("2019-07-04", "2019-07-17")


def test_los_primeros_dias_tras_un_suceso_no_son_el_mes_en_foco(tmp_path, rules):
    found = language_claims(tmp_path, "La policía de Ruritania contó 318 homicidios en junio. En los primeros 25 "
                                      "días tras el acuerdo, 96 personas fueron asesinadas.\n", "es",
                            published="2019-09-02")
    assert period(found, "318") == ("2019-06-01", "2019-06-30")
    assert period(found, "96") == (None, None)


def test_una_semana_despues_de_un_suceso_fechado_corre_desde_ese_dia(tmp_path, rules):
    found = language_claims(tmp_path, "Durante las primeras tres semanas después del acuerdo del 4 de julio, "
                                      "Ruritania registró 57 asesinatos.\n", "es", published="2019-09-02")
    assert period(found, "57") == ("2019-07-04", "2019-07-24")


def test_an_opening_time_dates_its_figure_not_a_later_clauses_last_year(tmp_path, rules):
    found = claims(tmp_path, "Ruritania recorded 4,120 homicides in 2019. A year earlier the country had "
                             "recorded 3,305 homicides, so last year's toll was up 25 percent.\n",
                   rules=rules, published="2020-01-08")
    assert period(found, "3,305") == ("2018-01-01", "2018-12-31")
    assert period(found, "25 percent") == ("2019-01-01", "2019-12-31")


def test_un_anio_antes_al_inicio_fecha_su_cifra_no_el_anio_pasado_de_otra_clausula(tmp_path, rules):
    found = language_claims(tmp_path, "Ruritania registró 4.120 homicidios en 2019. Un año antes el país había "
                                      "contado 3.305 homicidios, por lo que el año pasado fue el más violento de "
                                      "la década.\n", "es", published="2020-01-08")
    assert period(found, "3.305") == ("2018-01-01", "2018-12-31")


@pytest.mark.parametrize(("text", "language"), [
    ("Homicides in Ruritania fell in 2020, to 2,740. In the first quarter, 815 people were killed.\n", None),
    ("Los homicidios en Ruritania bajaron en 2020, hasta 2.740. En el primer trimestre, 815 personas fueron "
     "asesinadas.\n", "es"),
])
def test_a_yearless_quarter_in_january_is_the_quarter_of_the_year_in_focus(tmp_path, rules, text, language):
    found = claims(tmp_path, text, rules=rules, language=language, published="2021-01-06")
    assert period(found, "815") == ("2020-01-01", "2020-03-31")


@pytest.mark.parametrize(("text", "language"), [
    ("In the single week that ended Oct. 12, 310 people were killed in Ruritania.\n", None),
    ("En la única semana que terminó el 12 de octubre, 310 personas fueron asesinadas en Ruritania.\n", "es"),
])
def test_the_single_week_that_ended_a_day_is_that_week(tmp_path, rules, text, language):
    found = claims(tmp_path, text, rules=rules, language=language, published="2019-11-02")
    assert period(found, "310") == ("2019-10-06", "2019-10-12")


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Ruritania recorded 3,115 homicides in 2018. \"Fewer than 2,500,\" the minister said when asked how many "
     "homicides the government expects in 2019.\n", None, "2,500"),
    ("Ruritania registró 3.115 homicidios en 2018. \"Menos de 2.500\", dijo el ministro al ser consultado por "
     "cuántos homicidios espera el Gobierno en 2019.\n", "es", "2.500"),
])
def test_a_projection_after_its_figure_is_the_whole_year_not_the_days_so_far(tmp_path, rules, text, language, words):
    found = claims(tmp_path, text, rules=rules, language=language, published="2019-01-05")
    assert period(found, words) == ("2019-01-01", "2019-12-31")


def test_a_stretch_after_an_event_the_document_dates_elsewhere_runs_from_its_start(tmp_path, rules):
    found = claims(tmp_path, "The two militias agreed to a truce on May 14.\n\nPolice counted 388 homicides in "
                             "Ruritania in April. In the first 20 days after the truce, 73 people were killed.\n",
                   rules=rules, published="2019-09-02")
    assert period(found, "73") == ("2019-05-14", "2019-06-02")


def test_los_primeros_dias_tras_un_suceso_que_el_texto_fecha_corren_desde_su_inicio(tmp_path, rules):
    found = language_claims(tmp_path, "Las dos milicias pactaron una tregua el 14 de mayo.\n\nLa policía contó 388 "
                                      "homicidios en abril. En los primeros 20 días tras la tregua, 73 personas "
                                      "fueron asesinadas.\n", "es", published="2019-09-02")
    assert period(found, "73") == ("2019-05-14", "2019-06-02")


def test_the_years_since_an_event_still_run_to_now(tmp_path, rules):
    found = claims(tmp_path, "Ruritania declared a state of emergency on March 3, 2020.\n\nIn the two years since "
                             "the emergency, 8,150 people have been arrested.\n", rules=rules, published="2022-04-10")
    assert period(found, "8,150") == ("2020-03-03", "2022-04-10")


@pytest.mark.parametrize(("text", "language"), [
    ("Zembla counted 2,211 homicides in 2023. Five years earlier, in 2018, the police had reported 3,507.\n", None),
    ("Zembla contó 2.211 homicidios en 2023. Cinco años atrás, en 2018, la policía había reportado 3.507.\n", "es"),
])
def test_a_year_set_beside_a_fronted_relative_time_dates_the_figure(tmp_path, rules, text, language):
    found = claims(tmp_path, text, rules=rules, language=language, published="2024-02-01")
    later = next(c for c in found if c.text.startswith("3"))
    assert (later.time.start, later.time.end) == ("2018-01-01", "2018-12-31")
