"""What a figure counts, where and when, in year-end round-ups and prison reporting: a comparison
with a year that is the time in focus, "the island", a "where" clause after a ranking, a closing
comment that names another place, a concessive clause about a city, a population "estimated at",
facilities counted or built for some number of people, inmates who died told verb first, deaths
with no killer, "when" asides, parts' places, list headers with no colon, amounts after a name,
Spanish aid and asylum words, rates per a part of the population, counts of things just counted,
bases with no metric and years that name a law. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, period, spanish_claims
from tests.conftest import one_article_claims as claims


def _claims(tmp_path, rules, text: str, spanish: bool):
    """The claims of one article holding ``text``, in Spanish or English."""
    return spanish_claims(tmp_path, text) if spanish else claims(tmp_path, text, rules=rules)


# --- a comparison with the year in focus


def test_a_figure_compared_with_the_year_in_focus_is_not_of_that_year(tmp_path, rules):
    """"slightly more than in 2018", right after a figure of 2018: the article's year, not 2018."""
    found = claims(tmp_path, "Belize logged 2,117 homicides in 2019.\n\n"
                             "The morgue's count ran higher: 2,309 killings in 2019 and 2,251 in 2018.\n\n"
                             "Guatemala recorded 4,157 homicides, slightly more than in 2018, as extortion spread.\n",
                   rules=rules, published="2020-01-21")
    assert period(found, "2,251") == ("2018-01-01", "2018-12-31")
    assert period(found, "4,157") == ("2019-01-01", "2019-12-31")


def test_with_no_year_in_focus_such_a_figure_is_left_undated(tmp_path, rules):
    found = claims(tmp_path, "The morgue's count ran higher: 2,309 killings in 2019 and 2,251 in 2018.\n\n"
                             "Guatemala recorded 4,157 homicides, slightly more than in 2018, as extortion spread.\n",
                   rules=rules, published="2020-01-21")
    assert period(found, "4,157")[0] is None  # not compared, rather than taken for 2018


# --- places


def test_the_island_is_the_country_named_in_its_paragraph(tmp_path, rules):
    found = claims(tmp_path, "MEXICO CITY — Mexico closed 2018 with 31,907 homicides.\n\n"
                             "In Jamaica, the army patrolled Kingston for months. The island's rate fell to 41.3 per "
                             "100,000 in 2018.\n", rules=rules, published="2019-01-20")
    assert figure(found, "41.3").subject == ("Jamaica",)


@pytest.mark.parametrize("link", ["followed by Belize and Jamaica", "ahead of Jamaica"])
def test_figures_in_a_where_clause_are_its_places(tmp_path, rules, link):
    """The place before ", where" owns the figures of its clause, past a dashed aside and though a
    ranking puts it after the leader."""
    found = claims(tmp_path, f"Colombia led the list in 2017 with 77.3 homicides per 100,000, {link}, where 1,723 "
                             "murders — up 6% from 1,629 in 2016 — lifted the rate to 59.9 per 100,000.\n",
                   rules=rules, published="2018-01-20")
    assert figure(found, "77.3").subject == ("Colombia",)
    assert figure(found, "1,723").subject == ("Jamaica",)
    assert figure(found, "59.9").subject == ("Jamaica",)


def test_a_closing_comment_names_no_place_of_the_figures_before_it(tmp_path, rules):
    found = claims(tmp_path, "Belize received $419 million in remittances in 2021 and Honduras $7.9 billion, which "
                             "puts Guatemala well ahead of both.\n", rules=rules, published="2022-02-11")
    assert figure(found, "$7.9 billion").subject == ("Honduras",)


def test_spanish_a_closing_comment_names_no_recipient(tmp_path):
    """"lo que coloca a Guatemala": "a Guatemala" is no recipient of the money before the comment."""
    found = spanish_claims(tmp_path, "Belice recibió US$419 millones en remesas en 2019 y Honduras US$5.393 millones, "
                                     "lo que coloca a Guatemala muy por encima de ambos.\n")
    assert figure(found, "US$5.393 millones").subject == ("Honduras",)


def test_a_concessive_clause_about_a_city_leaves_the_rate_before_it_to_the_country(tmp_path, rules):
    found = claims(tmp_path, "Honduras's police counted 3,317 homicides in 2019, which gave a rate of 33.7 per 100,000, though "
                             "in San Pedro Sula the rate was nearly twice that, at 61.9.\n", rules=rules)
    assert figure(found, "33.7").subject == ("Honduras",)
    assert figure(found, "61.9").subject == ("San Pedro Sula",)


# --- populations and facilities


def test_a_population_estimated_at_a_figure_is_no_count_of_the_metric(tmp_path, rules):
    found = claims(tmp_path, "Police reported 4,157 homicides in 2018, for a population estimated at 23.9 million "
                             "people.\n", rules=rules)
    assert figure(found, "23.9 million").metric is None
    found = spanish_claims(tmp_path / "es", "La policía reportó 4.157 homicidios en 2018, para una población estimada "
                                            "en 27,1 millones de personas.\n")
    assert figure(found, "27,1 millones").metric is None


def test_a_count_of_facilities_or_the_people_one_is_built_for_takes_no_metric(tmp_path, rules):
    found = claims(tmp_path, "In 2023, 61 inmates died in Ruritanian prisons.\n\n"
                             "After the riot, soldiers took over the 27 prisons, which held 21,613 people. The "
                             "ministry announced a maximum-security prison for 23,500 inmates.\n",
                   rules=rules, published="2024-02-10")
    assert figure(found, "61 inmates").metric == "deaths_in_custody"
    assert figure(found, "27 prisons").metric is None
    assert figure(found, "23,500").metric is None


def test_spanish_facilities_and_inmates_who_died_told_verb_first(tmp_path):
    found = spanish_claims(tmp_path, "En 2019 murieron 61 reos en las cárceles de Ruritania.\n\n"
                                     "Tras el motín, el ejército tomó los 27 penales. El ministerio anunció una cárcel "
                                     "de máxima seguridad para 23.500 reos.\n")
    assert figure(found, "61 reos").metric == "deaths_in_custody"
    assert figure(found, "27 penales").metric is None
    assert figure(found, "23.500").metric is None


# --- deaths with no killer


@pytest.mark.parametrize("text", ["The same year, 313 people died in road accidents.",
                                  "The same year, 313 people died of natural causes."])
def test_deaths_with_no_killer_are_no_homicides(tmp_path, rules, text):
    found = claims(tmp_path, f"In 2019 Ruritania recorded 3,047 homicides. {text}\n", rules=rules)
    assert figure(found, "313").metric is None


def test_spanish_deaths_in_accidents_are_no_homicides(tmp_path):
    found = spanish_claims(tmp_path, "En 2019 hubo 3.047 homicidios en Honduras. En el mismo año fallecieron 313 "
                                     "personas en accidentes de tránsito.\n")
    assert figure(found, "313").metric is None


# --- asides, parts and lists


def test_a_when_aside_before_a_figure_names_no_place_of_it(tmp_path, rules):
    found = claims(tmp_path, "GUATEMALA CITY, Guatemala — Guatemalans abroad sent $16.83 billion home in 2022.\n\n"
                             "In the first eight months of 2020, when layoffs hit migrant workers in the United States, "
                             "remittances totalled $6.517 billion.\n", rules=rules, published="2023-01-19")
    assert figure(found, "$6.517 billion").subject == ("Guatemala",)


@pytest.mark.parametrize("text, spanish", [
    ("Zacapa, with some 245,000 residents, closed 2020 with 179 homicides, most of them in Gualán and Teculután.", False),
    ("Zacapa, que tiene unos 245.000 habitantes, cerró 2020 con 179 homicidios, buena parte en Gualán y Teculután.",
     True)])
def test_places_no_rule_knows_after_a_part_are_the_parts(tmp_path, rules, text, spanish):
    found = _claims(tmp_path, rules, text + "\n", spanish)
    assert figure(found, "179").subject == ("Zacapa",)


@pytest.mark.parametrize("text, spanish", [
    ("Police figures show the trend.\n\nHomicide rate per 100,000 people (police)\n- 2019: 23.7\n- 2020: 15.1\n", False),
    ("La policía muestra la tendencia.\n\nTasa de homicidios por cada 100.000 habitantes (policía)\n- 2019: 23,7\n"
     "- 2020: 15,1\n", True)])
def test_a_header_line_with_no_colon_gives_its_items_its_metric(tmp_path, rules, text, spanish):
    found = _claims(tmp_path, rules, text, spanish)
    item = figure(found, "23,7" if spanish else "23.7")
    assert (item.metric, item.unit) == ("homicide_rate", "per 100000")


def test_a_list_item_goes_on_with_the_item_before_past_a_percent_of_its_own(tmp_path, rules):
    found = claims(tmp_path, "Judges ruled on thousands of cases in 2019:\n\n- Belize: 2,417 granted asylum, 12.3 percent\n"
                             "- Honduras: 1,853 granted, 14.3 percent\n", rules=rules)
    assert figure(found, "1,853").metric == "asylum_seekers"


def test_an_amount_with_a_scale_word_after_a_name_is_a_figure(tmp_path, rules):
    found = claims(tmp_path, "Belize received $3.61 billion in remittances in 2020, and El Salvador 4.17 billion.\n",
                   rules=rules)
    assert figure(found, "4.17 billion").subject == ("El Salvador",)
    found = spanish_claims(tmp_path / "es", "Belice recibió US$3.610 millones en remesas en 2019, y El Salvador 4.170 "
                                            "millones.\n")
    assert figure(found, "4.170 millones").metric == "remittances"


# --- Spanish aid and asylum words


def test_spanish_aid_approved_or_assigned_is_security_aid(tmp_path):
    found = spanish_claims(tmp_path, "El Congreso tenía aprobados 37 millones de dólares para Belice durante el año "
                                     "fiscal 2018.\n")
    assert figure(found, "37 millones").metric == "security_aid"


def test_spanish_requests_for_refuge_are_asylum_claims(tmp_path):
    found = spanish_claims(tmp_path, "La comisión recibió 9.317 solicitudes de refugio en 2019.\n")
    assert figure(found, "9.317").metric == "asylum_seekers"


# --- subgroups, cases, bases and laws


@pytest.mark.parametrize("text, words, spanish", [
    ("Zembla's homicide rate was 61 per 100,000 inhabitants in 2015; researchers put the rate of women killed at 11.3 "
     "per 100,000 women.", "11.3", False),
    ("La tasa de homicidios de Zembla fue de 61 por cada 100.000 habitantes en 2015; el observatorio situó la de "
     "mujeres asesinadas en 11,3 por cada 100.000 mujeres.", "11,3", True)])
def test_a_rate_per_a_part_of_the_population_is_no_rate_of_all(tmp_path, rules, text, words, spanish):
    found = _claims(tmp_path, rules, text + "\n", spanish)
    assert figure(found, "61").metric == "homicide_rate"
    assert figure(found, words).metric is None


def test_a_count_of_the_things_just_counted_does_not_go_on_with_the_series(tmp_path, rules):
    found = claims(tmp_path, "Detectives detained 157 gang suspects in Zembla during 2019, and prosecutors filed 233 "
                             "cases with the courts. Convictions came in just 239 cases.\n", rules=rules)
    assert figure(found, "157").metric == "arrests"
    assert figure(found, "239 cases").metric is None


def test_a_figure_set_against_the_total_recorded_in_a_year_is_not_of_that_year(tmp_path, rules):
    found = claims(tmp_path, "TEGUCIGALPA — Police counted 263 women killed across Honduras during 2021.\n\nThe nation "
                             "logged 3,917 homicides, a fraction of the total recorded in 2016, when its rate stood at "
                             "59.3 per 100,000 residents and 269 girls and women died violently.\n",
                   rules=rules, published="2022-02-14")
    assert period(found, "3,917") == ("2021-01-01", "2021-12-31")
    assert period(found, "269") == ("2016-01-01", "2016-12-31")  # the "when" clause's, past its other figure


def test_a_base_with_no_metric_counts_where_its_head_counts(tmp_path):
    found = spanish_claims(tmp_path, "La COMAR recibió 41.233 solicitudes en 2019, y los hondureños presentaron "
                                     "15.433, frente a 34.567 un año antes.\n")
    assert figure(found, "34.567").subject == ("Honduras",)


def test_a_year_that_names_a_law_is_no_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "TEGUCIGALPA — Police counted 263 women killed across Honduras during 2021. Of those 263 "
                             "victims, 281 were ruled femicides under the 2016 criminal code reform.\n\nThe nation logged 3,917 "
                             "homicides, far below the level recorded in 2013.\n", rules=rules, published="2022-02-14")
    assert period(found, "281") == ("2021-01-01", "2021-12-31")
    assert period(found, "3,917") == ("2021-01-01", "2021-12-31")


@pytest.mark.parametrize("text, words, spanish", [
    ("Police arrested 4,157 people in 2018.\n\nThe strike in numbers:\n\n- Buses halted: more than 3,119\n"
     "- Gang members arrested: 2,317\n", "3,119", False),
    ("La policía capturó a 4.157 personas en 2018.\n\nEl paro en cifras:\n\n- Unidades detenidas: más de 3.119\n"
     "- Pandilleros capturados: 2.317\n", "3.119", True)])
def test_a_list_label_that_counts_vehicles_takes_no_metric_from_its_verb(tmp_path, rules, text, words, spanish):
    found = _claims(tmp_path, rules, text, spanish)
    assert figure(found, words).metric is None  # buses halted, no arrests
    assert figure(found, "2" + words[1] + "317").metric == "arrests"
