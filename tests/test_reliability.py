"""Issue 15: no article can crash, stall or flood a run. Each test here failed on the main of
before the fix it names; the texts are written for the tests."""
from __future__ import annotations

import io
import json

from conftest import write_corpus



RUNNING = "Police in Freedonia said more than 3,000 people have been arrested since March 27 in Freedonia.\n"
SAME_DAY = '[[source]]\nfile = "a.txt"\npublished = "2022-04-10"\n\n[[source]]\nfile = "b.txt"\npublished = "2022-04-10"\n'


def test_two_sources_with_the_same_running_total_do_not_crash(tmp_path, cli):
    """Item 1: equal intervals fell back to comparing Claim records (TypeError)."""
    write_corpus(tmp_path / "c", {"a.txt": RUNNING, "b.txt": RUNNING}, SAME_DAY)
    code, out, err = cli("check", str(tmp_path / "c"), "--format", "json")
    assert code in (0, 1), err
    findings = json.loads(out)["findings"]
    assert [f["rule"] for f in findings] == ["running-total"]


def test_rate_per_zero_people_is_not_a_division(tmp_path, cli):
    """Item 2: "per 0 people" and the typo "per000" raised ZeroDivisionError."""
    write_corpus(tmp_path / "c", {"a.txt": "Freedonia had 5 per 0 people in 2019. It had 7 per000 in 2018.\n"},
                 '[[source]]\nfile = "a.txt"\npublished = "2020-01-01"\n')
    code, out, err = cli("claims", str(tmp_path / "c"), "--format", "json")
    assert code == 0, err
    assert all(c["unit"] != "per 100000" for c in json.loads(out)["claims"])


def test_trailing_currency_slash_is_not_an_index_error(tmp_path, cli, monkeypatch):
    """Item 3: a sentence ending in "$9/" (or "£4/", "€3/") raised IndexError in units."""
    monkeypatch.setattr("sys.stdin", io.StringIO("Rent is $9/\nTea is £4/\nBread is €3/\n"))
    code, out, err = cli("quantities")
    assert code == 0, err
    assert [[q["value"] for q in json.loads(line)["quantities"]] for line in out.splitlines()] == [[9], [4], [3]]
    write_corpus(tmp_path / "c", {"a.txt": "Rent is $9/"}, '[[source]]\nfile = "a.txt"\npublished = "2020-01-01"\n')
    assert cli("check", str(tmp_path / "c"))[0] in (0, 1)
