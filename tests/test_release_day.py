"""The day a figure was released or said ("according to figures released on Sunday") dates the
telling, not what the figure counts: a rate given beside a full year's count is that year's
(binding.reported.dates_the_release)."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("en", "Zembla closed 2018 with 1,187 homicides, a rate of 29.6 per 100,000, according to figures that the interior "
           "ministry released on Tuesday.", "29.6"),
    ("en", "Zembla ended 2018 with 1,187 murders and a homicide rate of 29.6 per 100,000, according to a report "
           "published on Tuesday.", "29.6"),
    ("es", "Zembla cerró 2018 con 1.187 homicidios, una tasa de 29,6 por cada 100.000 habitantes, según cifras "
           "divulgadas por el Ministerio del Interior el martes.", "29,6"),
])
def test_a_release_day_does_not_date_the_years_rate(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2019-01-10")
    assert period(found, words) == ("2018-01-01", "2018-12-31")


def test_a_figure_with_only_its_release_day_is_as_of_that_day(tmp_path):
    found = one_article_claims(tmp_path, "A homicide rate of 29.6 per 100,000 was recorded in Zembla, according "
                                         "to a report released on Tuesday.", published="2019-01-10")
    assert period(found, "29.6") == (None, "2019-01-08")
