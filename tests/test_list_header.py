"""Items of a bulleted list under a header that gives their unit (binding/list_header.py): a scale and a
currency, or a rate's base, and the one metric of that unit the header names. Every sentence here is
written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, language_claims, one_article_claims


def test_a_spanish_list_of_sums_in_millions_of_dollars_under_its_header(tmp_path):
    found = language_claims(tmp_path, "Zembla recibió más remesas.\n\n**Remesas de Zembla, año por año (millones de "
                                      "dólares, banco central):**\n\n- 2021: 1.234,5\n- 2022: 1.310,0\n", "es",
                            published="2023-02-01")
    item = figure(found, "1.234,5")
    assert (item.value.point, item.unit, item.metric) == (1_234_500_000, "USD", "remittances")
    assert item.evidence("metric").words == "Remesas (the list's header)"
    assert item.time.start == "2021-01-01" and figure(found, "1.310,0").time.start == "2022-01-01"


def test_an_english_list_of_rates_under_a_header_with_the_rates_base(tmp_path):
    found = language_claims(tmp_path, "Homicide rates in 2022 (per 100,000 people):\n\n- Zembla: 31.3\n- Oz: 16.7\n",
                            "en", published="2023-02-01")
    item = figure(found, "31.3")
    assert (item.value.point, item.unit, item.metric) == (31.3, "per 100000", "homicide_rate")


def test_a_header_that_names_no_unit_leaves_its_items_counts(tmp_path):
    found = language_claims(tmp_path, "Homicides in Zembla, year by year:\n\n- 2021: 4,120\n- 2022: 3,870\n", "en",
                            published="2023-02-01")
    assert figure(found, "4,120").unit == "count"


def test_a_list_of_counts_by_year_takes_its_headers_metric_and_place(tmp_path):
    found = one_article_claims(tmp_path, "Oz had a quiet year.\n\nHomicides in Honduras, year by year:\n\n- 2021: 4,120\n"
                                         "- 2022: 3,870\n", published="2023-02-01", title="Oz sees fewer murders")
    item = figure(found, "3,870")
    assert (item.metric, item.subject, item.time.start) == ("homicides", ("Honduras",), "2022-01-01")
    assert item.evidence("metric").words == "Homicides (the list's header)"


@pytest.mark.parametrize("text", [
    "Homicidios en 2022, por grupo:\n\n- Mujeres: 412\n- Policías: 61\n",  # parts, not the total
    "Homicidios en Honduras y Guatemala, por año:\n\n- 2021: 4.120\n- 2022: 3.870\n",  # whose?
    "Homicidios de mujeres en Honduras, por año:\n\n- 2021: 412\n- 2022: 361\n",  # a subgroup named by the header
])
def test_a_list_of_parts_or_of_an_unsaid_place_takes_no_metric(tmp_path, text):
    found = language_claims(tmp_path, text, "es", published="2023-02-01")
    assert all(c.metric is None for c in found)


def test_a_header_of_money_naming_no_metric_gives_the_unit_alone(tmp_path):
    found = language_claims(tmp_path, "Cifras clave (millones de dólares):\n\n- 2021: 310\n- 2022: 415\n", "es",
                            published="2023-02-01")
    item = figure(found, "310")
    assert (item.value.point, item.unit, item.metric) == (310_000_000, "USD", None)


@pytest.mark.parametrize("unit", ["millions of dollars", "in millions of US dollars", "US$ millions"])
def test_an_english_header_of_money_in_a_plural_scale_gives_its_items_the_money(tmp_path, unit):
    """The number grammar reads "millions of dollars" as a count of millions: the header's unit is
    read as "million dollars" (and "US$ millions" as "US$ ... million")."""
    found = language_claims(tmp_path, f"Remittances to Zembla by year ({unit}):\n\n- 2021: 310\n- 2022: 415.5\n",
                            "en", published="2023-02-01")
    item = figure(found, "415.5")
    assert (item.value.point, item.unit, item.metric) == (415_500_000, "USD", "remittances")


def test_a_header_in_a_plural_scale_of_people_gives_no_unit(tmp_path):
    found = language_claims(tmp_path, "Deportees by year (millions of people):\n\n- 2021: 3.1\n- 2022: 4.2\n", "en",
                            published="2023-02-01")
    assert (figure(found, "3.1").value.point, figure(found, "3.1").unit) == (3.1, "count")


def test_un_encabezado_en_us_millones(tmp_path):
    found = language_claims(tmp_path, "Remesas a Zembla (US$ millones):\n\n- 2021: 310\n- 2022: 415,5\n", "es",
                            published="2023-02-01")
    item = figure(found, "415,5")
    assert (item.value.point, item.unit, item.metric) == (415_500_000, "USD", "remittances")


def test_an_item_that_drops_the_money_its_sibling_gave_takes_it(tmp_path):
    found = language_claims(tmp_path, "Zembla received more remittances.\n\n- Remittances in 2021: $4.1 billion\n"
                                      "- Remittances in 2022: 4.6 billion\n- Homicides in 2022: 2,310\n", "en",
                            published="2023-02-01")
    item = figure(found, "4.6 billion")
    assert (item.value.point, item.unit, item.metric) == (4_600_000_000, "USD", "remittances")
    assert figure(found, "2,310").unit == "count"


def test_un_elemento_sin_moneda_toma_la_del_anterior(tmp_path):
    found = language_claims(tmp_path, "Zembla recibió más remesas.\n\n- Remesas en 2021: 4.120 millones de dólares\n"
                                      "- Remesas en 2022: 4.630 millones\n", "es", published="2023-02-01")
    item = figure(found, "4.630 millones")
    assert (item.value.point, item.unit, item.metric) == (4_630_000_000, "USD", "remittances")


def test_an_item_naming_another_metric_takes_neither_money_nor_metric(tmp_path):
    found = language_claims(tmp_path, "Zembla's economy grew.\n\n- Remittances in 2022: $4.1 billion\n"
                                      "- Homicides in 2022: 2.3 thousand\n", "en", published="2023-02-01")
    assert figure(found, "2.3 thousand").unit == "count"


def test_a_scaled_number_in_prose_after_money_stays_a_count(tmp_path):
    found = language_claims(tmp_path, "Remittances reached $4.1 billion in 2021.\n\nSome 1.2 million people "
                                      "left in 2022.\n", "en", published="2023-02-01")
    assert figure(found, "1.2 million").unit == "count"
