"""Spanish projections of a count kept by fiscal year: a figure expected "before September ends"
after a running count "since October" runs from that October; "se espera superar los N" for
"this year" is the whole year (a fiscal one, once the text names the fiscal year), and a lower
bound; a "cuando" clause closed by ", y" no longer holds the figures after it
(binding.time_scope, binding.period, lang/es time_context, context and numbers tables)."""
from __future__ import annotations

from tests.conftest import figure, one_article_claims

_TEXT = ("Unos 31,400 menores no acompañados fueron detenidos en Estados Unidos desde octubre del año pasado, "
         "cuando empezó el año fiscal, y el ministerio proyecta que el número llegue a 52,800 antes de que acabe "
         "septiembre. Las cuentas de 2.5 millones de viajeros siguen.\n\n"
         "Los agentes de Estados Unidos detuvieron a 12,130 menores no acompañados en 2012 y a 21,960 el año "
         "pasado; para este año se espera superar los 44,000.\n")


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
    """"la solicitud de US$N que X presentó en marzo, para el año fiscal 2021": March dates the
    presenting (``reporting_verbs``), the fiscal year is what the money is for — also when the
    figure's clause is read as an aside after a fronted "Por ahora,"."""
    for opening in ("", "Por ahora, "):
        found = one_article_claims(
            tmp_path / opening.strip(", ").lower().replace(" ", "_"),
            f"{opening}el Senado de Estados Unidos aún estudia la solicitud de US$800 millones que la presidenta "
            "presentó en marzo, para el año fiscal 2021, destinada a Honduras.\n",
            language="es", published="2020-08-12")
        claim = figure(found, "800 millones")
        assert (claim.time.start, claim.time.end) == ("2020-10-01", "2021-09-30"), opening


def test_a_clause_that_projects_the_year_dates_its_figure_by_the_whole_year(tmp_path):
    found = one_article_claims(
        tmp_path, "Zembla recibió 81.311 deportados hasta el 10 de diciembre. Con los vuelos de los próximos días, "
                  "el año cerraría con más de 82.000 deportados.\n", language="es", published="2019-12-20")
    assert (figure(found, "82.000").time.start, figure(found, "82.000").time.end) == ("2019-01-01", "2019-12-31")


def test_the_year_before_named_in_a_projecting_clause_is_no_whole_year_of_the_figure(tmp_path):
    found = one_article_claims(
        tmp_path, "El ministerio prevé 4.000 deportados en los próximos días, más que el año pasado.\n",
        language="es", published="2019-12-20")
    assert figure(found, "4.000").time.start != "2019-01-01"
