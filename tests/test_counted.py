"""Figures with no metric, compared by the generic key (checks/counted.py): one quantity only when
what they count is the same — the noun, its modifiers and the class of what happened to it."""
from __future__ import annotations

from checker.timex.scan import find_times
import checker
from tests.conftest import value_findings, write_corpus


def test_counts_of_one_noun_with_the_same_modifiers_and_predicate_are_compared(tmp_path):
    found = value_findings(tmp_path, "In 2020, 40 gang members were killed in clashes in Chile.",
                           "In 2020, 90 gang members were killed in clashes in Chile, officials said.")
    assert [f.kind for f in found] == ["conflict"]
    assert "gang members (killed)" in found[0].message


def test_a_noun_with_other_modifiers_is_another_quantity(tmp_path):
    """"gang members" are not the force's own "members", though both were killed that year."""
    found = value_findings(tmp_path, "In 2020, 380 gang members were killed in clashes in Chile.",
                           "In 2020, the police in Chile mourned the deaths of 40 of its members.")
    assert found == []


def test_an_of_complement_is_a_modifier(tmp_path):
    found = value_findings(tmp_path, "In 2020, 40 members of the navy were wounded in Chile.",
                           "In 2020, 90 members of the army were wounded in Chile.")
    assert found == []


def test_a_participle_after_the_noun_is_a_modifier(tmp_path):
    """Pilgrims travelling in groups are not all the pilgrims counted; "during" is no participle."""
    found = value_findings(tmp_path, "In 2020, 52,000 pilgrims were counted at the shrine in Chile.",
                           "In 2020, about 31,000 pilgrims traveling in groups were counted at the shrine in Chile.")
    assert found == []
    found = value_findings(tmp_path, "In 2020, 52,000 pilgrims were counted at the shrine in Chile.",
                           "In 2020, 31,000 pilgrims during the feast were counted at the shrine in Chile.")
    assert [f.kind for f in found] == ["conflict"]


def test_a_part_named_back_takes_the_kind_after_it(tmp_path):
    """"..., 31,000 of them in groups" counts pilgrims in groups, not the 52,000 pilgrims again."""
    found = value_findings(tmp_path, "In 2020, 52,000 pilgrims were counted at the shrine in Chile.",
                           "In 2020, officials counted 58,000 pilgrims at the shrine in Chile, 31,000 of them in "
                           "groups and the rest alone.")
    assert [(f.kind, len(f.claims)) for f in found] == [("conflict", 2)]


def test_a_noun_with_another_predicate_class_is_another_quantity(tmp_path):
    """Peruvians deported and Peruvians detained are different people counted."""
    found = value_findings(tmp_path, "In 2020, Chile deported 4,000 Peruvians, officials said.",
                           "In 2020, 9,000 Peruvians were detained in Chile.")
    assert found == []


def test_a_bare_figure_counts_what_the_earlier_figure_of_its_sentence_counts(tmp_path):
    """"11 members of the navy wounded, while another paper puts the number at 17": two accounts of one quantity."""
    found = value_findings(tmp_path, "In 2020, the Courier counts 11 members of the navy wounded in Chile, while the "
                           "Herald puts the number of naval injuries at 17.")
    assert [f.kind for f in found] == ["conflict"]
    assert "navy members (wounded)" in found[0].message


def test_during_the_year_is_the_year_in_focus():
    (mention,) = find_times("During the year the police seized 90 rifles.", None)
    assert mention.scope.text == "During the year" and mention.relation == "reference"
    (mention,) = find_times("Prices rose during the year.", None)
    assert mention.scope.text == "during the year" and mention.relation == "reference"
    assert find_times("Prices rose during the year to June.", None) == []  # a year ending in June: not this phrase


def test_a_count_of_places_says_where_and_is_never_compared(tmp_path):
    """"violence rose in 87 municipalities" and "Chile has 346 municipalities" count places, not events."""
    found = value_findings(tmp_path, "In 2020, violence rose in 87 municipalities of Chile.",
                           "In 2020, Chile had 346 municipalities, officials said.")
    assert found == []
    found = value_findings(tmp_path, "In 2020, 40 gang members were killed in 12 municipalities of Chile.",
                           "In 2020, 90 gang members were killed in 30 municipalities of Chile, officials said.")
    assert [f.kind for f in found] == ["conflict"] and "gang members" in found[0].message


def test_a_counted_noun_is_named_in_the_plural_of_its_articles_language(tmp_path):
    """"solicitud" -> "solicitudes" in Spanish, as "family" -> "families" in English."""
    folder = write_corpus(tmp_path / "es", {
        "a.txt": "En 2020, la oficina de Chile recibió 4.157 solicitudes de visa.\n",
        "b.txt": "En 2020, la oficina de Chile recibió 9.317 solicitudes de visa, según datos oficiales.\n"},
        "".join(f'[[source]]\nfile = "{name}"\npublished = "2021-03-10"\nlanguage = "es"\n' for name in ("a.txt", "b.txt")))
    found = [f for f in checker.check([folder]).findings if f.rule == "value"]
    assert len(found) == 1 and "solicitudes" in found[0].message
    found = value_findings(tmp_path / "en", "In 2020, 4,157 families were displaced by floods in Chile.",
                           "In 2020, 9,317 families were displaced by floods in Chile, officials said.")
    assert len(found) == 1 and "families" in found[0].message
