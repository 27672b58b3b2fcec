"""`checker check --format github`: workflow-command annotations and the step summary."""
from __future__ import annotations

import re

import pytest
from conftest import check_report, write_review_files

from checker.report.github import escape_data, escape_property

COMMAND = re.compile(r"^::(error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def github(capsys, *extra: str, path: str = "corpus") -> str:
    return check_report(capsys, "github", *extra, path=path)


def parse(out: str) -> list[tuple[str, dict[str, str], str]]:
    """(level, properties, message) of each command line; every line must be a command."""
    commands = []
    for line in out.splitlines():
        match = COMMAND.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in match["props"].split(",")) if match["props"] else {}
        commands.append((match[1], props, match["message"]))
    return commands


@pytest.fixture
def many(tmp_path, monkeypatch):
    """Twelve murder-rate conflicts and twelve deportation drifts, one per year, in two articles."""
    folder = tmp_path / "many"
    folder.mkdir()
    years = range(2001, 2013)
    (folder / "x.txt").write_text("".join(
        f"Honduras recorded a murder rate of 38 per 100,000 people in {y}.\n\n"
        f"Mexico deported 9,800 Guatemalans in {y}.\n\n" for y in years))
    (folder / "y.txt").write_text("".join(
        f"In {y} the homicide rate in Honduras was 52 per 100,000 residents.\n\n"
        f"In {y}, Mexico deported 10,300 Guatemalans.\n\n" for y in years))
    (folder / "sources.toml").write_text('[[source]]\nfile = "x.txt"\npublished = "2021-01"\n\n'
                                         '[[source]]\nfile = "y.txt"\npublished = "2021-02"\n')
    monkeypatch.chdir(tmp_path)
    return folder


def test_escaping_follows_actions_core():
    assert escape_data("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext: a, b"
    assert escape_property("drift: 2015, 50%\n") == "drift%3A 2015%2C 50%25%0A"
    assert escape_data("%0A") == "%250A"  # an escape sequence in the text stays literal


def test_conflict_is_an_error_and_drift_a_warning_on_the_newest_claim(report_corpus, capsys):
    (error, error_props, error_message), (warning, warning_props, _) = parse(github(capsys))
    assert (error, warning) == ("error", "warning")
    # the wrapped figure spans lines 3-4 of b.txt: no columns, GitHub takes them on one line only
    assert error_props == {"file": "desk/corpus/b.txt", "line": "3", "endLine": "4",
                           "title": "checker value conflict%3A homicide_rate%2C Honduras%2C 2019"}
    text = "In 2019, Mexico deported 10,300 Guatemalans."
    start = text.index("10,300") + 1
    assert warning_props == {"file": "desk/corpus/d.txt", "line": "1", "endLine": "1", "col": str(start),
                             "endColumn": str(start + len("10,300 Guatemalans")),
                             "title": "checker value drift%3A deportations%2C Guatemala%2C Mexico%2C 2019"}
    assert "“52 per 100,000%0Aresidents”" in error_message  # the message's own line break, escaped
    assert "27%25 apart" in error_message
    assert error_message.endswith("%0AOther claims: desk/corpus/a.txt:1")


def test_properties_come_in_the_documented_order(report_corpus, capsys):
    warning = github(capsys).splitlines()[1]
    assert warning.startswith("::warning file=desk/corpus/d.txt,line=1,endLine=1,col=26,endColumn=44,title=checker ")


def test_info_level_checks_are_notices(report_corpus, capsys, tmp_path):
    pack = tmp_path / "mild"
    pack.mkdir()
    (pack / "checks.yaml").write_text("kind: checks\nextends: checks\nchecks: {value: info}\n")
    assert [level for level, _, _ in parse(github(capsys, "--rules", str(pack)))] == ["notice", "notice"]


def test_agreements_suppressed_and_baselined_findings_are_not_annotated(report_corpus, capsys):
    (report_corpus / "e.txt").write_text("Honduras recorded a murder rate of 38 per 100,000 residents in 2019.\n")
    assert len(parse(github(capsys))) == 2  # the new agreement adds nothing
    baseline, suppressions = write_review_files(capsys, report_corpus.parent)
    # the drift is in the baseline (unchanged) and the conflict is suppressed
    quiet = github(capsys, "--baseline", str(baseline), "--suppressions", str(suppressions))
    assert quiet.startswith("::notice title=checker::Nothing new") and quiet.count("\n") == 1  # says so, no annotation
    only_baseline = parse(github(capsys, "--baseline", str(baseline)))
    assert [(level, props["file"]) for level, props, _ in only_baseline] == [("error", "desk/corpus/b.txt")]


def test_at_most_ten_per_level_worst_first_then_a_notice(many, capsys):
    commands = parse(github(capsys, path="many"))
    levels = [level for level, _, _ in commands]
    assert levels == ["error"] * 10 + ["warning"] * 10 + ["notice"]
    lines = [int(props["line"]) for level, props, _ in commands if level == "error"]
    assert lines == sorted(lines)  # deterministic: by file and position within a level
    assert commands[-1][1] == {}
    assert commands[-1][2] == ("4 more findings not annotated (GitHub shows at most 10 annotations of each level "
                               "per step); run checker check --format markdown for every finding.")


def test_notices_keep_a_slot_for_the_closing_notice(many, capsys, tmp_path):
    pack = tmp_path / "mild"
    pack.mkdir()
    (pack / "checks.yaml").write_text("kind: checks\nextends: checks\nchecks: {value: info}\n")
    commands = parse(github(capsys, "--rules", str(pack), path="many"))
    assert [level for level, _, _ in commands] == ["notice"] * 10
    assert commands[-1][2].startswith("15 more findings not annotated")


def test_step_summary_is_appended_with_every_finding(many, capsys, monkeypatch, tmp_path):
    summary = tmp_path / "step_summary.md"
    summary.write_text("# Build\n\nearlier step output\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = github(capsys, path="many")
    assert out.splitlines()[-1].endswith("; the step summary lists every finding.")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Build\n\nearlier step output\n\n## checker: consistency report\n")
    table = [line for line in text.splitlines() if line.startswith(("| conflict |", "| drift |"))]
    assert len(table) == 24  # all of them, not just the annotated 20
    github(capsys, path="many")
    assert summary.read_text(encoding="utf-8").count("## checker: consistency report") == 2


def test_no_step_summary_outside_actions(report_corpus, capsys, tmp_path):
    github(capsys)
    assert not list(tmp_path.rglob("*summary*"))


def test_two_runs_are_byte_identical(many, capsys):
    assert github(capsys, path="many") == github(capsys, path="many")


def test_step_summary_is_cut_at_a_line_to_fit_githubs_limit(many, capsys, monkeypatch, tmp_path):
    from checker.report import github as github_format

    summary = tmp_path / "step_summary.md"
    summary.write_text("earlier\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setattr(github_format, "SUMMARY_LIMIT", 2000)
    github(capsys, path="many")
    text = summary.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 2000
    assert text.startswith("earlier\n\n## checker: consistency report\n")
    assert text.endswith("_(cut to fit GitHub's step summary limit; run checker check --format markdown for all)_\n")
    body = text[:text.rindex("\n_(cut")]
    rows = [line for line in body.splitlines() if line.startswith("|")]
    assert rows and all(row.endswith("|") for row in rows)  # cut between lines, never inside a row
