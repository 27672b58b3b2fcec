"""An undated running total ("have made 410 arrests", as of its article's date) joins a dated period
of its metric only when that period ends in its publication month (checker/checks/value.py): a total
to date is no count of an earlier stretch. Every sentence is written for these tests."""
from __future__ import annotations

from tests.conftest import value_findings


def test_an_undated_running_total_is_not_read_as_an_earlier_stretch(tmp_path):
    found = value_findings(tmp_path, "Panama's police recorded 300 arrests between Jan. 4 and Feb. 28, 2021.",
                           "Panama's police have made 410 arrests, the ministry said.")
    assert not [f for f in found if f.severity in ("warning", "error")]

