"""Counts told under a lasting measure: at an anniversary of it ("en el segundo aniversario del estado
de emergencia"), in an article told at one, and up to a date after a count from its start
(binding.anniversary, binding.running). Invented dates, figures and wording."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period


@pytest.mark.parametrize("language, text, words", [
    ("es", ("Cuando se cumplió el segundo aniversario del estado de emergencia, el 9 de agosto, las autoridades "
            "de Honduras sumaban 4.210 arrestos.\n"), "4.210"),
    ("en", "On the second anniversary of the crackdown, on August 9, police in Honduras reported 4,210 arrests.\n",
     "4,210"),
])
def test_a_count_on_an_anniversary_runs_from_the_start_that_many_years_before(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2021-09-01")
    assert period(found, words) == ("2019-08-09", "2021-08-09")


def test_years_of_something_that_is_no_event_date_nothing(tmp_path):
    found = one_article_claims(tmp_path, "Tras dos años de cárcel, el 9 de agosto, un exreo contó que la policía "
                                         "de Honduras sumaba 4.210 arrestos.\n", language="es", published="2021-09-01")
    assert period(found, "4.210") == (None, "2021-08-09")  # a total as of that day ("sumaba"), from no event


_TOLD_AT = ("Tras tres años de estado de emergencia, un observatorio de Honduras afirma que 312 reclusos han "
            "fallecido bajo custodia policial.\n\n"
            "En esos tres años la policía detuvo a unas 9.400 personas en Honduras.\n\n"
            "El ministerio, por su parte, reconoce más de 9.000 detenciones.\n\n"
            "El Congreso de Honduras decretó el estado de emergencia el 12 de junio de 2017.\n")


def test_an_article_told_at_an_anniversary_counts_its_running_totals_from_the_event(tmp_path):
    found = one_article_claims(tmp_path, _TOLD_AT, language="es", published="2020-06-20")
    for words in ("312", "9.400", "9.000"):
        assert period(found, words) == ("2017-06-12", "2020-06-20"), words


def test_an_anniversary_far_from_publication_gives_no_start(tmp_path):
    found = one_article_claims(tmp_path, _TOLD_AT, language="es", published="2020-12-20")
    assert period(found, "312")[0] is None


@pytest.mark.parametrize("first, count, start", [
    ("Entre el 12 de junio de 2017 y el 31 de diciembre de 2019", "97", "2017-06-12"),  # from the event's start
    ("En 2019", "40", "2020-01-01"),  # a calendar year is no running total
])
def test_a_count_up_to_a_date_after_a_count_from_the_events_start_continues_it(tmp_path, first, count, start):
    found = one_article_claims(tmp_path, "El Congreso de Honduras decretó el estado de emergencia el 12 de junio de "
                                         f"2017.\n\n{first} fallecieron 85 reos bajo custodia del Estado en Honduras; "
                                         f"hasta el 15 de junio de 2020 se contaban {count}.\n",
                               language="es", published="2020-06-20")
    assert period(found, count) == (start, "2020-06-15")


@pytest.mark.parametrize("sentence, start", [
    ("Hasta el 30 de enero, la medida sumaba 5.200 capturas.", "2017-06-12"),  # refers back to the event
    ("Hasta el 30 de enero, la policía sumaba 5.200 capturas.", None),  # a running total as of that day
])
def test_a_count_up_to_a_date_that_refers_back_to_the_event_runs_from_it(tmp_path, sentence, start):
    found = one_article_claims(tmp_path, "El Congreso de Honduras decretó el estado de emergencia el 12 de junio de "
                                         f"2017. {sentence}\n", language="es", published="2018-02-15")
    assert period(found, "5.200") == (start, "2018-01-30")


# An article told at an anniversary that looks back to an earlier one: the age of the measure is no
# count, the figure of the day runs from the event, the earlier figure is of the earlier anniversary.
_TURNED = {
    "en": ("TEGUCIGALPA — The crackdown on gangs in Honduras turned three on Thursday, with some 41,500 people "
           "detained. Two years after the decree, police had reported 33,200 arrests.\n", "41,500", "33,200", "three"),
    "es": ("TEGUCIGALPA — El estado de excepción de Honduras cumplió tres años el jueves, con unas 41.500 personas "
           "detenidas. Dos años después del decreto, la policía había informado de 33.200 capturas.\n",
           "41.500", "33.200", "tres"),
}


@pytest.mark.parametrize("language", sorted(_TURNED))
def test_an_age_of_the_measure_dates_its_start_and_an_earlier_anniversary_its_own(tmp_path, language):
    text, now, then, age = _TURNED[language]
    found = one_article_claims(tmp_path, text, language=language, published="2021-05-13")
    assert period(found, now) == ("2018-05-13", "2021-05-13")
    assert period(found, then) == ("2018-05-13", "2020-05-13")
    assert all(c.metric is None for c in found if c.kind == "quantity" and c.text.startswith(age))


def test_one_articles_running_total_told_at_two_anniversaries_is_no_drift(tmp_path):
    import checker

    from tests.conftest import write_dated_corpus
    folder = write_dated_corpus(tmp_path / "c", {"a.txt": ("2021-05-13", _TURNED["en"][0])})
    assert [f for f in checker.check([folder]).findings if f.kind != "agreement"] == []


@pytest.mark.parametrize("language, text, words", [
    ("en", "By March 4, arrests in Honduras totaled 39,800, the ministry said.\n", "39,800"),
    ("es", "Para el 4 de marzo, las capturas en Honduras sumaban 39.800, según el ministerio.\n", "39.800"),
    ("es", "El 4 de marzo, las detenciones en Honduras ascendían a 39.800.\n", "39.800"),
])
def test_a_total_told_at_a_day_is_as_of_that_day_not_a_count_of_it(tmp_path, language, text, words):
    found = one_article_claims(tmp_path, text, language=language, published="2021-05-13")
    assert period(found, words) == (None, "2021-03-04")


@pytest.mark.parametrize("published", ["2021-03-27", "2022-06-01"])
def test_the_first_years_of_an_event_its_relative_clause_dates_run_from_it_that_many_years(tmp_path, published):
    found = one_article_claims(tmp_path, "A rights group said 180 people died in state custody in the first two years "
                                         "of Honduras's state of emergency, which was declared on March 27, 2019.\n",
                               language="en", published=published)
    assert period(found, "180") == ("2019-03-27", "2021-03-27")


def test_since_then_after_the_sentence_that_dates_an_event_counts_from_it(tmp_path):
    found = one_article_claims(tmp_path, "Honduras cerró 2020 con 4.100 homicidios.\n\n"
                                         "Honduras vive bajo un estado de excepción desde que el Congreso lo aprobó el "
                                         "12 de junio de 2019, tras una semana con 60 asesinatos. Desde entonces, más de "
                                         "21.000 presuntos pandilleros han sido detenidos.\n",
                               language="es", published="2021-02-20")
    assert period(found, "21.000") == ("2019-06-12", "2021-02-20")


def test_since_then_after_a_time_of_its_own_sentence_counts_from_that_time(tmp_path):
    found = one_article_claims(tmp_path, "El Congreso de Honduras declaró el estado de excepción el 9 de noviembre de "
                                         "2019.\n\nEn 2016, la policía contabilizó 3.300 homicidios en Honduras, y desde "
                                         "entonces la cifra ha oscilado en torno a los 2.800 por año.\n",
                               language="es", published="2021-02-20")
    assert period(found, "2.800")[0] == "2016-01-01"
