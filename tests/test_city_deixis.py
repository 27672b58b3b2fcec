""""This city" / "esta ciudad" (often in a quote whose speaker is named after it) points at the city
in focus in the discourse; with no city named before it the figure takes no place, never the
article's country (binding/subject.py Focus.resolve, the packs' `place_anaphors`). Every sentence
here is invented for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, one_article_claims

_CITY = {
    "en": ("Tegucigalpa logged 865 murders in 2019, while the country as a whole logged 3,890.\n\n"
           "\"We buried 865 people from this city alone,\" said the city's mayor.\n"),
    "es": ("Tegucigalpa registró 865 homicidios en 2019, mientras el país en conjunto registró 3.890.\n\n"
           "\"Enterramos a 865 personas solo en esta ciudad\", dijo el alcalde.\n"),
}
_NO_CITY = {
    "en": "Honduras logged 3,890 murders in 2019.\n\n\"We buried 865 people from this city alone,\" said the mayor.\n",
    "es": "Honduras registró 3.890 homicidios en 2019.\n\n\"En esta ciudad enterramos a 865 personas\", dijo el alcalde.\n",
}


def _quoted(found):
    [claim] = [c for c in found if c.kind == "quantity" and c.text.startswith("865 pe")]
    return claim


@pytest.mark.parametrize("language", ["en", "es"])
def test_this_city_is_the_city_named_before_it(tmp_path, language):
    found = one_article_claims(tmp_path, _CITY[language], title="Honduras murders", language=language)
    assert _quoted(found).subject == ("Tegucigalpa",)
    assert figure(found, "3").subject == ("Honduras",)


@pytest.mark.parametrize("language", ["en", "es"])
def test_this_city_with_no_city_named_leaves_the_figure_without_a_place(tmp_path, language):
    found = one_article_claims(tmp_path, _NO_CITY[language], title="Honduras murders", language=language)
    assert _quoted(found).subject == ()
