"""An undated total of a running metric ("have made 1,010 arrests", as of its article's date) joins
the one dated period of its quantity it can mean (checker/checks/value.py); the corpus's running
totals of that quantity ("since Jan. 4") are periods it can mean too, so beside one it joins no
other. Every sentence is written for these tests."""
from __future__ import annotations

from tests.conftest import value_findings


def test_an_undated_total_is_not_read_as_an_old_year_when_a_running_total_is_known(tmp_path):
    found = value_findings(tmp_path, "Panama's police recorded 300 arrests in 2019.",
                           "Panama's police have arrested 900 people since Jan. 4.",
                           "Panama's police have made 1,010 arrests, the ministry said.")
    assert not [f for f in found if f.severity in ("warning", "error")]


def test_a_total_told_as_of_a_stated_day_joins_no_other_days_count(tmp_path):
    """A figure told as of a day ("on March 27, arrests totaled 56,000") is compared with the totals as
    of that month, not joined to a count dated another day, nor does it leave a total as of publication
    the only dated period to join."""
    import checker

    from tests.conftest import write_dated_corpus
    folder = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2019-03-27", "More than 66,000 people have been arrested in Honduras under the emergency.\n\n"
                                "On March 1, police in Honduras arrested 64,112 people.\n"),
        "b.txt": ("2020-03-27", "On March 27, 2019, arrests in Honduras totaled 56,000.\n"),
    })
    found = [f for f in checker.check([folder]).findings if f.rule == "value" and f.kind != "agreement"]
    assert [(f.kind, sorted(c.text for c in f.claims)) for f in found] == \
        [("conflict", ["56,000", "More than 66,000 people"])]
