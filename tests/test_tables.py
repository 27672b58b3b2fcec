"""Tables told as prose: a header before a colon names what the figures after it count and when,
each figure the place named right before it (numbers.neighbours.table_rates, binding.rate_focus,
the time grammar's ``year_rate_links``)."""
from __future__ import annotations

import pytest

from tests.conftest import figure, period
from tests.conftest import language_claims as claims


@pytest.mark.parametrize("language, text", [
    ("en", "Homicide rates per 100,000 people in 2022 were: Honduras 26.8; Guatemala 17.9; El Salvador 3.1."),
    ("en", "Homicide rates for 2022, per 100,000: Honduras 26.8, Guatemala 17.9 and El Salvador 3.1."),
    ("es", "Las tasas de homicidio de 2022 por 100.000 habitantes fueron: Honduras 26,8; Guatemala 17,9; "
           "El Salvador 3,1."),
])
def test_a_tables_header_gives_each_figure_its_rate_and_year(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2024-02-20")
    rates = [(c.value.point, c.unit, c.metric, tuple(c.subject)) for c in found if c.kind == "quantity"]
    assert rates == [(26.8, "per 100000", "homicide_rate", ("Honduras",)),
                     (17.9, "per 100000", "homicide_rate", ("Guatemala",)),
                     (3.1, "per 100000", "homicide_rate", ("El Salvador",))]
    assert period(found, "17") == ("2022-01-01", "2022-12-31")
    evidence = figure(found, "17").evidence("metric")
    assert evidence.basis == "clause"  # the header's words: by the rate's own term ("tasas de homicidio") or its count's
    assert language == "es" or evidence.words.endswith("(the table's header)")


def test_figures_after_a_colon_with_no_rates_base_take_no_rate(tmp_path):
    found = claims(tmp_path, "Homicides in 2023: Honduras 3,100; Guatemala 2,900.", "en", published="2024-02-20")
    assert [c.unit for c in found if c.kind == "quantity"] == ["count", "count"]
