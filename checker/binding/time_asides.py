"""Asides of a sentence and the times in them: an apposition or relative clause set off by commas
("Zembla, the busiest port in 2009, slipped to 12th with 300 killings"), or one that runs to the
sentence's end ("3,000 a year, a level last seen in the 1970s"). A time inside an aside dates the
aside; a figure inside one takes the aside's own times first (binding.time_scope)."""
from __future__ import annotations

from checker.binding import period as periods
from checker.binding import when_clause
from checker.binding import reported
from checker.model import Quantity, TimeMention


def aside_times(text: str, q: Quantity, times: list[TimeMention], code: str) -> list[TimeMention]:
    """The times inside the aside that holds figure ``q`` ("In five years, the rate, which peaked at
    95 in 2015, halved": 2015 dates the 95, not the fronted five years); none when it is in none."""
    opening = text.rfind(",", 0, q.start)
    words = text[opening + 1:q.start].split() if opening >= 0 else []
    if not words or not periods.opens_an_aside(words[0], code):
        return []
    closing = text.find(",", q.end)  # an aside closed by a comma: not the main clause after a fronted one
    if closing < 0 or any(c in text[opening:closing] for c in ";:"):
        return []
    return [t for t in times if opening < t.start and t.end <= closing  # not one dating a saying ("presentó en marzo")
            and not periods.says_at(text, t.start, code)]


def in_aside(text: str, t: TimeMention, quantities: list[Quantity], code: str,
              times: list[TimeMention] = ()) -> bool:
    """Whether time ``t`` stands in an aside that holds no figure: set off by commas and opened by a
    word of ``aside_openers`` (an apposition, a relative clause: "Zembla, the busiest port in 2009,
    slipped to 12th with 300 killings"), or running to the sentence's end after a word of
    ``final_asides`` ("3,000 a year, a level last seen in the 1970s"). The time dates the aside.
    A comma that closes a time fronted at the sentence's start opens its main clause ("In January,
    the minister said the 2023 rate ..."), no aside, and so does one after which a verb of saying opens
    what is said before the time ("In Zembla, the police say that in 2019 ..."); a number that ranks a
    group ("the two largest gangs") is no figure the aside holds."""
    opening = text.rfind(",", 0, t.start)
    closing = text.find(",", t.end)
    words = text[opening + 1:t.start].split() if opening >= 0 else []
    if not words or (closing < 0 and not periods.opens_an_aside(words[0], code, "final_asides")):
        return False  # "In those years, the country paid for ... the 1970s": a main clause runs to the end
    if not periods.opens_an_aside(words[0], code):
        return False  # no aside opens after the comma (most times): the tests below need one
    if any(not text[:f.start].strip(" \"'“‘(") and not text[f.end:opening].strip() for f in times):
        return False
    if reported.opens_what_is_said(words, code):
        return False  # "En Zembla, la policía informa que en 2019 ...": what a main clause says, no apposition
    if when_clause.opens_a_when_clause(text[t.end:], code):
        return False  # "a reversal set against 2012, when it had dropped to 33": the when clause's time
    closing = len(text) if closing < 0 else closing
    return not any(c in text[opening:closing] for c in ":;") \
        and not any(opening < p.start < closing and not periods.ranks_a_group(text, p) for p in quantities)
