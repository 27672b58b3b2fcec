"""'The capital' (binding.capital): the capital city of the country in focus, when the rules name
it; otherwise no place, never the city named before it. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, subject_basis
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize("text", [
    "In Choloma the murder rate reached 61.2 in 2020, and in the capital 47.5.",
    "The murder rate was 61.2 in Choloma and 47.5 in the capital in 2020.",
])
def test_the_capital_is_the_capital_of_the_country_in_focus(tmp_path, rules, text):
    found = claims(tmp_path, f"Honduras recorded 3,400 homicides in 2020.\n\n{text}\n", rules=rules)
    assert figure(found, "47.5").subject == ("Tegucigalpa",)
    assert figure(found, "61.2").subject == ("Choloma",)


def test_la_capital_in_spanish(tmp_path, rules):
    found = claims(tmp_path, "Honduras registró 3.400 homicidios en 2020.\n\nEn Choloma se registraron 310 "
                             "homicidios en 2020, y en la capital, 520.\n", rules=rules, language="es")
    assert figure(found, "520").subject == ("Tegucigalpa",)
    assert figure(found, "310").subject == ("Choloma",)


@pytest.mark.parametrize("text", [
    "In 2019 the murder rate was 19.4 in Guyana and 25.3 in the capital.",
    "In 2019 Guyana had a murder rate of 19.4, and in the capital 25.3.",
])
def test_a_capital_the_rules_do_not_name_leaves_the_figure_without_a_place(tmp_path, rules, text):
    found = claims(tmp_path, f"{text}\n", rules=rules)
    assert subject_basis(figure(found, "25.3")) == ((), "phrase")
    assert figure(found, "19.4").subject == ("Guyana",)
