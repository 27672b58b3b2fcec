"""Stable findings (issue 14, item 4): a new article joining an old disagreement leaves that
finding unchanged in the baseline's eyes, and no fingerprint depends on the working folder."""
from __future__ import annotations

import json

from conftest import run_checker, write_dated_corpus

# Two rates for one year that disagree; the third article restates the lower one in its own words.
TWO_RATES = {
    "north.txt": ("2022-02-01", "Guatemala recorded a murder rate of 38 per 100,000 people in 2021.\n"),
    "south.txt": ("2022-03-01", "In 2021 the homicide rate in Guatemala was 52 per 100,000 residents.\n"),
}
THIRD = ("2022-04-01", "A regional survey put the 2021 homicide rate in Guatemala at 38 per 100,000 people.\n")


def _diff(capsys, baseline, corpus) -> dict:
    code, out, err = run_checker(capsys, "diff", "--baseline", str(baseline), str(corpus), "--format", "json",
                                 "--isolated", "--no-cache")
    assert code == 0, err
    return json.loads(out)


def test_a_third_article_leaves_the_old_conflict_unchanged(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = write_dated_corpus(tmp_path / "corpus", TWO_RATES)
    code, _, err = run_checker(capsys, "baseline", "corpus", "--output", "base.json", "--isolated", "--no-cache")
    assert code == 0, err
    (accepted,) = json.loads((tmp_path / "base.json").read_text())["findings"]
    assert accepted["kind"] == "conflict"

    write_dated_corpus(corpus, TWO_RATES | {"east.txt": THIRD})
    view = _diff(capsys, tmp_path / "base.json", corpus)
    assert view["resolved"] == []  # the disagreement between north and south is still there
    assert [e["fingerprint"] for e in view["unchanged"]] == [accepted["fingerprint"]]
    (added,) = view["added"]  # what the new article brings: its figure against south's
    assert "corpus/east.txt" in added["sources"] and added["kind"] == "conflict"

    code, out, err = run_checker(capsys, "check", "corpus", "--baseline", "base.json", "--format", "json",
                                 "--isolated", "--no-cache")
    report = json.loads(out)
    assert code == 1, err  # the new article's conflict is new: CI still fails on it
    assert report["review"]["absent"] == []  # and the accepted conflict is not reported gone


def test_fingerprints_do_not_depend_on_the_working_folder(tmp_path, capsys, monkeypatch):
    project = tmp_path / "project"
    write_dated_corpus(project / "desk" / "corpus", TWO_RATES)
    (project / "checker.toml").write_text("", encoding="utf-8")

    def prints(where, path):
        monkeypatch.chdir(where)
        code, out, err = run_checker(capsys, "check", path, "--format", "json", "--isolated", "--no-cache")
        assert code in (0, 1), err
        return sorted(f["fingerprint"] for f in json.loads(out)["findings"])

    from_root = prints(project, "desk/corpus")
    assert from_root and from_root == prints(project / "desk", "corpus") == prints(project / "desk" / "corpus", ".")


def test_a_third_value_between_the_two_leaves_the_old_conflict_unchanged(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = write_dated_corpus(tmp_path / "corpus", TWO_RATES)
    assert run_checker(capsys, "baseline", "corpus", "--output", "base.json", "--isolated", "--no-cache")[0] == 0
    (accepted,) = json.loads((tmp_path / "base.json").read_text())["findings"]
    between = ("2022-04-01", "The 2021 homicide rate in Guatemala was 45 per 100,000 people, a survey found.\n")
    write_dated_corpus(corpus, TWO_RATES | {"east.txt": between})
    view = _diff(capsys, tmp_path / "base.json", corpus)
    # north and south no longer sit side by side (east's figure is between them), yet still disagree
    assert view["resolved"] == [] and [e["fingerprint"] for e in view["unchanged"]] == [accepted["fingerprint"]]
    assert view["added"] and all("corpus/east.txt" in e["sources"] for e in view["added"])
