"""Sums of money in an aid paragraph: a sum its own words call money of no kind takes the money
metric in focus; a gap between two stated sums of different quantities counts neither; a percent
set after a sum states that sum's change; money asked for at home is no aid; past its paragraph, a
place's sum takes the money the title names. Every sentence here is written for these tests."""
from __future__ import annotations

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


def test_a_sum_called_funds_takes_the_money_metric_its_paragraph_named(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nOn Monday the ministry ended its foreign aid programs for Zembla, as "
                             "the two provinces are known. The step affects about $80 million in fiscal 2019 "
                             "funds.\n", rules=rules)
    claim = figure(found, "$80 million")
    assert claim.metric == "security_aid"
    assert claim.evidence("metric").basis == "discourse"
    assert "money in focus" in claim.evidence("metric").words


def test_a_sum_called_funds_takes_no_metric_outside_its_paragraph_or_without_the_noun(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nOn Monday the ministry ended its foreign aid programs for Zembla, as "
                             "the two provinces are known.\n\nThe step affects about $80 million in fiscal 2019 "
                             "funds. A stadium cost $30 million.\n", rules=rules)
    assert figure(found, "$80 million").metric is None
    assert figure(found, "$30 million").metric is None


def test_a_sum_called_funds_continues_a_sum_bound_before_it_in_the_paragraph(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nLawmakers approved $600 million for Zembla for fiscal 2018. Officials "
                             "later set aside about $90 million in fiscal 2018 funds.\n", rules=rules)
    assert figure(found, "$600 million").metric == "security_aid"
    assert figure(found, "$90 million").metric == "security_aid"


def test_a_gap_between_two_stated_sums_of_different_quantities_counts_neither(tmp_path, rules):
    found = claims(tmp_path, "In 2018 lawmakers approved $600 million for Zembla to train judges and build "
                             "courts, $300 million less than the $900 million the ministry had requested.\n",
                   rules=rules)
    assert figure(found, "$600 million").metric == "security_aid"
    assert figure(found, "$300 million").metric is None
    assert figure(found, "$900 million").metric == "aid_request"


def test_a_difference_from_a_stated_figure_of_the_same_quantity_stays_its_change(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 2,100 homicides in 2019, 400 fewer than the 2,500 homicides of "
                             "2018.\n", rules=rules)
    assert figure(found, "400").metric == "homicides"


def test_a_percent_after_a_sum_and_a_comma_states_that_sums_change(tmp_path, rules):
    found = claims(tmp_path, "The ministry proposed $400 million for Zembla for fiscal 2019, some 20 percent "
                             "less than lawmakers had approved the year before.\n", rules=rules)
    claim = figure(found, "20 percent")
    assert claim.metric == "aid_request"
    assert claim.change == "down"


def test_a_percent_against_a_stated_sum_is_no_change_of_the_sum_before(tmp_path, rules):
    found = claims(tmp_path, "In 2018 lawmakers approved $600 million for Zembla to train judges and build "
                             "courts, 35 percent less than the $920 million the ministry had requested.\n", rules=rules)
    assert figure(found, "35 percent").metric is None


def test_emergency_funding_asked_for_at_home_is_no_aid(tmp_path, rules):
    found = claims(tmp_path, "The governor requested $80 million in emergency funding after the floods in "
                             "Zembla.\n", rules=rules)
    assert figure(found, "$80 million").metric is None


def test_a_sentence_opening_on_aid_to_a_place_puts_the_recipient_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nLawmakers discussed the budget of Belize on Monday.\n\nAid to Panama has "
                             "swung widely. Congress approved $400 million for fiscal 2016.\n",
                   title="Belizean lawmakers meet", rules=rules)
    claim = figure(found, "$400 million")
    assert claim.metric == "security_aid"
    assert claim.subject == ("Panama",)
    assert claim.evidence("subject").basis == "discourse"


def test_aid_to_the_region_puts_the_region_named_before_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nThe budget seeks $75 million for Central America in fiscal 2021.\n\n"
                             "Assistance to the region has grown. Congress approved $400 million for fiscal 2016.\n",
                   title="Belizean lawmakers meet", rules=rules)
    assert figure(found, "$400 million").subject == ("Central America",)


def test_an_aid_figure_naming_no_place_takes_the_recipient_of_the_title_not_the_donor(tmp_path, rules):
    found = claims(tmp_path, "Officials spoke on Monday.\n\nCongress approved $400 million for fiscal 2016.\n\n"
                             "Police counted 300 homicides in 2019.\n",
                   title="U.S. aid for Guatemala and Honduras is rising", rules=rules)
    aid = figure(found, "$400 million")
    assert set(aid.subject) == {"Guatemala", "Honduras"}
    assert "title" in aid.evidence("subject").words
    assert figure(found, "300").subject == ("United States",)  # not money given: the article's main place


def test_a_sentence_opening_on_a_place_keeps_it_in_focus_before_any_recipient(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nPanama drove the increase. Congress approved $400 million for fiscal 2016.\n",
                   title="U.S. aid for Guatemala is rising", rules=rules)
    assert figure(found, "$400 million").subject == ("Panama",)


def test_a_bare_money_verb_puts_no_money_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Budget news\n\nThe council approved the new budget for 3 districts on Monday. It "
                             "includes $40 million in funds for road repairs.\n", rules=rules)
    assert figure(found, "$40 million").metric is None


def test_a_percent_change_of_aid_named_in_its_conjunct_is_the_aid_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nLawmakers approved $600 million for Panama for fiscal 2016, but annual "
                             "aid then shrank by 25 percent through fiscal 2019.\n", rules=rules)
    claim = figure(found, "25 percent")
    assert claim.metric == "security_aid"
    assert claim.change == "down"


def test_a_percent_change_of_something_else_in_an_aid_paragraph_takes_no_money_metric(tmp_path, rules):
    found = claims(tmp_path, "Aid news\n\nLawmakers approved $600 million for Panama for fiscal 2016, but "
                             "tourism then shrank by 25 percent through fiscal 2019.\n", rules=rules)
    assert figure(found, "25 percent").metric is None


def test_a_places_sum_takes_the_money_its_articles_title_names(tmp_path, rules):
    text = ("Remittances to Honduras reached $8.1 billion in 2022.\n\nThe rest of the region followed. Guatemala "
            "received $17.52 billion in 2022, while El Salvador took in $7.21 billion.\n")
    found = claims(tmp_path, text, "Remittances top a quarter of Honduras's economy", rules=rules)
    assert {figure(found, words).metric for words in ("$17.52 billion", "$7.21 billion")} == {"remittances"}
    found = claims(tmp_path / "b", text, "Honduras's economy in 2022", rules=rules)
    assert {figure(found, words).metric for words in ("$17.52 billion", "$7.21 billion")} == {None}
