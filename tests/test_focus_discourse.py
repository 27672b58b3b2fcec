"""The metric in focus carried through the discourse (binding.focus): anaphors that point back to
the counted thing, lists that go on with a carried figure, a rate said again, the change of a
carried series; and never across a change of counted thing or onto a subgroup."""
from __future__ import annotations

import pytest

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


def carried(claim) -> tuple:
    why = claim.evidence("metric")
    return claim.metric, why.basis if why else None


def test_such_deaths_points_back_to_the_series_however_far(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 2,140 homicides in 2020, police said.\n\nThe ministry praised its "
                             "officers. Of the victims, 300 were women.\n\nThe coroner counts every death linked to "
                             "a crime. It registered 2,900 such deaths in 2020.\n", rules=rules)
    claim = figure(found, "2,900")
    assert carried(claim) == ("homicides", "discourse")
    assert "such deaths" in claim.evidence("metric").words


@pytest.mark.parametrize("later", [
    "It registered 900 such soldiers in 2020.",  # another counted thing
    "It registered 900 such children in 2020.",  # a subgroup is never the total
])
def test_an_anaphor_naming_another_thing_or_a_subgroup_takes_no_metric(tmp_path, rules, later):
    found = claims(tmp_path, f"Zembla recorded 2,140 homicides in 2020.\n\nThe ministry spoke.\n\n{later}\n",
                   rules=rules)
    assert figure(found, "900").metric is None


def test_a_list_goes_on_with_a_figure_pointing_back(tmp_path, rules):
    found = claims(tmp_path, "In fiscal 2019 agents caught 41,300 unaccompanied children at the border.\n\n"
                             "Zembla accounted for 13,100 of those children, Ruritania for 9,050 and Freedonia "
                             "for 4,200.\n", rules=rules)
    for words in ("13,100", "9,050", "4,200"):
        assert carried(figure(found, words)) == ("unaccompanied_minors", "discourse"), words


def test_an_average_and_a_compared_change_go_on_with_a_carried_count(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 2,140 homicides in 2018.\n\nThe coroner counts more. It registered "
                             "2,760 such deaths in 2018, an average of about seven a day and 11.2% fewer than the "
                             "3,108 of 2017.\n", rules=rules)
    assert carried(figure(found, "seven")) == ("homicides", "discourse")
    assert carried(figure(found, "11.2%")) == ("homicides", "discourse")
    assert carried(figure(found, "3,108")) == ("homicides", "discourse")


def test_a_bare_number_stating_a_rate_again_is_that_rate(tmp_path, rules):
    found = claims(tmp_path, "Ruritania had 5,100 murders in 2019 and a rate of 61 per 100,000, down from 70 in "
                             "2018.\n\nA local group called 61 a real fall.\n", rules=rules)
    [claim] = [c for c in found if c.text == "61" and c.line == 3]
    assert (claim.metric, claim.unit) == ("homicide_rate", "per 100000")


def test_a_rate_said_long_before_is_not_said_again(tmp_path, rules):
    found = claims(tmp_path, "Ruritania had a murder rate of 61 per 100,000 in 2019.\n\nThe report was long. Its "
                             "authors were many. They met often.\n\nA local group called 61 a real fall.\n",
                   rules=rules)
    [claim] = [c for c in found if c.text == "61"]
    assert claim.metric is None


def test_another_figures_own_noun_is_no_predicate_of_a_bare_number(tmp_path, rules):
    found = claims(tmp_path, "Zembla's rate was little changed at 31.2 per 100,000, with 4,100 murders, slightly "
                             "below the 33.6 recorded in 2018.\n", rules=rules)
    claim = figure(found, "33.6")
    assert (claim.metric, claim.unit) == ("homicide_rate", "per 100000")


@pytest.mark.parametrize(("text", "words", "change"), [
    ("In 2019 Ruritania's deportations ran 31% above the year before.\n", "31%", "up"),
    ("In 2019 Ruritania deported 9,000 people, 12% below the year before.\n", "12%", "down"),
])
def test_above_and_below_after_a_figure_state_a_difference(tmp_path, rules, text, words, change):
    claim = figure(claims(tmp_path, text, rules=rules), words)
    assert (claim.metric, claim.change) == ("deportations", change)


def test_cities_of_a_size_are_a_population(tmp_path, rules):
    found = claims(tmp_path, "Ruritania recorded 2,140 homicides in 2020. The survey covers cities of more than "
                             "350,000 people.\n", rules=rules)
    assert figure(found, "350,000").metric is None


def test_the_series_stays_in_focus_over_two_sentences_with_no_metric(tmp_path, rules):
    found = claims(tmp_path, "Agents caught 41,300 unaccompanied children in fiscal 2019.\n\nOfficials spoke of "
                             "a crisis.\n\nOne estimate puts the total for 2020 at 60,000.\n", rules=rules)
    assert carried(figure(found, "60,000")) == ("unaccompanied_minors", "discourse")


def test_a_figure_stated_again_is_that_figure_rather_than_the_series_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 1,437 homicides in 2019.\n\nThe minister spoke.\n\nOf the 1,437 "
                             "victims, 212 were women.\n", rules=rules)
    again = figure(found, "1,437 victims")
    assert (again.metric, again.time.start) == ("homicides", "2019-01-01")
    assert "stated before" in again.evidence("metric").words


def test_a_metric_noun_as_the_subject_of_a_figure_names_the_series(tmp_path, rules):
    found = claims(tmp_path, "Ruritania logged 2,100 requests for asylum in 2019.\n\nBy nationality, Zemblan "
                             "applicants numbered 3,100 and won 140. Freedonian people numbered 900.\n",
                   rules=rules)
    assert carried(figure(found, "3,100")) == ("asylum_seekers", "discourse")
    assert figure(found, "140").metric is None  # grants, another counted thing
    assert figure(found, "900").metric is None  # people in general name no series


def test_a_metric_named_with_no_figure_is_the_counted_thing_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 2,100 homicides in 2020.\n\nThe ministry insists that all deaths in "
                             "prisons were from natural causes. Rights groups said it had recognized only 40 deaths, "
                             "while the monitor had recorded 55 cases. Across those 95 cases, bodies bore "
                             "bruises.\n", rules=rules)
    forty = figure(found, "40 deaths")
    assert carried(forty) == ("deaths_in_custody", "discourse")
    assert "deaths in prisons" in forty.evidence("metric").words
    assert carried(figure(found, "55 cases")) == ("deaths_in_custody", "discourse")
    assert figure(found, "95 cases").metric is None  # a set named again as the sum of its parts


def test_one_places_largest_number_is_no_figure_of_the_series(tmp_path, rules):
    found = claims(tmp_path, "Zembla's wardens deny that any deaths in prisons were violent. A watchdog logged 75 "
                             "deaths in 2020. The greatest number of deaths, 31, came at Eastport jail, with 9 at "
                             "Westport.\n", rules=rules)
    assert carried(figure(found, "75 deaths")) == ("deaths_in_custody", "discourse")
    assert figure(found, "31").metric is None  # one prison's part, never compared with the total


def test_a_metric_named_with_no_figure_does_not_reach_another_counted_thing(tmp_path, rules):
    found = claims(tmp_path, "The ministry insists that all deaths in prisons were natural. Its guards seized "
                             "40 phones in 2020.\n", rules=rules)
    assert figure(found, "40 phones").metric is None


@pytest.mark.parametrize(("text", "values"), [
    ("The ombudsman had counted 60 deaths and the Red Cross 48.", [60, 48]),
    ("The ombudsman counted 60 deaths, the Red Cross 48.", [60, 48]),
    ("Zemblans numbered 2,100 and Ruritanians 1,024.", [2100, 1024]),
    ("Zemblans numbered 2,100, Ruritanians 1,500 and Freedonians 1,024.", [2100, 1500, 1024]),  # a list's middle
    ("Zemblan boys made up 2,100 of the total, Ruritanians 1,500 and Freedonians 900.", [2100, 1500, 900]),
    ("It went to Game 6, Game 7 and Games 8.", []),
    ("Zemblans made up 2,100 of the total, Ruritanians 1,024 and Ozians 512.", [2100, 1024, 512]),
    ("It went to Game 6 and Game 7.", []),  # labels, however coordinated
    ("Police arrested 300 members of ZX-11 and Barrio 9.", [300]),  # a name, not a plural subject
    ("ZX-11 and Barrio 9, both of which are gangs.", []),
])
def test_a_figure_ending_a_gapped_clause_after_a_name_is_a_figure(text, values):
    from checker.numbers import find_quantities

    assert [q.value.point if hasattr(q.value, "point") else q.value for q in find_quantities(text)] == values


def test_a_series_noun_alone_does_not_reach_a_metric_only_named(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 2,100 homicides in 2020. Deaths in prisons were not included. The "
                             "toll rose to 2,300 by January.\n", rules=rules)
    assert figure(found, "2,300").metric != "deaths_in_custody"  # "the toll" says nothing of which


def test_each_place_of_a_for_list_is_its_own_figures(tmp_path, rules):
    found = claims(tmp_path, "In 2019 agents caught 41,300 unaccompanied children at the border.\n\nHonduras "
                             "accounted for 13,100 of those children, Guatemala for 9,050 and Belize for 4,200.\n",
                   rules=rules)
    for words, place in (("13,100", "Honduras"), ("9,050", "Guatemala"), ("4,200", "Belize")):
        assert figure(found, words).subject == (place,), words


@pytest.mark.parametrize("yardstick", [
    "above the previous record of 52,300 set in fiscal 2015",
    "compared with 52,300 in fiscal 2015",
    "up from 52,300 in fiscal 2015",
])
def test_an_anaphor_points_back_to_the_main_figure_not_its_yardstick(tmp_path, rules, yardstick):
    found = claims(tmp_path, f"Agents caught 61,400 unaccompanied children in fiscal 2019, {yardstick}.\n\n"
                             "Zembla accounted for 20,100 of those children, Ruritania for 15,050 and Freedonia "
                             "for 9,200.\n", rules=rules)
    for words in ("20,100", "15,050", "9,200"):
        claim = figure(found, words)
        assert claim.metric == "unaccompanied_minors", words
        assert (claim.time.start, claim.time.end) == ("2018-10-01", "2019-09-30"), words
    assert "61,400" in figure(found, "20,100").evidence("metric").words


def test_an_anaphor_with_its_own_time_keeps_it(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 2,140 homicides in 2018.\n\n"
                             "The coroner counts more. It registered 2,900 such deaths in 2019.\n", rules=rules)
    claim = figure(found, "2,900")
    assert (claim.time.start, claim.time.end) == ("2019-01-01", "2019-12-31")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Border Patrol agents caught 61,400 unaccompanied children in fiscal 2019.\n\nGuatemalan children made up 20,100 of "
           "the total, Hondurans 15,050 and Salvadorans 9,200. In May alone, agents caught 7,300 unaccompanied "
           "children.\n"),
    ("es", "La Patrulla Fronteriza detuvo a 61.400 menores no acompañados en el año fiscal 2019.\n\nLos menores "
           "guatemaltecos sumaron 20.100 del total, los hondureños 15.050 y los salvadoreños 9.200. Solo en mayo, "
           "los agentes detuvieron a 7.300 menores no acompañados.\n"),
])
def test_each_item_of_a_list_with_its_verb_left_out_is_its_places(tmp_path, rules, language, text):
    found = claims(tmp_path, text, rules=rules, language=language)
    for words, place in (("20", "Guatemala"), ("15", "Honduras"), ("9", "El Salvador")):
        claim = next(c for c in found if c.text.startswith(words))
        assert claim.subject == (place,), claim.text
    assert next(c for c in found if c.text.startswith("7")).subject == ("United States",)  # the whole's, not the last item's


def test_a_gapped_figure_goes_on_with_the_list_whatever_its_size(tmp_path, rules):
    found = claims(tmp_path, "Peruvians topped the list of those sent back by Chile at 40,117 in 2018, ahead of "
                             "30,229 Bolivians; Ecuadorians numbered 20,988 and Colombians 1,024.\n", rules=rules)
    claim = figure(found, "1,024")
    assert (claim.metric, claim.subject) == ("deportations", ("Colombia",))


def test_a_small_bare_number_after_a_list_without_a_name_is_no_part_of_it(tmp_path, rules):
    found = claims(tmp_path, "Chile sent back 40,117 Peruvians in 2018, down from 52,000 and 31 in 2017.\n",
                   rules=rules)
    assert [c.metric for c in found if c.text == "31"] == [None]


def test_a_count_of_people_of_a_place_goes_on_with_a_list_of_places(tmp_path, rules):
    found = claims(tmp_path, "Peru logged 1,525 requests for asylum in 2019.\n\nBroken down by country, Bolivian "
                             "applicants numbered 2,830 and won 137 grants, Chilean applicants topped 3,950 and won "
                             "162, and nearly 7,000 Ecuadorians applied, with 171 succeeding.\n", rules=rules)
    assert figure(found, "7,000").metric == "asylum_seekers"
    assert [c.metric for c in found if c.text in ("162", "171")] == [None, None]


_CUSTODY = ("Un informe de Honduras contó 210 muertes bajo custodia del Estado entre el 12 de junio de 2017 y agosto "
            "de 2018.\n\n{caption}Los autores separan sus datos en dos periodos. En el primero, del 12 de junio de 2017 "
            "al 12 de junio de 2018, anotan {later}.\n")


@pytest.mark.parametrize("caption", ["", "*Foto: Una celda vacía en una cárcel de Honduras. / Archivo*\n\n"])
def test_people_qualified_by_the_series_noun_go_on_with_it_past_a_caption(tmp_path, caption):
    found = claims(tmp_path, _CUSTODY.format(caption=caption, later="187 personas fallecidas"), language="es",
                   published="2018-09-20")
    assert carried(figure(found, "187")) == ("deaths_in_custody", "discourse")


def test_a_loose_word_of_the_series_does_not_reach_past_a_caption(tmp_path):
    found = claims(tmp_path, _CUSTODY.format(caption="*Foto: Una celda vacía en una cárcel de Honduras. / Archivo*\n\n",
                                             later="187 casos"), language="es", published="2018-09-20")
    assert figure(found, "187").metric is None


def test_a_span_of_time_is_no_antecedent_of_a_figure_that_refers_back(tmp_path):
    text = "Agents stopped 41,300 people at the border in June, the most for that month in 9 years. " \
           "Of those, 26,800 were adults."
    found = claims(tmp_path, text, published="2019-07-01")
    assert figure(found, "26,800").unit == "count"


@pytest.mark.parametrize("text, language", [
    ("A rights group said 218 people died in state custody in Panama in its first two years, at least 87 of them "
     "violently.", None),
    ("Un grupo de derechos humanos dijo que 218 personas murieron bajo custodia del Estado en Panamá, al menos 87 "
     "de ellas violentamente.", "es"),
])
def test_a_kind_of_its_whole_named_back_is_no_figure_of_the_whole(tmp_path, text, language):
    found = claims(tmp_path, text, published="2024-03-27", language=language)
    assert figure(found, "218").metric == "deaths_in_custody"
    assert figure(found, "87").metric is None


def test_a_day_of_its_whole_named_back_stays_a_figure_of_it(tmp_path):
    text = "Una ola de violencia se cobró 71 vidas en Panamá en tres días, 44 de ellas el sábado 19 de marzo."
    found = claims(tmp_path, text, published="2022-04-01", language="es")
    assert figure(found, "44").metric == "homicides"


def test_a_figure_going_on_with_a_series_from_a_paragraph_before_keeps_its_place(tmp_path, rules):
    text = "Mexico received 58,370 asylum requests in 2021.\n\nThe figure compares with 44,615 a year earlier.\n"
    found = claims(tmp_path, text, title="Remittances to Guatemala rise as Mexico sees more asylum requests",
                   rules=rules)
    assert figure(found, "44,615").subject == ("Mexico",)


def test_a_place_named_since_the_series_leaves_a_later_paragraph_to_the_article(tmp_path, rules):
    text = ("Mexico received 58,370 asylum requests in 2021.\n\nMexico and Honduras met in May.\n\n"
            "The figure compares with 44,615 a year earlier.\n")
    found = claims(tmp_path, text, title="Remittances to Guatemala rise as Mexico sees more asylum requests",
                   rules=rules)
    assert figure(found, "44,615").subject == ("Guatemala",)


@pytest.mark.parametrize(("text", "language"), [
    ("Zembla recorded 5,734 homicides in 2015. The 2016 total of 2,653 was the lowest in a decade.\n", None),
    ("Zembla registró 5.734 homicidios en 2015. La cifra de 2.653 de 2016 fue la más baja en una década.\n", "es"),
])
def test_a_series_noun_with_the_figure_as_its_complement_goes_on_with_the_series(tmp_path, rules, text, language):
    later = next(c for c in claims(tmp_path, text, rules=rules, language=language) if c.text.startswith("2,653") or c.text.startswith("2.653"))
    assert later.metric == "homicides" and later.time.start == "2016-01-01"


@pytest.mark.parametrize(("text", "language"), [
    ("Zembla took in 37 asylum seekers in 2018. One of the cases was a teacher who fled threats.\n", None),
    ("Zembla acogió a 37 solicitantes de asilo en 2018. Uno de los casos fue un maestro amenazado.\n", "es"),
])
def test_one_of_a_set_named_by_a_series_noun_is_no_figure_of_the_series(tmp_path, rules, text, language):
    one = next(c for c in claims(tmp_path, text, rules=rules, language=language) if c.text.lower().startswith(("one", "uno")))
    assert one.metric is None


@pytest.mark.parametrize("text, language, words", [
    ("In fiscal 2019 agents caught 41,300 unaccompanied children at the border.\n\nOf them, 26,400 came from "
     "Honduras and Guatemala.", "en", "26,400"),
    ("En el año fiscal 2019 los agentes detuvieron a 41.300 menores no acompañados en la frontera.\n\nDe ellos, "
     "26.400 procedían de Honduras y Guatemala.", "es", "26.400"),
])
def test_a_sentence_opening_on_the_whole_splits_it_by_origin(tmp_path, rules, text, language, words):
    part = figure(claims(tmp_path, text + "\n", rules=rules, language=language), words)
    assert carried(part) == ("unaccompanied_minors", "discourse")
    assert part.subject == ("Guatemala", "Honduras")
    assert part.text == words  # "procedían" is the verb, no noun the number counts
