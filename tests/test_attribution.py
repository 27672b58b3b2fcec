"""Who a sentence attributes its figures to (binding/attribution.py): the pack's cues and verbs,
before or after the source's name, with a document and its adjectives between."""
from __future__ import annotations

import pytest

from checker.binding import attribution


@pytest.mark.parametrize(("code", "text", "source"), [
    ("es", "Zembla cerró 2019 con 412 homicidios, informó la Secretaría de Seguridad.", "Secretaría de Seguridad"),
    ("es", "Zembla cerró 2019 con 412 homicidios, de acuerdo con el informe anual del Observatorio de la Paz.",
     "Observatorio de la Paz"),
    ("en", "Zembla ended 2019 with 412 homicides, said Ana Ruiz, the police chief.", "Ana Ruiz"),
    ("en", "Zembla ended 2019 with 412 homicides, according to the annual report of the Peace Observatory.",
     "Peace Observatory"),
    ("en", "Ana Ruiz, the police chief, said Monday that 412 people were killed in 2019.", None),  # a day, no source
    ("en", "Ana Ruiz, the police chief, told Zembla Radio that 412 people were killed in 2019.", None),  # the listener
])
def test_a_source_named_after_its_verb_or_after_a_document_and_its_adjective(code, text, source):
    assert attribution.find(text, {}, None, code)[0] == source
