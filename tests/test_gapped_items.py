"""A gapped list's items ("Zembla City recorded 412 killings in 2023, Oz City 540 and Ruritania
City 118"): each a figure of its own, counting what the first figure counts, whatever stands
before the name that states the first (a dateline, a fronted phrase). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize("text, language", [
    ("OZ CITY (AP) - Zembla City recorded 412 killings in 2023, Oz City 540 and Port Ruritania 118.", "en"),
    ("In 2023 Zembla City recorded 412 killings, Oz City 540 and Port Ruritania 118.", "en"),
    ("Killings fell. Zembla City, the port, recorded 412 killings, Oz City 540 and Port Ruritania 118.", "en"),
    ("Según la policía, Ciudad Zembla registró 412 homicidios en 2023, Puerto Oz 540 y Villa Ruritania 118.", "es"),
])
def test_each_item_of_a_gapped_list_after_a_lead_in_is_a_figure(tmp_path, rules, text, language):
    found = [c for c in claims(tmp_path, text + "\n", rules=rules, language=language) if c.kind == "quantity"]
    assert [(c.value.point, c.metric) for c in found] == [(412, "homicides"), (540, "homicides"), (118, "homicides")]


@pytest.mark.parametrize("text, language", [
    ("By comparison, Nicaragua reported 114 homicides in 2024, and Panama 2,790.", "en"),
    ("En comparación, Nicaragua registró 114 homicidios en 2024, y Panamá 2.790.", "es"),
])
def test_a_gapped_item_after_the_first_figures_time_counts_what_it_counts(tmp_path, rules, text, language):
    found = [c for c in claims(tmp_path, text + "\n", rules=rules, language=language) if c.kind == "quantity"]
    assert [(c.value.point, c.metric, c.subject) for c in found] == [
        (114, "homicides", ("Nicaragua",)), (2790, "homicides", ("Panama",))]


def test_a_gapped_list_by_city_is_held_to_the_largest_whole_its_source_states(tmp_path):
    """Of two wholes one article gives its country for a year, the parts are held to the largest:
    the smaller is another count, or bound to the metric amiss, and the value check weighs the two."""
    import checker
    from tests.conftest import write_dated_corpus

    corpus = write_dated_corpus(tmp_path / "c", {"a.txt": ("2024-01", (
        "Honduras recorded 3,000 homicides in 2023.\n\n"
        "A second count put homicides in Honduras at 900 in 2023.\n\n"
        "San Pedro Sula recorded 412 killings in 2023, Tegucigalpa 540 and Choloma 118.\n"))})
    found = [f for f in checker.check([corpus]).findings if f.rule == "parts-whole"]
    assert [(f.kind, f.claims[0].value.point) for f in found] == [("agreement", 3000)]
