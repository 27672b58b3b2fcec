"""Two periods a count may be told against that are not the time in focus: a stretch since an event
the text does not date ("Since the curfew began, police have counted 647 killings": from the event on,
left unresolved; binding/since_phrase.py), and a difference whose base is a period years away ("1,130
more than in 2019" said of 2015: the gap between the two, not 2015's change; binding/distant_base.py).
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, period, spanish_claims
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Zembla counted 1,734 killings in the first half of 2019. Since the curfew began, police have counted 647 "
           "killings."),
    ("en", "Zembla counted 1,734 killings in the first half of 2019. Police have counted 647 killings since the start "
           "of the curfew."),
    ("es", "Zembla contó 1.734 homicidios en el primer semestre de 2019. Desde el inicio del toque de queda, la policía "
           "ha contabilizado 647 homicidios."),
])
def test_a_count_since_an_undated_event_takes_no_time_in_focus(tmp_path, rules, language, text):
    found = claims(tmp_path, text + "\n", rules=rules, language=language, published="2019-08-20")
    assert period(found, "734") == ("2019-01-01", "2019-06-30")  # 1,734 or 1.734
    claim = figure(found, "647")
    assert claim.metric == "homicides"
    assert (claim.time.start, claim.time.basis) == (None, "unresolved")


def test_a_list_label_since_an_event_is_the_figures_own_not_the_other_labels(tmp_path):
    found = spanish_claims(tmp_path, "Homicidios en Zembla en 2019, por tramo:\n\n- Primer semestre: 1.734 homicidios; "
                                     "desde el inicio del plan: 647 homicidios\n")
    assert period(found, "1.734") == ("2019-01-01", "2019-06-30")
    assert figure(found, "647").time.start is None


@pytest.mark.parametrize("sentence", [
    "Police have counted 647 killings since then.",  # points back: the time in focus
    "Police counted 647 killings in the first half of 2019, the fewest since the curfew began.",  # a record's frame
])
def test_since_then_and_a_records_frame_keep_the_time_in_focus(tmp_path, rules, sentence):
    found = claims(tmp_path, f"Zembla counted 1,734 killings in the first half of 2019. {sentence}\n", rules=rules,
                   published="2019-08-20")
    assert figure(found, "647").time.start == "2019-01-01"


def test_a_dated_event_still_dates_a_count_since_it(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 1,734 killings in 2019. Since the curfew began in March 2020, police "
                             "have counted 647 killings.\n", rules=rules, published="2020-08-20")
    assert figure(found, "647").time.start == "2020-03-01"


def test_a_count_since_an_event_the_article_dates_runs_from_that_day(tmp_path, rules):
    found = claims(tmp_path, "The government declared a state of emergency in Zembla on March 3, 2020.\n\nSince the "
                             "emergency began, police have counted 647 killings.\n", rules=rules, published="2020-08-20")
    assert period(found, "647") == ("2020-03-03", "2020-08-20")


# --- a difference against a period years away spans both periods


@pytest.mark.parametrize(("sentence", "direction"), [
    ("In 2015, police counted 4,310 homicides, some 1,130 more than in 2019.", "up"),
    ("In 2019, police counted 3,180 homicides, some 1,130 fewer than in 2015.", "down"),
])
def test_a_difference_from_a_distant_year_spans_both_years(tmp_path, rules, sentence, direction):
    found = claims(tmp_path, sentence + "\n", rules=rules)
    claim = figure(found, "1,130")
    assert (claim.metric, claim.change) == ("homicides", direction)
    assert period(found, "1,130") == ("2015-01-01", "2019-12-31")


@pytest.mark.parametrize("base", ["in 2018", "in the first half of 2018"])
def test_a_change_over_the_period_before_or_a_year_before_keeps_its_period(tmp_path, rules, base):
    stretch = "in the first half of 2019" if "half" in base else "in 2019"
    found = claims(tmp_path, f"Police counted 3,180 homicides {stretch}, some 237 fewer than {base}.\n", rules=rules)
    assert period(found, "237") == period(found, "3,180")


def test_spanish_a_difference_from_a_distant_year_spans_both_years(tmp_path):
    found = spanish_claims(tmp_path, "En 2015, la policía contabilizó 4.310 homicidios, unos 1.130 más que en 2019.\n")
    assert period(found, "1.130") == ("2015-01-01", "2019-12-31")
