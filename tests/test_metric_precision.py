"""A metric term binds only the figures it is attached to (checker/binding/carrier.py and
binding/metric.py). Every sentence here is invented for these tests."""
from __future__ import annotations

import pytest

from checker.binding.carrier import carries, own_verb
from tests.conftest import figure
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize(("text", "words", "verb"), [
    ("Border agents apprehended 12,000 people in May.", "12,000", "apprehended"),
    ("In May, 4,000 Zemblans held by Ruritania were freed.", "4,000 Zemblans", "held"),
    ("In May, 4,000 people were caught at the border.", "4,000 people", "caught"),
    ("In May, 4,000 people had been deported.", "4,000 people", "deported"),
    ("Police counted 4,000 people deported from Zembla.", "4,000 people", "counted"),
    ("An estimated 4,000 people fled.", "4,000 people", "fled"),
    ("Arrests fell to 4,000 in May.", "4,000", None),
])
def test_a_figures_own_verb_is_the_past_form_that_governs_it(text, words, verb):
    at = text.index(words)
    assert own_verb(text, at, at + len(words)) == verb


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Border agents apprehended 12,000 people in May.", "12,000", False),
    ("The police counted 5.3 a day.", "5.3", True),
    ("The total amounted to 104 per 100,000.", "104", True),
    ("Arrests rose 12 percent.", "12 percent", True),
    ("Ruritania, at 41.2, came second.", "41.2", True),
])
def test_only_a_verb_that_states_or_changes_a_figure_carries_a_far_term(text, words, expected):
    at = text.index(words)
    assert carries(text, at, at + len(words)) is expected


def test_a_term_in_another_figures_phrase_does_not_bind_a_figure_with_its_own_verb(tmp_path, rules):
    found = claims(tmp_path, "In May, border agents apprehended 12,000 people from other countries, while "
                             "3,000 unaccompanied children were caught.\n", rules=rules)
    assert figure(found, "12,000").metric is None
    assert figure(found, "3,000").metric == "unaccompanied_minors"


def test_a_term_in_a_subordinate_clause_does_not_bind_a_figure_with_its_own_verb(tmp_path, rules):
    found = claims(tmp_path, "In 2019, when the wave of unaccompanied minors was just starting: agents "
                             "apprehended 52,000 Zemblans, twice the 26,000 Zemblans held by Ruritania.\n",
                   rules=rules)
    assert figure(found, "52,000").metric is None
    assert figure(found, "26,000").metric is None


def test_a_far_term_still_binds_a_figure_whose_verb_only_tallies(tmp_path, rules):
    found = claims(tmp_path, "Homicides fell in Zembla in 2019: the police counted 5.3 a day.\n", rules=rules)
    assert figure(found, "5.3").metric == "homicides"


def test_a_count_of_such_things_counts_those_things():
    from checker.numbers import find_quantities

    [found] = find_quantities("Zembla deported 2,000 such children in May.")
    assert (found.text, found.noun) == ("2,000 such children", "child")


def test_such_a_subgroup_is_not_the_total_of_the_metric_its_verb_names(tmp_path, rules):
    found = claims(tmp_path, "In 2019, Zembla deported 2,000 such children and Ruritania caught 5,000.\n", rules=rules)
    assert figure(found, "2,000").metric is None


def test_a_subgroup_part_is_neither_the_wholes_total_nor_another_metric(tmp_path, rules):
    found = claims(tmp_path, "In 2019, Zembla deported 9,000 Ruritanians; most of them, or 8,000, were men, "
                             "including 800 unaccompanied children.\n", rules=rules)
    assert figure(found, "800").metric is None
    found = claims(tmp_path, "Zembla deported 9,000 people in 2019, including 800 children.\n", rules=rules)
    assert figure(found, "9,000").metric == "deportations"
    assert figure(found, "800").metric is None


@pytest.mark.parametrize(("part", "kind"), [("800", "agreement"), ("12,000", "conflict")])
def test_a_subgroup_part_is_still_checked_against_its_whole(tmp_path, part, kind):
    import checker
    from tests.conftest import write_dated_corpus

    corpus = write_dated_corpus(tmp_path / "c", {"a.txt": ("2020-03", (
        f"Guatemala deported 9,000 people in 2019, including {part} children.\n"))})
    found = [f for f in checker.check([corpus]).findings if f.rule == "parts-whole"]
    assert [f.kind for f in found] == [kind]


@pytest.mark.parametrize("text", [
    "In Honduras, roughly 90,000 people are now behind bars, more than those arrested in 2022.\n",
    "In 2022, about 3% of the adults of Honduras, or 90,000 people, is now in prison, not only those arrested.\n",
])
def test_people_now_in_prison_are_a_stock_not_arrests(tmp_path, rules, text):
    assert figure(claims(tmp_path, text, rules=rules), "90,000").metric is None


def test_people_arrested_in_a_period_are_still_arrests(tmp_path, rules):
    found = claims(tmp_path, "In Honduras, police arrested 90,000 people in 2022.\n", rules=rules)
    assert figure(found, "90,000").metric == "arrests"


@pytest.mark.parametrize(("text", "words"), [
    ("Apprehensions of unaccompanied children and family groups in Honduras fell 30 percent in 2019.\n",
     "30 percent"),
    ("In 2019 Honduras reported a 35% rise in apprehensions of unaccompanied children aged 11 and under.\n",
     "35%"),
    ("In 2019 agents in Honduras caught 900 unaccompanied children aged 11 and under.\n", "900"),
])
def test_a_metric_word_with_another_group_or_an_age_after_it_is_not_the_metric(tmp_path, rules, text, words):
    assert figure(claims(tmp_path, text, rules=rules), words).metric is None


def test_the_same_metric_word_alone_is_the_metric(tmp_path, rules):
    found = claims(tmp_path, "Apprehensions of unaccompanied children in Honduras fell 30 percent in 2019.\n",
                   rules=rules)
    assert figure(found, "30 percent").metric == "unaccompanied_minors"


@pytest.mark.parametrize("text", [
    "In Zembla, 18 killings a day would push the rate to 83.",
    "In Zembla, 18 killings a day would mean a rate of 83.",
])
def test_a_bare_figure_after_a_rate_word_is_not_in_the_unit_of_a_count_before_it(text):
    from checker.numbers import find_quantities

    found = find_quantities(text)
    assert [(q.text, q.unit) for q in found if q.text == "83"] == [("83", None)]


def test_the_value_of_a_rate_takes_the_rate_in_focus_not_a_count_before_it(tmp_path, rules):
    found = claims(tmp_path, "Honduras had a murder rate of 77 per 100,000 in 2019. In 2020, an average of 18 "
                             "homicides a day would push the rate to 83.\n", rules=rules)
    assert (figure(found, "83").metric, figure(found, "83").unit) == ("homicide_rate", "per 100000")


def test_a_range_of_a_rate_per_population_is_one_rate():
    from checker.numbers import find_quantities

    found = find_quantities("The rate edged down from 61.5 to 60.5 per 100,000 as the population grew.")
    assert [(q.text, q.unit) for q in found] == [("61.5 to 60.5 per 100,000", "count per 100000")]


def test_a_bare_figure_takes_no_unit_from_a_range_of_another_size():
    from checker.numbers import find_quantities

    found = find_quantities("Its rate rose from 99 to 129 per 100,000, and Lund moved into the top ten.")
    assert [q.unit for q in found if q.text == "ten"] == [None]


def test_a_metric_verb_of_another_noun_does_not_say_what_a_figure_with_its_own_verb_counts(tmp_path, rules):
    found = claims(tmp_path, "In 2019, researchers in Honduras interviewed hundreds of people who had spent months "
                             "in jail, and relatives of inmates who died there.\n", rules=rules)
    assert figure(found, "hundreds").metric is None


@pytest.mark.parametrize("text", [
    "In 2019, gangs in Honduras left 300 people dead.\n",
    "In 2019, police in Honduras found 300 people dead.\n",
    "In 2019, gunmen in Honduras killed 300 people.\n",
])
def test_a_metric_verb_in_the_figures_own_predicate_still_binds_it(tmp_path, rules, text):
    assert figure(claims(tmp_path, text, rules=rules), "300").metric == "homicides"


def test_a_count_of_units_of_time_counts_no_metric(tmp_path, rules):
    found = claims(tmp_path, "In Honduras, June 2019 was one of the months with the fewest homicides.\n", rules=rules)
    assert figure(found, "one of the months").metric is None


def test_an_average_with_no_noun_goes_on_with_a_count_of_such_things(tmp_path, rules):
    found = claims(tmp_path, "Police in Honduras counted 2,000 homicides in 2017.\n\nThe country registered 1,800 "
                             "such deaths in 2018, an average of about five a day.\n", rules=rules)
    assert figure(found, "1,800 such deaths").metric == "homicides"
    assert figure(found, "five").metric == "homicides"


def test_a_term_written_with_a_possessive_matches_as_the_sentence_reads(tmp_path, rules):
    found = claims(tmp_path, "Monitors in Honduras said at least 130 people had died in the country's prisons "
                             "in 2019.\n", rules=rules)
    assert figure(found, "130").metric == "deaths_in_custody"


def test_minors_travelling_without_their_parents_are_unaccompanied_whoever_detained_them(tmp_path, rules):
    found = claims(tmp_path, "Zembla detained 9,500 minors travelling without their parents in 2019.\n", rules=rules)
    assert figure(found, "9,500").metric == "unaccompanied_minors"


def test_minors_travelling_with_their_parents_are_a_subgroup(tmp_path, rules):
    found = claims(tmp_path, "Agents caught 9,500 unaccompanied children and 4,000 minors travelling with their "
                             "parents in 2019.\n", rules=rules)
    assert figure(found, "4,000").metric is None


@pytest.mark.parametrize(("text", "words", "language"), [
    ("In Zembla, the number of victims of mass killings rose to 297 in 2018, the police said.\n", "297", None),
    ("Mass killings claimed 297 lives in Zembla in 2018.\n", "297", None),
    ("En Zembla, las masacres dejaron 297 víctimas en 2018.\n", "297", "es"),
])
def test_victims_of_massacres_are_a_part_not_all_homicides(tmp_path, rules, text, words, language):
    assert figure(claims(tmp_path, text, rules=rules, language=language), words).metric is None


def test_one_massacre_beside_a_yearly_homicide_count_leaves_it_homicides(tmp_path, rules):
    found = claims(tmp_path, "Zembla had 2,950 killings in 2018, a year of 23 massacres.\n", rules=rules)
    assert figure(found, "2,950").metric == "homicides"


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "**The year in numbers**\n\n- Murders in 2021: 610.\n- Days without a murder in 2021: 41.\n", "41"),
    ("es", "**El año en cifras**\n\n- Homicidios en 2021: 610.\n- Días sin homicidios en 2021: 41.\n", "41"),
])
def test_days_counted_by_the_killings_they_lacked_are_no_homicides(tmp_path, rules, language, text, words):
    found = claims(tmp_path, text, title="Zembla", rules=rules, language=language)
    assert figure(found, words).metric is None
    assert figure(found, "610").metric == "homicides"


@pytest.mark.parametrize(("text", "first", "first_metric", "second", "second_metric"), [
    # a term labelling the figure in brackets after a colon is that figure's
    ("Key figures:\n\n- $430 million for Central America in fiscal 2018 (request: $640 million)\n",
     "$430 million", None, "$640 million", "aid_request"),
    # the verb right before an earlier figure vetoes no later one
    ("U.S. agencies disbursed $84 million in Honduras during fiscal 2017, a slice of the $530 million Congress "
     "appropriated for the region that year.\n", "$84 million", "aid_disbursed", "$530 million", "security_aid"),
])
def test_the_words_another_figure_owns_say_nothing_of_this_one(tmp_path, rules, text, first, first_metric, second,
                                                                second_metric):
    found = claims(tmp_path, text, rules=rules)
    assert (figure(found, first).metric, figure(found, second).metric) == (first_metric, second_metric)


@pytest.mark.parametrize("text, language, words", [
    ("Prosecutors logged the disappearance of 1,530 people in 2021, more than the year's homicides.", "en", "1,530"),
    ("La Fiscalía registró la desaparición de 1.530 personas en 2021, más que el total de homicidios del año.", "es",
     "1.530"),
    ("In 2021, 1,530 people were reported missing, more than the year's total of homicides.", "en", "1,530"),
])
def test_people_reported_missing_are_no_homicides_set_beside_them(tmp_path, rules, text, language, words):
    """The disappearances head the figure's phrase; the homicides after ", more than" are what it is
    compared with, not what it counts."""
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), words).metric is None
