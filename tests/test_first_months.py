""""In the first six months" with no "of" after it is the first six months of the year, the last such
stretch over by publication (as "the first half" is), not a length of six months (timex.first_months)."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("en", "Police counted 517 homicides in Lund in the first six months.", "517"),
    ("es", "La policía contó 517 homicidios en Lund en los primeros seis meses.", "517"),
])
def test_the_first_months_are_the_years(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2019-07-10")
    assert period(found, words) == ("2019-01-01", "2019-06-30")
    assert not [c for c in found if c.kind == "quantity" and c.unit == "day"]  # no length of six months


def test_the_first_months_not_yet_over_are_last_years(tmp_path):
    found = one_article_claims(tmp_path, "Police counted 517 homicides in Lund in the first six months.",
                               published="2019-03-10")
    assert period(found, "517") == ("2018-01-01", "2018-06-30")
