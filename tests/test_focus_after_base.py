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


def test_a_base_after_a_percent_drop_and_a_length_of_time_set_no_focus(tmp_path):
    """"a drop of nearly 23 percent from the 1,940 killings of 2016" is a base value however many words the
    change takes; "the steepest one-year fall" is a length of time, which dates nothing: the next
    paragraph's "the year before" moves from the lead's year."""
    found = one_article_claims(tmp_path, "Zembla recorded 1,490 homicides in 2017, a drop of nearly 23 percent from "
                                         "the 1,940 killings of 2016, police said, the steepest one-year fall on "
                                         "record.\n\nThe homicide rate fell to 16.7 per 100,000, down from 23.4 the "
                                         "year before.\n", published="2018-01-09")
    assert period(found, "23.4") == ("2016-01-01", "2016-12-31")


def test_a_time_after_a_figure_and_a_bare_from_is_the_bases(tmp_path):
    found = one_article_claims(tmp_path, "The region stays violent:\n\n- Honduras: 68.3 homicides per 100,000 in "
                                         "2017.\n- Guatemala: 27.9 per 100,000, from 35.2 in 2016.\n",
                               published="2018-01-09")
    assert period(found, "35.2") == ("2016-01-01", "2016-12-31")
    assert period(found, "27.9") == ("2017-01-01", "2017-12-31")


def test_a_time_after_a_change_and_a_base_phrase_is_the_bases(tmp_path):
    found = one_article_claims(tmp_path, "Zembla closed 2017 at 16.7 murders per 100,000, the ministry said, down "
                                         "from the peak it hit in 2014.\n", published="2018-01-09")
    assert period(found, "16.7") == ("2017-01-01", "2017-12-31")
