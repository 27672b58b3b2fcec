"""An undated figure takes the period of its restatement with a year elsewhere in the article,
and so do the undated figures listed with it (checker/binding/dated_again.py)."""
from __future__ import annotations

from tests.conftest import figure
from tests.conftest import one_article_claims as claims

LIST = ("A charity says Chile has 61.7 homicides per 100,000 people, while Peru, at 33.4, and Bolivia, at "
        "12.6, trail it.\n\nThe charity's rates match a U.N. study, which found that Chile had a 2015 "
        "murder rate of 61.7.\n")


def test_an_undated_rate_takes_the_year_of_its_dated_restatement(tmp_path, rules):
    rate = figure(claims(tmp_path, LIST, rules=rules), "61.7 homicides")
    assert (rate.time.start, rate.time.end, rate.time.basis) == ("2015-01-01", "2015-12-31", "inherited")
    assert rate.evidence("time").basis == "discourse"


def test_the_undated_rates_listed_with_it_take_that_year_too(tmp_path, rules):
    found = claims(tmp_path, LIST, rules=rules)
    for words in ("33.4", "12.6"):
        assert figure(found, words).time.start == "2015-01-01"


def test_a_round_value_said_twice_may_be_two_figures(tmp_path, rules):
    text = ("A charity says Chile has 60 homicides per 100,000 people.\n\n"
            "A U.N. study found that Chile had a 2015 murder rate of 60.\n")
    assert figure(claims(tmp_path, text, rules=rules), "60 homicides").time.basis == "publication"


def test_the_same_value_for_another_place_lends_no_year(tmp_path, rules):
    text = ("A charity says Chile has 61.7 homicides per 100,000 people.\n\n"
            "A U.N. study found that Peru had a 2015 murder rate of 61.7.\n")
    assert figure(claims(tmp_path, text, rules=rules), "61.7 homicides").time.basis == "publication"


def test_a_rate_pointed_back_at_keeps_the_year_it_was_stated_for(tmp_path, rules):
    text = ("Chile ended 2019 with a murder rate of 40 per 100,000. Officials expect new challenges in "
            "2020.\n\nThe rate of 40 per 100,000 is still far above the level experts call an epidemic.\n")
    rate = [
        c for c in claims(tmp_path, text, rules=rules) if c.line == 3 and c.metric == "homicide_rate"][0]
    assert (rate.time.start, rate.evidence("time").basis) == ("2019-01-01", "discourse")


def test_a_new_rate_with_a_time_of_its_own_is_not_a_restatement(tmp_path, rules):
    text = "Chile ended 2019 with a murder rate of 40 per 100,000.\n\nThe rate of 40 per 100,000 returned in 2021.\n"
    rate = [c for c in claims(tmp_path, text, rules=rules) if c.line == 3 and c.metric == "homicide_rate"][0]
    assert rate.time.start == "2021-01-01"
