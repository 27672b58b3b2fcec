"""Figures about a group of places named by a count ("the three countries") or described by the
figure ("a region of 30 million people"): the group the text named, only when the count matches."""
from __future__ import annotations

import pytest
from conftest import make_pack

from checker.ruleset import default_pack, load_rules
from tests.conftest import figure, subject_basis, value_findings
from tests.conftest import one_article_claims as claims

_LEAGUE = ("kind: entities\nid: league\nentities:\n"
           "  - {name: Zembla, type: country, part_of: [Northern League]}\n"
           "  - {name: Ruritania, type: country, part_of: [Northern League]}\n"
           "  - {name: Freedonia, type: country, part_of: [Northern League]}\n"
           "  - {name: Sylvania, type: country}\n"
           "  - {name: Northern League, type: region}\n")


@pytest.fixture(scope="module")
def league(tmp_path_factory):
    """The default pack and an invented region of three invented countries."""
    pack = make_pack(tmp_path_factory.mktemp("league"), {"entities/league.yaml": _LEAGUE})
    return load_rules([default_pack(), pack])


def test_a_count_of_countries_is_the_list_of_that_many_named_before(tmp_path, league):
    found = claims(tmp_path, "Officials from Zembla and Sylvania met in Ruritania.\n\nSylvania and Freedonia signed a "
                             "pact on Monday. The two countries deported 9,000 people in 2019.\n", rules=league)
    claim = figure(found, "9,000")
    assert subject_basis(claim) == (("Freedonia", "Sylvania"), "clause")
    assert "The two countries" in claim.evidence("subject").words


def test_a_list_that_is_a_regions_countries_is_that_region(tmp_path, league):
    found = claims(tmp_path, "Zembla, Ruritania and Freedonia met in May.\n\nThe three nations have a combined "
                             "population of about 20 million.\n", rules=league)
    assert figure(found, "20 million").subject == ("Northern League",)


def test_a_count_of_countries_is_the_region_named_with_that_many(tmp_path, league):
    found = claims(tmp_path, "Aid to the Northern League was cut. Zembla and Sylvania protested.\n\n"
                             "The three countries have a combined population of about 20 million.\n", rules=league)
    assert figure(found, "20 million").subject == ("Northern League",)


def test_a_count_that_matches_no_group_leaves_the_subject(tmp_path, league):
    found = claims(tmp_path, "Zembla, Ruritania and Freedonia met in May.\n\nThe four countries have a combined "
                             "population of about 20 million.\n", rules=league)
    assert figure(found, "20 million").subject != ("Northern League",)


def test_a_place_of_the_figures_own_beats_the_group(tmp_path, league):
    found = claims(tmp_path, "Zembla, Ruritania and Freedonia met in May. Of the three countries, Sylvania "
                             "deported 900 people in 2019.\n", rules=league)
    assert figure(found, "900").subject == ("Sylvania",)


def test_a_region_described_by_the_figure_is_the_region_in_focus(tmp_path, league):
    found = claims(tmp_path, "Aid to the Northern League was cut in 2019.\n\nCritics say the sums are small once "
                             "spread across a region of roughly 21 million people.\n", rules=league)
    claim = figure(found, "21 million")
    assert subject_basis(claim) == (("Northern League",), "clause")


def test_a_groups_population_is_compared_with_the_groups_not_a_members(tmp_path):
    found = value_findings(tmp_path, "Honduras, Guatemala and El Salvador met. The three countries have a population "
                                     "of 50 million.",
                           "Aid to the Northern Triangle fell. It is spread across a region of 62 million people.",
                           "El Salvador, home to 9 million people, is the smallest.")
    assert [(f.kind, f.subject) for f in found] == [("drift", ("Northern Triangle",))]


def test_the_pack_names_the_group_nouns_and_the_descriptions():
    from checker import lang

    pack = lang.load("en")
    assert "countries" in pack["group_nouns"]["country"]
    assert "a region of" in pack["place_descriptions"]["region"]
