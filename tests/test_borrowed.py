"""A bare count with a verb of its own that leaves out the noun phrase of a figure before it counts
what that phrase names (binding/borrowed.py): the term there, not its own verb's metric, of which
the phrase's people are a subgroup; a veto in the other figure's conjunct is that figure's only."""
from __future__ import annotations

import pytest

from tests.conftest import figure, one_article_claims

CASES = [
    ("es", "En el primer semestre de 2017 Zembla deportó a 4 mil 120 niños no acompañados, y la guardia de "
           "Ruritania capturó a 4 mil 388.\n", "4 mil 120", "4 mil 388"),
    ("en", "In the first half of 2017 Mexico deported 4,120 unaccompanied children, and Ruritania's guards "
           "arrested 4,388.\n", "4,120", "4,388"),
]


@pytest.mark.parametrize("language, text, deported, detained", CASES)
def test_a_figure_with_its_own_verb_counts_the_noun_phrase_it_leaves_out(tmp_path, language, text, deported, detained):
    found = one_article_claims(tmp_path, text, language=language, published="2017-06-01")
    assert figure(found, detained).metric == "unaccompanied_minors"
    assert figure(found, deported).metric != "unaccompanied_minors"  # deported: the veto is its own


def test_a_figure_far_from_the_size_of_the_one_before_borrows_nothing(tmp_path):
    found = one_article_claims(tmp_path, "En 2016 Zembla deportó a 120 niños no acompañados, y la guardia de "
                                         "Ruritania capturó a 45 mil 388.\n", language="es", published="2017-06-01")
    assert figure(found, "45 mil 388").metric != "unaccompanied_minors"


def test_a_left_out_noun_that_is_a_subgroup_of_its_verbs_metric_leaves_it_none(tmp_path):
    """"deportó a 12 mil 301 menores, y Ruritania capturó a 38 mil 915": minors arrested are a part of
    the arrests, never their total."""
    found = one_article_claims(tmp_path, "En 2016 Zembla deportó a 12 mil 301 menores, y Ruritania capturó a "
                                         "38 mil 915.\n", language="es", published="2017-06-01")
    assert figure(found, "38 mil 915").metric is None
