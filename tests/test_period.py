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


def exactly(found, text: str):
    """The one quantity claim whose text is ``text``."""
    [claim] = [c for c in found if c.kind == "quantity" and c.text == text]
    return claim


PUBLICATION = (None, "2020-03-01")


def test_a_rate_with_no_time_of_its_own_takes_the_time_in_focus_of_the_sentence_before(tmp_path, rules):
    found = claims(tmp_path, "A regional survey gave Ruritania 45 murders per 100,000 for 2018.\n\n"
                             "Zembla came next with 38 per 100,000, ahead of Oslo with 30.\n", rules=rules)
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


def test_the_month_a_report_came_out_does_not_end_the_time_in_focus(tmp_path, rules):
    """"In January, a study put ..." dates the study: its sentence still speaks of one period."""
    found = claims(tmp_path, "In January, a study by a university put Ruritania's 2018 murder rate at 45 per 100,000. "
                             "Zembla, the study said, had 38 murders per 100,000.\n", rules=rules)
    assert period(figure(found, "38")) == ("2018-01-01", "2018-12-31")


def test_a_fronted_month_before_a_subject_that_is_no_publication_still_names_a_period(tmp_path, rules):
    found = claims(tmp_path, "In January, police put Ruritania's 2018 murder rate at 45 per 100,000. Zembla had 38 "
                             "murders per 100,000.\n", rules=rules)
    assert period(figure(found, "38")) == PUBLICATION


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
                             "30% below the previous year.\n", rules=rules)
    assert period(figure(found, "30%")) == ("2019-01-01", "2019-12-31")


def test_the_time_in_focus_reaches_the_next_paragraph_past_a_base_values_time(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018, down from 1,000 in 2017.\n\n"
                             "Most of the killing happens in the ports. The province of Zembla had 300 murders, and "
                             "Oslo had 200 murders.\n", rules=rules)
    assert period(figure(found, "300")) == ("2018-01-01", "2018-12-31")
    assert "paragraph before" in time_basis(figure(found, "200"))[2]


def test_a_figure_stated_in_the_present_takes_no_past_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018. In Zembla the murder rate is close to 2 "
                             "per 100,000.\n", rules=rules)
    assert period(figure(found, "2 per")) == PUBLICATION


def test_a_time_right_after_a_base_value_dates_only_that_base(tmp_path, rules):
    found = claims(tmp_path, "Ruritania's police logged 730 homicides in 2018, fewer than the 1,095 of 2017, that "
                             "is 61 a month and 2 a day, compared with 3 a day the year before.\n", rules=rules)
    assert period(exactly(found, "2")) == ("2018-01-01", "2018-12-31")
    assert period(exactly(found, "3")) == ("2017-01-01", "2017-12-31")


def test_a_base_year_after_a_change_does_not_become_the_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Ruritania's murder rate was 50 per 100,000 in 2018. That marked a sharp fall from "
                             "2017, when it reached 60 per 100,000.\n\nA researcher recalled that the rate had reached 60 the "
                             "previous year and 70 in 2016.\n", rules=rules)
    assert period(figure(found, "60 per")) == ("2017-01-01", "2017-12-31")
    assert period(exactly(found, "60")) == ("2017-01-01", "2017-12-31")


def test_a_change_over_a_range_of_years_keeps_the_range(tmp_path, rules):
    found = claims(tmp_path, "Zembla saw a 300 percent rise from 2005 to 2010 in its jail population.\n",
                   rules=rules)
    assert period(figure(found, "300 percent")) == ("2005-01-01", "2010-12-31")


def test_a_time_in_an_aside_dates_the_aside_not_the_figure(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2018. Zembla, the busiest port of the coast in "
                             "2009, slipped to 12th place with 300 killings.\n", rules=rules)
    assert period(figure(found, "300 killings")) == ("2018-01-01", "2018-12-31")


def test_an_aside_holding_a_figure_keeps_its_time_for_the_others(tmp_path, rules):
    found = claims(tmp_path, "The report, which said Ruritania's 2013 murder rate was 70, put Zembla at 45 "
                             "murders per 100,000.\n", rules=rules)
    assert period(figure(found, "45")) == ("2013-01-01", "2013-12-31")


def test_a_figure_in_an_aside_takes_the_time_of_its_aside_not_the_fronted_one(tmp_path, rules):
    found = claims(tmp_path, "In the last five years, the murder rate of Zembla, which peaked at 95 per 100,000 "
                             "in 2015, has halved.\n", rules=rules)
    assert period(figure(found, "95")) == ("2015-01-01", "2015-12-31")


def test_a_fronted_clause_is_no_aside(tmp_path, rules):
    found = claims(tmp_path, "From February to April, ahead of the vote, Zembla saw 12 homicides a day; in the "
                             "months after, the police counted 5 a day.\n", rules=rules)
    assert figure(found, "12").time.text.startswith("From")


def test_a_time_right_after_another_figure_past_a_dash_is_that_figures(tmp_path, rules):
    found = claims(tmp_path, "Zembla deported 50,000 people in 2019 — 22,000 to Ruritania, 18,000 to Oslo, 9,000 "
                             "to Lima and 1,000 to Quito — after 41,000 in 2016.\n", rules=rules)
    assert period(exactly(found, "1,000")) == ("2019-01-01", "2019-12-31")


def test_figures_joined_by_and_share_the_time_after_them(tmp_path, rules):
    found = claims(tmp_path, "Zembla ended the year with 800 killings, after 950 and 42 in 2019; it was the "
                             "quietest year since 1999.\n", rules=rules)
    assert period(figure(found, "950")) == ("2019-01-01", "2019-12-31")


def test_this_year_in_a_projection_is_the_whole_year(tmp_path, rules):
    found = claims(tmp_path, "At the current pace, Zembla is on track for 50 murders per 100,000 this year. "
                             "Police have counted 300 homicides this year.\n", rules=rules)
    assert period(figure(found, "50")) == ("2020-01-01", "2020-12-31")
    assert period(figure(found, "300")) == ("2020-01-01", "2020-03-01")


def test_a_time_of_saying_dates_no_figure_of_another_clause(tmp_path, rules):
    found = claims(tmp_path, "The murder rate fell to 40 per 100,000, and the police chief told reporters on "
                             "Monday that 2019 closed with 2,000 murders.\n", rules=rules)
    assert period(figure(found, "40")) == ("2019-01-01", "2019-12-31")


def test_a_year_modifying_the_head_noun_dates_the_figure_after_at(tmp_path, rules):
    found = claims(tmp_path, "Last month, a think tank estimated Zembla's 2019 rate at 33 per 100,000.\n", rules=rules)
    assert period(figure(found, "33")) == ("2019-01-01", "2019-12-31")


def test_a_figure_in_an_apposition_to_a_since_time_is_that_times(tmp_path, rules):
    found = claims(tmp_path, "Murders in Zembla have declined since 2014, the worst year in its history, with a "
                             "rate of 75 per 100,000.\n", rules=rules)
    assert period(figure(found, "75")) == ("2014-01-01", "2014-12-31")


def test_a_relative_clause_after_a_time_is_about_the_figure(tmp_path, rules):
    found = claims(tmp_path, "Officers tallied 2,100 murders through November 30, which was 400 fewer than the "
                             "2,500 murders over the same span of 2018.\n", rules=rules)
    assert period(figure(found, "400")) == ("2019-01-01", "2019-11-30")


def test_a_figure_with_no_metric_does_not_move_the_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla logged 900 murders in 2018, its lowest count since 1997 in a population of "
                             "11 million. Its murder rate went down from 8 per 100,000 in 2017 to about 6.\n",
                   rules=rules)
    assert period(figure(found, "6")) == ("2018-01-01", "2018-12-31")


def test_a_habit_takes_no_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla deported 9,000 people in 2019. Three buses of deportees cross into Ruritania "
                             "every week, some 8,000 deportees a year.\n", rules=rules)
    assert figure(found, "8,000").time.basis == "publication"


def test_an_indefinite_aside_may_run_to_the_sentences_end(tmp_path, rules):
    found = claims(tmp_path, "From 2012 to 2016, Zembla counted 15,000 homicides, an average of about 3,000 a "
                             "year, a level last seen in the 1970s.\n", rules=rules)
    assert period(figure(found, "3,000")) == ("2012-01-01", "2016-12-31")


def test_a_running_total_in_a_text_that_reckons_in_fiscal_years_counts_from_the_fiscal_years_start(tmp_path, rules):
    found = claims(tmp_path, "In fiscal 2019 agents stopped 40,000 migrants at the Zembla border. This time the "
                             "tally of migrants stopped reached 21,000 by January 31, and officials have forecast "
                             "as many as 70,000 by the end of September.\n", rules=rules)
    assert period(figure(found, "21,000")) == ("2019-10-01", "2020-01-31")
    assert period(figure(found, "70,000")) == ("2019-10-01", "2020-09-30")  # a projection: the September ahead


def test_a_running_total_by_a_date_stays_that_date_when_no_fiscal_year_is_named(tmp_path, rules):
    found = claims(tmp_path, "In 2019 agents stopped 40,000 migrants at the Zembla border. This time the tally "
                             "of migrants stopped reached 21,000 by January 31.\n", rules=rules)
    assert period(figure(found, "21,000"))[1] == "2020-01-31"
    assert period(figure(found, "21,000"))[0] != "2019-10-01"


def test_a_count_so_far_this_year_ends_where_its_sentence_says_the_stretch_ends(tmp_path, rules):
    found = claims(tmp_path, "Zembla police said they had counted 40 murders so far this year, compared with 55 by "
                             "the same date a year earlier, a toll for the first twelve days of January.\n",
                   rules=rules)
    assert period(figure(found, "40")) == ("2020-01-01", "2020-01-12")
    assert period(figure(found, "55")) == ("2019-01-01", "2019-01-12")


def test_a_count_so_far_this_year_keeps_its_end_beside_a_whole_month(tmp_path, rules):
    found = claims(tmp_path, "Zembla police said they had counted 40 murders so far this year, 25 of them in "
                             "January.\n", rules=rules)
    assert period(figure(found, "40")) == ("2020-01-01", "2020-03-01")


def test_a_running_total_so_far_counts_from_the_event_its_sentence_names(tmp_path, rules):
    found = claims(tmp_path, "Asked about the state of emergency, the Zembla interior minister said it had so far "
                             "led to 9,000 arrests.\n\nThe president declared a state of emergency on May 2, "
                             "2019, after a wave of riots.\n", rules=rules)
    claim = exactly(found, "9,000 arrests")
    assert period(claim) == ("2019-05-02", "2020-03-01")
    assert claim.evidence("time").rule == "emergency_declared"


def test_a_running_total_with_no_running_cue_stays_as_of_publication(tmp_path, rules):
    found = claims(tmp_path, "Asked about the state of emergency, the Zembla interior minister said it had led "
                             "to 9,000 arrests.\n\nThe president declared a state of emergency on May 2, "
                             "2019, after a wave of riots.\n", rules=rules)
    assert period(exactly(found, "9,000 arrests")) == PUBLICATION


def test_a_later_paragraph_that_only_looks_back_speaks_of_the_articles_period(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 4,100 murders in 2019, the police said.\n\n"
                             "Ruritania counted 2,000 murders in 2017 and 2,300 in 2018.\n\n"
                             "Oslo was little changed with 310 murders, slightly below the 330 recorded in "
                             "2018.\n", rules=rules)
    assert period(figure(found, "310")) == ("2019-01-01", "2019-12-31")


def test_a_later_paragraph_looking_forward_keeps_no_time(tmp_path, rules):
    found = claims(tmp_path, "Zembla recorded 4,100 murders in 2019, the police said.\n\n"
                             "Ruritania counted 2,000 murders in 2017 and 2,300 in 2018.\n\n"
                             "Oslo was little changed with 310 murders, slightly below the 330 recorded in "
                             "2019.\n", rules=rules)
    assert figure(found, "310").time.basis == "publication"



def test_a_paragraph_that_took_the_time_in_focus_passes_it_on(tmp_path, rules):
    """The text stays on 2018 while each paragraph's counts take it: the third paragraph's count
    is still 2018's, not as of publication."""
    found = claims(tmp_path, "Zembla deported 90,000 people in 2018.\n\n"
                             "Oz deported 80,000 people to the region.\n\n"
                             "Zembla also deported 4,000 people.\n", rules=rules)
    assert period(figure(found, "4,000")) == ("2018-01-01", "2018-12-31")


def test_the_year_an_article_is_published_in_is_that_year_so_far(tmp_path, rules):
    """"in 2020" in a March 2020 article, like "this year", is 2020 up to publication."""
    found = claims(tmp_path, "Police said 14 officers were killed in 2020.\n", rules=rules)
    assert (figure(found, "14").time.start, figure(found, "14").time.end) == ("2020-01-01", "2020-03-01")


def test_a_projected_year_of_publication_stays_whole(tmp_path, rules):
    found = claims(tmp_path, "Police said Zembla is on track for 900 murders in 2020.\n", rules=rules)
    assert figure(found, "900").time.end == "2020-12-31"


def test_a_past_year_named_by_its_number_stays_whole(tmp_path, rules):
    found = claims(tmp_path, "Police said 14 officers were killed in 2019.\n", rules=rules)
    assert figure(found, "14").time.end == "2019-12-31"


def test_two_accounts_of_the_year_so_far_are_compared(tmp_path):
    """"killed in 2020" and "this year's toll" in a July 2020 article are one period: 2020 so far."""
    import checker

    (tmp_path / "a.txt").write_text("Guatemala's soldiers\n\nThe toll is disputed: one paper counts 9 members of "
                                    "the army killed in 2020 in Guatemala, while another puts this year's military "
                                    "death toll at 16.\n")
    (tmp_path / "sources.toml").write_text('[[source]]\nfile = "a.txt"\npublished = "2020-07-10"\n')
    found = [f for f in checker.check([tmp_path]).findings if f.rule == "value"]
    assert [f.kind for f in found] == ["conflict"]


# Running totals dated at a point, ranking lists, fiscal series and fronted times (invented sentences).

def test_a_count_up_to_a_month_continues_the_running_total_from_its_event(tmp_path, rules):
    found = claims(tmp_path, "The president declared a state of emergency on May 2, 2019. Police said the state "
                             "of emergency has so far led to 40,000 arrests.\n\n"
                             "When parliament renewed the measure in late June, more than 9,000 people had been "
                             "arrested; by August the number had topped 21,000.\n\n"
                             "In September police arrested 3,000 people in a single operation.\n", rules=rules)
    assert period(exactly(found, "40,000 arrests")) == ("2019-05-02", "2020-03-01")
    assert period(figure(found, "9,000")) == ("2019-05-02", "2019-06-30")
    assert period(figure(found, "21,000")) == ("2019-05-02", "2019-08-31")
    assert period(figure(found, "3,000")) == ("2019-09-01", "2019-09-30")  # a count in that month, no "had been"


def test_a_count_in_a_month_with_no_running_total_before_keeps_its_month(tmp_path, rules):
    found = claims(tmp_path, "The president declared a state of emergency on May 2, 2019.\n\n"
                             "By August, more than 9,000 people had been arrested.\n", rules=rules)
    assert period(figure(found, "9,000")) == ("2019-08-01", "2019-08-31")


def test_figures_placed_in_a_ranking_take_the_lists_period(tmp_path, rules):
    found = claims(tmp_path, "Zembla City topped the list again, with 120 homicides per 100,000 residents in 2018. "
                             "Ruritania City came fourth at 88.5.\n\n"
                             "The survey covers cities of more than 350,000 people.\n\n"
                             "Oslo finished second with a rate of just under 101 per 100,000, while Lund slid to "
                             "19th place with 41.2.\n", rules=rules)
    for words in ("88.5", "101 per", "41.2"):
        assert period(figure(found, words)) == ("2018-01-01", "2018-12-31"), words


def test_a_rate_not_placed_in_a_ranking_stays_undated_far_from_the_list(tmp_path, rules):
    found = claims(tmp_path, "Zembla City topped the list again, with 120 homicides per 100,000 residents in 2018. "
                             "Ruritania City came fourth at 88.5.\n\n"
                             "The survey covers cities of more than 350,000 people.\n\n"
                             "Oslo has a rate of 101 per 100,000.\n", rules=rules)
    assert figure(found, "101 per").time.basis == "publication"


def test_a_month_dating_an_event_in_a_final_aside_does_not_date_the_ranked_figures(tmp_path, rules):
    found = claims(tmp_path, "Zembla City topped the list again, with 120 homicides per 100,000 residents in 2018. "
                             "Ruritania City came fourth at 88.5.\n\n"
                             "Oslo came 12th with 61.4 homicides per 100,000, an improvement that followed the "
                             "truce struck between its two largest gangs in March 2018.\n", rules=rules)
    assert period(figure(found, "61.4")) == ("2018-01-01", "2018-12-31")


def test_a_time_fronted_before_a_saying_dates_the_saying_not_the_reported_rate(tmp_path, rules):
    found = claims(tmp_path, "In January, the minister said the 2019 homicide rate placed Zembla second in the "
                             "region, just behind Ruritania at 2.25 per 100,000.\n", rules=rules)
    assert period(figure(found, "2.25")) == ("2019-01-01", "2019-12-31")


def test_a_base_year_with_a_season_in_focus_leaves_the_figure_the_articles_fiscal_year(tmp_path, rules):
    found = claims(tmp_path, "The agency deported 80,000 people in fiscal 2019, up 4% on fiscal 2018.\n\n"
                             "Zembla stepped up its own enforcement over the summer.\n\n"
                             "The agency made about 12,500 arrests, nearly 8% fewer than in 2018.\n", rules=rules)
    assert period(figure(found, "12,500")) == ("2018-10-01", "2019-09-30")


def test_so_far_this_year_in_a_fiscal_series_is_the_fiscal_year_to_its_as_of_day(tmp_path, rules):
    found = claims(tmp_path, "Border agents caught 47,000 unaccompanied children from Oct. 1, 2019, through "
                             "January 31.\n\n"
                             "Agents caught more than 13,000 Zemblan children travelling alone so far this year, "
                             "and the flow has grown by more than 900 percent since 2015.\n", rules=rules)
    assert period(figure(found, "47,000")) == ("2019-10-01", "2020-01-31")
    assert period(figure(found, "13,000")) == ("2019-10-01", "2020-01-31")
    assert period(figure(found, "900")) == ("2014-10-01", "2020-01-31")


def test_so_far_this_year_without_a_fiscal_series_is_the_calendar_year(tmp_path, rules):
    found = claims(tmp_path, "Agents caught more than 13,000 Zemblan children travelling alone so far this "
                             "year.\n", rules=rules)
    assert period(figure(found, "13,000")) == ("2020-01-01", "2020-03-01")


def test_a_count_up_to_a_month_continues_a_running_total_since_a_date(tmp_path, rules):
    found = claims(tmp_path, "Police in Zembla said 40,000 people had been arrested since May 2, 2019.\n\n"
                             "By August, more than 21,000 people had been arrested in Zembla.\n", rules=rules)
    assert period(figure(found, "40,000")) == ("2019-05-02", "2020-03-01")
    assert period(figure(found, "21,000")) == ("2019-05-02", "2019-08-31")


def test_a_figure_in_an_apposition_describing_a_month_is_that_months(tmp_path, rules):
    found = claims(tmp_path, "Murders in Zembla started to slow in April 2019, a month in which the daily average "
                             "dropped to 9.7 homicides, after the government launched a new plan at the "
                             "end of March.\n", rules=rules)
    assert period(figure(found, "9.7")) == ("2019-04-01", "2019-04-30")


def test_a_main_clause_after_a_base_value_keeps_its_own_time(tmp_path, rules):
    found = claims(tmp_path, "From the 3,900 murders registered in 2018, Zembla climbed to 6,600 murders last "
                             "year.\n", rules=rules)
    assert period(figure(found, "6,600")) == ("2019-01-01", "2019-12-31")


def test_a_time_opened_by_from_and_followed_by_a_length_runs_that_long(tmp_path, rules):
    found = claims(tmp_path, "Then, from May 2017, for 11 consecutive months, killings in Zembla "
                             "never fell below 12 homicides a day.\n", rules=rules)
    assert period(figure(found, "12 homicides")) == ("2017-05-01", "2018-03-31")


def test_a_change_from_the_year_before_counts_the_year_in_focus_not_the_base(tmp_path, rules):
    found = claims(tmp_path, "Police counted 2,210 murders in Zembla through December 30, 2019.\n\n"
                             "The minister said the country ended 2019 with some 300 fewer homicides, praising the "
                             "port of Zembla City, where killings fell by about 90 from the year before.\n",
                   rules=rules)
    assert period(figure(found, "about 90")) == ("2019-01-01", "2019-12-31")


def test_an_average_that_would_push_the_rate_projects_the_whole_year(tmp_path, rules):
    found = claims(tmp_path, "The average of 30 killings a day recorded in the first half of 2019 would push "
                             "Zembla's murder rate to 60 per 100,000 if sustained.\n", rules=rules)
    assert period(figure(found, "60 per")) == ("2019-01-01", "2019-12-31")


def test_a_year_after_a_possessive_dates_the_figures_its_numbers_show(tmp_path, rules):
    found = claims(tmp_path, "The Interior Ministry's 2018 numbers show that 3,140 people were murdered in Zembla.\n",
                   rules=rules)
    assert period(figure(found, "3,140")) == ("2018-01-01", "2018-12-31")


def test_a_time_after_with_respect_to_is_a_comparisons_base(tmp_path, rules):
    found = claims(tmp_path, "Zembla closed 2018 with 900 murders. The drop in murders came to 12 percent with "
                             "respect to the previous year.\n", rules=rules)
    assert period(figure(found, "12 percent")) == ("2018-01-01", "2018-12-31")


def test_a_time_in_a_clause_a_comparative_opens_is_the_base(tmp_path, rules):
    found = claims(tmp_path, "Ruritania proposed $40 million for fiscal 2018, some 25 percent less than Congress "
                             "had approved the previous year.\n", rules=rules)
    assert period(figure(found, "25 percent")) == ("2017-10-01", "2018-09-30")


def test_a_change_after_more_than_keeps_its_own_year(tmp_path, rules):
    found = claims(tmp_path, "In Zembla, murders more than doubled in 2018 to 900.\n", rules=rules)
    assert period(figure(found, "900")) == ("2018-01-01", "2018-12-31")


def test_that_month_points_back_to_the_month_its_sentence_names(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 95 murders in January 2019.\n\nWhen the new minister took office in "
                             "June 2016, the country was losing an average of 9.5 people a day to homicide, the "
                             "figure for that month.\n", rules=rules)
    assert period(figure(found, "9.5")) == ("2016-06-01", "2016-06-30")


def test_a_change_through_a_year_after_an_earlier_figure_spans_from_that_figure(tmp_path, rules):
    found = claims(tmp_path, "Congress approved $80 million in aid for Zembla for fiscal 2015, but annual aid then "
                             "fell by 25% through fiscal 2018, when lawmakers provided $60 million.\n", rules=rules)
    assert period(figure(found, "25%")) == ("2014-10-01", "2018-09-30")


def test_a_month_named_in_the_month_of_publication_runs_to_publication(tmp_path, rules):
    from checker.extract import extract_claims
    from tests.conftest import write_dated_corpus

    folder = write_dated_corpus(tmp_path / "c", {"a.txt": ("2020-02-20", "Zembla deported 9,000 Ruritanians in 2019. "
                                                           "Another 2,100 Ruritanians had been deported from Zembla in "
                                                           "February alone.\n")})
    found = extract_claims([folder], rules).claims
    assert period(figure(found, "2,100")) == ("2020-02-01", "2020-02-20")


def test_a_total_the_last_day_is_expected_to_push_past_a_mark_is_the_whole_years(tmp_path, rules):
    found = claims(tmp_path, "Police counted 2,947 murders in Zembla through December 30, 2019. The chief did not "
                             "expect the final day to push the total past the 3,000 mark.\n", rules=rules)
    assert period(figure(found, "3,000")) == ("2019-01-01", "2019-12-31")
    assert period(figure(found, "2,947")) == ("2019-01-01", "2019-12-30")


def test_a_count_since_the_event_began_runs_from_the_articles_date_of_the_event(tmp_path, rules):
    found = claims(tmp_path, "Zembla's parliament declared a state of emergency on May 2, 2019.\n\n"
                             "Some 4,000 people have been arrested since the emergency began.\n\n"
                             "Police have made 200 arrests in the capital.\n", rules=rules)
    assert period(figure(found, "4,000")) == ("2019-05-02", "2020-03-01")
    assert period(figure(found, "200")) == PUBLICATION  # no "since" phrase in its sentence


def test_a_count_said_on_a_day_is_as_of_that_day_not_a_count_of_that_day(tmp_path, rules):
    found = claims(tmp_path, "More than 7,400 people have been arrested in Zembla, the interior ministry said on "
                             "Tuesday.\n", rules=rules)
    claim = figure(found, "7,400")
    assert period(claim) == (None, "2020-02-25") and "as of the day it was said" in claim.time.text


def test_a_count_said_on_a_day_since_the_event_runs_from_it_to_that_day(tmp_path, rules):
    found = claims(tmp_path, "Zembla declared a state of emergency on May 2, 2019.\n\n"
                             "More than 7,400 people have been arrested since the state of emergency was declared, "
                             "the interior ministry said on Tuesday.\n", rules=rules)
    assert period(figure(found, "7,400")) == ("2019-05-02", "2020-02-25")


def test_a_time_ago_never_reaches_past_publication(tmp_path, rules):
    found = claims(tmp_path, "Zembla's police made 500 arrests a month ago.\n", rules=rules)
    assert period(figure(found, "500")) == ("2020-01-01", "2020-03-01")


def test_a_time_after_a_figure_its_verb_of_saying_governs_is_the_figures_own(tmp_path, rules):
    found = claims(tmp_path, "By comparison, Zembla's police reported 154 homicides in 2019.\n", rules=rules)
    assert period(figure(found, "154")) == ("2019-01-01", "2019-12-31")
