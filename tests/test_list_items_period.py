"""A bulleted list's items take the period their lead-in names ("Zembla's figures for 2018:"), never a
sibling item's own time ("- 60,000 arrested since March 27"): an item's period is its own alone
(time_scope.Lead)."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("en", "Zembla's figures for 2018:\n\n- More than 58,000 arrested since May 3.\n- $6.3 billion in "
           "remittances.\n", "$6.3 billion"),
    ("es", "Las cifras de Zembla en 2018:\n\n- Más de 58.000 capturados desde el 3 de mayo.\n- 6.315 millones de "
           "dólares en remesas.\n", "6.315 millones"),
])
def test_an_item_takes_the_lead_ins_period_not_a_siblings(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2019-01-04")
    assert period(found, words) == ("2018-01-01", "2018-12-31")


def test_an_item_takes_no_siblings_period_without_a_lead_in_time(tmp_path):
    found = one_article_claims(tmp_path, "Las cifras de Zembla:\n\n- Más de 58.000 capturados desde el 3 de mayo.\n"
                                         "- 6.315 millones de dólares en remesas.\n", language="es",
                               published="2019-01-04")
    assert period(found, "6.315 millones")[0] is None
