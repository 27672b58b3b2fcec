"""Diff views: two sources aligned by quantity, and two runs' findings by fingerprint."""
from __future__ import annotations

import json

import pytest

A = ("Honduras recorded a murder rate of 38 per 100,000 people in 2019. "
     "Mexico deported 9,800 Guatemalans in 2019. "
     "The army of Honduras had 12,000 soldiers in 2018.\n")
B = ("In 2019 the homicide rate in Honduras was 52 per 100,000 residents. "
     "In 2019, Mexico deported 9,800 Guatemalans. "
     "Honduras had 3,400 public schools in 2017.\n")


@pytest.fixture
def pair(tmp_path, monkeypatch):
    root = tmp_path / "news"
    root.mkdir()
    (root / "a.txt").write_text(A)
    (root / "b.txt").write_text(B)
    (root / "sources.toml").write_text('[[source]]\nfile = "a.txt"\npublished = "2020-03"\npublisher = "Daily A"\n\n'
                                       '[[source]]\nfile = "b.txt"\npublished = "2020-04"\n')
    monkeypatch.chdir(tmp_path)
    return root


def rows(cli, *argv) -> list[dict]:
    code, out, err = cli("diff", *argv, "--format", "json")
    assert code == 0, err
    return json.loads(out)["rows"]


def test_claims_are_aligned_by_quantity_and_marked(pair, cli):
    found = {(r["state"], r["quantity"]): r for r in rows(cli, "news/a.txt", "news/b.txt")}
    states = {state for state, _ in found}
    assert states == {"conflict", "agreement", "only-a", "only-b"}
    conflict = found[("conflict", "homicide rate · Honduras · 2019")]
    assert "38 per 100,000" in conflict["a"][0]["text"]
    assert "52" in conflict["b"][0]["text"] and conflict["finding"]["kind"] == "conflict"
    assert any(s == "agreement" and q.startswith("deportations") for s, q in found)
    only_a = [r for r in found.values() if r["state"] == "only-a"]
    only_b = [r for r in found.values() if r["state"] == "only-b"]
    assert any("12,000" in r["a"][0]["text"] for r in only_a) and all(not r["b"] for r in only_a)
    assert any("3,400" in r["b"][0]["text"] for r in only_b) and all(not r["a"] for r in only_b)


def test_rows_follow_the_reading_order_of_a(pair, cli):
    starts = [r["a"][0]["start"] for r in rows(cli, "news/a.txt", "news/b.txt") if r["a"]]
    assert starts == sorted(starts)


def test_terminal_view_fits_the_width_and_shows_both_sides(pair, cli):
    code, out, _ = cli("diff", "news/a.txt", "news/b.txt", "--width", "100")
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 100
    assert "news/a.txt · Daily A · 2020-03" in out
    assert "≠ conflict" in out and "= agree" in out and "A only" in out and "B only" in out
    assert "1 conflicting · 0 drifting · 1 agreeing" in out


@pytest.mark.parametrize("argv, problem", [
    (["news/a.txt"], "two article files"),
    (["news/a.txt", "news/a.txt"], "two different files"),
    (["news", "news/b.txt"], "not a file: news"),
])
def test_wrong_operands_are_usage_errors(pair, cli, argv, problem):
    code, _, err = cli("diff", *argv)
    assert code == 2 and problem in err


def test_findings_diff_between_a_baseline_and_a_later_report(pair, cli):
    assert cli("baseline", "news", "-o", "old.json")[0] == 0
    (pair / "b.txt").write_text(B.replace("9,800", "19,800"))
    cli("check", "news", "--format", "json", "-o", "new.json")
    code, out, _ = cli("diff", "--baseline", "old.json", "new.json", "--format", "json")
    assert code == 0
    view = json.loads(out)
    assert view["summary"] == {"new": 1, "resolved": 0, "unchanged": 1}
    assert view["added"][0]["metric"] == "deportations" and view["added"][0]["sources"] == ["news/a.txt", "news/b.txt"]


def test_a_report_that_lists_conflicts_only_cannot_be_diffed(pair, cli):
    cli("baseline", "news", "-o", "old.json")
    cli("check", "news", "--format", "json", "--show", "conflict", "-o", "new.json")
    code, _, err = cli("diff", "--baseline", "old.json", "new.json")
    assert code == 2 and "new.json: written with --show conflict" in err


def test_findings_diff_between_a_baseline_and_the_current_corpus(pair, cli):
    cli("baseline", "news", "-o", "old.json")
    (pair / "b.txt").write_text(B.replace("52 per", "38 per"))
    code, out, _ = cli("diff", "--baseline", "old.json", "news", "--width", "120")
    assert code == 0
    assert "0 new · 1 resolved · 0 unchanged" in out and "Resolved" in out and "homicide rate" in out
