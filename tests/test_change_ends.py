"""A change stated by its two ends in a sentence naming two years (checker/binding/change_ends.py):
the first end is the earlier year's level, the second the later year's. Every sentence here is
written for these tests."""
from __future__ import annotations

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


def _quantities(found):
    return [(c.text, c.value.lo, c.value.hi, c.time.start if c.time else None) for c in found if c.kind == "quantity"
            and c.unit == "per 100000"]


def test_the_two_ends_of_a_fall_are_two_years_levels(tmp_path, rules):
    text = ("Belize counted 900 murders in 2019, 60 more than in 2018, even as the homicide rate edged down "
            "from 33.2 to 32.7 per 100,000 because its population grew.\n")
    found = claims(tmp_path, text, rules=rules)
    assert _quantities(found) == [("33.2", 33.2, 33.2, "2018-01-01"), ("32.7 per 100,000", 32.7, 32.7, "2019-01-01")]
    base = figure(found, "33.2")
    assert base.subject == ("Belize",) and "first end" in base.evidence("time").words
    assert len({c.id for c in found}) == len(found)


def test_a_rise_splits_as_well(tmp_path, rules):
    text = ("In 2019 the homicide rate of Belize rose from 28 to 31 per 100,000, with fewer murders "
            "than in 2018.\n")
    assert [t[3] for t in _quantities(claims(tmp_path, text, rules=rules))] == ["2018-01-01", "2019-01-01"]


def test_a_range_with_one_year_named_stays_a_range(tmp_path, rules):
    text = "In 2019 the homicide rate of Belize rose from 28 to 31 per 100,000.\n"
    assert _quantities(claims(tmp_path, text, rules=rules)) == [("28 to 31 per 100,000", 28, 31, "2019-01-01")]


def test_ends_that_run_against_the_verb_stay_a_range(tmp_path, rules):
    text = ("Belize counted 900 murders in 2019, 60 more than in 2018, while the homicide rate fell from "
            "28 to 31 per 100,000 in the reading of one survey.\n")
    assert [t[0] for t in _quantities(claims(tmp_path, text, rules=rules))] == ["28 to 31 per 100,000"]


def test_a_range_without_a_change_verb_stays_a_range(tmp_path, rules):
    text = ("Surveys of Belize in 2019 and in 2018 put the homicide rate anywhere from 28 to 31 per "
            "100,000.\n")
    assert [t[0] for t in _quantities(claims(tmp_path, text, rules=rules))] == ["28 to 31 per 100,000"]


def test_a_change_told_with_no_time_in_a_paragraph_about_one_year_starts_the_year_before(tmp_path, rules):
    text = ("Lima recorded 1,090 killings in 2012, according to a yearly ranking of violent cities.\n\n"
            "Quito climbed from seventh to fourth as its murder rate rose from 94 to 108 per 100,000.\n")
    found = [c for c in claims(tmp_path, text, rules=rules) if c.metric == "homicide_rate"]
    assert sorted((c.value.point, c.time.start[:4]) for c in found) == [(94, "2011"), (108, "2012")]
