"""A running total (a cumulative metric) counted up to a date with no start given ("hasta el 28 de
febrero") is a total as of that date, not a count of that date's year; one whose only time is the day
its sentence dates the event on ("the emergency, declared on March 14, reached its third year with
91,480 detainees") counts from that day to date, not over the day (binding.running)."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("es", "Una organización documentó 212 muertes bajo custodia en Zembla hasta el 28 de febrero.", "212"),
    ("en", "A rights group documented 212 deaths in custody in Zembla through February 28.", "212"),
])
def test_a_running_total_up_to_a_date_is_as_of_it(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2021-03-20")
    assert period(found, words) == (None, "2021-02-28")


@pytest.mark.parametrize("language, text, words", [
    ("es", "El estado de excepción que Zembla decretó el 14 de marzo de 2018 llegó a su tercer año con 91.480 "
           "detenidos.", "91.480"),
    ("en", "The state of emergency, declared on March 14, 2018, reached its third year with 91,480 people "
           "detained.", "91,480"),
])
def test_a_running_total_said_after_the_event_day_counts_from_it(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2021-03-28")
    assert period(found, words) == ("2018-03-14", "2021-03-28")


def test_a_count_fronted_by_the_event_day_is_that_days(tmp_path):
    found = one_article_claims(tmp_path, "On March 14, 2018, when the state of emergency was declared, police "
                                         "detained 900 people.", published="2021-03-28")
    assert period(found, "900") == ("2018-03-14", "2018-03-14")
