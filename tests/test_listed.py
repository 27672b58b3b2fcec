"""Items of a list by place share its metric and period; words in an aside after the last item
describe something else (checker/binding/listed.py). Every sentence here is written for these tests."""
from __future__ import annotations

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


def test_the_last_item_of_a_list_takes_the_lists_metric_and_period_not_the_asides(tmp_path, rules):
    found = claims(tmp_path, "For the next fiscal year, the budget requests just over $41 million for Belize, "
                             "$62.5 million for Panama and $58.1 million for Nicaragua, roughly matching what the "
                             "State Department earmarked for each in fiscal 2019.\n", rules=rules)
    first, last = figure(found, "$41 million"), figure(found, "$58.1 million")
    assert (last.metric, last.time.start, last.time.end) == (first.metric, first.time.start, first.time.end)
    assert last.metric == "aid_request" and last.subject == ("Nicaragua",)
    assert "the list it is the last item of" in last.evidence("metric").words


def test_a_last_item_with_its_own_time_keeps_it(tmp_path, rules):
    found = claims(tmp_path, "For the next fiscal year, the budget requests just over $41 million for Belize, "
                             "$62.5 million for Panama and $58.1 million for Nicaragua for fiscal 2019.\n", rules=rules)
    assert figure(found, "$58.1 million").time.start == "2018-10-01"


def test_two_items_make_no_list_to_align(tmp_path, rules):
    found = claims(tmp_path, "For the next fiscal year, the budget requests $62.5 million for Panama and $58.1 "
                             "million for Nicaragua, roughly matching what the State Department earmarked for each "
                             "in fiscal 2019.\n", rules=rules)
    assert "the list it is the last item of" not in (figure(found, "$58.1 million").evidence("metric").words or "")
