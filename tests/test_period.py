"""A figure's period taken from the discourse (checker/binding/time_scope.py): a count of events
with no time of its own takes the time in focus of its paragraph, and only while the text stays on
it. Every sentence here is written for these tests (articles published 2020-03-01)."""
from __future__ import annotations

from tests.conftest import figure
from tests.conftest import one_article_claims as claims


def period(claim) -> tuple:
    return claim.time.start, claim.time.end


def time_basis(claim) -> tuple:
    e = claim.evidence("time")
    return claim.time.basis, e.basis if e else None, e.words if e else ""


PUBLICATION = (None, "2020-03-01")


def test_a_rate_with_no_time_of_its_own_takes_the_time_in_focus_of_the_sentence_before(tmp_path, rules):
    found = claims(tmp_path, "The agency put Ruritania's murder rate at 45 per 100,000 for 2018.\n\n"
                             "Zembla ranked second at 38 per 100,000, followed by Oslo at 30.\n", rules=rules)
    for words in ("38 per", "30"):
        claim = figure(found, words)
        assert period(claim) == ("2018-01-01", "2018-12-31")
        basis, evidence, said = time_basis(claim)
        assert (basis, evidence) == ("inherited", "discourse") and "time in focus" in said


def test_a_count_in_a_list_takes_the_year_named_earlier_in_its_paragraph(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018. Zembla followed with 700 murders, and "
                             "Oslo with 650 murders.\n", rules=rules)
    assert period(figure(found, "700")) == ("2018-01-01", "2018-12-31")
    assert period(figure(found, "650")) == ("2018-01-01", "2018-12-31")


def test_a_stock_with_no_time_stays_as_of_publication(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018. The country is home to 6 million "
                             "people.\n", rules=rules)
    assert period(figure(found, "6 million")) == PUBLICATION


def test_the_time_in_focus_is_not_carried_past_the_next_paragraph(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018.\n\nThe minister spoke at length.\n\n"
                             "Zembla had 38 murders per 100,000.\n", rules=rules)
    assert period(figure(found, "38")) == PUBLICATION


def test_the_time_in_focus_is_not_carried_once_another_time_was_named(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018. The minister took office in 2016. "
                             "Zembla had 700 murders.\n", rules=rules)
    assert period(figure(found, "700")) == PUBLICATION


def test_a_sentence_naming_two_periods_gives_no_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018, a year after the truce of 2017 was "
                             "signed. Zembla had 700 murders.\n", rules=rules)
    assert period(figure(found, "700")) == PUBLICATION


def test_a_figure_with_a_length_of_its_own_keeps_it(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018. Zembla had 80 murders in 30 days.\n",
                   rules=rules)
    assert period(figure(found, "80")) == PUBLICATION


def test_a_link_to_another_story_gives_no_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "*Read this: Ruritania counted 900 homicides in 2018*\n\n"
                             "Zembla had 700 murders.\n", rules=rules)
    assert period(figure(found, "700")) == PUBLICATION


def test_a_year_after_above_is_the_base_of_a_comparison(tmp_path, rules):
    found = claims(tmp_path, "Ruritania deported 9,000 people in 2019. Zembla was deporting people at a pace "
                             "40% above the previous year.\n", rules=rules)
    assert period(figure(found, "40%")) == ("2019-01-01", "2019-12-31")


def test_the_time_in_focus_reaches_the_next_paragraph_past_a_base_values_time(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018, down from 1,000 in 2017.\n\n"
                             "Violence stays high in the north. The province of Zembla had 300 murders, and Oslo "
                             "had 200 murders.\n", rules=rules)
    assert period(figure(found, "300")) == ("2018-01-01", "2018-12-31")
    assert "paragraph before" in time_basis(figure(found, "200"))[2]


def test_a_figure_stated_in_the_present_takes_no_past_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018. By comparison, Zembla's murder rate is "
                             "around 2 per 100,000.\n", rules=rules)
    assert period(figure(found, "2 per")) == PUBLICATION


def test_a_time_right_after_a_base_value_dates_only_that_base(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018, down from 1,000 in 2017, or 75 a month "
                             "and about 2.5 a day, against 3 a day the year before.\n", rules=rules)
    assert period(figure(found, "2.5")) == ("2018-01-01", "2018-12-31")
    assert period(figure(found, "3")) == ("2017-01-01", "2017-12-31")


def test_a_base_year_after_a_change_does_not_become_the_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Ruritania recorded 50 murders per 100,000 people in 2018. But that was a clear "
                             "decline from 2017, when its rate stood at 60 per 100,000.\n\nAn analyst noted that "
                             "the rate had been 60 the previous year and 70 in 2016.\n", rules=rules)
    assert period(figure(found, "60 per")) == ("2017-01-01", "2017-12-31")
    claim = [c for c in found if c.kind == "quantity" and c.text == "60"][0]
    assert period(claim) == ("2017-01-01", "2017-12-31")


def test_a_change_over_a_range_of_years_keeps_the_range(tmp_path, rules):
    found = claims(tmp_path, "Zembla saw a 300 percent increase from 2008 to 2013 in its prison population.\n",
                   rules=rules)
    assert period(figure(found, "300 percent")) == ("2008-01-01", "2013-12-31")


def test_a_time_in_an_aside_dates_the_aside_not_the_figure(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018. Zembla, the deadliest city as recently as "
                             "2010, fell to 37th place with 500 killings.\n", rules=rules)
    assert period(figure(found, "500")) == ("2018-01-01", "2018-12-31")


def test_an_aside_holding_a_figure_keeps_its_time_for_the_others(tmp_path, rules):
    found = claims(tmp_path, "The survey, which found that Ruritania had a 2012 murder rate of 90, put Zembla at "
                             "45 murders per 100,000.\n", rules=rules)
    assert period(figure(found, "45")) == ("2012-01-01", "2012-12-31")


def test_a_figure_in_an_aside_takes_the_time_of_its_aside_not_the_fronted_one(tmp_path, rules):
    found = claims(tmp_path, "Over the past three years, Zembla's murder rate, which topped 90 per 100,000 in "
                             "2016, has fallen steeply.\n", rules=rules)
    assert period(figure(found, "90")) == ("2016-01-01", "2016-12-31")


def test_a_fronted_clause_is_no_aside(tmp_path, rules):
    found = claims(tmp_path, "Between January and May, before the election, Zembla was averaging 12 homicides a "
                             "day; from June to November the police counted 5 a day.\n", rules=rules)
    assert figure(found, "12").time.text.startswith("Between")


def test_a_time_right_after_another_figure_past_a_dash_is_that_figures(tmp_path, rules):
    found = claims(tmp_path, "Zembla deported 90,000 Central Americans from its territory in 2019 — 40,000 "
                             "Hondurans, 30,000 Guatemalans, 15,000 Salvadorans and 900 Nicaraguans — after "
                             "70,000 in 2017.\n", rules=rules)
    assert period(figure(found, "900")) == ("2019-01-01", "2019-12-31")


def test_figures_joined_by_and_share_the_time_after_them(tmp_path, rules):
    found = claims(tmp_path, "Zembla closed the year with 1,300 homicides, down from 2,400 and 36 in 2019; that "
                             "was its lowest toll since 1992.\n", rules=rules)
    assert period(figure(found, "2,400")) == ("2019-01-01", "2019-12-31")


def test_this_year_in_a_projection_is_the_whole_year(tmp_path, rules):
    found = claims(tmp_path, "Zembla is heading for a murder rate of 50 per 100,000 this year. Police have "
                             "counted 300 homicides this year.\n", rules=rules)
    assert period(figure(found, "50")) == ("2020-01-01", "2020-12-31")
    assert period(figure(found, "300")) == ("2020-01-01", "2020-03-01")


def test_a_time_of_saying_dates_no_figure_of_another_clause(tmp_path, rules):
    found = claims(tmp_path, "The murder rate dropped to 40 per 100,000 residents, and the minister said earlier "
                             "this month that 2019 had ended with 2,000 murders.\n", rules=rules)
    assert period(figure(found, "40")) == ("2019-01-01", "2019-12-31")


def test_a_year_modifying_the_head_noun_dates_the_figure_after_at(tmp_path, rules):
    found = claims(tmp_path, "In March, an analysis put Zembla's 2019 rate at 54 per 100,000.\n", rules=rules)
    assert period(figure(found, "54")) == ("2019-01-01", "2019-12-31")


def test_a_figure_in_an_apposition_to_a_since_time_is_that_times(tmp_path, rules):
    found = claims(tmp_path, "Killings in Zembla began falling after 2016, the bloodiest year on record, with a "
                             "rate of 90 per 100,000.\n", rules=rules)
    assert period(figure(found, "90")) == ("2016-01-01", "2016-12-31")


def test_a_relative_clause_after_a_time_is_about_the_figure(tmp_path, rules):
    found = claims(tmp_path, "Police gave a count of 3,900 homicides through December 30, which was 1,300 fewer "
                             "than the 5,200 murders over the same span of 2018.\n", rules=rules)
    assert period(figure(found, "1,300")) == ("2019-01-01", "2019-12-30")


def test_a_figure_with_no_metric_does_not_move_the_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla's murders fell to 900 in 2018, the fewest since 2004 in a nation of nearly "
                             "15 million. Its murder rate dropped from 8 per 100,000 in 2017 to roughly 6.\n",
                   rules=rules)
    assert period(figure(found, "6")) == ("2018-01-01", "2018-12-31")


def test_a_habit_takes_no_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla deported 9,000 people in 2019. Four planeloads of deportees land every week "
                             "in Ruritania, about 8,000 deportees a year.\n", rules=rules)
    assert figure(found, "8,000").time.basis == "publication"


def test_an_indefinite_aside_may_run_to_the_sentences_end(tmp_path, rules):
    found = claims(tmp_path, "Between 2011 and 2015, Zembla recorded 20,000 homicides, an average of roughly "
                             "4,000 a year, a level compared to the tolls of the 1980-1992 war.\n", rules=rules)
    assert period(figure(found, "4,000")) == ("2011-01-01", "2015-12-31")
