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
    assert period(found, "4.210") == ("2021-08-09", "2021-08-09")


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
    ("Hasta el 30 de enero, la policía sumaba 5.200 capturas.", "2018-01-01"),
])
def test_a_count_up_to_a_date_that_refers_back_to_the_event_runs_from_it(tmp_path, sentence, start):
    found = one_article_claims(tmp_path, "El Congreso de Honduras decretó el estado de emergencia el 12 de junio de "
                                         f"2017. {sentence}\n", language="es", published="2018-02-15")
    assert period(found, "5.200") == (start, "2018-01-30")
