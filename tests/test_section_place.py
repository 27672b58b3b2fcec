"""A sub-head's place (binding.section_place): the section under "## Numbers from Zembla" is about
Zembla, not the article's title place, until the next sub-head. Every sentence here is written for
these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, subject_basis
from tests.conftest import one_article_claims as claims

ENGLISH = ("Guatemala raised its police budget on Tuesday.\n\n## The figures for Costa Rica\n\n"
           "Police counted 880 homicides in 2022.\n\n## Elsewhere\n\nPolice counted 2,480 homicides in 2022.\n")
SPANISH = ("Guatemala aumentó su presupuesto policial el martes.\n\n### Los datos de Costa Rica\n\n"
           "- 880 homicidios en 2022.\n\n## Otros datos\n\nLa policía contó 2.480 homicidios en 2022.\n")


@pytest.mark.parametrize("text, language", [(ENGLISH, "en"), (SPANISH, "es")])
def test_a_sub_head_place_is_its_sections_place_until_the_next_sub_head(tmp_path, rules, text, language):
    found = claims(tmp_path, text, title="Guatemala looks south", rules=rules, language=language)
    assert subject_basis(figure(found, "880")) == (("Costa Rica",), "discourse")
    assert figure(found, "880").evidence("subject").words == "Costa Rica (the heading of its section)"
    assert figure(found, "2").subject == ("Guatemala",)


def test_a_sentence_opening_on_a_body_and_its_demonym_puts_that_country_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Guatemala amplió su presupuesto policial.\n\nLa Asamblea costarricense aprobó en junio "
                             "una nueva ley. En 2023, la policía reportó 880 homicidios.\n",
                   title="Guatemala mira al sur", rules=rules, language="es")
    assert subject_basis(figure(found, "880")) == (("Costa Rica",), "discourse")
