"""Money paid out of an approved amount is a total to date: "had been disbursed by Aug. 31" is as of
that day, not the fiscal year of the money, and two such totals at different dates are never one
period (binding.running, the time grammar's parts of a fiscal year). Invented figures and wording."""
from __future__ import annotations

import pytest

from tests.conftest import one_article_claims, period, write_dated_corpus


@pytest.mark.parametrize("language, text, words, published, end", [
    ("en", "Of the $600 million approved for Honduras for fiscal 2017, only $48 million had been disbursed by "
           "Aug. 31.\n", "$48 million", "2017-10-20", "2017-08-31"),
    ("en", "By the end of fiscal 2019, about $310 million of the fiscal 2017 money for Honduras had been "
           "disbursed.\n", "$310 million", "2019-12-02", "2019-09-30"),
    ("es", "El Congreso aprobó 600 millones de dólares para Honduras en el año fiscal 2017. Al 31 de agosto, se "
           "habían desembolsado apenas 48 millones de dólares.\n", "48 millones", "2017-10-20", "2017-08-31"),
])
def test_money_disbursed_by_a_date_is_a_total_as_of_it(tmp_path, language, text, words, published, end):
    found = one_article_claims(tmp_path, text, language=language, published=published)
    assert period(found, words) == (None, end)


def test_disbursed_totals_at_two_dates_are_not_compared(tmp_path):
    import checker

    folder = write_dated_corpus(tmp_path / "c", {
        "a.txt": ("2017-10-20", "Of the $600 million approved for Honduras for fiscal 2017, only $48 million had "
                                "been disbursed by Aug. 31.\n"),
        "b.txt": ("2019-12-02", "By the end of fiscal 2019, about $310 million of the fiscal 2017 money for "
                                "Honduras had been disbursed.\n"),
    })
    assert [f for f in checker.check([folder]).findings if f.kind != "agreement"] == []
