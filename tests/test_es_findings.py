"""How the engine judges figures that are not plain levels: differences between two periods, rival
sources listed in one sentence, figures their own sentence leaves unconfirmed (issue 16)."""
from __future__ import annotations

import checker
from tests.conftest import write_corpus


def _check(tmp_path, articles: dict[str, tuple[str, str]]):
    """The check result over articles given as {name: (language, text)}, all published in March 2020."""
    manifest = "\n".join(f'[[source]]\nfile = "{name}"\npublished = "2020-03-02"\nlanguage = "{language}"\n'
                         for name, (language, _) in articles.items())
    folder = write_corpus(tmp_path / "c", {name: text + "\n" for name, (_, text) in articles.items()}, manifest)
    return checker.check([folder])


def _kinds(result) -> list[str]:
    return sorted(f.kind for f in result.findings if f.rule == "value")


def test_differences_of_one_metric_place_and_period_are_compared_with_each_other(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("es", "Honduras cerró 2019 con 3.900 homicidios, 1.300 homicidios menos que el año anterior."),
        "b.txt": ("en", "Honduras ended 2019 with 4,000 murders, 1,100 fewer murders than the year before.")})
    conflict = next(f for f in result.findings if f.kind == "conflict")
    assert {c.text for c in conflict.claims} == {"1.300 homicidios", "1,100 fewer murders"}
    assert "fall in homicides (a difference)" in conflict.message


def test_a_difference_is_never_compared_with_a_level(tmp_path):
    result = _check(tmp_path, {
        "a.txt": ("en", "Honduras counted 3,900 homicides in 2019."),
        "b.txt": ("es", "Honduras contó 400 homicidios menos en 2019.")})
    assert _kinds(result) == []
