"""checker.yamldata reads checker's YAML data files into exactly what ``yaml.load`` gives."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker import yamldata

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PACKAGE = Path(yamldata.__file__).resolve().parent
DATA_FILES = sorted([*PACKAGE.glob("lang/**/*.yaml"), *PACKAGE.glob("data/*.yaml")])


def _outcome(read, text: str) -> str:
    try:
        return repr(read(text))
    except Exception as exc:  # noqa: BLE001 - the error is what is compared
        return f"{type(exc).__name__}: {exc}"


@pytest.mark.parametrize("path", DATA_FILES, ids=[p.relative_to(PACKAGE).as_posix() for p in DATA_FILES])
def test_every_data_file_reads_as_yaml_load_reads_it(path):
    text = path.read_text(encoding="utf-8")
    assert yamldata.load(text) == yaml.load(text, Loader=_Loader)
    assert repr(yamldata.load(text)) == repr(yaml.load(text, Loader=_Loader))


@pytest.mark.parametrize("text", [
    "", "zembla: [north, south]\nruritania: {capital: Strelsau}\n",
    "towns: &t [Lund, Vik]\nagain: *t\n",
    "<<: {region: Zembla}\nyear: 2031\n",
    "? [1, 2]\n: pair\n",
    "1: one\n'on': yes\nfloat: .inf\nnull_value: ~\nday: 2031-04-05\nhex: 0x1F\n",
    "- !!binary aGVsbG8=\n- !!set {a}\n- !!str 12\n",
    "=: plain\nlast: 1\nlast: 2\n",
    "loop: &l [*l]\n",
    "bad: [1\n", "a: b: c\n", "day: 2031-13-45\n", "a: 1\n---\nb: 2\n",
])
def test_any_document_reads_as_yaml_load_reads_it(text):
    assert _outcome(yamldata.load, text) == _outcome(lambda t: yaml.load(t, Loader=_Loader), text)


def test_an_alias_gives_the_anchors_object():
    value = yamldata.load("towns: &t [Lund, Vik]\nagain: *t\nloop: &l [*l]\n")
    assert value["again"] is value["towns"]
    assert value["loop"][0] is value["loop"]
