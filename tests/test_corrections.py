"""Figures read as their sentence means them before they are compared: a figure a later one
corrects (binding.corrections), an average beside an earlier period's base figure
(checks/daily_average.py), Spanish "cerca de" as "about", and a change's two ends beside a
figure dated to the year before (binding.change_ends)."""
from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.binding.corrections import is_superseded
from checker.checks.established import SUPERSEDED
from conftest import figure, language_claims, write_corpus


def _findings(folder: Path, language: str, *texts: str):
    """The findings over one article per text in ``language``, published a month apart from 2021-03-10."""
    names = [f"{'abcdefg'[i]}.txt" for i in range(len(texts))]
    manifest = "\n".join(f'[[source]]\nfile = "{name}"\npublished = "2021-0{i + 3}-10"\nlanguage = "{language}"\n'
                         for i, name in enumerate(names))
    result = checker.check([write_corpus(folder, {n: t + "\n" for n, t in zip(names, texts)}, manifest)])
    return result


def _kinds(result, rule: str = "value") -> list[str]:
    return sorted(f.kind for f in result.findings if f.rule == rule)


# --- a figure a later one of its sentence corrects ---------------------------------------------

def test_a_figure_first_reported_then_revised_is_not_compared_and_the_correction_stands(tmp_path):
    result = _findings(tmp_path / "c", "en",
                       "The Nicaraguan police initially gave 2,480 murders for 2019, a tally later revised down to 2,410.",
                       "Nicaragua recorded 2,410 murders in 2019, police said.")
    assert _kinds(result) == ["agreement"]  # no drift from the replaced 2,480
    skipped = {c.text: why for c, why in result.not_compared}
    assert skipped.get("2,480 murders") == SUPERSEDED


def test_the_replaced_figure_no_longer_downgrades_a_real_conflict_to_drift(tmp_path):
    result = _findings(tmp_path / "c", "en",
                       "The bureau first reported 2,480 murders in Nicaragua for 2019 but later revised that down to 2,410.",
                       "In 2019, some 3,100 people were murdered in Nicaragua.")
    assert _kinds(result) == ["conflict"]


def test_the_replaced_figure_carries_its_correction_in_its_binding(tmp_path):
    found = language_claims(tmp_path, "Panama's police first reported 640 murders in 2016, a toll later "
                                      "corrected to 652.", "en")
    old, new = figure(found, "640"), figure(found, "652")
    assert is_superseded(old) and not is_superseded(new)
    assert "652" in old.evidence("revision").words


def test_a_spanish_figure_that_a_revision_replaces_is_not_compared(tmp_path):
    found = language_claims(tmp_path, "La Fiscalía de Panamá corrigió a 731 la cifra de asesinatos de 2016, "
                                      "que inicialmente había situado en 758.", "es")
    assert is_superseded(figure(found, "758")) and not is_superseded(figure(found, "731"))


def test_two_figures_without_a_revision_are_both_live(tmp_path):
    found = language_claims(tmp_path, "Panama's police initially counted 640 murders in 2016 and 700 in 2017.", "en")
    assert not any(is_superseded(c) for c in found)


# --- a daily average after an earlier period's base figure --------------------------------------

def test_an_average_after_an_earlier_years_base_figure_is_not_tied_to_the_main_figure(tmp_path):
    result = _findings(tmp_path / "c", "en",
                       "Panama's police logged 2,900 robberies in the first ten months of 2018, up from "
                       "2,190 in all of 2017 (about 6 a day).")
    assert _kinds(result, "daily-average") == []


def test_an_average_right_after_its_total_is_still_checked(tmp_path):
    result = _findings(tmp_path / "c", "en", "Panama's police logged 2,190 robberies in 2017, about 6 a day.")
    assert _kinds(result, "daily-average") == ["agreement"]  # 2,190 / 365 = 6.0


def test_an_unbracketed_average_after_a_base_figure_goes_on_with_the_main_figure(tmp_path):
    result = _findings(tmp_path / "c", "en",
                       "Panama's police logged 2,920 robberies in 2018, down from 3,100 in 2017, or about 8 a day.")
    assert _kinds(result, "daily-average") == ["agreement"]  # 2,920 / 365 = 8.0

# --- Spanish "cerca de": about, on either side ---------------------------------------------------

def test_spanish_cerca_de_is_about_so_a_figure_just_above_agrees(tmp_path):
    result = _findings(tmp_path / "c", "es", "Panamá cerró 2019 con 1.545 homicidios, según la Policía.",
                       "En 2019 hubo en Panamá cerca de 1.500 homicidios.")
    assert _kinds(result) == ["agreement"]


def test_spanish_casi_stays_below_its_figure(tmp_path):
    found = language_claims(tmp_path, "En 2019 hubo en Panamá casi 1.500 homicidios.", "es")
    assert figure(found, "1.500").value.hi == 1500


# --- a change's two ends beside a figure dated to the year before --------------------------------

def test_a_spanish_change_from_to_beside_a_year_earlier_figure_is_two_values(tmp_path):
    found = language_claims(tmp_path, "Panamá cerró 2019 con 1.490 homicidios. La tasa de homicidios fue de 35,2 "
                                      "por cada 100.000 residentes, frente a 37,8 un año antes, y el promedio "
                                      "diario bajó de 4,5 a 4,1 asesinatos.", "es", published="2020-01-05")
    before, after = figure(found, "4,5"), figure(found, "4,1")
    assert (before.value.point, before.time.start[:4]) == (4.5, "2018")
    assert (after.value.point, after.time.start[:4]) == (4.1, "2019")


def test_a_revision_of_another_period_replaces_nothing(tmp_path):
    found = language_claims(tmp_path, "Panama's police initially recorded 40 murders in January 2016 and revised "
                                      "its methods, and 52 murders were counted in February 2016.", "en")
    assert not any(is_superseded(c) for c in found)


# --- a correction notice: what an earlier version of the article said --------------------------

def test_a_correction_notice_retracts_its_figure_and_the_revised_toll_stands(tmp_path):
    result = _findings(tmp_path / "c", "en",
                       "Peru sent troops into its jails on Friday, a day after 31 inmates died in a fire in Callao. "
                       "An earlier version of this article said 27 inmates had died; the toll was revised up to 31 "
                       "on Friday.")
    assert _kinds(result) == []  # no drift of 27 against 31
    skipped = {c.text: why for c, why in result.not_compared}
    assert skipped.get("27 inmates") == SUPERSEDED


def test_revised_up_to_is_the_level_reached_not_a_bound(tmp_path):
    found = language_claims(tmp_path, "The toll in Callao was revised up to 31 on Friday.", "en")
    assert (figure(found, "31").value.lo, figure(found, "31").value.hi) == (31, 31)
    found = language_claims(tmp_path, "The prison in Callao can hold up to 31 inmates.", "en")
    assert figure(found, "31").value.hi == 31 and figure(found, "31").value.lo is None


def test_a_correction_footer_retracts_its_figure_whatever_sentence_gives_the_right_one(tmp_path):
    found = language_claims(tmp_path, "Peru's congress approved $310 million for its prisons for 2016.\n\n"
                                      "*Correction: An earlier version of this article said Peru's congress "
                                      "approved $290 million for its prisons for 2016. It approved $310 million.*",
                            "en")
    assert is_superseded(figure(found, "$290 million"))
    assert not any(is_superseded(c) for c in found if "310" in c.text)


def test_a_spanish_correction_notice_over_two_sentences_retracts_the_earlier_figure(tmp_path):
    result = _findings(tmp_path / "c", "es",
                       "Perú registró 1.245 homicidios en 2022, según la Policía.\n\n"
                       "Una versión anterior de esta nota decía que en 2022 se registraron 1.452 homicidios en Perú. "
                       "La cifra correcta es 1.245.")
    assert "conflict" not in _kinds(result) and "drift" not in _kinds(result)
    skipped = {c.text: why for c, why in result.not_compared}
    assert skipped.get("1.452 homicidios") == SUPERSEDED


def test_a_notice_leaves_the_figure_it_gives_as_correct(tmp_path):
    found = language_claims(tmp_path, "An earlier version of this article gave 27 deaths in Callao in 2016 "
                                      "rather than 31.", "en")
    assert is_superseded(figure(found, "27")) and not is_superseded(figure(found, "31"))


def test_an_earlier_version_of_a_bill_is_no_correction_notice(tmp_path):
    found = language_claims(tmp_path, "An earlier version of the bill gave Peru $290 million for its prisons "
                                      "in 2016.", "en")
    assert not any(is_superseded(c) for c in found)


@pytest.mark.parametrize(("code", "text", "stands", "retracted"), [
    ("en", "This article was corrected to show that 33 inmates died in the fire in Callao in 2016, not 29.",
     "33 inmates", "29"),
    ("en", "This story has been corrected to say Peru approved $310 million for its prisons for 2016 rather than "
           "$290 million.", "$310 million", "$290 million"),
    ("es", "Esta nota fue corregida para indicar que en 2022 murieron 33 reos en Callao, y no 29.", "33 reos", "29"),
])
def test_a_notice_told_the_other_way_round_retracts_the_figure_after_not(tmp_path, code, text, stands, retracted):
    found = language_claims(tmp_path, text, code)
    assert is_superseded(figure(found, retracted)) and not is_superseded(figure(found, stands))


def test_corrected_to_show_with_no_replacing_cue_retracts_nothing(tmp_path):
    found = language_claims(tmp_path, "The register was corrected to show 33 inmates in Callao in 2016.", "en")
    assert not any(is_superseded(c) for c in found)


@pytest.mark.parametrize(("text", "language"), [
    ("Zembla counted 1,972 homicides in 2022.\n\nCorrection: an earlier version of this article said the prisons held "
     "27,230 inmates at the end of 2022; the correct figure is 31,480.\n", "en"),
    ("Zembla contó 1.972 homicidios en 2022.\n\nCorrección: una versión anterior de esta nota indicaba que las cárceles "
     "albergaban 27.230 reclusos al cierre de 2022; la cifra correcta es 31.480.\n", "es"),
])
def test_the_figure_a_notice_gives_as_correct_counts_what_the_retracted_one_did(tmp_path, text, language):
    found = language_claims(tmp_path, text, language, published="2024-02-01")
    standing = next(c for c in found if c.text.startswith("31"))
    assert standing.metric is None and not is_superseded(standing)
