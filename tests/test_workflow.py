"""End to end, the way a newsroom uses checker in CI: a git repository of articles with a committed
baseline; a pull request adds an article; the ready-made workflow and pre-commit hooks run.

Commands run as subprocesses (`python -m checker ...`, exactly as written in the workflow and hook
files), so exit codes and stdout are the real ones.
"""
from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import make_pack

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds"
CONTRADICTION = ("Crime in Central America\n"
                 "\n"
                 "Police figures put El Salvador's homicide rate at 140 per 100,000 people in 2015.\n")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def checker(cwd: Path, command: str) -> subprocess.CompletedProcess:
    """Run a `checker ...` command line as written, with this interpreter's checker."""
    argv = shlex.split(command)
    assert argv[0] == "checker", command
    return subprocess.run([sys.executable, "-m", "checker", *argv[1:]], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "NO_COLOR": "1"})


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *args], cwd=cwd,
                   check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path) -> Path:
    """A newsroom repository: the seed articles, a baseline of their findings, all committed."""
    root = tmp_path / "newsroom"
    shutil.copytree(SEEDS, root / "seeds")
    git(root, "init", "-q")
    done = checker(root, "checker baseline seeds")
    assert done.returncode == 0, done.stderr
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "articles and their baseline")
    return root


def add_contradiction(repo: Path) -> Path:
    article = repo / "seeds" / "zz_police_figures.txt"
    article.write_text(CONTRADICTION, encoding="utf-8")
    with (repo / "seeds" / "sources.toml").open("a", encoding="utf-8") as manifest:
        manifest.write('\n[[source]]\nfile = "zz_police_figures.txt"\npublisher = "Desk"\npublished = "2019-03-04"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "a new article")
    return article


def test_baseline_then_new_article_then_suppression_then_removal(repo):
    gate = "checker check seeds --baseline reports/baseline.json"
    first = checker(repo, gate)
    assert first.returncode == 0, first.stdout + first.stderr

    add_contradiction(repo)
    failing = checker(repo, gate + " --format json")
    assert failing.returncode == 1
    report = json.loads(failing.stdout)
    new = [f for f in report["findings"] if f.get("baseline") == "new"]
    assert [f["kind"] for f in new] == ["conflict"]
    claims = {c["id"]: c for c in report["claims"]}
    assert "seeds/zz_police_figures.txt" in {claims[i]["source"] for i in new[0]["claims"]}

    sarif = json.loads(checker(repo, gate + " --format sarif").stdout)
    results = [r for r in sarif["runs"][0]["results"] if r.get("baselineState") == "new"]
    assert len(results) == 1
    where = results[0]["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "seeds/zz_police_figures.txt"
    assert where["region"]["startLine"] == 3

    github = checker(repo, gate + " --format github")
    assert github.returncode == 1
    assert "::error file=seeds/zz_police_figures.txt,line=3," in github.stdout

    (repo / "reports" / "suppressions.yaml").write_text(
        f"suppressions:\n  - fingerprint: {new[0]['id']}\n"
        f"    reason: Police and World Bank rates use different population estimates; reviewed.\n",
        encoding="utf-8")
    suppressed = checker(repo, gate)
    assert suppressed.returncode == 0, suppressed.stdout

    (repo / "seeds" / "zz_police_figures.txt").unlink()
    removed = checker(repo, gate + " --format json")
    assert removed.returncode == 0
    assert [e["fingerprint"] for e in json.loads(removed.stdout)["review"]["unused"]] == [new[0]["id"]]
    assert f"suppression {new[0]['id']} matches no finding" in removed.stderr
    assert checker(repo, gate + " --strict-suppressions").returncode == 1


# --------------------------------------------------------------------------- ready-made CI files


def workflow_commands() -> list[str]:
    workflow = yaml.safe_load((PROJECT / ".github" / "workflows" / "checker.yml").read_text())
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    return [step["run"] for step in steps if step.get("run", "").startswith("checker ")]


def test_the_workflow_commands_pass_on_the_baselined_corpus_and_gate_a_contradiction(repo):
    commands = workflow_commands()
    assert any("--format sarif" in c for c in commands) and any("--format github" in c for c in commands)
    for command in commands:
        done = checker(repo, command)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    sarif = json.loads((repo / "checker.sarif").read_text())
    assert sarif["version"] == "2.1.0"

    add_contradiction(repo)
    gate = next(c for c in commands if "--format github" in c)
    assert checker(repo, gate).returncode == 1
    assert checker(repo, next(c for c in commands if "--format sarif" in c)).returncode == 0  # report, never gate


def test_the_pre_commit_hooks_run_as_documented(repo):
    hooks = {hook["id"]: hook for hook in yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"checker", "checker-rules"}
    assert all(hook["pass_filenames"] is False for hook in hooks.values())
    (repo / "checker.toml").write_text('paths = ["seeds"]\nbaseline = "reports/baseline.json"\n')
    for hook in hooks.values():
        done = checker(repo, hook["entry"])
        assert done.returncode == 0, (hook["id"], done.stdout, done.stderr)
    add_contradiction(repo)
    blocked = checker(repo, hooks["checker"]["entry"])
    assert blocked.returncode == 1 and "CONFLICT" in blocked.stdout
    make_pack(repo, {"metrics/tractors.yaml": "kind: metric\nid: tractors\nname: tractors bought\nunit: count\n"
                                              "terms: [tractors bought]\nnouns: [tractor]\nexamples:\n"
                                              "  - text: Freedonia bought 40 tractors in 2018.\n"
                                              "    expect: {value: 41}\n"}, "my-rules")
    (repo / "checker.toml").write_text('paths = ["seeds"]\nrules = ["my-rules"]\n')
    failing = checker(repo, hooks["checker-rules"]["entry"])
    assert failing.returncode == 1 and "my-rules/metrics/tractors.yaml" in failing.stdout
