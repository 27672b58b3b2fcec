"""Issue 14 item 1: inputs are never silently wrong or silently missing — impossible dates,
folders with no article, binary and document files, unsupported languages, what discovery
leaves out, the default paths and where the cache lives."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

# A corpus written for these tests: a made-up port city's crime figures, as a new user's would be.
HARBOURTON = {
    "gazette.md": ("---\ntitle: Burglaries fall\npublished: 2024-03-02\nlanguage: en\n---\n"
                   "Police in Harbourton recorded 1,240 burglaries in 2023, down from 1,410 a year earlier.\n"
                   "The city's homicide rate was 6.1 per 100,000 residents in 2023.\n"),
    "courier.txt": "Harbourton's murder rate reached 9.4 per 100,000 people in 2023, the council said.\n",
    "notes.html": ("<html><head><meta name=\"date\" content=\"2024-02-20\"></head><body><article>"
                   "<p>Car thefts in Harbourton rose to 860 in 2023.</p></article></body></html>\n"),
}
PDF = (b"%PDF-1.4\n1 0 obj << /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (Harbourton 1,240) Tj ET\n"
       b"endstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


@pytest.fixture
def city(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in HARBOURTON.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_new_users_corpus_reads_every_article_and_never_exits_0_with_nothing_read(city, cli):
    code, out, err = cli("check", "articles", "--format", "json", "--no-cache")
    assert code in (0, 1) and "Traceback" not in err
    doc = json.loads(out)
    assert [s["path"] for s in doc["sources"]] == ["articles/courier.txt", "articles/gazette.md", "articles/notes.html"]
    assert doc["claims"]
    code, out, err = cli("check", "articles/gazette.md", "articles/courier.txt", "--no-cache")
    assert code in (0, 1) and "2 sources" in out
    for args in (("check", "articles/notes"), ("claims", "nowhere"), ("baseline", "empty")):
        (city.parent / "empty").mkdir(exist_ok=True)
        code, _, err = cli(*args, "--no-cache")
        assert code == 2 and err, args


@pytest.mark.parametrize("date", ["2024-02-30", "2024-13-45"])
def test_an_impossible_published_date_is_a_warning_on_its_file(city, cli, date):
    (city / "gazette.md").write_text(HARBOURTON["gazette.md"].replace("2024-03-02", date), encoding="utf-8")
    code, out, err = cli("check", "articles", "--format", "json", "--no-cache")
    assert code in (0, 1) and "Traceback" not in err and "internal error" not in err
    problems = [p for p in json.loads(out)["problems"] if p["path"] == "articles/gazette.md"]
    assert any(date in p["message"] and p["level"] == "warning" for p in problems), problems
    assert "articles/gazette.md" in {s["path"] for s in json.loads(out)["sources"]}  # the rest of it is read


@pytest.mark.parametrize("files", [{}, {"report.docx": b"PK\x03\x04word", "scan.pdf": PDF, "memo.rtf": b"{\\rtf1 x}"}])
def test_a_folder_with_no_article_exits_2_naming_the_supported_types(tmp_path, monkeypatch, cli, files):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    for name, data in files.items():
        (tmp_path / "docs" / name).write_bytes(data)
    for command in ("check", "claims", "baseline"):
        code, out, err = cli(command, "docs", "--no-cache")
        assert code == 2, (command, out, err)
        assert "no articles found in docs" in err and ".txt" in err and ".html" in err
        for name in files:
            assert f"docs/{name}: unsupported file type" in err


def test_a_pdf_or_rtf_is_reported_unsupported_and_never_read_as_text(city, cli):
    (city / "scan.pdf").write_bytes(PDF)
    (city / "disguised.txt").write_bytes(PDF)  # a PDF by its first bytes, whatever its name
    (city / "memo.rtf").write_bytes(b"{\\rtf1\\ansi Harbourton recorded 1,240 burglaries in 2023.}")
    code, out, err = cli("claims", "articles", "--format", "json", "--no-cache")
    doc = json.loads(out)
    assert not [c for c in doc["claims"] if c["source"] in ("articles/scan.pdf", "articles/disguised.txt",
                                                            "articles/memo.rtf")]
    unsupported = {p["path"] for p in doc["problems"] if p["message"].startswith("unsupported file type")}
    assert unsupported == {"articles/scan.pdf", "articles/disguised.txt", "articles/memo.rtf"}
    code, out, err = cli("check", "articles/scan.pdf", "articles/courier.txt", "--no-cache", "--format", "json")
    assert code == 2 and "articles/scan.pdf: unsupported file type (.pdf)" in err


def test_a_binary_file_named_on_the_command_line_sets_the_exit_code(city, cli):
    (city.parent / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    code, out, err = cli("check", "articles", "photo.txt", "--no-cache", "--fail-on", "never")
    assert code == 2 and "photo.txt: binary file" in out + err
    shutil.move(city.parent / "photo.txt", city / "photo.txt")  # found in a folder: reported, code unchanged
    code, out, err = cli("check", "articles", "--no-cache", "--fail-on", "never")
    assert code == 0 and "articles/photo.txt: binary file" in out + err


def test_a_language_without_a_pack_is_reported_and_skipped(city, cli):
    (city / "diario.md").write_text("---\npublished: 2024-03-01\nlanguage: fr\n---\n"
                                    "Harbourton compte 100 000 habitants et a enregistré 1 240 vols en 2023.\n",
                                    encoding="utf-8")
    code, out, err = cli("claims", "articles", "--format", "json", "--no-cache")
    doc = json.loads(out)
    assert not [c for c in doc["claims"] if c["source"] == "articles/diario.md"]
    assert {"path": "articles/diario.md", "message": "language 'fr' is not supported yet: skipped",
            "level": "error"} in doc["problems"]


def test_discovery_honours_gitignore_the_exclude_key_and_the_exclude_option(city, cli):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(city.parent)], check=True)
    for folder in ("drafts", "archive", "wire"):
        (city / folder).mkdir()
        (city / folder / "copy.txt").write_text(HARBOURTON["courier.txt"], encoding="utf-8")
    (city.parent / ".gitignore").write_text("articles/drafts/\n", encoding="utf-8")
    (city.parent / "checker.toml").write_text('paths = ["articles"]\nexclude = ["archive"]\n', encoding="utf-8")

    def read(*args):
        code, out, err = cli("claims", *args, "--format", "json", "--no-cache")
        assert code == 0, err
        return {s["path"] for s in json.loads(out)["sources"]}

    assert read() == {"articles/courier.txt", "articles/gazette.md", "articles/notes.html", "articles/wire/copy.txt"}
    assert "articles/wire/copy.txt" not in read("--exclude", "wire/*.txt")
    assert read("--exclude", "*.txt") == {"articles/gazette.md", "articles/notes.html"}


def test_default_paths_come_from_the_configuration_only(city, cli):
    code, _, err = cli("check")
    assert code == 2 and "pass the article files or folders" in err and "seeds" not in err
    (city.parent / "checker.toml").write_text('paths = ["articles"]\n', encoding="utf-8")
    code, out, _ = cli("check", "--no-cache")
    assert code in (0, 1) and "3 sources" in out


def test_the_cache_lives_at_the_project_root(city, cli, monkeypatch):
    (city.parent / "checker.toml").write_text('paths = ["articles"]\n', encoding="utf-8")
    monkeypatch.chdir(city)
    code, _, err = cli("check", ".")
    assert code in (0, 1), err
    assert (city.parent / ".checker_cache").is_dir() and not (city / ".checker_cache").exists()
