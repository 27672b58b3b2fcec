"""Stocks said by a figure's own words ("room for", "holding", "a population of"): compared "as of"
their articles' dates, by kind, counted noun and place; never a count of events over no period."""
from __future__ import annotations

from tests.conftest import figure, value_findings
from tests.conftest import one_article_claims as claims


def test_undated_stocks_of_one_kind_and_place_agree_across_articles(tmp_path):
    found = value_findings(tmp_path, "Chile built a jail near the coast with room for 12,500 inmates.",
                           "The coastal jail in Chile, with capacity for 12,500 inmates, is full.")
    assert [f.kind for f in found] == ["agreement"]


def test_undated_stocks_of_different_dates_drift_and_never_conflict(tmp_path):
    found = value_findings(tmp_path, "Some 30,000 Peruvians now holding work permits face an uncertain year.",
                           "About 45,000 Peruvians holding work permits may have to leave, officials said.")
    assert [f.kind for f in found] == ["drift"]


def test_a_stock_word_elsewhere_in_the_clause_makes_no_stock(tmp_path):
    found = value_findings(tmp_path, "Police in Chile, which has room for growth, seized 300 rifles.",
                           "Police in Chile, which has room for growth, seized 900 rifles.")
    assert found == []


def test_stocks_of_different_kinds_or_nouns_are_not_compared(tmp_path):
    found = value_findings(tmp_path, "Chile's main jail has room for 12,500 inmates.",
                           "Chile, home to 12,900 inmates in one jail, plans another.",
                           "Chile's main jail has room for 13,900 beds.")
    assert found == []


def test_people_who_have_done_something_are_no_stock(tmp_path):
    found = value_findings(tmp_path, "Some 300 Peruvians who have fled the floods are sheltering in schools.",
                           "About 900 Peruvians who have fled the floods are sheltering in schools.")
    assert found == []


def test_a_stock_takes_no_count_metric_from_another_clause(tmp_path, rules):
    """Holders of a status are a level: "deported" in the next clause says what may befall them."""
    found = claims(tmp_path, "The ruling leaves about 30,000 Hondurans now holding work permits; those "
                             "who fail to renew could be deported.\n", rules=rules)
    assert figure(found, "30,000").metric is None


def test_a_stock_with_no_noun_counts_what_the_one_stock_of_its_kind_in_its_place_counts(tmp_path):
    found = value_findings(tmp_path, "Chile built a jail near the coast with room for 12,500 inmates.",
                           "Officials said the coastal jail in Chile, a prison with capacity for 12,500, is full.")
    assert [f.kind for f in found] == ["agreement"]


def test_a_stock_with_no_noun_joins_none_when_its_place_has_stocks_of_several_nouns(tmp_path):
    found = value_findings(tmp_path, "Chile built a jail near the coast with room for 12,500 inmates.",
                           "Chile's new stadium has room for 40,000 fans.",
                           "Officials said the new site in Chile, with capacity for 30,000, is full.")
    assert found == []


def test_a_status_held_until_a_date_ahead_is_a_level_as_of_publication(tmp_path, rules):
    """"until May 2031" is when the permits end: the 30,000 are the holders now, not a count to 2031."""
    found = claims(tmp_path, "The ruling leaves some 30,000 Peruvians now holding work permits until May 2031.\n",
                   rules=rules)
    claim = figure(found, "30,000")
    assert (claim.time.basis, claim.time.end) == ("publication", "2020-03-01")


def test_a_level_until_a_date_already_past_keeps_that_stretch(tmp_path, rules):
    found = claims(tmp_path, "Some 30,000 Peruvians held work permits until May 2019.\n", rules=rules)
    assert figure(found, "30,000").time.basis != "publication"


def test_shares_of_a_population_in_prison_agree_across_articles(tmp_path):
    found = value_findings(tmp_path, "With nearly 3% of its adults in prison, Chile now jails more people than ever.",
                           "About 3% of Chile's adult population, or roughly 400,000 people, is now behind bars.")
    assert [f.kind for f in found] == ["agreement"]


def test_shares_of_a_population_in_prison_drift_at_most(tmp_path):
    """Which population ("adults", "residents") a share is of is read loosely: never a conflict."""
    found = value_findings(tmp_path, "In 2020, about 3% of Chile's adults were in prison.",
                           "In 2020, about 1% of Chile's residents were in prison, officials said.")
    assert [f.kind for f in found] == ["drift"]
    assert "read loosely" in found[0].message


def test_a_percent_with_no_state_of_a_population_is_no_stock(tmp_path):
    found = value_findings(tmp_path, "About 3% of Chile's adults voted.", "About 1% of Chile's adults voted.")
    assert found == []


def test_stocks_of_one_noun_with_other_modifiers_are_not_compared(tmp_path):
    """Room for female inmates is not room for all inmates."""
    found = value_findings(tmp_path, "Chile built a jail near the coast with room for 2,500 female inmates.",
                           "The coastal jail in Chile, with capacity for 12,500 inmates, is full.")
    assert found == []


def test_undated_stocks_are_dated_by_their_own_places_articles(tmp_path):
    """The finding on Chile's jail is "as of" the later of its own two articles (April), not of the
    Peruvian stock a third article gives in May."""
    found = value_findings(tmp_path, "Chile built a jail near the coast with room for 12,500 inmates.",
                           "The coastal jail in Chile, with capacity for 12,500 inmates, is full.",
                           "Peru's new jail has room for 3,000 inmates, and its old one room for 2,000 inmates.")
    chile = [f for f in found if "Chile" in f.message]
    assert chile and all("as of 2021-04" in f.message for f in chile)


def test_another_account_of_a_stock_just_stated_is_that_stock(tmp_path):
    """"a smaller group ... 8,000 Peruvians" gives the stock of the sentence before another count:
    it joins that stock, and agrees with a third article's figure for it."""
    found = value_findings(tmp_path, "Some 11,000 Peruvians now holding work permits must leave Chile.\n\n"
                                     "The ministry described a smaller group, saying the rule affects about 8,000 "
                                     "Peruvians.",
                           "About 8,000 Peruvians holding work permits in Chile may have to leave.")
    agreeing = [f for f in found if f.kind == "agreement"]
    assert [sorted(c.text for c in f.claims) for f in agreeing] == [["About 8,000 Peruvians", "about 8,000 Peruvians"]]


def test_a_count_with_no_cue_of_another_account_is_no_stock(tmp_path):
    found = value_findings(tmp_path, "Some 11,000 Peruvians now holding work permits must leave Chile.\n\n"
                                     "The ministry said the rule affects about 8,000 Peruvians.",
                           "About 8,000 Peruvians holding work permits in Chile may have to leave.")
    assert not [f for f in found if f.kind == "agreement"]


def test_two_accounts_of_a_stock_as_of_one_month_may_conflict(tmp_path):
    """Levels of one month have had no time to move apart: 11,000 against 8,000 is a conflict, though
    a later article's 8,000 (which alone could have moved) joins the finding."""
    found = value_findings(tmp_path, "Some 11,000 Peruvians now holding work permits must leave Chile.\n\n"
                                     "The ministry described a smaller group, saying the rule affects about 8,000 "
                                     "Peruvians.",
                           "About 8,000 Peruvians holding work permits in Chile may have to leave.")
    assert "conflict" in [f.kind for f in found]


def test_people_held_at_a_moment_are_no_figure_of_the_series_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 437 killings in March.\n\nNationally, 31,480 people are held in space for "
                             "13,900.\n", rules=rules)
    assert figure(found, "31,480").metric is None


def test_people_convicted_since_their_arrest_are_no_arrests(tmp_path, rules):
    found = claims(tmp_path, "Police in Zembla detained 5,340 people under the emergency in 2023. Of the people "
                             "detained, fewer than 300 have been convicted.\n", rules=rules)
    assert figure(found, "5,340").metric == "arrests" and figure(found, "fewer than 300").metric is None
