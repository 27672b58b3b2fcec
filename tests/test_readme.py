"""The README is for people (issue 14, item 7): its first screen says what checker does, shows a
real terminal excerpt and the two commands; sentences stay short; reference pages it links exist;
and it says what ../shared is for."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
FIRST_SCREEN = 60  # lines


def _blocks(text: str) -> list[tuple[str, str]]:
    return re.findall(r"(?ms)^```(\w*)\n(.*?)^```", text)


def test_the_first_screen_says_what_it_does_shows_a_real_excerpt_and_the_two_commands(capsys, monkeypatch):
    screen = "\n".join(README.splitlines()[:FIRST_SCREEN])
    assert "articles" in screen.split("```")[0]  # what it does, before any code
    (lang, excerpt), (_, commands) = _blocks(screen)[:2]
    assert lang == "console"
    command, *shown = excerpt.splitlines()
    folder, args = re.fullmatch(r"\$ cd (\S+) && checker (.+)", command).groups()
    monkeypatch.chdir(ROOT / folder)
    monkeypatch.setenv("COLUMNS", str(max(len(line) for line in shown)))
    main(args.split() + ["--no-cache"])
    real = [line.rstrip() for line in capsys.readouterr().out.splitlines()]
    assert [line.rstrip() for line in shown] == real  # the excerpt is the command's output today
    assert "pip install" in commands and "checker check" in commands
    assert len([line for line in commands.splitlines() if line.strip()]) == 2


def test_no_sentence_is_over_40_words():
    prose = re.sub(r"(?ms)^```.*?^```", "", README)
    prose = re.sub(r"`[^`]*`", "Code", prose)  # a code span counts as one word, and may start a sentence
    sentences = re.split(r"(?<=[.!?:])\s+(?=[A-Z\[`*])|\n\s*\n|\n[-\d]", prose)
    long = [s for s in sentences if len(s.split()) > 40]
    assert not long, long


@pytest.mark.parametrize("target", sorted(set(re.findall(r"\]\(([^)#]+)\)", README))))
def test_every_link_of_the_readme_leads_somewhere(target):
    assert target.startswith("http") or (ROOT / target).exists(), target


def test_the_readme_says_shared_is_only_for_the_projects_tests_and_benchmarks():
    text = " ".join(README.split())
    assert "`../shared`" in text and "only needed for the project's own tests and benchmarks" in text


def test_the_worked_example_pack_passes_its_own_examples(capsys, monkeypatch):
    monkeypatch.chdir(ROOT / "examples" / "wildfires")
    assert main(["rules", "test"]) == 0, capsys.readouterr()
