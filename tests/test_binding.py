"""Claim context bound with evidence (checker/binding/) and the engine comparing only what is
established (checks/established.py). Every sentence here is written for these tests."""
from __future__ import annotations

import json

import pytest

import checker
from tests.conftest import figure, subject_basis, write_corpus, write_dated_corpus
from tests.conftest import one_article_claims as claims




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


def test_event_dates_years_apart_are_two_occurrences_not_compared(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2018-03", "The militias of Honduras agreed a ceasefire in March 2010.\n"),
        "b.txt": ("2018-04", "In Honduras the militias signed a pact in 2015.\n"),
        "c.txt": ("2018-05", "Honduras's militias reached a truce in 2011.\n")})
    result = checker.check([corpus])
    assert [(f.kind, sorted(c.source[-5:] for c in f.claims)) for f in result.findings] == [
        ("conflict", ["a.txt", "c.txt"])]
    assert [(c.source[-5:], why.split(":")[0]) for c, why in result.not_compared] == [
        ("b.txt", "truce reached"), ("c.txt", "truce reached")]
    assert "more than 2 years away" in result.not_compared[0][1]


def test_an_event_that_says_it_is_another_occurrence_is_not_compared(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2018-03", "The militias of Honduras agreed a ceasefire in March 2010.\n"),
        "b.txt": ("2018-04", "In Honduras a new truce was agreed in 2011.\n")})
    result = checker.check([corpus])
    assert [f.kind for f in result.findings] == []
    assert [(c.source[-5:], why.split(", ", 1)[1]) for c, why in result.not_compared] == [
        ("a.txt", "“new truce was agreed” (b.txt:1) says it is another occurrence ('new')"),
        ("b.txt", "“new truce was agreed” (b.txt:1) says it is another occurrence ('new')")]


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
    assert result.findings == ()  # the difference is keyed apart: it meets only other differences


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


def test_every_mention_of_an_event_object_is_read(tmp_path, rules):
    found = claims(tmp_path, "Shootings had become rare after the militias' ceasefire, but the pact fell apart in "
                             "2011 and the fighting resumed.\n", rules=rules)
    assert events_of(found) == [("truce_ended", "2011-01-01")]


def test_two_verbs_either_side_of_one_object_state_two_events(tmp_path, rules):
    found = claims(tmp_path, "Fighting resumed after the breakdown in 2011 of a ceasefire the militias had signed "
                             "in June 2009.\n", rules=rules)
    assert events_of(found) == [("truce_ended", "2011-01-01"), ("truce_reached", "2009-06-01")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials in Honduras announced the truce had collapsed in 2014.\n", [("truce_ended", "2014-01-01")]),
    ("The militias of Honduras signed the truce that collapsed in 2014.\n", [("truce_ended", "2014-01-01")]),
    ("In 2012 the militias of Honduras signed the truce that later collapsed.\n", [("truce_reached", "2012-01-01")]),
    ("The militias in Honduras agreed a truce, and the army launched a crackdown in 2014.\n",
     [("emergency_declared", "2014-01-01")]),
])
def test_a_time_beyond_another_events_verb_dates_that_event_only(tmp_path, rules, text, expected):
    assert events_of(claims(tmp_path, text, rules=rules)) == expected


def test_nested_triggers_state_one_event(tmp_path, rules):
    found = claims(tmp_path, "The militias announced the end of the ceasefire in 2011.\n", rules=rules)
    assert events_of(found) == [("truce_ended", "2011-01-01")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Honduras, where a 2009 ceasefire between the militias has weakened, counted 900 deaths.\n",
     [("truce_reached", "2009-01-01")]),
    ("Shootings in Honduras fell after the militia ceasefire of June 2009.\n", [("truce_reached", "2009-06-01")]),
    ("The 2009 truce in Honduras collapsed in 2011.\n", [("truce_reached", "2009-01-01"), ("truce_ended", "2011-01-01")]),
    ("The 2013 truce talks in Honduras failed.\n", []),
    ("In 2013 the ceasefire in Honduras collapsed.\n", [("truce_ended", "2013-01-01")]),
    ("The crackdown of recent months in Honduras drew criticism.\n", []),
    ("Honduras ended the ceasefire of the last two years in May 2018.\n", [("truce_ended", "2018-05-01")]),
])
def test_an_object_dated_in_its_own_noun_phrase_states_the_event(tmp_path, rules, text, expected):
    assert events_of(claims(tmp_path, text, rules=rules)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('Honduras credits the "extraordinary" security measures it began applying in late 2019.\n',
     [("emergency_declared", "2019-09-01")]),
    ("In Honduras the emergency measures, approved by the Congress in 2016, remain in force.\n",
     [("emergency_declared", "2016-01-01")]),
    ("Honduras's congress gave the president the emergency powers he sought on January 9, 2019.\n",
     [("emergency_declared", "2019-01-09")]),
    ("Violence in Honduras eased after the government rolled out a crackdown on the gangs in May 2017.\n",
     [("emergency_declared", "2017-05-01")]),
])
def test_emergency_measures_named_or_passive_are_declared(tmp_path, rules, text, expected):
    assert events_of(claims(tmp_path, text, rules=rules)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Killings in Honduras fell under a truce between the militias, promoted by the church between 2009 and 2011.\n",
     [("truce_ended", "2011-01-01", "2011-12-31"), ("truce_reached", "2009-01-01", "2009-12-31")]),
    ("The 2009-2011 ceasefire in Honduras was fragile.\n",
     [("truce_ended", "2011-01-01", "2011-12-31"), ("truce_reached", "2009-01-01", "2009-12-31")]),
    ("The ceasefire in Honduras, in force from March to June 2016, cut killings.\n",
     [("truce_ended", "2016-06-01", "2016-06-30"), ("truce_reached", "2016-03-01", "2016-03-31")]),
    ("The truce in Honduras held in 2013.\n", []),
    ("The militias of Honduras negotiated a truce between March and May 2012.\n",
     [("truce_reached", "2012-03-01", "2012-05-31")]),
])
def test_a_span_of_an_objects_lifetime_begins_and_ends_it(tmp_path, rules, text, expected):
    found = claims(tmp_path, text, rules=rules)
    assert [(c.metric, c.time.start, c.time.end) for c in found if c.kind == "event"] == expected


def test_an_events_place_is_in_its_own_statement(tmp_path, rules):
    found = claims(tmp_path, "Guatemala City ranked 14th at 71 per 100,000 while Tegucigalpa rose to 27th, after "
                             "a truce signed between Honduras's two biggest gangs in May 2013.\n", rules=rules)
    [event] = [c for c in found if c.kind == "event"]
    assert subject_basis(event) == (("Honduras",), "phrase")


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
    ("In Honduras the daily average fell to 9.4 killings in 2019.\n", "9.4", "count / day"),
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
    found = claims(tmp_path, "In 2012 the homicide rate was 79 per 100,000 people in Honduras, with Zembla at 47.3 "
                             "and Venezuela at 44.\n", rules=rules)
    assert subject_basis(figure(found, "44")) == (("Venezuela",), "phrase")
    assert figure(found, "47.3").subject == ()
    assert subject_basis(figure(found, "79")) == (("Honduras",), "phrase")


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
    assert not same_period(year, Period(date(2016, 1, 1), date(2016, 11, 30), "span", True))  # January to November


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
                             "Ruritania saw a rate of 41 per 100,000 in 2018.\nAnother survey listed Zembla with 39.\n",
                   rules=rules)
    assert figure(found, "41").metric == "homicide_rate"
    assert figure(found, "39").metric is None


def test_a_bare_number_placed_on_the_scale_of_the_rate_in_focus_is_that_rate(tmp_path, rules):
    found = claims(tmp_path, "Zembla had a murder rate of 52 per 100,000 in 2018.\n\n"
                             "Ruritania, its neighbour, was put at 33. A later survey revised that to 47.\n",
                   rules=rules)
    for value in ("33", "47"):
        assert (figure(found, value).metric, figure(found, value).unit) == ("homicide_rate", "per 100000")


def test_a_number_placed_at_a_value_is_no_rate_far_off_it_or_in_a_clause_naming_a_count(tmp_path, rules):
    found = claims(tmp_path, "Zembla had a murder rate of 52 per 100,000 in 2018.\n\n"
                             "Its police force grew to 9,000. Arrests rose to 60 in March.\n\n"
                             "Officials said little.\n\nThe ferry fare was set at 40.\n",
                   rules=rules)
    assert figure(found, "9,000").metric is None
    assert figure(found, "60").metric == "arrests"
    assert figure(found, "40").metric is None


def test_the_population_a_count_is_taken_in_is_context(tmp_path, rules):
    found = claims(tmp_path, "In 2019 Zembla counted about 900 murders among 2.5 million people. Police said 40 people "
                             "were killed in May, among them 12 women.\n", rules=rules)
    assert figure(found, "900 murders").metric == "homicides"
    assert figure(found, "2.5 million").metric is None
    assert figure(found, "40 people").metric == "homicides"


def test_a_border_apprehension_is_no_arrest(tmp_path, rules):
    found = claims(tmp_path, "Agents apprehended 40,000 people at the border in 2019, and 2,000 apprehensions were "
                             "recorded in May. Police in Zembla arrested 300 people in 2019.\n", rules=rules)
    assert figure(found, "40,000").metric is None
    assert figure(found, "2,000 apprehensions").metric is None
    assert figure(found, "300 people").metric == "arrests"


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
    ("Ruritania closed 2019 with 1,270 homicides, an average of 3.5 a day, down from 2,350 in 2018.\n",
     {"3.5": "2019", "2,350": "2018"}),
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
                             "In January, more than 35 people were killed over four days.\n\n"
                             "So far this year Ruritania has logged 290 homicides in 60 days.\n", rules=rules)
    assert period(figure(found, "75")) == ("2020-02-07", "2020-02-08")
    assert period(figure(found, "35")) == ("2020-01-01", "2020-01-31")
    assert period(figure(found, "290")) == ("2020-01-01", "2020-02-29")  # a running year: its first 60 days


def test_a_running_period_cut_short_by_a_stated_length_reaches_that_many_days_from_its_start(tmp_path, rules):
    from checker.extract import extract_claims

    text = ("So far this year Zembla has counted 130 murders in 50 days, or 2.6 a day.\n\n"
            "In February, the calmest month in years, Zembla counted 40 killings in 20 days, by the morgue's "
            "count. Police data show 44 killings in February.\n\n"
            "In February 2019, 70 murders were recorded in 20 days.\n")
    folder = write_corpus(tmp_path / "c", {"a.txt": text}, '[[source]]\nfile = "a.txt"\npublished = "2020-02-28"\n')
    found = extract_claims([folder], rules).claims
    assert period(figure(found, "130")) == ("2020-01-01", "2020-02-19")
    assert period(figure(found, "2.6")) == ("2020-01-01", "2020-02-19")  # the average of that stretch
    assert period(figure(found, "40")) == ("2020-02-01", "2020-02-20")
    assert period(figure(found, "44")) == ("2020-02-01", "2020-02-20")  # the month named again: the same stretch
    assert period(figure(found, "70")) == ("2019-02-01", "2019-02-28")  # a past month is no running period


def test_a_days_toll_in_a_clause_after_a_dated_event_is_the_day_before_it(tmp_path, rules):
    found = claims(tmp_path, "Zembla's curfew, imposed on January 12, 2020, after 41 people were killed in a "
                             "single day, was lifted.\n\nThe curfew was imposed on January 12, 2020, when 30 "
                             "people were killed in a single day.\n\nThe curfew, imposed on January 12, 2020, "
                             "after 90 people were killed in a week, was lifted.\n", rules=rules)
    assert period(figure(found, "41")) == ("2020-01-11", "2020-01-11")
    assert period(figure(found, "30")) == ("2020-01-12", "2020-01-12")  # "when": the event's own day
    assert period(figure(found, "90")) == ("2020-01-12", "2020-01-12")  # no one day stated: left as named


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
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2019. That is equivalent to 17 murders per "
                             "100,000 people, compared with 23 per 100,000 one year earlier and 38 in 2011.\n",
                   rules=rules)
    assert period(figure(found, "17 murders")) == ("2019-01-01", "2019-12-31")
    assert period(figure(found, "23 per")) == ("2018-01-01", "2018-12-31")


def test_a_figure_after_from_is_a_base_value_only_after_a_change(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2019. More than 8,000 migrants from the three "
                             "countries arrived between 2013 and 2015, and 20 kidnappings in 2016.\n", rules=rules)
    assert period(figure(found, "8,000")) == ("2013-01-01", "2015-12-31")


def test_so_many_months_to_a_date_are_that_stretch(tmp_path, rules):
    found = claims(tmp_path, "Ruritania put its removals for the 12 months to September 30, 2017 at 240,000, up 6% on "
                             "fiscal 2016.\n", rules=rules)
    assert period(figure(found, "240,000")) == ("2016-10-01", "2017-09-30")
    assert period(figure(found, "6%")) == ("2016-10-01", "2017-09-30")


def test_the_same_period_a_year_earlier_moves_the_stretch_in_focus_back(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2016. The murder rate reached 40 per 100,000 in "
                             "the first half of 2019, up from 35 in the same period a year earlier.\n", rules=rules)
    assert period(figure(found, "35")) == ("2018-01-01", "2018-06-30")


def test_a_rate_with_a_metric_of_its_own_puts_that_rate_in_focus(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 12 murders per 100,000 residents in 2017.\n\n"
                             "Ruritania followed at 41 per 100,000, with about 900 homicides in all.\n", rules=rules)
    rate = figure(found, "41")
    assert rate.metric == "homicide_rate"  # a count's words in the clause do not block another unit's rate
    assert rate.evidence("metric").basis == "discourse"


def test_parts_of_a_whole_count_what_the_whole_counts(tmp_path, rules):
    found = claims(tmp_path, "In 2017 the agency deported 90,000 people. Panama accounted for 40,000 of them, "
                             "Belize for 30,000.\n", rules=rules)
    for words in ("40,000", "30,000"):
        part = figure(found, words)
        assert part.metric == "deportations", words
    assert "the whole it is a part of" in figure(found, "40,000").evidence("metric").words
    listed = claims(tmp_path / "b", "In 2017 the agency deported 90,000 people. A report named the largest groups, "
                                    "among them 30,000 Panamanians and 20,000 Belizeans.\n", rules=rules)
    assert [figure(listed, w).metric for w in ("30,000", "20,000")] == ["deportations", "deportations"]


def test_a_part_that_the_sentence_says_something_new_of_is_no_part_of_the_metric(tmp_path, rules):
    released = claims(tmp_path / "a", "Police detained 9,000 people in 2019. About 2,100 of them were released.\n",
                      rules=rules)
    assert figure(released, "2,100").metric is None
    subset = claims(tmp_path / "b", "The report lists 170 deaths in state custody in 2019. Of those, 33 were "
                                    "violent deaths.\n", rules=rules)
    assert figure(subset, "170").metric == "deaths_in_custody"
    assert figure(subset, "33").metric is None  # a subset of the whole, not the homicide total


def test_a_part_larger_than_the_whole_or_a_subgroup_is_no_part(tmp_path, rules):
    larger = claims(tmp_path / "a", "In 2017 the agency deported 9,000 people. Panama accounted for 30,000 of them.\n",
                    rules=rules)
    assert figure(larger, "30,000").metric is None
    subgroup = claims(tmp_path / "b", "In 2017 the agency deported 9,000 people. Officials counted 400 children "
                                      "of them.\n", rules=rules)
    assert figure(subgroup, "400").metric is None


def test_a_year_earlier_is_no_average_per_year(tmp_path, rules):
    found = claims(tmp_path, "Zembla deported 90,000 people in 2018. A year earlier Zembla deported 80,000 people.\n",
                   rules=rules)
    earlier = figure(found, "80,000")
    assert earlier.unit == "count"
    assert (earlier.time.start, earlier.time.end) == ("2017-01-01", "2017-12-31")


def test_a_time_phrase_dates_every_figure_of_its_sentence_alike(tmp_path, rules):
    found = claims(tmp_path, "Zembla deported 90,000 people in 2018. A year earlier it deported 80,000 people, "
                             "among them 30,000 Ruritanians and 20,000 Borduvians.\n", rules=rules)
    periods = {period(figure(found, words)) for words in ("80,000", "30,000", "20,000")}
    assert periods == {("2017-01-01", "2017-12-31")}


def test_a_term_starting_in_the_figures_own_words_wins_a_tie(tmp_path, rules):
    found = claims(tmp_path, "The report documents 150 deaths of prisoners in state custody in 2019, all of them "
                             "people detained that year.\n", rules=rules)
    assert figure(found, "150").metric == "deaths_in_custody"


def test_a_bare_number_after_a_rate_word_is_the_value_of_that_rate(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 12 murders per 100,000 residents in 2017.\n\n"
                             "Ruritania had a murder rate of 44.5 in 2017. Its rate had been 51 in 2016, "
                             "and the jobless rate was 9 in 2016.\n", rules=rules)
    termed = figure(found, "44.5")
    assert (termed.unit, termed.metric) == ("per 100000", "homicide_rate")
    in_focus = figure(found, "51")
    assert (in_focus.unit, in_focus.metric) == ("per 100000", "homicide_rate")
    assert in_focus.evidence("metric").basis == "discourse"
    assert figure(found, "9").metric is None  # another kind of rate


def test_a_rate_word_governs_no_number_past_another_metrics_words(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 12 murders per 100,000 residents in 2017.\n\n"
                             "The rate of arrests reached 300 in 2018.\n", rules=rules)
    assert figure(found, "300").unit == "count"


def test_an_average_continues_no_series_of_rates(tmp_path, rules):
    found = claims(tmp_path, "Zembla closed 2019 with 870 homicides, a murder rate of 19 and an average of "
                             "2.4 a day.\n", rules=rules)
    average = figure(found, "2.4")
    assert average.unit == "count / day"
    assert average.metric != "homicide_rate"


def test_a_percent_change_of_a_rate_is_the_rates_change_not_a_counts(tmp_path, rules):
    found = claims(tmp_path, "Zembla counted 12 murders per 100,000 residents in 2017.\n\n"
                             "Ruritania, whose rate jumped 12 percent in 2018, saw 900 killings.\n", rules=rules)
    assert figure(found, "12 percent").metric == "homicide_rate"


def test_a_figures_own_noun_beats_a_veto_elsewhere_in_its_clause(tmp_path, rules):
    found = claims(tmp_path, "By March 2019 police officers had logged 410 homicides in Ruritania.\n", rules=rules)
    assert figure(found, "410").metric == "homicides"
    killed = claims(tmp_path / "b", "In 2019, 41 police officers were killed in Ruritania.\n", rules=rules)
    assert figure(killed, "41").metric != "homicides"


def test_a_rate_beside_the_count_it_is_the_rate_of_is_that_rate(tmp_path, rules):
    found = claims(tmp_path, "In 2019 Ruritania counted 410 homicides, a rate of 5.7 per 100,000 inhabitants.\n",
                   rules=rules)
    rate = figure(found, "5.7")
    assert rate.metric == "homicide_rate"
    assert "homicides" in rate.evidence("metric").words
    unrelated = claims(tmp_path / "b", "In 2019 Ruritania jailed 410 people, a rate of 5.7 per 100,000 inhabitants.\n",
                       rules=rules)
    assert figure(unrelated, "5.7").metric is None


def test_a_when_clause_after_through_a_fiscal_year_is_that_fiscal_year(tmp_path, rules):
    found = claims(tmp_path, "Aid shrank by 25% through fiscal 2019, when Congress provided $480 million, and "
                             "it has grown since fiscal 2016, when they approved $690 million.\n", rules=rules)
    assert period(figure(found, "$480 million")) == ("2018-10-01", "2019-09-30")
    assert period(figure(found, "$690 million")) == ("2015-10-01", "2016-09-30")


def test_a_year_modifying_the_figures_own_noun_dates_it(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 900 homicides in 2019. Analysts, working from the same 2018 total "
                             "of 7,100 killings, put that year's rate at 91.\n", rules=rules)
    assert period(figure(found, "7,100")) == ("2018-01-01", "2018-12-31")


def test_a_time_past_another_dated_figure_is_not_the_figures_own(tmp_path, rules):
    found = claims(tmp_path, "Ruritania's murder rate was 40 per 100,000 in 2019. Officials called the fall to 40 "
                             "significant, noting that the rate had been 50 the previous year, 60 in 2016 and 70 "
                             "in 2010.\n", rules=rules)
    assert period(figure(found, "50")) == ("2018-01-01", "2018-12-31")


def test_an_average_as_of_a_day_runs_from_the_start_of_its_year(tmp_path, rules):
    found = claims(tmp_path, "As of May 31, 2019, killings in Ruritania were averaging 12.5 a day, down from 14.2 "
                             "a day over the same stretch of 2018.\n", rules=rules)
    assert period(figure(found, "12.5")) == ("2019-01-01", "2019-05-31")
    assert period(figure(found, "14.2")) == ("2018-01-01", "2018-05-31")


def test_a_comparisons_base_year_dates_no_later_figure_but_its_when_clause(tmp_path, rules):
    found = claims(tmp_path, "Ruritania recorded 900 murders in 2019.\n\nIts 900 murders were a 20 percent jump on "
                             "2018, when 750 people were killed, and an average of about 2.5 killings a day.\n",
                   rules=rules)
    assert period(figure(found, "750")) == ("2018-01-01", "2018-12-31")
    assert period(figure(found, "2.5")) != ("2018-01-01", "2018-12-31")


def test_a_base_value_read_with_its_qualifier_keeps_its_time_to_itself(tmp_path, rules):
    found = claims(tmp_path, "The daily average fell to 4.2 killings, well below the 6.1 a day recorded in 2018.\n",
                   rules=rules)
    assert period(figure(found, "4.2")) != ("2018-01-01", "2018-12-31")
    plain = claims(tmp_path / "b", "More than 481 people were murdered in March 2015, an average of 15 a day.\n",
                   rules=rules)
    assert period(figure(plain, "15")) == ("2015-03-01", "2015-03-31")  # "more than" makes no base


def test_a_figure_set_against_another_through_the_is_exact_but_a_mark_is_a_bound(tmp_path, rules):
    found = claims(tmp_path, "Ruritania's daily average fell to 4.2 killings in 2019, well below the 6.1 a day "
                             "recorded in 2018.\n", rules=rules)
    base = figure(found, "6.1")
    assert (base.value.lo, base.value.hi, base.value.qualifier) == (6.1, 6.1, "exact")
    mark = claims(tmp_path / "b", "Ruritania's murders fell below the 900 mark in 2019.\n", rules=rules)
    assert (figure(mark, "900").value.lo, figure(mark, "900").value.hi) == (None, 900)


def test_a_modifier_of_the_metrics_words_naming_a_subgroup_makes_the_figure_a_part(tmp_path, rules):
    found = claims(tmp_path, "Removals of people who had entered as part of a family unit rose to 5,700 in 2019.\n",
                   rules=rules)
    assert figure(found, "5,700").metric is None
    total = claims(tmp_path / "b", "Removals of people from Ruritania rose to 5,700 in 2019.\n", rules=rules)
    assert figure(total, "5,700").metric == "deportations"


def test_a_figure_whose_own_conjunct_names_another_metric_takes_neither(tmp_path, rules):
    found = claims(tmp_path, "In 2014 Zembla deported 16,000 people and its neighbour caught 51,000.\n", rules=rules)
    assert figure(found, "16,000").metric == "deportations"
    assert figure(found, "51,000").metric != "deportations"


def test_a_bare_number_ten_times_off_the_count_before_it_is_another_quantity(tmp_path, rules):
    found = claims(tmp_path, "Ruritania closed 2020 with 1,300 homicides, a rate of 20, down from 2,400 homicides "
                             "and 36 in 2019.\n", rules=rules)
    assert figure(found, "2,400").metric == "homicides"
    assert figure(found, "36").metric != "homicides"
    near = claims(tmp_path / "b", "Police counted 1,300 homicides and 1,150 in 2019, the ministry said.\n", rules=rules)
    assert figure(near, "1,150").metric == "homicides"


def test_a_figure_naming_two_places_joins_no_figures_of_each_into_one_comparison(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "In 2019 Panama overtook Belize, with a murder rate of more than 40 per 100,000 people.\n"),
        "b.txt": ("2020-04", "Panama had a homicide rate of 41 per 100,000 people in 2019.\n"),
        "c.txt": ("2020-05", "Belize had a homicide rate of 12 per 100,000 people in 2019.\n")})
    assert [f.kind for f in checker.check([corpus]).findings if f.kind == "conflict"] == []


@pytest.mark.parametrize(("text", "figure_words"), [
    ("On Sunday four people, among them a teenager, were shot dead at a wedding in Ruritania.\n", "four"),
    ("Nine people were killed in an ambush on a bus in Ruritania in 2019.\n", "Nine"),
    ("In 2019 a bombing that killed 31 people shook the capital of Ruritania.\n", "31"),
    ("In May 2019 twin earthquakes left some 800 people dead across Ruritania.\n", "800"),
    ("Ruritania still rebuilds after a hurricane that killed 120 people in 2019.\n", "120"),
])
def test_the_toll_of_a_single_incident_is_no_total(tmp_path, rules, text, figure_words):
    assert figure(claims(tmp_path, text, rules=rules), figure_words).metric is None


def test_a_threshold_someone_sets_is_no_measured_rate(tmp_path, rules):
    found = claims(tmp_path, "In 2019 Ruritania had a murder rate of 44 per 100,000, far above the rate of 12 per "
                             "100,000 that the ministry deems an epidemic.\n", rules=rules)
    assert figure(found, "44").metric == "homicide_rate"
    assert figure(found, "12 per").metric is None


def test_a_subgroup_named_as_the_figures_complement_is_a_part(tmp_path, rules):
    found = claims(tmp_path, "In 2019 Ruritania recorded 2,100 killings; 300 were children.\n", rules=rules)
    assert figure(found, "2,100").metric == "homicides"
    assert figure(found, "300").metric is None


@pytest.mark.parametrize(("text", "figure_words"), [
    ("By Dec. 30 police had counted 2,950 homicides in Ruritania, and they did not expect the last day to push "
     "the total past the 3,000 mark.\n", "3,000"),
    ("Ruritania ended 2019 with 2,950 homicides. That was 85 more deaths than in 2018.\n", "85"),
    ("Ruritania ended 2019 with 2,950 homicides. In June, its worst month, the daily average reached 12.5.\n",
     "12.5"),
    ("Ruritania ended 2019 with 2,950 homicides. That is close to double the 1,600 cases of 2018.\n", "1,600"),
])
def test_a_figure_named_by_a_series_noun_takes_the_metric_in_focus(tmp_path, rules, text, figure_words):
    claim = figure(claims(tmp_path, text, rules=rules), figure_words)
    assert claim.metric == "homicides"
    assert claim.evidence("metric").basis == "discourse"


@pytest.mark.parametrize(("text", "figure_words"), [
    ("Ruritania ended 2019 with 2,950 homicides.\n\nIts schools were crowded.\n\nThe grain harvest was poor. "
     "The total reached 3,000.\n", "3,000"),  # the series is out of focus
    ("Ruritania ended 2019 with 2,950 homicides, and the total of migrants deported reached 3,000.\n", "3,000"),
    ("Ruritania ended 2019 with 2,950 homicides, and 85 more soldiers than in 2018.\n", "85"),
    ("Ruritania ended 2019 with 2,950 homicides.\n\nIts schools were crowded.\n\nThe grain harvest was poor, "
     "double the 1,600 tonnes of 2018.\n", "1,600"),  # set against another figure, far from the series
])
def test_a_series_noun_far_from_the_series_or_saying_what_it_counts_takes_no_metric(tmp_path, rules, text,
                                                                                    figure_words):
    """None takes the series in focus; "the total of migrants deported" may count deportations."""
    claim = figure(claims(tmp_path, text, rules=rules), figure_words)
    assert claim.metric in (None, "deportations")
    assert claim.metric is None or claim.evidence("metric").basis != "discourse"


def test_a_veto_in_another_figures_conjunct_leaves_the_figure_its_metric(tmp_path, rules):
    found = claims(tmp_path, "In 2019 lawmakers approved $600 million for Ruritania to train judges and build "
                             "courts, a fifth less than the $750 million the president had requested.\n", rules=rules)
    assert figure(found, "$600 million").metric == "security_aid"
    assert figure(found, "$750 million").metric == "aid_request"


def test_a_regular_plural_ends_the_counted_noun_before_an_irregular_plural(tmp_path, rules):
    found = claims(tmp_path, "Ruritania counted 3,100 homicides in 2019, above the 2,900 killings police had "
                             "recorded in 2018.\n", rules=rules)
    assert (figure(found, "2,900").noun, figure(found, "2,900").metric) == ("killing", "homicides")


@pytest.mark.parametrize(("text", "figure_words"), [
    ("In 2019 the ombudsman received 420 reports of deaths in custody in Ruritania.\n", "420"),
    ("In 2019 four planeloads of deportees landed in Ruritania each week.\n", "four"),
])
def test_a_count_of_records_or_loads_is_no_count_of_what_they_hold(tmp_path, rules, text, figure_words):
    assert figure(claims(tmp_path, text, rules=rules), figure_words).metric is None


def test_a_percent_change_in_apposition_to_a_figure_is_that_figures_change(tmp_path, rules):
    found = claims(tmp_path, "In 2019 the murder rate of Ruritania dropped to 36 per 100,000 inhabitants, a decline of "
                             "nearly 15 percent, and police counted 1,950 murders.\n", rules=rules)
    claim = figure(found, "15 percent")
    assert (claim.metric, claim.evidence("metric").basis) == ("homicide_rate", "discourse")


def test_a_figure_of_a_time_is_no_part_of_it(tmp_path, rules):
    found = claims(tmp_path, "Ruritania recorded 2,950 murders in 2019, 9 percent more than the 2,700 of the "
                             "previous year.\n", rules=rules)
    claim = figure(found, "2,700")
    assert claim.noun != "year" and claim.metric == "homicides"


def test_a_bare_number_continues_the_figure_of_its_sentence_nearest_it_in_size(tmp_path, rules):
    found = claims(tmp_path, "Zembla in 2020 counted 900 murders, a murder rate of 15, against 1,400 and 24 in "
                             "2019.\n", rules=rules)
    assert (figure(found, "1,400").metric, figure(found, "1,400").unit) == ("homicides", "count")
    assert (figure(found, "24").metric, figure(found, "24").unit) == ("homicide_rate", "per 100000")


def test_a_count_stating_again_an_earlier_exact_figure_is_that_figure(tmp_path, rules):
    """"Of the 1,437 victims" repeats "1,437 homicides": its metric, place and period are that figure's."""
    found = claims(tmp_path, "Honduras counted 1,437 homicides in 2019, police said.\n\nThe minister spoke at "
                             "length.\n\nOf the 1,437 victims, 212 were women.\n", rules=rules)
    again = figure(found, "1,437 victims")
    assert (again.metric, again.subject, again.time.start, again.time.end) == \
        ("homicides", ("Honduras",), "2019-01-01", "2019-12-31")
    assert again.evidence("metric").basis == "discourse" and "1,437 homicides" in again.evidence("metric").words


@pytest.mark.parametrize("later, words", [
    ("Of the 1,400 victims, 212 were women.", "1,400 victims"),  # a round value may be another figure
    ("Police seized 1,437 rifles.", "1,437 rifles"),  # a count of things, not of people
    ("Of the roughly 1,437 victims, 212 were women.", "1,437 victims")])  # not stated exactly
def test_a_count_that_only_may_be_another_figure_does_not_repeat_it(tmp_path, rules, later, words):
    found = claims(tmp_path, "Honduras counted 1,437 homicides and 1,400 murders in 2019.\n\n"  # the series out of focus
                             f"The minister spoke at length. He took questions.\n\n{later}\n", rules=rules)
    assert figure(found, words).metric is None


def test_the_change_and_base_of_a_subgroups_count_compare_that_subgroup(tmp_path, rules):
    found = claims(tmp_path, "Border agents counted 4,100 people travelling in family units in 2019, up 35% from "
                             "3,037 the year before, and 2,600 unaccompanied children.\n", rules=rules)
    assert [figure(found, words).metric for words in ("4,100", "35%", "3,037")] == [None, None, None]
    assert figure(found, "2,600").metric == "unaccompanied_minors"


def test_the_change_and_base_of_a_metrics_count_keep_its_metric(tmp_path, rules):
    found = claims(tmp_path, "Border agents caught 2,600 unaccompanied children in 2019, up 35% from 1,926 the "
                             "year before.\n", rules=rules)
    assert {figure(found, words).metric for words in ("2,600", "35%")} == {"unaccompanied_minors"}


def test_a_subgroup_modifier_after_coordinated_figures_names_both(tmp_path, rules):
    found = claims(tmp_path, "In 2019 border agents apprehended 52,310 unaccompanied minors, along with 97,310 "
                             "Salvadorans and 86,540 Nicaraguans travelling in family units.\n", rules=rules)
    assert [figure(found, words).metric for words in ("97,310", "86,540")] == [None, None]
    assert figure(found, "52,310").metric == "unaccompanied_minors"


def test_a_figure_whose_own_words_name_the_metric_keeps_it_beside_a_coordinated_subgroup(tmp_path, rules):
    found = claims(tmp_path, "Border arrivals in 2019 included 52,310 unaccompanied children and 47,880 people "
                             "travelling in family units.\n", rules=rules)
    assert figure(found, "52,310").metric == "unaccompanied_minors"
    assert figure(found, "47,880").metric is None


def test_the_state_acting_in_the_metric_verb_ties_its_places_to_the_figure(tmp_path):
    """"Mexico deported 12,100 Central Americans": Mexico and Central America are that figure's own,
    even beside another figure of the sentence."""
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "Belizean officials said 12,400 Central Americans were deported from Mexico in 2019.\n"),
        "b.txt": ("2020-04", "Mexico deported 12,100 Central Americans in 2019, up from 9,500 in 2018.\n")})
    result = checker.check([corpus])
    drift = [f for f in result.findings if f.kind == "drift"]
    assert len(drift) == 1 and sorted(c.source.rsplit("/", 1)[-1] for c in drift[0].claims) == ["a.txt", "b.txt"]


@pytest.mark.parametrize(("text", "places"), [
    ("Belizean officials said 12,400 Central Americans were deported from Mexico in 2019, compared with "
     "9,000 in 2018.\n", ("Central America", "Mexico")),
    ("Mexico deported 12,100 Central Americans in 2019, up from 9,000 in 2018.\n", ("Central America", "Mexico")),
])
def test_a_bare_base_value_takes_the_places_of_the_figure_it_goes_on_with(tmp_path, rules, text, places):
    claim = figure(claims(tmp_path, text, rules=rules), "9,000")
    assert set(places) <= set(claim.subject) and "Belize" not in claim.subject


def test_a_bare_number_with_a_place_of_its_own_keeps_it(tmp_path, rules):
    claim = figure(claims(tmp_path, "Mexico deported 12,100 Central Americans in 2019, while in Guatemala the "
                                    "total was 9,000.\n", rules=rules), "9,000")
    assert "Guatemala" in claim.subject


def test_parts_by_nationality_are_summed_only_under_the_whole_of_the_state_their_sentence_names(tmp_path):
    """Hondurans and Guatemalans sent back by Mexico are parts of Mexico's deportations of Central
    Americans, not of the United States' count for the same year."""
    corpus = write_dated_corpus(tmp_path / "c", {"a.txt": ("2020-03", (
        "Mexico deported 100,000 Central Americans in 2019.\n\n"
        "The United States deported 90,000 people to Central America in 2019.\n\n"
        "Hondurans were first among the migrants deported by Mexico at 50,000, trailed by 45,000 Guatemalans, "
        "in 2019.\n"))})
    result = checker.check([corpus])
    wholes = {c.value.point for f in result.findings if f.rule == "parts-whole" for c in f.claims[:1]}
    assert [f.kind for f in result.findings if f.kind == "conflict"] == []
    assert wholes == {100000}


@pytest.mark.parametrize("text", [
    "Agents caught 9,100 unaccompanied children in 2019, above the previous record of 8,200 set in 2016.\n",
    "Agents caught 9,100 unaccompanied children in 2019, above 8,200 in 2016.\n",
])
def test_a_bare_number_after_a_counted_noun_counts_what_the_noun_counted(tmp_path, rules, text):
    """The noun a bare number borrows from the figure before it ("children") is that figure's,
    whose words named the metric; "set" after a figure is a verb, not what it counts."""
    claim = figure(claims(tmp_path, text, rules=rules), "8,200")
    assert claim.metric == "unaccompanied_minors"
    assert (claim.time.start, claim.time.end) == ("2016-01-01", "2016-12-31")


def test_a_record_frame_after_the_figures_own_year_leaves_that_year(tmp_path, rules):
    found = claims(tmp_path, "Homicides in Ruritania rose in 2018 for the first time since 2011, to 2,410, up from the "
                             "2,205 of the year before.\n", rules=rules)
    assert period(figure(found, "2,410")) == ("2018-01-01", "2018-12-31")
    assert period(figure(found, "2,205")) == ("2017-01-01", "2017-12-31")


def test_a_daily_average_of_killings_averages_no_count_of_workers(tmp_path):
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2020-03", "In May 2019, 620 people were murdered in Honduras, nearly 20 a day, as a bus strike "
                             "left thousands of workers stranded.\n")})
    found = [f.kind for f in checker.check([corpus]).findings if f.rule == "daily-average"]
    assert found == ["agreement"]


def test_a_count_to_a_day_late_in_the_year_is_not_the_years_total(tmp_path):
    """41 killed so far this year on December 13 and 44 in the whole year are a count to date and the
    total after it: neither drift nor conflict."""
    corpus = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2019-12-13", "So far this year, 41 police officers have been killed in Honduras.\n"),
        "b.txt": ("2020-01-10", "In 2019, 44 police officers were killed in Honduras.\n")})
    assert [f.kind for f in checker.check([corpus]).findings if f.rule == "value"] == []
