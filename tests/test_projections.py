"""Figures their own words project: dated to the whole year they project ("a pace that would put
the full year near 3,000", after a stretch of a fiscal or calendar year), and compared only with
projections and figures of periods still ahead, never with a count recorded for their period,
whenever their article was published (binding.projections, binding.year_in_focus, checks/blocks.py)."""
from __future__ import annotations

from pathlib import Path

import checker
from checker.binding.projections import is_projected
from conftest import figure, language_claims, write_dated_corpus

_PACE = ("In the first half of fiscal 2016, from October through March, Mexico deported "
         "about 23,000 Guatemalans, a pace that would put the full year near 46,000.")


def _value_kinds(folder: Path, files: dict[str, tuple[str, str]]) -> list[str]:
    result = checker.check([write_dated_corpus(folder, files)])
    return sorted(f.kind for f in result.findings if f.rule == "value")


def test_a_pace_inside_a_fiscal_half_projects_the_whole_fiscal_year(tmp_path):
    found = language_claims(tmp_path, _PACE, "en", published="2016-05-02")
    pace, recorded = figure(found, "46,000"), figure(found, "23,000")
    assert (pace.time.start, pace.time.end) == ("2015-10-01", "2016-09-30")
    assert (recorded.time.start, recorded.time.end) == ("2015-10-01", "2016-03-31")
    assert is_projected(pace) and not is_projected(recorded)


def test_a_pace_inside_a_calendar_stretch_projects_the_year_and_leaves_the_count_its_stretch(tmp_path):
    found = language_claims(tmp_path, "From January through May, Panama's police recorded 410 homicides, "
                                      "a pace that would put the full year near 990.", "en", published="2016-06-20")
    assert (figure(found, "990").time.start, figure(found, "990").time.end) == ("2016-01-01", "2016-12-31")
    assert (figure(found, "410").time.start, figure(found, "410").time.end) == ("2016-01-01", "2016-05-31")


def test_a_spanish_pace_projects_the_whole_year(tmp_path):
    found = language_claims(tmp_path, "De enero a mayo, la Policía de Panamá registró 410 homicidios, un ritmo "
                                      "que llevaría el año completo a cerca de 990.", "es", published="2016-06-20")
    assert (figure(found, "990").time.start, figure(found, "990").time.end) == ("2016-01-01", "2016-12-31")
    assert is_projected(figure(found, "990")) and not is_projected(figure(found, "410"))


def test_a_pace_is_not_compared_with_the_count_of_the_stretch(tmp_path):
    kinds = _value_kinds(tmp_path / "c", {
        "a.txt": ("2016-05-02", _PACE + "\n"),
        "b.txt": ("2016-04-20", "Mexico deported 22,800 Guatemalans from October through March.\n")})
    assert "drift" not in kinds and "conflict" not in kinds


def test_a_projection_said_late_in_its_year_is_not_set_against_the_final_count(tmp_path):
    kinds = _value_kinds(tmp_path / "c", {
        "a.txt": ("2016-12-20", "Panama's government projects that fewer than 300 homicides will be recorded in 2016.\n"),
        "b.txt": ("2017-01-15", "Panama recorded 480 homicides in 2016, police said.\n")})
    assert kinds == []


def test_a_recorded_count_beside_no_projection_is_not_marked(tmp_path):
    found = language_claims(tmp_path, "Panama recorded 480 homicides in 2016, and police expect fewer this year.",
                            "en", published="2017-01-15")
    assert not is_projected(figure(found, "480"))
