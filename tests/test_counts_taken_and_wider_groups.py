"""What a figure counts, where and when, in more shapes of news copy: a running total taken "by" a
date and counted "since" an event, a list under a header that names its metric but no unit, returns
told in English, a count of people of an age, a part of a count after a rate ("Of them, ..."), a
target in brackets, a tally that also counts others, a verb that did something else to the people
the series counts ("dismissed"), a whole received from several senders, and "allí". Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

import checker
from tests.conftest import figure, period, spanish_claims, write_corpus, write_dated_corpus
from tests.conftest import one_article_claims as claims


# --- a running total taken "by" a date, counted since an event or a date


@pytest.mark.parametrize("text, start", [
    ("By Dec. 31, soldiers had detained 31,750 people since the curfew began in late March 2021.", "2021-03-21"),
    ("As of Dec. 31, police had arrested 31,750 people since March 14, 2021.", "2021-03-14"),
    ("By the end of last year, police had arrested 31,750 people since the curfew began in March 2021.", "2021-03-01"),
])
def test_a_count_by_a_date_since_an_event_runs_from_the_event_to_that_date(tmp_path, rules, text, start):
    found = claims(tmp_path, "ZEMBLA CITY, Zembla — " + text + "\n", rules=rules, published="2023-02-08")
    assert figure(found, "31,750").metric == "arrests"
    assert period(found, "31,750") == (start, "2022-12-31")


@pytest.mark.parametrize("text, start", [
    ("Al 31 de diciembre, la policía había detenido a 31.750 personas desde que comenzó el toque de queda en marzo "
     "de 2019.", "2019-03-01"),
    ("A finales del año pasado, la policía había capturado a 31.750 personas desde el 14 de marzo de 2019.", "2019-03-14"),
])
def test_spanish_a_count_at_a_date_since_an_event_runs_to_that_date(tmp_path, text, start):
    found = spanish_claims(tmp_path, text + "\n")  # published 2020-03-01
    assert period(found, "31.750") == (start, "2019-12-31")


def test_a_record_frame_after_a_count_by_a_date_starts_nothing(tmp_path, rules):
    found = claims(tmp_path, "By the end of 2019, police had arrested 8,240 people, the most since 2012.\n",
                   rules=rules)
    assert period(found, "8,240")[0] != "2012-01-01"


# --- lists under a header naming the metric


def test_items_of_money_under_a_header_naming_the_metric_take_it(tmp_path, rules):
    found = claims(tmp_path, "Zembla's central bank says family remittances over three years were:\n\n"
                             "- 2016: $2.61 billion\n- 2017: $2.83 billion\n- 2018: 412\n", rules=rules)
    assert figure(found, "$2.61 billion").metric == "remittances"
    assert figure(found, "$2.83 billion").metric == "remittances"
    assert figure(found, "412").metric is None  # no money: not what the header names


def test_items_labelled_by_a_fiscal_year_take_the_header_metric(tmp_path, rules):
    found = claims(tmp_path, "Removals of Zemblans by the United States were:\n\n- Fiscal 2017: 9,310\n"
                             "- Fiscal 2018: 8,775\n", rules=rules)
    claim = figure(found, "9,310")
    assert claim.metric == "deportations"
    assert (claim.time.start, claim.time.end) == ("2016-10-01", "2017-09-30")


# --- returns told in English; people of an age


@pytest.mark.parametrize("text, words", [
    ("Zembla received 27,640 returned migrants in 2018.", "27,640"),
    ("A total of 27,640 Zemblans were returned to the country in 2018.", "27,640"),
])
def test_returns_count_as_deportations(tmp_path, rules, text, words):
    assert figure(claims(tmp_path, text + "\n", rules=rules), words).metric == "deportations"


def test_inmates_returned_to_prison_are_no_deportations(tmp_path, rules):
    found = claims(tmp_path, "In 2018, 214 inmates were returned to the prison after the riot.\n", rules=rules)
    assert figure(found, "214").metric is None


@pytest.mark.parametrize("text", [
    "Women accounted for 6,120 of the returnees in 2018, and 5,310 were under 18.",
    "Zembla received 27,640 deportees in 2018, and 5,310 were under 18.",
])
def test_a_count_of_people_under_an_age_is_no_total(tmp_path, rules, text):
    assert figure(claims(tmp_path, text + "\n", rules=rules), "5,310").metric is None


# --- a part of a count after its rate


@pytest.mark.parametrize("text", [
    "Police counted 4,410 homicides in Zembla in 2018, a rate of 51.6 per 100,000. Of them, 57 were police officers.",
    "Police counted 4,410 homicides in Zembla in 2018, a rate of 51.6 per 100,000. 57 of them were police officers.",
])
def test_a_part_after_a_rate_is_no_rate(tmp_path, rules, text):
    assert figure(claims(tmp_path, text + "\n", rules=rules), "57").metric != "homicide_rate"


def test_spanish_parts_after_a_rate_are_no_rates(tmp_path):
    found = spanish_claims(tmp_path, "La policía contó 4.410 homicidios en Zembla en 2018, una tasa de 51,6 por cada "
                                     "100.000 habitantes. De ellos, 57 eran agentes y 402 eran mujeres.\n")
    assert figure(found, "57").metric is None
    assert figure(found, "402").metric is None


# --- what a figure is not: a target, a wider group, another act


@pytest.mark.parametrize("text, language", [
    ("- Officers trained in 2018: 2,870 (target: 3,500)", None),
    ("- Agentes capacitados en 2018: 2.870 (meta: 3.500)", "es"),
])
def test_a_target_in_brackets_is_no_count(tmp_path, rules, text, language):
    found = claims(tmp_path, "Zembla's police academy in figures:\n\n" + text + "\n", rules=rules, language=language)
    assert figure(found, "2").metric == "officers_trained"
    assert figure(found, "3").metric is None


@pytest.mark.parametrize("text, words, language", [
    ("The ministry says 17 police officers were killed in Zembla in 2018, while a union puts the number at 29, a "
     "tally that also counts prison guards killed on duty.", "29", None),
    ("El ministerio dice que 17 policías fueron asesinados en Zembla en 2018, mientras un sindicato eleva la cifra a "
     "29 policías, una cifra que también incluye a custodios.", "29 policías", "es"),
])
def test_a_tally_that_also_counts_others_is_no_figure_of_the_metric(tmp_path, rules, text, words, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    assert figure(found, "17").metric == "police_killed"
    assert figure(found, words).metric is None


def test_a_figure_another_verb_governs_does_not_go_on_with_the_series(tmp_path, rules):
    found = claims(tmp_path, "The academy trained 2,870 officers in Zembla in 2018. A review board dismissed "
                             "more than 4,150 officers in 2018.\n", rules=rules)
    assert figure(found, "2,870").metric == "officers_trained"
    assert figure(found, "4,150").metric is None


# --- senders of a whole; "allí"


def test_spanish_a_whole_received_from_several_senders_is_not_one_senders_part(tmp_path):
    found = spanish_claims(tmp_path, "México devolvió a unos 31.000 guatemaltecos en 2019. En total, Guatemala recibió "
                                     "a 58.460 retornados en 2019, procedentes de México, Estados Unidos y otros países.\n")
    assert figure(found, "58.460").evidence("senders").words == "Mexico, United States"


def test_spanish_a_part_from_one_sender_is_not_compared_with_the_whole_from_several(tmp_path):
    folder = write_corpus(tmp_path / "c", {
        "a.txt": "México devolvió a unos 31.000 guatemaltecos en 2019.\n",
        "b.txt": "Guatemala recibió a 58.460 retornados en 2019, procedentes de México, Estados Unidos y otros países.\n"},
        "\n".join(f'[[source]]\nfile = "{name}"\npublished = "2020-0{i + 2}-10"\nlanguage = "es"\n'
                  for i, name in enumerate(("a.txt", "b.txt"))))
    findings = [f for f in checker.check([folder]).findings if f.rule == "value"]
    assert not [f for f in findings if f.kind in ("conflict", "drift")]


def test_spanish_alli_points_at_the_last_place_named_in_its_paragraph(tmp_path):
    found = spanish_claims(tmp_path, "TEGUCIGALPA, Honduras — Honduras cerró 2019 con 4.410 homicidios.\n\nEl modelo "
                                     "es el de Nicaragua, donde una tregua arrancó en marzo de 2019. Allí, los "
                                     "homicidios cayeron y el país cerró 2019 con una tasa de 23,7.\n")
    assert figure(found, "23,7").subject == ("Nicaragua",)


@pytest.mark.parametrize("text, language", [
    ("TEGUCIGALPA, Honduras — Honduras ended 2019 with 4,410 homicides.\n\nIn Nicaragua, killings fell. The country "
     "ended 2019 with a rate of 23.7 per 100,000.", None),
    ("TEGUCIGALPA, Honduras — Honduras cerró 2019 con 4.410 homicidios.\n\nEn Nicaragua, la violencia cedió. El país "
     "cerró 2019 con una tasa de 23,7 homicidios por cada 100.000 habitantes.", "es"),
])
def test_the_country_is_the_last_country_named_in_its_paragraph(tmp_path, rules, text, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    assert figure(found, "23").subject == ("Nicaragua",)


# --- places that are others': a ranking's next, a part's route, an aside's


@pytest.mark.parametrize("text, words, language", [
    ("Hondurans led with 21,345 asylum requests in 2019, followed by Salvadorans and Cubans.", "21,345", None),
    ("Los hondureños encabezaron la lista con 21.345 solicitudes de asilo en 2019, seguidos por salvadoreños y "
     "cubanos.", "21.345", "es"),
])
def test_places_a_ranking_puts_after_the_figure_are_not_its_own(tmp_path, rules, text, words, language):
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), words).subject == ("Honduras",)


def test_a_part_named_after_a_whole_lends_it_no_place(tmp_path, rules):
    found = claims(tmp_path, "SAN SALVADOR, El Salvador — The migration office received 29,310 returned migrants in "
                             "2019, 15,870 of them by air from the United States and 13,440 by land from Mexico.\n",
                   rules=rules)
    assert figure(found, "29,310").subject == ("El Salvador",)
    assert figure(found, "15,870").subject == ("United States",)


@pytest.mark.parametrize("text, words, language", [
    ("In the department of Cortés, to which San Pedro Sula belongs, police recorded 1,037 violent deaths in 2019.",
     "1,037", None),
    ("En el departamento de Cortés, al que pertenece San Pedro Sula, la policía registró 1.037 muertes violentas en "
     "2019.", "1.037", "es"),
])
def test_a_place_in_a_prepositional_relative_aside_is_not_the_figures(tmp_path, rules, text, words, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    assert figure(found, words).subject == ("Cortés department",)


def test_the_capital_district_is_the_capital(tmp_path):
    found = spanish_claims(tmp_path, "TEGUCIGALPA, Honduras — Honduras cerró 2019 con 4.410 homicidios.\n\nEl Distrito "
                                     "Central cerró 2019 con 917 víctimas.\n")
    assert figure(found, "917").subject == ("Tegucigalpa",)


# --- a metric's word that complements another's term


@pytest.mark.parametrize("text, words, language", [
    ("Organizaciones humanitarias han documentado al menos 74 muertes de detenidos bajo custodia desde marzo de 2019.",
     "74", "es"),
    ("Las devoluciones de zembios desde México sumaron 68.230 en 2019.", "68.230", "es"),
])
def test_the_longer_term_names_the_metric(tmp_path, rules, text, words, language):
    metric = {"74": "deaths_in_custody", "68.230": "deportations"}[words]
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), words).metric == metric


def test_a_rate_term_keeps_naming_the_count_it_is_the_rate_of(tmp_path):
    found = spanish_claims(tmp_path, "Por su tasa de homicidios, Honduras es el primero de la región. El homicidio fue "
                                     "la primera causa de muerte en 2019, con 3.117 víctimas.\n")
    assert figure(found, "3.117").metric == "homicides"


# --- a time that dates a publication


def test_a_time_after_a_participle_of_publishing_dates_no_figure(tmp_path, rules):
    found = claims(tmp_path, "GUATEMALA CITY — Immigration and Customs Enforcement removed 28,410 Guatemalans in fiscal "
                             "2020, according to the agency's report released late last month, down about 40% from "
                             "47,300 the previous fiscal year.\n", rules=rules, published="2021-01-12")
    assert period(found, "about 40%") == ("2019-10-01", "2020-09-30")
    assert period(found, "47,300") == ("2018-10-01", "2019-09-30")


@pytest.mark.parametrize("text, words, metric, language", [
    ("- Guatemalans removed by ICE, fiscal 2020: about 26,300", "26,300", "deportations", None),
    ("Al menos 47 personas privadas de libertad murieron en 2021 en los penales de Honduras.", "47", "deaths_in_custody", "es"),
    ("Las cárceles cerraron 2021 con 47 reos asesinados.", "47", "deaths_in_custody", "es"),
])
def test_more_words_of_the_metrics(tmp_path, rules, text, words, metric, language):
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), words).metric == metric


def test_training_money_for_a_fiscal_year_under_way_is_an_allocation_not_a_projection(tmp_path):
    folder = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2021-03-10", "Honduras was allocated $12.6 million for police training in fiscal 2021.\n"),
        "b.txt": ("2022-02-01", "In fiscal 2021, Washington committed $8.3 million to Honduran police training.\n")})
    assert [f.kind for f in checker.check([folder]).findings if f.rule == "value"] == ["conflict"]


# --- a "when" clause past an apposition or an aside; a list's bare counts


@pytest.mark.parametrize("text, words, language", [
    ("The homicide rate rose to 61.4 per 100,000 in 2014, a huge setback compared with 2012, the truce year, when the "
     "rate had fallen to 34.9.", "34.9", None),
    ("En 2014 hubo 3.870 homicidios. La tasa subió a 61,4 por cada 100.000 habitantes, un retroceso si se compara con "
     "2012, el año de la tregua, cuando la tasa había caído a 34,9.", "34,9", "es"),
])
def test_a_when_clause_past_an_apposition_dates_its_figure(tmp_path, rules, text, words, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language, published="2015-02-20")
    assert period(found, words) == ("2012-01-01", "2012-12-31")
    assert period(found, "61,4" if language else "61.4") == ("2014-01-01", "2014-12-31")


def test_a_lists_bare_counts_go_on_with_the_item_before(tmp_path):
    found = spanish_claims(tmp_path, "La serie muestra el recorrido completo:\n\n- 2016: 4.120 homicidios (tasa cercana "
                                     "a 60)\n- 2017: 3.960\n- 2018: 3.340\n- Mujeres: 410\n")
    assert figure(found, "3.960").metric == "homicides"
    assert period(found, "3.340") == ("2018-01-01", "2018-12-31") and figure(found, "3.340").metric == "homicides"
    assert figure(found, "410").metric is None  # a part, not a year's count


def test_a_base_value_counts_where_its_head_counts(tmp_path, rules):
    found = claims(tmp_path, "SAN SALVADOR, El Salvador — El Salvador took back 47,810 of its citizens deported from "
                             "the United States and Mexico in 2016, up from 41,200 the year before, an increase that "
                             "officials attributed to Mexican operations along the routes to the U.S. border.\n",
                   rules=rules, published="2017-01-24")
    assert figure(found, "41,200").subject == ("El Salvador",)
    assert period(found, "41,200") == ("2015-01-01", "2015-12-31")
