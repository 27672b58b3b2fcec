"""A lead that sets its year's count against the year before ("down 12 percent from the 1,690
recorded a year earlier") keeps its own year in focus: the base value's year, a few words past
the change, is no time in focus, so the next sentence's rate is the lead's year (base_value)."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("en", "Zembla registered 1,480 homicides in 2018, down 12 percent from the 1,690 recorded a year earlier, "
           "the ministry said on Monday, crediting a new policing plan.\n\nThe national homicide rate fell to 18.3 "
           "per 100,000 inhabitants, its lowest level since 2006.", "18.3"),
    ("es", "Zembla registró 1.480 homicidios en 2018, un descenso del 12 % desde los 1.690 registrados un año "
           "antes, informó el lunes el ministerio.\n\nLa tasa nacional de homicidios bajó a 18,3 por cada 100.000 "
           "habitantes, su nivel más bajo desde 2006.", "18,3"),
])
def test_the_lead_year_stays_in_focus_past_a_base_value(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2019-01-08")
    assert period(found, "1,690" if language == "en" else "1.690") == ("2017-01-01", "2017-12-31")
    assert period(found, words) == ("2018-01-01", "2018-12-31")
