"""Issue 16: Spanish figures whose counted noun is left out or carried by the sentence. A tally
("hubo 240"), a body's figure in a gapped list ("y el Instituto Forense, 88"), points of a rate, a
part of a whole a demonstrative names, a rise of the figure in focus and an average that goes on
with the average in focus take the metric in focus, on the discourse basis; the words are the
Spanish pack's (``series_tallies``, ``index_points``, ``whole_determiners``, ``differences``)."""
from __future__ import annotations

from conftest import figure, one_article_claims
from conftest import spanish_claims as _claims


def test_a_tally_goes_on_with_the_metric_in_focus(tmp_path):
    found = _claims(tmp_path, "En junio de 2019 hubo 310 homicidios en Zembla. Un año antes, ese mes había cerrado "
                              "con 280; en junio de 2017 hubo 240.\n")
    for words in ("280", "240"):
        claim = figure(found, words)
        assert claim.metric == "homicides", words
        assert claim.evidence("metric").basis == "discourse"
    assert figure(found, "240").time.start == "2017-06-01"


def test_a_tally_far_from_the_metric_in_focus_takes_none(tmp_path):
    found = _claims(tmp_path, "En junio de 2019 hubo 310 homicidios en Zembla.\n\nLa feria abrió en mayo. "
                              "Llegaron turistas de todo el país. En la inauguración hubo 240.\n")
    assert figure(found, "310").metric == "homicides"
    assert figure(found, "240").metric is None


def test_a_tally_with_a_noun_of_its_own_is_not_carried(tmp_path):
    found = _claims(tmp_path, "En 2019 hubo 310 homicidios en Zembla; hubo 45 masacres.\n")
    assert figure(found, "45").metric is None


def test_a_body_in_a_gapped_list_is_no_age(tmp_path):
    found = _claims(tmp_path, "En 2019 hubo 3.100 homicidios en Zembla. Para mayo, la Fiscalía contó 95 y el "
                              "Instituto Forense, 88.\n")
    for words in ("95", "88"):
        assert figure(found, words).metric == "homicides", words


def test_a_person_named_before_a_figure_still_has_an_age(tmp_path):
    found = _claims(tmp_path, "En 2019 hubo 3.100 homicidios en Zembla, dijo ayer Juan Pérez, 64, director "
                              "de la Policía.\n")
    assert not [c for c in found if c.kind == "quantity" and c.text == "64" and c.metric]


def test_points_of_a_rate_state_its_change(tmp_path):
    found = _claims(tmp_path, "La tasa de homicidios de Zembla fue de 40,1 por cada 100.000 habitantes en 2021 y "
                              "de 36,4 en 2022: una baja de 3,7 puntos.\n")
    claim = figure(found, "3,7 puntos")
    assert (claim.metric, claim.unit, claim.change) == ("homicide_rate", "per 100000", "down")


def test_points_after_a_change_verb_and_in_a_list_of_changes(tmp_path):
    found = _claims(tmp_path, "Zembla cerró 2016 con una tasa de 60,2 homicidios por cada 100.000 habitantes. "
                              "La tasa bajó en 2017 y 2018, aunque en 2019 volvió a subir, 4,1 y 2,2 puntos "
                              "respectivamente.\n")
    for words in ("4,1", "2,2"):
        claim = figure(found, words)
        assert (claim.metric, claim.change) == ("homicide_rate", "up"), words


def test_points_between_two_accounts_are_no_change_of_the_rate(tmp_path):
    found = _claims(tmp_path, "La tasa de homicidios de Zembla fue de 36,4 por cada 100.000 habitantes en 2022. "
                              "Esa cifra supera en unos cinco puntos a la que divulgó el Gobierno.\n\n"
                              "Cinco puntos de diferencia\n")
    assert all(c.metric is None for c in found if c.kind == "quantity" and "inco" in c.text)


def test_a_rates_value_after_a_colon_is_no_index_level(tmp_path):
    found = _claims(tmp_path, "En 2017 Zembla registró 44,6 homicidios por cada 100.000 residentes. En 2018 hubo "
                              "427 homicidios menos que el año anterior, cuando el observatorio contabilizó 2.795 "
                              "víctimas y una tasa de 40,1: una baja de 4,5 puntos.\n")
    claim = figure(found, "40,1")
    assert (claim.metric, claim.unit, claim.noun) == ("homicide_rate", "per 100000", None)
    assert claim.time.start == figure(found, "2.795").time.start == "2017-01-01"  # the when clause's, both


def test_a_peak_with_con_is_on_the_rates_scale(tmp_path):
    found = _claims(tmp_path, "En 2020 Zembla registró 9,6 homicidios por cada 100.000 habitantes. La tasa subió "
                              "de 2003 a 2012, año en que tocó techo con 33,8.\n")
    assert figure(found, "33,8").metric == "homicide_rate"


def test_a_part_of_a_whole_a_demonstrative_names(tmp_path):
    found = _claims(tmp_path, "Zembla cerró 2022 con 634 asesinatos. Conviene recordar que 71 de esos 634 "
                              "asesinatos ocurrieron en un solo fin de semana.\n")
    assert figure(found, "71").metric == "homicides"


def test_supera_en_un_states_a_rise_of_the_figure(tmp_path):
    found = _claims(tmp_path, "Zembla deportó a 83.412 personas en 2019. La cifra supera en un 27,6 % a los "
                              "65.370 deportados de 2018.\n")
    claim = figure(found, "27,6")
    assert (claim.metric, claim.change) == ("deportations", "up")


def test_an_average_goes_on_with_the_average_in_focus(tmp_path):
    found = _claims(tmp_path, "Cuando Zembla firmó la tregua se registraban al menos 11 muertes violentas al "
                              "día; en los meses siguientes la media bajó a tres.\n")
    claim = figure(found, "tres")
    assert (claim.metric, claim.unit) == ("homicides", "count / day")


def test_an_english_tally_goes_on_with_the_metric_in_focus(tmp_path):
    found = one_article_claims(tmp_path, "Zembla recorded 467 homicides in July 2019. In July 2018 there were 351.\n")
    claim = figure(found, "351")
    assert claim.metric == "homicides"
    assert claim.evidence("metric").basis == "discourse"


def test_a_tally_participle_is_no_counted_noun(tmp_path):
    found = _claims(tmp_path, "Hasta el lunes, la Policía de Zembla contabilizaba 81 asesinatos, nueve más que los "
                              "72 anotados por los forenses.\n")
    claim = figure(found, "72")
    assert (claim.noun, claim.metric) == ("asesinato", "homicides")


def test_a_count_whose_share_follows_is_no_percent(tmp_path):
    found = _claims(tmp_path, "Zembla cerró 2021 con 500 homicidios: 300, el 60 %, en el primer semestre y 200, "
                              "el 40 %, en el segundo.\n")
    claim = figure(found, "200")
    assert (claim.unit, claim.metric) == ("count", "homicides")


def test_a_multiple_of_a_quantity_is_no_count(tmp_path):
    found = _claims(tmp_path, "Zembla tuvo 97 asesinatos, más de doce veces el límite de 8.\n")
    assert figure(found, "doce veces").metric is None
    english = one_article_claims(tmp_path / "en", "Zembla had 97 murders, more than twelve times the limit.\n")
    assert figure(english, "twelve times").metric is None


def test_a_habit_of_the_change_before_until_is_no_average_of_the_level_reached(tmp_path):
    found = _claims(tmp_path, "Zembla tuvo una tasa de 68 homicidios por cada 100.000 residentes en 2009. Desde "
                              "entonces su tasa bajó cada año hasta quedar en 46 en 2013.\n")
    claim = figure(found, "46")
    assert (claim.metric, claim.unit) == ("homicide_rate", "per 100000")
    assert claim.time.start == "2013-01-01"


def test_a_habit_right_before_up_to_a_figure_still_makes_an_average():
    from checker.binding import average

    text = "Cada año hasta 300 personas cruzan la frontera de Zembla."
    assert average.per(text, text.index("300"), text.index("300") + 3, "es") == "year"
    text = "La cifra subió cada mes hasta llegar a 300."
    assert average.per(text, text.index("300"), text.index("300") + 3, "es") is None


def test_a_figure_after_con_goes_on_with_the_series_and_the_year_named_before_it(tmp_path):
    """", con N" after a clause about the series in focus is one of its figures; "del año" in a part
    of the year is the year its clause named ("solo en 2016 ... los primeros ocho meses del año")."""
    found = _claims(tmp_path, "De enero a agosto de 2019, Zembla deportó a 81.205 personas, más que los 58.003 del "
                              "mismo lapso de 2018. Solo en 2016 la cuenta fue mayor durante los primeros ocho meses del "
                              "año, con 88.412.\n")
    claim = figure(found, "88.412")
    assert claim.metric == "deportations"
    assert (claim.time.start, claim.time.end) == ("2016-01-01", "2016-08-31")


def test_a_part_of_the_year_with_no_year_before_it_stays_the_publication_year(tmp_path):
    found = _claims(tmp_path, "En los primeros ocho meses del año, Zembla registró 412 homicidios.\n")
    claim = figure(found, "412")
    assert (claim.time.start, claim.time.end) == ("2020-01-01", "2020-08-31")


def test_a_figure_that_goes_on_with_the_series_keeps_it_in_focus(tmp_path):
    """A count that took the series in focus by its own noun keeps the text on that series: a total two
    sentences after it still goes on with it, though the figure that named it is further back."""
    found = _claims(tmp_path, "Al menos 41.000 menores no acompañados han sido detenidos en Zembla desde octubre. "
                              "Las cuentas cubren 2,5 millones de viajeros.\n\nUn obispo lamentó que más de 41 mil "
                              "niños hayan cruzado solos en once meses. Según la policía, el total llegará a 80 mil "
                              "en diciembre.\n")
    assert figure(found, "41 mil").metric == "unaccompanied_minors"
    assert figure(found, "80 mil").metric == "unaccompanied_minors"
