"""Claim context bound with evidence (checker/binding/) and the engine comparing only what is
established (checks/established.py). Every sentence here is written for these tests."""
from __future__ import annotations

import json

import pytest

import checker
from checker.extract import extract_claims
from checker.ruleset import default_pack, load_rules
from tests.conftest import write_corpus, write_dated_corpus


@pytest.fixture(scope="module")
def rules():
    return load_rules([default_pack()])


def claims(tmp_path, text: str, title: str | None = None, rules=None):
    meta = f'title = "{title}"\n' if title else ""
    folder = write_corpus(tmp_path / "c", {"a.txt": text},
                          f'[[source]]\nfile = "a.txt"\npublished = "2020-03-01"\n{meta}')
    return extract_claims([folder], rules).claims


def figure(found, words: str):
    [claim] = [c for c in found if c.kind == "quantity" and words in c.text]
    return claim


def subject_basis(claim) -> tuple:
    e = claim.evidence("subject")
    return (claim.subject, e.basis if e else None)


def test_a_place_tied_to_the_figure_is_its_own_phrase(tmp_path, rules):
    found = claims(tmp_path, "In 2019 police counted 3,000 homicides, while 1,200 murders were recorded in "
                             "Honduras and 900 in Guatemala.\n", rules=rules)
    assert subject_basis(figure(found, "1,200")) == (("Honduras",), "phrase")
    assert subject_basis(figure(found, "900")) == (("Guatemala",), "phrase")


def test_a_place_elsewhere_in_the_clause_binds_on_the_clause(tmp_path, rules):
    found = claims(tmp_path, "Guatemala's police said that 3,000 homicides were recorded in 2019.\n", rules=rules)
    assert subject_basis(figure(found, "3,000")) == (("Guatemala",), "clause")


def test_a_figure_naming_no_place_takes_the_place_in_focus_in_its_paragraph(tmp_path, rules):
    found = claims(tmp_path, "Violence news\n\nPolice in Honduras counted 3,000 homicides in 2019. A year "
                             "before, they had counted 3,500 homicides.\n", rules=rules)
    claim = figure(found, "3,500")
    assert subject_basis(claim) == (("Honduras",), "discourse")
    assert "in focus in the paragraph" in claim.evidence("subject").words


def test_a_figure_naming_no_place_takes_the_articles_main_place_from_its_title(tmp_path, rules):
    found = claims(tmp_path, "Officials spoke on Monday.\n\nPolice counted 4,000 homicides in 2019.\n",
                   title="A violent year in Guatemala", rules=rules)
    claim = figure(found, "4,000")
    assert subject_basis(claim) == (("Guatemala",), "discourse")
    assert claim.evidence("subject").words == "Guatemala (the article's title)"


def test_a_figure_with_no_place_anywhere_has_no_subject(tmp_path, rules):
    found = claims(tmp_path, "Police counted 4,000 homicides in 2019.\n", rules=rules)
    claim = figure(found, "4,000")
    assert claim.subject == () and claim.evidence("subject") is None


def test_the_claim_json_says_why_the_subject_was_bound(tmp_path, rules):
    claim = figure(claims(tmp_path, "In 2019, 1,200 murders were recorded in Honduras.\n", rules=rules), "1,200")
    assert claim.to_json()["binding"] == {
        "metric": {"basis": "phrase", "words": "murders", "rule": "rules/metrics/homicides.yaml:1"},
        "subject": {"basis": "phrase", "words": "Honduras", "rule": None},
        "time": {"basis": "clause", "words": "In 2019", "rule": None}}


def test_claims_explain_says_why_each_context_was_bound(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_dated_corpus(tmp_path / "c", {"a.txt": ("2020-03", "Police in Honduras counted 3,000 homicides in 2019. "
                                                             "Officials said 12 were solved.\n")})
    code, out, _ = cli("claims", "c", "--explain", "--isolated", "--no-cache")
    assert code == 0
    assert "metric: phrase “homicides”  rules/metrics/homicides.yaml" in out
    assert "subject: discourse “Honduras (in focus in the paragraph)”" in out
    assert "time: clause “in 2019”" in out and "time: publication" in out
    code, _, err = cli("claims", "c", "--explain", "--format", "json", "--isolated", "--no-cache")
    assert code == 2 and "--explain" in err


def test_the_report_shows_context_carried_from_beyond_the_sentence(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "c", {"a.txt": "Crime in Honduras\n\nPolice counted 3,000 homicides in 2019.\n",
                                  "b.txt": "Police in Honduras counted 3,900 homicides in 2019.\n"},
                 '[[source]]\nfile = "a.txt"\npublished = "2020-03"\ntitle = "Crime in Honduras"\n'
                 '[[source]]\nfile = "b.txt"\npublished = "2020-04"\n')
    _, out, _ = cli("check", "c", "--isolated", "--no-cache")
    assert "place from the discourse: Honduras (the article's title)" in out


DATED = {"a.txt": ("2020-03", "Police counted 4,000 homicides in 2019.\n"),
         "b.txt": ("2020-04", "Police counted 5,900 homicides in 2019.\n")}


def test_figures_whose_place_is_not_established_are_not_compared(tmp_path):
    result = checker.check([write_dated_corpus(tmp_path / "c", DATED)])
    assert result.findings == ()
    assert [(c.text, why.split(":")[0]) for c, why in result.not_compared] == [
        ("4,000 homicides", "no place established"), ("5,900 homicides", "no place established")]


def test_a_count_with_no_period_of_its_own_is_not_compared(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "Honduras counted 4,000 homicides.\n"),
        "b.txt": ("2020-03", "Honduras counted 5,900 homicides.\n")})
    result = checker.check([corpus])
    assert result.findings == ()
    assert {why.split(":")[0] for _, why in result.not_compared} == {"no period of its own"}


def test_the_same_figures_with_place_and_period_are_compared(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {k: (p, t.replace("Police", "Police in Honduras"))
                                                 for k, (p, t) in DATED.items()})
    result = checker.check([corpus])
    assert [f.kind for f in result.findings] == ["conflict"] and result.not_compared == ()


def test_reports_list_what_was_not_compared_and_why(tmp_path, cli, monkeypatch):
    write_dated_corpus(tmp_path / "c", DATED)
    monkeypatch.chdir(tmp_path)
    _, out, _ = cli("check", "c", "--format", "json", "--isolated", "--no-cache")
    doc = json.loads(out)
    assert doc["summary"]["not_compared"] == 2
    assert [row["reason"].split(":")[0] for row in doc["not_compared"]] == ["no place established"] * 2
    _, out, _ = cli("check", "c", "--isolated", "--no-cache")
    assert "Not compared (2 figures" in out and "c/a.txt:1  4,000 homicides" in out


def period(claim) -> tuple:
    return claim.time.start, claim.time.end


def test_the_year_before_is_the_year_before_the_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Honduras closed 2021 with 1,100 homicides; the year before, police had counted "
                             "1,300 homicides.\n", rules=rules)  # published 2020-03-01 (above): not before that
    assert period(figure(found, "1,300")) == ("2020-01-01", "2020-12-31")


def test_a_year_earlier_moves_the_same_stretch_back(tmp_path, rules):
    found = claims(tmp_path, "Police in Honduras counted 331 killings in June 2019, down from 677 killings a "
                             "year earlier.\n", rules=rules)
    assert period(figure(found, "677")) == ("2018-06-01", "2018-06-30")


def test_the_base_of_a_comparison_is_not_the_figures_period(tmp_path, rules):
    found = claims(tmp_path, "Honduras ended 2019 with 3,900 homicides, 1,300 fewer than the year before.\n",
                   rules=rules)
    claim = figure(found, "1,300")
    assert period(claim) == ("2019-01-01", "2019-12-31") and claim.change == "down"


@pytest.mark.parametrize(("text", "figure_words", "change"), [
    ("Honduras counted 421 fewer victims in 2019.\n", "421", "down"),
    ("Mexico saw a jump of 2,000 deportations in 2019.\n", "2,000", "up"),
    ("Mexico deported more than 2,000 people in 2019.\n", "2,000", None),
    ("Homicides in Honduras fell to 3,900 in 2019.\n", "3,900", None),
])
def test_a_difference_is_told_from_a_level(tmp_path, rules, text, figure_words, change):
    stated = figure(claims(tmp_path, text, rules=rules), figure_words).change
    assert (stated if stated in ("up", "down") else None) == change


def test_a_difference_is_never_compared_with_a_level(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "Honduras counted 3,900 homicides in 2019.\n"),
        "b.txt": ("2020-03", "Honduras counted 400 fewer homicides in 2019.\n")})
    result = checker.check([corpus])
    assert result.findings == ()
    assert [why.split(" (")[0] for _, why in result.not_compared] == ["a difference between two periods"]


def test_a_comparative_after_a_pause_is_no_difference(tmp_path, rules):
    found = claims(tmp_path, "Honduras counted 3,000 homicides in 2019, more than in 2018.\n", rules=rules)
    assert figure(found, "3,000").change not in ("up", "down")


@pytest.mark.parametrize(("text", "figure_words"), [
    ("Honduras, home to 9.9 million people, saw 11 killings a day in 2019.\n", "9.9 million"),
    ("Honduras, a nation of about 10 million, counted 3,600 homicides in 2019.\n", "10 million"),
    ("The three countries recorded 17,000 homicides in 2019.\n", "three"),
    ("Police in Honduras arrested 3,000 gang members in 2019 and closed six prisons.\n", "six"),
    ("San Pedro Sula was one of the deadliest cities, with 111 homicides per 100,000 people in 2019.\n", "one"),
    ("Homicides in Honduras fell in 2019, when a rate of 38 made it safer.\n", "38"),
])
def test_context_figures_count_no_metric(tmp_path, rules, text, figure_words):
    assert figure(claims(tmp_path, text, rules=rules), figure_words).metric is None


@pytest.mark.parametrize(("text", "figure_words", "metric"), [
    ("Honduras, home to 9.9 million people, counted 3,600 killings in 2019.\n", "3,600", "homicides"),
    ("The three countries recorded 17,000 homicides in 2019.\n", "17,000", "homicides"),
    ("Agents in the United States caught 47,000 unaccompanied children in 2019.\n", "47,000", "unaccompanied_minors"),
    ("In 2019, 15 officers in Honduras were being resettled as refugees.\n", "15 officers",
     "refugee_resettlement"),
])
def test_a_metric_named_by_the_figures_own_words_holds(tmp_path, rules, text, figure_words, metric):
    assert figure(claims(tmp_path, text, rules=rules), figure_words).metric == metric


def events_of(found) -> list[tuple[str, str]]:
    return [(c.metric, c.time.start) for c in found if c.kind == "event"]


def test_an_event_verb_that_governs_another_verb_states_no_event(tmp_path, rules):
    assert events_of(claims(tmp_path, "The ceasefire between the gangs started to fray in 2015.\n", rules=rules)) == []
    assert events_of(claims(tmp_path, "The gangs agreed to a truce in March 2012.\n", rules=rules)) == [
        ("truce_reached", "2012-03-01")]


def test_an_event_is_dated_by_its_own_clause_only(tmp_path, rules):
    found = claims(tmp_path, "Killings rose after the gangs' pact ended; by March 2015, 300 people had died.\n",
                   rules=rules)
    assert events_of(found) == []


@pytest.mark.parametrize(("text", "figure_words"), [
    ("There were 27 killings of prison guards in Honduras in 2019.\n", "27"),
    ("Only three members of the border police died in the attacks in Honduras in 2019.\n", "three"),
    ("In 2019, 24 soldiers were killed in Honduras.\n", "24"),
])
def test_a_subgroup_is_never_the_total(tmp_path, rules, text, figure_words):
    assert figure(claims(tmp_path, text, rules=rules), figure_words).metric is None


def test_the_same_count_without_a_subgroup_is_the_total(tmp_path, rules):
    assert figure(claims(tmp_path, "There were 27 killings in Honduras in 2019.\n", rules=rules), "27").metric == \
        "homicides"


@pytest.mark.parametrize(("text", "figure_words", "metric", "unit"), [
    ("Honduras averaged 14.4 murders a day in 2019.\n", "14.4", "homicides", "count / day"),
    ("In 2019 the homicide rate was 38 per 100,000 people in Honduras, 41 in Guatemala and 52 in "
     "El Salvador.\n", "52", "homicide_rate", "per 100000"),
    ("Killings in Honduras rose 12 percent in 2019.\n", "12 percent", "homicides", "percent"),
])
def test_averages_series_and_changes_keep_the_metric(tmp_path, rules, text, figure_words, metric, unit):
    claim = figure(claims(tmp_path, text, rules=rules), figure_words)
    assert (claim.metric, claim.unit) == (metric, unit)


def test_a_bare_number_continuing_a_rate_in_its_paragraph_takes_the_rate(tmp_path, rules):
    found = claims(tmp_path, "Honduras had a homicide rate of 38 per 100,000 people in 2019. In 2018 it stood "
                             "at 41.\n", rules=rules)
    claim = figure(found, "41")
    assert (claim.metric, claim.unit) == ("homicide_rate", "per 100000")
    assert claim.evidence("metric").basis == "discourse"


def test_several_places_and_figures_in_a_sentence_leave_the_place_open(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "Police in Guatemala and El Salvador counted 3,500 homicides in 2019 and 900 homicides "
                             "in 2018.\n"),
        "b.txt": ("2020-04", "Guatemala counted 2,000 homicides in 2019.\n")})
    result = checker.check([corpus])
    assert [f.kind for f in result.findings if f.kind != "agreement"] == []
    assert {why.split(":")[0] for _, why in result.not_compared} == {"several places and figures in its sentence, no "
                                                                      "place tied to this figure"}


@pytest.mark.parametrize(("text", "figure_words", "unit"), [
    ("In Honduras the daily average fell to 10.8 killings in 2019.\n", "10.8", "count / day"),
    ("Homicides in Honduras averaged 563 a month in 2019.\n", "563", "count / month"),
    ("Honduras counted 3,000 homicides in 2019, down from 3,400 homicides a year earlier.\n", "3,400", "count"),
])
def test_an_average_is_told_from_a_total(tmp_path, rules, text, figure_words, unit):
    assert figure(claims(tmp_path, text, rules=rules), figure_words).unit == unit


def test_an_average_and_a_total_are_never_compared(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "Honduras counted 3,900 homicides in 2019.\n"),
        "b.txt": ("2020-03", "In Honduras the daily average came to 10.7 killings in 2019.\n")})
    assert [f.kind for f in checker.check([corpus]).findings if f.rule == "value"] == []


def test_a_place_no_rule_knows_is_not_replaced_by_the_articles(tmp_path, rules):
    found = claims(tmp_path, "Police counted 40 killings in Zembla in 2019.\n", title="Violence in Honduras",
                   rules=rules)
    claim = figure(found, "40")
    assert claim.subject == () and claim.evidence("subject").words == "Zembla (not a known place)"


def test_places_and_figures_in_a_list_are_tied_pairwise(tmp_path, rules):
    found = claims(tmp_path, "In 2011 the homicide rate was 86 per 100,000 people in Honduras, with Zembla at 52.1 "
                             "and Venezuela at 49.\n", rules=rules)
    assert subject_basis(figure(found, "49")) == (("Venezuela",), "phrase")
    assert figure(found, "52.1").subject == ()
    assert subject_basis(figure(found, "86")) == (("Honduras",), "phrase")


def test_rules_explain_says_how_a_metric_binds_and_when_it_is_compared(cli):
    _, out, _ = cli("rules", "explain", "homicides")
    assert "binding: a figure counts homicides when one of its words" in out
    assert "subgroup: police" in out and "with no period, not compared" in out
    _, out, _ = cli("rules", "explain", "police_salary")
    assert "with no period, as of its publication date" in out


def test_figures_ten_times_apart_are_different_quantities_not_a_conflict(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "Honduras counted 3,900 homicides in 2019.\n"),
        "b.txt": ("2020-04", "Honduras counted 437,000 homicides in 2019.\n"),
        "c.txt": ("2020-05", "Honduras counted 1,300 homicides in 2019.\n")})
    findings = [f for f in checker.check([corpus]).findings if f.kind == "conflict"]
    assert [sorted(c.text for c in f.claims) for f in findings] == [["1,300 homicides", "3,900 homicides"]]


def test_a_total_and_an_average_dated_apart_are_not_checked_against_each_other(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "Honduras counted 2,500 killings in 2013, and in 2014 an average of 10.7 killings "
                             "a day.\n"),
        "b.txt": ("2020-03", "Honduras counted 310 killings in May 2019, an average of 10 killings a day.\n")})
    found = [(f.kind, f.claims[-1].source.rsplit("/", 1)[-1]) for f in checker.check([corpus]).findings
             if f.rule == "daily-average"]
    assert found == [("agreement", "b.txt")]


def test_a_citys_figure_is_not_its_countrys(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2013-03", "In 2012 the homicide rate of San Pedro Sula, Honduras, was 169 per 100,000 people.\n"),
        "b.txt": ("2013-04", "Honduras had a homicide rate of 85 per 100,000 people in 2012.\n")})
    assert [f.kind for f in checker.check([corpus]).findings if f.kind != "agreement"] == []


def test_a_stretch_of_days_is_the_same_period_only_when_its_days_are():
    from datetime import date

    from checker.checks.periods import Period, same_period

    year = Period(date(2016, 1, 1), date(2016, 12, 31), "year", True)
    assert not same_period(year, Period(date(2016, 1, 1), date(2016, 12, 30), "day", True))
    assert same_period(year, Period(date(2016, 1, 1), date(2016, 12, 31), "day", True))
    assert same_period(year, Period(date(2016, 1, 1), date(2016, 12, 31), "month", True))


def test_a_year_after_than_is_the_base_of_the_comparison(tmp_path, rules):
    found = claims(tmp_path, "Honduras closed 2019 with 3,757 homicides, 104 more than in 2018.\n", rules=rules)
    claim = figure(found, "104")
    assert period(claim) == ("2019-01-01", "2019-12-31") and claim.change == "up"


def test_a_rate_naming_no_metric_takes_the_rate_in_focus_from_the_discourse(tmp_path, rules):
    found = claims(tmp_path, "Zembla's murder rate fell 5 percent in 2017.\n\n"
                             "Ruritania saw a rate of 41 per 100,000 in 2018.\n", rules=rules)
    rate = figure(found, "41")
    assert rate.metric == "homicide_rate"
    assert rate.evidence("metric").basis == "discourse"
    assert "murder rate" in rate.evidence("metric").words


def test_a_rate_with_no_rate_in_focus_or_with_its_own_noun_stays_unbound(tmp_path, rules):
    nothing_in_focus = claims(tmp_path / "a", "Ruritania saw a rate of 41 per 100,000 in 2018.\n", rules=rules)
    assert figure(nothing_in_focus, "41").metric is None
    own_noun = claims(tmp_path / "b", "The murder rate fell in Ruritania.\n\n"
                                      "It jailed 600 prisoners per 100,000 in 2018.\n", rules=rules)
    assert figure(own_noun, "600").metric is None


def test_a_metric_carried_from_the_discourse_is_carried_no_further(tmp_path, rules):
    found = claims(tmp_path, "Zembla's murder rate fell 5 percent in 2017.\n\n"
                             "Ruritania saw a rate of 41 per 100,000 in 2018.\nAnother survey put Zembla at 39.\n",
                   rules=rules)
    assert figure(found, "41").metric == "homicide_rate"
    assert figure(found, "39").metric is None


def test_closing_the_year_counts_the_year_in_focus_not_the_last_time_named(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 300 murders in March 2017. It closed the year with 1,100 homicides.\n",
                   rules=rules)
    closing = figure(found, "1,100")
    assert (closing.time.start, closing.time.end) == ("2017-01-01", "2017-12-31")


def test_the_same_period_of_a_year_is_the_stretch_in_focus_in_that_year(tmp_path, rules):
    found = claims(tmp_path, "In May 2017 police counted 120 homicides, up from 150 in the same month of 2016.\n",
                   rules=rules)
    earlier = figure(found, "150")
    assert (earlier.time.start, earlier.time.end) == ("2016-05-01", "2016-05-31")


def test_a_target_is_context_never_a_measured_figure(tmp_path, rules):
    found = claims(tmp_path, "Ruritania's murder rate fell 5 percent in 2017.\n\n"
                             "The new cabinet aims to cut the rate to 20 per 100,000 by 2022, and it set a "
                             "target of 900 homicides.\n", rules=rules)
    assert figure(found, "20").metric is None
    assert figure(found, "900").metric is None


def test_people_travelling_in_families_are_a_subgroup_not_the_total(tmp_path, rules):
    families = claims(tmp_path / "a", "In 2019 border agents arrested 7,000 people travelling in family units.\n",
                      rules=rules)
    assert figure(families, "7,000").metric is None
    everyone = claims(tmp_path / "b", "In 2019 border agents arrested 7,000 people.\n", rules=rules)
    assert figure(everyone, "7,000").metric == "arrests"


def test_a_count_up_to_a_date_runs_from_the_start_of_its_year(tmp_path, rules):
    found = claims(tmp_path, "Police in Ruritania logged 2,140 homicides through December 28, 2019, against "
                             "2,515 murders over the same span of 2018.\n", rules=rules)
    assert period(figure(found, "2,140")) == ("2019-01-01", "2019-12-28")
    assert period(figure(found, "2,515")) == ("2018-01-01", "2018-12-28")
    found = claims(tmp_path, "Ruritania counted 410 homicides up to February 20.\n", rules=rules)
    assert period(figure(found, "410")) == ("2020-01-01", "2020-02-20")


@pytest.mark.parametrize(("text", "figure_words"), [
    ("Ruritania counted 3,100 homicides in 2019, a 20 percent jump on 2018.\n", "20 percent"),
    ("Police logged 3,100 homicides in 2019, a jump of 40 percent on the figures for 2018.\n", "40 percent"),
    ("Police logged 3,100 homicides in 2019, 400 more than the total for 2018.\n", "400"),
])
def test_a_year_after_on_or_the_figures_for_is_the_base_of_a_comparison(tmp_path, rules, text, figure_words):
    assert period(figure(claims(tmp_path, text, rules=rules), figure_words)) == ("2019-01-01", "2019-12-31")


def test_on_a_day_still_dates_the_figure(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 3,100 homicides in 2019 and 14 killings on March 3, 2019.\n",
                   rules=rules)
    assert period(figure(found, "14")) == ("2019-03-03", "2019-03-03")


def test_the_year_before_a_fiscal_year_is_the_fiscal_year_before(tmp_path, rules):
    found = claims(tmp_path, "Border agents stopped 90,000 migrants in fiscal 2019, up 30% from 70,000 the year "
                             "before, and 5,000 children, 10% more than in fiscal 2018.\n", rules=rules)
    assert period(figure(found, "70,000")) == ("2017-10-01", "2018-09-30")
    assert period(figure(found, "5,000")) == ("2018-10-01", "2019-09-30")
    assert period(figure(found, "10%")) == ("2018-10-01", "2019-09-30")


def test_the_time_in_focus_is_the_last_dated_figures_not_a_later_time_named(tmp_path, rules):
    found = claims(tmp_path, "Ruritania recorded 3,000 homicides in 2019, police said on Tuesday. The capital's "
                             "900 murders were a 20 percent jump on 2018.\n", rules=rules)
    assert period(figure(found, "900")) == ("2019-01-01", "2019-12-31")
    assert period(figure(found, "20 percent")) == ("2019-01-01", "2019-12-31")


@pytest.mark.parametrize(("text", "dates"), [
    ("Ruritania closed 2019 with 1,300 homicides, an average of 3.6 a day, down from 2,400 in 2018.\n",
     {"3.6": "2019", "2,400": "2018"}),
    ("Police counted 6,700 homicides in 2019, down from a record 7,100 in 2018, or 560 a month.\n",
     {"560": "2019", "7,100": "2018"}),
])
def test_a_follow_on_figure_takes_the_period_of_the_figure_it_follows(tmp_path, rules, text, dates):
    found = claims(tmp_path, text, rules=rules)
    for words, year in dates.items():
        assert period(figure(found, words)) == (f"{year}-01-01", f"{year}-12-31"), words


def test_a_month_that_closes_with_a_figure_is_its_period(tmp_path, rules):
    found = claims(tmp_path, "August closed with 390 homicides, against 900 murders in the same month of 2018. "
                             "June ends with 330 killings, down from 670 a year earlier.\n", rules=rules)
    assert period(figure(found, "390")) == ("2019-08-01", "2019-08-31")
    assert period(figure(found, "900")) == ("2018-08-01", "2018-08-31")
    assert period(figure(found, "330")) == ("2019-06-01", "2019-06-30")
    assert period(figure(found, "670")) == ("2018-06-01", "2018-06-30")


def test_that_year_is_the_whole_year_of_the_time_in_focus(tmp_path, rules):
    found = claims(tmp_path, "In August 2015, killings reached 29 a day. That year was grim: Ruritania closed it "
                             "with 6,600 homicides.\n", rules=rules)
    assert period(figure(found, "6,600")) == ("2015-01-01", "2015-12-31")


def test_a_weekly_count_is_a_seven_day_span(tmp_path, rules):
    found = claims(tmp_path, "Agents caught 1,900 minors in the week beginning February 2, then 1,200 a week "
                             "later, and 670 in the seven days that ended Saturday.\n", rules=rules)
    assert period(figure(found, "1,900")) == ("2020-02-02", "2020-02-08")
    assert period(figure(found, "1,200")) == ("2020-02-09", "2020-02-15")
    assert period(figure(found, "670")) == ("2020-02-23", "2020-02-29")


def test_a_figure_whose_words_give_it_a_longer_length_runs_that_long_to_its_days_end(tmp_path, rules):
    found = claims(tmp_path, "Police said 15 people were killed in Ruritania on Friday, February 7, and 60 on "
                             "Saturday, February 8, a two-day toll of 75.\n\n"
                             "In January, more than 40 people were killed over three days.\n\n"
                             "So far this year Ruritania has logged 290 homicides in 60 days.\n", rules=rules)
    assert period(figure(found, "75")) == ("2020-02-07", "2020-02-08")
    assert period(figure(found, "40")) == ("2020-01-01", "2020-01-31")
    assert period(figure(found, "290")) == ("2020-01-01", "2020-03-01")


def test_figures_in_a_list_share_the_time_after_them_when_no_base_value_stands_between(tmp_path, rules):
    found = claims(tmp_path, "In May police counted 50 robberies, while Ruritania had 300 murders and 20 "
                             "kidnappings in 2018.\n", rules=rules)
    assert period(figure(found, "300")) == ("2018-01-01", "2018-12-31")
    found = claims(tmp_path, "Ruritania ended 2019 with 1,300 homicides, or 3.6 a day, far above the 900 "
                             "killings counted in 2018.\n", rules=rules)
    assert period(figure(found, "3.6")) == ("2019-01-01", "2019-12-31")


def test_a_figure_compared_with_a_base_takes_the_time_before_it_in_its_clause(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 murders in 2016. In the first four months of 2019 there were "
                             "60 more homicides than in the same stretch of 2018.\n", rules=rules)
    assert period(figure(found, "60")) == ("2019-01-01", "2019-04-30")


def test_a_figure_in_a_when_clause_after_since_takes_the_time_named(tmp_path, rules):
    found = claims(tmp_path, "Killings in Ruritania are at their lowest since 2016, when police counted 2,900 "
                             "homicides.\n", rules=rules)
    assert period(figure(found, "2,900")) == ("2016-01-01", "2016-12-31")


def test_a_figure_whose_only_time_is_a_base_values_has_no_time_of_its_own(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2019. That is equivalent to 15 murders per "
                             "100,000 inhabitants, compared with 22 per 100,000 a year earlier and 40 in 2010.\n",
                   rules=rules)
    assert period(figure(found, "15 murders")) == ("2019-01-01", "2019-12-31")
    assert period(figure(found, "22 per")) == ("2018-01-01", "2018-12-31")


def test_a_figure_after_from_is_a_base_value_only_after_a_change(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2019. More than 8,000 migrants from the three "
                             "countries arrived between 2013 and 2015, and 20 kidnappings in 2016.\n", rules=rules)
    assert period(figure(found, "8,000")) == ("2013-01-01", "2015-12-31")


def test_so_many_months_to_a_date_are_that_stretch(tmp_path, rules):
    found = claims(tmp_path, "Ruritania put removals in the 12 months to Sept. 30, 2019 at 260,000, up 4% on "
                             "fiscal 2018.\n", rules=rules)
    assert period(figure(found, "260,000")) == ("2018-10-01", "2019-09-30")
    assert period(figure(found, "4%")) == ("2018-10-01", "2019-09-30")


def test_the_same_period_a_year_earlier_moves_the_stretch_in_focus_back(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2016. The murder rate reached 40 per 100,000 in "
                             "the first half of 2019, up from 35 in the same period a year earlier.\n", rules=rules)
    assert period(figure(found, "35")) == ("2018-01-01", "2018-06-30")
