"""Scanning: find where time expressions start in a sentence, read each with its rule, and join
them with their prepositions and partners ("since", "between ... and", "in January and February").

Costs: one scan of the lower-cased sentence finds where an expression may start (a number, a
month or time word, or "the"/"a"/"last"... right before one); a sentence with none costs that
scan only. At each candidate one anchored match runs of the rules that may open with its first
character (the rules' ``opens``), then a linear pass joins atoms. Also: calendar spans (dates,
years, clock times) that the number grammar must not read as quantities, and the inferred
publication date.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

from checker import patterns
from checker.model import TimeMention, TimeScope

from . import calendar as cal
from .calendar import Anchor
from .context import PLAIN, Atom, Context, prefix, relation_of, role_of, years_ok
from .grammar import DIGIT, Grammar, for_language
from .resolve import RESOLVERS, with_year


@cache
def _resolvers(g: Grammar) -> dict:
    """Rule name -> its resolver (RESOLVERS), checked once per grammar."""
    unknown = sorted(r.resolver for r in g.rules if r.resolver not in RESOLVERS)
    if unknown:
        raise ValueError(f"time rules of {g.code!r} name unknown resolvers: {unknown}")
    return {r.name: RESOLVERS[r.resolver] for r in g.rules}


def _scan_atoms(ctx: Context) -> list[Atom]:
    """Leftmost atoms, tried only where a candidate word or number starts; an atom the handler
    rejects leaves its start word to the next candidate."""
    s, g = ctx.sentence, ctx.g
    low = s.lower()
    starts = _candidate_starts(g, s, low)
    if not starts:  # most sentences
        return []
    resolvers = _resolvers(g)
    if len(low) != len(s):  # a few characters lower-case to two; offsets must stay valid
        low = s
    atoms: list[Atom] = []
    taken = 0
    for start in starts:
        if start < taken:
            continue
        pattern = g.rules_at(DIGIT if low[start].isdigit() else s[start].lower())
        m = pattern.match(s, start)
        if m is None:
            continue
        try:
            atom = resolvers[m.lastgroup](m, ctx, m.start(), m.end())
        except (ValueError, OverflowError, KeyError):  # impossible dates: not a time expression
            atom = None
        if atom is not None:
            atoms.append(atom)
            taken = atom.end
    return atoms


def _candidate_starts(g: Grammar, s: str, low: str) -> list[int]:
    """Where an expression may start (the ``candidate`` macro): over the lower-cased sentence, or
    over the sentence itself (re.I) when lower-casing would change its length. The first is found
    with ``candidate_after`` over the sentence behind a space (the non-word character a start of
    text lacks): a pattern that opens with a character class lets re skip to the non-word
    characters, where one opening with \b is tried at every character."""
    if len(low) == len(s):
        return [(m.start() if m.start("word") < 0 else m.start("word")) - 1
                for m in g.compiled("candidate_after", 0).finditer(" " + low)]
    return [m.start() for m in g.compiled("candidate").finditer(s)]


_HAS_DIGIT = r"\d"


def _accept(g: Grammar, atom: Atom, s: str, prep: str | None, partner: bool = False) -> bool:
    """Context checks the grammar cannot make: plain years, bare months and bare seasons."""
    if atom.kind == "year":
        return years_ok(g, s, atom.start, atom.end, atom.year, prep, partner)
    if atom.kind == "bare":
        return partner or prep in g.date_preps or atom.granularity == "month" and (_attributive(g, s, atom)
                                                                                    or _closes_a_bracket(s, atom))
    return True


def _closes_a_bracket(s: str, atom: Atom) -> bool:
    """Whether a bare month ends a bracket, alone or after a comma, maybe before one noun in lower case
    ("(December)", "(a rights group, December)", "(a rights group, May report)"): the date of what the
    bracket cites."""
    opening = s.rfind("(", 0, atom.start)
    inside = s[opening + 1:atom.start].rstrip()
    return opening >= 0 and ")" not in inside and (not inside or inside.endswith(",")) \
        and _BRACKET_END.match(s, atom.end) is not None


_BRACKET_END = patterns.compile(r"(?:\s+[^\W\dA-Z]+)?\)")  # ")" or " report)"


def _attributive(g: Grammar, s: str, atom: Atom) -> bool:
    """Whether a bare month stands between a determiner and its noun ("the June toll")."""
    before = s.rfind(" ", 0, max(0, atom.start - 1))
    found = g.compiled("month_attributive").match(s, max(0, before))
    return found is not None and found.end() > atom.end


_RANGEABLE = frozenset({"year", "date", "yearless", "month", "bare"})


def _is_range(g: Grammar, prep: str | None, a: Atom, b: Atom, gap: str) -> bool:
    """"between A and B", "from A to B", "A-B", "A through B"."""
    role = role_of(g, prep)
    if role == "between":  # "between Feb. 1, 2020, and Jan. 31, 2021": a comma closes a full date's year
        return bool(g.compiled("gap_and").fullmatch(gap[1:] if a.granularity == "day" and gap[:1] == "," else gap))
    if not g.compiled("gap_to").fullmatch(gap):
        return False
    if role == "from" or g.compiled("gap_dash").fullmatch(gap):
        return a.kind != "ref" and b.kind != "ref"
    return a.kind in _RANGEABLE and b.kind in _RANGEABLE


def _is_pair(g: Grammar, prep: str | None, a: Atom, b: Atom, gap: str) -> bool:
    """"in January and February": one interval over both."""
    return (prep is None or role_of(g, prep) == "in") and a.granularity == b.granularity \
        and a.granularity in ("month", "year") and a.kind in _RANGEABLE and b.kind in _RANGEABLE \
        and bool(g.compiled("gap_and").fullmatch(gap))


def _hull_atoms(a: Atom, b: Atom, start: int, end: int, relation: str, granularity: str) -> Atom:
    named = b.basis == "explicit" or b.kind == "month" and b.month is not None  # "... May of last year"
    if a.kind in ("yearless", "bare") and named and b.lo is not None and a.month:
        with_year(a, b.lo.year if a.month <= b.lo.month else b.lo.year - 1)
    if a.lo is None or b.hi is None or b.hi < a.lo:
        lo = hi = None
        basis = "unresolved"
    else:
        lo, hi = a.lo, b.hi
        basis = "explicit" if a.basis == b.basis == "explicit" else "relative"
    return Atom(start, end, lo, hi, granularity, basis, "span", relation=relation)


def _joined(ctx: Context, a: Atom, b: Atom, prep: str | None, pstart: int) -> Atom | None:
    """``a`` and the next atom ``b`` as one expression, when they make one: "a year later, in
    2016" (the explicit date wins), a range or a pair; else None."""
    s, g = ctx.sentence, ctx.g
    gap = s[a.end:b.start]
    if a.kind == "later" and b.basis == "explicit" and g.compiled("gap_later_in").fullmatch(gap) \
            and _accept(g, b, s, PLAIN):
        return Atom(pstart, b.end, b.lo, b.hi, b.granularity, b.basis, "date")
    if _is_range(g, prep, a, b, gap) and _accept(g, a, s, prep, partner=True) \
            and _accept(g, b, s, None, partner=True):
        joined = _hull_atoms(a, b, pstart, b.end, "range", "span")
        joined.relation = relation_of(g, prep, "range")  # "since 2014-2016" keeps its "since"
        if joined.relation == "since" and not g.compiled("gap_dash").fullmatch(gap):
            joined.relation = "range"  # "desde enero hasta agosto": from the one to the other
        return joined
    if _is_pair(g, prep, a, b, gap) and _accept(g, a, s, prep or PLAIN, partner=True) \
            and _accept(g, b, s, PLAIN, partner=True):
        return _hull_atoms(a, b, pstart, b.end, relation_of(g, prep), a.granularity)
    return None


def _join(atoms: list[Atom], ctx: Context) -> list[TimeMention]:
    """Attach prepositions, join ranges ("between A and B") and pairs ("in January and February"),
    and read days "of that month" in the month named before them."""
    s, g = ctx.sentence, ctx.g
    _days_of_the_month_named(atoms)
    out: list[TimeMention] = []
    prev_end = 0
    i = 0
    while i < len(atoms):
        a = atoms[i]
        prep, pstart = prefix(g, s, prev_end, a.start)
        joined = _joined(ctx, a, atoms[i + 1], prep, pstart) if i + 1 < len(atoms) else None
        if joined is not None:
            _finish_since(joined, ctx)
            out.append(_mention(s, joined))
            prev_end = joined.end
            i += 2
            continue
        i += 1
        if not _accept(g, a, s, prep) or (a.kind == "year" and role_of(g, prep) in ("between", "from")
                                          and g.compiled("count_range_after").match(s, a.end)):
            continue  # "between 2000 and 3000 people": the first number is a count too
        if prep:
            a.start = pstart
        if a.kind not in ("ref", "later"):
            relation = relation_of(g, prep)
            if relation != "in" or a.relation == "in":
                a.relation = relation
            _finish_since(a, ctx)
        out.append(_mention(s, a))
        prev_end = a.end
    return out


def _finish_since(atom: Atom, ctx: Context) -> None:
    """"since X" runs from the start of X to the publication (open when it is unknown)."""
    if atom.relation != "since" or atom.lo is None:
        return
    latest = ctx.anchor.latest if ctx.anchor else None
    atom.hi = max(latest, atom.lo) if latest else None


def _mention(s: str, atom: Atom) -> TimeMention:
    if atom.basis == "inherited":
        lo = hi = None
    elif atom.basis == "unresolved" or atom.lo is None:
        lo = hi = None
        atom.basis = "unresolved"
    else:
        lo, hi = atom.lo, atom.hi
    scope = TimeScope(lo.isoformat() if lo else None, hi.isoformat() if hi else None,
                             s[atom.start:atom.end], atom.basis, atom.granularity)
    return TimeMention(atom.start, atom.end, scope, atom.relation, atom.calendar)


def find_times(sentence: str, anchor: Anchor | None, language: str | None = None) -> list[TimeMention]:
    """Every time expression in one sentence, sorted by start and non-overlapping, read with the
    time grammar of ``language`` (a source's language metadata; None: the default language)."""
    if not sentence:
        return []
    ctx = Context(sentence, anchor, for_language(language))
    atoms = _scan_atoms(ctx)
    if not atoms:  # most sentences
        return []
    if len(atoms) > 1:
        _years_from_dates(atoms, ctx)
    return _join(atoms, ctx)


def _days_of_the_month_named(atoms: list[Atom]) -> None:
    """Days "of that month" after a time of the same sentence that lies within one month ("on May 9,
    2016, after the rains of the 4th to the 6th of that month"): those days of that month, as
    explicit as it is. Without one the binding stage reads them in the month in focus."""
    for k, atom in enumerate(atoms):
        if atom.kind != "dayref":
            continue
        named = [a for a in atoms[:k] if a.lo is not None and a.hi is not None and a.basis in ("explicit", "relative")
                 and (a.lo.year, a.lo.month) == (a.hi.year, a.hi.month)]
        if not named:
            continue
        month = named[-1]
        lo = cal.explicit_day(month.lo.year, month.lo.month, atom.day)
        hi = cal.explicit_day(month.lo.year, month.lo.month, atom.day2) if atom.day2 else lo
        if lo is None or hi is None or hi < lo:
            continue
        atom.lo, atom.hi, atom.basis, atom.kind = lo, hi, month.basis, "date"
        atom.relation = "range" if atom.day2 else "in"


def _years_from_dates(atoms: list[Atom], ctx: Context) -> None:
    """A year-less date in a sentence that dates another in full is the occurrence nearest it, not
    the publication's year: "voted on Aug. 21, 2019, after 47 were killed between Aug. 18 and
    20", "began to ease in May 2018, after the measures of the end of April" (``_fits``): the
    sentence tells one stretch, however long ago."""
    dated = [a for a in atoms if a.basis == "explicit" and a.granularity in ("day", "month") and a.lo is not None]
    if not dated or ctx.future:
        return
    latest = ctx.anchor.latest if ctx.anchor else None
    for atom in atoms:
        if atom.basis != "relative" or atom.month is None or atom.lo is None or atom.kind == "month":
            continue  # (not "May of last year": its year is named)
        near = min(dated, key=lambda d: abs(d.start - atom.start))
        ends = near.end <= atom.start and relation_of(ctx.g, prefix(ctx.g, ctx.sentence, near.end, atom.start)[0]) \
            in ("by", "until")  # "desde ..., el 14 de julio de 2021 (hasta el 18 de abril ...)": not before it
        moved = [span for k in (-1, 0, 1) if (span := _moved(atom, near.lo.year + k - atom.lo.year)) is not None
                 and _fits(span, atom, near, latest) and not (ends and span[1] < near.lo)]
        if moved:
            atom.lo, atom.hi = min(moved, key=lambda span: _gap(span, (near.lo, near.hi)))


NEIGHBOUR_REACH = dt.timedelta(days=31)  # how near a fully dated day a year-less day must fall to take its year
MONTH_REACH = dt.timedelta(days=92)  # how near a fully dated month a year-less month must fall to take its year


def _fits(span: tuple[dt.date, dt.date], atom: Atom, near: Atom, latest: dt.date | None) -> bool:
    """Whether a year-less atom moved to ``span`` is the occurrence the dated atom ``near`` tells of:
    a day within a month of a dated day; else, after the dated period in the sentence ("in April
    2016, ... at the end of March"; not "in November, up from 266 in January 2020", whose date is a
    comparison's base), within the quarter before it or overlapping it. Never after the
    publication's ``latest`` day."""
    if latest is not None and span[0] > latest:
        return False
    if atom.day is not None and near.granularity == "day":
        return _gap(span, (near.lo, near.hi)) <= NEIGHBOUR_REACH
    return near.end <= atom.start and span[1] <= near.hi and _gap(span, (near.lo, near.hi)) <= MONTH_REACH


def _moved(atom: Atom, years: int) -> tuple[dt.date, dt.date] | None:
    """A year-less atom's dates moved by whole ``years``; a whole month stays whole (February)."""
    if atom.day is None and atom.granularity == "month":
        return cal.month_span(atom.lo.year + years, atom.month)
    lo = cal.explicit_day(atom.lo.year + years, atom.lo.month, atom.lo.day)
    hi = cal.explicit_day(atom.hi.year + years, atom.hi.month, atom.hi.day) if atom.hi else lo
    return (lo, hi) if lo and hi else None


def _gap(span: tuple[dt.date, dt.date], other: tuple[dt.date, dt.date]) -> dt.timedelta:
    """The time between two intervals; none when they overlap."""
    return max(other[0] - span[1], span[0] - other[1], dt.timedelta(0))


def calendar_spans(sentence: str, mentions: list[TimeMention] | None = None,
                   language: str | None = None) -> list[tuple[int, int]]:
    """Spans whose digits are calendar notation (dates, years, clock times), never quantities.
    ``mentions`` from an earlier ``find_times`` on the same sentence saves a second scan."""
    if not sentence:
        return []
    if mentions is None:
        if not patterns.compile(_HAS_DIGIT).search(sentence):
            return []
        mentions = find_times(sentence, None, language)
    spans = [(t.start, t.end) for t in mentions
             if t.calendar and any(map(str.isdigit, sentence[t.start:t.end]))]
    g = for_language(language)
    if g.compiled("clock_hint", 0).search(sentence):  # it needs a digit (\d) too
        spans.extend(m.span() for m in g.compiled("clock").finditer(sentence))
    elif not spans or not patterns.compile(_HAS_DIGIT).search(sentence):
        return []  # no decimal digit (\d) at all: nothing is calendar notation
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def infer_published(sentences: Iterable[str], language: str | None = None) -> str | None:
    """The latest fully explicit date in the text ("YYYY-MM-DD", else "YYYY-MM"), for sources
    without metadata. Never looks at the clock."""
    best_day: str | None = None
    best_month: str | None = None
    for sentence in sentences:
        for t in find_times(sentence, None, language):
            scope = t.scope
            if scope.basis != "explicit" or t.relation == "reference":
                continue
            day = scope.end if t.relation != "since" else scope.start
            if day is None:
                continue
            if scope.granularity == "day" or (scope.granularity == "span" and t.relation == "range"
                                              and for_language(language).compiled("day_precise", 0).search(scope.text)):
                best_day = max(best_day or day, day)
            elif scope.granularity == "month":
                best_month = max(best_month or day[:7], day[:7])
    return best_day or best_month
