"""A bare count or sum in a sentence pointing back to the one before (binding.pointed_back): the
same metric (or counted noun of no metric) as that sentence's figures, of its own period; never when
it has a noun or a subject of its own, or the sentence before counts several things or places."""
from __future__ import annotations

import pytest

from tests.conftest import figure, value_findings
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


@pytest.mark.parametrize(("language", "text", "words", "metric", "year"), [
    # a copula whose subject is left out, a time alone before it
    ("es", "La policía de Honduras contó 419 homicidios en 2023. El año anterior fueron 463, según la fiscalía.\n",
     "463", "homicides", "2022"),
    ("es", "La policía de Guatemala contó 419 homicidios en 2023. En 2021 habían sido 463.\n", "463", "homicides", "2021"),
    # several figures of one metric and place before (rival tallies): what they count is one thing
    ("es", ("La policía de Honduras contó 419 homicidios en 2023, frente a 471 del observatorio. En 2021 habían sido "
     "463.\n"), "463", "homicides", "2021"),
    # a count between an article and an account's participle, read as its noun
    ("es", ("La policía de Honduras contó 419 homicidios en 2023. Es un 7 % más que los 392 registrados dos años "
     "antes.\n"), "392", "homicides", "2021"),
    # a sum between an article and an account's participle, dated relative to the year in focus; a share beside it
    ("en", ("Remittances to Mexico reached $41 billion last year. For Mexico that is an 11% rise from the $37 billion "
     "recorded two years earlier.\n"), "$37 billion", "remittances", "2021"),
])
def test_an_elided_figure_goes_on_with_what_the_sentence_before_counted(tmp_path, rules, language, text, words, metric,
                                                                         year):
    claim = figure(claims(tmp_path, text, rules=rules, language=language, published="2024-02-01"), words)
    assert (claim.metric, str(claim.time.start)[:4]) == (metric, year)


@pytest.mark.parametrize(("language", "text", "words"), [
    # the copula's subject is named: another thing
    ("es", "La policía de Honduras contó 419 homicidios en 2023. Los heridos fueron 463.\n", "463"),
    # the figures before are of two places: which one it goes on with is not said
    ("es", "La policía contó 419 homicidios en Honduras y 392 en Guatemala en 2023. En 2021 habían sido 463.\n", "463"),
])
def test_no_elided_figure_with_a_subject_or_several_places_before(tmp_path, rules, language, text, words):
    assert figure(claims(tmp_path, text, rules=rules, language=language, published="2024-02-01"), words).metric is None


@pytest.mark.parametrize(("language", "text", "noun"), [
    ("es", ("Hasta junio, un centro de estudios contó 127 masacres en Honduras y la fiscalía, 118. Un año antes fueron "
     "168.\n"), "masacre"),
    ("en", "Honduras recorded 127 massacres in 2023. A year earlier there had been 168.\n", "massacre"),
    ("es", "El observatorio contó 127 masacres en Honduras en 2023. En 2021 la cifra fue de 168.\n", "masacre"),
    ("es", ("El observatorio contó 127 masacres en Honduras en 2023. Es un 9 % más que las 117 registradas dos años "
     "antes.\n"), "masacre"),
    # a noun of its own before the participle
    ("es", ("El observatorio contó 127 masacres en Honduras en 2023. Es más que las 117 muertes registradas dos años "
     "antes.\n"), "muerte"),
    # two counted things before: none is carried
    ("es", "El observatorio contó 127 masacres y 94 secuestros en Honduras en 2023. El año anterior fueron 168.\n", None),
])
def test_an_elided_count_takes_the_noun_of_no_metric_counted_before(tmp_path, language, text, noun):
    found = claims(tmp_path, text, language=language, published="2024-02-01")
    assert figure(found, next(n for n in ("168", "117") if n in text)).noun == noun


def test_a_count_carried_from_the_sentence_before_is_compared_as_what_it_counts(tmp_path):
    found = value_findings(tmp_path, "Honduras recorded 127 massacres in 2020. A year earlier there had been 168.",
                           "Honduras recorded 211 massacres in 2019, the observatory said.")
    assert [(f.kind, sorted(c.value.point for c in f.claims)) for f in found] == [("conflict", [168, 211])]
