"""The Spanish pack's claim-binding words (es/context.yaml, es/arithmetic.yaml, es/names.yaml), read
by the binding modules for a document in Spanish, and never for one in English."""
from __future__ import annotations

from checker.binding import average, carrier, difference, metric, period, reference_places
from checker.checks import parts_whole
from checker import lang
from checker.model import TimeScope


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_shift_of_the_time_in_focus_in_spanish():
    march = TimeScope("2019-03-01", "2019-03-31", "en marzo de 2019", "explicit", "month")
    assert period.moved(march, "un año antes", "es").start == "2018-03-01"
    assert period.moved(march, "el año anterior", "es").end == "2018-12-31"
    assert period.moved(march, "un año antes", "en") is None


def test_a_saying_is_dated_by_a_spanish_reporting_verb_but_not_by_a_tally():
    assert period.dates_a_saying("La ministra dijo", "es")
    assert not period.dates_a_saying("La policía de Zembla registró", "es")
    assert not period.dates_a_saying("La ministra dijo", "en")


def test_a_difference_and_an_average_in_spanish():
    text = "Zembla sumó 421 víctimas menos que en 2018, unas 16 al día."
    assert difference.direction(text, *_at(text, "421 víctimas"), "es") == "down"
    assert average.per(text, *_at(text, "16"), "es") == "day"
    assert average.per(text, *_at(text, "16"), "en") is None


def test_a_population_and_a_target_are_context_in_spanish():
    text = "Zembla, un país de 6 millones, pretende bajar la tasa a 30."
    assert metric.context_cue(text, text.index("6 millones"), "es") == metric.POPULATION
    assert metric.context_cue(text, text.index("30"), "es") == metric.INTENTION


def test_a_place_a_distance_is_measured_from_in_spanish():
    text = "El penal, a 74 kilómetros al sureste de Zembla, tiene 900 reos."
    zembla = (*_at(text, "Zembla"), "Zembla")
    assert reference_places.landmarks(text, [zembla], "es") == [zembla]
    assert reference_places.landmarks(text, [zembla], "en") == []


def test_an_organisation_named_after_its_seat_in_spanish():
    text = "El Observatorio de la Violencia de Zembla contó 300 homicidios en Ruritania."
    zembla = (*_at(text, "Zembla"), "Zembla")
    assert reference_places.organization_homes(text, [zembla], "es") == [zembla]


def test_a_figure_whose_own_verb_is_an_irregular_spanish_past():
    text = "La policía detuvo 900 pandilleros."
    assert carrier.own_verb(text, *_at(text, "900 pandilleros"), "es") == "detuvo"
    text = "La policía contabilizó 900 homicidios."
    assert carrier.carries(text, *_at(text, "900 homicidios"), "es")


def test_a_part_named_after_its_whole_in_spanish():
    words = parts_whole.grammar(lang.load("es"))
    assert words.including.search("Fueron evacuadas 9000 personas, entre ellas ")


def test_an_empty_table_never_matches():
    """Spanish has no duration adjective before a noun ("a two-day toll"): the empty table links nothing."""
    assert lang.load("es")["duration_links"]["before"] == []
    assert not period.links_a_length("saldo de", "dos-días", "before", "es")
    assert period.links_a_length("toll of", "two-day", "before", "en")


def test_spanish_clauses_conjuncts_and_a_sentence_that_points_back():
    from checker.binding import clauses

    text = "La policía contó 900 homicidios, mientras la fiscalía registró 1200."
    assert len(clauses.split(text, "es")) == 2 and len(clauses.split(text, "en")) == 1
    assert clauses.refers_back("Desde entonces, la tasa bajó a 40.", "es")
    assert not clauses.refers_back("Desde entonces, la tasa bajó a 40.", "en")
    assert clauses.coordinator("es").search("fueron detenidos 20 y murieron 18")


def test_who_a_spanish_sentence_attributes_its_figures_to():
    from checker.binding import attribution

    text = "Zembla cerró 2019 con 412 homicidios, según la Fiscalía General de Zembla."
    assert attribution.find(text, {}, None, "es")[0] == "Fiscalía General de Zembla"
    text = "De acuerdo con un informe de la Policía de Zembla, hubo 412 homicidios."
    assert attribution.find(text, {}, None, "es")[0] == "Policía de Zembla"
    assert attribution.find("La Fiscalía informó de 412 homicidios.", {}, None, "es")[0] == "Fiscalía"
    assert attribution.find("Ese día, el diario informó de 412 homicidios.", {}, "Fiscalía", "es") == ("Fiscalía", "Fiscalía")
    assert attribution.find(text, {}, None, "en")[0] is None


def test_a_days_toll_after_which_an_event_came_is_the_day_before_it_in_spanish():
    from checker.model import TimeScope

    day = TimeScope("2020-05-09", "2020-05-09", "el 9 de mayo", "explicit")
    eve = period.eve_of(day, ", después de que ", " personas murieran en un solo día", "es")
    assert (eve.start, eve.end) == ("2020-05-08", "2020-05-08")
    assert period.eve_of(day, ", después de que ", " personas murieran en una semana", "es") == day
