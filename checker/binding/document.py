"""The passes over a whole document's claims, after every sentence has been read: each needs
figures or events from other sentences (an event's date told elsewhere, a running total's start,
a change's later period, a list's years "respectively", a bulleted list's header), so none can run
sentence by sentence.
Their order matters: events are dated before running totals count from them, and periods are
settled before a stock is dated as of its article."""
from __future__ import annotations

from typing import TYPE_CHECKING

from checker.binding import (
    by_place,
    change_period,
    corrections,
    dated_again,
    event_dates,
    fiscal,
    list_header,
    listed,
    projections,
    respectively,
    running,
    stock_level,
)

if TYPE_CHECKING:
    from checker.binding.matchers import Matchers
    from checker.model import Claim, Sentence, TimeScope
    from checker.numbers import Reading
    from checker.ruleset import RuleSet


def settled(claims: list[Claim], rules: RuleSet, tables: Matchers, sentences: list[Sentence], code: str,
            publication: TimeScope | None, reading: Reading) -> list[Claim]:
    """``claims`` of one document, each with what the rest of the document tells of it (``reading``:
    how the document writes numbers, to read a list header's unit as its items are read)."""
    claims = list_header.headed(claims, sentences, reading, tables, rules, code)  # "- 2021: 1.234,5"
    claims = event_dates.dated_elsewhere(claims, rules, code, tables.country_of)
    claims = running.from_events(claims, rules, tables, code, publication)
    claims = listed.aligned(dated_again.dated_again(claims, code), code)
    claims = change_period.later(fiscal.years(by_place.wholes(claims, tables, code), rules, sentences, code))
    claims = respectively.years(claims, code)  # "en 2015 y en 2018 ..., 4,2 y 1,9 puntos, respectivamente"
    claims = corrections.superseded(claims, sentences, code)  # "first reported 40, later revised to 52"
    claims = projections.marked(claims, sentences, code)  # "expects that fewer than 140 will be logged"
    return stock_level.as_of_article(claims, code, publication)
