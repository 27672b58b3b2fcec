"""A figure's period in Spanish and in English: what "the same year" points back at, running counts
to a date, a year that is a sentence's subject, and comparison bases (binding.time_scope, binding.period)."""
from __future__ import annotations

import pytest

from tests.conftest import language_claims as claims
from tests.conftest import period


@pytest.mark.parametrize("language, text", [
    ("en", "Zembla had 431 homicides in 2016. A year earlier, its capital had 525 killings. Another count "
           "gave 443 homicides for the same year."),
    ("es", "Zembla tuvo 431 homicidios en 2016. Un año antes, su capital había sumado 525 asesinatos. Otro "
           "conteo llegó a 443 homicidios en el mismo año."),
])
def test_the_same_year_is_the_statements_year_not_the_year_a_shift_named(tmp_path, language, text):
    found = claims(tmp_path, text, language)
    assert period(found, "525") == ("2015-01-01", "2015-12-31")
    assert period(found, "443") == ("2016-01-01", "2016-12-31")


def test_the_same_year_right_after_a_named_year_is_that_year(tmp_path):
    found = claims(tmp_path, "Zembla tuvo 431 homicidios en 2016. En 2015 había sumado 525 asesinatos. Otro "
                             "conteo llegó a 530 homicidios en el mismo año.", "es")
    assert period(found, "530") == ("2015-01-01", "2015-12-31")


@pytest.mark.parametrize("language, text, words", [
    ("en", "Zembla had 431 homicides in 2014. Since then, police have counted 900 more killings.", "900"),
    ("es", "Zembla tuvo 431 homicidios en 2014. Desde entonces, la policía ha contado 900 asesinatos más.", "900"),
])
def test_since_then_runs_from_the_time_in_focus_to_publication(tmp_path, language, text, words):
    found = claims(tmp_path, text, language)
    assert period(found, words) == ("2014-01-01", "2017-02-13")


def test_a_running_count_as_of_a_date_runs_from_the_start_of_its_year(tmp_path):
    found = claims(tmp_path, "La policía de Ruritania llevaba 2.917 asesinatos al 11 de agosto, unos 13 diarios.",
                   "es", published="2015-08-19")
    assert period(found, "2.917") == ("2015-01-01", "2015-08-11")
    assert period(found, "13 diarios") == ("2015-01-01", "2015-08-11")


def test_a_fronted_until_opens_the_main_clause_and_caps_so_far_this_month(tmp_path):
    found = claims(tmp_path, "Hasta el lunes, la policía de Zembla contabilizaba 58 asesinatos en lo que va de mes.",
                   "es", published="2015-01-07")
    assert period(found, "58") == ("2015-01-01", "2015-01-05")


@pytest.mark.parametrize("language, text", [
    ("en", "In the minister's chart, in 2017, when Zembla still topped 2,000 killings a year, there were 2,481 "
           "homicides; 2018 closed with 1,937 homicides."),
    ("es", "Según la gráfica, en 2017, cuando Zembla todavía superaba los 2.000 homicidios anuales, hubo 2.481 "
           "homicidios; 2018 terminó con 1.937 homicidios."),
])
def test_a_time_in_another_clause_with_its_own_figure_dates_that_figure(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2023-04-20")
    assert period(found, "2,481" if language == "en" else "2.481") == ("2017-01-01", "2017-12-31")


@pytest.mark.parametrize("language, text, words", [
    ("en", "Zembla closed 2023 with 47.3 homicides per 100,000 people, according to a report presented on "
           "Tuesday.", "47.3"),
    ("es", "Zembla terminó 2023 con 47,3 homicidios por cada 100.000 habitantes, de acuerdo con un informe que el "
           "observatorio presentó este martes.", "47,3"),
])
def test_the_period_a_figure_closed_is_its_own_before_a_later_date(tmp_path, language, text, words):
    found = claims(tmp_path, text, language, published="2024-09-12")
    assert period(found, words) == ("2023-01-01", "2023-12-31")


def test_a_comparison_with_a_figure_is_no_closing_count(tmp_path):
    found = claims(tmp_path, "Zembla deported 10,700 people between January and December 2014, compared with "
                             "7,300 in all of 2013.", "en", published="2015-01-10")
    assert period(found, "7,300") == ("2013-01-01", "2013-12-31")


@pytest.mark.parametrize("language, text, words", [
    ("en", "In 2023 Zembla had 427 fewer homicides than the year before, when its bulletin counted 2,795 victims.",
     "2,795"),
    ("es", "En 2023 Zembla tuvo 427 homicidios menos que el año anterior, cuando su boletín contabilizó 2.795 "
           "víctimas.", "2.795"),
])
def test_a_when_clause_after_a_comparisons_base_takes_the_base_period(tmp_path, language, text, words):
    found = claims(tmp_path, text, language, published="2024-09-12")
    assert period(found, words) == ("2022-01-01", "2022-12-31")
    assert period(found, "427") == ("2023-01-01", "2023-12-31")


def test_a_forecast_noun_is_no_future_tense_and_projects_the_whole_year(tmp_path):
    found = claims(tmp_path, "El estudio abarca los primeros meses de 2024: hasta junio, la tasa de Zembla fue de "
                             "11,3 por cada 100.000 habitantes, inferior a la proyección de 19,8 para todo este año.",
                   "es", published="2024-09-10")
    assert period(found, "11,3") == ("2024-01-01", "2024-06-30")
    assert period(found, "19,8") == ("2024-01-01", "2024-12-31")


def test_a_participle_aside_dates_the_fiscal_years_end_not_the_figures(tmp_path):
    found = claims(tmp_path, "La oficina dijo que en el año fiscal 2018, cerrado el 30 de septiembre, deportó "
                             "a 4.850 personas a Zembla.", "es", published="2018-12-11")
    assert period(found, "4.850") == ("2017-10-01", "2018-09-30")


def test_months_that_closed_with_their_counts_in_a_spanish_list(tmp_path):
    found = claims(tmp_path, "En Zembla, enero había terminado con 85 homicidios y febrero con 79.", "es",
                   published="2022-03-28")
    assert period(found, "85") == ("2022-01-01", "2022-01-31")
    assert period(found, "79") == ("2022-02-01", "2022-02-28")


@pytest.mark.parametrize("language, text, first, second", [
    ("en", "In Zembla City, killings went from 186 in 2015 to 213 in 2016.", "186", "213"),
    ("es", "En la ciudad de Zembla, los asesinatos pasaron de 186 en 2015 a 213 en 2016.", "186", "213"),
    ("en", "\"We go from 186 killings in 2015 to 213 in 2016,\" the mayor of Zembla City said.", "186", "213"),
    ("es", "\"Pasamos de 186 homicidios en 2015 a 213 en 2016\", dijo el alcalde de la ciudad de Zembla.", "186", "213"),
])
def test_a_change_of_either_direction_splits_into_its_two_years(tmp_path, language, text, first, second):
    found = claims(tmp_path, text, language)
    assert period(found, first) == ("2015-01-01", "2015-12-31")
    assert period(found, second) == ("2016-01-01", "2016-12-31")


@pytest.mark.parametrize("language, text, words", [
    ("en", "Zembla closed 2022 with 634 homicides.\n\nAt least 71 of those 634 homicides happened on the weekend "
           "of March 18 to 20.", "634 homicides happened"),
    ("es", "Zembla cerró 2022 con 634 homicidios.\n\nAl menos 71 de esos 634 homicidios ocurrieron en el fin de "
           "semana del 18 al 20 de marzo.", "634 homicidios ocurrieron"),
])
def test_a_figure_named_again_after_a_demonstrative_keeps_its_period(tmp_path, language, text, words):
    found = claims(tmp_path, text, language, published="2023-01-03")
    [again] = [c for c in found if c.kind == "quantity" and c.text.startswith("634") and c.line > 1
               and c.sentence.startswith(("At", "Al"))]
    assert (again.time.start, again.time.end) == ("2022-01-01", "2022-12-31")


def test_the_year_of_a_figures_noun_is_the_year_in_focus(tmp_path):
    found = claims(tmp_path, "El mes más tranquilo de Zembla en 2022 fue noviembre, con solo 19 homicidios, lo "
                             "que dejó el promedio diario del año en 1,8.", "es", published="2023-01-03")
    assert period(found, "19") == ("2022-11-01", "2022-11-30")
    assert period(found, "1,8") == ("2022-01-01", "2022-12-31")


def test_a_superlative_of_the_year_after_a_figure_does_not_date_it(tmp_path):
    found = claims(tmp_path, "En Zembla, el domingo 9 de agosto dejó 33 asesinatos, la jornada más sangrienta del "
                             "año.", "es", published="2015-08-19")
    assert period(found, "33") == ("2015-08-09", "2015-08-09")


def test_so_far_in_a_month_until_a_day_runs_from_the_months_start(tmp_path):
    found = claims(tmp_path, "En Zembla, en lo que iba de marzo, hasta el viernes, ya se acumulaban al menos 74 "
                             "homicidios.", "es", published="2022-03-28")
    assert period(found, "74") == ("2022-03-01", "2022-03-25")


def test_a_difference_against_a_base_year_after_several_years_named_is_the_articles_year(tmp_path):
    found = claims(tmp_path, "Zembla contabilizó 4.715 asesinatos en 2016.\n\nSu capital vuelve a encabezar la "
                             "lista, como en 2013 y 2015. Aun así, sumó 38 homicidios menos que en 2015.", "es")
    assert period(found, "38") == ("2016-01-01", "2016-12-31")


@pytest.mark.parametrize("language, text, words", [  # English reads no "Saturday the 26th"
    ("es", "En Zembla, 71 personas fueron asesinadas en el fin de semana del 18 al 20 de marzo. Solo el sábado 19 "
           "fueron asesinadas 44 personas.", "44"),
])
def test_a_weekday_and_day_with_no_month_falls_in_the_month_in_focus(tmp_path, language, text, words):
    found = claims(tmp_path, text, language, published="2023-01-03")
    assert period(found, words) == ("2022-03-19", "2022-03-19")


@pytest.mark.parametrize("text, published, want", [
    # no Monday the 10th within weeks of publication: read in the month in focus (May 2021)
    ("La asamblea de Zembla votó la ley el 12 de mayo de 2021, tras unas protestas que dejaron 41 heridos en "
     "tres días, 17 de ellos el lunes 10.", "2024-04-03", ("2021-05-10", "2021-05-10")),
    # May 13, 2021 was a Thursday: not that day, so left as the words alone say (unresolved)
    ("La asamblea de Zembla votó la ley el 12 de mayo de 2021, tras unas protestas que dejaron 41 heridos en "
     "tres días, 17 de ellos el lunes 13.", "2024-04-03", (None, None)),
])
def test_a_weekday_and_day_unknown_near_publication_is_read_in_the_month_in_focus(tmp_path, text, published, want):
    assert period(claims(tmp_path, text, "es", published=published), "17") == want


@pytest.mark.parametrize("text, words, want", [
    # the month the sentence named: its days, a range, and the day numbers are no figures
    ("El puente de Zembla cayó el 9 de mayo de 2016, tras unas lluvias que dejaron 12 heridos entre el 4 y el 6 "
     "de ese mes.", "12", ("2016-05-04", "2016-05-06")),
    # the month in focus of an earlier sentence
    ("El 3 de junio de 2020 Zembla contó 5 heridos. El 9 del mismo mes sumó otros 7 heridos.", "7",
     ("2020-06-09", "2020-06-09")),
    # no month named before: left as the words alone say
    ("Zembla sumó 7 heridos el 9 de ese mes.", "7", (None, None)),
])
def test_days_of_that_month_are_days_of_the_month_named_before(tmp_path, text, words, want):
    found = claims(tmp_path, text, "es", published="2019-06-30")
    assert period(found, words) == want
    assert not [c for c in found if c.kind == "quantity" and c.text.strip() in ("4", "6", "9")]


def test_a_count_at_the_close_of_a_day_runs_to_that_day(tmp_path):
    found = claims(tmp_path, "Al cierre del martes, la policía de Zembla sumaba 41 robos desde el 1 de marzo y el "
                             "juzgado, 38.", "es", published="2021-03-04")
    assert period(found, "41") == ("2021-03-01", "2021-03-02")
    assert period(found, "38") == ("2021-03-01", "2021-03-02")


def test_that_was_the_worst_year_after_a_day_is_that_days_year(tmp_path):
    found = claims(tmp_path, "No se recordaba una jornada así desde el 14 de julio de 2015, cuando Zembla contó "
                             "47 asesinatos. Aquel fue el peor año de su historia: cerró con 5.913 homicidios.", "es",
                   published="2022-03-28")
    assert period(found, "5.913") == ("2015-01-01", "2015-12-31")


def test_an_apposition_naming_the_years_unit_holds_that_years_figure(tmp_path):
    found = claims(tmp_path, "Zembla cerró 2017 con 4.920 homicidios, un 20,4 % menos que en 2016, año que según "
                             "señaló el 9 de enero el director policial, Juan Pérez, terminó con 6.180 muertes "
                             "violentas.", "es")
    assert period(found, "6.180") == ("2016-01-01", "2016-12-31")


@pytest.mark.parametrize("language, text", [
    ("es", "Entre mayo y julio de 2018, la Policía de Zembla registró 250 homicidios. En agosto, contó otros 310 "
           "homicidios."),
    ("en", "Between May and July 2018, the Zembla police logged 250 homicides. In August, they counted another "
           "310 homicides."),
])
def test_a_month_alone_after_months_of_an_earlier_year_is_that_years(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2021-05-04")
    assert period(found, "310") == ("2018-08-01", "2018-08-31")


@pytest.mark.parametrize("language, text", [
    # a whole year in focus is no thread of months: the month alone is the latest before publication
    ("es", "Zembla tuvo 431 homicidios en 2018. En septiembre, la Policía contó 310 homicidios."),
    ("en", "Zembla had 431 homicides in 2018. In September, the police counted 310 homicides."),
])
def test_a_month_alone_after_a_whole_year_stays_the_latest(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2021-05-04")
    assert period(found, "310") == ("2020-09-01", "2020-09-30")


def test_a_year_named_as_a_likeness_keeps_the_time_in_focus(tmp_path):
    # "como en 2014" compares: the next paragraph's figures still count the year in focus
    found = claims(tmp_path, "Zembla registró 812 homicidios en 2016.\n\nLund sigue al frente, como en 2013. Allí "
                             "hubo 61 asesinatos.", "es")
    assert period(found, "61") == ("2016-01-01", "2016-12-31")


def test_that_year_in_a_when_clause_is_the_clauses_year(tmp_path):
    found = claims(tmp_path, "Lund tuvo 61 asesinatos en 2016, 12 menos que en 2015, cuando la policía contó 73 y "
                             "calculó una tasa de 240 homicidios por cada 100.000 habitantes para ese año.", "es")
    assert period(found, "240") == ("2015-01-01", "2015-12-31")


def test_a_count_since_a_date_closed_by_a_fronted_day_runs_through_that_day(tmp_path):
    found = claims(tmp_path, "Al cierre del martes, la Policía de Zembla contaba 392 robos desde el 1 de enero.",
                   "es", published="2015-01-08")
    assert period(found, "392") == ("2015-01-01", "2015-01-06")


def test_a_count_since_a_date_said_on_a_later_day_runs_to_publication(tmp_path):
    found = claims(tmp_path, "La Policía de Zembla contaba 392 robos desde el 1 de enero, según dijo el martes.",
                   "es", published="2015-01-08")
    assert period(found, "392") == ("2015-01-01", "2015-01-08")


@pytest.mark.parametrize("language, text", [
    ("en", "Zembla police counted 40 homicides on Friday, March 12.\n\nThe government declared an emergency.\n\n"
           "Critics spoke of abuses.\n\nThe minister hailed a rate of 6.3 homicides per 100,000 inhabitants, "
           "against 15.9 in 2020."),
    ("es", "La policía de Zembla contó 40 homicidios el viernes 12 de marzo.\n\nEl Gobierno declaró una emergencia."
           "\n\nLos críticos hablaron de abusos.\n\nEl ministro celebró una tasa de 6,3 homicidios por cada 100.000 "
           "residentes, frente a 15,9 en 2020."),
])
def test_a_figure_set_only_against_a_years_takes_the_whole_year_of_a_day_in_focus(tmp_path, language, text):
    found = claims(tmp_path, text, language, published="2021-12-20")
    assert period(found, "6") == ("2021-01-01", "2021-12-31")


def test_a_count_at_the_close_of_a_month_runs_from_the_start_of_its_year(tmp_path):
    found = claims(tmp_path, "Al cierre de agosto de 2018, la Policía de Ruritania contaba 4.400 homicidios.", "es",
                   published="2020-01-20")
    assert period(found, "4.400") == ("2018-01-01", "2018-08-31")


def test_a_count_in_a_month_is_that_months(tmp_path):
    found = claims(tmp_path, "En noviembre de 2018 la Policía de Ruritania contó 120 homicidios.", "es",
                   published="2020-01-20")
    assert period(found, "120") == ("2018-11-01", "2018-11-30")


def test_days_of_a_month_named_right_after_it_date_the_count(tmp_path):
    found = claims(tmp_path, "Entre mayo y julio de 2018, la Policía de Zembla registró 250 homicidios. En agosto, "
                             "del día 1 al 20, contó otros 310 homicidios.", "es", published="2021-05-04")
    assert period(found, "310") == ("2018-08-01", "2018-08-20")


@pytest.mark.parametrize("language, text, first, second", [
    ("es", "En 2015 y en 2018 la tasa de homicidios de Zembla creció 4,2 y 1,9 puntos, respectivamente.", "4,2",
     "1,9"),
    ("en", "In 2015 and in 2018 Zembla's murder rate grew by 4.2 and 1.9 points, respectively.", "4.2", "1.9"),
])
def test_figures_respectively_of_coordinated_years_take_one_year_each(tmp_path, language, text, first, second):
    found = claims(tmp_path, text, language, published="2020-03-01")
    assert period(found, first) == ("2015-01-01", "2015-12-31")
    assert period(found, second) == ("2018-01-01", "2018-12-31")


def test_coordinated_figures_without_respectively_share_their_time(tmp_path):
    found = claims(tmp_path, "En 2015 y en 2018 Zembla registró 420 y 190 homicidios.", "es", published="2020-03-01")
    assert period(found, "420") == period(found, "190")


def test_a_count_at_the_close_of_a_day_is_that_days(tmp_path):
    found = claims(tmp_path, "Al cierre del viernes, la Policía de Zembla contaba 45 homicidios.", "es",
                   published="2021-09-01")
    assert period(found, "45") == ("2021-08-27", "2021-08-27")


def test_the_year_a_projection_closes_is_the_year_in_focus(tmp_path):
    found = claims(tmp_path, "Hasta el 10 de noviembre, Zembla había deportado a 8.100 personas. Con las llegadas "
                             "previstas, el año terminaría por encima de las 9.000 deportaciones.", "es",
                   published="2019-11-20")
    assert period(found, "9.000") == ("2019-01-01", "2019-12-31")


def test_a_count_since_the_regime_was_decreed_runs_from_the_articles_date_of_it(tmp_path):
    found = claims(tmp_path, "La Asamblea de Zembla aprobó el régimen de excepción el 2 de mayo de 2016.\n\n"
                             "Al menos 70 reos han muerto bajo custodia del Estado desde que se decretó el régimen.\n",
                   "es")
    assert period(found, "70 reos") == ("2016-05-02", "2017-02-13")


@pytest.mark.parametrize("language, text, words", [
    ("en", "Killings in Zembla City fell from 6,120 to 410.", "6,120"),
    ("es", "Los asesinatos en la ciudad de Zembla bajaron de 6.120 a 410.", "6.120"),
])
def test_a_change_by_its_two_ends_no_year_dates_is_not_compared(tmp_path, language, text, words):
    found = claims(tmp_path, text, language, published="2024-02-01")
    [change] = [c for c in found if c.kind == "quantity" and c.text.startswith(words)]
    assert change.time.basis == "unresolved"


@pytest.mark.parametrize("language, text, change, base", [
    ("es", "Los zemblanos enviaron 4.210 millones de dólares en remesas durante 2019, informó este martes el banco "
           "central, un alza del 12,5% frente a los 3.742 millones del año anterior.", "12,5%", "3.742"),
    ("en", "Zemblans sent $4.21 billion home during 2019, said the central bank on Tuesday, an increase of 12.5% "
           "from the $3.74 billion of the year before.", "12.5%", "$3.74 billion"),
])
def test_a_sayings_day_set_off_by_commas_dates_no_figure_after_it(tmp_path, language, text, change, base):
    found = claims(tmp_path, text, language)
    assert [period(found, words) for words in (change, base)] == [("2019-01-01", "2019-12-31"),
                                                                  ("2018-01-01", "2018-12-31")]


@pytest.mark.parametrize("language, text, words", [
    ("es", "En Estados Unidos, la CBP informa que en lo que va del año fiscal 2020, hasta abril, fueron detenidos "
           "9.310 menores no acompañados zemblanos.", "9.310"),
    ("es", "En Estados Unidos, mientras tanto, la agencia fronteriza reporta que en lo que va del año fiscal 2020, hasta "
           "abril, fueron detenidos 9.310 menores no acompañados zemblanos.", "9.310"),
    ("en", "In the United States, the agency says that so far in fiscal 2020, through April, agents detained 9,310 "
           "unaccompanied Zemblan minors.", "9,310"),
])
def test_a_fiscal_year_so_far_after_a_fronted_place_runs_to_its_stated_month(tmp_path, language, text, words):
    assert period(claims(tmp_path, text, language, "2020-06-15"), words) == ("2019-10-01", "2020-04-30")
