""""The neighbouring country" ("el país vecino", binding.neighbour) is the last other country its
paragraph names before it, never the article's own country that "the country" would stand for;
with no such country named, its figures have no place. Every sentence here is written for these
tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, one_article_claims

NAMED = {
    "es": ("Honduras cerró 2019 con 2.621 homicidios, según la policía. Las autoridades de Guatemala no publicaron "
           "su cifra. El país vecino recibió además 5.489 deportados en el mismo periodo.\n", "5.489"),
    "en": ("Honduras ended 2019 with 2,621 homicides, police said. Officials in Guatemala have not published "
           "theirs. The neighbouring country also took in 5,489 deportees over the same period.\n", "5,489"),
}
UNNAMED = {
    "es": ("Honduras cerró 2019 con 2.621 homicidios. El país vecino recibió además 5.489 deportados en el mismo "
           "periodo.\n", "5.489"),
    "en": ("Honduras ended 2019 with 2,621 homicides. The neighbouring country also took in 5,489 deportees over "
           "the same period.\n", "5,489"),
}
TITLES = {"es": "Honduras: el balance de 2019", "en": "Honduras: the toll of 2019"}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_neighbouring_country_is_the_other_country_named_before(tmp_path, language):
    text, words = NAMED[language]
    found = one_article_claims(tmp_path, text, TITLES[language], language=language)
    assert figure(found, words).subject == ("Guatemala",)


@pytest.mark.parametrize("language", ["es", "en"])
def test_with_no_other_country_named_it_is_no_place(tmp_path, language):
    text, words = UNNAMED[language]
    found = one_article_claims(tmp_path, text, TITLES[language], language=language)
    claim = figure(found, words)
    assert claim.subject == () and claim.evidence("subject").basis == "phrase"


@pytest.mark.parametrize("language, text, words", [
    ("es", "## Las ciudades\n\nSan Pedro Sula cerró el año con 1.180 homicidios.\n\nLa comparación con Guatemala "
           "incomoda a las autoridades hondureñas. El país vecino terminó 2019 con 3.120 homicidios.\n", "3.120"),
    ("en", "## The cities\n\nSan Pedro Sula ended the year with 1,180 homicides.\n\nThe comparison with Guatemala "
           "troubles Honduran officials. The neighbouring country ended 2019 with 3,120 homicides.\n", "3,120"),
])
def test_the_neighbour_is_never_the_articles_own_country_named_last(tmp_path, language, text, words):
    """The article's own country named after the other one ("Honduran officials"), under a sub-head of a
    city, is still not the neighbour."""
    found = one_article_claims(tmp_path, text, TITLES[language], language=language)
    assert figure(found, words).subject == ("Guatemala",)
