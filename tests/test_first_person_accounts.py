"""A Spanish account in the first person: "Hemos capturado a N pandilleros" counts arrests, and a
first-person verb opening a quote ("Llevamos N capturados") is a verb, not a name the number labels."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize(("text", "words"), [
    ('"Hemos capturado a 41 mil 220 pandilleros", dijo el ministro de Zembla.\n', "41 mil 220"),
    ('"Llevamos 79 mil 330 capturados", afirmó el ministro de Zembla el lunes.\n', "79 mil 330"),
    ("«Sumamos 2.300 detenidos en la capital», dijo el jefe policial.\n", "2.300"),
    ("Zembla, dijo el ministro, ya detuvo a 900. Detuvimos a 1.200 sospechosos en marzo, añadió.\n", "1.200"),
])
def test_a_first_person_account_counts_its_metric(tmp_path, rules, text, words):
    assert figure(claims(tmp_path, text, rules=rules, language="es"), words).metric == "arrests"


def test_a_name_before_a_number_stays_a_label(tmp_path, rules):
    found = claims(tmp_path, "Ramos 7 fue el mejor modelo del año.\n", rules=rules, language="es")
    assert not [c for c in found if c.kind == "quantity" and c.text.startswith("7")]
