"""Golden files: the whole output of every report format, byte for byte, on a small corpus
written for the tests (tests/golden/corpus: three short articles and an undated note with a
conflict, a drift, agreements, a running total and an event), with the exit code.

Each case runs the command line on a copy of the corpus in a folder of its own that is a git
repository (so every path prints as ``corpus/...``), with no configuration, no cache, no colour and
a fixed terminal width; its stdout must equal ``tests/golden/expected/<case>`` and its exit code
the one in ``tests/golden/expected/exit-codes.json``. The same outputs must come out of fresh
interpreters under other ``PYTHONHASHSEED`` values.

After a reviewed change of the output, refresh every golden file with one command, then read
the diff of tests/golden/expected before committing it:

    python -m pytest tests/test_golden.py --update-golden
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main

GOLDEN = Path(__file__).resolve().parent / "golden"
EXPECTED = GOLDEN / "expected"
EXIT_CODES = EXPECTED / "exit-codes.json"
COMMON = ["--isolated", "--no-cache", "--no-progress"]
WIDTH = ["--width", "120"]
# case (the golden file's name) -> the command line
CASES = {
    "check-terminal.txt": ["check", "corpus", *WIDTH],
    "check.json": ["check", "corpus", "--format", "json"],
    "check.jsonl": ["check", "corpus", "--format", "jsonl"],
    "check.md": ["check", "corpus", "--format", "markdown"],
    "check-github.txt": ["check", "corpus", "--format", "github"],
    "check.sarif": ["check", "corpus", "--format", "sarif"],
    "claims-terminal.txt": ["claims", "corpus", *WIDTH],
    "claims.json": ["claims", "corpus", "--format", "json"],
    "claims.jsonl": ["claims", "corpus", "--format", "jsonl"],
}
# Variables that would change a report: colour, width, a GitHub Actions step summary.
_UNSET = ("FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS", "LINES", "GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS")
_SET = {"NO_COLOR": "1", "TERM": "dumb"}


def workspace(folder: Path) -> Path:
    """``folder`` as a git repository (a ``.git`` folder is enough) holding a copy of the corpus."""
    shutil.copytree(GOLDEN / "corpus", folder / "corpus")
    (folder / ".git").mkdir()
    return folder


def run(argv: list[str]) -> tuple[int, bytes]:
    """The command line in this process, in the working folder: (exit code, stdout as UTF-8)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, *COMMON])
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return code, out.getvalue().encode("utf-8")


def emit(target: str) -> None:
    """Write every case's output and exit code into ``target`` (run by a fresh interpreter)."""
    os.environ.update(_SET)
    for name in _UNSET:
        os.environ.pop(name, None)
    results = {}
    for case, argv in CASES.items():
        code, out = run(argv)
        (Path(target) / case).write_bytes(out)
        results[case] = code
    (Path(target) / EXIT_CODES.name).write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")


@pytest.fixture
def golden_folder(tmp_path, monkeypatch):
    for name in _UNSET:
        monkeypatch.delenv(name, raising=False)
    for name, value in _SET.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(workspace(tmp_path / "repo"))


@pytest.mark.parametrize("case", list(CASES))
def test_each_format_matches_its_golden_file(case, golden_folder, request):
    code, out = run(CASES[case])
    codes = json.loads(EXIT_CODES.read_text()) if EXIT_CODES.is_file() else {}
    if request.config.getoption("--update-golden"):
        EXPECTED.mkdir(exist_ok=True)
        (EXPECTED / case).write_bytes(out)
        EXIT_CODES.write_text(json.dumps(codes | {case: code}, indent=1, sort_keys=True) + "\n")
        return
    assert (EXPECTED / case).is_file(), f"no golden file for {case}: run pytest {__file__} --update-golden"
    assert out.decode() == (EXPECTED / case).read_bytes().decode()  # a readable diff first
    assert out == (EXPECTED / case).read_bytes()
    assert code == codes[case]


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_the_output_does_not_depend_on_the_hash_seed(seed, tmp_path, request):
    if request.config.getoption("--update-golden"):
        pytest.skip("golden files are being rewritten")
    folder, out = workspace(tmp_path / "repo"), tmp_path / "out"
    out.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in _UNSET} | {"PYTHONHASHSEED": seed}
    script = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import test_golden; " \
             f"test_golden.emit({str(out)!r})"
    subprocess.run([sys.executable, "-c", script], cwd=folder, env=env, check=True, timeout=300)
    for case in [*CASES, EXIT_CODES.name]:
        assert (out / case).read_bytes() == (EXPECTED / case).read_bytes(), case
