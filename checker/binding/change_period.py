"""A change belongs to the later of the two periods it compares. A change figure read with the time
of its own sentence's base level ("the records for 2015 showed 2,000 killings, so from one year
to the next there were 1,100 more", "closed 2016 with 600, half as many as in 2015 (50 % fewer),
when 1,200 were counted") took the base's period, which the time expression dates; the change
happened over the period after it. When a level of the same metric and places, in the change's
sentence or before it, is dated by the period right after the base's (the same length, starting
the day after it ends), the change is dated by that period; not when the level it is set against,
the first after it in its sentence, is dated otherwise ("7,000 in 2016, which in turn were 40 %
more than the 5,000 of 2015"): its period is then the one it was read with already."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from checker.model import Claim, Evidence


def later(claims: list[Claim]) -> list[Claim]:
    """``claims``, each change dated by its base level's period given the period after it, where a
    level of the document dates that period. Its levels are looked up among the claims of its own
    sentence and among those of its metric and places that start the day after it (grouped once):
    a scan of the whole document per change made the pass quadratic."""
    by_sentence: dict[str, list[Claim]] = {}
    by_start: dict[tuple, list[tuple[int, Claim]]] = {}  # (metric, places, first day) -> its claims, numbered
    for k, c in enumerate(claims):
        by_sentence.setdefault(c.sentence, []).append(c)
        if c.time is not None and c.time.start:
            by_start.setdefault((c.metric, c.subject, c.time.start), []).append((k, c))
    return [_later(k, c, by_sentence[c.sentence], by_start) for k, c in enumerate(claims)]


def _later(k: int, c: Claim, same_sentence: list[Claim], by_start: dict[tuple, list[tuple[int, Claim]]]) -> Claim:
    t = c.time
    if c.kind != "quantity" or c.change not in ("up", "down") or t is None or not t.start or not t.end \
            or not any(_level(o, c) and _same(o, c) for o in same_sentence):
        return c
    mine = next(j for j, o in enumerate(same_sentence) if o is c)
    base = next((o for o in same_sentence[mine + 1:] if _level(o, c)), None)
    if base is not None and not _same(base, c):
        return c  # "51,000 in 2018, which had been 25% more than the 40,800 of 2017": it is 2018's
    after = (date.fromisoformat(t.end) + timedelta(days=1)).isoformat()
    series = by_start.get((c.metric, c.subject, after), ())  # the levels that start the day after
    nexts = [o for j, o in series if j < k and _level(o, c) and o.time.granularity == t.granularity]
    nexts += [o for j, o in series if j > k and _level(o, c) and o.sentence == c.sentence
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
