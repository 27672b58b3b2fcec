"""Whose figure it is: a relative possessive after a place ("Zembla, cuya tasa...", "Zembla, whose
rate ..."), and unknown place names written with accented capitals ("Villa Ébano"), in
binding.subject. Every sentence here is written for these tests."""
from __future__ import annotations

from checker.extract import extract_claims
from tests.conftest import figure, write_corpus
from tests.conftest import one_article_claims as english_claims


def spanish_claims(tmp_path, text: str, rules) -> list:
    folder = write_corpus(tmp_path / "c", {"a.txt": text}, '[[source]]\nfile = "a.txt"\npublished = "2023-01-03"\n'
                                                         'language = "es"\ntitle = "Honduras en cifras"\n')
    return extract_claims([folder], rules).claims


def test_a_relative_possessive_gives_the_place_before_it(tmp_path, rules):
    found = spanish_claims(tmp_path, "Honduras cerró 2022 con 3.500 homicidios.\n\nEl informe compara a Honduras con "
                                     "Costa Rica, cuya tasa de homicidios bajó a 12,6 en 2022.\n", rules)
    assert figure(found, "12,6").subject == ("Costa Rica",)


def test_whose_in_english(tmp_path, rules):
    found = english_claims(tmp_path, "Honduras closed 2022 with 3,500 homicides.\n\nThe report set Honduras beside "
                                     "Costa Rica, whose homicide rate fell to 12.6 in 2022.\n", title="Honduras in figures",
                           rules=rules)
    assert figure(found, "12.6").subject == ("Costa Rica",)


def test_an_unknown_name_with_an_accented_capital_is_read_whole(tmp_path, rules):
    found = spanish_claims(tmp_path, "Honduras cerró 2022 con 3.500 homicidios.\n\nEse año hubo 52 homicidios en "
                                     "Villa Ébano, según la policía.\n", rules)
    claim = figure(found, "52")
    assert claim.subject == ()
    assert claim.evidence("subject").words == "Villa Ébano (not a known place)"
