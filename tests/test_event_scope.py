"""What an event's words date and place, and what they do not (binding.event, event_choice,
event_dates): a year inside the object's noun phrase dates the object, not the verb; an event a
"since" or "until" word names marks a time and takes none from before that word; a renewal of a
state of emergency is not its declaration; a national event placed only by a city in focus
happened in the city's country."""
from __future__ import annotations

import pytest

import checker

from tests.conftest import one_article_claims


def _events(tmp_path, text: str, language: str = "en", published: str = "2019-06-10"):
    return sorted((c.metric, c.time.start, c.time.end) for c in
                  one_article_claims(tmp_path, text, language=language, published=published) if c.kind == "event")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kidnappings in Zembla soared after the breakdown of the 2015 ceasefire."),
    ("en", "Kidnappings soared after Zembla's 2015 ceasefire collapsed in 2017."),
    ("es", "Los secuestros en Zembla se dispararon tras la ruptura de la tregua de 2015."),
])
def test_a_year_inside_the_objects_noun_phrase_dates_the_object_not_its_end(tmp_path, language, text):
    found = _events(tmp_path, text, language)
    assert ("truce_reached", "2015-01-01", "2015-12-31") in found
    assert not any(metric == "truce_ended" and start.startswith("2015") for metric, start, _ in found)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Clinics in Zembla treated 820 gunshot victims in 2018, a figure that has grown each year since the "
           "ceasefire collapsed."),
    ("en", "In 2018, extortion in Zembla kept falling until the ceasefire broke down."),
    ("es", "Las clínicas de Zembla atendieron a 820 heridos de bala en 2018, una cifra que ha crecido cada año "
           "desde que se rompió la tregua."),
    ("es", "En 2018 las extorsiones en Zembla bajaron hasta que se rompió la tregua."),
])
def test_an_event_that_marks_a_time_takes_no_time_from_another_clause(tmp_path, language, text):
    assert not any(metric == "truce_ended" for metric, _, _ in _events(tmp_path, text, language))


def test_an_event_that_marks_a_time_keeps_its_own_date(tmp_path):
    found = _events(tmp_path, "In 2018, extortion in Zembla kept falling until the ceasefire collapsed in 2019.")
    assert found == [("truce_ended", "2019-01-01", "2019-12-31")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Zembla's senate approved on Tuesday a 60-day extension of the state of emergency, which President Ana "
           "Villaseñor Ruiz had declared on March 3 to curb extortion."),
    ("es", "El Senado de Zembla aprobó el martes una prórroga de 60 días del estado de excepción, que la presidenta "
           "Ana Villaseñor Ruiz declaró el 3 de marzo contra la extorsión."),
])
def test_a_renewal_of_a_state_of_emergency_is_not_its_declaration(tmp_path, language, text):
    found = _events(tmp_path, text, language, "2019-06-12")
    assert [event for event in found if event[0] == "emergency_declared"] == \
        [("emergency_declared", "2019-03-03", "2019-03-03")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Zembla's cabinet on Tuesday approved the renewal of the state of emergency."),
    ("es", "El gabinete de Zembla aprobó el martes la renovación del estado de excepción."),
    ("es", "El gobierno de Zembla prorroga desde este lunes el estado de excepción."),
])
def test_a_renewal_alone_states_no_declaration(tmp_path, language, text):
    assert not any(metric == "emergency_declared" for metric, _, _ in _events(tmp_path, text, language, "2019-06-12"))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On May 2, 2015, guards moved 40 inmates out of the Choloma jail. The ceasefire collapsed in 2016."),
    ("es", "El 2 de mayo de 2015, los guardias sacaron a 40 reos de la cárcel de Choloma. La tregua se rompió en "
           "2016."),
])
def test_a_national_event_takes_the_country_of_a_city_in_focus(tmp_path, language, text):
    found = [c for c in one_article_claims(tmp_path, text, language=language) if c.metric == "truce_ended"]
    assert [c.subject for c in found] == [("Honduras",)]


def test_a_national_event_its_clause_places_in_a_city_stays_there(tmp_path):
    found = [c for c in one_article_claims(tmp_path, "In Choloma the local ceasefire collapsed in 2016.")
             if c.metric == "truce_ended"]
    assert [c.subject for c in found] == [("Choloma",)]


def test_a_national_event_takes_the_country_of_a_city_well_after_its_words(tmp_path):
    text = ("The ceasefire between the two gangs began in May 2015, after guards moved 40 of their leaders out of "
            "the maximum-security jail in Choloma.")
    found = [c for c in one_article_claims(tmp_path, text) if c.metric == "truce_reached"]
    assert [c.subject for c in found] == [("Honduras",)]


def test_truce_dates_a_month_apart_are_two_accounts_that_disagree(tmp_path):
    for name, text in (("a", "Honduras's two largest gangs agreed a truce in May 2015."),
                       ("b", "The Honduran truce, brokered in June 2015, held for a year.")):
        (tmp_path / f"{name}.md").write_text(f"---\npublished: 2016-08-01\n---\n\n{text}\n", encoding="utf-8")
    kinds = [f.kind for f in checker.check([str(tmp_path)]).findings if f.metric == "truce_reached"]
    assert kinds == ["conflict"]
