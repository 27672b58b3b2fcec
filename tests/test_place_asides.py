"""Places a figure's sentence names that are not the figure's: one inside a relative clause set off
by commas (binding.place_asides), and the place a figure is compared with (``yardstick_links``).
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


@pytest.mark.parametrize("text, language", [
    ("Guatemala, which hired Mexican advisers, recorded 2,900 homicides in 2021.", "en"),
    ("Guatemala, que contrató asesores mexicanos, registró 2.900 homicidios en 2021.", "es"),
])
def test_a_place_inside_a_relative_clause_is_not_the_figures(tmp_path, rules, text, language):
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), "2").subject == ("Guatemala",)


def test_a_relative_clause_that_alone_names_a_place_still_gives_it(tmp_path, rules):
    found = claims(tmp_path, "The ministry, which runs the prisons of Guatemala, counted 900 deaths in 2021.\n",
                   rules=rules)
    assert figure(found, "900").subject == ("Guatemala",)


@pytest.mark.parametrize("text, language", [
    ("Honduras received $6.3 billion in remittances in 2022, almost as much as Guatemala.", "en"),
    ("Honduras recorded 2,640 homicides in 2021, more than Nicaragua.", "en"),
    ("Honduras recibió 6.320 millones de dólares en remesas en 2022, casi tanto como Guatemala.", "es"),
    ("Honduras registró 2.640 homicidios en 2021, más del doble que Nicaragua.", "es"),
])
def test_the_place_a_figure_is_compared_with_is_not_its_place(tmp_path, rules, text, language):
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), "6").subject == ("Honduras",)


@pytest.mark.parametrize("text, language", [
    ("Officials said 4,350 people had been detained since the plan began, and that 1,320 soldiers had been "
     "sent to Tijuana.", "en"),
    ("Las autoridades dijeron que 4.350 personas habían sido detenidas desde el inicio del plan, y que 1.320 "
     "soldados habían sido enviados a Tijuana.", "es"),
])
def test_a_place_of_a_later_coordinated_clause_with_its_own_figure_is_that_figures(tmp_path, rules, text, language):
    found = {c.value.point: c for c in claims(tmp_path, text + "\n", rules=rules, language=language)
             if c.kind == "quantity"}
    assert "Tijuana" not in found[4350].subject
    assert found[1320].subject == ("Tijuana",)


@pytest.mark.parametrize("text, language", [
    ("Guatemala, which copied the Mexican model and declared its own state of emergency on May 4, 2022, recorded "
     "2,900 homicides in 2022.", "en"),
    ("Guatemala, que copió el modelo mexicano y declaró su propio estado de excepción el 4 de mayo de 2022, "
     "registró 2.900 homicidios en 2022.", "es"),
])
def test_what_a_relative_clause_states_is_its_antecedent_places(tmp_path, rules, text, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    [event] = [c for c in found if c.kind == "event"]
    assert event.subject == ("Guatemala",)
    assert figure(found, "2").subject == ("Guatemala",)


@pytest.mark.parametrize("text, language", [
    ("So far this year the Guatemalan police have detained 2,700 gang members, far from the Mexican figure.", "en"),
    ("En lo que va del año, la policía guatemalteca ha detenido a 2.700 pandilleros, lejos de la cifra mexicana.",
     "es"),
])
def test_a_demonym_a_figure_is_set_far_from_is_not_its_place(tmp_path, rules, text, language):
    assert figure(claims(tmp_path, text + "\n", rules=rules, language=language), "2").subject == ("Guatemala",)


@pytest.mark.parametrize("text, language", [
    ("TEGUCIGALPA — The migration office took in 27,480 nationals deported during 2018, a year in which, for once, "
     "Mexico deported 8,150 Hondurans by bus.", "en"),
    ("TEGUCIGALPA — La oficina de migración recibió a 27.480 connacionales deportados durante 2018, un año en el "
     "que, por una vez, México deportó a 8.150 hondureños por tierra.", "es"),
])
def test_the_places_of_a_clause_describing_the_figures_year_are_that_years_story(tmp_path, rules, text, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    total, part = sorted((c for c in found if c.kind == "quantity"), key=lambda c: -c.value.point)
    assert total.subject == ("Honduras",)  # the dateline's, not the aside's
    assert part.subject == ("Honduras", "Mexico")  # a figure inside the clause keeps its places


@pytest.mark.parametrize("text, language", [
    ("Guatemala, by contrast, closed 2021 with 3,120 homicides and a rate of 17.9, still above the Honduran one, "
     "and with 19 police officers killed.", "en"),
    ("Guatemala, en cambio, cerró 2021 con 3.120 homicidios y una tasa de 17,9, todavía superior a la hondureña, "
     "y con 19 agentes de policía asesinados.", "es"),
])
def test_a_place_a_figure_is_above_is_its_yardstick(tmp_path, rules, text, language):
    found = claims(tmp_path, text + "\n", rules=rules, language=language)
    assert {c.subject for c in found if c.kind == "quantity" and c.metric} == {("Guatemala",)}
