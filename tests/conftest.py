"""Shared fixtures: the command line run in-process (``cli``), and a small corpus inside a git
repository, written for the report-format tests."""
from __future__ import annotations

import functools
import json
import subprocess
from pathlib import Path

import pytest

from checker.cli import main


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the golden files of tests/test_golden.py from the current output (review the diff)")


@pytest.fixture(autouse=True)
def plain_terminal_environment(monkeypatch):
    """Reports in tests do not depend on the caller's colour or width settings, nor write to a
    GitHub Actions step summary when the suite itself runs in Actions."""
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLUMNS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli(capsys):
    """The command line run in this process: ``cli("check", "corpus")`` -> (exit code, stdout, stderr)."""
    return functools.partial(run_checker, capsys)


# Two articles with figures that no other article states (claims, the cache), and their manifest.
ARTICLE_A = "Freedonia bought 40 tractors in 2018. Rent in the capital is $300 a month.\n"
ARTICLE_B = "The navy of Sylvania has 14 ships. About 1,200 sailors serve on them.\n"
MANIFEST = ('[[source]]\nfile = "a.txt"\npublished = "2019-06-15"\n\n'
            '[[source]]\nfile = "b.txt"\npublished = "2020-01-02"\n')

# A rate conflict (a vs b) and a count drift (c vs d), each article with its publication month.
DISPUTED = {
    "a.txt": ("2020-03", "Honduras recorded a murder rate of 38 per 100,000 people in 2019.\n"),
    "b.txt": ("2020-04", "In 2019 the homicide rate in Honduras was 52 per 100,000 residents.\n"),
    "c.txt": ("2020-03", "Mexico deported 9,800 Guatemalans in 2019.\n"),
    "d.txt": ("2020-05", "In 2019, Mexico deported 10,300 Guatemalans.\n"),
}


def write_corpus(folder: Path, articles: dict[str, str], manifest: str) -> Path:
    """``folder`` with the articles ({name: text}) and ``manifest`` as its sources.toml."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "sources.toml").write_text(manifest, encoding="utf-8")
    return folder


def one_article_claims(tmp_path: Path, text: str, title: str | None = None, rules=None, language: str | None = None,
                       published: str = "2020-03-01"):
    """The claims of one article holding ``text`` (published 2020-03-01 unless given, with ``title`` and
    ``language`` if given)."""
    from checker.extract import extract_claims

    meta = (f'title = "{title}"\n' if title else "") + (f'language = "{language}"\n' if language else "")
    folder = write_corpus(tmp_path / "c", {"a.txt": text},
                          f'[[source]]\nfile = "a.txt"\npublished = "{published}"\n{meta}')
    return extract_claims([folder], rules).claims


def spanish_claims(tmp_path: Path, text: str):
    """The claims of one Spanish article holding ``text`` (published 2020-03-01)."""
    return one_article_claims(tmp_path, text, language="es")


def language_claims(tmp_path: Path, text: str, language: str, published: str = "2017-02-13"):
    """The claims of one article in ``language`` holding ``text`` (published 2017-02-13 unless given)."""
    return one_article_claims(tmp_path, text, language=language, published=published)


def figure(found, words: str):
    """The one quantity claim whose text holds ``words``."""
    [claim] = [c for c in found if c.kind == "quantity" and words in c.text]
    return claim


def period(found, words: str) -> tuple:
    """(start, end) of the one quantity claim whose text holds ``words``."""
    claim = figure(found, words)
    return claim.time.start, claim.time.end


def subject_basis(claim) -> tuple:
    e = claim.evidence("subject")
    return (claim.subject, e.basis if e else None)


@pytest.fixture(scope="module")
def rules():
    """The default rule pack, loaded once per test module."""
    from checker.ruleset import default_pack, load_rules

    return load_rules([default_pack()])


def write_dated_corpus(folder: Path, files: dict[str, tuple[str, str]]) -> Path:
    """``folder`` with the articles ({name: (published, text)}) and a sources.toml giving each its date."""
    manifest = "\n".join(f'[[source]]\nfile = "{name}"\npublished = "{published}"\n'
                          for name, (published, _) in files.items())
    return write_corpus(folder, {name: text for name, (_, text) in files.items()}, manifest)


def value_findings(folder: Path, *texts: str) -> list:
    """The value check's findings over one article per text, published a month apart from 2021-03-10."""
    import checker

    folder = write_dated_corpus(folder, {f"{'abcdefg'[i]}.txt": (f"2021-0{i + 3}-10", text + "\n")
                                         for i, text in enumerate(texts)})
    return [f for f in checker.check([folder]).findings if f.rule == "value"]


# One conflict (a murder rate; the newer article wraps its figure onto the next line) and one
# drift (a count), each between two articles; published dates make b.txt and d.txt the newest.
REPORT_ARTICLES = {
    "a.txt": ("2020-03", "Honduras recorded a murder rate of 38 per 100,000 people in 2019.\n"),
    "b.txt": ("2020-06", ("Crime figures\n\nIn 2019 the homicide rate in Honduras was 52 per 100,000\n"
                          "residents, according to the security ministry.\n")),
    "c.txt": ("2020-03", "Mexico deported 9,800 Guatemalans in 2019.\n"),
    "d.txt": ("2020-05", "In 2019, Mexico deported 10,300 Guatemalans.\n"),
}


@pytest.fixture
def report_corpus(tmp_path, monkeypatch) -> Path:
    """``repo/`` (a git repository) with the working folder ``repo/desk`` and the articles in
    ``repo/desk/corpus``: paths print as ``corpus/a.txt``, repository paths are ``desk/corpus/a.txt``."""
    repo = tmp_path / "repo"
    corpus = write_dated_corpus(repo / "desk" / "corpus", REPORT_ARTICLES)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    monkeypatch.chdir(repo / "desk")
    return corpus


def make_pack(root: Path, files: dict[str, str], name: str = "pack") -> Path:
    """A pack written for one test: {relative path: text}."""
    pack = root / name
    for rel, text in files.items():
        path = pack / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    pack.mkdir(parents=True, exist_ok=True)
    return pack


def check_report(capsys, fmt: str, *extra: str, path: str = "corpus") -> str:
    """``checker check PATH --format FMT`` in this process: the report of a run that ended with
    exit code 0 or 1 (findings), never 2."""
    code, out, err = run_checker(capsys, "check", path, "--format", fmt, *extra)
    assert code in (0, 1), err
    return out


def run_checker(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the command line in this process: (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_review_files(capsys, folder: Path) -> tuple[Path, Path]:
    """A baseline holding today's drift plus one entry no finding matches any more, and a
    suppressions file accepting the conflict, with one unused and one expired entry."""
    findings = json.loads(run_checker(capsys, "check", "corpus", "--format", "json")[1])["findings"]
    conflict = next(f for f in findings if f["kind"] == "conflict")
    drift = next(f for f in findings if f["kind"] == "drift")
    baseline = folder / "baseline.json"
    baseline.write_text(json.dumps({"checker": {"fingerprint": "v1"}, "findings": [
        {"fingerprint": drift["fingerprint"], "check": drift["rule"], "kind": "drift", "metric": drift["metric"],
         "sources": ["corpus/c.txt", "corpus/d.txt"], "message": drift["message"]},
        {"fingerprint": "v1:" + "0" * 32, "check": "value", "kind": "conflict", "metric": "homicide_rate",
         "sources": ["corpus/gone.txt"], "message": "a conflict that was fixed"},
    ]}), encoding="utf-8")
    suppressions = folder / "suppressions.yaml"
    suppressions.write_text(
        "suppressions:\n"
        f"  - fingerprint: {conflict['id']}\n"
        "    reason: The ministry revised its figure; both were true when published.\n"
        "  - fingerprint: 0123456789abcdef\n"
        "    reason: An old decision.\n"
        "  - fingerprint: fedcba9876543210\n"
        "    reason: Accepted until the review.\n"
        "    expires: 2000-01-01\n", encoding="utf-8")
    return baseline, suppressions
