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
