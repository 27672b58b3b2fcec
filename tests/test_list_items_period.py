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


@pytest.mark.parametrize("language, text, words", [
    ("en", "The toll of 2018:\n\n- 2,810 homicides (3,270 in 2017)\n- Unaccompanied minors, all nationalities: 41,300 "
           "(fiscal 2017: 35,900)", ("2,810", "41,300")),
    ("es", "Lo que dejó 2018:\n\n- 2.810 homicidios (3.270 en 2017)\n- Menores no acompañados, todas las "
           "nacionalidades: 41.300 (año fiscal 2017: 35.900)", ("2.810", "41.300")),
])
def test_a_time_in_brackets_beside_another_figure_is_that_figures(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text + "\n", language=language, published="2019-01-03")
    for said in words:
        assert period(found, said) == ("2018-01-01", "2018-12-31"), said
