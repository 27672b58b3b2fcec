"""A source's language: its metadata's, else told from its text by a vote of each pack's
telltale words (checker/corpus/language.py), and said in the report."""
from __future__ import annotations

import json

from checker.cli import main
from checker.corpus import language
from checker.extract import extract_claims

SPANISH = ("Las autoridades de Zembla contabilizaron 40 homicidios en Ruritania durante el mes de marzo, según "
           "el informe de la policía, que también señaló que la cifra es la más alta desde que hay registros. El "
           "ministro dijo que la tendencia no se mantendrá y que las patrullas se reforzarán en las próximas semanas.\n")
ENGLISH = ("The authorities of Zembla counted 40 homicides in Ruritania over the month of March, according to the "
           "police report, which also said that the figure was the highest since records began. The minister said "
           "that the trend would not last and that patrols would be stepped up in the coming weeks.\n")


def _write(folder, name, text, front=""):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\npublished: 2020-04-02\n{front}---\nZembla\n\n{text}", encoding="utf-8")
    return path


def _run(folder):
    result = extract_claims([str(folder)])
    return result.sources[0], result.claims, [p.message for p in result.problems]


def test_a_spanish_text_is_told_from_an_english_one():
    assert language.detect(SPANISH) == ("es", "detected")
    assert language.detect(ENGLISH) == ("en", "detected")


def test_a_text_too_short_or_too_mixed_is_not_told():
    assert language.detect("Zembla: 40 homicidios.")[0] is None
    assert language.detect(SPANISH + ENGLISH) == (None, "mixed")
    assert language.detect("Zembla counted 40 homicides in March.") == (None, "default only")


def test_a_spanish_article_without_metadata_is_read_with_the_spanish_pack(tmp_path):
    source, claims, problems = _run(_write(tmp_path / "none", "a.md", SPANISH).parent)
    assert (source.language, source.language_from) == ("es", "detected")
    assert "no language in metadata; read as Spanish (detected from the text)" in problems
    spanish = _run(_write(tmp_path / "es", "a.md", SPANISH, "language: es\n").parent)[1]
    english = _run(_write(tmp_path / "en", "a.md", SPANISH, "language: en\n").parent)[1]
    bindings = [[c.binding for c in found] for found in (claims, spanish, english)]
    assert bindings[0] == bindings[1] != bindings[2]  # as if its metadata said es, not en ("en" ties the place)


def test_an_english_article_without_metadata_stays_english_without_a_notice(tmp_path):
    source, _, problems = _run(_write(tmp_path / "none", "a.md", ENGLISH).parent)
    assert (source.language, source.language_from) == ("en", "detected")
    assert not [p for p in problems if "language" in p]


def test_metadata_always_wins(tmp_path):
    source, _, problems = _run(_write(tmp_path / "en", "a.md", SPANISH, "language: en\n").parent)
    assert (source.language, source.language_from) == ("en", None)
    assert not [p for p in problems if "language" in p]
    page = tmp_path / "html" / "a.html"
    page.parent.mkdir()
    page.write_text(f'<html lang="en"><head><title>Zembla</title></head><body><p>{ENGLISH}</p>'
                    f'<p>{SPANISH}</p></body></html>', encoding="utf-8")
    assert _run(page.parent)[0].language == "en"  # a mixed page whose lang says English


def test_a_short_or_mixed_text_is_read_as_english_with_a_notice(tmp_path):
    source, _, problems = _run(_write(tmp_path / "short", "a.md", "Zembla: 40 homicidios.\n").parent)
    assert (source.language, source.language_from) == ("en", "default")
    assert "no language in metadata and too little text to tell: read as English" in problems
    source, _, problems = _run(_write(tmp_path / "mixed", "a.md", SPANISH + "\n" + ENGLISH).parent)
    assert (source.language, source.language_from) == ("en", "default")
    assert "no language in metadata and its text mixes languages: read as English" in problems


def test_the_json_report_carries_the_language_and_its_basis(tmp_path, capsys):
    _write(tmp_path / "c", "es.md", SPANISH)
    _write(tmp_path / "c", "meta.md", ENGLISH, "language: en\n")
    main(["claims", str(tmp_path / "c"), "--isolated", "--no-cache", "--format", "json"])
    sources = {s["path"].rsplit("/", 1)[-1]: s for s in json.loads(capsys.readouterr().out)["sources"]}
    assert (sources["es.md"]["language"], sources["es.md"]["language_from"]) == ("es", "detected")
    assert sources["meta.md"]["language"] == "en" and "language_from" not in sources["meta.md"]  # as before
