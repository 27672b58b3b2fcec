"""Time expressions: find those of one sentence and resolve each to an inclusive ISO date interval.

Its one job: say *when* a sentence's statement holds ("in 2016", "since March 29", "two months
ago", "the early 2010s") and which character spans are calendar notation, so that the number
grammar never reads a year, a day of month or a clock time as a quantity. Nothing here reads the
clock, and no date parser is loaded.

Split by job: ``calendar`` (date arithmetic, no words), ``grammar`` (the language pack's time rules
and time words, ``lang/<code>/time_rules.yaml`` and ``calendar.yaml``), ``resolve`` (one named
resolver per rule: a match to dates; ``days`` for weekdays and days named against the publication,
``lookup`` for what a matched word means in the pack's tables), ``context`` (is a number a year here, does the sentence
speak of the future) and ``scan`` (where expressions start, and joining them with prepositions and
range partners).
"""
from __future__ import annotations

from .calendar import FISCAL_YEAR_START_MONTH, Anchor, parse_published
from .scan import calendar_spans, find_times, infer_published

__all__ = ["FISCAL_YEAR_START_MONTH", "Anchor", "calendar_spans", "find_times", "infer_published",
           "parse_published"]
