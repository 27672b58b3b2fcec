"""Calendar days computed by checker.timex from the day, month and year its grammar reads.

Every sentence here was written for these tests.
"""
from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.timex import find_times, parse_published
from checker.timex.calendar import explicit_day as _explicit_day, nearest_day as _nearest_day


def _scope(sentence: str, published: str) -> tuple[str, str]:
    (mention,) = find_times(sentence, parse_published(published))
    return mention.scope.start, mention.scope.end


# -- explicit days --------------------------------------------------------------------------------

@pytest.mark.parametrize("year, month, day, expected", [
    (2013, 8, 14, dt.date(2013, 8, 14)),
    (2016, 2, 29, dt.date(2016, 2, 29)),
    (2000, 2, 29, dt.date(2000, 2, 29)),  # divisible by 400: a leap year
    (1900, 2, 29, None),  # divisible by 100 only: not one
    (2100, 2, 29, None),
    (2015, 2, 29, None),
    (2015, 4, 31, None),
    (2015, 1, 0, None),
    (2015, 1, 32, None),
    (999, 5, 1, None),  # no date in the news is written with a three-digit year
    (1000, 5, 1, dt.date(1000, 5, 1)),
    (9999, 12, 31, dt.date(9999, 12, 31)),
])
def test_explicit_day(year, month, day, expected):
    assert _explicit_day(year, month, day) == expected


@given(st.integers(1000, 9999), st.integers(1, 12), st.integers(0, 39))
def test_explicit_day_is_the_calendar_day_when_there_is_one(year, month, day):
    exists = 1 <= day <= calendar.monthrange(year, month)[1]
    assert _explicit_day(year, month, day) == (dt.date(year, month, day) if exists else None)


def test_dates_with_a_year_in_sentences():
    assert _scope("The bridge opened on 14 March 2011.", "2015-06-01") == ("2011-03-14", "2011-03-14")
    assert _scope("The levy was due on 2012-02-29.", "2015-06-01") == ("2012-02-29", "2012-02-29")
    assert find_times("The levy was due on 2013-02-29.", parse_published("2015-06-01")) == []


# -- year-less days ---------------------------------------------------------------------------------

def _walk(month: int, day: int, base: dt.date, future: bool) -> dt.date | None:
    """The reference: step one day at a time from ``base`` until the day of the month comes up."""
    step = dt.timedelta(days=1 if future else -1)
    d = base + step if future else base
    for _ in range(9 * 366):
        if (d.month, d.day) == (month, day):
            return d
        d += step
    return None


@pytest.mark.parametrize("month, day, base, future, expected", [
    (4, 6, dt.date(2015, 4, 6), False, dt.date(2015, 4, 6)),  # the base day itself is past...
    (4, 6, dt.date(2015, 4, 6), True, dt.date(2016, 4, 6)),  # ...and not future
    (4, 6, dt.date(2015, 4, 5), False, dt.date(2014, 4, 6)),
    (4, 6, dt.date(2015, 4, 5), True, dt.date(2015, 4, 6)),
    (12, 31, dt.date(2015, 1, 1), False, dt.date(2014, 12, 31)),  # across the year boundary
    (12, 31, dt.date(2015, 1, 1), True, dt.date(2015, 12, 31)),
    (1, 1, dt.date(2015, 12, 31), False, dt.date(2015, 1, 1)),
    (1, 1, dt.date(2015, 12, 31), True, dt.date(2016, 1, 1)),
    (2, 29, dt.date(2016, 2, 29), False, dt.date(2016, 2, 29)),
    (2, 29, dt.date(2016, 2, 28), False, dt.date(2012, 2, 29)),
    (2, 29, dt.date(2015, 6, 1), True, dt.date(2016, 2, 29)),
    (2, 29, dt.date(2016, 3, 1), True, dt.date(2020, 2, 29)),
    (2, 29, dt.date(2100, 6, 1), False, dt.date(2096, 2, 29)),  # 2100 is no leap year: 8 years back
    (2, 29, dt.date(2100, 6, 1), True, dt.date(2104, 2, 29)),
    (12, 31, dt.date(9999, 12, 31), True, None),  # past the calendar's end
])
def test_nearest_day(month, day, base, future, expected):
    assert _nearest_day(month, day, base, future) == expected


@settings(max_examples=500)
@given(st.dates(dt.date(1001, 1, 1), dt.date(9990, 12, 31)), st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)),
       st.booleans())
def test_nearest_day_is_the_first_occurrence_from_the_base(base, day_of_year, future):
    assert _nearest_day(day_of_year.month, day_of_year.day, base, future) == \
        _walk(day_of_year.month, day_of_year.day, base, future)


def test_year_less_days_in_sentences():
    # past by default, the next occurrence after the publication when the sentence speaks of the future
    assert _scope("The plant closed on 3 January.", "2016-01-02") == ("2015-01-03", "2015-01-03")
    assert _scope("The plant will close on 3 January.", "2015-12-30") == ("2016-01-03", "2016-01-03")
    assert _scope("The levy fell due on February 29.", "2017-05-01") == ("2016-02-29", "2016-02-29")
    assert _scope("The levy will fall due on February 29.", "2017-05-01") == ("2020-02-29", "2020-02-29")


def _scopes(sentence: str, published: str) -> list[tuple[str, str]]:
    return [(m.scope.start, m.scope.end) for m in find_times(sentence, parse_published(published))]


def test_a_year_less_date_takes_the_year_of_a_date_told_in_its_sentence():
    # a day within a month of a fully dated day
    assert _scopes("Congress voted on June 14, 2017, after 53 were killed between June 11 and 13.",
                   "2019-06-01")[1] == ("2017-06-11", "2017-06-13")
    # a month, or part of one, in the quarter before a dated month told before it
    assert _scopes("Killings eased in April 2016, after the army deployed at the end of March.",
                   "2018-06-01")[1] == ("2016-03-21", "2016-03-31")
    assert _scopes("Killings eased in June 2016, after the truce broke down in May.",
                   "2018-06-01")[1] == ("2016-05-01", "2016-05-31")


def test_a_year_less_month_takes_no_year_from_a_date_that_is_no_neighbour_before_it():
    # a date after it in the sentence is often a comparison's base
    assert _scopes("Killings rose to 341 in November, up from 266 in January 2020.", "2021-01-10")[0] == \
        ("2020-11-01", "2020-11-30")
    # never moved past the dated month: a story tells what came before it
    assert not _scopes("The truce ended in December 2016; it had begun in early March.",
                       "2018-06-01")[1][0].startswith("2017")
    # "last month" counts from the publication, whatever the sentence dates
    assert _scopes("In April 2016 the army deployed; killings rose at the end of last month.",
                   "2018-06-01")[1] == ("2018-05-21", "2018-05-31")
