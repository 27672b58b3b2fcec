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
