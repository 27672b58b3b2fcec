"""Output integrity (issue 15, items 10-12): what a file name or an article holds never reaches the
reader's terminal or a CI log as control characters, every JSON output is strict JSON, and the files
checker writes are complete, with the user's permissions."""
from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.printable import one_line, printable, shown_path

# Two articles that disagree on a rate: one named with a newline and a forged GitHub command, the
# other with an ESC sequence in its name; the first also hides escape sequences in its sentence.
HOSTILE = {
    "a\n::error::forged.md": ("2022-02-01", "Belize recorded a murder rate of 40 per 100,000 people in 2021, "
                                           "the\x1b[2J ministry said.\n"),
    "b\x1b[31mred\u202e.md": ("2022-05-01", "In 2021 the homicide rate in Belize was 75 per 100,000 residents.\n"),
}
# Any control character but the line break, and the bidirectional override.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _corpus(tmp_path, monkeypatch, articles: dict[str, tuple[str, str]]):
    """A folder of articles (name -> (published, text)) with front matter, the working directory."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, (published, text) in articles.items():
        (folder / name).write_text(f"---\npublished: {published}\n---\n{text}", encoding="utf-8")
    return folder


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    return _corpus(tmp_path, monkeypatch, HOSTILE)


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


# --------------------------------------------------------------------------- item 11: strict JSON

def _strict(text: str):
    """``text`` parsed as strict JSON: NaN and Infinity, which Python's json accepts, are refused."""
    def refuse(word):
        raise ValueError(f"not JSON: {word}")
    return json.loads(text, parse_constant=refuse)


OVERFLOW = {
    "one.md": ("2022-03-01", "The murder rate in Belize was 2" + " million" * 60 + " per 100,000 people in 2021. "
                             "The agency spent $0" + " million" * 60 + " on ferries in 2021. "
                             "The agency spent $3 million on tunnels in 2021.\n"),
    "two.md": ("2022-04-01", "In 2021 the homicide rate in Belize was 0" + " million" * 60 + " per 100,000 residents, "
                             "and 30 per 100,000 in 2020.\n"),
}


@pytest.fixture
def overflowing(tmp_path, monkeypatch):
    return _corpus(tmp_path, monkeypatch, OVERFLOW)


def test_a_figure_that_overflows_is_not_a_claim(overflowing, cli):
    code, out, err = cli("claims", "corpus", "--format", "json", "--no-cache")
    assert code == 0, err
    texts = [c["text"] for c in _strict(out)["claims"]]
    assert "$3 million" in texts
    assert not any("million million" in t for t in texts)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "terminal", "markdown"])
def test_reports_hold_no_nan_or_infinity(overflowing, cli, fmt):
    code, out, err = cli("check", "corpus", "--format", fmt, "--no-cache")
    assert code in (0, 1), err
    if fmt in ("json", "sarif"):
        _strict(out)
    elif fmt == "jsonl":
        [_strict(line) for line in out.splitlines()]
    assert not re.search(r"\b(nan|inf)%|\bNaN\b|\bInfinity\b", out, re.IGNORECASE)


def test_quantities_lines_are_strict_json(cli, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("A debt of $5" + " billion" * 40 + " and a loan of $2 billion.\n"))
    code, out, err = cli("quantities")
    assert code == 0, err
    values = [q["value"] for line in out.splitlines() for q in _strict(line)["quantities"]]
    assert values == [2e9]


def test_json_is_written_without_nan():
    from checker.model import encode_json
    with pytest.raises(ValueError):
        encode_json({"point": float("nan")})


# --------------------------------------------------------------------------- item 12: files written

@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("command", ["check", "baseline"])
def test_written_files_get_the_umask_mode(overflowing, cli, umask_022, command):
    code, _, err = cli(command, "corpus", "--output", "out/report.json", "--no-cache", *(
        ["--format", "json"] if command == "check" else []))
    assert code in (0, 1), err
    assert stat.S_IMODE(os.stat("out/report.json").st_mode) == 0o644
    assert [p.name for p in Path("out").iterdir()] == ["report.json"]


@pytest.mark.parametrize("unnamed", [True, False])
def test_a_report_is_fsynced_before_it_is_renamed(overflowing, cli, monkeypatch, unnamed):
    from checker import atomic

    monkeypatch.setattr(atomic, "_UNNAMED", [unnamed])
    calls = []
    fsync, replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append("replace"), replace(a, b))[1])
    code, _, err = cli("check", "corpus", "--output", "r.json", "--format", "json", "--no-cache")
    assert code in (0, 1), err
    at = calls.index("replace")
    assert at > 0 and calls[at - 1] == "fsync"


@pytest.mark.parametrize("linkable", [True, False])
def test_the_text_is_written_once_whether_or_not_unnamed_files_can_be_named(tmp_path, monkeypatch, linkable):
    """Where the system refuses to name a file that has none (some sandboxes), an empty file finds
    that out first, so a large report is not written twice; no temporary name is left either way."""
    from checker import atomic

    if not getattr(os, "O_TMPFILE", 0):
        pytest.skip("no O_TMPFILE here")
    monkeypatch.setattr(atomic, "_UNNAMED", [True])
    if not linkable:
        def refused(*args, **kwargs):
            raise OSError(1, "Operation not permitted")

        monkeypatch.setattr(os, "link", refused)
    writes = []
    write_all = atomic._write_all
    monkeypatch.setattr(atomic, "_write_all", lambda fd, data: (writes.append(len(data)), write_all(fd, data))[1])
    for text in ("first\n", "second\n"):
        atomic.write_text(tmp_path / "r.txt", text)
        assert (tmp_path / "r.txt").read_text() == text
    assert writes == [6, 7] and [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    from checker import atomic

    target = tmp_path / "r.txt"
    target.write_text("old\n")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        atomic.write_text(target, "new\n")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_the_temporary_of_a_killed_run_is_removed_by_the_next_write(overflowing, cli):
    dead = Path(".r.json.4194999.0a0b0c0d.tmp")  # above any pid_max: no such process
    alive = Path(f".r.json.{os.getpid()}.0a0b0c0d.tmp")
    dead.write_text("half")
    alive.write_text("being written")
    code, _, err = cli("check", "corpus", "--output", "r.json", "--format", "json", "--no-cache")
    assert code in (0, 1), err
    assert not dead.exists() and alive.exists()


# --------------------------------------------------------------------------- item 12: odd files in a folder

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks: POSIX")
def test_symlink_loops_and_fifos_in_a_folder_are_reported(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "fine.txt").write_text("Freedonia has 4 ports.\n", encoding="utf-8")
    os.symlink("round.md", folder / "trip.md")
    os.symlink("trip.md", folder / "round.md")
    os.symlink("self", folder / "self")  # a loop with no suffix: it might have been a folder
    os.mkfifo(folder / "queue.md")
    code, out, err = cli("claims", "corpus", "--format", "json", "--no-cache")
    assert code == 0, err
    problems = {p["path"]: p["message"] for p in json.loads(out)["problems"]}
    assert problems["corpus/trip.md"] == problems["corpus/round.md"] == "cannot read: symbolic link loop"
    assert problems["corpus/self"] == "cannot read: symbolic link loop"
    assert problems["corpus/queue.md"] == "cannot read: not a regular file (a FIFO)"


# --------------------------------------------------------------------------- item 12: configuration files

def test_a_tool_checker_that_is_no_table_is_a_config_error(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool]\nchecker = 5\n", encoding="utf-8")
    code, _, err = cli("config")
    assert code == 2
    assert "pyproject.toml: tool.checker: expected a table" in err
    assert "Traceback" not in err


def test_a_misspelt_manifest_key_gets_a_did_you_mean_warning(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Freedonia has 4 ports.\n", encoding="utf-8")
    (folder / "sources.toml").write_text('[[sources]]\nfile = "a.txt"\n\n[[source]]\nfile = "a.txt"\n'
                                         'publised = "2020-01-01"\nnotes = "from the harbour office"\n',
                                         encoding="utf-8")
    code, out, err = cli("claims", "corpus", "--format", "json", "--no-cache")
    assert code == 0, err
    messages = [p["message"] for p in json.loads(out)["problems"] if p["path"] == "corpus/sources.toml"]
    assert messages == ["[[source]] #1 (a.txt): unknown key 'publised' ignored; did you mean 'published'?",
                        "unknown key 'sources' ignored; did you mean 'source'?"]


def test_the_source_diff_carries_no_control_characters(hostile, cli):
    a, b = sorted(str(p.relative_to(hostile.parent)) for p in hostile.iterdir())
    code, out, err = cli("diff", a, b, "--no-cache")
    assert code in (0, 1), err
    assert '"corpus/a\\n::error::forged.md"' in out
    for stream in (out, err):
        assert not CONTROL.search(stream), CONTROL.search(stream)


def test_an_internal_error_prints_its_message_escaped(tmp_path, monkeypatch, cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Freedonia has 4 ports.\n", encoding="utf-8")

    def crash(*args, **kwargs):
        raise RuntimeError("cannot handle a\n::error::forged.txt\x1b[2J")

    monkeypatch.setattr("checker.pipeline.check", crash)
    code, _, err = cli("check", "a.txt", "--no-cache")
    assert code == 2
    assert "RuntimeError: cannot handle a\\n::error::forged.txt\\x1b[2J" in err
    assert not CONTROL.search(err)
    assert not any(line.startswith("::error::") for line in err.splitlines())


@given(st.text())
def test_printable_and_shown_path_never_let_a_control_character_through(text):
    assert not CONTROL.search(printable(text)) and "\n" not in printable(text)
    assert not CONTROL.search(shown_path(text)) and "\n" not in shown_path(text)
    assert "\n" not in one_line(text) and not CONTROL.search(one_line(text))


@pytest.mark.parametrize("options", [["--width", "200"], ["--width", "80"], ["--width", "80", "--explain"]])
def test_the_claims_listing_carries_no_control_characters(hostile, cli, options):
    code, out, err = cli("claims", "corpus", "--no-cache", *options)
    assert code == 0, err
    assert '"corpus/a\\n::error::forged.md"' in out
    for stream in (out, err):
        assert not CONTROL.search(stream), CONTROL.search(stream)


def test_an_output_that_cannot_be_written_is_an_error_not_a_crash(overflowing, cli):
    Path("taken").mkdir()
    code, _, err = cli("check", "corpus", "--output", "taken", "--no-cache")
    assert code == 2
    assert "taken: cannot write: Is a directory" in err and "Traceback" not in err
    assert sorted(p.name for p in Path(".").iterdir()) == ["corpus", "taken"]


@pytest.mark.parametrize("fmt", ["markdown", "github"])
def test_ci_formats_quote_an_unusual_file_name_where_they_place_a_claim(hostile, cli, fmt):
    out = cli("check", "corpus", "--format", fmt, "--no-cache")[1]
    assert '"corpus/a\\n::error::forged.md":4' in out


def test_a_finding_message_quotes_an_unusual_file_name(hostile, cli):
    findings = json.loads(cli("check", "corpus", "--format", "json", "--no-cache")[1])["findings"]
    assert '("a\\n::error::forged.md":4)' in findings[0]["message"]
