"""Spanish projections of a count kept by fiscal year: a figure expected "before September ends"
after a running count "since October" runs from that October; "se esperaba superar los N" for
"this year" is the whole year (a fiscal one, once the text names the fiscal year), and a lower
bound; a "cuando" clause closed by ", y" no longer holds the figures after it
(binding.time_scope, binding.period, lang/es time_context, context and numbers tables)."""
from __future__ import annotations

from tests.conftest import figure, one_article_claims

_TEXT = ("Al menos 31,400 menores no acompañados han sido detenidos en Estados Unidos desde octubre del año "
         "pasado, cuando arrancó el año fiscal, y el gobierno prevé que la cifra suba a 52,800 antes de que "
         "termine septiembre. Las cuentas de 2.5 millones de viajeros siguen.\n\n"
         "En 2012 los agentes fronterizos detuvieron a 12,130 menores no acompañados y el año pasado la cifra "
         "subió a 21,960, mientras que para este año se esperaba superar los 44,000.\n")


def _claims(tmp_path):
    return one_article_claims(tmp_path, _TEXT, language="es", published="2014-07-14")


def test_a_projection_before_september_ends_runs_from_the_running_counts_start(tmp_path):
    claim = figure(_claims(tmp_path), "52,800")
    assert claim.metric == "unaccompanied_minors"
    assert (claim.time.start, claim.time.end) == ("2013-10-01", "2014-09-30")


def test_the_running_count_keeps_its_own_period(tmp_path):
    claim = figure(_claims(tmp_path), "31,400")
    assert (claim.time.start, claim.time.end) == ("2013-10-01", "2014-07-14")


def test_an_expected_figure_for_this_year_is_the_whole_fiscal_year_and_a_lower_bound(tmp_path):
    claim = figure(_claims(tmp_path), "44,000")
    assert claim.metric == "unaccompanied_minors"
    assert (claim.time.start, claim.time.end) == ("2013-10-01", "2014-09-30")
    assert claim.value.lo == 44000 and claim.value.hi is None


def test_an_adverb_after_a_figure_is_not_its_noun(tmp_path):
    assert figure(_claims(tmp_path), "52,800").noun is None


def test_a_time_that_dates_the_presenting_of_a_request_is_not_its_period(tmp_path):
    """"la petición de US$N que X presentó en marzo, para el año fiscal 2016": March dates the
    presenting (``reporting_verbs``), the fiscal year is what the money is for — also when the
    figure's clause is read as an aside after a fronted "Mientras tanto,"."""
    for opening in ("", "Mientras tanto, "):
        found = one_article_claims(
            tmp_path / opening.strip(", ").lower().replace(" ", "_"),
            f"{opening}el Congreso de Estados Unidos no ha resuelto la petición de US$800 millones que el "
            "presidente presentó en marzo, para el año fiscal 2016, con destino a Honduras.\n",
            language="es", published="2015-08-12")
        claim = figure(found, "800 millones")
        assert (claim.time.start, claim.time.end) == ("2015-10-01", "2016-09-30"), opening


def test_a_clause_that_projects_the_year_dates_its_figure_by_the_whole_year(tmp_path):
    found = one_article_claims(
        tmp_path, "Hasta el 13 de diciembre habían sido retornados a Honduras 81.311 hondureños. Las autoridades "
                  "esperan que en los próximos días lleguen más deportados, con lo que el año terminaría por encima "
                  "de los 82.000 retornados.\n", language="es", published="2019-12-20")
    assert (figure(found, "82.000").time.start, figure(found, "82.000").time.end) == ("2019-01-01", "2019-12-31")


def test_the_year_before_named_in_a_projecting_clause_is_no_whole_year_of_the_figure(tmp_path):
    found = one_article_claims(
        tmp_path, "Las autoridades esperan que en los próximos días lleguen 4.000 deportados, más que el año "
                  "pasado.\n", language="es", published="2019-12-20")
    assert figure(found, "4.000").time.start != "2019-01-01"
