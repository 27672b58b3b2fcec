"""Discovery, decoding, metadata and HTML main text of checker.corpus (texts written for the tests)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from checker.corpus import discover, display_path, extract_html, load_corpus, normalize_published
from checker.errors import UsageError

ARTICLE = "The council approved 12 new buses on Monday.\nThe fleet now has 240 buses.\n"


def by_name(documents):
    return {Path(d.source.path).name: d for d in documents}


def problems_for(problems, name):
    return [p for p in problems if Path(p.path).name == name]


# -- discovery -----------------------------------------------------------------------------------

def test_discover_walks_sorted_and_skips_hidden_and_manifest(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b/z.md", "b/a.txt", "a.html", "c.htm", ".secret.txt", ".hidden/x.txt",
                 "sources.toml", "notes.csv", "d.markdown"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.html", "b/a.txt", "b/z.md", "c.htm", "d.markdown"]


def test_discover_keeps_argument_order_and_drops_duplicates(tmp_path):
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "two.txt").write_text("x")
    found = discover([tmp_path / "two.txt", tmp_path, tmp_path / "one.txt"])
    assert [p.name for p in found] == ["two.txt", "one.txt"]


def test_discover_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="nowhere.txt"):
        discover([tmp_path / "nowhere.txt"])


def test_explicit_file_with_other_suffix_is_loaded_as_text(tmp_path):
    path = tmp_path / "article.log"
    path.write_text(ARTICLE)
    documents, problems = load_corpus([path])
    assert problems == []
    assert documents[0].text == ARTICLE


def test_source_path_is_relative_to_cwd_when_under_it(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    documents, _ = load_corpus([tmp_path / "corpus"])
    assert documents[0].source.path == "corpus/a.txt"
    documents, _ = load_corpus(["corpus/a.txt"])
    assert documents[0].source.path == "corpus/a.txt"


def test_source_path_outside_cwd_stays_as_given(tmp_path, monkeypatch):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "here").mkdir()
    (tmp_path / "elsewhere" / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path / "here")
    assert display_path(Path("../elsewhere/a.txt")) == "../elsewhere/a.txt"


# -- decoding ------------------------------------------------------------------------------------

TEXT = "Prices rose 3 percent — “sharply,” the café owner said.\nSecond line.\n"


@pytest.mark.parametrize("name, payload", [
    ("utf8.txt", TEXT.encode("utf-8")),
    ("utf8bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
    ("utf16le.txt", b"\xff\xfe" + TEXT.encode("utf-16-le")),
    ("utf16be.txt", b"\xfe\xff" + TEXT.encode("utf-16-be")),
    ("utf16le_nobom.txt", TEXT.encode("utf-16-le")),
    ("utf16be_nobom.txt", TEXT.encode("utf-16-be")),
])
def test_unicode_encodings_decode_cleanly(tmp_path, name, payload):
    (tmp_path / name).write_bytes(payload)
    documents, problems = load_corpus([tmp_path / name])
    assert problems == []
    assert documents[0].text == TEXT


def test_cp1252_is_a_fallback_with_a_warning(tmp_path):
    text = "He called it \u201cfair\u201d and paid \u20ac20.\n"
    (tmp_path / "legacy.txt").write_bytes(text.encode("cp1252"))
    documents, problems = load_corpus([tmp_path])
    assert documents[0].text == text
    assert len(problems) == 1
    assert problems[0].level == "warning"
    assert "cp1252" in problems[0].message
    assert problems[0].path.endswith("legacy.txt")


def test_bytes_that_are_neither_utf8_nor_cp1252_are_a_problem(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Totals \x81\x8d\x90 were wrong.\n")
    documents, problems = load_corpus([tmp_path])
    assert documents == []
    assert problems[0].level == "error" and "undecodable" in problems[0].message


def test_crlf_and_cr_become_newlines_with_the_same_line_count(tmp_path):
    (tmp_path / "dos.txt").write_bytes(b"one\r\ntwo\r\n\r\nthree\r\n")
    (tmp_path / "mac.txt").write_bytes(b"one\rtwo\r")
    documents, _ = load_corpus([tmp_path])
    docs = by_name(documents)
    assert docs["dos.txt"].text == "one\ntwo\n\nthree\n"
    assert docs["mac.txt"].text == "one\ntwo\n"


def test_bad_files_become_problems_and_the_rest_still_loads(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n\t\n")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    (tmp_path / "controls.txt").write_bytes(bytes(range(1, 8)) * 30 + b"text")
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    (tmp_path / "locked.txt").write_text(ARTICLE)

    real_read_bytes = Path.read_bytes

    def refuse_locked(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse_locked)
    documents, problems = load_corpus([tmp_path])

    assert [Path(d.source.path).name for d in documents] == ["good.txt"]
    reasons = {Path(p.path).name: p.message for p in problems}
    assert set(reasons) == {"empty.txt", "blank.md", "image.html", "controls.txt", "dangling.txt",
                            "locked.txt"}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.md"]
    assert "binary" in reasons["image.html"] and "binary" in reasons["controls.txt"]
    assert "broken symbolic link" in reasons["dangling.txt"]
    assert "Permission denied" in reasons["locked.txt"]
    assert all(p.level == "error" for p in problems)


def test_explicit_directory_and_fifo_never_block_or_crash(tmp_path):
    folder = tmp_path / "x.txt"
    folder.mkdir()
    (folder / "inner.txt").write_text(ARTICLE)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    documents, problems = load_corpus([folder, fifo])
    assert [Path(d.source.path).name for d in documents] == ["inner.txt"]
    assert [(Path(p.path).name, p.message) for p in problems] == [("pipe.txt", "cannot read: not a regular file (a FIFO)")]


# -- metadata ------------------------------------------------------------------------------------

FRONT_MATTER = """---
title: Bus fleet grows
publisher: Example Gazette
author: [Ana Ruiz, Tom Lee]
published: 2021-03-04
language: en
url: https://example.org/buses
tags: [transit]
---
The council approved 12 new buses.

The fleet now has 240 buses.
"""


def test_front_matter_gives_metadata_and_keeps_raw_line_numbers(tmp_path):
    (tmp_path / "buses.md").write_text(FRONT_MATTER)
    documents, problems = load_corpus([tmp_path])
    assert problems == []
    doc = documents[0]
    src = doc.source
    assert (src.title, src.publisher, src.author, src.published, src.published_from, src.language, src.url) == (
        "Bus fleet grows", "Example Gazette", "Ana Ruiz, Tom Lee", "2021-03-04", "metadata", "en",
        "https://example.org/buses")
    assert doc.text.startswith("The council approved")
    lines = doc.text.split("\n")
    assert doc.raw_line(lines.index("The fleet now has 240 buses.")) == 12
    assert doc.raw_line(0) == 10


def test_markdown_without_front_matter_is_the_file(tmp_path):
    (tmp_path / "plain.md").write_text("Heading\n\n---\n\nBody text.\n")
    documents, _ = load_corpus([tmp_path])
    assert documents[0].text == "Heading\n\n---\n\nBody text.\n"
    assert documents[0].line_map == ()


def test_broken_front_matter_is_stripped_with_a_warning(tmp_path):
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody text.\n")
    documents, problems = load_corpus([tmp_path])
    assert documents[0].text == "Body text.\n"
    assert documents[0].source.title is None
    assert problems[0].level == "warning" and "front matter" in problems[0].message


MANIFEST = """
[[source]]
file = "a.txt"
title = "Manifest title A"
publisher = "Daily Example"
published = "2019-02"
language = "en"
evidence = "a note for humans, ignored"

[[source]]
file = "b.md"
title = "Manifest title B"
publisher = "Weekly Example"
published = 2018-05-06
"""


def test_manifest_metadata_and_front_matter_wins(tmp_path):
    (tmp_path / "sources.toml").write_text(MANIFEST)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.md").write_text("---\ntitle: Front matter title\n---\nBody.\n")
    (tmp_path / "c.txt").write_text(ARTICLE)
    documents, problems = load_corpus([tmp_path])
    assert problems == []
    docs = by_name(documents)
    a, b, c = docs["a.txt"].source, docs["b.md"].source, docs["c.txt"].source
    assert (a.title, a.publisher, a.published, a.published_from, a.language) == (
        "Manifest title A", "Daily Example", "2019-02", "metadata", "en")
    assert (b.title, b.publisher, b.published) == ("Front matter title", "Weekly Example", "2018-05-06")
    assert (c.title, c.published, c.published_from) == (None, None, None)


def test_manifest_that_does_not_parse_is_a_warning_and_the_run_goes_on(tmp_path):
    (tmp_path / "sources.toml").write_text("[[source]\nfile = 'a.txt'\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    documents, problems = load_corpus([tmp_path])
    assert len(documents) == 2
    assert len(problems) == 1  # one warning for the manifest, not one per article
    assert problems[0].level == "warning" and problems[0].path.endswith("sources.toml")


@pytest.mark.parametrize("value", ["'last spring'", "'2021-13'", "'2021-02-30'", "'04/05/2021'", "true"])
def test_bad_published_value_is_a_warning_and_dropped(tmp_path, value):
    (tmp_path / "a.md").write_text(f"---\npublished: {value}\n---\nBody.\n")
    documents, problems = load_corpus([tmp_path])
    assert documents[0].source.published is None
    assert documents[0].source.published_from is None
    assert len(problems) == 1 and problems[0].level == "warning" and "published" in problems[0].message


def test_normalize_published_accepts_the_three_precisions_and_dates():
    assert normalize_published("2015") == "2015"
    assert normalize_published("2015-04") == "2015-04"
    assert normalize_published(" 2015-04-07 ") == "2015-04-07"
    assert normalize_published(2015) == "2015"
    assert normalize_published(dt.date(2015, 4, 7)) == "2015-04-07"
    assert normalize_published(dt.datetime(2015, 4, 7, 12, 30)) == "2015-04-07"
    assert normalize_published(None) is None


@pytest.mark.parametrize("written, language, expected", [
    ("April 2015", None, "2015-04"),
    ("March 3, 2015", None, "2015-03-03"),
    ("Tue, 03 Mar 2015 10:00:00 GMT", None, "2015-03-03"),
    ("2023-09-14T23:30:00-05:00", None, "2023-09-14"),  # the date as written, not moved to UTC
    ("3 de marzo de 2015", "es", "2015-03-03"),
    ("3 de marzo de 2015", "Spanish", "2015-03-03"),
    ("03/04/2015", None, None),  # March 4 or 3 April: refused, not guessed
    ("June", None, None),  # no year
    ("yesterday", None, None),
    ("Summer 2015", None, None),
])
def test_normalize_published_reads_dates_written_out(written, language, expected):
    assert normalize_published(written, language) == expected


def test_written_out_dates_in_front_matter_and_html_meta(tmp_path):
    (tmp_path / "a.md").write_text("---\npublished: March 3, 2015\nlanguage: en\n---\nText of a.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text('<html><head><meta name="date" content="Tue, 03 Mar 2015 10:00:00 GMT">'
                                     "</head><body><p>Text of b.</p></body></html>", encoding="utf-8")
    (tmp_path / "c.md").write_text("---\npublished: 03/04/2015\n---\nText of c.\n", encoding="utf-8")
    documents, problems = load_corpus([tmp_path])
    published = {Path(d.source.path).name: d.source.published for d in documents}
    assert published == {"a.md": "2015-03-03", "b.html": "2015-03-03", "c.md": None}
    assert [p.level for p in problems] == ["warning"] and "03/04/2015" in problems[0].message


# -- HTML ----------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html lang="en">
<head>
  <title>Storm report | Example News</title>
  <meta property="og:title" content="Storm damages 1,200 homes">
  <meta property="article:published_time" content="2023-09-14T08:00:00Z">
  <meta name="author" content="Mia Chen">
  <script>var tracking = "Do not show this.";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header class="site-header">Example News</header>
<div class="sidebar">Most read: other stories</div>
<article>
  <h1>Storm damages 1,200 homes</h1>
  <p>The storm damaged 1,200 homes,
     officials said on Tuesday.</p>
  <div class="share-bar">Share on Facebook</div>
  <p>Repairs will cost &euro;4.5 million &amp; take
  <b>three</b> months.<br>Schools reopen Monday.</p>
  <aside>Related: An older storm</aside>
  <footer>Tags: weather</footer>
</article>
<footer>© 2023 Example News</footer>
</body>
</html>
"""


def test_html_main_text_drops_chrome_and_keeps_raw_lines(tmp_path):
    (tmp_path / "storm.html").write_text(PAGE)
    documents, problems = load_corpus([tmp_path])
    assert problems == []
    doc = documents[0]
    assert doc.text == ("Storm damages 1,200 homes\n\n"
                        "The storm damaged 1,200 homes, officials said on Tuesday.\n\n"
                        "Repairs will cost \u20ac4.5 million & take three months.\n"
                        "Schools reopen Monday.")
    raw = PAGE.split("\n")
    for index, line in enumerate(doc.text.split("\n")):
        if line:
            assert line.split()[0] in raw[doc.raw_line(index) - 1], (index, line)
    assert [doc.raw_line(i) for i in (0, 2, 4, 5)] == [15, 16, 19, 20]
    src = doc.source
    assert (src.title, src.author, src.published, src.published_from, src.language) == (
        "Storm damages 1,200 homes", "Mia Chen", "2023-09-14", "metadata", "en")


def test_html_without_article_uses_the_body_and_title_tag(tmp_path):
    page = ("<html><head><title>Plain page</title></head><body>\n"
            "<div id=\"main-menu\">Menu</div>\n<p>First paragraph.</p>\n<p>Second\nparagraph.</p>\n"
            "<div class=\"cookie-banner\">We use cookies</div></body></html>")
    result = extract_html(page)
    assert result.text == "First paragraph.\n\nSecond paragraph."
    assert result.line_map == (3, 3, 4)
    assert result.metadata["title"] == "Plain page"


def test_manifest_beats_html_meta(tmp_path):
    (tmp_path / "sources.toml").write_text('[[source]]\nfile = "storm.html"\ntitle = "Chosen title"\n')
    (tmp_path / "storm.html").write_text(PAGE)
    documents, _ = load_corpus([tmp_path])
    assert documents[0].source.title == "Chosen title"
    assert documents[0].source.author == "Mia Chen"


def test_html_with_no_main_text_is_a_problem(tmp_path):
    (tmp_path / "shell.html").write_text("<html><body><nav>Home</nav><script>x()</script></body></html>")
    documents, problems = load_corpus([tmp_path])
    assert documents == [] and "no readable main text" in problems[0].message


def test_front_matter_without_a_body_is_a_problem(tmp_path):
    (tmp_path / "only.md").write_text("---\ntitle: Nothing else\n---\n\n")
    documents, problems = load_corpus([tmp_path])
    assert documents == [] and "after the front matter" in problems[0].message


def test_svg_title_and_empty_main_shell_do_not_hide_the_page():
    page = ("<html><head><title>Real title</title></head><body>\n"
            "<main></main>\n<svg><title>icon</title></svg>\n<p>Body text stays.</p>\n</body></html>")
    result = extract_html(page)
    assert result.text == "Body text stays."
    assert result.metadata["title"] == "Real title"
