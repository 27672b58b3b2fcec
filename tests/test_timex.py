"""Time expressions of checker.timex: intervals, basis, granularity, relation, calendar spans.

Every sentence here was written for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from checker.model import TimeMention
from checker.timex import (
    FISCAL_YEAR_START_MONTH, Anchor, calendar_spans, find_times, infer_published, parse_published,
)

JUNE_2022 = parse_published("2022-06")
APRIL_2015 = parse_published("2015-04")
WED_2015_04_15 = parse_published("2015-04-15")
YEAR_2015 = parse_published("2015")


def only(sentence: str, anchor: Anchor | None = JUNE_2022) -> TimeMention:
    found = find_times(sentence, anchor)
    assert len(found) == 1, found
    return found[0]


def summary(sentence: str, anchor: Anchor | None = JUNE_2022) -> tuple:
    t = only(sentence, anchor)
    return (t.scope.text, t.scope.start, t.scope.end, t.scope.basis, t.scope.granularity, t.relation)


def texts(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in calendar_spans(sentence)]


# -- the anchor --------------------------------------------------------------------------------

@pytest.mark.parametrize("value, date, precision, latest", [
    ("2015", dt.date(2015, 1, 1), "year", dt.date(2015, 12, 31)),
    ("2016-02", dt.date(2016, 2, 1), "month", dt.date(2016, 2, 29)),
    ("2015-04-15", dt.date(2015, 4, 15), "day", dt.date(2015, 4, 15)),
])
def test_parse_published(value, date, precision, latest):
    anchor = parse_published(value)
    assert (anchor.date, anchor.precision, anchor.latest) == (date, precision, latest)


@pytest.mark.parametrize("value", [None, "", "soon", "2015-13", "2015-02-30"])
def test_parse_published_rejects(value):
    assert parse_published(value) is None


# -- explicit years ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Exports grew in 2016.", ("in 2016", "2016-01-01", "2016-12-31", "explicit", "year", "in")),
    ("The bridge was finished by 2016.", ("by 2016", "2016-01-01", "2016-12-31", "explicit", "year", "by")),
    ("2016 was a dry year.", ("2016", "2016-01-01", "2016-12-31", "explicit", "year", "in")),
    ("Dealers sold the 2020 Escape cheaply.", ("2020", "2020-01-01", "2020-12-31", "explicit", "year", "in")),
    ("A 2017 study found little.", ("2017", "2017-01-01", "2017-12-31", "explicit", "year", "in")),
    ("Analysts praised 2018's sales.", ("2018", "2018-01-01", "2018-12-31", "explicit", "year", "in")),
    ("The Interior Ministry's 2017 numbers show a fall.", ("2017", "2017-01-01", "2017-12-31", "explicit", "year", "in")),
    ("The town was founded in 1600.", ("in 1600", "1600-01-01", "1600-12-31", "explicit", "year", "in")),
    ("A coin dated A.D. 1000 turned up.", ("A.D. 1000", "1000-01-01", "1000-12-31", "explicit", "year", "in")),
    ("Records exist since 1850.", ("since 1850", "1850-01-01", "2022-06-30", "explicit", "year", "since")),
])
def test_years(sentence, expected):
    assert summary(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "About 2000 people came to the rally.",
    "Organizers counted 2000 people at noon.",
    "The pills contain 2000 mg each.",
    "He paid $2000 for the car.",
    "The club has more than 2000 members.",
    "Fans waited for Euro 2020 to start.",
    "They drew an average of 1500 visitors.",
    "The tree is a 2,900 year-old pine.",
    "Between 2000 and 3000 people marched.",
    "The party's 2000 members voted.",
])
def test_numbers_that_are_not_years(sentence):
    assert find_times(sentence, JUNE_2022) == []


# -- months and days -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Rents rose in March 2015.", ("in March 2015", "2015-03-01", "2015-03-31", "explicit", "month", "in")),
    ("The deal closed March 4, 2013.", ("March 4, 2013", "2013-03-04", "2013-03-04", "explicit", "day", "in")),
    ("The deal closed on 4 March 2013.", ("on 4 March 2013", "2013-03-04", "2013-03-04", "explicit", "day", "in")),
    ("The vote is set for 3/4/2013 now.", ("for 3/4/2013", "2013-03-04", "2013-03-04", "explicit", "day", "in")),
    ("Talks began Aug. 14.", ("Aug. 14", "2021-08-14", "2021-08-14", "relative", "day", "in")),
    ("The mill shut on May 30.", ("on May 30", "2022-05-30", "2022-05-30", "relative", "day", "in")),
    ("Snow fell in January and February.",
     ("in January and February", "2022-01-01", "2022-02-28", "relative", "month", "in")),
    ("The fair ran from March 27 to May 23.",
     ("from March 27 to May 23", "2022-03-27", "2022-05-23", "relative", "span", "range")),
    ("The fair ran from March 27 to May 23, 2013.",
     ("from March 27 to May 23, 2013", "2013-03-27", "2013-05-23", "explicit", "span", "range")),
    ("The expo runs Sept. 20-24, 2019.",
     ("Sept. 20-24, 2019", "2019-09-20", "2019-09-24", "explicit", "span", "range")),
    ("Crime fell between 2001 and 2010.",
     ("between 2001 and 2010", "2001-01-01", "2010-12-31", "explicit", "span", "range")),
    ("Wages rose from 2014 through 2017.",
     ("from 2014 through 2017", "2014-01-01", "2017-12-31", "explicit", "span", "range")),
    ("Farms grew between 1600 and 1900.",
     ("between 1600 and 1900", "1600-01-01", "1900-12-31", "explicit", "span", "range")),
    ("The 2014-15 season was long.", ("2014-15", "2014-01-01", "2015-12-31", "explicit", "span", "range")),
    ("Work ends by the end of March.", ("by the end of March", "2022-03-21", "2022-03-31", "relative", "span", "by")),
    ("Buds open in early May.", ("in early May", "2022-05-01", "2022-05-10", "relative", "span", "in")),
    ("The plant opens in mid-2019.", ("in mid-2019", "2019-05-01", "2019-08-31", "explicit", "span", "in")),
    ("It peaked in the late 1970s.", ("in the late 1970s", "1977-01-01", "1979-12-31", "explicit", "decade", "in")),
    ("It peaked in the early 2010s.", ("in the early 2010s", "2010-01-01", "2013-12-31", "explicit", "decade", "in")),
    ("It peaked in the 1980s.", ("in the 1980s", "1980-01-01", "1989-12-31", "explicit", "decade", "in")),
    ("It peaked in the '90s.", ("in the '90s", "1990-01-01", "1999-12-31", "explicit", "decade", "in")),
    ("Sales fell in the first two months of 2016.",
     ("in the first two months of 2016", "2016-01-01", "2016-02-29", "explicit", "month", "in")),
    ("Rain came in the first week of April.",
     ("in the first week of April", "2022-04-01", "2022-04-07", "relative", "week", "in")),
    ("Rain came in the first weeks of April.",
     ("in the first weeks of April", "2022-04-01", "2022-04-14", "relative", "week", "in")),
    ("Sales fell in the first month of 2018.",
     ("in the first month of 2018", "2018-01-01", "2018-01-31", "explicit", "month", "in")),
    ("Profit rose in the first quarter.",
     ("in the first quarter", "2022-01-01", "2022-03-31", "relative", "quarter", "in")),
    ("Profit rose in Q3 2019.", ("in Q3 2019", "2019-07-01", "2019-09-30", "explicit", "quarter", "in")),
    ("Output fell in the first half of 2019.",
     ("in the first half of 2019", "2019-01-01", "2019-06-30", "explicit", "span", "in")),
    ("The lake dried up last summer.", ("last summer", "2021-06-01", "2021-08-31", "relative", "span", "in")),
    ("The lake dried up in the summer of 2019.",
     ("in the summer of 2019", "2019-06-01", "2019-08-31", "explicit", "span", "in")),
    ("It was built in the 20th century.",
     ("in the 20th century", "1900-01-01", "1999-12-31", "explicit", "span", "in")),
])
def test_months_days_and_spans(sentence, expected):
    assert summary(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police put the June toll at 212.", ("June", "2022-06-01", "2022-06-30", "relative", "month", "in")),
    ("Its August total was 212.", ("August", "2021-08-01", "2021-08-31", "relative", "month", "in")),
])
def test_a_month_between_a_determiner_and_its_noun_is_a_date(sentence, expected):
    assert summary(sentence) == expected


@pytest.mark.parametrize("sentence", ["The March for Peace drew 212 people.", "The March to the sea drew 212."])
def test_a_month_name_before_a_preposition_is_no_date(sentence):
    assert find_times(sentence, JUNE_2022) == []


def test_calendar_flag_for_named_months():
    assert only("Sales fell in the first two months of 2016.").calendar is True


# -- relative to the publication -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Prices rose this year.", ("this year", "2022-01-01", "2022-06-30", "relative", "year", "in")),
    ("Prices rose last year.", ("last year", "2021-01-01", "2021-12-31", "relative", "year", "in")),
    ("Prices will rise next year.", ("next year", "2023-01-01", "2023-12-31", "relative", "year", "in")),
    ("Prices rose last month.", ("last month", "2022-05-01", "2022-05-31", "relative", "month", "in")),
    ("Prices rose this month.", ("this month", "2022-06-01", "2022-06-30", "relative", "month", "in")),
    ("The dam broke two months ago.", ("two months ago", "2022-04-01", "2022-04-30", "relative", "month", "ago")),
    ("The dam broke three years ago.", ("three years ago", "2019-01-01", "2019-12-31", "relative", "year", "ago")),
    ("Fares doubled over the last three years.",
     ("over the last three years", "2019-06-30", "2022-06-30", "relative", "span", "in")),
    ("Fares doubled in recent months.", ("in recent months", "2021-12-30", "2022-06-30", "relative", "span", "in")),
    ("Cases have risen since March 29.", ("since March 29", "2022-03-29", "2022-06-30", "relative", "day", "since")),
    ("Cases have risen since 2008.", ("since 2008", "2008-01-01", "2022-06-30", "explicit", "year", "since")),
    ("The road stays shut until May.", ("until May", "2022-05-01", "2022-05-31", "relative", "month", "until")),
    ("The road stays shut through May.", ("through May", "2022-05-01", "2022-05-31", "relative", "month", "until")),
    ("Twelve had died as of early May.", ("as of early May", "2022-05-01", "2022-05-10", "relative", "span", "by")),
    ("The mill shut in March.", ("in March", "2022-03-01", "2022-03-31", "relative", "month", "in")),
    ("The mill will reopen in March.", ("in March", "2023-03-01", "2023-03-31", "relative", "month", "in")),
    ("Later this year the mill will close.",
     ("Later this year", "2022-06-01", "2022-12-31", "relative", "span", "in")),
])
def test_relative_phrases(sentence, expected):
    assert summary(sentence) == expected


def test_yearless_day_in_its_own_month():
    assert summary("Police said April 6 was calm.", APRIL_2015)[1:4] == ("2015-04-06", "2015-04-06", "relative")


def test_last_year_with_year_anchor():
    assert summary("Prices rose last year.", YEAR_2015)[1:3] == ("2014-01-01", "2014-12-31")


def test_coarse_anchor_widens_relative_month():
    # a "2015" article's "last month" may be any month from Dec 2014 to Nov 2015
    assert summary("Prices rose last month.", YEAR_2015)[1:3] == ("2014-12-01", "2015-11-30")


@pytest.mark.parametrize("sentence", ["The dam broke two months ago.", "Fares doubled over the last three years."])
def test_duration_phrases_are_not_calendar(sentence):
    assert only(sentence).calendar is False


def test_a_year_later_takes_the_explicit_year():
    assert summary("A year later, in 2013, the truce ended.")[:5] == (
        "A year later, in 2013", "2013-01-01", "2013-12-31", "explicit", "year")


@pytest.mark.parametrize("sentence, day", [
    ("Officials said Monday that the road was open.", "2015-04-13"),
    ("The mayor will speak Friday.", "2015-04-17"),
    ("It rained last Monday.", "2015-04-13"),
    ("It rained yesterday.", "2015-04-14"),
])
def test_weekdays_with_day_anchor(sentence, day):
    t = only(sentence, WED_2015_04_15)
    assert (t.scope.start, t.scope.end, t.scope.basis) == (day, day, "relative")


def test_weekday_without_day_precision_is_unresolved():
    t = only("Officials said Monday that the road was open.", JUNE_2022)
    assert (t.scope.start, t.scope.end, t.scope.basis) == (None, None, "unresolved")


@pytest.mark.parametrize("sentence, expected", [
    ("Spending hit a record in fiscal year 2015.", "in fiscal year 2015"),
    ("Spending hit a record in FY2015.", "in FY2015"),
    ("Spending hit a record in the 2015 fiscal year.", "in the 2015 fiscal year"),
    ("Spending hit a record in fiscal 2015.", "in fiscal 2015"),
])
def test_fiscal_years(sentence, expected):
    assert FISCAL_YEAR_START_MONTH == 10
    assert summary(sentence) == (expected, "2014-10-01", "2015-09-30", "explicit", "year", "in")


# -- without an anchor -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text", [
    ("Prices rose last year.", "last year"),
    ("The mill shut in March.", "in March"),
    ("The dam broke two months ago.", "two months ago"),
    ("Cases have risen since March 29.", "since March 29"),
])
def test_unresolved_without_anchor(sentence, text):
    t = only(sentence, None)
    assert (t.scope.text, t.scope.start, t.scope.end, t.scope.basis) == (text, None, None, "unresolved")


def test_explicit_since_without_anchor_is_open_ended():
    t = only("Cases have risen since 2008.", None)
    assert (t.scope.start, t.scope.end, t.scope.basis, t.relation) == ("2008-01-01", None, "explicit", "since")


# -- references back to an earlier time -------------------------------------------------------

@pytest.mark.parametrize("sentence, text, relation", [
    ("Since then, exports have doubled.", "Since then", "reference"),
    ("At that time the port was closed.", "At that time", "reference"),
    ("During those four years, fares rose.", "During those four years", "reference"),
    ("Exports doubled that year.", "that year", "reference"),
    ("Imports fell in the same period.", "in the same period", "reference"),
    ("Two years later, the port reopened.", "Two years later", "later"),
])
def test_references(sentence, text, relation):
    t = only(sentence)
    assert (t.scope.text, t.scope.start, t.scope.end, t.scope.basis, t.relation) == (
        text, None, None, "inherited", relation)


# -- ordering ---------------------------------------------------------------------------------

def test_several_mentions_sorted_and_disjoint():
    found = find_times("In 2014 prices fell, since March they rose, and last year they held.", JUNE_2022)
    assert [t.scope.text for t in found] == ["In 2014", "since March", "last year"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_no_time_words_means_nothing():
    assert find_times("The council met and talked for hours about the bridge.", JUNE_2022) == []


# -- calendar spans ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, spans", [
    ("The quake hit at 5:25 a.m. on Sunday.", ["5:25 a.m."]),
    ("The doors open at 11 a.m. sharp.", ["11 a.m."]),
    ("The train left at 10.45pm last night.", ["10.45pm"]),
    ("The polls close at 12:01 a.m. EDT (0401 GMT) tomorrow.", ["12:01 a.m. EDT (0401 GMT)"]),
    ("The match kicked off at 17:22 local time.", ["17:22"]),
    ("The show starts at 9:35 PM.", ["9:35 PM"]),
    ("The record was stamped 2019-09-01T10:38:07.190Z by the server.", ["2019-09-01T10:38:07.190Z"]),
    ("The expo runs Sept. 20-24 downtown.", ["Sept. 20-24"]),
    ("The 2014-15 season was long.", ["2014-15"]),
    ("The deal closed March 4, 2013.", ["March 4, 2013"]),
    ("It peaked in the 1980s.", ["in the 1980s"]),
])
def test_calendar_spans_cover_dates_and_clocks(sentence, spans):
    assert texts(sentence) == spans


@pytest.mark.parametrize("sentence", [
    "The storm lasted three days.",
    "He served 15 years in prison.",
    "The tree is a 2,900 year-old pine.",
    "They drew an average of 1500 visitors.",
    "Organizers counted 2000 people at noon.",
    "He paid $2000 for the car.",
    "About 2000 came to watch.",
])
def test_calendar_spans_skip_counts_durations_and_money(sentence):
    assert calendar_spans(sentence) == []


def test_calendar_span_keeps_the_count_beside_a_year():
    sentence = "In 2016, 15 officers were hurt."
    assert texts(sentence) == ["In 2016"]


# -- inferring the publication date -----------------------------------------------------------

def test_infer_published_latest_full_date():
    assert infer_published([
        "The plant opened on March 4, 2013.",
        "By May 2013 it had 40 workers.",
        "It closed on Jan. 9, 2014, after a fire.",
        "Sales may recover in 2016.",
    ]) == "2014-01-09"


def test_infer_published_month_when_no_day():
    assert infer_published(["By May 2013 it had 40 workers.", "It may close in 2014."]) == "2013-05"


def test_infer_published_nothing():
    assert infer_published(["Nothing happened here.", "Last year was calm."]) is None


# -- robustness -------------------------------------------------------------------------------

_TRICKY = st.sampled_from([
    "2016", "March", "May", "4", "-", "–", "—", "\u00a0", "\u2009", " ", ",", ".", "'", "’", "90s",
    "since", "between", "and", "in", "the", "last", "year", "ago", "two", "a", "Q3", "FY", "fiscal",
    "early", "2014-15", "1999999999999", "12:01", "a.m.", "31", "Feb", "29", "0000", "9999",
    "3/4/", "T10:38", "Monday", "summer", "century", "99th", "0th", "1st", "of", "$", "%",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(max_size=80),
    st.lists(_TRICKY, max_size=14).map(" ".join),
    st.lists(_TRICKY, max_size=14).map("".join),
    st.text(alphabet="0123456789-–—/:.,' \u00a0", max_size=60),
))
def test_never_raises_and_spans_are_sorted(text):
    for anchor in (None, JUNE_2022, WED_2015_04_15):
        found = find_times(text, anchor)
        assert all(0 <= t.start < t.end <= len(text) for t in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))
        assert all(t.scope.text == text[t.start:t.end] for t in found)
        for t in found:
            if t.scope.start and t.scope.end:
                assert t.scope.start <= t.scope.end
    spans = calendar_spans(text)
    assert calendar_spans(text, find_times(text, None)) == spans  # with the mentions given, as claims does
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


_CLOCK_PIECES = st.sampled_from(["0", "1", "2", "3", "5", "9", "12", "23", ":", ".", " ", "\u00a0", "a", "p", "A",
                                 "P", "m", "M", "am", "p.m.", "GMT", "utc", "Z", "EST", "(", ")", "-", "x"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_CLOCK_PIECES, max_size=10).map("".join))
def test_clock_hint_is_found_wherever_a_clock_time_is(text):
    """calendar_spans skips the slow clock regex when the quick hint finds nothing."""
    from checker.timex.grammar import grammar

    g = grammar()
    if g.compiled("clock").search(text):
        assert g.compiled("clock_hint", 0).search(text)


_CANDIDATE_PIECES = st.sampled_from(["the", "a", "an", "this", "last", "mid", "early", "2019", "1990s", "'90s", "’", "5",
                                     "jan", "january", "may", "fall", "since", "by", "then", "at", "that", "time", "point",
                                     "during", "those", "fy", "fy19", "q3", "h1", "year", "years", "ago", "x", "İ", "ſ",
                                     "é", " ", "  ", ",", "-", ".", "'", "\n", "/", "$", "_"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_CANDIDATE_PIECES, max_size=12).map("".join))
def test_candidate_scan_from_non_word_characters_finds_what_the_candidate_macro_does(text):
    import re

    from checker.timex import scan
    from checker.timex.grammar import grammar

    g = grammar()
    low = text.lower()
    if len(low) == len(text):
        assert scan._candidate_starts(g, text, low) == \
            [m.start() for m in re.compile(g.macros["candidate"]).finditer(low)]


def test_candidates_find_where_every_rule_example_starts():
    """The candidate scan (the ``candidate`` macro) lets no rule example's expression go untried:
    each expression found in an example starts at a candidate, or at the preposition before one."""
    from checker.timex import scan
    from checker.timex.grammar import grammar

    g = grammar()
    for rule in g.rules:
        for example in rule.examples:
            text = example["text"]
            starts = scan._candidate_starts(g, text, text.lower())
            for t in find_times(text, parse_published(example["published"])):
                assert any(t.start <= c < t.end for c in starts), (rule.name, text, t.scope.text)


_ATOM_PIECES = st.sampled_from(["the ", "The ", "first ", "two ", "months ", "of ", "2015", "May", "may", "June ", "5", "th",
                                "Q3 ", "FY", "fiscal ", "year", "-", "–", "/", "'", "’", "s", " ", ", ", "early ", "mid-",
                                "1990s", "Monday", "ago", "later", "A.D.", "since then", "12:30", "Jan.", "Sept. ",
                                "last ", "week", "that ", "day", "a ", "H1 ", "ſ", "İ", "K", "today", "recent years",
                                "during those", "at the time", "pre-2010", "end of", "beginning of "])


def _atom_key(m):
    return m and (m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None})


@settings(max_examples=1500, deadline=None)
@given(st.lists(_ATOM_PIECES, max_size=8).map("".join))
def test_atom_shortcuts_match_the_plain_alternation(text):
    """The cut-down rule regexes by first character (each rule's ``opens`` in time_rules.yaml)
    match as the alternation of all rules does."""
    from checker.timex.grammar import DIGIT, grammar

    g = grammar()
    plain = g.alternation(g.rules)
    for i in range(len(text)):
        expected = _atom_key(plain.match(text, i))
        char = text[i].lower()
        assert _atom_key(g.rules_at(DIGIT if char.isdigit() else char).match(text, i)) == expected



@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="abc $", min_size=1, max_size=4), max_size=8),
       st.text(alphabet="abc $", max_size=12))
def test_phrases_by_first_letter_match_as_the_flat_alternation(words, text):
    """patterns.phrases(by_first_letter=True), used for the candidate scan's word lists, finds
    what the flat alternation finds."""
    import re

    from checker import patterns

    flat = re.compile(patterns.phrases(words))
    grouped = re.compile(patterns.phrases(words, by_first_letter=True))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


# -- a year-less day beside a day dated in full -------------------------------------------------

def test_a_yearless_day_takes_the_year_of_a_full_date_near_it_in_the_sentence():
    anchor = parse_published("2021-05-10")
    found = find_times("The curfew began on June 3, 2018, after riots killed 40 people between June 1 "
                       "and 2, including 25 on June 2 alone.", anchor)
    assert [(t.scope.start, t.scope.end) for t in found] == [
        ("2018-06-03", "2018-06-03"), ("2018-06-01", "2018-06-02"), ("2018-06-02", "2018-06-02")]


def test_a_yearless_day_far_from_the_full_date_keeps_the_publication_year():
    anchor = parse_published("2021-05-10")
    found = find_times("The truce signed on June 3, 2018, was tested again on April 20.", anchor)
    assert (found[1].scope.start, found[1].scope.end) == ("2021-04-20", "2021-04-20")


def test_a_yearless_day_never_moves_past_the_publication():
    anchor = parse_published("2021-05-10")
    found = find_times("Police said on May 2, 2021, that the count of May 28 was final.", anchor)
    assert found[1].scope.start == "2020-05-28"


def test_a_range_keeps_both_ends_across_a_comma():
    found = only("Agents detained 39,000 children from Oct. 1, 2012, through May 31.", parse_published("2013-06-13"))
    assert (found.scope.start, found.scope.end, found.relation) == ("2012-10-01", "2013-05-31", "range")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="abc ", min_size=1, max_size=3), max_size=6),
       st.lists(st.text(alphabet="abc ", min_size=1, max_size=3), max_size=6), st.text(alphabet="abc $", max_size=12))
def test_opener_words_match_as_the_two_word_lists_do(openers, weak, text):
    """%opener_words, the openers and weak openers grouped by first letter, matches where and as
    "(?:%openers)\\b|(?:%weak_openers)<tail>" does."""
    import re

    from checker import patterns
    from checker.timex.grammar import _opener_words

    tail = r"(?=\s*\$)"
    flat = re.compile(rf"(?:{patterns.phrases(openers)})\b|(?:{patterns.phrases(weak)}){tail}")
    grouped = re.compile(_opener_words(openers, weak).replace("%weak_tail", tail) or "(?!)")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_words_grouped_by_first_letter_and_matched_with_re_i_are_lower_case():
    """%prepositions and %future_cues are grouped by first letter and matched with re.I: the same
    matches as the flat alternation only while no two groups' letters are one letter in two cases
    (patterns.phrases), so each pack writes them in lower case."""
    from checker import lang

    for code in lang.available():
        pack = lang.load(code)
        words = [w for ws in pack["time_prepositions"].values() for w in ws] + list(pack["future_cues"])
        assert all(w == w.lower() for w in words), code
