"""A Spanish figure's subject (binding.subject, binding.main_place): datelines written the Spanish
way, and the country a dateline's city gives an article whose title and opening name none. Every
sentence here is written for these tests."""
from __future__ import annotations

import pytest
from conftest import make_pack

from checker.extract import extract_claims
from checker.ruleset import default_pack, load_rules
from tests.conftest import figure, subject_basis, write_corpus
from tests.conftest import one_article_claims as english_claims

_ZEMBLA = ("kind: entities\nid: zembla\nentities:\n"
           "  - {name: Zembla, type: country, aliases: {es: [zemblano, zemblanos]}}\n"
           "  - {name: Onhava, type: city, part_of: [Zembla]}\n"
           "  - {name: Ruritania, type: country}\n")


@pytest.fixture(scope="module")
def zembla(tmp_path_factory):
    """The default pack and a country with a capital of its own."""
    return load_rules([default_pack(), make_pack(tmp_path_factory.mktemp("p"), {"entities/zembla.yaml": _ZEMBLA})])


def claims(tmp_path, text: str, rules, title: str = "Un año de cifras") -> list:
    """The claims of one Spanish article holding ``text``."""
    folder = write_corpus(tmp_path / "c", {"a.txt": text}, '[[source]]\nfile = "a.txt"\npublished = "2020-03-01"\n'
                                                         f'language = "es"\ntitle = "{title}"\n')
    return extract_claims([folder], rules).claims


@pytest.mark.parametrize("dateline", ["ONHAVA. ", "ONHAVA. — ", "ONHAVA (EFE). ", "ONHAVA, ZEMBLA. — ",
                                      "ONHAVA / OZ (EFE). — "])
def test_a_spanish_dateline_gives_its_citys_country_as_the_main_place(tmp_path, zembla, dateline):
    found = claims(tmp_path, f"{dateline}La policía contó 4.100 homicidios en 2019.\n", zembla)
    assert subject_basis(figure(found, "4.100")) == (("Zembla",), "discourse")
    assert "opening" in figure(found, "4.100").evidence("subject").words


def test_an_english_dateline_gives_its_citys_country_too(tmp_path, zembla):
    found = english_claims(tmp_path, "ONHAVA (AP) — Police counted 4,100 homicides in 2019.\n",
                           title="A year of figures", rules=zembla)
    assert subject_basis(figure(found, "4,100")) == (("Zembla",), "discourse")


def test_a_country_the_opening_names_beats_the_dateline(tmp_path, zembla):
    found = claims(tmp_path, "ONHAVA. — Ruritania vive un año difícil.\n\nLa policía contó 4.100 homicidios en 2019.\n",
                   zembla)
    assert figure(found, "4.100").subject == ("Ruritania",)


@pytest.mark.parametrize(("language", "text", "figure_text"), [
    ("es", "ONHAVA. — La policía contó 4.100 homicidios en 2019, mientras que Ruritania cerró el año con menos muertes.\n",
     "4.100"),
    ("en", "ONHAVA (AP) — Police counted 4,100 homicides in 2019, while in Ruritania deaths fell.\n", "4,100"),
])
def test_the_place_a_contrasting_clause_opens_on_is_neither_the_figures_nor_the_articles(
        tmp_path, zembla, language, text, figure_text):
    found = english_claims(tmp_path, text, title="A year of figures", rules=zembla, language=language)
    assert subject_basis(figure(found, figure_text)) == (("Zembla",), "discourse")


def test_a_contrasting_clause_keeps_its_own_figures_place(tmp_path, rules):
    found = english_claims(tmp_path, "Guatemala counted 4,100 homicides in 2019, whereas Honduras counted 3,900.\n",
                           title="A year of figures", rules=rules)
    assert figure(found, "4,100").subject == ("Guatemala",)
    assert figure(found, "3,900").subject == ("Honduras",)


@pytest.mark.parametrize(("language", "text", "figure_text"), [
    ("es", "Guatemala, con casi el triple de habitantes que Honduras, registró una tasa de 31,3 homicidios por cada "
           "100.000 habitantes en 2017.\n", "31,3"),
    ("es", "La tasa de Guatemala, un país con más población que Honduras, fue de 31,3 por cada 100.000 habitantes en 2017.\n",
     "31,3"),
    ("en", "Guatemala, a country with more people than Honduras, recorded a homicide rate of 31.3 per 100,000 in 2017.\n",
     "31.3"),
])
def test_a_place_a_comparative_is_measured_against_is_no_place_of_the_figure(tmp_path, rules, language, text, figure_text):
    found = english_claims(tmp_path, text, title="A year of figures", rules=rules, language=language)
    assert figure(found, figure_text).subject == ("Guatemala",)


def test_two_countries_named_alike_leave_the_dateline_aside(tmp_path, zembla):
    found = english_claims(tmp_path, "ONHAVA (AP) — Ruritania and Canada met on Monday.\n\n"
                                     "Police counted 4,100 homicides in 2019.\n", title="A year of figures", rules=zembla)
    assert figure(found, "4,100").subject == ()


def test_an_acronym_and_its_full_stop_open_no_dateline(tmp_path, rules):
    found = english_claims(tmp_path, "U.S. agents caught 9,000 people in 2019.\n", rules=rules)
    assert "United States" in figure(found, "9,000").subject


def test_a_caption_naming_a_city_gives_its_country_when_no_country_is_named(tmp_path, zembla):
    found = claims(tmp_path, "*Foto: Agentes patrullan el centro de Onhava.*\n\nLos homicidios bajaron en 2019.\n\n"
                             "El año cerró con 4.100 asesinatos.\n", zembla)
    assert subject_basis(figure(found, "4.100")) == (("Zembla",), "discourse")


def test_cities_of_two_countries_named_alike_give_no_main_place(tmp_path, zembla, rules):
    found = claims(tmp_path, "Agentes de Onhava y de Tegucigalpa se reunieron.\n\nEl año cerró con 4.100 asesinatos.\n",
                   zembla)
    assert figure(found, "4.100").subject == ()


def test_a_place_whose_name_opens_with_an_article_can_open_a_sentence_as_its_subject(tmp_path, rules):
    found = claims(tmp_path, "Honduras vive un año difícil.\n\nEl Salvador ha ido en sentido contrario. "
                             "La policía contó 4.100 homicidios en 2019.\n", rules, title="Honduras y sus cifras")
    assert subject_basis(figure(found, "4.100")) == (("El Salvador",), "discourse")


def test_a_place_a_word_describes_at_a_sentences_opening_is_its_subject(tmp_path, rules):
    found = claims(tmp_path, "Honduras cerró 2019 con 5.000 homicidios.\n\nLa vecina Guatemala también mejoró. "
                             "La tasa bajó a 22 por cada 100.000 habitantes en 2019.\n", rules, title="Honduras y sus cifras")
    assert subject_basis(figure(found, "22 por cada 100.000")) == (("Guatemala",), "discourse")


@pytest.mark.parametrize("multiple", ["casi cinco veces la salvadoreña", "cuatro veces la de El Salvador",
                                      "seis veces la tasa de homicidios de El Salvador"])
def test_there_in_focus_beats_the_place_a_multiple_is_taken_of(tmp_path, rules, multiple):
    """"Allí" points at the place in focus; a place a multiple is taken of is its yardstick."""
    found = claims(tmp_path, "El Salvador cerró 2019 con 900 homicidios.\n\nHonduras siguió el ejemplo: el Gobierno "
                             "decretó un estado de excepción. Allí los homicidios bajaron a 3.100 el año pasado, una "
                             f"tasa de 31 por cada 100.000 habitantes, {multiple}.\n", rules,
                   title="El Salvador y sus cifras")
    for words in ("3.100", "31 por cada 100.000"):
        assert figure(found, words).subject == ("Honduras",)


def test_there_is_the_place_in_focus_of_any_type(tmp_path, rules):
    found = claims(tmp_path, "El Salvador cerró 2019 con 900 homicidios.\n\nSan Pedro Sula vivió otro año duro. "
                   "Allí hubo 1.100 homicidios en 2019, según un informe presentado en Tegucigalpa.\n", rules,
                   title="El Salvador y sus cifras")
    assert "San Pedro Sula" in figure(found, "1.100").subject


def test_a_place_a_paragraph_opens_on_stays_in_focus_until_another_is_named(tmp_path, rules):
    text = ("Honduras vive un año difícil.\n\nEl Salvador ha ido en sentido contrario.\n\n### Un mes sangriento\n\n"
            "En julio hubo 467 homicidios.\n\nLa policía de Guatemala se reunió.\n\nEn agosto hubo 512 homicidios.\n")
    found = claims(tmp_path, text, rules, title="Honduras y sus cifras")
    assert figure(found, "467").subject == ("El Salvador",)
    assert figure(found, "512").subject == ("Honduras",)  # a place named since: the article's main place


def test_an_english_topic_sentence_carries_its_place_too(tmp_path, rules):
    found = english_claims(tmp_path, "Honduras had a hard year.\n\nGuatemala went the other way.\n\n"
                                     "In July there were 467 homicides.\n", title="Honduras counts its dead", rules=rules)
    assert figure(found, "467").subject == ("Guatemala",)


def test_a_municipality_a_paragraph_opens_on_is_its_figures_place(tmp_path, rules):
    found = claims(tmp_path, "El Salvador cerró el año con menos muertes.\n\nIlopango encabeza otra vez la lista. "
                             "El municipio tuvo 88 asesinatos en 2019.\n", rules, title="El Salvador y sus cifras")
    assert figure(found, "88").subject == ("Ilopango",)


def test_the_place_that_acts_a_few_words_before_the_figure_is_among_its_places(tmp_path, rules):
    found = claims(tmp_path, "En 2019 las autoridades mexicanas devolvieron por tierra a 9.000 hondureños.\n", rules)
    assert "Mexico" in figure(found, "9.000").subject


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Honduras vive días difíciles. El domingo hubo unos diez homicidios más, entre ellos el de un hombre en "
           "La Ceiba."),
    ("en", "Honduras had a hard week. On Sunday police counted about ten more killings, among them one in La Ceiba."),
])
def test_a_place_among_the_examples_of_a_whole_is_not_the_wholes(tmp_path, rules, language, text):
    found = claims(tmp_path, text + "\n", rules) if language == "es" else english_claims(tmp_path, text + "\n",
                                                                                         rules=rules)
    assert figure(found, "diez" if language == "es" else "ten").subject == ("Honduras",)


@pytest.mark.parametrize(("language", "text", "words"), [
    ("es", "Al menos 9.000 migrantes fueron detenidos en la frontera con Guatemala en 2019.", "9.000"),
    ("en", "Agents detained almost 9,000 migrants along the frontier with Guatemala in 2019.", "9,000"),
])
def test_a_figure_that_only_lies_next_to_a_place_takes_the_place_in_focus(tmp_path, rules, language, text, words):
    if language == "es":
        found = claims(tmp_path, text + "\n", rules, title="México endurece su frontera")
    else:
        found = english_claims(tmp_path, text + "\n", title="Mexico hardens its border", rules=rules)
    assert figure(found, words).subject == ("Mexico",)


def test_with_nothing_in_focus_the_yardstick_place_stays(tmp_path, rules):
    found = english_claims(tmp_path, "Agents detained almost 9,000 migrants along the frontier with Guatemala in 2019.\n",
                           rules=rules)
    assert figure(found, "9,000").subject == ("Guatemala",)


def test_a_place_ranked_before_a_figure_keeps_the_figure_of_its_relative_clause(tmp_path, rules):
    found = claims(tmp_path, "La tasa deja al país por debajo de Costa Rica, que cerró con 700 homicidios.\n", rules,
                   title="Honduras y sus cifras")
    assert figure(found, "700").subject == ("Costa Rica",)


@pytest.mark.parametrize(("language", "text", "words"), [
    ("es", "Honduras vive días difíciles. Su tasa cuadruplica el promedio mundial de 5,8 homicidios por cada 100.000 "
           "habitantes. Durante 15 años, la policía ha contado 9.000 homicidios.", "5,8"),
    ("en", "Honduras had a hard year. Its rate is four times the global average of 5.8 homicides per 100,000. "
           "In 15 years, police have counted 9,000 homicides.", "5.8"),
])
def test_a_backdrop_whose_value_the_figure_is_is_its_place_and_sets_no_focus(tmp_path, rules, language, text, words):
    found = claims(tmp_path, text + "\n", rules, title="Honduras y sus cifras") if language == "es" else \
        english_claims(tmp_path, text + "\n", title="Honduras counts its dead", rules=rules)
    assert figure(found, words).subject == ("World",)
    assert [c.subject for c in found if c.kind == "quantity" and "9" in c.text and words not in c.text][-1] == ("Honduras",)


@pytest.mark.parametrize(("language", "text", "words"), [
    ("es", "Honduras vive días difíciles. Del total, 14 murieron en municipios de Valle Oscuro.", "14"),
    ("en", "Honduras had a hard week. Of the total, 14 died in towns of Valle Oscuro.", "14"),
])
def test_an_area_no_rule_knows_named_after_a_noun_is_the_figures_own_place(tmp_path, rules, language, text, words):
    found = claims(tmp_path, text + "\n", rules) if language == "es" else english_claims(tmp_path, text + "\n",
                                                                                        rules=rules)
    claim = figure(found, words)
    assert claim.subject == () and "Valle Oscuro" in claim.evidence("subject").words


@pytest.mark.parametrize(("language", "text", "words"), [
    ("es", "Zembla cerró 2019 con 1.437 asesinatos. Unos 95 de esos 1.437 asesinatos ocurrieron entre el 3 y el 5 de "
           "mayo.", "1.437 asesinatos ocurrieron"),
    ("en", "Zembla ended 2019 with 1,437 murders. Some 95 of those 1,437 murders took place between May 3 and 5.",
     "1,437 murders took"),
])
def test_a_count_a_demonstrative_names_again_is_the_earlier_figure(tmp_path, zembla, language, text, words):
    found = claims(tmp_path, text + "\n", zembla) if language == "es" else english_claims(tmp_path, text + "\n",
                                                                                         rules=zembla)
    again = [c for c in found if c.kind == "quantity" and c.start > 30 and "1" in c.text and "437" in c.text]
    assert again and all(c.time.start == "2019-01-01" and c.time.end == "2019-12-31" for c in again)


@pytest.mark.parametrize(("code", "text", "national"), [
    ("es", "Onhava sumó 212 homicidios en 2023. A nivel nacional, la Policía registró 1.870 homicidios en 2023.", "1.870"),
    ("en", "Onhava recorded 212 homicides in 2023. Nationwide, police recorded 1,870 homicides in 2023.", "1,870"),
])
def test_a_nationwide_figure_is_the_country_of_the_city_in_focus(tmp_path, zembla, code, text, national):
    """The title names a city; "nationwide" is its country's figure, never the city's."""
    if code == "es":
        found = claims(tmp_path, text + "\n", zembla, title="Onhava prorroga el estado de prevención")
    else:
        found = english_claims(tmp_path, text + "\n", title="Onhava extends its state of prevention", rules=zembla)
    assert figure(found, national).subject == ("Zembla",)
    assert figure(found, "212").subject == ("Onhava",)


@pytest.mark.parametrize(("code", "text"), [("es", "En 2020, la tasa de Zembla fue de 41,6 asesinatos por cada 100 mil habitantes."),
                                            ("en", "Zembla's rate was 41.6 homicides per 100 thousand people in 2020.")])
def test_a_rate_base_written_with_a_scale_word(tmp_path, zembla, code, text):
    found = claims(tmp_path, text + "\n", zembla) if code == "es" else english_claims(tmp_path, text + "\n", rules=zembla)
    rate = next(c for c in found if c.text.startswith("41"))
    assert (rate.value.point, rate.unit) == (41.6, "per 100000")


def test_a_line_in_bold_naming_a_place_heads_that_places_section(tmp_path, rules):
    found = claims(tmp_path, "TEGUCIGALPA — Honduras amplió las patrullas en 48 colonias.\n\n**La mirada salvadoreña**\n\n"
                             "Más al oeste, el gobierno decretó el 9 de abril de 2020 un régimen de "
                             "excepción más estricto.\n", rules, title="Honduras amplía las patrullas")
    declared = [c for c in found if c.metric == "emergency_declared"]
    assert declared and all(c.subject == ("El Salvador",) for c in declared)


@pytest.mark.parametrize(("language", "text", "figure_text", "rate"), [
    ("es", "ONHAVA. — Zembla registra una tasa de encarcelamiento de 930 presos por cada 100.000 habitantes, por delante "
           "de Tonga y Ruritania.\n\nSegún datos oficiales, en 2019 se registraron 312 homicidios en todo el país.\n",
     "312", "930"),
    ("en", "ONHAVA (AP) — Zembla jails 930 people per 100,000 residents, ahead of Tonga and Ruritania.\n\nOfficials "
           "counted 312 homicides across the country in 2019.\n", "312", "930"),
])
def test_the_places_listed_after_a_yardstick_are_yardsticks_and_no_articles_country(
        tmp_path, zembla, language, text, figure_text, rate):
    found = english_claims(tmp_path, text, title="A year of figures", rules=zembla, language=language)
    assert figure(found, rate).subject == ("Zembla",)
    assert figure(found, figure_text).subject == ("Zembla",)
