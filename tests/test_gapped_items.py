"""A gapped list's items ("Zembla City recorded 307 killings in 2023, Oz City 271 and Ruritania
City 107"): each a figure of its own, counting what the first figure counts, whatever stands
before the name that states the first (a dateline, a fronted phrase). Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize("text, language", [
    ("OZ CITY (AP) - Zembla City recorded 307 killings in 2023, Oz City 271 and Port Ruritania 107.", "en"),
    ("In 2023 Zembla City recorded 307 killings, Oz City 271 and Port Ruritania 107.", "en"),
    ("Killings fell. Zembla City, the port, recorded 307 killings, Oz City 271 and Port Ruritania 107.", "en"),
    ("Según la policía, Ciudad Zembla registró 307 homicidios en 2023, Puerto Oz 271 y Villa Ruritania 107.", "es"),
])
def test_each_item_of_a_gapped_list_after_a_lead_in_is_a_figure(tmp_path, rules, text, language):
    found = [c for c in claims(tmp_path, text + "\n", rules=rules, language=language) if c.kind == "quantity"]
    assert [(c.value.point, c.metric) for c in found] == [(307, "homicides"), (271, "homicides"), (107, "homicides")]


@pytest.mark.parametrize("text, language", [
    ("By comparison, Nicaragua reported 96 homicides in 2021, and Panama 1,645.", "en"),
    ("En comparación, Nicaragua registró 96 homicidios en 2021, y Panamá 1.645.", "es"),
])
def test_a_gapped_item_after_the_first_figures_time_counts_what_it_counts(tmp_path, rules, text, language):
    found = [c for c in claims(tmp_path, text + "\n", rules=rules, language=language) if c.kind == "quantity"]
    assert [(c.value.point, c.metric, c.subject) for c in found] == [
        (96, "homicides", ("Nicaragua",)), (1645, "homicides", ("Panama",))]


def test_a_gapped_list_by_city_is_held_to_the_largest_whole_its_source_states(tmp_path):
    """Of two wholes one article gives its country for a year, the parts are held to the largest:
    the smaller is another count, or bound to the metric amiss, and the value check weighs the two."""
    import checker
    from tests.conftest import write_dated_corpus

    corpus = write_dated_corpus(tmp_path / "c", {"a.txt": ("2024-01", (
        "Honduras recorded 3,000 homicides in 2023.\n\n"
        "A second count put homicides in Honduras at 600 in 2023.\n\n"
        "La Ceiba recorded 307 killings in 2023, Tegucigalpa 271 and Comayagua 107.\n"))})
    found = [f for f in checker.check([corpus]).findings if f.rule == "parts-whole"]
    assert [(f.kind, f.claims[0].value.point) for f in found] == [("agreement", 3000)]
