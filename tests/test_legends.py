"""A time that is a table's legend in prose ("with 2019 in parentheses") dates no figure outside
the parentheses (binding/legends.py). Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("en", "The 2018 figures, with 2017 in parentheses: homicides in Zembla City, 1,380 (1,640); in Oz City, "
           "2,170 (2,710).\n", "2,170"),
    ("es", "Las cifras de 2018, con 2017 entre paréntesis: homicidios en Zembla, 1.380 (1.640); en Oz, "
           "2.170 (2.710).\n", "2.170"),
])
def test_a_legend_year_dates_no_figure_outside_the_parentheses(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2019-02-01")
    assert period(found, words) == ("2018-01-01", "2018-12-31")


def test_a_year_before_other_words_still_dates_its_figures(tmp_path):
    found = one_article_claims(tmp_path, "Zembla recorded 1,470 homicides in 2019, in part because of "
                                         "the truce.\n", published="2021-02-01")
    assert period(found, "1,470") == ("2019-01-01", "2019-12-31")
