"""Issue 14 item 8: the conventions users reach for — --select/--ignore for checks, shell
completion, `checker init` and an article on standard input (`checker check -`)."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest
from conftest import DISPUTED, write_dated_corpus

RATE_A = "Harbourton recorded a homicide rate of 6 per 100,000 people in 2023.\n"
RATE_B = "In 2023 the homicide rate in Harbourton was 9.5 per 100,000 residents.\n"
HARBOURTON = "kind: entities\nid: harbourton\nentities:\n  - {name: Harbourton, type: city}\n"


@pytest.fixture
def disputed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_dated_corpus(tmp_path / "disputed", DISPUTED)


def _rules_of(out: str) -> set[str]:
    return {f["rule"] for f in json.loads(out)["findings"]}


def test_select_and_ignore_choose_the_checks_by_id_or_tag(disputed, cli):
    _, out, _ = cli("check", "disputed", "--format", "json", "--no-cache")
    assert "value" in _rules_of(out)
    code, out, _ = cli("check", "disputed", "--format", "json", "--no-cache", "--ignore", "value")
    assert code == 0 and "value" not in _rules_of(out)
    code, out, _ = cli("check", "disputed", "--format", "json", "--no-cache", "--select", "event-date,share")
    assert code == 0 and not _rules_of(out)
    code, out, _ = cli("check", "disputed", "--format", "json", "--no-cache", "--select", "quantity")  # a tag
    assert code == 1 and _rules_of(out) == {"value"}
    code, _, err = cli("check", "disputed", "--no-cache", "--select", "valeu")
    assert code == 2 and "unknown check or tag 'valeu'; did you mean 'value'?" in err


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_the_bash_completion_completes_commands_options_and_their_values(tmp_path, cli):
    code, script, _ = cli("completion", "bash")
    assert code == 0
    (tmp_path / "checker.bash").write_text(script, encoding="utf-8")

    def complete(*words: str) -> list[str]:
        probe = (f"source {tmp_path / 'checker.bash'}; COMP_WORDS=({' '.join(repr(w) for w in words)}); "
                 f"COMP_CWORD={len(words) - 1}; _checker; printf '%s\\n' \"${{COMPREPLY[@]}}\"")
        return subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True,
                              cwd=tmp_path).stdout.split()

    assert {"check", "claims"} <= set(complete("checker", "c")) and "init" in complete("checker", "i")
    assert {"error", "warning", "info", "never"} <= set(complete("checker", "check", "--fail-on", ""))
    assert "--select" in complete("checker", "check", "--sel")
    assert complete("checker", "rules", "va") == ["validate"]
    for shell in ("zsh", "fish"):
        code, text, _ = cli("completion", shell)
        assert code == 0 and "fail-on" in text


def test_init_writes_a_config_a_rule_folder_with_an_example_and_a_workflow(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli("init")
    assert code == 0, err
    assert (tmp_path / "checker.toml").is_file() and (tmp_path / ".github/workflows/checker.yml").is_file()
    example = next((tmp_path / "checker-rules").rglob("*.example"))
    assert all(line.startswith("#") for line in example.read_text().splitlines()[:3])  # commented
    assert cli("rules", "validate")[0] == 0  # the folder holds no rule yet: the pack loads empty
    example.rename(example.with_suffix(""))  # as its comment says: rename it to use it
    code, out, err = cli("rules", "test")
    assert code == 0 and "checker-rules" in out, out + err
    (tmp_path / "checker-rules" / "entities").mkdir()  # the city the articles are about, as a user adds it
    (tmp_path / "checker-rules" / "entities" / "harbourton.yaml").write_text(HARBOURTON, encoding="utf-8")
    (tmp_path / "articles" / "a.txt").write_text(RATE_A, encoding="utf-8")
    (tmp_path / "articles" / "b.txt").write_text(RATE_B, encoding="utf-8")
    code, out, _ = cli("check", "--no-cache", "--format", "json")  # the paths come from the new config
    assert code == 1 and len(json.loads(out)["sources"]) == 2
    code, _, err = cli("init")
    assert code == 2 and "already exist" in err  # never overwritten without --force


def test_an_article_on_standard_input(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "places" / "entities").mkdir(parents=True)
    (tmp_path / "places" / "entities" / "harbourton.yaml").write_text(HARBOURTON, encoding="utf-8")
    (tmp_path / "a.txt").write_text(RATE_A, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RATE_B.encode())))
    code, out, err = cli("check", "-", "a.txt", "--no-cache", "--format", "json", "--rules", "places")
    assert code == 1, err
    doc = json.loads(out)
    assert [s["path"] for s in doc["sources"]] == ["-", "a.txt"]
    assert {c["source"] for f in doc["findings"] for c in doc["claims"] if c["id"] in f["claims"]} == {"-", "a.txt"}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = cli("claims", "-", "--no-cache")
    assert code == 2 and "no articles found" in err


def test_select_and_ignore_in_the_configuration(disputed, cli):
    (disputed.parent / "checker.toml").write_text('paths = ["disputed"]\nignore = ["value"]\n', encoding="utf-8")
    code, out, _ = cli("check", "--format", "json", "--no-cache")
    assert code == 0 and "value" not in _rules_of(out)
    (disputed.parent / "checker.toml").write_text('paths = ["disputed"]\nselect = ["event"]\n', encoding="utf-8")
    code, out, _ = cli("check", "--format", "json", "--no-cache")
    assert code == 0 and not _rules_of(out)
    code, out, _ = cli("check", "--format", "json", "--no-cache", "--select", "value")  # the option wins
    assert code == 1 and _rules_of(out) == {"value"}
    code, out, _ = cli("config", "--format", "json")
    assert json.loads(out)["settings"]["select"] == {"value": ["event"], "from": "checker.toml"}
