"""A time counted back from an event the sentence names ("the week before the riot", "la semana
anterior a la masacre") is that event's, which the figure's reading cannot date: left unresolved,
never moved from the last time named (binding.before_event). "The year before" alone still is."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("en", "Twelve inmates were killed on Tuesday in a riot in Lund. The state of emergency, in force since "
           "Nov. 14, would be widened.\n\nThe week before the riot, 47 people were murdered across Zembla.", "47"),
    ("es", "Doce reos murieron el martes en un motín en Lund.\n\nLa semana anterior a la masacre, 47 personas fueron "
           "asesinadas en Zembla.", "47"),
])
def test_a_week_before_an_event_is_left_unresolved(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2019-06-22")
    assert period(found, words) == (None, None)


def test_the_year_before_alone_moves_the_focus(tmp_path):
    found = one_article_claims(tmp_path, "Zembla recorded 300 homicides in 2018. The year before, 280 people were "
                                         "murdered.", published="2019-06-22")
    assert period(found, "280") == ("2017-01-01", "2017-12-31")
