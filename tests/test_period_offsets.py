"""Periods told against another period (timex, checker/binding): an anniversary lead ("ten years ago
this month"), a comparison's own period, a yearless month under a past year in focus, a running
total since a start set off by commas, a figure's own period phrase. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import language_claims, period
from tests.conftest import one_article_claims as claims


def _event_span(found, metric: str) -> tuple:
    [event] = [c for c in found if c.kind == "event" and c.metric == metric]
    return event.time.start, event.time.end


def test_years_ago_this_week_is_that_week_so_many_years_back(tmp_path, rules):
    found = claims(tmp_path, "Ten years ago this week, Zembla's government declared a state of emergency.\n",
                   rules=rules, published="2021-06-17")
    start, end = _event_span(found, "emergency_declared")
    assert "2011-06-01" <= start <= "2011-06-13" <= end <= "2011-06-30"


def test_a_year_ago_this_month_is_that_month_a_year_back(tmp_path, rules):
    found = claims(tmp_path, "A year ago this month, Ruritanian police counted 412 homicides.\n",
                   rules=rules, published="2021-06-17")
    start, end = period(found, "412")
    assert start[:7] in ("2020-05", "2020-06") and end[:7] in ("2020-06", "2020-07")


def test_hace_anios_esta_semana_is_that_week_so_many_years_back(tmp_path):
    found = language_claims(tmp_path, "Hace diez años esta semana, el gobierno de Zembla declaró un estado de "
                                      "excepción.\n", "es", published="2021-06-17")
    start, end = _event_span(found, "emergency_declared")
    assert "2011-06-01" <= start <= "2011-06-13" <= end <= "2011-06-30"


def test_a_yearless_half_before_a_comparison_is_the_head_figures_not_the_bases(tmp_path, rules):
    found = claims(tmp_path, "Ruritanian police counted 2,047 homicides in the first half, down 7% from the first "
                             "half of 2022.\n", rules=rules, published="2023-07-20")
    assert period(found, "2,047") == ("2023-01-01", "2023-06-30")


def test_un_semestre_sin_anio_antes_de_menos_que_en_es_de_la_cifra_no_de_la_base(tmp_path):
    found = language_claims(tmp_path, "La policía de Ruritania contó 2.047 homicidios en el primer semestre, un 7 % "
                                      "menos que en los primeros seis meses de 2021.\n", "es", published="2022-07-20")
    assert period(found, "2.047") == ("2022-01-01", "2022-06-30")


def test_a_figure_whose_only_time_is_its_comparisons_base_does_not_take_it(tmp_path, rules):
    found = claims(tmp_path, "Ruritanian police counted 2,047 homicides, down 7% from the first half of 2022.\n",
                   rules=rules, published="2023-07-20")
    assert period(found, "2,047")[0] is None


def test_a_record_measured_since_a_dated_event_keeps_the_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Ruritania recorded 4,120 homicides last year, the most since the end of its border war "
                             "in 1994.\n\nThe murder rate reached 61 per 100,000 inhabitants.\n",
                   rules=rules, published="2016-01-10")
    assert period(found, "61 per") == ("2015-01-01", "2015-12-31")



@pytest.mark.parametrize(("code", "text", "published", "figure", "expected"), [
    pytest.param("en", "Ruritania had 5,210 homicides in 2015. August alone saw 702 murders.", "2017-03-09", "702",
                 ("2015-08-01", "2015-08-31"), id="a-month-told-alone-after-a-past-year-is-that-years"),
    pytest.param("es", "Ruritania tuvo 5.210 homicidios en 2015. Solo en agosto hubo 702 homicidios.", "2017-03-09",
                 "702", ("2015-08-01", "2015-08-31"), id="solo-en-un-mes-tras-un-anio-pasado"),
    pytest.param("en", "Ruritania recorded 5,210 homicides last year, with 2,047 murders between January and June.",
                 "2016-01-04", "2,047", ("2015-01-01", "2015-06-30"),
                 id="a-month-span-after-last-year-in-its-own-sentence-is-that-years"),
    pytest.param("es", "Ruritania registró 5.210 homicidios el año pasado, con 2.047 homicidios entre enero y junio.",
                 "2016-01-04", "2.047", ("2015-01-01", "2015-06-30"), id="un-tramo-de-meses-tras-el-anio-pasado"),
    pytest.param("en", "Ruritania recorded 5,210 homicides last year.\n\nThe first months were the worst, with 2,047 "
                 "murders between January and June.", "2016-01-04", "2,047", ("2015-01-01", "2015-06-30"),
                 id="an-unresolved-month-span-takes-the-year-in-focus"),
    pytest.param("en", "Since the curfew took effect, in December, Ruritanian police have arrested 1,734 people.",
                 "2023-07-12", "1,734", ("2022-12-01", "2023-07-12"),
                 id="a-month-set-off-after-a-since-clause-starts-a-running-count"),
    pytest.param("es", "Desde que entró en vigor, en diciembre, la Policía de Ruritania ha reportado 1.734 detenidos.",
                 "2023-07-12", "1.734", ("2022-12-01", "2023-07-12"), id="un-mes-entre-comas-tras-desde-que"),
])
def test_a_month_without_its_year_reads_the_year_in_focus(tmp_path, code, text, published, figure, expected):
    found = language_claims(tmp_path, text + "\n", code, published=published)
    assert period(found, figure) == expected


def test_a_figure_over_its_own_stretch_does_not_take_the_clause_befores_year(tmp_path, rules):
    found = claims(tmp_path, "At least 12 reporters were killed in Ruritania in 2009, and 31 over the whole term.\n",
                   rules=rules, published="2010-10-02")
    assert period(found, "12 reporters") == ("2009-01-01", "2009-12-31")
    assert period(found, "31") == (None, None)


def test_una_cifra_en_todo_su_mandato_no_toma_el_anio_de_otra_clausula(tmp_path):
    found = language_claims(tmp_path, "Al menos 12 periodistas fueron asesinados en Ruritania en 2009, y 31 en todo "
                                      "el sexenio.\n", "es", published="2010-10-02")
    assert period(found, "31") == (None, None)


def test_an_average_in_another_stretch_does_not_take_the_clauses_week(tmp_path, rules):
    found = claims(tmp_path, "Ruritanian police counted 88 killings in the last week of May, against an average "
                             "of 41 a week in the truce's first year.\n", rules=rules, published="2014-06-02")
    assert period(found, "88") == ("2014-05-25", "2014-05-31")
    assert period(found, "41") == (None, None)


def test_so_far_this_year_through_a_month_ends_with_that_month(tmp_path, rules):
    found = claims(tmp_path, "Ruritania logged 1,845 killings so far this year through August.\n",
                   rules=rules, published="2010-10-02")
    assert period(found, "1,845") == ("2010-01-01", "2010-08-31")


def test_the_previous_fiscal_year_is_the_one_before_the_fiscal_year_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla removed 41,000 Ruritanians in fiscal year 2012, a third fewer than the "
                             "61,500 of the previous fiscal year.\n", rules=rules, published="2012-12-01")
    assert period(found, "41,000") == ("2011-10-01", "2012-09-30")
    assert period(found, "61,500") == ("2010-10-01", "2011-09-30")


def test_el_anio_fiscal_anterior_es_el_previo_al_anio_fiscal_en_foco(tmp_path):
    found = language_claims(tmp_path, "Zembla expulsó a 41.000 ruritanos en el año fiscal 2012, un tercio menos que "
                                      "los 61.500 del año fiscal anterior.\n", "es", published="2012-12-01")
    assert period(found, "61.500") == ("2010-10-01", "2011-09-30")


def test_the_first_half_of_the_year_told_in_january_is_last_years(tmp_path, rules):
    found = claims(tmp_path, "In the first half of the year, Ruritanian police had recorded 2,047 homicides.\n",
                   rules=rules, published="2016-01-04")
    assert period(found, "2,047") == ("2015-01-01", "2015-06-30")
