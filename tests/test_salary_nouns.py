"""A police salary needs its own nouns or police as the subject of a verb of pay: a sum "paid in
extortion" or what gangs "ganan" is no salary."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize(("language", "text", "words", "metric"), [
    ("en", "An estimated $650 million a year is paid in extortion by Zemblan households, the group said.\n",
     "650", None),
    ("es", "Las pandillas de Zembla ganan unos 650 millones de dólares al año.\n", "650", None),
    ("en", "Zemblan police officers are paid about $400 a month.\n", "400", "police_salary"),
    ("es", "Los agentes de la policía de Zembla ganan 400 dólares al mes.\n", "400", "police_salary"),
])
def test_pay_is_a_salary_only_of_police(tmp_path, rules, language, text, words, metric):
    assert figure(claims(tmp_path, text, rules=rules, language=language), words).metric == metric
