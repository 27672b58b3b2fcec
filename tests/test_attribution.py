"""Who a sentence attributes its figures to (binding/attribution.py): the pack's cues and verbs,
before or after the source's name, with a document and its adjectives between."""
from __future__ import annotations

import re

import pytest

from checker.binding import attribution


@pytest.mark.parametrize(("code", "text", "source"), [
    ("es", "Zembla cerró 2019 con 412 homicidios, informó la Secretaría de Seguridad.", "Secretaría de Seguridad"),
    ("es", "Zembla cerró 2019 con 412 homicidios, de acuerdo con el informe anual del Observatorio de la Paz.",
     "Observatorio de la Paz"),
    ("en", "Zembla ended 2019 with 412 homicides, said Ana Ruiz, the police chief.", "Ana Ruiz"),
    ("en", "Zembla ended 2019 with 412 homicides, according to the annual report of the Peace Observatory.",
     "Peace Observatory"),
    ("es", "Zembla cerró 2023 con 318 homicidios, según la PNC.", "PNC"),  # the full stop is the sentence's
    ("en", "Zembla ended 2023 with 318 homicides, according to the U.S.", "U.S."),
    ("es", "El Ministerio de Justicia reconoce 14 fallecidos en las cárceles en el mismo lapso.", "Ministerio de Justicia"),
    ("en", "The Justice Ministry acknowledged 14 deaths in custody over the same period.", "Justice Ministry"),
    ("en", "Ana Ruiz, the police chief, said Monday that 412 people were killed in 2019.", None),  # a day, no source
    ("en", "Ana Ruiz, the police chief, told Zembla Radio that 412 people were killed in 2019.", None),  # the listener
])
def test_a_source_named_after_its_verb_or_after_a_document_and_its_adjective(code, text, source):
    assert attribution.find(text, {}, None, code)[0] == source


@pytest.mark.parametrize(("code", "text", "source"), [
    ("es", "En 2021, Zembla registró 412 homicidios.", None),  # the place the figure is about
    ("es", "Zembla registró 412 homicidios en 2021, informó la Policía.", "Policía"),
    ("en", "Zembla said 412 people were killed in 2021.", None),
    ("en", "The Zembla Police said 412 people were killed in 2021.", "Zembla Police"),
    ("en", "Zembla and Oz recorded 412 and 98 homicides in 2021.", None),  # places joined
    ("en", "Zembla recorded 412 homicides in 2021, Security Minister Ana Ruiz said.", "Security Minister Ana Ruiz"),
])
def test_a_place_is_what_a_figure_is_about_not_who_tells_it(code, text, source):
    places = [(m.start(), m.end(), m.group()) for m in re.finditer("Zembla(?! Police)|Oz", text)]
    assert attribution.find(text, {}, None, code, places)[0] == source
    if source is None:  # without the places, the place's name would be taken for a source
        assert attribution.find(text, {}, None, code)[0] is not None


@pytest.mark.parametrize("text", ["The Z.R. Frontier Guard recorded 641 crossings in 2022.",
                                  "Zembla's Frontier Guard recorded 641 crossings in 2022."])
def test_a_known_source_after_the_place_it_opens_on_is_that_source(text):
    entity_of = {"frontier guard": "Zembla Frontier Guard", "zembla frontier guard": "Zembla Frontier Guard"}
    place = "Z.R" if "Z.R" in text else "Zembla"
    places = [(text.index(place), text.index(place) + len(place), "Zembla")]  # a dotted name read without its last dot
    assert attribution.find(text, entity_of, None, "en", places)[0] == "Zembla Frontier Guard"
