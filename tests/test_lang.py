"""Language packs: the schema is the contract, every table of it is required and read."""
from __future__ import annotations

import shutil

import pytest
import yaml

from checker import lang


def test_english_pack_loads_and_is_the_default():
    pack = lang.load("en")
    assert pack.code == "en" and pack.name == "English"
    assert lang.code_of(None) == lang.code_of("") == "en"
    assert lang.code_of("en-US") == lang.code_of("EN_gb") == lang.code_of("English") == "en"
    assert lang.code_of("es") == "es"
    assert "en" in lang.available()


def test_an_unknown_language_is_an_error_naming_it():
    with pytest.raises(lang.PackError, match="no language pack 'xx'"):
        lang.load("xx")


def _copy_pack(tmp_path):
    folder = tmp_path / "en"
    shutil.copytree(lang.HERE / "en", folder)
    return folder


@pytest.mark.parametrize("table", sorted(lang.schema()))
def test_removing_a_table_breaks_loading_with_its_name(tmp_path, table):
    """A word table removed from the data is an error naming it, never a silently poorer run."""
    folder = _copy_pack(tmp_path)
    path = folder / lang.schema()[table]["file"]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data[table]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(lang.PackError, match=rf"table '{table}' is missing"):
        lang.read_pack(folder)


def test_a_table_the_schema_does_not_know_is_refused(tmp_path):
    folder = _copy_pack(tmp_path)
    (folder / "extra.yaml").write_text("colours: [red, green]\n", encoding="utf-8")
    with pytest.raises(lang.PackError, match="unknown table 'colours'"):
        lang.read_pack(folder)


def test_a_table_of_the_wrong_shape_is_refused(tmp_path):
    folder = _copy_pack(tmp_path)
    path = folder / "nouns.yaml"
    path.write_text("animals: {dog: 1}\n", encoding="utf-8")
    with pytest.raises(lang.PackError, match="table 'animals': expected words"):
        lang.read_pack(folder)
