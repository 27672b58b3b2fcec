"""Output integrity (issue 15, items 10-12): what a file name or an article holds never reaches the
reader's terminal or a CI log as control characters, every JSON output is strict JSON, and the files
checker writes are complete, with the user's permissions."""
from __future__ import annotations

import json
import re

import pytest
from checker.printable import printable, shown_path

# Two articles that disagree on a rate: one named with a newline and a forged GitHub command, the
# other with an ESC sequence in its name; the first also hides escape sequences in its sentence.
HOSTILE = {
    "a\n::error::forged.md": ("2022-02-01", "Belize recorded a murder rate of 40 per 100,000 people in 2021, "
                                           "the\x1b[2J ministry said.\n"),
    "b\x1b[31mred\u202e.md": ("2022-05-01", "In 2021 the homicide rate in Belize was 75 per 100,000 residents.\n"),
}
# Any control character but the line break, and the bidirectional override.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, (published, text) in HOSTILE.items():
        (folder / name).write_text(f"---\npublished: {published}\n---\n{text}", encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "github"])
def test_human_formats_and_stderr_carry_no_control_characters(hostile, cli, fmt):
    code, out, err = cli("check", "corpus", "--format", fmt, "--no-cache")
    assert code in (0, 1), err
    for stream in (out, err):
        assert not CONTROL.search(stream), CONTROL.search(stream)
        assert not any(line.startswith("::error::forged") for line in stream.splitlines())


def test_terminal_quotes_an_unusual_file_name(hostile, cli):
    out = cli("check", "corpus", "--no-cache", "--width", "200")[1]
    assert '"corpus/a\\n::error::forged.md"' in out
    assert "the\\x1b[2J ministry" in out


def test_stderr_quotes_the_file_name_of_an_input_problem(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "x\n::error::empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "corpus" / "ok.txt").write_text("Ruritania has 4 ports.\n", encoding="utf-8")
    err = cli("check", "corpus", "--format", "json", "--no-cache")[2]
    assert '"corpus/x\\n::error::empty.txt"' in err
    assert "::error::" not in "".join(line[:9] for line in err.splitlines())


def test_printable_and_shown_path():
    assert printable("a\x1b[31mb\x07") == "a\\x1b[31mb\\x07"
    assert printable("one\ntwo\u202e") == "one\\ntwo\\u202e"
    assert printable("one\ntwo", keep_newlines=True) == "one\ntwo"
    assert shown_path("corpus/plain name.txt") == "corpus/plain name.txt"
    assert shown_path('odd"\n.txt') == '"odd\\"\\n.txt"'
    assert shown_path(" lead.txt") == '" lead.txt"'
