"""What a figure counts, where and when, in a few shapes of news copy: a part of a whole the sentence
opens on ("Of the 7,020 deportees, 914 were under 18"), a figure followed by what it is not (", not how
many were deported"), senders named past a manner of travel ("returned by land from Mexico"), a
sentence that sets the scene before its subject ("Across the border, Honduras ..."), a part that
follows the figure (", most of them ..."), a month that closes a bracket ("(a rights group,
December)"), "December of that year" and "a Sunday". Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure, period, spanish_claims
from tests.conftest import one_article_claims as claims


# --- a part of a whole the sentence opens on


def test_a_part_of_a_whole_the_sentence_opens_on_is_no_figure_of_the_whole(tmp_path, rules):
    found = claims(tmp_path, "Honduras received 7,020 deportees in 2016.\n\nOf the 7,020 deportees, 914 were under "
                             "18.\n", rules=rules, published="2017-01-12")
    assert figure(found, "914").metric is None
    assert figure(found, "under 18").metric is None  # their age


def test_spanish_parts_of_a_whole_the_sentence_opens_on_are_no_figures_of_the_whole(tmp_path):
    found = spanish_claims(tmp_path, "Honduras recibió 7.020 deportados en 2016.\n\nDe los 7.020 retornados, 914 "
                                     "tenían menos de 18 años, y de ellos 583 viajaban solos.\n")
    assert figure(found, "914").metric is None
    assert figure(found, "583").metric is None


def test_a_part_whose_own_words_name_the_metric_keeps_it(tmp_path, rules):
    found = claims(tmp_path, "Honduras received 7,020 deportees in 2016.\n\nOf the 7,020 deportees, 4,810 were "
                             "deported from Mexico.\n", rules=rules, published="2017-01-12")
    claim = figure(found, "4,810")
    assert claim.metric == "deportations"
    assert claim.evidence("senders").words == "Mexico"


# --- what a figure is not


@pytest.mark.parametrize("text", [
    "The Border Patrol apprehended 13,470 Hondurans at the border in 2018, a figure that shows how many tried to "
    "cross, not how many were deported.",
])
def test_a_term_after_not_names_what_the_figure_is_not(tmp_path, rules, text):
    assert figure(claims(tmp_path, text + "\n", rules=rules), "13,470").metric is None


def test_spanish_a_term_after_no_names_what_the_figure_is_not(tmp_path):
    found = spanish_claims(tmp_path, "La Patrulla Fronteriza detuvo a 13.470 hondureños en la frontera en 2018, una "
                                     "cifra que muestra cuántos intentaron cruzar, no cuántos fueron devueltos.\n")
    assert figure(found, "13.470").metric is None


# --- senders and parts after the figure


def test_senders_named_past_a_manner_of_travel(tmp_path):
    found = spanish_claims(tmp_path, "Honduras recibió 7.020 deportados en 2016. Del total, 4.810 hondureños fueron "
                                     "devueltos por vía terrestre desde México.\n")
    claim = figure(found, "4.810")
    assert claim.evidence("senders").words == "Mexico"
    assert set(claim.subject) == {"Honduras", "Mexico"}


@pytest.mark.parametrize(("text", "words"), [
    ("Honduras received more than 7,130 deportees in 2016, most of them sent back by bus from Mexico.\n", "7,130"),
    ("Honduras recibió más de 7.130 deportados en 2016, la mayoría devueltos por tierra desde México.\n", "7.130"),
])
def test_what_most_of_them_did_is_a_parts_not_the_whole(tmp_path, rules, text, words):
    found = spanish_claims(tmp_path, text) if "recibió" in text else claims(tmp_path, text, rules=rules)
    claim = figure(found, words)
    assert (claim.metric, claim.subject) == ("deportations", ("Honduras",))


# --- a sentence that sets the scene before its subject


@pytest.mark.parametrize("opener", ["Across the border, Honduras", "Meanwhile, Honduras"])
def test_the_country_is_the_place_a_sentence_opened_on_after_setting_the_scene(tmp_path, rules, opener):
    found = claims(tmp_path, "El Salvador recorded 197 homicides in 2023.\n\n"
                             f"{opener} has struggled to match that. The country recorded 2,736 homicides in 2022.\n",
                   rules=rules, title="El Salvador counts its dead", published="2023-12-18")
    assert figure(found, "2,736").subject == ("Honduras",)


# --- dates that close a bracket, "of that year", weekdays


@pytest.mark.parametrize(("line", "month"), [
    ("- 219 deaths in custody (a rights group, December)", "12"),
    ("- 219 deaths in custody (a rights group, May report)", "05"),
    ("- 219 deaths in custody (December)", "12"),
])
def test_a_month_closing_a_bracket_dates_its_figure(tmp_path, rules, line, month):
    found = claims(tmp_path, f"Main figures, 2023:\n\n{line}\n", rules=rules, published="2023-12-18")
    assert period(found, "219")[0] == f"2023-{month}-01"


def test_a_month_of_that_year_is_in_the_year_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Honduras recorded 2,736 homicides in 2022. In December of that year, police counted 219 "
                             "killings.\n", rules=rules, published="2023-12-18")
    assert period(found, "219") == ("2022-12-01", "2022-12-31")


def test_spanish_a_month_of_that_year_is_in_the_year_in_focus_and_a_span_keeps_both_ends(tmp_path):
    found = spanish_claims(tmp_path, "Honduras registró 2.736 homicidios en 2019. En diciembre de ese año, la policía "
                                     "contó 219 homicidios. La comisión recibió los reportes de agosto a octubre de ese "
                                     "año: 631 homicidios.\n")
    assert period(found, "219") == ("2019-12-01", "2019-12-31")
    assert period(found, "631") == ("2019-08-01", "2019-10-31")


@pytest.mark.parametrize("text", ["Honduras declared a state of emergency in the early hours of a Sunday.",
                                  "Police arrest 219 people every Sunday."])
def test_a_sunday_is_no_day(tmp_path, rules, text):
    found = claims(tmp_path, f"Honduras counted 2,736 homicides in 2022. {text}\n", rules=rules, published="2023-12-18")
    assert not [c for c in found if c.time is not None and c.time.start == "2023-12-17"]  # the Sunday before


# --- a series of levels, a rate after a paragraph break, senders and the main place


def test_a_change_then_a_series_of_levels_each_takes_its_year(tmp_path, rules):
    found = claims(tmp_path, "The homicide rate fell from 63.7 per 100,000 in 2016 to 49.6 in 2017, 29.8 in 2018 and "
                             "24.2 in 2019.\n", rules=rules)
    assert period(found, "63.7 per 100,000") == ("2016-01-01", "2016-12-31")
    assert period(found, "49.6") == ("2017-01-01", "2017-12-31")
    assert figure(found, "63.7 per 100,000").value.point == 63.7


def test_a_change_whose_ends_each_name_a_year_then_goes_on(tmp_path, rules):
    found = claims(tmp_path, "In Zembla City, killings went from 6,140 in 2015 to 427 in 2022, and to 385 in 2023.\n",
                   rules=rules, published="2024-02-01")
    assert [period(found, words)[0][:4] for words in ("6,140", "427", "385")] == ["2015", "2022", "2023"]


def test_a_base_rate_after_compared_with_keeps_its_year_to_itself(tmp_path, rules):
    found = claims(tmp_path, "Honduras recorded 6,830 killings in 2012. The homicide rate dipped to 83.7 per 100,000 "
                             "residents, the observatory said, compared with a rate of 90.3 in 2011.\n", rules=rules)
    assert period(found, "83.7") == ("2012-01-01", "2012-12-31")
    assert period(found, "90.3") == ("2011-01-01", "2011-12-31")


def test_a_place_people_were_sent_from_is_no_place_in_focus(tmp_path):
    found = spanish_claims(tmp_path, "Honduras recibió 71.320 deportados en 2019.\n\n- Por aire desde Estados Unidos: "
                                     "41.230\n- Menores no acompañados 2019: 8.430\n")
    assert figure(found, "8.430").subject == ("Honduras",)


def test_a_whole_is_not_the_metric_its_part_after_de_ellos_names(tmp_path):
    found = spanish_claims(tmp_path, "Las autoridades registraron el retorno de 23.140 menores de edad en 2019; de ellos, "
                                     "8.430 eran menores no acompañados.\n")
    assert figure(found, "23.140").metric is None
    assert figure(found, "8.430").metric == "unaccompanied_minors"


def test_an_agency_and_the_dateline_choose_the_main_place_between_two_countries(tmp_path):
    found = spanish_claims(tmp_path, "CIUDAD DE GUATEMALA — Las remesas sumaron US$5,230.4 millones en el primer semestre "
                                     "de 2020, informó el Banco de Guatemala, pese a que la pandemia dejó sin empleo a "
                                     "miles de migrantes en Estados Unidos.\n\nEl año pasado el país recibió US$10,120 "
                                     "millones en remesas.\n")
    assert figure(found, "10,120").subject == ("Guatemala",)
