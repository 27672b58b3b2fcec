"""Events an article states twice, once without a date (binding.event_dates): the undated statement
takes the one date the article gives its kind and place, or is left out; an anaphor ("el decreto")
states the event only where the article names its object too."""
from __future__ import annotations

from tests.conftest import one_article_claims


def _events(tmp_path, text: str, language: str = "es"):
    return [(c.text, c.time.start, c.time.end) for c in one_article_claims(tmp_path, text, language=language)
            if c.kind == "event" and c.metric == "emergency_declared"]


def test_an_undated_statement_takes_the_articles_one_date_of_the_event(tmp_path):
    found = _events(tmp_path, "El 2 de mayo de 2019 cerró con 40 muertos en Zembla, y la Asamblea aprobó horas "
                              "después un estado de excepción.\n\nEn una sesión que terminó el 3 de mayo de 2019, "
                              "los diputados aprobaron el decreto.")
    assert found == [("aprobó horas después un estado de excepción", "2019-05-03", "2019-05-03"),
                     ("aprobaron el decreto", "2019-05-03", "2019-05-03")]


def test_an_undated_statement_with_two_dates_in_the_article_is_left_out(tmp_path):
    found = _events(tmp_path, "El 2 de mayo de 2019 cerró con 40 muertos en Zembla, y la Asamblea aprobó horas "
                              "después un estado de excepción.\n\nEl gobierno decretó un estado de excepción el 3 de "
                              "mayo de 2019.\n\nEl 9 de junio de 2020 el gobierno decretó otro estado de excepción.")
    assert found == [("decretó un estado de excepción", "2019-05-03", "2019-05-03"),
                     ("decretó otro estado de excepción", "2020-06-09", "2020-06-09")]


def test_an_undated_event_that_marks_a_time_is_left_out(tmp_path):
    found = _events(tmp_path, "El gobierno de Zembla decretó el estado de excepción el 3 de mayo de 2019.\n\n"
                              "En mayo de 2018 hubo 40 homicidios; muchos más hubo antes de que se decretara el "
                              "estado de excepción.")
    assert found == [("decretó el estado de excepción", "2019-05-03", "2019-05-03")]


def test_an_anaphor_alone_states_no_event(tmp_path):
    assert _events(tmp_path, "En una sesión que terminó el 3 de mayo de 2019, los diputados de Zembla aprobaron el "
                             "decreto.") == []


def test_an_undated_event_in_english_takes_the_articles_date(tmp_path):
    found = _events(tmp_path, "Zembla had 40 murders on May 2, 2019, and hours later parliament approved a state of "
                              "emergency.\n\nParliament declared the state of emergency on May 3, 2019.", "en")
    assert ("approved a state of emergency", "2019-05-03", "2019-05-03") in found


def test_a_saying_dated_after_the_event_does_not_date_it(tmp_path):
    found = _events(tmp_path, "Lawmakers in Zembla approved a state of exception, the interior ministry said on "
                              "Friday.\n\nThe state of emergency was declared on June 4, 2019.", language="en")
    assert found == [("approved a state of exception", "2019-06-04", "2019-06-04"),
                     ("state of emergency was declared", "2019-06-04", "2019-06-04")]


def test_an_event_announced_at_a_time_is_dated_by_it(tmp_path):
    found = _events(tmp_path, "The government of Zembla announced emergency measures in April.", language="en")
    assert found == [("announced emergency measures", "2019-04-01", "2019-04-30")]


def test_the_emergency_stands_for_its_declaration_but_not_inside_a_longer_object(tmp_path):
    found = _events(tmp_path, "Zembla's parliament granted the emergency powers on June 4, 2019.\n\nThe emergency "
                              "was declared, officials said on Monday.", language="en")
    assert found == [("granted the emergency powers", "2019-06-04", "2019-06-04"),
                     ("The emergency was declared", "2019-06-04", "2019-06-04")]
