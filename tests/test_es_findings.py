"""How the engine judges figures that are not plain levels: differences between two periods, rival
sources listed in one sentence, figures their own sentence leaves unconfirmed (issue 16)."""
from __future__ import annotations

import checker
from tests.conftest import write_corpus


def _check(tmp_path, articles: dict[str, tuple[str, str]]):
    """The check result over articles given as {name: (language, text)}, all published in March 2020."""
    manifest = "\n".join(f'[[source]]\nfile = "{name}"\npublished = "2020-03-02"\nlanguage = "{language}"\n'
                         for name, (language, _) in articles.items())
    folder = write_corpus(tmp_path / "c", {name: text + "\n" for name, (_, text) in articles.items()}, manifest)
    return checker.check([folder])


def _kinds(result) -> list[str]:
    return sorted(f.kind for f in result.findings if f.rule == "value")


def test_differences_of_one_metric_place_and_period_are_compared_with_each_other(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("es", "Honduras cerró 2019 con 3.900 homicidios, 1.300 homicidios menos que el año anterior."),
        "b.txt": ("en", "Honduras ended 2019 with 4,000 murders, 1,100 fewer murders than the year before.")})
    conflict = next(f for f in result.findings if f.kind == "conflict")
    assert {c.text for c in conflict.claims} == {"1.300 homicidios", "1,100 fewer murders"}
    assert "fall in homicides (a difference)" in conflict.message


def test_a_difference_is_never_compared_with_a_level(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("en", "Honduras counted 3,900 homicides in 2019."),
        "b.txt": ("es", "Honduras contó 400 homicidios menos en 2019.")})
    assert _kinds(result) == []


def test_figures_each_followed_by_its_own_source_are_rival_accounts(tmp_path):
    result = _check(tmp_path, {"a.txt": ("es", "Entre enero y marzo de 2019, Honduras registró 300 homicidios según "
                                               "la Fiscalía, 150 según Medicina Legal y 310 según la Policía.")})
    conflict = next(f for f in result.findings if f.kind == "conflict")
    assert {"150", "300 homicidios"} <= {c.text for c in conflict.claims}


def test_a_sentence_listing_figures_without_their_sources_is_one_account(tmp_path):
    result = _check(tmp_path, {"a.txt": ("en", "According to the police, Honduras counted 300 murders from January "
                                               "to March 2019, and 150 in the same months.")})
    assert "conflict" not in _kinds(result)


def test_a_figure_its_sentence_leaves_unconfirmed_is_not_compared(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("es", "El sábado 7 de marzo de 2020 cerró con 40 homicidios en Honduras, según la Policía."),
        "b.txt": ("es", "El sábado 7 de marzo de 2020 un sindicato habló de 25 homicidios en Honduras, una cifra "
                        "que la Policía no confirmó.")})
    assert "conflict" not in _kinds(result)
    assert any(c.text.startswith("25") and "unconfirmed" in why for c, why in result.not_compared)


def test_a_guess_at_a_figure_is_not_compared(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("en", "Honduras recorded 3,900 homicides in 2019."),
        "b.txt": ("en", "Officials said homicides in Honduras could exceed 6,000 in 2019.")})
    assert "conflict" not in _kinds(result)


def test_a_figure_told_in_the_conditional_of_a_guess_is_not_compared(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("es", "Honduras registró 3.900 homicidios en 2019."),
        "b.txt": ("es", "Según un observatorio, los homicidios de Honduras en 2019 estarían por encima de 6.000.")})
    assert "conflict" not in _kinds(result)
    assert any(c.text.endswith("6.000") and "unconfirmed" in why for c, why in result.not_compared)


def test_a_stock_of_one_noun_in_two_languages_is_one_stock(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("es", "La nueva cárcel de Chile tiene capacidad para 12.500 reos, repartidos en módulos de 500 "
                        "cada uno, y en febrero ya albergaba a 3.000 presos trasladados."),
        "b.txt": ("en", "The new jail in Chile, with room for 12,500 inmates, opened in January.")})
    agreement = next(f for f in result.findings if f.rule == "value" and f.kind == "agreement")
    assert {c.text for c in agreement.claims} == {"12.500 reos", "12,500 inmates"}


def test_a_stocks_level_dated_by_another_stretchs_time_is_as_of_its_article(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("es", "La cárcel de Chile, con capacidad para 12.500 reos, que según el ministerio operaba el año "
                        "pasado al 40 % de su capacidad, sigue abierta. En 2018 la cárcel de Chile tenía capacidad "
                        "para 9.000 reos.")})
    by_text = {c.text: c for c in result.extraction.claims}
    assert by_text["12.500 reos"].time.basis == "publication"
    assert by_text["9.000 reos"].time.start == "2018-01-01"


def test_a_lower_bound_is_a_level_not_a_fall(tmp_path):
    """"al menos" bounds the figure: its "menos" is no comparative, so the two counts are compared."""
    result = _check(tmp_path, {
        "a.txt": ("es", "En El Salvador hubo al menos 40 homicidios en enero de 2020."),
        "b.txt": ("es", "En El Salvador hubo 12 homicidios en enero de 2020."),
        "c.txt": ("es", "En El Salvador hubo 40 homicidios menos en enero de 2020.")})
    changes = {c.source.rsplit("/", 1)[-1]: c.change for c in result.extraction.claims}
    assert changes == {"a.txt": None, "b.txt": None, "c.txt": "down"}
    assert _kinds(result) == ["conflict"]


def test_a_change_counted_since_a_date_is_no_running_total(tmp_path):
    """"300 detenidos más desde el 27 de marzo": a difference of a running-total metric is keyed
    as a difference, and the running-total check leaves it alone (it used to fail on its key)."""
    result = _check(tmp_path, {
        "a.txt": ("es", "En El Salvador hubo 300 detenidos más desde el 27 de febrero."),
        "b.txt": ("es", "En El Salvador hubo 250 detenidos más desde el 27 de febrero.")})
    assert {c.change for c in result.extraction.claims} == {"up"}
    assert not [f for f in result.findings if f.rule == "running-total"]
