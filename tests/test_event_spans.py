"""When a figure is (checker/binding/span_after.py, time_scope, yearless_months): a stretch counted
from an event is the figure's own period, not the month in focus; an opening time of the figure's
clause beats a later clause's; a yearless quarter in a January look back at last year is that year's.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import period
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize(("text", "language", "month", "stretch"), [
    ("Police in Ruritania counted 347 homicides in June. In the first 25 days after the accord, 96 people were "
     "killed, an average of about 3.8 a day.\n", None, "347", "96"),
    ("La policía de Ruritania contó 347 homicidios en junio. En los primeros 25 días tras el acuerdo, 96 personas "
     "fueron asesinadas.\n", "es", "347", "96"),
])
def test_a_stretch_after_an_undated_event_is_left_unresolved_not_the_month_before(tmp_path, rules, text, language,
                                                                                 month, stretch):
    found = claims(tmp_path, text, rules=rules, language=language, published="2019-09-02")
    assert period(found, month) == ("2019-06-01", "2019-06-30")
    assert period(found, stretch) == (None, None)
    if language is None:
        assert period(found, "3.8") == (None, None)


@pytest.mark.parametrize(("text", "language", "end"), [
    ("The accord between the two militias took effect on July 4. Ruritania recorded 57 murders in the first two "
     "weeks after the accord.\n", None, "2019-07-17"),
    ("Durante las primeras tres semanas después del acuerdo del 4 de julio, Ruritania registró 57 asesinatos.\n",
     "es", "2019-07-24"),
])
def test_a_stretch_after_an_event_the_text_dates_runs_from_that_day(tmp_path, rules, text, language, end):
    found = claims(tmp_path, text, rules=rules, language=language, published="2019-09-02")
    assert period(found, "57") == ("2019-07-04", end)


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Ruritania recorded 4,120 homicides in 2019. A year earlier the country had recorded 3,305 homicides, so last "
     "year's toll was up 25 percent.\n", None, "3,305"),
    ("Ruritania registró 4.120 homicidios en 2019. Un año antes el país había contado 3.305 homicidios, por lo que "
     "el año pasado fue el más violento de la década.\n", "es", "3.305"),
])
def test_an_opening_time_dates_its_figure_not_a_later_clauses_last_year(tmp_path, rules, text, language, words):
    found = claims(tmp_path, text, rules=rules, language=language, published="2020-01-08")
    assert period(found, words) == ("2018-01-01", "2018-12-31")
    if language is None:
        assert period(found, "25 percent") == ("2019-01-01", "2019-12-31")


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


@pytest.mark.parametrize(("text", "language"), [
    ("The two militias agreed to a truce on May 14.\n\nPolice counted 388 homicides in Ruritania in April. In the "
     "first 20 days after the truce, 73 people were killed.\n", None),
    ("Las dos milicias pactaron una tregua el 14 de mayo.\n\nLa policía contó 388 homicidios en abril. En los "
     "primeros 20 días tras la tregua, 73 personas fueron asesinadas.\n", "es"),
])
def test_a_stretch_after_an_event_the_document_dates_elsewhere_runs_from_its_start(tmp_path, rules, text, language):
    found = claims(tmp_path, text, rules=rules, language=language, published="2019-09-02")
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
