"""A figure that restates a change stated just before ("the decline was closer to 5 percent")
carries that change's metric, direction, place and period (checker/binding/restated.py). Every
sentence here is written for these tests."""
from __future__ import annotations

import checker
from tests.conftest import figure, write_dated_corpus
from tests.conftest import one_article_claims as claims


def test_the_decline_in_the_same_sentence_is_the_same_change(tmp_path, rules):
    text = ("In 2019, the government of Belize claimed a 20 percent drop in murders, while police put "
            "the decline closer to 5 percent.\n")
    found = claims(tmp_path, text, rules=rules)
    stated, restated = figure(found, "20 percent"), figure(found, "5 percent")
    assert (restated.metric, restated.change, restated.subject) == (stated.metric, "down", ("Belize",))
    assert restated.time == stated.time and restated.time.start == "2019-01-01"
    assert restated.evidence("metric").basis == "discourse"
    assert "restates" in restated.evidence("metric").words


def test_a_restatement_in_the_next_sentence_is_carried_too(tmp_path, rules):
    text = ("Officials reported a 12 percent rise in homicides in Belize in 2019. Independent counts "
            "said the increase amounted to 3 percent.\n")
    restated = figure(claims(tmp_path, text, rules=rules), "3 percent")
    assert (restated.metric, restated.change, restated.subject) == ("homicides", "up", ("Belize",))


def test_a_noun_that_names_what_changed_is_no_restatement(tmp_path, rules):
    text = ("Officials reported a 12 percent rise in homicides in Belize in 2019; the rise in exports "
            "came to 3 percent.\n")
    assert figure(claims(tmp_path, text, rules=rules), "3 percent").metric is None


def test_a_change_of_the_other_direction_is_not_restated(tmp_path, rules):
    text = ("Officials reported a 12 percent rise in homicides in Belize in 2019. Independent counts "
            "said the drop amounted to 3 percent.\n")
    assert figure(claims(tmp_path, text, rules=rules), "3 percent").metric is None


def test_a_restatement_does_not_reach_into_another_paragraph(tmp_path, rules):
    text = ("Officials reported a 12 percent rise in homicides in Belize in 2019.\n\n"
            "Independent counts said the increase amounted to 3 percent.\n")
    assert figure(claims(tmp_path, text, rules=rules), "3 percent").metric is None


def test_two_accounts_of_one_change_are_a_conflict(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {"a.txt": ("2020-03", (
        "In 2019, the government of Belize claimed a 20 percent drop in murders, while police put "
        "the decline closer to 5 percent.\n"))})
    found = [f for f in checker.check([corpus]).findings if f.metric == "homicides:down"]
    assert [(f.kind, sorted(c.text for c in f.claims)) for f in found] == [
        ("conflict", ["20 percent", "5 percent"])]


def test_the_same_value_restated_a_paragraph_later_is_the_same_change(tmp_path, rules):
    text = ("Belize ended 2019 with 120 homicides, a fall of 15 percent compared with 2018, police said.\n\n"
            "*Photo: a patrol in Belize City.*\n\n"
            "Of the 120 victims, 20 were women, the chief said, and the national reduction came to \"15 percent\" "
            "with respect to the previous year.\n")
    found = claims(tmp_path, text, rules=rules)
    restated = [c for c in found if c.text == "15 percent" and c.line == 5][0]
    assert (restated.metric, restated.change, restated.subject) == ("homicides", "down", ("Belize",))
    assert (restated.time.start, restated.time.end) == ("2019-01-01", "2019-12-31")


def test_another_value_a_paragraph_later_is_no_restatement(tmp_path, rules):
    text = ("Belize ended 2019 with 120 homicides, a fall of 15 percent compared with 2018, police said.\n\n"
            "Officials met on Monday.\n\nThe national reduction came to 4 percent, a monitor said.\n")
    found = claims(tmp_path, text, rules=rules)
    assert figure(found, "4 percent").metric is None
