"""Each event verb dates its own predicate: a time inside a relative clause or a first predicate
between the object and a later verb is that clause's ("the truce, which began in 2015, collapsed in
2017": begun in 2015, ended in 2017), and "the end of the 2015 truce" is a truce of 2015, not one
reached at the end of 2015 (binding/event_choice.py, event.py). Every sentence here is invented."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims


def _events(tmp_path, text: str, language: str = "en"):
    return sorted((c.metric, c.time.start, c.time.end) for c in one_article_claims(tmp_path, text + "\n", language=language)
                  if c.kind == "event")


@pytest.mark.parametrize("text, language", [
    ("The truce between the two militias in Honduras, which began in March 2015, collapsed in 2017.", "en"),
    ("The Honduras truce, agreed in March 2015, fell apart in 2017.", "en"),
    ("La tregua entre las pandillas de Honduras, que comenzó en marzo de 2015, colapsó en 2017.", "es"),
    ("La tregua de Honduras, pactada en marzo de 2015, se rompió en 2017.", "es"),
])
def test_a_truce_begun_in_a_relative_clause_and_ended_later_states_both(tmp_path, text, language):
    assert _events(tmp_path, text, language) == [("truce_ended", "2017-01-01", "2017-12-31"),
                                                 ("truce_reached", "2015-03-01", "2015-03-31")]


def test_a_truce_reached_then_broken_down_states_both(tmp_path):
    found = _events(tmp_path, "The Honduras truce was reached in March 2015 and broke down in October 2016.")
    assert found == [("truce_ended", "2016-10-01", "2016-10-31"), ("truce_reached", "2015-03-01", "2015-03-31")]


def test_the_end_of_a_truce_of_a_year_is_no_truce_reached_at_the_end_of_it(tmp_path):
    found = _events(tmp_path, "Analysts in Honduras blame the end of the 2015 truce for the rise in killings.")
    assert found == [("truce_reached", "2015-01-01", "2015-12-31")]


def test_two_verbs_of_one_object_sharing_one_time_state_one_event(tmp_path):
    assert _events(tmp_path, "The gangs of Honduras announced the end of the truce in 2016.") == \
        [("truce_ended", "2016-01-01", "2016-12-31")]


def test_a_time_past_a_comma_after_the_verb_dates_what_follows(tmp_path):
    found = _events(tmp_path, "After the Honduras truce agreed in 2012 ended, killings rose in 2014.")
    assert ("truce_ended", "2014-01-01", "2014-12-31") not in found
    assert ("truce_reached", "2012-01-01", "2012-12-31") in found
