"""A change belongs to the later of the two periods it compares. A change figure read with the time
of its own sentence's base level ("the records for 2015 showed 2,000 killings, so from one year
to the next there were 1,100 more", "closed 2016 with 600, half as many as in 2015 (50 % fewer),
when 1,200 were counted") took the base's period, which the time expression
dates; the change happened over the period after it. When a level of the same metric and places,
in the change's sentence or before it, is dated by the period right after the base's (the same
length, starting the day after it ends), the change is dated by that period; not when the level
it is set against, after it in its sentence, is dated before its period ("7,000 in 2016, which
in turn were 40 % more than the 5,000 of 2015"): its period is then the later one already."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from checker.model import Claim, Evidence


def later(claims: list[Claim]) -> list[Claim]:
    """``claims``, each change dated by its base level's period given the period after it, where a
    level of the document dates that period."""
    return [_later(k, c, claims) for k, c in enumerate(claims)]


def _later(k: int, c: Claim, claims: list[Claim]) -> Claim:
    t = c.time
    if c.kind != "quantity" or c.change not in ("up", "down") or t is None or not t.start or not t.end \
            or not any(_level(o, c) and _same(o, c) and o.sentence == c.sentence for o in claims):
        return c
    base = next((o for o in claims[k + 1:] if _level(o, c) and o.sentence == c.sentence), None)
    if base is not None and base.time.end < t.start:
        return c  # "7,000 in 2016, a figure that in turn grew 40% on the 5,000 of 2015": its base is before it
    after = (date.fromisoformat(t.end) + timedelta(days=1)).isoformat()
    nexts = [o for o in claims[:k] if _level(o, c) and o.time.start == after and o.time.granularity == t.granularity]
    nexts += [o for o in claims[k + 1:] if _level(o, c) and o.sentence == c.sentence and o.time.start == after
              and o.time.granularity == t.granularity]
    if not nexts:
        return c
    time = nexts[-1].time if nexts[-1].start < c.start else nexts[0].time
    words = f"{time.text} (the later period of the change from {t.text})"
    return replace(c, time=replace(time, text=words, basis="relative"),
                   binding=c.rebound(Evidence("time", "discourse", words)))


def _level(o: Claim, c: Claim) -> bool:
    """Whether ``o`` is a level (no change) of ``c``'s metric and places in ``c``'s document, with a time."""
    return o is not c and o.kind == "quantity" and o.change is None and o.metric == c.metric \
        and o.source == c.source and o.subject == c.subject and o.time is not None and bool(o.time.start)


def _same(o: Claim, c: Claim) -> bool:
    return (o.time.start, o.time.end) == (c.time.start, c.time.end)
