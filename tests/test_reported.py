"""A full year's count or rate given early the next year, with only the time of its saying, counts
the year before; a tally to date said then keeps its days, and so does a count of a year the text
does not have in sight (binding.reported)."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("es", "El balance de 2020 sigue en disputa. El ministro de Zembla, en una rueda de prensa a mediados de "
           "enero, habló de 812 homicidios.", "812"),
    ("es", "Según el balance policial de Ruritania sobre 2020, difundido a finales de enero, hubo 1.377 asesinatos.",
     "1.377"),
    ("es", "El Gobierno de Zembla divulgó a comienzos de año una tasa de 42 homicidios por cada 100.000 habitantes.",
     "42"),
    ("en", "The 2020 toll is still disputed. At a press conference in early January, the Zembla police chief spoke "
           "of 812 homicides.", "812"),
])
def test_a_years_figure_said_early_the_next_year_counts_that_year(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2021-06-10")
    assert period(found, words) == ("2020-01-01", "2020-12-31")


@pytest.mark.parametrize("language, text, words, published, expected", [
    # said in July: the figure counts no full year said early the next
    ("es", "El ministro de Zembla, en una rueda de prensa a mediados de julio, habló de 812 homicidios.", "812",
     "2021-09-01", ("2021-07-11", "2021-07-20")),
    # the time is the tally's own stretch to date, not when it was said
    ("en", "The Zembla police chief said that so far this year officers had logged 35 homicides.", "35",
     "2021-01-12", ("2021-01-01", "2021-01-12")),
    # the time of what was said, after "que"/"that": the tally's own stretch, even with last year in sight
    ("es", "Zembla cerró 2020 con 900 homicidios. El ministro afirmó que en los primeros 40 días de 2021 se "
           "registraron 30 asesinatos.", "30 asesinatos", "2021-03-01", ("2021-01-01", "2021-02-09")),
    ("en", "Zembla closed 2020 with 900 homicides. The minister said that in the first 40 days of 2021, 30 people "
           "were murdered.", "30 people", "2021-03-01", ("2021-01-01", "2021-02-09")),
    # a count said early in a year whose year before the text does not speak of: no year's count
    ("en", "On January 3, Zembla police said 4 homicides had been recorded.", "4 homicides",
     "2021-09-01", ("2021-01-03", "2021-01-03")),
])
def test_a_figure_said_at_another_time_or_to_date_keeps_its_time(tmp_path, language, text, words, published,
                                                                  expected):
    found = one_article_claims(tmp_path, text, language=language, published=published)
    assert period(found, words) == expected


def test_a_saying_day_after_a_comma_and_its_verb_dates_no_figure_nor_the_focus(tmp_path):
    """", informó este miércoles": the comma before the verb does not make the day a figure's time;
    the rate keeps its sentence's year and "del año anterior" moves from it."""
    found = one_article_claims(tmp_path, "Zembla cerró 2020 con 900 homicidios, una tasa de 28 por cada 100.000 "
                                         "residentes, informó este miércoles el ministerio.\n\nLa cifra contrasta con "
                                         "los 1.100 homicidios del año anterior.\n", language="es", published="2021-01-06")
    assert period(found, "28 por cada") == ("2020-01-01", "2020-12-31")
    assert period(found, "1.100") == ("2019-01-01", "2019-12-31")
