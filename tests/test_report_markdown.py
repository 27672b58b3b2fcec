"""`checker check --format markdown`: a report for a pull-request comment."""
from __future__ import annotations

from conftest import check_report, write_review_files

from checker.report.markdown import cell


def markdown(capsys, *extra: str) -> str:
    return check_report(capsys, "markdown", *extra)


def table_rows(text: str) -> list[list[str]]:
    """The cells of every table row (header and separator lines excluded), split on unescaped pipes."""
    rows = []
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith(("| kind", "| check", "| baseline")):
            cells = line.replace("\\|", "\0").strip("|").split("|")
            rows.append([c.strip().replace("\0", "\\|") for c in cells])
    return rows


def test_heading_counts_and_a_table_of_conflicts_and_drift(report_corpus, capsys):
    text = markdown(capsys)
    lines = text.splitlines()
    assert lines[0] == "## checker: consistency report"
    assert "rules checker-default@" in text and "fingerprints v1" in text
    assert "**1 conflict, 1 drift, 0 agreements across 4 sources**" in lines
    assert "| kind | check | metric | subject | period | where | message |" in lines
    conflict, drift = table_rows(text)
    assert conflict[:6] == ["conflict", "value · error", "homicide_rate", "Honduras", "2019",
                            "desk/corpus/b.txt:3<br>desk/corpus/a.txt:1"]  # the newest source first
    assert conflict[6].startswith("homicide rate in Honduras, 2019:")
    assert "52 per 100,000<br>residents" in conflict[6]  # the wrapped claim's line break stays inside its cell
    assert drift[:2] == ["drift", "value · warning"] and drift[5] == "desk/corpus/d.txt:1<br>desk/corpus/c.txt:1"


def test_agreements_are_collapsed_in_details(report_corpus, capsys):
    (report_corpus / "e.txt").write_text("Honduras recorded a murder rate of 38 per 100,000 residents in 2019.\n")
    text = markdown(capsys)
    assert "<details>\n<summary>1 agreement</summary>" in text
    folded = text[text.index("<details>"):text.index("</details>")]
    assert "| check | metric | subject | period | where | message |" in folded
    assert "desk/corpus/e.txt:1" in folded


def test_pipes_and_line_breaks_in_cells_are_escaped(report_corpus, capsys):
    assert cell("a | b\nc\r\nd <b>&") == "a \\| b<br>c<br>d &lt;b&gt;&amp;"
    (report_corpus / "sources.toml").write_text(
        (report_corpus / "sources.toml").read_text() + '\n[[source]]\nfile = "p|q.txt"\npublished = "2020-07"\n')
    (report_corpus / "p|q.txt").write_text("In 2019 Honduras had a murder rate of 60 per 100,000 people.\n")
    text = markdown(capsys)
    rows = table_rows(text)
    assert all(len(row) == 7 for row in rows)  # no pipe from a file name split a row
    assert any("desk/corpus/p\\|q.txt:1" in row[5] for row in rows)


def test_no_findings_says_so(report_corpus, capsys):
    for name in ("b.txt", "d.txt"):
        (report_corpus / name).unlink()
    text = markdown(capsys)
    assert "No conflicts or drift." in text and "| kind |" not in text


def test_baseline_and_suppressions_are_reported(report_corpus, capsys):
    baseline, suppressions = write_review_files(capsys, report_corpus.parent)
    text = markdown(capsys, "--baseline", str(baseline), "--suppressions", str(suppressions))
    # the conflict is new but suppressed: it leaves the table for the suppressed block
    assert "Baseline: 1 new, 1 unchanged, 1 gone · 1 suppressed, 2 stale suppressions" in text
    assert "| baseline | kind | check |" in text
    [drift] = table_rows(text.split("<details>")[0])
    assert drift[:7] == ["unchanged", "drift", "value · warning", "deportations", "Guatemala, Mexico", "2019",
                         "desk/corpus/d.txt:1<br>desk/corpus/c.txt:1"]
    assert "<summary>1 suppressed</summary>" in text
    assert "The ministry revised its figure; both were true when published." in text
    assert "<summary>1 gone since the baseline (resolved, or their sources removed)</summary>" in text
    assert "desk/corpus/gone.txt" in text
    assert "**Stale suppressions** in desk/suppressions.yaml" in text
    assert "- line 4: 0123456789abcdef matches no finding (An old decision.)" in text
    assert "- line 6: fedcba9876543210 expired on 2000-01-01 (Accepted until the review.)" in text


def test_input_problems_are_listed(report_corpus, capsys):
    (report_corpus / "empty.txt").write_text("")
    text = markdown(capsys)
    assert "across 4 sources; 1 input problem**" in text
    assert "- error: desk/corpus/empty.txt: empty file" in text


def test_two_runs_are_byte_identical(report_corpus, capsys):
    assert markdown(capsys) == markdown(capsys)
