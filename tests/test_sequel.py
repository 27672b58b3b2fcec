"""A figure in a verbless noun phrase joined on by ", and" shares the predicate, and so the places,
of the figure before it (binding.sequel). Every sentence here is written for these tests."""
from __future__ import annotations

from tests.conftest import figure
from tests.conftest import one_article_claims as article_claims


def spanish_claims(tmp_path, text: str, rules) -> list:
    return article_claims(tmp_path, text, "Ruritania en cifras", rules, language="es", published="2023-01-03")


def test_a_rate_joined_on_after_a_yardstick_places_count_is_that_places(tmp_path, rules):
    found = spanish_claims(tmp_path, "Ruritania terminó 2021 con 310 robos armados. Eso la sitúa detrás de "
                                     "Costa Rica, que terminó con 731 homicidios, su año más violento, y una "
                                     "tasa de 14,3.\n", rules)
    assert figure(found, "731").subject == ("Costa Rica",)
    assert figure(found, "14,3").subject == ("Costa Rica",)
    assert "731" in figure(found, "14,3").evidence("subject").words


def test_the_same_in_english(tmp_path, rules):
    found = article_claims(tmp_path, "Ruritania ended 2021 with 310 armed robberies. That put it behind Costa Rica, "
                                     "which ended with 731 homicides, its most violent year, and a rate of "
                                     "14.3.\n", title="Ruritania in figures", rules=rules)
    assert figure(found, "14.3").subject == ("Costa Rica",)


def test_a_joined_clause_with_a_verb_of_its_own_shares_no_predicate(tmp_path, rules):
    found = article_claims(tmp_path, "Ruritania deported 4,000 people in 2019.\n\nAgents held 900 migrants in Belize "
                                     "in May, and in June 300 children arrived.\n", title="Ruritania", rules=rules)
    assert figure(found, "300").evidence("subject").basis == "discourse"  # carried, not shared
