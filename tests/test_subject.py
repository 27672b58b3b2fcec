"""A figure's subject (checker/binding/subject.py): agencies that stand for their country, the
acting place of a clause, the world, the article's main place. Every sentence here is written
for these tests."""
from __future__ import annotations

import pytest
from conftest import make_pack

from checker.errors import RuleError
from checker.ruleset import default_pack, load_rules
from tests.conftest import figure, subject_basis
from tests.conftest import one_article_claims as claims


# --------------------------------------------------------------------------- agencies


def test_an_agency_that_acts_on_the_figure_gives_it_its_country(tmp_path, rules):
    found = claims(tmp_path, "Officials met on Monday.\n\nICE carried out 250,000 removals in fiscal 2019.\n",
                   title="Honduras braces for more returns", rules=rules)
    claim = figure(found, "250,000")
    assert subject_basis(claim) == (("United States",), "clause")
    evidence = claim.evidence("subject")
    assert "ICE" in evidence.words and evidence.rule.startswith("rules/entities/organizations.yaml:")


def test_an_agency_named_in_full_stands_for_its_country_too(tmp_path, rules):
    found = claims(tmp_path, "Agents of the Border Patrol made 31,000 apprehensions in May 2019.\n", rules=rules)
    assert subject_basis(figure(found, "31,000")) == (("United States",), "clause")


def test_a_place_of_the_figure_beats_the_agency(tmp_path, rules):
    found = claims(tmp_path, "The State Department said ICE removed 2,100 people to Ecuador in 2019, and "
                             "Canada took 40 in 2019.\n", rules=rules)
    assert figure(found, "40").subject == ("Canada",)
    found = claims(tmp_path, "In 2019, ICE flights landed 900 times in Guatemala.\n", rules=rules)
    assert subject_basis(figure(found, "900")) == (("Guatemala",), "phrase")


def test_the_agency_points_back_at_the_last_agency_named_even_in_a_sentence_without_figures(tmp_path, rules):
    found = claims(tmp_path, "COMAR registered 4,100 asylum requests in 2019.\n\nThe Border Patrol issued no report "
                             "in May. For 2018, the agency reported 95 deaths.\n", rules=rules)
    assert subject_basis(figure(found, "95")) == (("United States",), "clause")
    found = claims(tmp_path / "b", "COMAR registered 4,100 asylum requests in 2019.\n\nICE removed 4,600 people in "
                                   "fiscal 2018 and 8,700 in fiscal 2019, the agency said.\n", rules=rules)
    assert figure(found, "8,700").subject == ("United States",)  # the agency of its own sentence


def test_an_organisation_of_no_one_country_gives_no_subject(tmp_path, rules):
    found = claims(tmp_path, "The UN refugee agency registered 5,000 asylum seekers in 2019.\n", rules=rules)
    assert figure(found, "5,000").subject == ()


def test_a_user_pack_gives_its_own_agency_a_country(tmp_path):
    pack = make_pack(tmp_path, {"entities/ruritania.yaml": (
        "kind: entities\nid: ruritania\nentities:\n"
        "  - {name: Ruritania, type: country}\n"
        "  - {name: Ruritanian Frontier Guard, type: organization, aliases: [RFG], country: Ruritania}\n")})
    rules = load_rules([default_pack(), pack])
    found = claims(tmp_path, "The RFG turned back 4,000 people in 2019.\n", rules=rules)
    assert subject_basis(figure(found, "4,000")) == (("Ruritania",), "clause")


def test_an_agency_country_must_be_a_country_entity(tmp_path):
    pack = make_pack(tmp_path, {"entities/ruritania.yaml": (
        "kind: entities\nid: ruritania\nentities:\n"
        "  - {name: Ruritanian Frontier Guard, type: organization, country: Ruritanai}\n")})
    with pytest.raises(RuleError, match=r"ruritania\.yaml:4:.*country: 'Ruritanai' is no entity of type country"):
        load_rules([default_pack(), pack])


def test_rules_explain_shows_an_agency_country(cli):
    code, out, _ = cli("rules", "explain", "ICE")
    assert code == 0 and "country: United States" in out


# --------------------------------------------------------------------------- the acting place


@pytest.mark.parametrize("sentence, figure_words, subject, words", [
    ("Mexico deported 12,000 Hondurans in 2019.", "12,000", ("Honduras", "Mexico"), "Mexico deported; Hondurans"),
    ("Mexico's migration agency deported 4,500 Guatemalans in 2018.", "4,500", ("Guatemala", "Mexico"),
     "Mexico's migration agency deported; Guatemalans"),
    ("In 2019, 8,000 Guatemalans were deported overland from Mexico.", "8,000", ("Guatemala", "Mexico"),
     "deported overland from Mexico; Guatemalans"),
    ("In 2019, 5,000 Hondurans were detained by the Border Patrol.", "5,000", ("Honduras", "United States"),
     "detained by the Border Patrol; Hondurans"),
])
def test_the_place_acting_in_the_predicate_is_the_figures_place_beside_the_people_counted(
        tmp_path, rules, sentence, figure_words, subject, words):
    claim = figure(claims(tmp_path, sentence + "\n", title="Honduras counts its returnees", rules=rules), figure_words)
    assert subject_basis(claim) == (subject, "predicate")
    assert claim.evidence("subject").words == words


@pytest.mark.parametrize("sentence, figure_words, subject", [
    ("Officials deported 900 Guatemalans in 2017.", "900", ("Guatemala",)),  # no place acts
    ("Unlike Mexico, officials deported 900 Guatemalans in 2017.", "900", ("Guatemala",)),  # not its subject
    ("Mexico said 900 Guatemalans were deported in 2017.", "900", ("Guatemala",)),  # it says, it does not deport
    # a split by origin: each part is its people's, as the whole it is a part of
    ("In 2019, Mexico deported 4,000 Hondurans and 3,000 Guatemalans.", "4,000", ("Honduras",)),
    ("In 2019, Mexico deported 4,000 Hondurans and 3,000 Guatemalans.", "3,000", ("Guatemala",)),
])
def test_a_place_that_does_not_act_in_the_predicate_leaves_the_figure_its_own_place(tmp_path, rules, sentence,
                                                                                    figure_words, subject):
    assert figure(claims(tmp_path, sentence + "\n", rules=rules), figure_words).subject == subject


def test_the_acting_place_is_the_paragraphs_place_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Returns news\n\nMexico deported 12,000 Hondurans in 2019. The year before it "
                             "had deported 9,000.\n", title="Honduras counts its returnees", rules=rules)
    assert figure(found, "9,000").subject == ("Honduras", "Mexico")


# --------------------------------------------------------------------------- the world


@pytest.mark.parametrize("sentence, figure_words", [
    ("The global average stood at 6.1 per 100,000 in 2017.", "6.1"),
    ("Some 400,000 people were murdered around the world in 2017.", "400,000"),
    ("Worldwide, police recorded 400,000 murders in 2017.", "400,000"),
])
def test_the_world_is_the_subject_of_a_global_figure(tmp_path, rules, sentence, figure_words):
    claim = figure(claims(tmp_path, "Violence news\n\n" + sentence + "\n", title="Honduras counts its dead",
                          rules=rules), figure_words)
    assert subject_basis(claim) == (("World",), "clause")


def test_the_world_as_a_yardstick_leaves_the_figure_its_place(tmp_path, rules):
    found = claims(tmp_path, "Honduras had a murder rate of 90 per 100,000 in 2012, 15 times the global average.\n",
                   rules=rules)
    assert figure(found, "90").subject == ("Honduras",)


def test_the_world_in_a_superlative_names_no_world_figure(tmp_path, rules):
    found = claims(tmp_path, "Violence news\n\nIt had the world's highest murder rate, 90 per 100,000, in 2012.\n",
                   title="Honduras counts its dead", rules=rules)
    assert figure(found, "90").subject == ("Honduras",)


# --------------------------------------------------------------------------- the discourse


def test_the_opening_is_the_first_paragraph_that_names_a_country(tmp_path, rules):
    found = claims(tmp_path, "Morgue workers at a crime scene on Sunday.\n\nPolice in Honduras said the week "
                             "was calm.\n\nOfficials counted 4,000 homicides in 2019.\n",
                   title="A violent year, officials say", rules=rules)
    claim = figure(found, "4,000")
    assert subject_basis(claim) == (("Honduras",), "discourse")
    assert claim.evidence("subject").words == "Honduras (the article's opening)"


def test_the_opening_is_sought_only_near_the_top(tmp_path, rules):
    text = "".join(f"Paragraph {n} says nothing of places.\n\n" for n in range(3)) + \
        "Police in Honduras counted 12 killings.\n\nOfficials counted 4,000 homicides in 2019.\n"
    found = claims(tmp_path, text, title="A violent year, officials say", rules=rules)
    assert figure(found, "4,000").subject == ()


@pytest.mark.parametrize("opening", [
    "Guatemala drove the increase.",
    "Guatemalan data point the same way.",
    "Guatemala's police are stretched.",
])
def test_a_place_that_opens_a_sentence_is_in_focus_in_its_paragraph(tmp_path, rules, opening):
    found = claims(tmp_path, f"Violence news\n\nThe region suffered. {opening} Officers counted 4,000 homicides "
                             "in 2019.\n", title="Honduras counts its dead", rules=rules)
    claim = figure(found, "4,000")
    assert subject_basis(claim) == (("Guatemala",), "discourse")
    assert "in focus in the paragraph" in claim.evidence("subject").words


@pytest.mark.parametrize("opening", [
    "Neighbouring Guatemala also reported progress.",
    "Nearby Guatemala went the other way.",
    "Impoverished Guatemala's police are stretched.",
])
def test_a_place_a_word_describes_at_a_sentences_opening_is_in_focus_too(tmp_path, rules, opening):
    found = claims(tmp_path, f"Honduras counted 5,000 homicides in 2019.\n\n{opening} The homicide rate fell to "
                             "22 per 100,000 in 2019, with 4,000 killings in all.\n", title="Honduras counts its dead",
                   rules=rules)
    for words in ("22 per 100,000", "4,000"):
        assert subject_basis(figure(found, words)) == (("Guatemala",), "discourse")


@pytest.mark.parametrize("opening", [
    "GUATEMALA CITY — Officials met on Monday.",  # a dateline
    "Unlike Guatemala, officials met on Monday.",  # a contrast, not the sentence's subject
    "Guatemala and Mexico met on Monday.",  # a list of places
    "In Guatemala, officials met on Monday.",  # not the sentence's subject
])
def test_a_place_that_is_not_a_sentences_subject_sets_no_focus(tmp_path, rules, opening):
    found = claims(tmp_path, f"Violence news\n\n{opening} Officers counted 4,000 homicides in 2019.\n",
                   title="Honduras counts its dead", rules=rules)
    assert figure(found, "4,000").subject == ("Honduras",)


# --------------------------------------------------------------------------- departments, lists


def test_a_department_is_a_place_of_its_country(tmp_path, rules):
    found = claims(tmp_path, "In 2019 the department of Cortés had a murder rate of 110 per 100,000 people, "
                             "followed by Olancho with 95.\n", rules=rules)
    assert figure(found, "110").subject == ("Cortés department",)
    assert figure(found, "95").subject == ("Olancho",)


def test_a_department_named_like_a_city_or_a_person_needs_the_word_department(tmp_path, rules):
    found = claims(tmp_path, "Santa Ana recorded 40 homicides in 2019, police chief Luis Cortés said.\n",
                   rules=rules)
    assert figure(found, "40").subject == ("Santa Ana",)


def test_a_place_that_heads_another_figures_list_item_is_that_figures_only(tmp_path, rules):
    found = claims(tmp_path, "In 2019 Honduras ranked first at 90 per 100,000 people, followed by Jamaica "
                             "at 52 and Venezuela at 49.\n", rules=rules)
    assert figure(found, "90").subject == ("Honduras",)
    assert figure(found, "52").subject == ("Jamaica",)


def test_a_place_before_a_comma_and_a_list_link_stays_the_sentences(tmp_path, rules):
    found = claims(tmp_path, "In 2019 Honduras, with 3,300 homicides, came in at 36 per 100,000 people.\n",
                   rules=rules)
    assert figure(found, "36").subject == ("Honduras",)


@pytest.mark.parametrize("sentence", [
    "Guatemala recorded 5,000 homicides in 2019, compared with 3,000 in Honduras.",
    "Its rate stood at 27 per 100,000 in 2019, with 5,000 homicides, against about 3 in Norway in 2019.",
])
def test_a_place_of_a_figure_set_against_another_is_that_figures_only(tmp_path, rules, sentence):
    found = claims(tmp_path, "Violence news\n\nGuatemala has seen no relief. " + sentence + "\n",
                   title="Guatemala counts its dead", rules=rules)
    assert figure(found, "5,000").subject == ("Guatemala",)


# --------------------------------------------------------------------------- datelines, anaphora


@pytest.mark.parametrize("dateline", ["MEXICO CITY (AP) — ", "MEXICO CITY — ", "MEXICO CITY, Mexico (AP) - "])
def test_the_dateline_is_no_figures_place(tmp_path, rules, dateline):
    found = claims(tmp_path, f"{dateline}Police counted 4,100 homicides in 2019, the ministry said.\n",
                   title="Guatemala tallies its dead", rules=rules)
    assert subject_basis(figure(found, "4,100")) == (("Guatemala",), "discourse")


def test_a_city_written_in_capitals_inside_a_sentence_is_still_a_place(tmp_path, rules):
    found = claims(tmp_path, "Police said 400 killings were recorded in MEXICO CITY in 2019.\n", rules=rules)
    assert figure(found, "400").subject == ("Mexico City",)


def test_a_demonym_inside_an_organisations_name_is_no_place(tmp_path, rules):
    found = claims(tmp_path, "Honduras counted 6,000 homicides in 2019.\nThe Organization of American States, "
                             "working from the same total, put the rate at 70 in 2019.\n", rules=rules)
    assert figure(found, "70").subject == ("Honduras",)


def test_a_place_inside_another_figures_words_is_that_figures_only(tmp_path, rules):
    found = claims(tmp_path, "In 2018 ICE deported 90,000 people, among them 20,000 Hondurans and "
                             "11,000 Guatemalans.\n", rules=rules)
    assert figure(found, "90,000").subject == ("United States",)
    assert figure(found, "20,000").subject == ("Honduras",)
    found = claims(tmp_path, "In 2019 Border Patrol agents caught 50,000 unaccompanied minors, along with "
                             "70,000 Guatemalans in family units.\n", rules=rules)
    assert figure(found, "50,000").subject == ("United States",)


def test_the_country_is_the_country_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Speaking in Tegucigalpa on Monday, the minister said the country had recorded 3,900 "
                             "homicides in 2019.\n", title="Honduras tallies a violent year", rules=rules)
    assert "Honduras" in figure(found, "3,900").subject


def test_that_country_is_the_country_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Honduras counted 5,000 homicides in 2019.\n\nGuatemala followed suit. In that country, "
                             "homicides fell to 3,100 in 2019, a little more than in Belize.\n",
                   title="Honduras tallies a violent year", rules=rules)
    assert "Guatemala" in figure(found, "3,100").subject


def test_the_country_is_one_named_before_it_in_its_sentence(tmp_path, rules):
    found = claims(tmp_path, "In Guatemala, where killings eased, police put the country on pace for 3,000 "
                             "murders in 2019.\n", title="Honduras tallies a violent year", rules=rules)
    assert figure(found, "3,000").subject == ("Guatemala",)


def test_the_region_is_the_region_the_title_names(tmp_path, rules):
    found = claims(tmp_path, "Officials met on Monday.\n\nIn 2019 some 9,000 people from the region were deported, "
                             "Central American officials said.\n", title="Northern Triangle violence drives flight",
                   rules=rules)
    assert "Northern Triangle" in figure(found, "9,000").subject


def test_the_agency_is_the_agency_named_last(tmp_path, rules):
    found = claims(tmp_path, "ICE carried out 240,000 removals in fiscal 2019. Some 45,000 Hondurans were among "
                             "them. The agency remains below its "
                             "fiscal 2013 level, when it carried out 330,000 removals.\n",
                   title="Guatemala braces for more returns", rules=rules)
    assert figure(found, "330,000").subject == ("United States",)


def test_a_bound_that_sets_a_figure_against_another_keeps_its_place_its_own(tmp_path, rules):
    found = claims(tmp_path, "In 2019 the survey put Honduras's rate at 40 per 100,000, below the 60 per 100,000 "
                             "it found for Tegucigalpa.\n", rules=rules)
    assert figure(found, "40").subject == ("Honduras",)
    assert figure(found, "60").subject == ("Tegucigalpa",)


@pytest.mark.parametrize("verb", ["overtook", "surpassed", "outpaced", "outstripped", "topped"])
def test_a_place_another_is_ranked_past_is_a_yardstick_not_the_figures_place(tmp_path, rules, verb):
    found = claims(tmp_path, f"In 2019 Panama {verb} Belize as the deadliest country in the region, with a "
                             "murder rate of more than 60 per 100,000 people.\n", rules=rules)
    assert figure(found, "60").subject == ("Panama",)


@pytest.mark.parametrize("multiple", ["almost double", "twice", "nearly triple", "five times", "four times the rate of",
                                      "six times that of", "five times the Belizean rate, and"])
def test_the_place_a_multiple_is_taken_of_is_a_yardstick(tmp_path, rules, multiple):
    found = claims(tmp_path, f"A UN study found that Panama had a 2019 murder rate of 80.2, {multiple} "
                             "Belize's, while Chile had 4.6.\n", rules=rules)
    assert figure(found, "80.2").subject == ("Panama",)


def test_the_agent_a_place_is_ranked_past_by_is_no_yardstick(tmp_path, rules):
    found = claims(tmp_path, "In 2019 Panama was overtaken by Belize, with a murder rate of more than 60 per "
                             "100,000 people.\n", rules=rules)
    assert "Belize" in figure(found, "60").subject


def test_a_rate_said_with_a_possessive_is_the_possessors(tmp_path, rules):
    found = claims(tmp_path, "In May, officials from the US embassy put Panama's 2019 murder rate at 11 per 100,000, "
                             "the lowest in years.\n", title="Belize counts its dead", rules=rules)
    assert subject_basis(figure(found, "11")) == (("Panama",), "phrase")
    two = claims(tmp_path / "b", "A Mexican study put Belize's rate at 30 per 100,000 and Panama's rate at 11 per "
                                 "100,000 in 2019.\n", rules=rules)
    assert figure(two, "30").subject == ("Belize",)
    assert figure(two, "11").subject == ("Panama",)


def test_a_possessive_cut_off_from_the_figure_by_punctuation_owns_no_rate(tmp_path, rules):
    found = claims(tmp_path, "Panama's rate, the US embassy said, reached 11 per 100,000 in 2019.\n", rules=rules)
    assert subject_basis(figure(found, "11"))[1] != "phrase"


def test_a_title_about_a_city_names_the_articles_main_place(tmp_path, rules):
    found = claims(tmp_path, "The industrial hub registered 1,100 killings in 2019.\n",
                   title="San Pedro Sula keeps its grim record", rules=rules)
    assert subject_basis(figure(found, "1,100")) == (("San Pedro Sula",), "discourse")


def test_a_sentence_without_figures_that_locates_a_place_puts_it_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Crime data are disputed in Guatemala. In May 2019, the president claimed a 12 percent "
                             "drop in homicides.\n", title="Honduras tallies a violent year", rules=rules)
    assert subject_basis(figure(found, "12 percent")) == (("Guatemala",), "discourse")
    found = claims(tmp_path, "The study was backed by the US. Police counted 300 murders in May 2019.\n",
                   title="Guatemala tallies a violent year", rules=rules)
    assert figure(found, "300").subject == ("Guatemala",)


def test_a_tied_place_brings_the_places_listed_with_it(tmp_path, rules):
    found = claims(tmp_path, "In 2019 the ministry spent $40 million on police in Costa Rica, Panama and Belize, "
                             "short of the $60 million it had planned.\n", title="Mexico tallies its spending",
                   rules=rules)
    assert figure(found, "$40 million").subject == ("Belize", "Costa Rica", "Panama")
    assert "Mexico" not in figure(found, "$60 million").subject and "Belize" in figure(found, "$60 million").subject


def test_a_figure_of_every_country_of_a_region_is_the_regions_too(tmp_path, rules):
    found = claims(tmp_path, "In 2019 some 90,000 people were deported to El Salvador, Guatemala and Honduras.\n",
                   rules=rules)
    claim = figure(found, "90,000")
    assert claim.subject == ("El Salvador", "Guatemala", "Honduras", "Northern Triangle")
    assert "together: Northern Triangle" in claim.evidence("subject").words


def test_a_place_a_figure_goes_to_is_its_own(tmp_path, rules):
    found = claims(tmp_path, "The tables show 9,000 removals to Honduras, 7,000 to Guatemala and 2,000 to Belize "
                             "in fiscal 2019.\n", rules=rules)
    assert subject_basis(figure(found, "9,000")) == (("Honduras",), "phrase")
    assert subject_basis(figure(found, "7,000")) == (("Guatemala",), "phrase")


def test_a_place_after_a_link_and_a_word_naming_what_it_is_is_the_figures(tmp_path, rules):
    found = claims(tmp_path, "In 2013 San Pedro Sula posted a rate of 190, more than double the 80 recorded in the "
                             "capital Tegucigalpa.\n", rules=rules)
    assert subject_basis(figure(found, "80")) == (("Tegucigalpa",), "phrase")
    assert figure(found, "190").subject == ("San Pedro Sula",)


def test_an_unknown_place_at_the_end_of_a_sentence_is_named_without_the_full_stop(tmp_path, rules):
    found = claims(tmp_path, "Violence eased in 2019, with 52 murders per 100,000 in Ruritania.\n", rules=rules)
    claim = figure(found, "52")
    assert claim.subject == () and claim.evidence("subject").words == "Ruritania (not a known place)"


# --------------------------------------------------------------------------- yardsticks, relative clauses


def test_a_place_the_figure_is_measured_against_is_not_its_own(tmp_path, rules):
    found = claims(tmp_path, "In Guatemala City, the 2019 rate of 44 per 100,000 was close to the same as "
                             "Honduras's.\n", rules=rules)
    assert figure(found, "44").subject == ("Guatemala City",)


def test_a_figure_tied_to_a_yardstick_sets_no_focus(tmp_path, rules):
    text = ("Officials said the 2020 rate left Belize third in the region, just behind Jamaica at 44.7.\n"
            "The ministry put the 2019 rate at 30 per 100,000.\n")
    found = claims(tmp_path, text, title="Belize counts fewer murders", rules=rules)
    assert subject_basis(figure(found, "30")) == (("Belize",), "discourse")


def test_a_relative_clause_after_a_place_is_about_that_place(tmp_path, rules):
    found = claims(tmp_path, "Honduras ended 2019 with fewer murders, above all in the city of San Pedro Sula, "
                             "where killings fell by about 300 from the year before.\n", rules=rules)
    assert subject_basis(figure(found, "300")) == (("San Pedro Sula",), "clause")


def test_a_place_in_another_clause_with_a_figure_of_its_own_is_that_figures(tmp_path, rules):
    text = "Officials counted 400 murders in Belize in 2019, and in 2020 police recorded 350 arrests.\n"
    found = claims(tmp_path, text, rules=rules)
    assert figure(found, "400 murders").subject == ("Belize",)
    assert subject_basis(figure(found, "350")) == (("Belize",), "discourse")  # the place in focus, not its clause's


def test_a_neighbour_on_the_border_is_no_focus(tmp_path, rules):
    text = ("Agents held 2,000 migrants along the border with Guatemala in May, and in June a record 900 "
            "unaccompanied children arrived.\n")
    found = claims(tmp_path, text, title="Mexico sees more migrant children", rules=rules)
    assert subject_basis(figure(found, "900")) == (("Mexico",), "discourse")


# --------------------------------------------------------------------------- organisations named after a place


def test_the_home_of_a_body_that_ranks_cities_is_not_the_citys(tmp_path, rules):
    text = ("Belize City topped the 2019 list of a Canadian think tank, with 60 homicides per 100,000 "
            "residents.\n")
    assert figure(claims(tmp_path, text, rules=rules), "60").subject == ("Belize City",)


def test_a_possessive_or_of_names_the_home_too(tmp_path, rules):
    text = ("Kingston came first in 2019 with 70 homicides per 100,000, according to Panama's Citizen "
            "Council for Public Safety.\n")
    assert figure(claims(tmp_path, text, rules=rules), "70").subject == ("Kingston",)
    text = ("Managua came last in 2019 with 9 homicides per 100,000, in the ranking of the Citizen "
            "Council for Public Safety of Panama.\n")
    assert figure(claims(tmp_path, text, rules=rules), "9").subject == ("Managua",)


def test_a_national_observatory_with_no_other_place_counts_its_own_country(tmp_path, rules):
    text = "The Belize violence observatory counted 90 murders in 2019.\n"
    assert figure(claims(tmp_path, text, rules=rules), "90").subject == ("Belize",)


def test_a_home_is_kept_when_the_other_places_come_after_the_figure(tmp_path, rules):
    """Places after the figure may be the yardsticks it is set against: the home stays among its places."""
    text = ("The Violence Observatory of the University of Belize found the 2019 rate reached 40 per "
            "100,000, higher than countries such as Panama.\n")
    assert "Belize" in figure(claims(tmp_path, text, rules=rules), "40").subject


def test_organisation_homes_are_found_before_and_after_the_noun():
    from checker.binding.reference_places import organization_homes
    text = "Ruritania's figures from the institute differ from those of the Zembla observatory."
    places = [(0, 9, "Ruritania"), (text.index("Zembla"), text.index("Zembla") + 6, "Zembla")]
    assert [p[2] for p in organization_homes(text, places)] == ["Zembla"]


def test_reference_places_read_the_same_in_any_case_and_beyond_ascii():
    """The quick tests in front of the reference-place regexes (a sentence with no organisation
    noun has no home; the lower-cased scan) find what the case-insensitive regexes find."""
    from checker.binding.reference_places import landmarks, organization_homes, yardsticks

    def at(text, name):
        return [(text.index(name), text.index(name) + len(name), name)]
    for text in ("Zembla’s rate, JUST BEHIND Ruritania, fell.", "Zembla's rate, just behind Ruritania, fell."):
        assert yardsticks(text, at(text, "Ruritania")) == at(text, "Ruritania")
    for text in ("Ruritania's Citizen COUNCIL counted 40.", "Ruritania’s Think  Tank counted 40 in İzmir."):
        assert organization_homes(text, at(text, "Ruritania")) == at(text, "Ruritania")
    assert organization_homes("Ruritania’s citizens counted 40 in İzmir.", at("Ruritania’s citizens", "Ruritania")) == []
    text = "A town 74 kilometers SOUTHEAST OF Zembla, in İzmir."
    assert landmarks(text, at(text, "Zembla")) == at(text, "Zembla")


def test_the_agent_of_a_passive_metric_verb_is_no_list_item_of_the_figure_after_it(tmp_path, rules):
    """"deported by Mexico at 31,000": Mexico deported them; the 31,000 are the Hondurans, not
    Mexico's own total as in "Jamaica at 52"."""
    found = claims(tmp_path, "Hondurans were first among the migrants deported by Mexico at 31,000, trailed by "
                             "27,000 Guatemalans, in 2019.\n", rules=rules)
    claim = figure(found, "31,000")
    assert claim.metric == "deportations"
    assert "Honduras" in claim.subject


@pytest.mark.parametrize(("text", "words", "place"), [
    ("Hondurans were first among the migrants deported by Mexico at 31,000, trailed by 27,000 Guatemalans, in 2019.\n",
     "31,000", "Honduras"),
    ("In 2019 Mexico deported 40,000 Guatemalans; Salvadorans numbered 20,000.\n", "20,000", "El Salvador"),
])
def test_a_clause_split_by_place_leaves_each_figure_its_own_people(tmp_path, rules, text, words, place):
    assert figure(claims(tmp_path, text, rules=rules), words).subject == (place,)


# --------------------------------------------------------------------------- landmarks


def test_a_place_a_distance_is_measured_from_is_not_the_figures_place(tmp_path, rules):
    """"60 kilometers (37 miles) southeast of Tegucigalpa" says where the jail lies from the city:
    its capacity is not the city's; the figure takes the place in focus instead."""
    found = claims(tmp_path, "Honduras opened a jail last year.\n\nThe jail, built in a valley some 60 kilometers "
                             "(37 miles) southeast of Tegucigalpa, has room for 9,000 inmates.\n",
                   title="Honduras opens a jail", rules=rules)
    assert figure(found, "9,000").subject == ("Honduras",)


def test_a_bearing_with_no_distance_keeps_its_place(tmp_path, rules):
    found = claims(tmp_path, "In the north of Guatemala, police counted 300 murders in 2019.\n", rules=rules)
    assert figure(found, "300").subject == ("Guatemala",)


JOINED = ("The 2019 list of violent cities came out on Monday.\n\n"
          "Baltimore came 21st with 52, while Colombia's Cali fell to 33rd with 480 killings and a rate of 34.12.\n")


def test_a_figure_joined_to_the_one_before_shares_its_place(tmp_path, rules):
    rate = figure(claims(tmp_path, JOINED, rules=rules), "34.12")
    assert "Cali" in rate.subject and "Baltimore" not in rate.subject


def test_a_figure_joined_to_the_one_before_shares_its_period(tmp_path, rules):
    found = claims(tmp_path, JOINED, rules=rules)
    assert figure(found, "34.12").time.start == figure(found, "480").time.start


def test_a_pause_between_two_figures_joins_nothing(tmp_path, rules):
    text = "Colombia's Cali counted 480 killings in 2019, and Baltimore, by far the largest city, had a rate of 34.12.\n"
    assert "Cali" not in figure(claims(tmp_path, text, rules=rules), "34.12").subject


def test_a_list_of_places_cut_at_its_last_and_stays_whole(tmp_path, rules):
    text = ("In 2019 Chile deported 9,316 people; 99% of them, or 9,223, were Peruvians, Bolivians and "
            "Ecuadorians, including 1,273 children.\n")
    assert {"Peru", "Bolivia", "Ecuador"} <= set(figure(claims(tmp_path, text, rules=rules), "9,223").subject)


def test_the_combined_anaphor_regex_finds_what_each_type_finds():
    """The one-regex pre-check in front of the scan per type finds every phrase of every type, in
    any case, and nothing where no type's regex finds anything."""
    from checker import lang
    from checker.binding.subject import _anaphor_patterns, _any_anaphor

    for words in lang.load(lang.DEFAULT)["place_anaphors"].values():
        for word in words:
            for text in (f"Officials in {word} said so.", f"{word.upper()} RECORDED 40.", f"{word.title()}, again."):
                assert _any_anaphor(lang.DEFAULT).search(text)
                assert any(p.search(text) for _, p in _anaphor_patterns(lang.DEFAULT))
    for text in ("Zembla's ministry counted 40 killings.", "The countryside saw 12 raids.", "Thenation's 5 ports."):
        assert not _any_anaphor(lang.DEFAULT).search(text)
        assert not any(p.search(text) for _, p in _anaphor_patterns(lang.DEFAULT))


def test_a_figure_right_after_a_possessive_is_the_possessors(tmp_path, rules):
    found = claims(tmp_path, "A U.N. study found that Belize had a 2019 murder rate of 40.2, almost double "
                             "Panama's 21.3, while Honduras had 38.9.\n", rules=rules)
    assert subject_basis(figure(found, "21.3")) == (("Panama",), "phrase")
    assert figure(found, "40.2").subject == ("Belize",)


def test_a_sentence_naming_a_regions_countries_together_puts_them_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Officials met in Washington on Monday.\n\nThe minister said he was suspending security "
                             "assistance to Honduras and its neighbours, Guatemala and El Salvador. \"We were sending "
                             "them $300 million,\" he said.\n", rules=rules)
    assert "Northern Triangle" in figure(found, "$300 million").subject


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Tegucigalpa, close to the Nicaraguan border, led a list drawn up by a Mexican research group, with 900 "
           "killings in 2019.\n"),
    ("en", "Tegucigalpa, the hub near the Nicaraguan border, led a list drawn up by a Mexican citizens' group, "
           "with 900 killings in 2019.\n"),
    ("es", "Tegucigalpa, cerca de Nicaragua, encabezó la lista con 900 homicidios en 2019.\n"),
])
def test_a_place_something_lies_near_and_a_groups_home_are_not_the_figures(tmp_path, rules, language, text):
    found = claims(tmp_path, text, rules=rules, language=language)
    assert figure(found, "900").subject == ("Tegucigalpa",)


def test_a_rate_after_a_count_of_a_place_no_rule_knows_is_that_places_too(tmp_path, rules):
    found = claims(tmp_path, "Honduras recorded 5,900 homicides in 2016.\n\nThe Valle Alto Commune recorded 412 "
                             "homicides, a rate of 61.5 per 100,000.\n", title="Killings in Honduras", rules=rules)
    assert figure(found, "412").subject == figure(found, "61.5").subject == ()
    assert "not a known place" in figure(found, "61.5").evidence("subject").words


@pytest.mark.parametrize(("language", "text", "figure_text"), [
    ("en", "Choloma's rate climbed to 95.2, second only to San Pedro Sula among the larger cities.", "95.2"),
    ("es", "La tasa de Choloma subió a 95,2, solo superada por San Pedro Sula entre las ciudades grandes.", "95,2"),
])
def test_the_place_a_figure_ranks_second_to_is_a_yardstick(tmp_path, rules, language, text, figure_text):
    found = claims(tmp_path, f"{text}\n", title="Killings in Honduras", rules=rules, language=language)
    assert "San Pedro Sula" not in figure(found, figure_text).subject


def test_the_town_an_observatory_sits_in_is_no_place_of_a_rate_joined_to_a_count(tmp_path, rules):
    found = claims(tmp_path, "Honduras closed 2016 with 5,270 homicides and a rate of 61.8 per 100,000, its third "
                             "decline in a row according to the observatory in Tegucigalpa.\n", rules=rules)
    assert figure(found, "5,270").subject == figure(found, "61.8").subject == ("Honduras",)


def test_a_dateline_of_two_cities_joined_by_a_word_is_no_figures_place(tmp_path, rules):
    found = claims(tmp_path, "TEGUCIGALPA and SAN PEDRO SULA — Police counted 436 homicides in May, officials said.\n",
                   title="A month of killings in Guatemala", rules=rules)
    assert figure(found, "436").subject == ("Guatemala",)
