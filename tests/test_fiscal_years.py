"""A bare year dates a figure of a metric counted by fiscal year as that fiscal year once the text has
named fiscal years, and only for the places the rule lists (binding.fiscal, rule key fiscal_years)."""
from __future__ import annotations

import pytest

from tests.conftest import language_claims as claims
from tests.conftest import period

_FISCAL = {
    "es": "En el año fiscal que empezó en octubre, la Patrulla Fronteriza de Estados Unidos ha detenido a "
          "41.000 menores no acompañados. En 2013 Estados Unidos detuvo a 30.000 menores no acompañados.",
    "en": "In the fiscal year that opened in October, the U.S. Border Patrol has caught 41,000 unaccompanied "
          "minors. In 2013 the United States caught 30,000 unaccompanied minors.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_bare_year_after_a_fiscal_year_is_named_is_that_fiscal_year(tmp_path, language):
    found = claims(tmp_path, _FISCAL[language], language, published="2014-06-20")
    assert period(found, "30") == ("2012-10-01", "2013-09-30")


@pytest.mark.parametrize("language, text", [
    ("es", "En 2013 Estados Unidos detuvo a 30.000 menores no acompañados. El año fiscal empezó en octubre."),
    ("en", "In 2013 the United States caught 30,000 unaccompanied minors. The fiscal year opened in October."),
])
def test_a_year_before_any_fiscal_year_is_named_stays_the_calendar_year(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2014-06-20")
    assert period(found, "30") == ("2013-01-01", "2013-12-31")


def test_a_place_the_rule_does_not_list_keeps_the_calendar_year(tmp_path):
    text = ("En el año fiscal que empezó en octubre, Estados Unidos ha detenido a 41.000 menores no "
            "acompañados. En 2013 México detuvo a 9.000 menores no acompañados.")
    found = claims(tmp_path, text, "es", published="2014-06-20")
    assert period(found, "9.000") == ("2013-01-01", "2013-12-31")


@pytest.mark.parametrize("language, text", [
    ("es", "En el año fiscal que empezó en octubre, la Patrulla Fronteriza de Estados Unidos ha detenido a 41.000 "
           "menores no acompañados. Entre 2006 y 2009 Estados Unidos detuvo a 17.500 menores no acompañados."),
    ("en", "In the fiscal year that opened in October, the U.S. Border Patrol has caught 41,000 unaccompanied "
           "minors. Between 2006 and 2009 the United States caught 17,500 unaccompanied minors."),
])
def test_a_span_of_bare_years_after_a_fiscal_year_is_named_is_those_fiscal_years(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2014-06-20")
    assert period(found, "17") == ("2005-10-01", "2009-09-30")


@pytest.mark.parametrize("language, text", [
    ("es", "De 2006 a 2009 el número de menores bajo tutela de la agencia varió entre 3.100 y 4.200 por año; en "
           "2012 las patrullas de Estados Unidos detuvieron a 9.800 menores no acompañados."),
    ("en", "From 2006 to 2009 the number of minors in the agency's custody varied between 3,100 and 4,200 per "
           "year; in 2012 U.S. patrols detained 9,800 unaccompanied minors."),
])
def test_the_counted_head_before_a_bare_figure_says_what_it_counts(tmp_path, language, text):
    """"el número de menores ... varió entre N y M": minors counted (binding/counted_head.py), never
    the far "detained" of another clause's arrests, of which minors are a subgroup."""
    found = claims(tmp_path, text, language, published="2014-06-20")
    claim = next(c for c in found if c.kind == "quantity" and c.text.startswith("3"))
    assert claim.metric == "unaccompanied_minors"


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_year_said_to_be_a_calendar_year_stays_one(tmp_path, language):
    text = _FISCAL[language].replace("En 2013", "En el año calendario 2013").replace("In 2013", "In calendar year 2013")
    found = claims(tmp_path, text, language, published="2014-06-20")
    assert period(found, "30") == ("2013-01-01", "2013-12-31")
