"""What a figure counts, where and when, in more shapes of news copy: a running total taken "by" a
date and counted "since" an event, a list under a header that names its metric but no unit, returns
told in English, a count of people of an age, a part of a count after a rate ("Of them, ..."), a
target in brackets, a tally that also counts others, a verb that did something else to the people
the series counts ("dismissed"), a whole received from several senders, "allí" and "the country",
places that are others', a metric's word inside another's term, a time that dates a publication, a
"when" clause past an apposition, a list's bare counts and a comparison's base. Every sentence is
written for these tests."""
from __future__ import annotations

import pytest

import checker
from tests.conftest import figure, period, spanish_claims, write_corpus, write_dated_corpus
from tests.conftest import one_article_claims as claims


# --- a running total taken "by" a date, counted since an event or a date


@pytest.mark.parametrize("text, start", [
    ("By Dec. 31, the army had detained 23,917 suspects since the curfew took effect in early May 2021.", "2021-05-01"),
    ("As of Dec. 31, police had arrested 23,917 people since May 9, 2021.", "2021-05-09"),
    ("By the end of last year, police had detained 23,917 people since the curfew took effect in May 2021.",
     "2021-05-01"),
])
def test_a_count_by_a_date_since_an_event_runs_from_the_event_to_that_date(tmp_path, rules, text, start):
    found = claims(tmp_path, "ZEMBLA CITY, Zembla — " + text + "\n", rules=rules, published="2023-02-08")
    assert figure(found, "23,917").metric == "arrests"
    assert period(found, "23,917") == (start, "2022-12-31")


@pytest.mark.parametrize("text, start", [
    ("Al 31 de diciembre, el ejército había capturado a 23.917 sospechosos desde que rigió el toque de queda en mayo "
     "de 2019.", "2019-05-01"),
    ("A finales del año pasado, la policía había detenido a 23.917 personas desde el 9 de mayo de 2019.", "2019-05-09"),
])
def test_spanish_a_count_at_a_date_since_an_event_runs_to_that_date(tmp_path, text, start):
    found = spanish_claims(tmp_path, text + "\n")  # published 2020-03-01
    assert period(found, "23.917") == (start, "2019-12-31")


def test_a_record_frame_after_a_count_by_a_date_starts_nothing(tmp_path, rules):
    found = claims(tmp_path, "By the end of 2019, police had arrested 8,463 people, the most since 2012.\n",
                   rules=rules)
    assert period(found, "8,463")[0] != "2012-01-01"


# --- lists under a header naming the metric


def test_items_of_money_under_a_header_naming_the_metric_take_it(tmp_path, rules):
    found = claims(tmp_path, "The money migrants sent home, in remittances, grew every year:\n\n"
                             "- 2016: $2.67 billion\n- 2017: $2.89 billion\n- 2018: 463\n", rules=rules)
    assert figure(found, "$2.67 billion").metric == "remittances"
    assert figure(found, "$2.89 billion").metric == "remittances"
    assert figure(found, "463").metric is None  # no money: not what the header names


def test_items_labelled_by_a_fiscal_year_take_the_header_metric(tmp_path, rules):
    found = claims(tmp_path, "Deportations of Zemblans, by year:\n\n- Fiscal 2017: 9,317\n- Fiscal 2018: 8,779\n",
                   rules=rules)
    claim = figure(found, "9,317")
    assert claim.metric == "deportations"
    assert (claim.time.start, claim.time.end) == ("2016-10-01", "2017-09-30")


# --- returns told in English; people of an age


@pytest.mark.parametrize("text, words", [
    ("Zembla's reception centre logged 27,643 returned migrants in 2018.", "27,643"),
    ("In 2018, 27,643 Zemblans were returned home against their will.", "27,643"),
])
def test_returns_count_as_deportations(tmp_path, rules, text, words):
    assert figure(claims(tmp_path, text + "\n", rules=rules), words).metric == "deportations"


def test_inmates_returned_to_prison_are_no_deportations(tmp_path, rules):
    found = claims(tmp_path, "In 2018, 217 inmates were returned to the prison after the riot.\n", rules=rules)
    assert figure(found, "217").metric is None


@pytest.mark.parametrize("text", [
    "The returnees of 2018 included 6,127 women, and 5,318 were under 18.",
    "Zembla received 27,643 deportees in 2018, and 5,318 were under 18.",
])
def test_a_count_of_people_under_an_age_is_no_total(tmp_path, rules, text):
    assert figure(claims(tmp_path, text + "\n", rules=rules), "5,318").metric is None


# --- a part of a count after its rate


@pytest.mark.parametrize("text", [
    "Police counted 4,417 homicides in Zembla in 2018, a rate of 51.3 per 100,000. Of them, 59 were police officers.",
    "Police counted 4,417 homicides in Zembla in 2018, a rate of 51.3 per 100,000. 59 of them were police officers.",
])
def test_a_part_after_a_rate_is_no_rate(tmp_path, rules, text):
    assert figure(claims(tmp_path, text + "\n", rules=rules), "59").metric != "homicide_rate"


def test_spanish_parts_after_a_rate_are_no_rates(tmp_path):
    found = spanish_claims(tmp_path, "La policía contó 4.417 homicidios en Zembla en 2018, una tasa de 51,3 por cada "
                                     "100.000 habitantes. De ellos, 59 fueron menores y 437 fueron mujeres.\n")
    assert figure(found, "59").metric is None
    assert figure(found, "437").metric is None


# --- what a figure is not: a target, a wider group, another act


@pytest.mark.parametrize("text, count, target, language", [
    ("- Officers trained by the academy in 2018: 2,873 (goal: 3,250)", "2,873", "3,250", None),
    ("- Agentes capacitados por la academia en 2018: 2.873 (meta: 3.250)", "2.873", "3.250", "es"),
])
def test_a_target_in_brackets_is_no_count(tmp_path, rules, text, count, target, language):
    found = claims(tmp_path, "Zembla's police academy in figures:\n\n" + text + "\n", rules=rules, language=language)
    assert figure(found, count).metric == "officers_trained"
    assert figure(found, target).metric is None


@pytest.mark.parametrize("text, words, language", [
    ("Zembla's interior ministry lists 17 police officers killed in 2018; the officers' union counts 29, a figure "
     "which also includes soldiers shot on patrol.", "29", None),
    ("El ministerio del Interior de Zembla registra 17 policías asesinados en 2018; el sindicato cuenta 29 policías, "
     "un número que incluye también a militares.", "29 policías", "es"),
])
def test_a_tally_that_also_counts_others_is_no_figure_of_the_metric(tmp_path, rules, text, words, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    assert figure(found, "17").metric == "police_killed"
    assert figure(found, words).metric is None


def test_a_figure_another_verb_governs_does_not_go_on_with_the_series(tmp_path, rules):
    found = claims(tmp_path, "Zembla's academy trained 2,873 officers in 2018. An oversight board fired "
                             "4,157 officers in 2018.\n", rules=rules)
    assert figure(found, "2,873").metric == "officers_trained"
    assert figure(found, "4,157").metric is None


# --- senders of a whole; "allí" and "the country"


def test_spanish_a_whole_received_from_several_senders_is_not_one_senders_part(tmp_path):
    found = spanish_claims(tmp_path, "México expulsó a unos 31.300 guatemaltecos en 2019. Guatemala acogió en total a "
                                     "58.463 deportados ese año, procedentes de México, Estados Unidos y otros países.\n")
    assert figure(found, "58.463").evidence("senders").words == "Mexico, United States"


def test_spanish_a_part_from_one_sender_is_not_compared_with_the_whole_from_several(tmp_path):
    folder = write_corpus(tmp_path / "c", {
        "a.txt": "México expulsó a unos 31.300 guatemaltecos en 2019.\n",
        "b.txt": "Guatemala acogió a 58.463 deportados en 2019, procedentes de México, Estados Unidos y otros países.\n"},
        "\n".join(f'[[source]]\nfile = "{name}"\npublished = "2020-0{i + 2}-10"\nlanguage = "es"\n'
                  for i, name in enumerate(("a.txt", "b.txt"))))
    findings = [f for f in checker.check([folder]).findings if f.rule == "value"]
    assert not [f for f in findings if f.kind in ("conflict", "drift")]


def test_spanish_alli_points_at_the_last_place_named_in_its_paragraph(tmp_path):
    found = spanish_claims(tmp_path, "TEGUCIGALPA, Honduras — Honduras terminó 2019 con 4.417 homicidios.\n\nMuchos "
                                     "miran a Nicaragua, que firmó un pacto de paz en 2018. Allí, según el gobierno, el "
                                     "país terminó 2019 con una tasa de 23,1.\n")
    assert figure(found, "23,1").subject == ("Nicaragua",)


@pytest.mark.parametrize("text, language", [
    ("TEGUCIGALPA, Honduras — Honduras ended 2019 with 4,417 homicides.\n\nIn Nicaragua, killings fell. The country "
     "ended 2019 with a rate of 23.1 per 100,000.", None),
    ("TEGUCIGALPA, Honduras — Honduras terminó 2019 con 4.417 homicidios.\n\nEn Nicaragua, la violencia cedió. El país "
     "terminó 2019 con una tasa de 23,1 homicidios por cada 100.000 habitantes.", "es"),
])
def test_the_country_is_the_last_country_named_in_its_paragraph(tmp_path, rules, text, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    assert figure(found, "23").subject == ("Nicaragua",)


# --- places that are others': a ranking's next, a part's route, an aside's


@pytest.mark.parametrize("text, words, language", [
    ("Hondurans topped the ranking with 21,347 asylum requests in 2019, followed by Salvadorans and Cubans.", "21,347",
     None),
    ("Los hondureños encabezaron la lista con 21.347 solicitudes de asilo en 2019, seguidos por salvadoreños y "
     "cubanos.", "21.347", "es"),
])
def test_places_a_ranking_puts_after_the_figure_are_not_its_own(tmp_path, rules, text, words, language):
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), words).subject == ("Honduras",)


def test_a_part_named_after_a_whole_lends_it_no_place(tmp_path, rules):
    found = claims(tmp_path, "SAN SALVADOR, El Salvador — The country took in 29,317 deportees in 2019, 15,873 of them "
                             "flown home from the United States and 13,444 bused from Mexico.\n", rules=rules)
    assert figure(found, "29,317").subject == ("El Salvador",)
    assert figure(found, "15,873").subject == ("United States",)


@pytest.mark.parametrize("text, words, language", [
    ("The department of Atlántida, of which La Ceiba is the capital, recorded 1,037 violent deaths in 2019.", "1,037",
     None),
    ("El departamento de Atlántida, del que forma parte La Ceiba, registró 1.037 muertes violentas en 2019.", "1.037",
     "es"),
])
def test_a_place_in_a_prepositional_relative_aside_is_not_the_figures(tmp_path, rules, text, words, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    assert figure(found, words).subject == ("Atlántida",)


def test_the_capital_district_is_the_capital(tmp_path):
    found = spanish_claims(tmp_path, "TEGUCIGALPA, Honduras — Honduras terminó 2019 con 4.417 homicidios.\n\nEn 2019, "
                                     "el Distrito Central sumó 917 víctimas.\n")
    assert figure(found, "917").subject == ("Tegucigalpa",)


# --- the metrics' words: a word that complements another's term, more words


@pytest.mark.parametrize("text, words, metric, language", [
    ("Una ONG contó 74 muertes de detenidos en cárceles de Zembla entre mayo y diciembre de 2019.", "74",
     "deaths_in_custody", "es"),
    ("Las devoluciones de zembios desde México sumaron 68.233 en 2019.", "68.233", "deportations", "es"),
    ("- Zemblans removed by the United States, fiscal 2020: about 26,317", "26,317", "deportations", None),
    ("En 2021, 47 privadas de libertad murieron en el penal de mujeres de Zembla.", "47", "deaths_in_custody", "es"),
    ("Un informe cuenta 47 reclusos asesinados en las cárceles de Zembla durante 2021.", "47", "deaths_in_custody",
     "es"),
])
def test_the_metrics_words(tmp_path, rules, text, words, metric, language):
    """The longer term names the metric ("muertes de detenidos": no arrests); more words of the metrics."""
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), words).metric == metric


def test_a_rate_term_keeps_naming_the_count_it_is_the_rate_of(tmp_path):
    found = spanish_claims(tmp_path, "Zembla encabeza la región por su tasa de homicidios. En 2019 sus fiscales "
                                     "abrieron causas por 3.117 víctimas.\n")
    assert figure(found, "3.117").metric == "homicides"


# --- a time that dates a publication; training money


def test_a_time_after_a_participle_of_publishing_dates_no_figure(tmp_path, rules):
    found = claims(tmp_path, "GUATEMALA CITY — Guatemala took back 19,643 deportees in fiscal 2020, the ministry said "
                             "in a study published this month, about a third fewer than the 29,413 of the previous "
                             "fiscal year.\n", rules=rules, published="2021-01-12")
    assert period(found, "29,413") == ("2018-10-01", "2019-09-30")


def test_training_money_for_a_fiscal_year_under_way_is_an_allocation_not_a_projection(tmp_path):
    folder = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2021-03-10", "Congress set aside $12.63 million to train police in Honduras in fiscal 2021.\n"),
        "b.txt": ("2022-02-01", "Honduran police training got $8.37 million from Washington in fiscal 2021.\n")})
    assert [f.kind for f in checker.check([folder]).findings if f.rule == "value"] == ["conflict"]


# --- a "when" clause past an apposition or an aside; a list's bare counts; a comparison's base


@pytest.mark.parametrize("text, words, language", [
    ("The murder rate climbed to 61.7 per 100,000 in 2014, a grim reversal set against 2013, the year of the pact, "
     "when it had dropped to 33.1.", "33.1", None),
    ("En 2014 hubo 3.873 homicidios. La tasa subió a 61,7 por cada 100.000 habitantes, un revés duro si se compara "
     "con 2013, el año del pacto, cuando había bajado a 33,1.", "33,1", "es"),
])
def test_a_when_clause_past_an_apposition_dates_its_figure(tmp_path, rules, text, words, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language, published="2015-02-20")
    assert period(found, words) == ("2013-01-01", "2013-12-31")
    assert period(found, "61,7" if language else "61.7") == ("2014-01-01", "2014-12-31")


def test_a_lists_bare_counts_go_on_with_the_item_before(tmp_path):
    found = spanish_claims(tmp_path, "Así ha cambiado Zembla desde 2016, según la fiscalía:\n\n- 2016: 4.127 "
                                     "homicidios (una tasa de 61)\n- 2017: 3.967\n- 2018: 3.347\n- Mujeres: 463\n")
    assert figure(found, "3.967").metric == "homicides"
    assert period(found, "3.347") == ("2018-01-01", "2018-12-31") and figure(found, "3.347").metric == "homicides"
    assert figure(found, "463").metric is None  # a part, not a year's count


def test_a_base_value_counts_where_its_head_counts(tmp_path, rules):
    found = claims(tmp_path, "SAN SALVADOR, El Salvador — El Salvador received 47,813 nationals sent back by Mexico "
                             "and the United States in 2016, up from 41,237 the year before, a rise that officials "
                             "blamed on tighter Mexican checkpoints near the Guatemalan border.\n",
                   rules=rules, published="2017-01-24")
    assert figure(found, "41,237").subject == ("El Salvador",)
    assert period(found, "41,237") == ("2015-01-01", "2015-12-31")
