"""Finding messages say what the articles say (issue 14, item 3): the figures as stated, a
wording that agrees with the verdict, and an undated comparison named as such."""
from __future__ import annotations

import json

from conftest import run_checker, write_dated_corpus

# A rate stated for 2019, and one with no date in an article published after it: the undated
# figure is read as 2019, and being undated it can only drift.
UNDATED_RATE = {
    "a.txt": ("2020-03-02", "Honduras recorded a murder rate of 38 per 100,000 people in 2019.\n"),
    "b.txt": ("2020-04-02", "The homicide rate in Honduras is 52 per 100,000 residents, the ministry says.\n"),
}


def _findings(capsys, *argv):
    code, out, err = run_checker(capsys, "check", *argv, "--format", "json", "--isolated", "--no-cache")
    assert code in (0, 1), err
    return [f for f in json.loads(out)["findings"] if f["kind"] != "agreement"]


def test_messages_quote_stated_figures_agree_with_the_verdict_and_name_the_undated(tmp_path, capsys):
    corpus = write_dated_corpus(tmp_path / "corpus", UNDATED_RATE)
    (finding,) = _findings(capsys, str(corpus))
    message = finding["message"]
    assert finding["kind"] == "drift"
    assert "38 per 100,000 people" in message and "52 per 100,000 residents" in message
    assert "39.1" not in message and "50.4" not in message
    assert "27% apart" in message and "22% after the metric's 3% tolerance" in message
    assert "within" not in message  # a 22% gap is beyond the 10% band: drift only because of the missing date
    assert "beyond the 10% drift band" in message and "no date" in message


def test_a_comparison_of_undated_figures_says_so(tmp_path, capsys):
    corpus = write_dated_corpus(tmp_path / "corpus", {
        "a.txt": ("2021-05-03", "Mexico has deported 9,800 Guatemalans, officials say.\n"),
        "b.txt": ("2021-05-20", "Mexico has deported 12,400 Guatemalans, a charity says.\n"),
    })
    findings = _findings(capsys, str(corpus))
    assert findings, "the two undated counts of one month are compared"
    assert all("no date" in f["message"] for f in findings)
