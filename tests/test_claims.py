"""Claim assembly (checker.claims) on small corpora written for the tests: time scope, inherited
unit and metric, subjects from entity aliases, attribution, events, boilerplate, ids and order."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from checker.extract import extract_claims
from checker.ruleset import default_pack, load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules([default_pack()])


def corpus(root: Path, files: dict[str, tuple[str | None, str]]) -> Path:
    """Write {name: (published or None, text)} under root, with a sources.toml for dated files."""
    root.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, (published, text) in files.items():
        (root / name).write_text(text, encoding="utf-8")
        if published:
            manifest.append(f'[[source]]\nfile = "{name}"\npublisher = "Freedonia Herald"\n'
                            f'published = "{published}"\n')
    if manifest:
        (root / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return root


def claims_of(tmp_path, text: str, published: str | None = "2019-06-15", rules=None):
    root = corpus(tmp_path / "c", {"a.txt": (published, text)})
    return extract_claims([root], rules)


def quantity(extraction, words: str):
    found = [c for c in extraction.claims if c.kind == "quantity" and words in c.text]
    assert len(found) == 1, [c.text for c in extraction.claims]
    return found[0]


def span(claim) -> tuple:
    t = claim.time
    return (t.start, t.end, t.basis) if t else None


# --------------------------------------------------------------------------- time scope

def test_time_scope_from_the_same_clause(tmp_path, rules):
    ex = claims_of(tmp_path, "Freedonia recorded 340 homicides in 2016, and 280 in 2017.\n", rules=rules)
    assert span(quantity(ex, "340")) == ("2016-01-01", "2016-12-31", "explicit")
    assert span(quantity(ex, "280")) == ("2017-01-01", "2017-12-31", "explicit")


def test_relative_last_year_resolves_against_publication(tmp_path, rules):
    ex = claims_of(tmp_path, "Freedonia exported 200 tonnes of grain last year.\n", "2019-06-15", rules)
    claim = quantity(ex, "200")
    assert span(claim) == ("2018-01-01", "2018-12-31", "relative")
    assert claim.time.text == "last year"


def test_since_date_runs_to_publication(tmp_path, rules):
    ex = claims_of(tmp_path, "Officials have detained 1,500 suspects since March 29.\n", "2022-05-10", rules)
    assert span(quantity(ex, "1,500")) == ("2022-03-29", "2022-05-10", "relative")


def test_no_time_in_text_is_as_of_publication(tmp_path, rules):
    ex = claims_of(tmp_path, "The duchy keeps 7 lighthouses.\n", "2019-06-15", rules)
    t = quantity(ex, "7").time
    assert (t.end, t.basis) == ("2019-06-15", "publication")


def test_unit_and_metric_are_inherited_from_the_previous_sentence(tmp_path, rules):
    ex = claims_of(tmp_path, "The murder rate was 50 per 100,000 in 2019. This dropped to around 40 by 2020.\n",
                   "2021-01-10", rules)
    first, second = [c for c in ex.claims if c.kind == "quantity"]
    assert (first.unit, first.metric, first.value.point) == ("per 100000", "homicide_rate", 50)
    assert (second.unit, second.metric, second.value.point) == ("per 100000", "homicide_rate", 40)
    assert second.value.qualifier == "approx" and second.value.approximate
    assert second.value.lo < 40 < second.value.hi
    assert span(second)[:2] == ("2020-01-01", "2020-12-31")


def test_time_is_inherited_when_the_sentence_refers_back(tmp_path, rules):
    ex = claims_of(tmp_path, "Freedonia paved 90 km of road in 2015. That included 12 km of bridges.\n",
                   "2016-02-01", rules)
    second = quantity(ex, "12 km")
    assert span(second) == ("2015-01-01", "2015-12-31", "inherited")


# --------------------------------------------------------------------------- subject and attribution

def test_subject_from_a_demonym_alias(tmp_path, rules):
    ex = claims_of(tmp_path, "Some 4,000 Salvadoran workers arrived in Freedonia in 2017.\n", rules=rules)
    assert quantity(ex, "4,000").subject == ("El Salvador",)


def test_a_gang_is_no_subject(tmp_path, rules):
    ex = claims_of(tmp_path, "MS13 recruited 300 teenagers in 2015.\n", rules=rules)
    assert quantity(ex, "300").subject == ()  # a group says who, not where
    ex = claims_of(tmp_path, "MS13 recruited 300 teenagers in Honduras in 2015.\n", rules=rules)
    assert quantity(ex, "300").subject == ("Honduras",)


def test_subject_from_a_misspelt_demonym_in_a_fuzzy_set(tmp_path, rules):
    ex = claims_of(tmp_path, "Freedonia returned 900 Hondurians in 2016.\n", rules=rules)
    assert quantity(ex, "900").subject == ("Honduras",)


def test_acronym_aliases_match_only_in_capitals(tmp_path, rules):
    ex = claims_of(tmp_path, "They told us 300 teenagers left in 2015.\n", rules=rules)
    assert quantity(ex, "300").subject == ()


def test_no_known_entity_means_no_subject(tmp_path, rules):
    ex = claims_of(tmp_path, "Freedonia recruited 300 teenagers in 2015.\n", rules=rules)
    assert quantity(ex, "300").subject == ()


ATTRIBUTIONS = [
    pytest.param("Unemployment, according to the World Bank, reached 8 percent in 2014.\n", "World Bank",
                 id="according-to-mid-sentence"),
    pytest.param("According to the World Bank, unemployment reached 8 percent in 2014.\n", "World Bank",
                 id="according-to-sentence-start"),
    pytest.param("Unemployment reached 8 percent in 2014, according to the World Bank.\n", "World Bank",
                 id="according-to-at-sentence-end"),
    pytest.param("The ministry hired 120 guards in 2018, the Post said.\n", "The Washington Post",
                 id="the-post-said"),
    pytest.param("Unemployment reached 8 percent in 2014.\n", None, id="none"),
]


@pytest.mark.parametrize("text, source", ATTRIBUTIONS)
def test_attribution(tmp_path, rules, text, source):
    ex = claims_of(tmp_path, text, rules=rules)
    claim = [c for c in ex.claims if c.kind == "quantity"][0]
    assert claim.attribution == source


@pytest.mark.parametrize(("language", "text", "sources"), [
    ("en", "The Zembla Rights Forum says it has counted 210 deaths in custody since May, while Ozwatch puts the "
           "number at 180.\n", {"210": "Zembla Rights Forum", "180": "Ozwatch"}),
    ("en", "Ozwatch documented 75 deaths in 2019, against 60 in 2018, while the Zembla Rights Forum counted 90.\n",
     {"75": "Ozwatch", "60": "Ozwatch", "90": "Zembla Rights Forum"}),
    ("en", "Police officers counted 40 deaths in 2019, while Ozwatch puts the toll at 55.\n", {"40": None, "55": "Ozwatch"}),
    ("es", "El Foro Zembla dice que contó 210 muertes bajo custodia desde mayo, mientras que Ozwatch cifró en 180 los "
           "fallecidos.\n", {"210": "Foro Zembla", "180": "Ozwatch"}),
])
def test_each_figure_is_credited_to_the_source_that_says_it(tmp_path, rules, language, text, sources):
    from tests.conftest import language_claims

    found = language_claims(tmp_path, text, language)
    assert {c.text.split()[0]: c.attribution for c in found if c.kind == "quantity"} == sources


# --------------------------------------------------------------------------- events and boilerplate

def test_event_claim_with_its_date(tmp_path, rules):
    ex = claims_of(tmp_path, "The truce between the gangs collapsed in 2014.\n", rules=rules)
    events = [c for c in ex.claims if c.kind == "event"]
    assert len(events) == 1
    event = events[0]
    assert event.metric == "truce_ended"
    assert event.value is None and event.unit is None
    assert span(event) == ("2014-01-01", "2014-12-31", "explicit")


def test_boilerplate_yields_no_claims(tmp_path, rules):
    text = ("Freedonia bought 40 tractors in 2018.\n\n"
            "Related: Sylvania buys 900 tanks in 2017\n\n"
            "Copyright 2019 Freedonia Herald. All rights reserved.\n")
    ex = claims_of(tmp_path, text, rules=rules)
    assert [c.text for c in ex.claims] == ["40 tractors"]


# --------------------------------------------------------------------------- ids, order, dates

TWO_FILES = {
    "b.txt": ("2019-06-15", "Freedonia bought 40 tractors in 2018. It sold 12 ploughs in 2017.\n"),
    "a.txt": ("2020-01-02", "The army has 3,000 horses. The navy has 14 ships.\n"),
}


def test_ids_are_stable_across_runs(tmp_path, rules):
    root = corpus(tmp_path / "c", TWO_FILES)
    first = extract_claims([root], rules)
    second = extract_claims([root], load_rules([default_pack()]))
    assert [c.to_json() for c in first.claims] == [c.to_json() for c in second.claims]
    ids = [c.id for c in first.claims]
    assert len(set(ids)) == len(ids) == 4


def test_claims_are_sorted_by_source_then_position(tmp_path, rules):
    root = corpus(tmp_path / "c", TWO_FILES)
    ex = extract_claims([root], rules)
    keys = [(c.source, c.start) for c in ex.claims]
    assert keys == sorted(keys)
    assert [Path(c.source).name for c in ex.claims] == ["a.txt", "a.txt", "b.txt", "b.txt"]
    assert [Path(s.path).name for s in ex.sources] == ["a.txt", "b.txt"]


def test_claim_offsets_point_into_the_text(tmp_path, rules):
    text = "Freedonia bought 40 tractors in 2018.\nIt sold 12 ploughs in 2017.\n"
    ex = claims_of(tmp_path, text, rules=rules)
    for claim in ex.claims:
        assert text[claim.start:claim.end] == claim.text
    assert [c.line for c in ex.claims if c.kind == "quantity"] == [1, 2]


def test_metadata_date_is_marked_as_metadata(tmp_path, rules):
    ex = claims_of(tmp_path, "The navy has 14 ships.\n", "2019-06", rules)
    assert (ex.sources[0].published, ex.sources[0].published_from) == ("2019-06", "metadata")


def test_missing_publication_date_is_inferred_and_reported(tmp_path, rules):
    ex = claims_of(tmp_path, "On March 3, 2021, the council approved 40 new buses.\n", None, rules)
    source = ex.sources[0]
    assert (source.published, source.published_from) == ("2021-03-03", "inferred")
    assert any(p.level == "warning" and "inferred" in p.message for p in ex.problems)


def test_publication_date_that_cannot_be_inferred_leaves_relative_dates_open(tmp_path, rules):
    ex = claims_of(tmp_path, "The council approved 40 new buses last year.\n", None, rules)
    assert ex.sources[0].published is None
    assert any(p.level == "warning" and "no publication date" in p.message for p in ex.problems)
    claim = quantity(ex, "40")
    assert claim.time is None or (claim.time.start is None and claim.time.end is None)


def test_a_binary_file_is_a_problem_and_the_rest_still_yields_claims(tmp_path, rules):
    root = corpus(tmp_path / "c", {"good.txt": ("2019-06-15", "The navy has 14 ships.\n")})
    (root / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00\xff")
    ex = extract_claims([root], rules)
    assert [c.text for c in ex.claims] == ["14 ships"]
    assert [(Path(p.path).name, p.level) for p in ex.problems] == [("bad.txt", "error")]


# --------------------------------------------------------------------------- conjuncts and possessives

def test_possessive_names_the_entity(tmp_path, rules):
    ex = claims_of(tmp_path, "Guatemala's police arrested 40 gang members in 2018.\n", rules=rules)
    assert quantity(ex, "40").subject == ("Guatemala",)


def test_metric_term_in_the_figures_own_conjunct_wins(tmp_path, rules):
    ex = claims_of(tmp_path, "In 2019, 3 percent of the adult population was detained and at least 12 people "
                             "died in police custody.\n", rules=rules)
    assert quantity(ex, "12").metric == "deaths_in_custody"


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("Ten police dogs were killed by the heat in 2019.\n", "Ten", None),
    ("Some 300 cattle died in the floods in 2019.\n", "300", None),
    ("Ten people were killed by the storm in 2019.\n", "Ten", "homicides"),
    ("Twelve gang members were killed in 2019.\n", "Twelve", None),  # a subgroup, not all homicides
])
def test_a_count_of_animals_is_not_a_count_of_people(tmp_path, rules, text, figure, metric):
    assert quantity(claims_of(tmp_path, text, rules=rules), figure).metric == metric


def test_place_in_another_figures_conjunct_is_not_the_subject(tmp_path, rules):
    ex = claims_of(tmp_path, "The agency counted 30 officers resettled as refugees and nine officers who were "
                             "granted asylum in Honduras.\n", rules=rules)
    assert quantity(ex, "30").evidence("subject").words == "Honduras (the article's opening)"
    assert quantity(ex, "30").metric == "refugee_resettlement"
    assert quantity(ex, "nine").subject == ("Honduras",)
    assert quantity(ex, "nine").metric == "asylum_seekers"


def test_event_object_in_a_background_phrase_is_not_the_event(tmp_path, rules):
    ex = claims_of(tmp_path, "On May 3, Honduras launched a police campaign in response to Guatemala's state "
                             "of emergency.\n", rules=rules)
    assert [c for c in ex.claims if c.kind == "event"] == []


_BREAK_PIECES = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", ";", ":", ",", ".", '"', "”", "—", "–", "-", "w",
                                 "while", "whereas", "but", "and", "when", "though", "although", "x", "While",
                                 "AND", "WHEREAS", "ſ", "İ", "mientras", "que", "y", "pero", "m", "Mientras"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_BREAK_PIECES, max_size=10).map("".join))
def test_clause_breaks_match_their_plain_form(text):
    """The clause-break regex, written to open with a character class, finds what its plain form does."""
    import re

    from checker.binding import clauses

    for code in ("en", "es"):
        plain = re.compile(clauses.clause_break_plain(code), re.IGNORECASE)
        assert [m.span() for m in clauses.clause_break(code).finditer(text)] == [m.span() for m in plain.finditer(text)]


_CUE_PIECES = st.sampled_from([" ", "  ", "\t", ",", ".", "-", "since", "then", "at", "that", "time", "year", "those",
                               "years", "the", "same", "period", "this", "it", "x", "Since", "THEN", "ſ", "İ", "accord",
                               "ACCORDING to", "According to", "the Bank", "Police", "said", "Said", "estimated", "report",
                               "citing", "cited by", "told", "state", "of", "emergency", "truce", "cease", "fire",
                               "Cease-Fire", "pact", "peace", "deal", "martial", "law", "crackdown", "arrest", "captures",
                               "según", "SEGÚN", "Según", "la Policía", "dijo", "informó", "citando a"])


@settings(max_examples=3000, deadline=None)
@given(text=st.lists(_CUE_PIECES, max_size=9).map("".join))
def test_quick_word_tests_never_skip_a_match(text, rules):
    """The literal pre-checks in front of the attribution regexes only skip sentences the regexes
    would not match."""
    from checker.binding import attribution

    for code in ("en", "es"):
        for may_hold, pattern in attribution.patterns_of(code):
            if pattern.search(text):
                assert may_hold(text)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab. ,\t\n\u00a0\u2028\x1c\x85"), max_size=12) | st.text(max_size=20))
def test_display_makes_whitespace_runs_single_spaces(text):
    from checker.claims import _display

    assert _display(text) == " ".join(text.split())
