"""Spanish time expressions, read with the Spanish pack (lang/es/): dates, relative time and the
words around them, resolved against a publication date. Sentences are our own (Zembla, Ruritania)."""
from __future__ import annotations

import pytest

from checker.corpus.metadata import normalize_published
from checker.timex import calendar_spans, find_times, parse_published
from checker.timex.grammar import for_language, grammar


def _found(text: str, published: str, language: str = "es") -> list[tuple[str, str | None, str | None, str]]:
    return [(t.scope.text, t.scope.start, t.scope.end, t.relation)
            for t in find_times(text, parse_published(published), language)]


@pytest.mark.parametrize("text, published, expected", [
    ("Zembla registró 40 incendios el 6 de enero de 2015.", "2015-02-01",
     [("el 6 de enero de 2015", "2015-01-06", "2015-01-06", "in")]),
    ("Ruritania cerró la frontera el 3 de mayo.", "2016-06-10",
     [("el 3 de mayo", "2016-05-03", "2016-05-03", "in")]),
    ("Los choques del 3 y 4 de mayo dejaron 12 heridos.", "2016-06-10",
     [("del 3 y 4 de mayo", "2016-05-03", "2016-05-04", "range")]),
    ("Las exportaciones de Zembla cayeron en marzo de 2012.", "2013-01",
     [("en marzo de 2012", "2012-03-01", "2012-03-31", "in")]),
    ("Las lluvias de 2013 arrasaron Zembla.", "2014-05",
     [("de 2013", "2013-01-01", "2013-12-31", "in")]),
    ("El presupuesto del año fiscal 2019 creció.", "2019-06",
     [("del año fiscal 2019", "2018-10-01", "2019-09-30", "in")]),
    ("Zembla vendió más trigo el año pasado.", "2018-03",
     [("el año pasado", "2017-01-01", "2017-12-31", "in")]),
    ("Zembla vendió más trigo hace dos años.", "2018-03",
     [("hace dos años", "2016-01-01", "2016-12-31", "ago")]),
    ("Zembla vendió 300 tractores en lo que va del año.", "2018-03-20",
     [("en lo que va del año", "2018-01-01", "2018-03-20", "in")]),
    ("Zembla vendió 300 tractores en lo que va de 2018.", "2018-03-20",
     [("en lo que va de 2018", "2018-01-01", "2018-03-20", "in")]),
    ("Zembla tenía 300 presos al cierre de 2015.", "2016-02",
     [("al cierre de 2015", "2015-01-01", "2015-12-31", "in")]),
    ("El puerto abrió a finales de 2014.", "2016-02",
     [("a finales de 2014", "2014-09-01", "2014-12-31", "in")]),
    ("El puerto abrió a principios de marzo.", "2016-06",
     [("a principios de marzo", "2016-03-01", "2016-03-10", "in")]),
    ("Entre enero y agosto, Zembla vendió 300 tractores.", "2016-09-15",
     [("Entre enero y agosto", "2016-01-01", "2016-08-31", "range")]),
    ("De enero a agosto Zembla vendió 300 tractores.", "2016-09-15",
     [("De enero a agosto", "2016-01-01", "2016-08-31", "range")]),
    ("Zembla vendió 300 tractores desde el 1 de enero.", "2016-01-20",
     [("desde el 1 de enero", "2016-01-01", "2016-01-20", "since")]),
    ("El paro duró hasta el lunes.", "2016-09-15",
     [("hasta el lunes", "2016-09-12", "2016-09-12", "until")]),
    ("Zembla votó ayer y vuelve a votar hoy.", "2016-09-15",
     [("ayer", "2016-09-14", "2016-09-14", "in"), ("hoy", "2016-09-15", "2016-09-15", "in")]),
    ("Zembla vendió 80 tractores en los primeros cinco meses de 2016.", "2016-07",
     [("en los primeros cinco meses de 2016", "2016-01-01", "2016-05-31", "in")]),
    ("Zembla vendió 80 tractores el mes pasado.", "2016-07-12",
     [("el mes pasado", "2016-06-01", "2016-06-30", "in")]),
    ("Zembla vendió 80 tractores la semana pasada.", "2016-07-13",
     [("la semana pasada", "2016-07-04", "2016-07-10", "in")]),
    ("Zembla vendió 80 tractores en el primer trimestre.", "2016-07",
     [("en el primer trimestre", "2016-01-01", "2016-03-31", "in")]),
    ("Zembla vendió 80 tractores durante 2014.", "2016-07",
     [("durante 2014", "2014-01-01", "2014-12-31", "in")]),
    ("Zembla no vende tractores desde 2009.", "2016-07",
     [("desde 2009", "2009-01-01", "2016-07-31", "since")]),
    ("Zembla vende tractores a partir de 2009.", "2016-07",
     [("a partir de 2009", "2009-01-01", "2016-07-31", "since")]),
    ("Zembla vendió 80 tractores este año.", "2016-07-12",
     [("este año", "2016-01-01", "2016-07-12", "in")]),
    ("Zembla vendió 80 tractores a mediados de 2015.", "2016-07-12",
     [("a mediados de 2015", "2015-05-01", "2015-08-31", "in")]),
    ("El miércoles Zembla vendió 80 tractores.", "2016-07-15",
     [("El miércoles", "2016-07-13", "2016-07-13", "in")]),
    ("El miercoles Zembla vendió 80 tractores.", "2016-07-15",
     [("El miercoles", "2016-07-13", "2016-07-13", "in")]),
    ("Zembla vendió 80 tractores en sept. de 2015.", "2016-07",
     [("en sept. de 2015", "2015-09-01", "2015-09-30", "in")]),
    ("Zembla vendió 80 tractores en set. de 2015.", "2016-07",
     [("en set. de 2015", "2015-09-01", "2015-09-30", "in")]),
    ("Zembla vendió 80 tractores el 2 de ene. de 2015.", "2016-07",
     [("el 2 de ene. de 2015", "2015-01-02", "2015-01-02", "in")]),
    ("Zembla vendió 80 tractores desde octubre del año pasado.", "2016-07",
     [("desde octubre del año pasado", "2015-10-01", "2016-07-31", "since")]),
    ("Zembla vendió 80 tractores un año antes.", "2016-07",
     [("un año antes", None, None, "reference")]),
    ("Zembla vendió 80 tractores el año anterior.", "2016-07",
     [("el año anterior", None, None, "reference")]),
    ("Para la Policía de Zembla, 2014 terminó con más lluvia.", "2016-07",
     [("2014", "2014-01-01", "2014-12-31", "in")]),
    ("El peor mes fue diciembre, con 14 incendios.", "2017-01-03",
     [("diciembre", "2016-12-01", "2016-12-31", "in")]),
])
def test_spanish_time_expressions(text, published, expected):
    assert _found(text, published) == expected


@pytest.mark.parametrize("text", [
    "El mar de Zembla estaba en calma.",  # "mar" without its full stop is the sea, not March
    "Salió a las diez de la mañana.",  # the morning, not tomorrow
    "Lo publicó El Diario de Hoy de Zembla.",  # a name
    "Zembla tiene 2000 habitantes.",  # a count
    "Zembla gastó 2000 millones.",  # a quantity
    "Ruritania aplicó 1500 vacunas.",
])
def test_spanish_words_that_are_not_times(text):
    assert _found(text, "2016-07-12") == []


def test_a_spanish_date_masks_its_day_and_year_from_the_numbers():
    text = "Zembla vendió 80 tractores el 6 de enero de 2015 y 12 el sábado 10."
    spans = calendar_spans(text, language="es")
    masked = [text[a:b] for a, b in spans]
    assert "el 6 de enero de 2015" in masked
    assert "el sábado 10" in masked
    assert not any("80" in m for m in masked)


def test_the_english_grammar_does_not_read_spanish():
    """A source's language picks its grammar: English does not read "enero", Spanish does."""
    text = "Zembla vendió 80 tractores en enero de 2015."
    assert _found(text, "2016-07", "en") == [("2015", "2015-01-01", "2015-12-31", "in")]
    assert _found(text, "2016-07", "es-SV")[0][0] == "en enero de 2015"
    assert for_language("Spanish") is grammar("es")


def test_the_month_words_of_spanish_are_lower_case_and_need_the_full_stop_of_an_abbreviation():
    g = grammar("es")
    assert g.month_of("Setiembre de 2015") == 9
    assert g.compiled("month").fullmatch("sept.")
    assert not g.compiled("month").fullmatch("sept")
    assert g.compiled("month").fullmatch("ENERO")


@pytest.mark.parametrize("value, language, expected", [
    ("6 de enero de 2015", "es", "2015-01-06"),
    ("martes, 6 de enero de 2015", "es-SV", "2015-01-06"),
    ("enero de 2015", "es", "2015-01"),
])
def test_a_spanish_published_date_written_out(value, language, expected):
    assert normalize_published(value, language) == expected


def test_a_capitalised_word_before_a_comma_does_not_name_the_year_after_it():
    """"Para Medicina Legal, 2014 terminó": the comma ends the phrase; "Mundial 2014" is a name."""
    assert _found("For the Zembla Police, 2014 ended with more rain.", "2016-07", "en") == \
        [("2014", "2014-01-01", "2014-12-31", "in")]
    assert _found("The Zembla Cup 2014 drew crowds.", "2016-07", "en") == []
