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

import re
from collections.abc import Iterable, Iterator
from functools import cache

from checker import lang, patterns
from checker.model import TimeMention, TimeScope, quick_constructor
from checker.text import AsciiTwin, lower_for_matching

from .calendar import Anchor
from .context import PREFIX, PREFIX_WINDOW, PREP_RELATION, TEMPORAL_PREPS, Atom, Context, years_ok
from .grammar import DIGIT, Grammar, grammar
from .resolve import RESOLVERS, with_year

_make_time_scope, _make_time_mention = quick_constructor(TimeScope), quick_constructor(TimeMention)

_GAP_AND = re.compile(r"\s+(?:and|or|&)\s+(?:in\s+)?\Z", re.IGNORECASE)
_GAP_TO = re.compile(r"\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*\Z", re.IGNORECASE)
_GAP_DASH = re.compile(r"\s*[-–—]\s*\Z")
_COUNT_RANGE_AFTER = re.compile(r"\s*(?:and|to|[-–—])\s*[$€£¥]?\d", re.IGNORECASE)
_GAP_LATER_IN = re.compile(r"\s*,?\s*(?:in|on|during)\s+(?:the\s+)?\Z", re.IGNORECASE)

# Clock times and zone stamps: calendar notation that is never a TimeMention of its own.
_CLOCK = re.compile(
    r"(?<![\w.:,$])(?:"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:[ap]\.\s?m\.?|[ap]m\b)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?![\d:]|\.\d)"  # not a lap time 1:36.6
    r"|[0-2]\d[0-5]\d\s?(?:GMT|UTC|Z)\b"
    r")(?:\s?(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|[A-Z]{2,4}T)\b)?"
    r"(?:\s?\(\s?[0-2]\d:?[0-5]\d\s?(?:GMT|UTC)\s?\))?",
    re.IGNORECASE,
)
# What every clock time contains: a digit before "am"/"pm", a colon or a zone. It opens with a
# digit, so re skips to the digits of a sentence; most sentences then never try _CLOCK, whose
# opening lookbehind makes re try it at every character.
_CLOCK_HINT = re.compile(r"\d(?:(?:[:.]\d\d)?\s?[aApP]\.?\s?[mM]|:\d|\s?(?:[gG][mM][tT]|[uU][tT][cC]|[zZ]))")

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
    resolvers = _resolvers(g)
    low = s.lower()
    if len(low) == len(s):
        starts = _candidate_starts(low)
    else:  # a few characters lower-case to two; offsets must stay valid
        low, starts = s, (c.start() for c in _candidate_any_case().finditer(s))
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


# Words that open an atom by themselves.
_STRONG_OPENERS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
spring summer fall autumn winter today yesterday tomorrow tonight fiscal recent earlier later ad
""".split())
# Words that open an atom only before a time word or a number ("the 1980s", "a year ago").
_WEAK_OPENERS = frozenset("""
the a an this that last next past coming previous early mid late beginning start end middle close
first second third fourth final latter pre post several few couple dozen one two three four five
six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety
""".split())
_FOLLOWERS = (_STRONG_OPENERS | _WEAK_OPENERS | frozenset("""
year years month months week weeks weekend day days decade decades quarter quarters hour hours
century half then time point period same following preceding prior those these current d of
""".split())) - {"the", "a", "an"}


def _word_trie(words: Iterable[str]) -> str:
    """An alternation grouped by first letter: the regex engine rejects a position after one
    character instead of after trying every word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
                    for first, rests in sorted(groups.items()))


# A number that a digit atom could start with: four digits (years, ISO dates, decades), or one
# or two before a slash, an ordinal suffix, a dash, a month, or a time unit ("3 years ago").
# Most numbers in news are amounts, and this rules them out before the long atom regex.
_DIGIT_OPENER = (r"(?<![\w$€£¥#.,:/])\d(?=\d{3}|\d?(?:/|st|nd|rd|th|\s*[-–]|\s+(?:of\s+)?"
                 r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\d{0,2}\s+(?:year|month|week|day|decade"
                 r"|hour|quarter))")
# Where an atom may start, found in the lower-cased sentence by one C-level scan: a number that
# may open a digit atom, a strong word, or a weak word right before a time word or number.
_WEAK_TAIL = r"\b(?=[^\w'’‘]*(?:\d|['’‘]\d|(?:" + _word_trie(_FOLLOWERS) + r")\b))"
CANDIDATE_PLAIN = (  # the plain form of _CANDIDATE, kept as the reference the tests compare with
    r"\b(?:" + _DIGIT_OPENER +
    r"|(?:" + _word_trie(_STRONG_OPENERS) + r")\b"
    r"|(?:" + _word_trie(_WEAK_OPENERS) + r")" + _WEAK_TAIL +
    r"|(?:since|by|until|till|before|after)(?=\s+then\b)"
    r"|at(?=\s+(?:that|the)\s+(?:time|point)\b)"
    r"|during(?=\s+(?:those|these|that|this)\b)"
    r"|fy|q[1-4]\b|h[12]\b)"
    r"|['’‘]\d"
)
# Each word that may open an atom, with what must follow it (the weak words apart, below: their
# long tail is written once). The families share no word, and a word matches only as a whole (or,
# "fy", as the start of one), so their order does not matter.
_OPENER_TAILS: dict[str, str] = {
    **{word: r"\b" for word in _STRONG_OPENERS},
    **{word: r"(?=\s+then\b)" for word in ("since", "by", "until", "till", "before", "after")},
    "at": r"(?=\s+(?:that|the)\s+(?:time|point)\b)",
    "during": r"(?=\s+(?:those|these|that|this)\b)",
    "fy": "",
    **{word: r"\b" for word in ("q1", "q2", "q3", "q4", "h1", "h2")},
}


def _tailed_trie(tails: dict[str, str]) -> str:
    """One alternation of words grouped by first letter, each group's words grouped by tail: at a
    word start re tries the one group of its letter instead of every family of words in turn."""
    by_letter: dict[str, dict[str, list[str]]] = {}
    for word, tail in tails.items():
        by_letter.setdefault(word[0], {}).setdefault(tail, []).append(re.escape(word[1:]))
    return "|".join(
        first + "(?:" + "|".join(f"(?:{'|'.join(sorted(rests, key=len, reverse=True))}){tail}"
                                 for tail, rests in groups.items()) + ")"
        for first, groups in sorted(by_letter.items()))


_OPENERS = (_DIGIT_OPENER + "|" + _tailed_trie(_OPENER_TAILS)
            + "|(?:" + _word_trie(_WEAK_OPENERS) + ")" + _WEAK_TAIL)
_CANDIDATE = AsciiTwin(r"\b(?:" + _OPENERS + r")|['’‘]\d")


@cache
def _candidate_any_case() -> re.Pattern:
    """_CANDIDATE under re.I, for the rare sentence whose lower-casing changes its length."""
    return re.compile(_CANDIDATE.pattern, re.IGNORECASE)


# The candidates after the first character, found from the non-word character before each: a
# word opens right after one, and a quote before a digit is one. The regex opens with that
# character class, so re skips the letters inside words, where _CANDIDATE is tried in vain.
_CANDIDATE_AFTER = AsciiTwin(r"\W(?:(?<=['’‘])\d|(?P<word>" + _OPENERS + "))")


def _candidate_starts(low: str) -> Iterator[int]:
    """Where _CANDIDATE matches in ``low`` (a lower-cased sentence), in order: those of
    _CANDIDATE_AFTER over the sentence behind a space, which stands for the non-word character a
    match at the start lacks (one regex to compile, not two). Each match ends where _CANDIDATE's
    does (at a word character, so no candidate is lost to the one before)."""
    for m in _CANDIDATE_AFTER.over(low).finditer(" " + low):
        word = m.start("word")
        yield (m.start() if word < 0 else word) - 1


_HAS_DIGIT = re.compile(r"\d")


def _prefix(s: str, low: str | None, lo: int, start: int) -> tuple[str | None, int]:
    """The preposition right before ``start`` (not reaching back past ``lo``); ``low`` is
    ``lower_for_matching(s)``."""
    m = PREFIX.search(s, low, max(lo, start - PREFIX_WINDOW), start)
    if not m:
        return None, start
    return " ".join(m["prep"].lower().split()), m.start()


def _accept(g: Grammar, atom: Atom, s: str, prep: str | None, partner: bool = False) -> bool:
    """Context checks the grammar cannot make: plain years, bare months and bare seasons."""
    if atom.kind == "year":
        return years_ok(g, s, atom.start, atom.end, atom.year, prep, partner)
    if atom.kind == "bare":
        return partner or prep in TEMPORAL_PREPS
    return True


_RANGEABLE = frozenset({"year", "date", "yearless", "month", "bare"})


def _is_range(prep: str | None, a: Atom, b: Atom, gap: str) -> bool:
    """"between A and B", "from A to B", "A-B", "A through B"."""
    if prep == "between":
        return bool(_GAP_AND.fullmatch(gap))
    if not _GAP_TO.fullmatch(gap):
        return False
    if prep == "from" or _GAP_DASH.fullmatch(gap):
        return a.kind != "ref" and b.kind != "ref"
    return a.kind in _RANGEABLE and b.kind in _RANGEABLE


def _is_pair(prep: str | None, a: Atom, b: Atom, gap: str) -> bool:
    """"in January and February": one interval over both."""
    return (prep in (None, "in", "during", "of", "for", "throughout") and a.granularity == b.granularity
            and a.granularity in ("month", "year") and a.kind in _RANGEABLE and b.kind in _RANGEABLE
            and bool(_GAP_AND.fullmatch(gap)))


def _hull_atoms(a: Atom, b: Atom, start: int, end: int, relation: str, granularity: str) -> Atom:
    if a.kind in ("yearless", "bare") and b.basis == "explicit" and b.lo is not None and a.month:
        with_year(a, b.lo.year if a.month <= b.lo.month else b.lo.year - 1)
    if a.lo is None or b.hi is None or b.hi < a.lo:
        lo = hi = None
        basis = "unresolved"
    else:
        lo, hi = a.lo, b.hi
        basis = "explicit" if a.basis == b.basis == "explicit" else "relative"
    return Atom(start, end, lo, hi, granularity, basis, "span", relation=relation)


def _join(atoms: list[Atom], ctx: Context) -> list[TimeMention]:
    """Attach prepositions, join ranges ("between A and B") and pairs ("in January and February")."""
    s, g = ctx.sentence, ctx.g
    low = lower_for_matching(s) if atoms else None
    out: list[TimeMention] = []
    prev_end = 0
    i = 0
    while i < len(atoms):
        a = atoms[i]
        prep, pstart = _prefix(s, low, prev_end, a.start)
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        joined = None
        if b is not None:
            gap = s[a.end:b.start]
            if a.kind == "later" and b.basis == "explicit" and _GAP_LATER_IN.fullmatch(gap) \
                    and _accept(g, b, s, "in"):  # "a year later, in 2013": the explicit date wins
                joined = Atom(pstart, b.end, b.lo, b.hi, b.granularity, b.basis, "date")
            elif _is_range(prep, a, b, gap) and _accept(g, a, s, prep, partner=True) \
                    and _accept(g, b, s, None, partner=True):
                joined = _hull_atoms(a, b, pstart, b.end, "range", "span")
                if prep in PREP_RELATION:  # "since 2014-2016" keeps its "since"
                    joined.relation = PREP_RELATION[prep]
            elif _is_pair(prep, a, b, gap) and _accept(g, a, s, prep or "in", partner=True) \
                    and _accept(g, b, s, "in", partner=True):
                joined = _hull_atoms(a, b, pstart, b.end, PREP_RELATION.get(prep, "in"), a.granularity)
        if joined is not None:
            _finish_since(joined, ctx)
            out.append(_mention(s, joined))
            prev_end = joined.end
            i += 2
            continue
        i += 1
        if not _accept(g, a, s, prep) or (a.kind == "year" and prep in ("between", "from")
                                       and _COUNT_RANGE_AFTER.match(s, a.end)):
            continue  # "between 2000 and 3000 people": the first number is a count too
        if prep:
            a.start = pstart
        if a.kind not in ("ref", "later"):
            relation = PREP_RELATION.get(prep, "in")
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
    scope = _make_time_scope(lo.isoformat() if lo else None, hi.isoformat() if hi else None,
                             s[atom.start:atom.end], atom.basis, atom.granularity)
    return _make_time_mention(atom.start, atom.end, scope, atom.relation, atom.calendar)


def find_times(sentence: str, anchor: Anchor | None, language: str | None = None) -> list[TimeMention]:
    """Every time expression in one sentence, sorted by start and non-overlapping, read with the
    time grammar of ``language`` (a pack code; None: the default language)."""
    if not sentence:
        return []
    ctx = Context(sentence, anchor, grammar(language or lang.DEFAULT))
    return _join(_scan_atoms(ctx), ctx)


def calendar_spans(sentence: str, mentions: list[TimeMention] | None = None) -> list[tuple[int, int]]:
    """Spans whose digits are calendar notation (dates, years, clock times), never quantities.
    ``mentions`` from an earlier ``find_times`` on the same sentence saves a second scan."""
    if not sentence:
        return []
    if mentions is None:
        if not _HAS_DIGIT.search(sentence):
            return []
        mentions = find_times(sentence, None)
    spans = [(t.start, t.end) for t in mentions
             if t.calendar and any(map(str.isdigit, sentence[t.start:t.end]))]
    if _CLOCK_HINT.search(sentence):  # it needs a digit (\d) too
        spans.extend(m.span() for m in _CLOCK.finditer(sentence))
    elif not spans or not _HAS_DIGIT.search(sentence):
        return []  # no decimal digit (\d) at all: nothing is calendar notation
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def infer_published(sentences: Iterable[str]) -> str | None:
    """The latest fully explicit date in the text ("YYYY-MM-DD", else "YYYY-MM"), for sources
    without metadata. Never looks at the clock."""
    best_day: str | None = None
    best_month: str | None = None
    for sentence in sentences:
        for t in find_times(sentence, None):
            scope = t.scope
            if scope.basis != "explicit" or t.relation == "reference":
                continue
            day = scope.end if t.relation != "since" else scope.start
            if day is None:
                continue
            if scope.granularity == "day" or (scope.granularity == "span" and t.relation == "range"
                                              and _day_precise(grammar()).search(scope.text)):
                best_day = max(best_day or day, day)
            elif scope.granularity == "month":
                best_month = max(best_month or day[:7], day[:7])
    return best_day or best_month


@cache
def _day_precise(g: Grammar) -> re.Pattern:
    """A date precise to the day: ISO, or a month name next to a number."""
    month = g.macros["month"]
    return patterns.compile(r"\d{4}-\d\d-\d\d|(?:" + month + r")\s*\d|\d\s+(?:of\s+)?(?:" + month + ")")
