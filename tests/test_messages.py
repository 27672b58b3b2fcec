"""Finding messages say what the articles say (issue 14, item 3): the figures as stated, a
wording that agrees with the verdict, and an undated comparison named as such."""
from __future__ import annotations

import json

from conftest import run_checker, write_dated_corpus

# A salary stated for 2019, and one with no date in an article published after it: a salary is a
# stock, so the undated figure is read as 2019, and being undated it can only drift.
UNDATED_SALARY = {
    "a.txt": ("2020-03-02", "In 2019, police officers in Honduras were paid $300 a month.\n"),
    "b.txt": ("2020-04-02", "Police officers in Honduras earn $420 a month, the union says.\n"),
}


def _findings(capsys, *argv):
    code, out, err = run_checker(capsys, "check", *argv, "--format", "json", "--isolated", "--no-cache")
    assert code in (0, 1), err
    return [f for f in json.loads(out)["findings"] if f["kind"] != "agreement"]


def test_messages_quote_stated_figures_agree_with_the_verdict_and_name_the_undated(tmp_path, capsys):
    corpus = write_dated_corpus(tmp_path / "corpus", UNDATED_SALARY)
    (finding,) = _findings(capsys, str(corpus))
    message = finding["message"]
    assert finding["kind"] == "drift"
    assert "$300 a month" in message and "$420 a month" in message
    assert "306" not in message and "411.6" not in message  # never the values widened by the tolerance
    assert "29% apart" in message and "tolerance" not in message  # the verdict reads the stated gap
    assert "within" not in message  # a 29% gap is beyond the 10% band: drift only because of the missing date
    assert "beyond the 10% drift band" in message and "no date" in message


def test_a_comparison_of_undated_figures_says_so(tmp_path, capsys):
    corpus = write_dated_corpus(tmp_path / "corpus", {
        "a.txt": ("2021-05-03", "Police officers in Honduras earn $300 a month, officials say.\n"),
        "b.txt": ("2021-05-20", "Police officers in Honduras earn $400 a month, a union says.\n"),
    })
    findings = _findings(capsys, str(corpus))
    assert findings, "two undated salaries (a stock) of one month are compared"
    assert all("no date" in f["message"] for f in findings)
