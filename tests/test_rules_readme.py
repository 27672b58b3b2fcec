"""Issue 14 item 5: one loader for every command — `rules validate` and `rules test` refuse
exactly what `check` refuses, with errors at file:line:col naming the pack — and every YAML
example in rules/README.md loads as written."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checker.checks import CHECKS
from checker.examples import run_examples
from checker.ruleset import default_pack, load_rules

README = Path(__file__).resolve().parent.parent / "rules" / "README.md"
_BLOCK = re.compile(r"^```yaml\n(.*?)^```", re.S | re.M)  # a fenced YAML block
_PATH = re.compile(r"`([\w./-]+\.ya?ml)`")  # a rule file's path, as the text before a block names it


def readme_examples() -> list[tuple[str, str]]:
    """(path, text) of every YAML example, the path being the last one named since the block before."""
    text, examples, end = README.read_text(encoding="utf-8"), [], 0
    for block in _BLOCK.finditer(text):
        named = _PATH.findall(text, end, block.start())
        assert named, f"rules/README.md: the YAML block at offset {block.start()} names no file before it"
        examples.append((named[-1], block[1]))
        end = block.end()
    return examples


def test_the_readme_has_its_examples():
    paths = [path for path, _ in readme_examples()]
    assert {"metrics/deportations.yaml", "entities/gangs.yaml", "events/truce_ended.yaml", "boilerplate.yaml",
            "checks.yaml", "my-rules/entities/gangs.yaml", "my-rules/checks.yaml"} <= set(paths)


@pytest.mark.parametrize("path, text", [e for e in readme_examples() if not e[0].startswith("my-rules/")],
                         ids=lambda v: v if v.endswith(".yaml") else "")
def test_a_default_pack_example_loads_verbatim_in_place_of_its_file(tmp_path, path, text):
    pack = tmp_path / "rules"
    shutil.copytree(default_pack(), pack)
    (pack / path).write_text(text, encoding="utf-8")
    rules = load_rules([pack], known_checks=CHECKS)
    count, failures = run_examples(rules)
    assert not [f for f in failures if f.where.startswith(f"rules/{path}")], failures


def test_the_user_pack_examples_validate_test_and_check_as_written(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    for path, text in readme_examples():
        if path.startswith("my-rules/"):
            (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / path).write_text(text, encoding="utf-8")
    assert cli("rules", "validate", "my-rules")[0] == 0
    code, out, err = cli("rules", "test", "my-rules")
    assert code == 0, out + err
    (tmp_path / "a.txt").write_text("The Salvatrucha gang had 9,000 members in 2018.\n", encoding="utf-8")
    code, out, err = cli("check", "a.txt", "--rules", "my-rules", "--no-cache", "--format", "json")
    assert code == 0, err


BAD_PACKS = {
    "an unknown check id": ("checks.yaml", "kind: checks\nextends: checks\nchecks:\n  value-conflict: error\n",
                            "bad/checks.yaml:4:3: checks: unknown check 'value-conflict'; did you mean 'value'?"),
    "a description of no check": ("checks.yaml", "kind: checks\nextends: checks\ndescriptions:\n  sharee:\n"
                                  "    summary: s\n    what: w\n",
                                  "bad/checks.yaml:4:3: descriptions: unknown check 'sharee'"),
    "an extension of an unknown entity set": ("entities/bands.yaml", "kind: entities\nextends: bands\nentities:\n"
                                              "  - name: X\n", "bad/entities/bands.yaml:2:10: extends:"),
}


@pytest.mark.parametrize("name", sorted(BAD_PACKS))
def test_validate_test_and_check_refuse_the_same_pack_with_the_same_error(tmp_path, monkeypatch, cli, name):
    monkeypatch.chdir(tmp_path)
    path, text, error = BAD_PACKS[name]
    (tmp_path / "bad" / path).parent.mkdir(parents=True)
    (tmp_path / "bad" / path).write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Harbourton recorded 80 arrests in 2022.\n", encoding="utf-8")
    runs = {"validate": cli("rules", "validate", "bad"), "test": cli("rules", "test", "bad"),
            "check": cli("check", "a.txt", "--rules", "bad", "--no-cache")}
    for command, (code, _, err) in runs.items():
        assert code == 2, (command, err)
        assert f"checker: error: {error}" in err, (command, err)
