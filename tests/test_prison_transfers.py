"""Inmates sent back to a prison, a jail or their cells are moved inside one country: no
deportations, though "sent back" / "devueltos" name deportations elsewhere (rules/metrics/
deportations.yaml exclude). Every sentence here is invented for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, spanish_claims
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize("text", [
    "Fourteen gang bosses were sent back to the Tamara high-security prison in Honduras in May.",
    "In May, 60 inmates were sent back to their cells in Guatemala after the riot.",
    "Officials said 45 prisoners were sent back to jail in Honduras in 2019.",
])
def test_inmates_sent_back_to_a_prison_are_no_deportations(tmp_path, rules, text):
    found = claims(tmp_path, text + "\n", rules=rules)
    assert [c.metric for c in found if c.kind == "quantity"] == [None]


@pytest.mark.parametrize("text", [
    "En mayo, 14 cabecillas fueron devueltos a la cárcel de máxima seguridad de Támara, en Honduras.",
    "Unos 45 reos fueron devueltos al penal de Zacapa, en Guatemala, en marzo de 2019.",
])
def test_spanish_inmates_sent_back_to_a_prison_are_no_deportations(tmp_path, text):
    found = spanish_claims(tmp_path, text + "\n")
    assert [c.metric for c in found if c.kind == "quantity"] == [None]


def test_people_sent_back_to_their_country_stay_deportations(tmp_path, rules):
    found = claims(tmp_path, "Mexico sent back 835 Hondurans in January, many of whom face prison at home.\n", rules=rules)
    assert figure(found, "835").metric == "deportations"


def test_spanish_people_sent_back_to_their_country_stay_deportations(tmp_path):
    found = spanish_claims(tmp_path, "México devolvió a 835 hondureños en enero; muchos irán a la cárcel.\n")
    assert figure(found, "835").metric == "deportations"
