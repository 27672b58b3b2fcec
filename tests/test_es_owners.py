"""Whose figure it is: a relative possessive after a place ("Zembla, cuya tasa...", "Zembla, whose
rate ..."), and names written with accented capitals ("Villa Ébano", "el Consejo Ético"), in
binding.subject and binding.reference_places. Every sentence here is written for these tests."""
from __future__ import annotations

from conftest import make_pack

from checker.ruleset import default_pack, load_rules
from tests.conftest import figure
from tests.conftest import one_article_claims as article_claims


def spanish_claims(tmp_path, text: str, rules) -> list:
    return article_claims(tmp_path, text, "Honduras en cifras", rules, language="es", published="2023-01-03")


def test_a_relative_possessive_gives_the_place_before_it(tmp_path, rules):
    found = spanish_claims(tmp_path, "Honduras cerró 2022 con 3.500 homicidios.\n\nEl informe compara a Honduras con "
                                     "Costa Rica, cuya tasa de homicidios bajó a 12,6 en 2022.\n", rules)
    assert figure(found, "12,6").subject == ("Costa Rica",)


def test_whose_in_english(tmp_path, rules):
    found = article_claims(tmp_path, "Honduras closed 2022 with 3,500 homicides.\n\nThe report set Honduras beside "
                                     "Costa Rica, whose homicide rate fell to 12.6 in 2022.\n", title="Honduras in figures",
                           rules=rules)
    assert figure(found, "12.6").subject == ("Costa Rica",)


def test_an_unknown_name_with_an_accented_capital_is_read_whole(tmp_path, rules):
    found = spanish_claims(tmp_path, "Honduras cerró 2022 con 3.500 homicidios.\n\nEse año hubo 52 homicidios en "
                                     "Villa Ébano, según la policía.\n", rules)
    claim = figure(found, "52")
    assert claim.subject == ()
    assert claim.evidence("subject").words == "Villa Ébano (not a known place)"


_ZEMBLA = ("kind: entities\nid: zembla\nentities:\n"
           "  - {name: Zembla, type: country}\n"
           "  - {name: Ruritania City, type: city, aliases: {es: [Ciudad Ruritania]}}\n")


def test_an_organisation_named_with_accented_capitals_has_its_home(tmp_path, tmp_path_factory):
    rules = load_rules([default_pack(), make_pack(tmp_path_factory.mktemp("p"), {"entities/zembla.yaml": _ZEMBLA})])
    found = spanish_claims(tmp_path, "Ciudad Ruritania encabezó en 2022 la lista del Consejo Ético para la Seguridad "
                                     "de Zembla con 160 homicidios por cada 100.000 habitantes.\n", rules)
    assert figure(found, "160").subject == ("Ruritania City",)
