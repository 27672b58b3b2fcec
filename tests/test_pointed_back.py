"""A bare count in a sentence pointing back to the one before (binding.pointed_back): the same
metric as that sentence's one figure, of its own period; never when it has a noun of its own or the
sentence before holds several figures."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize(("language", "text", "words", "metric", "year"), [
    ("en", "Police counted 2,100 homicides in Zembla in 2023. That was down from 2,400 a year earlier.\n", "2,400",
     "homicides", "2022"),
    ("en", "Zembla police arrested 6,400 people in 2019. They had recorded 7,100 in 2018.\n", "7,100", "arrests", "2018"),
    ("es", "Zembla cerró 2023 con 163 homicidios. En 2022 había registrado 502.\n", "502", "homicides", "2022"),
    ("es", "La policía contó 2.100 homicidios en 2023. Eso fue menos que los 2.400 de 2022.\n", "2.400", "homicides", "2022"),
])
def test_a_bare_count_pointing_back_goes_on_with_the_figure_before(tmp_path, rules, language, text, words, metric, year):
    claim = figure(claims(tmp_path, text, rules=rules, language=language, published="2024-02-01"), words)
    assert (claim.metric, str(claim.time.start)[:4]) == (metric, year)


@pytest.mark.parametrize(("language", "text", "words"), [
    # two figures before: which one it goes on with is not said
    ("en", "Police counted 2,100 homicides and 3,000 arrests in 2023. That was down from 2,400 a year earlier.\n", "2,400"),
    # a noun of its own says what it counts
    ("en", "Police counted 2,100 homicides in 2023. That was more than the 2,400 officers deployed.\n", "2,400"),
    ("es", "Zembla cerró 2023 con 163 homicidios. En 2022 había registrado 502 denuncias.\n", "502"),
    # a difference, no figure of the series
    ("en", "Police counted 2,100 homicides in Zembla in 2023. That is 300 more than in 2022.\n", "300"),
    ("es", "La policía contó 2.100 homicidios en 2023. Eso es 300 más que en 2022.\n", "300"),
])
def test_no_pointing_back_without_one_figure_or_with_a_noun(tmp_path, rules, language, text, words):
    assert figure(claims(tmp_path, text, rules=rules, language=language, published="2024-02-01"), words).metric is None


def test_no_pointing_back_beside_another_figure(tmp_path, rules):
    text = ("El instituto reportó 4.610 muertes violentas en 2024. En 2022 había reportado unas 5.700, cuando la "
            "policía contó 3.410.\n")
    assert figure(claims(tmp_path, text, rules=rules, language="es"), "5.700").metric is None
