"""Issue 16: Spanish metric precision. Deaths counted in a custody setting, ratios, parts of a
fronted set, durations and counts of events are read from the rules' `es:` words and the Spanish
pack, never from Python."""
from __future__ import annotations

from conftest import figure, write_corpus

from checker.extract import extract_claims


def _claims(tmp_path, text: str):
    folder = write_corpus(tmp_path / "c", {"a.txt": text},
                          '[[source]]\nfile = "a.txt"\npublished = "2020-03-01"\nlanguage = "es"\n')
    return extract_claims([folder]).claims


def test_deaths_beside_a_custody_setting_are_deaths_in_custody(tmp_path):
    found = _claims(tmp_path, "La ONG ha documentado 80 muertes de personas que estaban bajo custodia del Estado "
                              "de Zembla. El Gobierno solo había reconocido 30 fallecimientos, sin explicar las "
                              "causas; la cárcel de Ruritania, con 12 muertes, encabezaba la lista.\n")
    for words in ("80 muertes", "30 fallecimientos", "12 muertes"):
        assert figure(found, words).metric == "deaths_in_custody", words


def test_deaths_without_a_custody_setting_are_not_deaths_in_custody(tmp_path):
    found = _claims(tmp_path, "En Zembla hubo 300 muertes en accidentes de tránsito en 2019.\n")
    assert figure(found, "300 muertes").metric != "deaths_in_custody"
