"""A time in a later clause that a comma and "that"/"que" open ("..., which means that in the second
half ... 17,000 more") dates that clause's figure, not the figure before it, which has its own time
before it (binding.coordinated)."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words, expected", [
    ("es", "Al 30 de junio sumaban 21 mil 400 capturados en Zembla, lo que significa que en el segundo semestre "
           "fueron capturadas unas 9 mil personas más.", "21 mil 400", (None, "2018-06-30")),
    ("en", "As of June 30, 21,400 people had been arrested in Zembla, which means that in the second half of the "
           "year about 9,000 more were detained.", "21,400", ("2018-06-30", "2018-06-30")),
])
def test_a_later_clauses_time_is_not_the_figures(tmp_path, language, text, words, expected):
    found = one_article_claims(tmp_path, text, language=language, published="2019-01-04")
    assert period(found, words) == expected
    assert period(found, "9") == ("2018-07-01", "2018-12-31")
