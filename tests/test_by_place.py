"""The whole of a list that splits one count by place, and a figure carried after such a list,
take the whole's place, not the last part's (checker/binding/by_place.py). Sentences written for
these tests."""
from __future__ import annotations

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


def test_the_whole_of_a_list_by_place_takes_the_place_of_the_count_before_it(tmp_path, rules):
    text = ("Chile's police removed more than 90,000 people from the country in 2019.\n\n"
            "Its tables show 40,117 removals to Peru, 30,229 to Bolivia and 15,431 to Ecuador, out of "
            "90,283 in all.\n")
    whole = figure(claims(tmp_path, text, rules=rules), "90,283")
    assert whole.subject == ("Chile",)
    assert figure(claims(tmp_path / "b", text, rules=rules), "15,431").subject == ("Ecuador",)


def test_a_figure_carried_after_a_list_by_place_takes_the_place_acting_in_it(tmp_path, rules):
    text = ("Peruvians topped the list of those sent back by Chile at 40,117, ahead of 30,229 Bolivians; "
            "Ecuadorians numbered 15,431. Another 2,903 had been sent back in December alone.\n")
    assert figure(claims(tmp_path, text, rules=rules), "2,903").subject == ("Chile",)


def test_a_figure_with_a_place_of_its_own_after_a_list_stays_its_own(tmp_path, rules):
    text = ("Peruvians topped the list of those sent back by Chile at 40,117, ahead of 30,229 Bolivians. "
            "Another 2,903 Ecuadorians had been sent back in December alone.\n")
    assert figure(claims(tmp_path, text, rules=rules), "2,903").subject == ("Ecuador",)


def test_a_part_named_after_an_agent_link_is_no_actor(tmp_path, rules):
    text = ("Chile deported 90,283 people in 2019.\n\nOf those sent back, 40,117 came from Peru and 30,229 "
            "from Bolivia. Another 2,903 had been sent back in December alone.\n")
    assert figure(claims(tmp_path, text, rules=rules), "2,903").subject == ("Chile",)
