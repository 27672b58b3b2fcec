"""A change figure dated by its base level's time belongs to the later period it compares, when a
level of the same count dates that period (binding.change_period)."""
from __future__ import annotations

import pytest

from tests.conftest import language_claims as claims
from tests.conftest import period


@pytest.mark.parametrize("language, text", [
    ("es", "Ruritania cerró 2016 con 3.100 asesinatos. Los registros para 2015 sumaban 2.000 asesinatos, así que "
           "de un año a otro hubo 1.100 asesinatos más, un alza del 55 %."),
    ("en", "Ruritania ended 2016 with 3,100 murders. The records for 2015 showed 2,000 murders, so from one "
           "year to the next there were 1,100 more murders, a rise of 55%."),
])
def test_a_change_read_with_its_bases_year_takes_the_year_after(tmp_path, language, text):
    found = claims(tmp_path, text, language)
    assert period(found, "1" + ("." if language == "es" else ",") + "100") == ("2016-01-01", "2016-12-31")
    assert period(found, "55") == ("2016-01-01", "2016-12-31")
    assert period(found, "2" + ("." if language == "es" else ",") + "000") == ("2015-01-01", "2015-12-31")


def test_a_change_beside_its_later_level_in_one_sentence_takes_that_levels_year(tmp_path):
    text = ("En Ruritania el año 2016 se cerró con 600 asesinatos, la mitad que en 2015 (un 50 % menos), "
            "cuando se registraron 1.200 asesinatos.")
    found = claims(tmp_path, text, "es")
    assert period(found, "50 %") == ("2016-01-01", "2016-12-31")


def test_a_change_with_no_level_of_the_year_after_keeps_its_time(tmp_path):
    found = claims(tmp_path, "Los registros de Ruritania para 2015 sumaban 2.000 asesinatos, así que hubo 300 "
                             "asesinatos más que en 2014.", "es")
    assert period(found, "300") == ("2015-01-01", "2015-12-31")


@pytest.mark.parametrize("language, text", [
    ("es", "Zembla deportó a 61.200 personas en 2019. Esa cifra rebasa en un 20 % a los 51.000 deportados de 2018, "
           "que ya habían sido un 25 % más que los 40.800 de 2017."),
])
def test_a_change_whose_base_is_dated_otherwise_keeps_the_period_of_the_level_it_describes(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2019-12-20")
    assert period(found, "25") == ("2018-01-01", "2018-12-31")

def test_a_change_of_a_relative_clause_set_against_an_earlier_level_keeps_its_year(tmp_path):
    # the 40 % compares 2016 (the level the clause hangs on) with 2015: it is 2016's, not 2017's
    found = claims(tmp_path, "Ruritania registró 9.100 deportaciones en 2017. Ese total supera en un 30 % a las 7.000 "
                             "deportaciones de 2016, cifra que a su vez creció un 40 % frente a las 5.000 "
                             "deportaciones de 2015.", "es", published="2018-02-01")
    assert period(found, "30 %") == ("2017-01-01", "2017-12-31")
    assert period(found, "40 %") == ("2016-01-01", "2016-12-31")
