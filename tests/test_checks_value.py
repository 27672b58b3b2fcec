"""The value check judged on claims built by hand (how figures read into one period are judged), and on
articles: a figure written with a scale word is rounded."""
from __future__ import annotations

import dataclasses

import pytest

from checker import engine
from checker.checks.context import Context
from checker.model import Claim, Extraction, Source, TimeScope, Value
from checker.ruleset import default_pack, load_rules
from tests.conftest import value_findings

RULES = load_rules([default_pack()])
YEAR = TimeScope("2019-01-01", "2019-12-31", "in 2019", "explicit", "year")


def _rate(source: str, sentence: str, point: float) -> Claim:
    return Claim(id=f"{source}:{point}", source=source, line=1, column=1, start=int(point), end=int(point) + 2,
                 sentence=sentence, text=f"{point:g}", kind="quantity", metric="homicide_rate",
                 subject=("Honduras",), attribution=None, value=Value(point, point, point), unit="per 100000",
                 noun=None, change=None, time=YEAR)


def _findings(claims: list[Claim]):
    sources = [Source(path, published="2020-06-01") for path in sorted({c.source for c in claims})]
    extraction = Extraction(sources=tuple(sources), claims=tuple(claims), problems=())
    return engine.find(extraction, RULES, Context.build(claims, sources, RULES))


def test_a_sentence_giving_two_values_for_one_period_makes_no_conflict():
    # "the rate was 40 two years earlier and 60 in 2019", both read as 2019: one of them was misread
    series = "The rate was 40 two years earlier and 60 in 2019."
    found = _findings([_rate("a.txt", series, 40), _rate("a.txt", series, 60), _rate("b.txt", "It was 61.", 61)])
    kinds = sorted(f.kind for f in found if f.rule == "value")
    assert "conflict" not in kinds and "drift" in kinds
    drift = next(f for f in found if f.kind == "drift")
    assert "other values for the same quantity" in drift.message


def test_figures_from_different_sentences_still_conflict():
    found = _findings([_rate("a.txt", "The rate was 40 in 2019.", 40), _rate("b.txt", "It was 61.", 61)])
    assert [f.kind for f in found if f.rule == "value"] == ["conflict"]


def _in(sentence: str, point: float, source: str = "a.txt") -> Claim:
    """A rate stated in ``sentence`` at the place of its text (for the words between two figures)."""
    claim = _rate(source, sentence, point)
    at = sentence.index(f"{point:g}")
    return dataclasses.replace(claim, start=at, end=at + len(f"{point:g}"))


def test_two_accounts_set_against_each_other_in_one_sentence_are_judged():
    sentence = "The ministry counts 40 for the year, while the union puts the rate at 61."
    found = _findings([_in(sentence, 40), _in(sentence, 61)])
    assert [f.kind for f in found if f.rule == "value"] == ["conflict"]


def test_a_contrast_without_an_account_of_its_own_is_not_two_accounts():
    sentence = "The capital ranked first with 40, while the port came 24th with 61."
    assert not [f for f in _findings([_in(sentence, 40), _in(sentence, 61)]) if f.rule == "value"]


def test_accounts_listed_after_a_contrast_are_each_judged():
    # the list goes on after the cue: no cue stands between 61 and 75, yet they are two accounts too
    sentence = "The ministry counts 40 for the year, while the union puts the rate at 61 and the church 75."
    found = [f for f in _findings([_in(sentence, 40), _in(sentence, 61), _in(sentence, 75)]) if f.rule == "value"]
    assert [sorted(c.text for c in f.claims) for f in found if f.kind == "conflict"] == [["40", "61", "75"]]


def test_conflicts_that_follow_one_another_up_the_values_are_one_finding():
    found = _findings([_rate("a.txt", "It was 40.", 40), _rate("b.txt", "It was 61.", 61),
                       _rate("c.txt", "It was 90.", 90)])
    [conflict] = [f for f in found if f.rule == "value"]
    assert conflict.kind == "conflict" and len(conflict.claims) == 3
    assert "“40” (a.txt:1) vs “61” (b.txt:1) vs “90” (c.txt:1)" in conflict.message


def test_a_figure_ten_times_off_the_others_joins_no_chain():
    found = _findings([_rate("a.txt", "It was 40.", 40), _rate("b.txt", "It was 61.", 61),
                       _rate("c.txt", "It was 900.", 900)])
    assert sorted(len(f.claims) for f in found if f.rule == "value" and f.kind == "conflict") == [2]


def test_one_figure_of_a_contrasted_sentence_is_no_agreement():
    sentence = "The ministry counts 40 for the year, while the union puts the rate at 61."
    found = _findings([_in(sentence, 40), _in(sentence, 61)])
    assert not [f for f in found if f.kind == "agreement"]


def test_a_place_under_two_more_specific_place_sets_joins_neither():
    # Zembla's returnees from Oz and from Ruritania are each another quantity than Zembla's own total
    def deported(source: str, places: tuple[str, ...], point: float) -> Claim:
        return dataclasses.replace(_rate(source, "Deportations.", point), id=f"{source}:{places}", metric="deportations",
                                   subject=places, unit="count")

    claims = [deported("a.txt", ("Honduras", "Mexico"), 21_650), deported("b.txt", ("Honduras", "United States"), 17_340),
              deported("c.txt", ("Honduras",), 52_410), deported("d.txt", ("Honduras",), 52_410)]
    found = [f for f in _findings(claims) if f.rule == "value"]
    assert [f.kind for f in found] == ["agreement"]
    assert {c.source for c in found[0].claims} == {"c.txt", "d.txt"}


@pytest.mark.parametrize("rounded, full, kind", [
    ("Honduras recorded 3.7 thousand homicides in 2019.", "Honduras recorded 3,684 homicides in 2019.", "agreement"),
    ("Honduras recorded 3.7 thousand homicides in 2019.", "Honduras recorded 3,642 homicides in 2019.", "drift"),
    ("Honduras received $5.52 billion in remittances in 2019.",
     "Honduras received $5,516.3 million in remittances in 2019.", "agreement"),
])
def test_a_figure_written_with_a_scale_word_is_rounded_to_its_last_digit(tmp_path, rounded, full, kind):
    """"3.7 thousand" stands for 3,650 .. 3,750; a figure written in full stands for itself."""
    assert [f.kind for f in value_findings(tmp_path, rounded, full)] == [kind]
