"""Issue 14 item 2: the finding's level (error, warning, info) is the one gate of `check`
(--fail-on), and every format prints the same level for the same finding."""
from __future__ import annotations

import json

import pytest
from conftest import DISPUTED, write_dated_corpus


@pytest.fixture
def relevelled(tmp_path, monkeypatch):
    """The rate conflict and the count drift of DISPUTED, with the value check re-levelled to a
    warning by the project: its conflicts are warnings and its drift information."""
    monkeypatch.chdir(tmp_path)
    write_dated_corpus(tmp_path / "disputed", DISPUTED)
    (tmp_path / "checker.toml").write_text('paths = ["disputed"]\n\n[checks]\nvalue = "warning"\n')
    return tmp_path


def test_a_warning_level_conflict_is_a_warning_everywhere_and_gates_only_at_warning(relevelled, cli):
    code, out, err = cli("check", "--format", "json")
    conflict = next(f for f in json.loads(out)["findings"] if f["kind"] == "conflict")
    assert conflict["severity"] == "warning"
    assert code == 0, err  # the default gate is error: a warning-level conflict does not fail the run
    assert cli("check", "--fail-on", "warning", "--format", "json")[0] == 1
    assert cli("check", "--fail-on", "info", "--format", "json")[0] == 1
    assert cli("check", "--fail-on", "never", "--format", "json")[0] == 0

    _, github, _ = cli("check", "--format", "github")
    levels = {line.split(" ", 1)[0] for line in github.splitlines() if "value conflict" in line}
    assert levels == {"::warning"}  # not ::error: the level, not the kind
    assert {line.split(" ", 1)[0] for line in github.splitlines() if "value drift" in line} == {"::notice"}

    _, terminal, _ = cli("check", "--width", "200")
    assert "[value · warning]" in terminal and "[value · error]" not in terminal
    _, markdown, _ = cli("check", "--format", "markdown")
    assert "| conflict | value · warning |" in markdown

    _, sarif, _ = cli("check", "--format", "sarif")
    results = json.loads(sarif)["runs"][0]["results"]
    assert {r["level"] for r in results if r["ruleId"] == "value"} == {"warning", "note"}


def test_info_level_findings_fail_only_at_info(relevelled, cli):
    (relevelled / "disputed" / "b.txt").unlink()  # the drift alone: information at this level
    assert cli("check", "--fail-on", "warning", "--format", "json")[0] == 0
    assert cli("check", "--fail-on", "info", "--format", "json")[0] == 1


@pytest.mark.parametrize("old, new, code", [("conflict", "error", 0), ("drift", "warning", 1)])
def test_the_old_kind_values_still_work_with_a_deprecation_note(relevelled, cli, old, new, code):
    got, _, err = cli("check", "--fail-on", old, "--format", "json")
    assert got == code
    assert f"--fail-on {old} is deprecated" in err and f"--fail-on {new}" in err
    (relevelled / "checker.toml").write_text(f'paths = ["disputed"]\nfail-on = "{old}"\n\n[checks]\nvalue = "warning"\n')
    got, _, err = cli("check", "--format", "json")
    assert got == code and "deprecated" in err


def test_fail_on_rejects_an_unknown_level(relevelled, cli):
    with pytest.raises(SystemExit) as stop:
        cli("check", "--fail-on", "severe")
    assert stop.value.code == 2
