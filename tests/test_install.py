"""An installed checker (``pip install .``, as the pre-commit hook and the CI workflow install it)
works on its own: the default rule pack and the language packs travel inside the package."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """checker built from a copy of the repository and installed into a folder of its own."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    for name in ("checker", "rules"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    site = work / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(site), str(source)], check=True, capture_output=True)
    return site


def _run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """Python on the installed package and the dependencies alone: -S keeps the test venv's .pth
    files unread, so its editable install of checker cannot serve a module the package lacks."""
    path = os.pathsep.join([str(site), *_dependencies()])
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.run([sys.executable, "-S", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          check=False)


def _dependencies() -> list[str]:
    """The folders the running interpreter installs packages into (where the dependencies are)."""
    return sorted({sysconfig.get_path("purelib"), sysconfig.get_path("platlib")})


def test_every_module_and_pack_file_is_installed(installed):
    """Every module, language pack and data file of checker/ (a package left out of pyproject's list is not)."""
    def files(root: Path, base: Path) -> set[str]:
        return {p.relative_to(base).as_posix() for p in root.rglob("*")
                if p.suffix in (".py", ".yaml", ".md") and "__pycache__" not in p.parts}

    assert sorted(files(ROOT / "checker", ROOT) - files(installed / "checker", installed)) == []


def test_the_installed_package_is_the_one_that_runs(installed, tmp_path):
    shown = _run(installed, tmp_path, "-c", "import checker, checker.ruleset as r; print(checker.__file__); "
                                            "print(r.default_pack())")
    module, pack = shown.stdout.split()
    assert Path(module).is_relative_to(installed) and Path(pack) == installed / "checker" / "rules"


def test_the_installed_package_checks_a_corpus_with_its_default_rules(installed, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Honduras's murder rate was 40 per 100,000 people in 2019.\n")
    (corpus / "b.txt").write_text("Honduras's murder rate was 62 per 100,000 people in 2019.\n")
    run = _run(installed, tmp_path, "-m", "checker", "check", "corpus", "--no-cache", "--format", "json")
    assert run.returncode == 1, run.stderr
    findings = json.loads(run.stdout)["findings"]
    assert [(f["kind"], f["metric"]) for f in findings] == [("conflict", "homicide_rate")]
    assert _run(installed, tmp_path, "-m", "checker", "rules", "validate").returncode == 0
