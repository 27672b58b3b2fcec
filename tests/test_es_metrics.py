"""Issue 16: which Spanish figures count a metric. A subgroup, a gap between two sources' counts,
a context noun and a figure a predicate before it governs are read from the Spanish pack and the
rules' `es:` words, never from Python."""
from __future__ import annotations

from conftest import figure, one_article_claims
from conftest import spanish_claims as _claims


def test_a_subgroup_after_a_spanish_figure_is_never_the_total(tmp_path):
    found = _claims(tmp_path, "Zembla deportó a 9.000 personas en 2019. De los retornados, 5.100 son hombres, "
                              "1.200 mujeres y 2.700 menores de edad. Ruritania deportó a 3.300 menores y "
                              "Zembla a 4.100 hombres.\n")
    assert figure(found, "9.000").metric == "deportations"
    for words in ("5.100", "1.200", "2.700", "3.300", "4.100"):
        assert figure(found, words).metric is None, words


def test_a_part_whose_complement_is_a_subgroup_in_spanish(tmp_path):
    found = _claims(tmp_path, "Zembla deportó a 9.000 personas en 2019, y al menos 1.400 de los deportados "
                              "en esos meses eran menores.\n")
    assert figure(found, "1.400").metric is None


def test_a_gap_between_two_accounts_is_never_the_metric(tmp_path):
    found = _claims(tmp_path, "Para los forenses, 2019 terminó con 2.942 personas asesinadas en Zembla, veinte más "
                              "de las que contabiliza la Policía. La Policía contó 2.922 homicidios en 2019, "
                              "20 menos que el Instituto Forense. En enero la Policía anotó 81 asesinatos, "
                              "nueve más que los 72 anotados por los forenses.\n")
    assert figure(found, "2.942").metric == "homicides"
    assert figure(found, "2.922").metric == "homicides"
    for words in ("veinte", "20", "nueve"):
        assert figure(found, words).metric is None, words


def test_a_change_over_time_keeps_its_metric_in_spanish(tmp_path):
    found = _claims(tmp_path, "La Policía de Zembla contó 2.922 homicidios en 2019, 120 menos que en 2018.\n")
    assert figure(found, "120").metric == "homicides"


def test_a_gap_between_two_accounts_in_english(tmp_path):
    found = one_article_claims(tmp_path, "Zembla's coroners counted 2,942 murders in 2019, 20 more than "
                                         "recorded by the police.\n")
    assert figure(found, "2,942").metric == "homicides"
    assert figure(found, "20").metric is None


def test_a_count_by_cause_is_a_part_in_spanish(tmp_path):
    found = _claims(tmp_path, "En 2019 hubo 3.100 homicidios en Zembla. Las extorsiones explican 900 muertes, "
                              "frente a 300 por riñas y 120 por delincuencia común.\n")
    assert figure(found, "3.100").metric == "homicides"
    for words in ("300", "120"):
        assert figure(found, words).metric is None, words


def test_the_state_of_exception_approved_as_the_regime(tmp_path):
    found = _claims(tmp_path, "La Asamblea de Zembla aprobó el régimen el 3 de mayo de 2019.\n")
    [event] = [c for c in found if c.kind == "event"]
    assert event.metric == "emergency_declared"


def test_a_subset_of_another_whole_in_spanish(tmp_path):
    found = _claims(tmp_path, "En 2019 murieron 150 reos bajo custodia del Estado en Zembla. Del total, el informe "
                              "clasifica 29 como muertes violentas.\n")
    assert figure(found, "150").metric == "deaths_in_custody"
    assert figure(found, "29").metric is None


def test_places_that_have_the_metric_are_not_counts_of_it(tmp_path):
    found = _claims(tmp_path, "De los 30 municipios con más homicidios de Zembla en 2019, 12 están en la costa.\n")
    assert figure(found, "30 municipios").metric is None
    found = one_article_claims(tmp_path / "en", "Of the 30 municipalities with the most homicides in Zembla in "
                                                "2019, 12 are on the coast.\n")
    assert figure(found, "30 municipalities").metric is None


def test_a_verb_right_before_a_figure_is_its_predicate(tmp_path):
    found = _claims(tmp_path, "En marzo de 2019 la policía de Zembla capturó a 120 pandilleros. En abril fueron "
                              "capturados 80 pandilleros más en Zembla.\n")
    assert figure(found, "120").metric == "arrests"
    assert figure(found, "80").metric == "arrests"
    found = one_article_claims(tmp_path / "en", "In March 2019 police in Zembla arrested 120 gang members.\n")
    assert figure(found, "120").metric == "arrests"


def test_a_part_that_died_by_a_cause_after_its_share(tmp_path):
    found = _claims(tmp_path, "En 2019 hubo 3.100 homicidios en Zembla. De las víctimas, 2.500, el 80,6 %, "
                              "murieron a balazos.\n")
    assert figure(found, "3.100").metric == "homicides"
    assert figure(found, "2.500").metric is None


def test_a_cause_before_the_figure_makes_it_a_part(tmp_path):
    found = _claims(tmp_path, "En 2019 hubo 3.100 homicidios en Zembla. Las armas de fuego causaron 2.300 muertes; "
                              "las armas blancas, 500, y el sicariato explica 900 muertes.\n")
    assert figure(found, "3.100").metric == "homicides"
    for words in ("2.300", "500", "900"):
        assert figure(found, words).metric is None, words


def test_deaths_per_100000_are_the_homicide_rate(tmp_path):
    found = _claims(tmp_path, "El ministerio de Zembla divulgó para 2019 una cifra de 27 muertes por cada 100.000 "
                              "habitantes.\n")
    assert figure(found, "27").metric == "homicide_rate"


def test_a_source_before_a_figure_is_no_subgroup(tmp_path):
    found = one_article_claims(tmp_path, "According to police, 120 people were killed in Zembla in 2019.\n")
    assert figure(found, "120").metric == "homicides"
    found = _claims(tmp_path / "es", "Según la policía, 120 personas fueron asesinadas en Zembla en 2019.\n")
    assert figure(found, "120").metric == "homicides"


def test_border_apprehensions_are_not_arrests(tmp_path):
    found = _claims(tmp_path, "El total de indocumentados detenidos en la frontera de Zembla venía a la baja: pasó "
                              "de 900.000 en 2005 a 300.000 en 2011.\n")
    assert figure(found, "300.000").metric is None
    found = _claims(tmp_path / "b", "La policía de Zembla detuvo a 300 pandilleros en 2011.\n")
    assert figure(found, "300").metric == "arrests"


def test_children_sent_home_are_no_apprehensions_of_unaccompanied_minors(tmp_path):
    found = _claims(tmp_path, "En 2021, 3.148 niños zemblanos no acompañados fueron devueltos desde Ruritania.\n")
    assert figure(found, "3.148").metric is None
    found = _claims(tmp_path, "En 2021, Ruritania aprehendió a 3.148 niños zemblanos no acompañados.\n")
    assert figure(found, "3.148").metric == "unaccompanied_minors"
