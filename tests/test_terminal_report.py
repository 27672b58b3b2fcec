"""A terminal report one can act on (issue 14, item 6): ids, whole locations with publisher and
date, claim words marked in plain output, claims readable at 80 columns, and a run whose every
finding is in the baseline saying so in every format."""
from __future__ import annotations

import json

from conftest import run_checker, write_corpus

ARTICLES = {
    "harbour-gazette-morning-edition.txt": "Guatemala recorded a murder rate of 38 per 100,000 people in 2021.\n",
    "upland-courier-evening-edition.txt": "In 2021 the homicide rate in Guatemala was 52 per 100,000\nresidents.\n",
}
MANIFEST = """[[source]]
file = "harbour-gazette-morning-edition.txt"
publisher = "Harbour Gazette"
published = "2022-02-01"

[[source]]
file = "upland-courier-evening-edition.txt"
publisher = "Upland Courier"
published = "2022-03-09"
"""


def _corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "corpus", ARTICLES, MANIFEST)
    return "corpus"


def _run(capsys, *argv):
    code, out, err = run_checker(capsys, *argv, "--isolated", "--no-cache")
    assert code in (0, 1), err
    return out


def test_each_finding_shows_its_id_whole_locations_publisher_date_and_marked_words(tmp_path, capsys, monkeypatch):
    corpus = _corpus(tmp_path, monkeypatch)
    (finding,) = [f for f in json.loads(_run(capsys, "check", corpus, "--format", "json"))["findings"]
                  if f["kind"] == "conflict"]
    out = _run(capsys, "check", corpus, "--width", "80")
    lines = out.splitlines()
    assert finding["id"] in out  # the id a suppression needs
    for name, about in (("harbour-gazette-morning-edition.txt:1", "Harbour Gazette · 2022-02-01"),
                        ("upland-courier-evening-edition.txt:1", "Upland Courier · 2022-03-09")):
        assert any(f"corpus/{name}" in line for line in lines), name  # whole, on one line
        assert about in out
    assert "[38 per 100,000 people]" in out  # marked without colour
    assert "[52 per 100,000 residents]" in out  # marked though the article wraps it


def test_claims_keep_file_and_line_on_one_line_at_80_columns(tmp_path, capsys, monkeypatch):
    corpus = _corpus(tmp_path, monkeypatch)
    out = _run(capsys, "claims", corpus, "--width", "80")
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    for name in ARTICLES:
        assert any(f"corpus/{name}:1" in line for line in lines), name
    assert any("38 per 100,000 people" in line for line in lines)


def test_a_run_whose_findings_are_all_baselined_says_so_in_every_format(tmp_path, capsys, monkeypatch):
    corpus = _corpus(tmp_path, monkeypatch)
    code, _, err = run_checker(capsys, "baseline", corpus, "--output", "base.json", "--isolated", "--no-cache")
    assert code == 0, err
    said = {}
    for fmt in ("terminal", "markdown", "github", "json"):
        code, out, err = run_checker(capsys, "check", corpus, "--baseline", "base.json", "--format", fmt,
                                     "--isolated", "--no-cache")
        assert code == 0, err
        said[fmt] = out
    for fmt in ("terminal", "markdown", "github"):
        assert "nothing new" in said[fmt].lower() and "base.json" in said[fmt], fmt
    assert said["github"].startswith("::notice")
    assert json.loads(said["json"])["review"]["nothing_new"] is True
