"""A time after a coordinator that opens the next conjunct dates that conjunct's figure, not the
figure before it, which its own time already dates (binding.coordinated)."""
from __future__ import annotations

import pytest

from tests.conftest import language_claims as claims
from tests.conftest import period


@pytest.mark.parametrize("language, text, first, second", [
    ("es", "En julio de 2013 hubo 250 homicidios en Ruritania y en agosto, 300.", "250", "300"),
    ("es", "En 2012 la policía de Ruritania detuvo a 13.000 pandilleros y el año pasado la cifra subió a 24.000.",
     "13.000", "24.000"),
    ("en", "In July 2013 there were 250 homicides in Ruritania and in August, 300.", "250", "300"),
])
def test_a_time_opening_the_next_conjunct_is_not_the_first_figures(tmp_path, language, text, first, second):
    found = claims(tmp_path, text, language, published="2014-07-14")
    assert period(found, first)[0].startswith(("2013-07", "2012-01"))
    assert period(found, second)[0].startswith(("2013-08", "2013-01"))


def test_a_figure_with_no_time_before_it_still_takes_the_time_after_it(tmp_path):
    found = claims(tmp_path, "La policía de Ruritania contó 250 homicidios en julio de 2013 y 300 en agosto.", "es",
                   published="2014-07-14")
    assert period(found, "250") == ("2013-07-01", "2013-07-31")
