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
