"""Issue 16: Spanish metric precision. Deaths counted in a custody setting, ratios, parts of a
fronted set, events and names are read from the rules' `es:` words and the Spanish
pack, never from Python."""
from __future__ import annotations

from conftest import figure
from conftest import spanish_claims as _claims


def test_deaths_beside_a_custody_setting_are_deaths_in_custody(tmp_path):
    found = _claims(tmp_path, "La ONG ha documentado 80 muertes de personas que estaban bajo custodia del Estado "
                              "de Zembla. El Gobierno solo había reconocido 30 fallecimientos, sin explicar las "
                              "causas; la cárcel de Ruritania, con 12 muertes, encabezaba la lista.\n")
    for words in ("80 muertes", "30 fallecimientos", "12 muertes"):
        assert figure(found, words).metric == "deaths_in_custody", words


def test_deaths_without_a_custody_setting_are_not_deaths_in_custody(tmp_path):
    found = _claims(tmp_path, "En Zembla hubo 300 muertes en accidentes de tránsito en 2019.\n")
    assert figure(found, "300 muertes").metric != "deaths_in_custody"


def test_a_multiple_or_a_proportion_is_never_a_count(tmp_path):
    found = _claims(tmp_path, "Zembla tuvo 120 asesinatos, más de doce veces el umbral de la OMS. En 2019 la "
                              "proporción era de uno a cuatro: Zembla deportó a 4.000 personas y Ruritania "
                              "deportó a 16.000.\n")
    assert figure(found, "120 asesinatos").metric == "homicides"
    assert figure(found, "doce veces").metric is None
    assert figure(found, "cuatro").metric is None


def test_a_part_of_a_fronted_set_counts_the_set_not_the_metric(tmp_path):
    found = _claims(tmp_path, "De los 30 municipios con más homicidios en 2019, 12 forman parte del plan de "
                              "Zembla.\n")
    assert figure(found, "12").metric is None


def test_multiple_homicides_count_events_not_victims(tmp_path):
    found = _claims(tmp_path, "En Zembla crecen los homicidios múltiples: hubo 40 en 2018 y ya van 52 en 2019. "
                              "Ruritania registró 25 homicidios múltiples en 2019.\n")
    for words in ("40", "52", "25 homicidios"):
        assert figure(found, words).metric is None, words


def test_number_words_after_a_thousand_add_to_it(tmp_path):
    found = _claims(tmp_path, "Las deportaciones desde Zembla subieron a 213 mil siete en 2016, y en 2017 un total "
                              "de 126 mil un ruritanos fueron deportados. La cifra llegó a 20 mil un año después.\n")
    assert figure(found, "213 mil siete").value.point == 213007
    assert figure(found, "126 mil un").value.point == 126001
    assert figure(found, "20 mil").value.point == 20000


def test_a_state_in_force_since_a_date_was_declared_then(tmp_path):
    found = _claims(tmp_path, "La presidenta de Zembla, que asumió en 2018, mantiene desde el 3 de mayo de 2019 "
                              "un estado de excepción contra las pandillas.\n")
    events = [c for c in found if c.metric == "emergency_declared"]
    assert [(c.time.start, c.time.end) for c in events] == [("2019-05-03", "2019-05-03")]


def test_the_calm_named_again_ends_the_truce(tmp_path):
    found = _claims(tmp_path, "La tregua de 2012 redujo los asesinatos en Zembla. Esa calma se siguió desmoronando "
                              "durante 2014.\n")
    ended = [c for c in found if c.metric == "truce_ended"]
    assert [c.time.start for c in ended] == ["2014-01-01"]


def test_a_coordinated_predicate_shares_the_time_of_the_clause_before(tmp_path):
    found = _claims(tmp_path, "Durante la noche del 3 de mayo de 2019 la policía de Zembla difundió fotografías "
                              "de varios operativos, y anunció la captura de ocho jefes de la banda.\n")
    arrests = [c for c in found if c.metric == "arrest_made"]
    assert [c.time.start for c in arrests] == ["2019-05-03"]


def test_a_figure_of_each_of_several_places_is_no_one_place_figure(tmp_path):
    found = _claims(tmp_path, "En ocho de los municipios de Zembla con más de 30.000 habitantes, la tasa superó los "
                              "90 homicidios por cada 100.000. En Ruritania la tasa fue de 40 homicidios por cada "
                              "100.000.\n")
    assert figure(found, "90 homicidios").metric is None
    assert figure(found, "40 homicidios").metric == "homicide_rate"


def test_a_metric_term_inside_a_body_s_name_is_not_the_metric(tmp_path):
    found = _claims(tmp_path, "Entre 2015 y 2018 el número de personas acogidas por la Oficina de Reasentamiento de "
                              "Zembla osciló entre 600 y 750 al año. En 2019 Zembla reasentó a 900 refugiados.\n")
    assert figure(found, "600").metric != "refugee_resettlement"
    assert figure(found, "900 refugiados").metric == "refugee_resettlement"
