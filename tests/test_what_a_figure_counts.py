"""What a figure counts when its sentence also names a subgroup, a later clause or a new kind of
money (binding/metric.py, matchers.py, carrier.py, rate_of.py, metric_noun.py; rules/metrics).
Every sentence here is invented for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims
from tests.conftest import spanish_claims


def _metric(found, words: str) -> str | None:
    return figure(found, words).metric


# --- subgroups: the victims of massacres, a definition, a subset of another count


@pytest.mark.parametrize("aside", ["(killings of three or more people at once)",
                                   "— killings of three or more people at once —"])
def test_the_toll_of_massacres_past_an_aside_is_no_homicide_total(tmp_path, rules, aside):
    found = claims(tmp_path, "Police counted 410 murders in Honduras in May 2021. A monitoring group also recorded "
                             f"9 massacres {aside}, which left 37 dead.\n", rules=rules)
    assert _metric(found, "410") == "homicides"
    assert _metric(found, "37") is None
    assert _metric(found, "three or more") is None  # a definition's threshold, no count


def test_spanish_massacre_victims_past_a_dashed_aside_are_no_homicide_total(tmp_path):
    found = spanish_claims(tmp_path, "Honduras cerró mayo de 2021 con 410 homicidios. El observatorio registró además "
                                     "9 masacres —asesinatos de tres o más personas en un mismo hecho—, que dejaron "
                                     "37 víctimas.\n")
    assert _metric(found, "410") == "homicides"
    assert _metric(found, "37") is None
    assert _metric(found, "tres o más") is None


def test_a_part_of_another_metrics_count_is_no_total_of_its_own(tmp_path, rules):
    found = claims(tmp_path, "A rights group counted 140 deaths in custody in Honduras in 2021; at least 31 of "
                             "those people died violently.\n", rules=rules)
    assert _metric(found, "140") == "deaths_in_custody"
    assert _metric(found, "31") is None
    found = spanish_claims(tmp_path / "es", "En Honduras, una ONG contabiliza 140 muertes bajo custodia en 2021; al "
                                            "menos 31 de esas personas murieron de forma violenta.\n")
    assert _metric(found, "31") is None


def test_a_part_pointing_back_across_a_sentence_to_another_metric_is_no_total(tmp_path):
    found = spanish_claims(tmp_path, "Una ONG cifra en 140 las muertes bajo custodia en Honduras durante 2021 (hasta "
                                     "junio contaba 75). Según la organización, al menos 31 de esas personas murieron "
                                     "de forma violenta.\n")
    assert _metric(found, "31") is None


def test_a_part_its_predicate_puts_in_a_state_now_is_no_part_of_the_count(tmp_path):
    found = spanish_claims(tmp_path, "Desde enero, la Policía de Honduras ha capturado a 9.870 personas, aunque solo "
                                     "1.930 de ellas siguen en prisión.\n")
    assert _metric(found, "9.870") == "arrests"
    assert _metric(found, "1.930") is None


def test_a_subgroup_that_accounts_for_a_figure_makes_it_a_part(tmp_path, rules):
    found = claims(tmp_path, "Honduras recorded 4,730 homicides in 2021. Women accounted for 388 of the victims, "
                             "the observatory said.\n", rules=rules)
    assert _metric(found, "388") is None
    found = spanish_claims(tmp_path / "es", "Honduras registró 4.730 homicidios en 2021. Las mujeres representaron "
                                            "388 de las víctimas.\n")
    assert _metric(found, "388") is None


# --- arrests and removals said with a verb the rules lacked


@pytest.mark.parametrize(("text", "words"), [
    ("Honduras registró 310 homicidios en 2021. Desde enero, la Policía ha capturado a 9.870 personas.", "9.870"),
    ("Las autoridades de Honduras han detenido a más de 4.300 personas desde marzo.", "4.300"),
    ("El plan, aprobado tras un fin de semana en el que 61 personas fueron asesinadas, cumplió un año con 31.400 "
     "personas capturadas.", "31.400"),
])
def test_spanish_perfect_tense_and_participle_arrests_are_arrests(tmp_path, text, words):
    assert _metric(spanish_claims(tmp_path, text + "\n"), words) == "arrests"


def test_an_english_participle_after_the_figure_outranks_a_term_of_another_clause(tmp_path, rules):
    found = claims(tmp_path, "The plan, approved after a weekend in which 61 people were murdered, marked a year "
                             "with 31,400 people detained.\n", rules=rules)
    assert _metric(found, "61") == "homicides"
    assert _metric(found, "31,400") == "arrests"


def test_nationals_a_deporting_verb_acts_on_are_deportations(tmp_path, rules):
    found = claims(tmp_path, "ICE removed 41,200 Hondurans in fiscal 2019.\n", rules=rules)
    assert _metric(found, "41,200") == "deportations"


def test_a_part_named_after_a_figure_lends_it_none_of_its_words(tmp_path, rules):
    found = claims(tmp_path, "Border agents apprehended about 187,000 Hondurans in 2019, including 19,300 "
                             "unaccompanied children.\n", rules=rules)
    assert _metric(found, "187,000") is None
    assert _metric(found, "19,300") == "unaccompanied_minors"


# --- remittances: money a country receives


def test_remittances_are_the_receiving_countrys(tmp_path, rules):
    found = claims(tmp_path, "Remittances to Honduras rose to a record $4.6 billion in 2018.\n", rules=rules)
    claim = figure(found, "$4.6 billion")
    assert (claim.metric, claim.subject) == ("remittances", ("Honduras",))
    found = claims(tmp_path / "sent", "Honduras depends on its emigrants. Remittances, sent mostly by relatives in the "
                                      "United States, reached $4.1 billion in 2017.\n", rules=rules)
    claim = figure(found, "$4.1 billion")
    assert (claim.metric, claim.subject) == ("remittances", ("Honduras",))
    found = spanish_claims(tmp_path / "es", "Honduras depende de sus emigrantes. Las remesas, enviadas sobre todo por "
                                            "familiares en Estados Unidos, sumaron 4.100 millones de dólares en 2017.\n")
    claim = figure(found, "4.100 millones")
    assert (claim.metric, claim.subject) == ("remittances", ("Honduras",))


def test_a_places_sum_after_a_sentence_naming_remittances_is_remittances(tmp_path, rules):
    found = claims(tmp_path, "Remittances have soared. Honduras received a record $6.1 billion in 2021, and "
                             "Guatemala nearly $11.3 billion.\n", rules=rules)
    assert _metric(found, "$6.1 billion") == "remittances"
    assert _metric(found, "$11.3 billion") == "remittances"
    found = claims(tmp_path / "other", "Remittances have soared. The ministry said it spent $40 million on roads "
                                       "in 2021.\n", rules=rules)
    assert _metric(found, "$40 million") is None


# --- a metric word several clauses away


def test_a_far_term_of_a_later_clause_binds_no_figure(tmp_path, rules):
    found = claims(tmp_path, "Crime in Honduras fell by about a third last year, the police said on Monday, although "
                             "critics say the calm rests on deals with jailed gang leaders.\n", rules=rules)
    assert _metric(found, "a third") is None


def test_a_datelines_name_ends_at_its_punctuation(tmp_path, rules):
    found = claims(tmp_path, "TEGUCIGALPA (Reuters) — Killings in Honduras fell by about a third last year, the police "
                             "said on Monday, although critics say the calm rests on deals with jailed gang leaders.\n",
                   rules=rules)
    assert _metric(found, "a third") == "homicides"


def test_a_later_clause_with_a_figure_of_its_own_is_a_parallel_account(tmp_path, rules):
    found = claims(tmp_path, "One group puts the total at 212, while the ministry says 95 people have died in "
                             "custody since the emergency began.\n", rules=rules)
    assert _metric(found, "212") == "deaths_in_custody"


def test_a_noun_after_a_figures_phrase_is_not_its_own_word(tmp_path, rules):
    found = claims(tmp_path, "Murders in Honduras have fallen since its three largest gangs agreed to stop killing "
                             "each other.\n", rules=rules)
    assert _metric(found, "three") is None


# --- a rate that names no metric, after its count


def test_a_rate_after_its_count_states_that_counts_rate(tmp_path, rules):
    found = claims(tmp_path, "Honduras closed 2021 with 3,610 homicides, a rate of 38.6.\n", rules=rules)
    claim = figure(found, "38.6")
    assert (claim.metric, claim.unit) == ("homicide_rate", "per 100000")
    found = spanish_claims(tmp_path / "es", "En Honduras hubo 1.320 homicidios en 2020; y en 2021, 1.140, una tasa de "
                                            "17,6 por cada 100.000 habitantes.\n")
    assert _metric(found, "17,6") == "homicide_rate"


def test_a_rate_words_value_past_a_year_and_its_own_term(tmp_path, rules):
    found = claims(tmp_path, "Tegucigalpa's murder rate in 2021 was 48.7.\n", rules=rules)
    claim = figure(found, "48.7")
    assert (claim.metric, claim.unit) == ("homicide_rate", "per 100000")
    found = spanish_claims(tmp_path / "es", "La tasa de homicidios de Honduras en 2021 fue de 36,7.\n")
    claim = figure(found, "36,7")
    assert (claim.metric, claim.unit) == ("homicide_rate", "per 100000")  # never 36.7 homicides
