"""Find the time expressions of one sentence and resolve each to an inclusive ISO date interval.

Its one job: say *when* a sentence's statement holds ("in 2016", "since March 29", "two months
ago", "the early 2010s") and which character spans are calendar notation, so that the number
grammar never reads a year, a day of month or a clock time as a quantity.

Costs: importing compiles no atom regex. The atoms are compiled on first use as alternations by
opening letter (one for the digits), each when a candidate first opens with it: a few ms to a
few tens of ms each, so a process pays only for the letters its texts need. One C-level scan of
the lower-cased sentence, from the non-word characters only, finds where an expression may start
(a number, a month or time word, or "the"/"a"/"last"... right before one); a sentence with none
costs that scan only (a few µs per 100 characters; ASCII sentences run the ASCII-mode twin of
the regex). At each candidate one anchored match runs of the atoms that may open with its first
letter, then a linear pass joins atoms with their prepositions and partners ("since", "between
... and"). Average on news sentences: about 20-30 µs. Dates are computed from the day, month
and year the grammar read, with ``datetime`` (a year-less "6 April" is its occurrence nearest
the publication, before or after it); no date parser is loaded. Nothing here reads the clock.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from re import _constants as _sre_ops
from re import _parser as _sre_parser

from .model import TimeMention, TimeScope, quick_constructor
from .text import AnyCase, AsciiTwin, lower_for_matching

_make_time_scope, _make_time_mention = quick_constructor(TimeScope), quick_constructor(TimeMention)

# US federal fiscal year: FY2015 runs 2014-10-01..2015-09-30. Set to 1 for calendar fiscal years.
FISCAL_YEAR_START_MONTH = 10

# How far back the vague "recent <unit>" reaches, in that unit.
RECENT_REACH = {"year": 5, "month": 6, "week": 6, "day": 10, "decade": 3, "quarter": 4}

# ----------------------------------------------------------------------------------------------
# The publication anchor


@dataclass(frozen=True)
class Anchor:
    """The publication date, as precisely as the source states it."""

    date: dt.date  # first day the publication could be
    precision: str  # "year" | "month" | "day"

    @property
    def latest(self) -> dt.date:
        """The last day the publication could be: end of its year or month, or the day itself."""
        if self.precision == "year":
            return dt.date(self.date.year, 12, 31)
        if self.precision == "month":
            return _month_end(self.date.year, self.date.month)
        return self.date


_PUBLISHED = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T\s].*)?\s*")


def parse_published(value: str | None) -> Anchor | None:
    """``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"`` (a trailing time is ignored) → Anchor."""
    if not value:
        return None
    m = _PUBLISHED.fullmatch(str(value))
    if not m:
        return None
    try:
        year = int(m[1])
        if m[3]:
            return Anchor(dt.date(year, int(m[2]), int(m[3])), "day")
        if m[2]:
            return Anchor(dt.date(year, int(m[2]), 1), "month")
        return Anchor(dt.date(year, 1, 1), "year")
    except ValueError:
        return None


# ----------------------------------------------------------------------------------------------
# Calendar arithmetic

_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), _month_end(year, month)


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _add_months(d: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day (Mar 31 - 1 month = Feb 28)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(d.day, _cal.monthrange(year, month + 1)[1]))


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "hour":
        return d + dt.timedelta(days=n // 24)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    return _add_months(d, _UNIT_MONTHS[unit] * n)


def _period(d: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The calendar period of ``unit`` that contains ``d`` (weeks run Monday..Sunday)."""
    if unit in ("day", "hour"):
        return d, d
    if unit == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        return _month_span(d.year, d.month)
    if unit == "quarter":
        first = (d.month - 1) // 3 * 3 + 1
        return dt.date(d.year, first, 1), _month_end(d.year, first + 2)
    if unit == "decade":
        return dt.date(d.year // 10 * 10, 1, 1), dt.date(d.year // 10 * 10 + 9, 12, 31)
    if unit == "century":
        return dt.date(d.year // 100 * 100, 1, 1), dt.date(d.year // 100 * 100 + 99, 12, 31)
    return _year_span(d.year)


def _fiscal_span(fiscal_year: int) -> tuple[dt.date, dt.date]:
    if FISCAL_YEAR_START_MONTH == 1:
        return _year_span(fiscal_year)
    start = dt.date(fiscal_year - 1, FISCAL_YEAR_START_MONTH, 1)
    return start, _add_months(start, 12) - dt.timedelta(days=1)


def _fiscal_year_of(d: dt.date) -> int:
    return d.year + 1 if FISCAL_YEAR_START_MONTH > 1 and d.month >= FISCAL_YEAR_START_MONTH else d.year


Interval = tuple[dt.date, dt.date]


def _over_anchor(anchor: Anchor, resolve: Callable[[dt.date], Interval]) -> Interval:
    """Resolve against both ends of an imprecise anchor and keep the hull: a "2015" article's
    "last month" is any month from Dec 2014 to Nov 2015."""
    lo1, hi1 = resolve(anchor.date)
    if anchor.precision == "day":
        return lo1, hi1
    lo2, hi2 = resolve(anchor.latest)
    return min(lo1, lo2), max(hi1, hi2)


def _thirds(lo: dt.date, hi: dt.date, part: str) -> Interval:
    """"early/mid/late" of a month (1-10, 11-20, 21-end) or of a year (Jan-Apr, May-Aug, Sep-Dec)."""
    if lo.month == hi.month and lo.year == hi.year:
        cuts = [(1, 10), (11, 20), (21, hi.day)]
        a, b = cuts[_PART_INDEX[part]]
        return dt.date(lo.year, lo.month, a), dt.date(lo.year, lo.month, b)
    a, b = [(1, 4), (5, 8), (9, 12)][_PART_INDEX[part]]
    return dt.date(lo.year, a, 1), _month_end(hi.year, b)


_PART_INDEX = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2,
               "close": 2}

# ----------------------------------------------------------------------------------------------
# Words

_MONTH_NUMBER = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
                 "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "latter": 2}
_SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
          "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12, "hundred": 100}
# Vague counts become a range of counts; the interval is the hull over that range.
_VAGUE = {"a couple of": (2, 2), "couple of": (2, 2), "a few": (2, 5), "few": (2, 5),
          "several": (3, 7)}


def _count(text: str | None, default: int = 1) -> tuple[int, int]:
    """"two" → (2, 2); "twenty-five" → (25, 25); "a few" → (2, 5); None → default."""
    if not text:
        return default, default
    t = " ".join(text.lower().split())
    if t in _VAGUE:
        return _VAGUE[t]
    if t.isdigit():
        return int(t), int(t)
    total = sum(_SMALL.get(part, 0) for part in re.split(r"[-\s]+", t.replace("a dozen", "dozen")))
    total = total or 1
    return total, total


def _unit(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") else w


# ----------------------------------------------------------------------------------------------
# The grammar: one alternation of atoms, longest forms first

_MONTH = (r"(?-i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?"
          r"|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
          r"|Dec(?:ember|\.)?)(?![\w'’])(?!-(?-i:[a-z]))")
_WEEKDAY = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?![\w'’])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,]\d|\s?%)"
_YEAR = r"(?:1\d{3}|20\d\d|2100)(?!\w|[.,]\d|\s?%)"
_NUM = (r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|few|several|a\s+dozen|dozen"
        r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four"
        r"|five|six|seven|eight|nine)\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|an?)\b")
_UNITS = r"(?:years?|months?|weeks?|days?|decades?|hours?|quarters?)\b"
_PERIOD_OF = (rf"(?:{_MONTH}(?:,?\s+{_YEAR})?|{_YEAR}|(?:this|last|next|the)\s+(?:year|month))")

_ATOMS: list[tuple[str, str]] = [
    ("iso", r"(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
            r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?\d\d)?)?(?![\d-])"),
    ("slash", r"(?P<sl_m>1[0-2]|0?[1-9])/(?P<sl_d>3[01]|[12]\d|0?[1-9])/(?P<sl_y>\d{4}|\d\d)(?![\d/])"),
    ("firstof", rf"(?:the\s+)?(?P<fo_which>first|second|third|fourth|last|final)\s+(?:(?P<fo_n>{_NUM})\s+)?"
                rf"(?P<fo_unit>months?|weeks?|days?|quarters?)\s+of\s+(?P<fo_of>{_PERIOD_OF})"),
    ("quarter", rf"(?:the\s+)?(?P<qt_n>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]+quarter\b"
                rf"(?:\s+of\s+(?P<qt_of>{_YEAR}|(?:this|last|next|the)\s+year)|,?\s+(?P<qt_y>{_YEAR}))?"),
    ("qcode", rf"(?-i:Q)(?P<qc_n>[1-4])(?:\s*(?P<qc_y>{_YEAR}|'\d\d(?!\d)))?(?![\w])"),
    ("qcode_after", rf"(?P<qa_y>{_YEAR})\s*(?-i:Q)(?P<qa_n>[1-4])\b"),
    ("half", rf"(?:the\s+)?(?P<hf_n>first|second|latter)\s+half\s+of\s+"
             rf"(?P<hf_of>{_YEAR}|(?:this|last|next|the)\s+year)"),
    ("hcode", rf"(?-i:H)(?P<hc_n>[12])\s*(?P<hc_y>{_YEAR})"),
    ("fiscal", rf"(?:the\s+)?(?:fiscal(?:\s+year)?\s*|(?-i:FY)\s*)(?P<fy_y>{_YEAR}|(?<=FY)\d\d(?!\d)|(?<=FY\s)\d\d(?!\d))"
               rf"(?:[-–/](?P<fy_y2>\d{{4}}|\d\d)(?!\d))?"),
    ("fiscal_after", rf"(?:the\s+)?(?P<fa_y>{_YEAR})\s+fiscal\s+year"),
    ("fiscal_rel", r"(?P<fr_rel>this|last|next|the\s+current|the\s+previous|the\s+next)\s+fiscal\s+year"),
    ("decade", r"(?:the\s+)?(?:(?P<dc_part>early|mid|late)[-\s]+)?(?P<dc_y>1\d\d0|20\d0)s(?!\w)"),
    ("decade2", r"(?:the\s+)?(?:(?P<d2_part>early|mid|late)[-\s]+)?['’‘](?P<d2_y>\d0)s(?!\w)"),
    ("century", r"(?:the\s+)?(?:(?P<ce_part>early|mid|late)[-\s]+)?(?P<ce_n>\d{1,2})(?:st|nd|rd|th)[-\s]+century\b"),
    ("partof", rf"(?:the\s+)?(?P<po_part>early|mid|late|beginning\s+of|start\s+of|end\s+of|middle\s+of"
               rf"|close\s+of)[-\s]*(?:the\s+)?(?P<po_what>{_PERIOD_OF})"),
    ("md", rf"(?:{_WEEKDAY},?\s+)?(?P<md_m>{_MONTH})\s*(?P<md_d>{_DAY})"
           rf"(?:\s*[-–]\s*(?P<md_d2>{_DAY})(?!\s*[-–]))?(?:(?:,\s*|\s+)(?P<md_y>{_YEAR}))?"),
    ("dm", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<dm_d>{_DAY})(?:\s*[-–]\s*(?P<dm_d2>{_DAY}))?\s+(?:of\s+)?"
           rf"(?P<dm_m>{_MONTH})(?:,?\s+(?P<dm_y>{_YEAR}))?"),
    ("my", rf"(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})"),
    ("season", rf"(?:(?P<se_rel>this\s+past|this|last|next|past)\s+)?(?P<se_s>spring|summer|fall|autumn|winter)"
               rf"(?:\s+(?:of\s+)?(?P<se_y>{_YEAR})(?:[-–/](?P<se_y2>\d{{4}}|\d\d)(?!\d))?)?(?![\w'’])"),
    ("thenref", r"(?:since|by|until|till|before|after)\s+then\b|at\s+(?:that|the)\s+(?:time|point)\b"),
    ("overlast", rf"(?:the\s+)?(?P<ol_w>last|past|next|coming)\s+(?:(?P<ol_n>{_NUM})\s+)?"
                 rf"(?P<ol_unit>years|months|weeks|days|decades|quarters|hours)\b"
                 rf"|the\s+(?P<ol1_w>last|past|coming)\s+(?P<ol1_unit>year|month|week|decade|quarter)\b"),
    ("rel", rf"(?P<rl_rel>this\s+past|this|last|next|coming)\s+(?P<rl_what>year|month|week|weekend|decade"
            rf"|quarter|century|{_MONTH}|{_WEEKDAY})(?![\w'’])"),
    ("relday", r"(?P<rd>today|yesterday|tomorrow|tonight|last\s+night)\b"),
    ("relpart", r"(?P<rp_w>earlier|later)\s+this\s+(?P<rp_unit>year|month|week)\b"),
    ("ago", rf"(?P<ag_n>{_NUM})\s+(?P<ag_unit>{_UNITS})\s+ago\b"),
    ("recent", r"recent\s+(?P<rc_unit>years|months|weeks|days|decades)\b"),
    ("shift", rf"(?P<sh_n>{_NUM})\s+(?P<sh_unit>{_UNITS})\s+(?P<sh_dir>later|afterwards?|earlier|before|prior)\b"),
    ("refphrase", rf"during\s+(?:those|these|that|this)\s+(?:(?:{_NUM})\s+)?(?:years?|months?|weeks?|days?|decades?|period|time)\b"
                  r"|the\s+same\s+(?:period|year|month|week|day|time|quarter)(?:\s+(?:last|a)\s+year)?\b"
                  r"|that\s+(?:year|month|week|day|period|quarter|decade|season)\b(?!-)"
                  r"|the\s+(?:year|month|week|day)\s+before\b"),
    ("following", r"the\s+(?P<fw_w>following|next|previous|preceding|prior)\s+(?P<fw_unit>year|month|week|day|decade)\b"),
    ("prepost", rf"(?P<pp>pre|post)-(?P<pp_y>{_YEAR})"),
    ("yearrange", rf"(?P<yr_a>{_YEAR})\s*[-–—/]\s*(?P<yr_b>{_YEAR}|\d\d(?![\d\w]))"),
    ("theyear", rf"the\s+year\s+(?P<ty_y>{_YEAR})"),
    ("weekday", rf"(?P<wd>{_WEEKDAY})"),
    ("year", rf"(?:(?P<yy_ad>(?-i:A\.?D\.?))\s*)?(?P<yy>{_YEAR})"),
    ("bare_month", rf"(?P<bm>{_MONTH})"),
]

# Atoms that can begin with a digit; at a number only these are tried (and only where
# _DIGIT_OPENER says one could start: keep the two in step).
_DIGIT_ATOMS = frozenset({"iso", "slash", "quarter", "qcode_after", "fiscal_after", "decade", "century",
                          "dm", "ago", "shift", "yearrange", "year"})


@cache
def _alternation(keys: tuple[str, ...]) -> re.Pattern:
    """The atoms named by ``keys``, in _ATOMS order, as one anchored alternation (compiled once per
    set of keys: letters whose atoms are the same share it)."""
    return re.compile(_optional_as_alternation(
        r"(?<![\w$€£¥#.,:/])(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _ATOMS if k in keys) + ")"),
        re.IGNORECASE,
    )


def _optional_as_alternation(pattern: str) -> str:
    """``pattern`` with each optional non-capturing group "(?:X)?" written "(?:X|)": the same
    matches in the same order, but re runs an optional group through its general repeat loop, which
    costs several times an alternation, and the atoms have dozens of them ("(?:the\\s+)?")."""
    out = list(pattern)
    groups: list[bool] = []  # for each open group: is it "(?:"
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += pattern.startswith("[^", i)
            i += pattern.startswith("]", i + 1)  # a "]" first in a class is a literal
        elif ch == "(":
            groups.append(pattern.startswith("(?:", i))
        elif ch == ")":
            plain_group = groups.pop()
            if plain_group and pattern[i + 1:i + 2] == "?" and pattern[i + 2:i + 3] not in ("?", "+"):
                out[i], out[i + 1] = "|)", ""
        i += 1
    return "".join(out)


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _first_letters(pattern: str) -> frozenset[str]:
    """The lower-case ASCII letters a match of ``pattern`` (re.I) may begin with, read from re's
    parse tree; all of them wherever that cannot be told. re's parser is internal: if its shape
    changes, every atom keeps every letter and only the shortcut is lost."""
    try:
        letters, may_be_empty = _sequence_letters(_sre_parser.parse(pattern, re.IGNORECASE).data)
    except Exception:  # noqa: BLE001 - any surprise from the internal parser means: no shortcut
        return _LETTERS
    return _LETTERS if may_be_empty else frozenset(letters)


def _sequence_letters(items) -> tuple[set[str], bool]:
    """First letters of a sequence of parsed items, and whether it may match the empty string."""
    letters: set[str] = set()
    for op, av in items:
        item_letters, may_be_empty = _item_letters(op, av)
        letters |= item_letters
        if not may_be_empty:
            return letters, False
    return letters, True


def _char_letters(code: int) -> set[str]:
    """The ASCII letters that match a character under re.I ("ſ" matches "s", "K" (Kelvin) "k")."""
    ch = chr(code)
    return {form for form in (ch.lower(), ch.upper().lower(), ch.lower()[:1]) if form in _LETTERS}


def _item_letters(op, av) -> tuple[set[str], bool]:
    if op is _sre_ops.LITERAL:
        return _char_letters(av), False
    if op in (_sre_ops.AT, _sre_ops.ASSERT, _sre_ops.ASSERT_NOT):
        return set(), True  # zero width: what follows opens the match
    if op is _sre_ops.IN:
        letters: set[str] = set()
        for item_op, item in av:
            if item_op is _sre_ops.LITERAL:
                letters |= _char_letters(item)
            elif item_op is _sre_ops.RANGE and item[1] - item[0] < 1000:
                for code in range(item[0], item[1] + 1):
                    letters |= _char_letters(code)
            elif not (item_op is _sre_ops.CATEGORY and item in _NO_LETTER_CATEGORIES):
                return set(_LETTERS), False
        return letters, False
    if op is _sre_ops.SUBPATTERN:
        return _sequence_letters(av[3])
    if op is _sre_ops.BRANCH:
        letters, may_be_empty = set(), False
        for branch in av[1]:
            branch_letters, branch_empty = _sequence_letters(branch)
            letters |= branch_letters
            may_be_empty |= branch_empty
        return letters, may_be_empty
    if op in (_sre_ops.MAX_REPEAT, _sre_ops.MIN_REPEAT):
        letters, may_be_empty = _sequence_letters(av[2])
        return letters, may_be_empty or av[0] == 0
    return set(_LETTERS), True  # anything else: any letter, maybe empty


_NO_LETTER_CATEGORIES = (_sre_ops.CATEGORY_DIGIT, _sre_ops.CATEGORY_SPACE)


# The lower-case ASCII letters each atom may begin with (_first_letters of its pattern, written
# out: reading them from re's parse tree costs tens of milliseconds at start-up; a test keeps the
# two in step). Atoms with none begin with a digit only.
_ATOM_FIRST_LETTERS = {
    "iso": "", "slash": "", "firstof": "flst", "quarter": "fst", "qcode": "q", "qcode_after": "",
    "half": "flst", "hcode": "h", "fiscal": "ft", "fiscal_after": "t", "fiscal_rel": "lnt",
    "decade": "elmt", "decade2": "elmt", "century": "elmt", "partof": "bcelmst", "md": "adfjmnostw",
    "dm": "fmstw", "my": "adfjmnos", "season": "aflnpstw", "thenref": "abstu", "overlast": "clnpt",
    "rel": "clnt", "relday": "lty", "relpart": "el", "ago": "acdefnost", "recent": "r",
    "shift": "acdefnost", "refphrase": "dt", "following": "t", "prepost": "p", "yearrange": "",
    "theyear": "t", "weekday": "fmstw", "year": "a", "bare_month": "adfjmnos",
}


@cache
def _all_atoms() -> re.Pattern:
    """Every atom: for a candidate that opens with neither a digit nor an ASCII letter ("'90s")."""
    return _alternation(tuple(k for k, _ in _ATOMS))


@cache
def _digit_atoms() -> re.Pattern:
    """The atoms that may begin with a digit."""
    return _alternation(tuple(k for k, _ in _ATOMS if k in _DIGIT_ATOMS))


@cache
def _atoms_at(char: str) -> re.Pattern:
    """The atoms that may begin with ``char`` (a lower-cased non-digit), in _ATOMS order: at a word
    candidate re then tries a handful of atoms, not all of them (same match: the others cannot).
    Compiled on the first candidate with that letter (a few ms to a few tens of ms each), so a
    document pays only for the letters its time expressions open with."""
    if char not in _LETTERS:
        return _all_atoms()
    keys = tuple(k for k, _ in _ATOMS if char in _ATOM_FIRST_LETTERS[k])
    return _alternation(keys) if keys else _NEVER


_NEVER = re.compile(r"(?!)")


# Preposition directly before an atom, and what relation it gives.
_PREFIX = AnyCase(
    r"\b(?P<prep>since|after|by|as\s+of|until|till|through|thru|up\s+to|before|between|from|in|on|"
    r"during|at|for|of|over|throughout|within|circa|starting|beginning)\s+(?:the\s+)?\Z"
)
_PREP_RELATION = {"since": "since", "after": "since", "starting": "since", "beginning": "since",
                  "by": "by", "as of": "by", "until": "until", "till": "until", "through": "until",
                  "thru": "until", "up to": "until", "before": "until"}
# Prepositions after which a bare month, season or an old year (1000-1899) is a date.
_TEMPORAL_PREPS = frozenset({"since", "after", "by", "as of", "until", "till", "through", "thru",
                             "before", "between", "from", "in", "during", "throughout", "circa",
                             "starting", "beginning", "of", "up to", "for", "on", "within", "over"})
# Prepositions after which 1000-1899 is a year ("in 1600", "since 1850").
_OLD_YEAR_PREPS = frozenset({"since", "after", "by", "until", "till", "through", "before", "between",
                             "from", "in", "during", "throughout", "circa", "starting", "beginning"})
# Prepositions that make a 1900-2100 number a year even before a plural noun ("in 2016 elections").
_STRONG_YEAR_PREPS = frozenset({"since", "after", "until", "till", "before", "in", "during",
                                "through", "throughout", "circa", "between"})

_GAP_AND = re.compile(r"\s+(?:and|or|&)\s+(?:in\s+)?\Z", re.IGNORECASE)
_GAP_TO = re.compile(r"\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*\Z", re.IGNORECASE)
_GAP_DASH = re.compile(r"\s*[-–—]\s*\Z")
_COUNT_RANGE_AFTER = re.compile(r"\s*(?:and|to|[-–—])\s*[$€£¥]?\d", re.IGNORECASE)
_GAP_LATER_IN = re.compile(r"\s*,?\s*(?:in|on|during)\s+(?:the\s+)?\Z", re.IGNORECASE)

_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|next|upcoming|scheduled|forthcoming|due\s+to|expected\s+to|expects\s+to"
    r"|plans?\s+to|planned|set\s+to|going\s+to|intends?\s+to|aims?\s+to|would\s+begin)\b",
    re.IGNORECASE,
)

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

# Words after a 4-digit number that make it a quantity ("2000 mg", "2000 people").
_UNIT_WORDS = frozenset("""
percent per cent pct mg g kg km m mi cm mm ml l lb lbs oz ft sq square cubic mph kph kmh km/h
hp rpm cc kw mw gw kwh mwh btu calories cal acre hectare ha ton tonne metric gmt utc est edt
pst pdt bpd yen dollar euro pound
""".split())
_IRREGULAR_PLURALS = frozenset("""
people children men women police staff personnel cattle feet teeth mice geese sheep fish deer
persons crew media data
""".split())
_NOT_PLURAL = frozenset("""
this thus perhaps towards besides afterwards whereas across less unless always sometimes
nevertheless does goes says gets makes takes sees shows remains seems means becomes marks saw
was has its his hers yours ours theirs
""".split())
_QUANTITY_BEFORE = frozenset("""
about around approximately roughly nearly almost some over under than least most only just
estimated average total exactly top reached hit to additional another extra
""".split())
# Capitalized words that may stand before a year ("In 2016", "The 2016 race") — any other
# capitalized word makes it a name ("Euro 2020", "Windows 2000").
_YEAR_FRIENDLY_CAPS = frozenset("""
in since by during until till through before after from between and or of the a an early late mid
fiscal year this that its his her their our ad circa to for at on as with than but when while
summer winter spring fall autumn
""".split())

_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")
_WORDS_BEFORE_RE = re.compile(r"[^\W\d_]+|[$€£¥#]")


# ----------------------------------------------------------------------------------------------
# Days of the calendar: the grammar has read day, month and year itself


def _explicit_day(year: int, month: int, day: int) -> dt.date | None:
    """"14 August 2013" → date(2013, 8, 14); None for a day the calendar lacks (30 February,
    29 February 2015) and for a year before 1000, which no date in the news is written with."""
    if year < 1000:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_day(month: int, day: int, base: dt.date, future: bool) -> dt.date | None:
    """A year-less day ("6 April") nearest ``base``: its last occurrence on or before ``base``, or
    with ``future`` its first one after it. 29 February occurs in leap years only (2100 is not
    one), so it may lie up to eight years away. None past the calendar's ends."""
    step = 1 if future else -1
    for year in range(base.year, base.year + 9 * step, step):
        try:
            found = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year, or a year outside 1..9999
            continue
        if (found > base) if future else (found <= base):
            return found
    return None


# ----------------------------------------------------------------------------------------------
# Atoms: one time expression before prepositions and ranges join them


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    lo: dt.date | None
    hi: dt.date | None
    granularity: str
    basis: str  # explicit | relative | unresolved | inherited
    kind: str  # what joining needs to know: date, yearless, month, year, bare, ref, later, ...
    relation: str = "in"
    calendar: bool = True
    month: int | None = None  # for a year-less date that a range partner can complete
    day: int | None = None
    day2: int | None = None
    year: int | None = None  # a plain year awaiting its context check


class _Context:
    """One sentence being read; whether it speaks of the future is decided only when asked."""

    __slots__ = ("sentence", "anchor", "_future")

    def __init__(self, sentence: str, anchor: Anchor | None):
        self.sentence, self.anchor, self._future = sentence, anchor, None

    @property
    def future(self) -> bool:
        if self._future is None:
            self._future = bool(_FUTURE.search(self.sentence))
        return self._future


def _month_of(word: str) -> int:
    return _MONTH_NUMBER[word[:3].lower()]


def _year_then_quantity(s: str, end: int) -> bool:
    """True when the word after a 4-digit number counts or measures it ("2000 people", "2000 mg")."""
    if end < len(s) and s[end] in "-–" and end + 1 < len(s) and s[end + 1].isalpha():
        return True  # "2000-year-old", "1500-mile"
    m = _WORD_AFTER.match(s, end)
    if not m:
        return False
    word = m[1]
    low = word.lower()
    if low in _UNIT_WORDS and (word.islower() or word.isupper()):
        return True
    if not word.islower():
        return False
    return low in _IRREGULAR_PLURALS or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
        and low not in _NOT_PLURAL)


def _years_ok(s: str, start: int, end: int, value: int, prep: str | None, partner: bool) -> bool:
    """Is the 4-digit number at s[start:end] a year here?

    A number 1900-2100 is a year unless a name, currency or quantity word stands before it or a
    counted noun or unit follows; 1000-1899 needs a temporal preposition or a range partner.
    ``partner`` means it is one end of a range whose other end is a year."""
    if s[max(0, start - 1):start] in ("-", "–", "/", "+"):
        return False
    words = _WORDS_BEFORE_RE.findall(s[max(0, start - 40):start])
    prev = words[-1] if words else None
    if prev and prev[0] in "$€£¥#":
        return False
    strong = prep in _STRONG_YEAR_PREPS
    if prev and prev[0].isupper() and not prev.isupper() and prev.lower() not in _YEAR_FRIENDLY_CAPS \
            and prev[:3].lower() not in _MONTH_NUMBER:
        return False  # "Euro 2020", "Windows 2000"
    if prev and not strong and not partner:
        low = prev.lower()
        if low in _QUANTITY_BEFORE:
            return False
        if low == "as" and len(words) >= 2 and words[-2].lower() in ("many", "much", "few", "high", "low"):
            return False
    if value < 1900 and not (partner or prep in _OLD_YEAR_PREPS):
        return False
    if strong or (prev or "").lower() == "the":
        follower = _WORD_AFTER.match(s, end)
        return not (follower and follower[1].lower() in _UNIT_WORDS and follower[1].lower() not in ("est", "gmt", "utc"))
    return not _year_then_quantity(s, end)


def _yearless(ctx: _Context, start: int, end: int, month: int, day: int | None, day2: int | None,
              granularity: str) -> _Atom:
    """A month or a day of month without a year: the most recent past occurrence not after the
    publication, or the next one when the sentence speaks of the future."""
    atom = _Atom(start, end, None, None, granularity, "unresolved", "yearless", month=month, day=day,
                 day2=day2)
    a = ctx.anchor
    if a is None:
        return atom
    if day is None:
        if ctx.future:
            year = a.date.year if _month_end(a.date.year, month) >= a.date else a.date.year + 1
        else:
            year = a.latest.year if dt.date(a.latest.year, month, 1) <= a.latest else a.latest.year - 1
        atom.lo, atom.hi = _month_span(year, month)
    else:
        found = _nearest_day(month, day, a.date if ctx.future else a.latest, ctx.future)
        if found is None:
            return atom
        atom.lo = found
        atom.hi = found.replace(day=day2) if day2 and day2 > day else found
    atom.basis = "relative"
    return atom


def _with_year(atom: _Atom, year: int) -> _Atom:
    """Complete a year-less date with its range partner's year ("March 29 to May 25, 2013")."""
    if atom.day is None:
        atom.lo, atom.hi = _month_span(year, atom.month)
    else:
        day = _explicit_day(year, atom.month, atom.day)
        if day is None:
            return atom
        atom.lo = day
        atom.hi = day.replace(day=atom.day2) if atom.day2 and atom.day2 > atom.day else day
    atom.basis, atom.kind = "explicit", "date"
    return atom


def _nearest_span(ctx: _Context, spans: Callable[[int], Interval]) -> Interval | None:
    """Among yearly recurring spans (a season, a quarter), the most recent one starting by the
    publication, or the first one not over before it when the sentence speaks of the future."""
    a = ctx.anchor
    if a is None:
        return None
    if ctx.future:
        for year in range(a.date.year - 1, a.date.year + 3):
            lo, hi = spans(year)
            if hi >= a.date:
                return lo, hi
    for year in range(a.latest.year + 1, a.latest.year - 3, -1):
        lo, hi = spans(year)
        if lo <= a.latest:
            return lo, hi
    return None


def _season_span(season: str, label_year: int) -> Interval:
    """Meteorological seasons; a winter is labelled by the year of its January (Dec..Feb)."""
    first = _SEASON_MONTHS[season]
    start = dt.date(label_year - 1 if first == 12 else label_year, first, 1)
    return start, _add_months(start, 3) - dt.timedelta(days=1)


def _quarter_span(year: int, q: int) -> Interval:
    return dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)


def _relative_year(ctx: _Context, text: str) -> tuple[Interval | None, str]:
    """"this year", "last year", "next year", "the year" → (interval, basis)."""
    a = ctx.anchor
    if a is None:
        return None, "unresolved"
    word = text.split()[0].lower()
    shift = {"last": -1, "next": 1}.get(word, 0)
    return _over_anchor(a, lambda d: _year_span(d.year + shift)), "relative"


def _period_of(ctx: _Context, m: re.Match, group: str) -> tuple[Interval | None, str, str]:
    """The period after "of" / "early": a month (with or without year), a year, or this/last year."""
    text = m[group]
    low = text.lower()
    if low.split()[0] in ("this", "last", "next", "the"):
        if low.endswith("month"):
            a = ctx.anchor
            if a is None:
                return None, "unresolved", "month"
            shift = {"last": -1, "next": 1}.get(low.split()[0], 0)
            return _over_anchor(a, lambda d: _period(_add_months(d, shift), "month")), "relative", "month"
        interval, basis = _relative_year(ctx, low)
        return interval, basis, "year"
    ym = re.search(r"\d{4}", text)
    if text[:1].isdigit():
        return _year_span(int(text[:4])), "explicit", "year"
    month = _month_of(text)
    if ym:
        return _month_span(int(ym[0]), month), "explicit", "month"
    atom = _yearless(ctx, 0, 0, month, None, None, "month")
    return ((atom.lo, atom.hi) if atom.lo else None), atom.basis, "month"


def _atom_from(m: re.Match, ctx: _Context) -> _Atom | None:
    kind = m.lastgroup
    handler = _HANDLERS[kind]
    return handler(m, ctx, m.start(), m.end())


def _h_iso(m, ctx, s, e):
    day = _explicit_day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])) if 1 <= int(m["iso_m"]) <= 12 else None
    return _Atom(s, e, day, day, "day", "explicit", "date") if day else None


def _h_slash(m, ctx, s, e):
    year = int(m["sl_y"])
    if year < 100:
        year += 2000 if year <= 50 else 1900
    day = _explicit_day(year, int(m["sl_m"]), int(m["sl_d"]))
    return _Atom(s, e, day, day, "day", "explicit", "date") if day else None


def _h_firstof(m, ctx, s, e):
    """"the first two months of 2015", "the second week of May", "the last 10 days of March"."""
    interval, basis, _ = _period_of(ctx, m, "fo_of")
    unit = _unit(m["fo_unit"])
    plural = m["fo_unit"].lower().endswith("s")
    n = _count(m["fo_n"], default=2 if plural else 1)[1]
    granularity = unit
    if interval is None:
        return _Atom(s, e, None, None, granularity, basis, "span")
    lo, hi = interval
    which = m["fo_which"].lower()
    if unit == "week":
        unit, n = "day", 7 * n
    if which in ("last", "final"):
        if unit == "day":
            first = hi - dt.timedelta(days=n - 1)
        else:
            first = _add_months(hi.replace(day=1), 1 - n * _UNIT_MONTHS[unit])
        return _Atom(s, e, max(lo, first), hi, granularity, basis, "span")
    skip = (_ORDINAL[which] - 1) * n
    if unit == "day":
        first, last = lo + dt.timedelta(days=skip), lo + dt.timedelta(days=skip + n - 1)
    else:
        first = _add_months(lo, skip * _UNIT_MONTHS[unit])
        last = _add_months(lo, (skip + n) * _UNIT_MONTHS[unit]) - dt.timedelta(days=1)
    if first > hi:
        return None
    return _Atom(s, e, first, min(hi, last), granularity, basis, "span")


def _h_quarter(m, ctx, s, e):
    q = _ORDINAL[m["qt_n"].lower()]
    year_text = m["qt_of"] or m["qt_y"]
    return _quarter_atom(ctx, s, e, q, year_text)


def _quarter_atom(ctx, s, e, q, year_text):
    if year_text and year_text[:1].isdigit():
        lo, hi = _quarter_span(int(year_text[:4]), q)
        return _Atom(s, e, lo, hi, "quarter", "explicit", "date")
    if year_text and year_text[:1] in "'’":
        year = 2000 + int(year_text[1:])
        lo, hi = _quarter_span(year, q)
        return _Atom(s, e, lo, hi, "quarter", "explicit", "date")
    if year_text:
        interval, basis = _relative_year(ctx, year_text)
        if interval is None:
            return _Atom(s, e, None, None, "quarter", "unresolved", "span")
        lo, hi = _quarter_span(interval[0].year, q)
        return _Atom(s, e, lo, hi, "quarter", "relative", "span")
    found = _nearest_span(ctx, lambda y: _quarter_span(y, q))
    if found is None:
        return _Atom(s, e, None, None, "quarter", "unresolved", "span")
    return _Atom(s, e, found[0], found[1], "quarter", "relative", "span")


def _h_qcode(m, ctx, s, e):
    return _quarter_atom(ctx, s, e, int(m["qc_n"]), m["qc_y"])


def _h_qcode_after(m, ctx, s, e):
    return _quarter_atom(ctx, s, e, int(m["qa_n"]), m["qa_y"])


def _half_atom(ctx, s, e, n, year_text):
    months = (1, 6) if n == 1 else (7, 12)
    if year_text[:1].isdigit():
        year, basis = int(year_text[:4]), "explicit"
    else:
        interval, basis = _relative_year(ctx, year_text)
        if interval is None:
            return _Atom(s, e, None, None, "span", "unresolved", "span")
        year = interval[0].year
    return _Atom(s, e, dt.date(year, months[0], 1), _month_end(year, months[1]), "span", basis, "span")


def _h_half(m, ctx, s, e):
    return _half_atom(ctx, s, e, 1 if m["hf_n"].lower() == "first" else 2, m["hf_of"])


def _h_hcode(m, ctx, s, e):
    return _half_atom(ctx, s, e, int(m["hc_n"]), m["hc_y"])


def _h_fiscal(m, ctx, s, e):
    """"fiscal year 2015", "FY15", "fiscal 2014-15": named by the year the fiscal year ends in."""
    first = m["fy_y"]
    year = int(first) if len(first) == 4 else 2000 + int(first)
    if m["fy_y2"]:
        end = m["fy_y2"]
        year = int(end) if len(end) == 4 else year // 100 * 100 + int(end)
    lo, hi = _fiscal_span(year)
    return _Atom(s, e, lo, hi, "year", "explicit", "date")


def _h_fiscal_after(m, ctx, s, e):
    lo, hi = _fiscal_span(int(m["fa_y"]))
    return _Atom(s, e, lo, hi, "year", "explicit", "date")


def _h_fiscal_rel(m, ctx, s, e):
    if ctx.anchor is None:
        return _Atom(s, e, None, None, "year", "unresolved", "span")
    shift = {"last": -1, "previous": -1, "next": 1}.get(m["fr_rel"].split()[-1].lower(), 0)
    lo, hi = _over_anchor(ctx.anchor, lambda d: _fiscal_span(_fiscal_year_of(d) + shift))
    return _Atom(s, e, lo, hi, "year", "relative", "span")


def _decade_atom(s, e, first_year, part):
    lo, hi = dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31)
    if part:
        a, b = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part.lower()]
        lo, hi = dt.date(first_year + a, 1, 1), dt.date(first_year + b, 12, 31)
    return _Atom(s, e, lo, hi, "decade", "explicit", "date")


def _h_decade(m, ctx, s, e):
    year = int(m["dc_y"])
    if year % 100 == 0 and year < 2000:  # "the 1800s" is a century
        lo, hi = dt.date(year, 1, 1), dt.date(year + 99, 12, 31)
        if m["dc_part"]:
            a, b = {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}[m["dc_part"].lower()]
            lo, hi = dt.date(year + a, 1, 1), dt.date(year + b, 12, 31)
        return _Atom(s, e, lo, hi, "span", "explicit", "date")
    return _decade_atom(s, e, year, m["dc_part"])


def _h_decade2(m, ctx, s, e):
    tens = int(m["d2_y"])
    return _decade_atom(s, e, (2000 if tens <= 20 else 1900) + tens, m["d2_part"])


def _h_century(m, ctx, s, e):
    n = int(m["ce_n"])
    if not 1 <= n <= 22:
        return None
    first = (n - 1) * 100
    a, b = {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}.get((m["ce_part"] or "").lower(), (0, 99))
    return _Atom(s, e, dt.date(max(1, first + a), 1, 1), dt.date(first + b, 12, 31), "span", "explicit", "date")


def _h_partof(m, ctx, s, e):
    part = m["po_part"].split()[0].lower()
    interval, basis, _ = _period_of(ctx, m, "po_what")
    if interval is None:
        return _Atom(s, e, None, None, "span", basis, "span")
    lo, hi = _thirds(interval[0], interval[1], part)
    return _Atom(s, e, lo, hi, "span", basis, "date" if basis == "explicit" else "span")


def _h_md(m, ctx, s, e):
    return _month_day(ctx, s, e, m, "md")


def _h_dm(m, ctx, s, e):
    return _month_day(ctx, s, e, m, "dm")


def _month_day(ctx, s, e, m, p):
    month = _month_of(m[f"{p}_m"])
    day = int(re.match(r"\d+", m[f"{p}_d"])[0])
    day2 = int(re.match(r"\d+", m[f"{p}_d2"])[0]) if m[f"{p}_d2"] else None
    if day2 is not None and day2 <= day:
        return None
    year_text = m[f"{p}_y"]
    if year_text and _year_then_quantity(ctx.sentence, m.end(f"{p}_y")):
        year_text = None  # "On May 4, 2000 people marched": the year is a count
        e = m.end(f"{p}_d2") if day2 else m.end(f"{p}_d")
    gran = "span" if day2 else "day"
    if year_text:
        lo = _explicit_day(int(year_text), month, day)
        if lo is None:
            return None
        hi = lo.replace(day=day2) if day2 and day2 <= _cal.monthrange(lo.year, month)[1] else lo
        atom = _Atom(s, e, lo, hi, gran, "explicit", "date")
    else:
        if day > _cal.monthrange(2000, month)[1]:
            return None
        atom = _yearless(ctx, s, e, month, day, day2, gran)
    if day2:
        atom.relation = "range"
    return atom


def _h_my(m, ctx, s, e):
    month = _month_of(m["my_m"])
    if _year_then_quantity(ctx.sentence, m.end("my_y")):
        atom = _yearless(ctx, s, m.end("my_m"), month, None, None, "month")
        atom.kind = "bare"
        return atom
    lo, hi = _month_span(int(m["my_y"]), month)
    return _Atom(s, e, lo, hi, "month", "explicit", "month", month=month)


def _h_season(m, ctx, s, e):
    season = m["se_s"].lower()
    rel = (m["se_rel"] or "").lower().split()
    if m["se_y"]:
        label = int(m["se_y"])
        if m["se_y2"]:
            y2 = m["se_y2"]
            label = int(y2) if len(y2) == 4 else label // 100 * 100 + int(y2)
            if not 0 < label - int(m["se_y"]) <= 1:
                return None
        lo, hi = _season_span(season, label)
        return _Atom(s, e, lo, hi, "span", "explicit", "date")
    a = ctx.anchor
    if not rel:
        atom = _Atom(s, e, None, None, "span", "unresolved", "bare")
        found = _nearest_span(ctx, lambda y: _season_span(season, y))
        if found:
            atom.lo, atom.hi, atom.basis = found[0], found[1], "relative"
        return atom
    if a is None:
        return _Atom(s, e, None, None, "span", "unresolved", "span")
    last = rel[-1] in ("last", "past")
    nxt = rel[-1] == "next"
    found = None
    if last:
        for year in range(a.date.year + 1, a.date.year - 3, -1):
            lo, hi = _season_span(season, year)
            if hi < a.date:
                found = (lo, hi)
                break
    elif nxt:
        for year in range(a.latest.year - 1, a.latest.year + 3):
            lo, hi = _season_span(season, year)
            if lo > a.latest:
                found = (lo, hi)
                break
    else:
        label = a.date.year + 1 if season == "winter" and a.date.month == 12 else a.date.year
        found = _season_span(season, label)
    return _Atom(s, e, found[0], found[1], "span", "relative", "span")


def _reference(s, e, relation="reference", calendar=True):
    return _Atom(s, e, None, None, "span", "inherited", "ref", relation=relation, calendar=calendar)


def _h_thenref(m, ctx, s, e):
    return _reference(s, e)


def _h_overlast(m, ctx, s, e):
    word = (m["ol_w"] or m["ol1_w"]).lower()
    unit_text = m["ol_unit"] or m["ol1_unit"]
    unit = _unit(unit_text)
    plural = unit_text.lower().endswith("s")
    hi_n = (_count(m["ol_n"]) if (m["ol_n"] or not plural) else _VAGUE["a few"])[1]
    a = ctx.anchor
    gran = "span"
    if a is None:
        return _Atom(s, e, None, None, gran, "unresolved", "span", calendar=False)
    if word in ("next", "coming"):
        lo, hi = a.date, _shift(a.latest, unit, hi_n)
    else:
        lo, hi = _shift(a.latest, unit, -hi_n), a.latest
    return _Atom(s, e, lo, hi, gran, "relative", "span", calendar=False)


def _h_rel(m, ctx, s, e):
    words = m["rl_rel"].lower().split()
    what = m["rl_what"]
    low = what.lower()
    a = ctx.anchor
    which = "last" if words[-1] == "past" else words[-1]  # "this past" = last
    if low not in _CALENDAR_UNITS:
        if low.endswith("day"):
            return _weekday_atom(ctx, s, e, _WEEKDAY_NUMBER[low[:3]], which)
        month = _month_of(what)
        if a is None:
            return _Atom(s, e, None, None, "month", "unresolved", "span")
        if which == "this":
            lo, hi = _month_span(a.date.year, month)
        elif which == "last":
            year = a.date.year if _month_end(a.date.year, month) < a.date else a.date.year - 1
            lo, hi = _month_span(year, month)
        else:
            year = a.latest.year if dt.date(a.latest.year, month, 1) > a.latest else a.latest.year + 1
            lo, hi = _month_span(year, month)
        return _Atom(s, e, lo, hi, "month", "relative", "span")
    unit = low
    gran = {"weekend": "day", "century": "span"}.get(unit, unit)
    if a is None:
        return _Atom(s, e, None, None, gran, "unresolved", "span")
    if unit == "weekend":
        if a.precision != "day":
            return _Atom(s, e, None, None, "day", "unresolved", "span")
        saturday = a.date + dt.timedelta(days=(5 - a.date.weekday()) % 7)
        if which == "last" or (which == "this" and not ctx.future and saturday > a.date):
            saturday -= dt.timedelta(days=7)
        elif which == "next":
            saturday += dt.timedelta(days=7) if saturday <= a.date + dt.timedelta(days=1) else dt.timedelta(0)
        return _Atom(s, e, saturday, saturday + dt.timedelta(days=1), "span", "relative", "span")
    if which == "this":
        lo = _period(a.date, unit)[0]
        hi = _period(a.latest, unit)[1] if ctx.future else a.latest
        return _Atom(s, e, lo, hi, gran, "relative", "span")
    if unit == "decade" and which == "last":  # "the last decade": the ten years before publication
        return _Atom(s, e, _shift(a.latest, "year", -10), a.latest, "span", "relative", "span")
    step = -1 if which == "last" else 1
    lo, hi = _over_anchor(a, lambda d: _period(_shift(d, unit, step), unit))
    return _Atom(s, e, lo, hi, gran, "relative", "span")


_CALENDAR_UNITS = frozenset({"year", "month", "week", "weekend", "decade", "quarter", "century"})


def _weekday_atom(ctx, s, e, weekday, which=None):
    a = ctx.anchor
    if a is None or a.precision != "day":
        return _Atom(s, e, None, None, "day", "unresolved", "span")
    back = (a.date.weekday() - weekday) % 7
    ahead = (weekday - a.date.weekday()) % 7
    if which == "last":
        day = a.date - dt.timedelta(days=back or 7)
    elif which == "next":
        day = a.date + dt.timedelta(days=ahead or 7)
    elif which == "this" or ctx.future:
        day = a.date + dt.timedelta(days=ahead) if ctx.future else a.date - dt.timedelta(days=back)
    else:
        day = a.date - dt.timedelta(days=back)
    return _Atom(s, e, day, day, "day", "relative", "span")


def _h_weekday(m, ctx, s, e):
    return _weekday_atom(ctx, s, e, _WEEKDAY_NUMBER[m["wd"][:3].lower()])


def _h_relday(m, ctx, s, e):
    word = " ".join(m["rd"].lower().split())
    shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
    a = ctx.anchor
    if a is None:
        return _Atom(s, e, None, None, "day", "unresolved", "span")
    lo, hi = a.date + dt.timedelta(days=shift), a.latest + dt.timedelta(days=shift)
    return _Atom(s, e, lo, hi, "day", "relative", "span")


def _h_relpart(m, ctx, s, e):
    unit = m["rp_unit"].lower()
    a = ctx.anchor
    if a is None:
        return _Atom(s, e, None, None, "span", "unresolved", "span")
    if m["rp_w"].lower() == "earlier":
        lo, hi = _period(a.date, unit)[0], a.latest
    else:
        lo, hi = a.date, _period(a.latest, unit)[1]
    return _Atom(s, e, lo, hi, "span", "relative", "span")


def _h_ago(m, ctx, s, e):
    unit = _unit(m["ag_unit"])
    lo_n, hi_n = _count(m["ag_n"])
    gran = {"hour": "day", "decade": "year"}.get(unit, unit)
    a = ctx.anchor
    if a is None:
        return _Atom(s, e, None, None, gran, "unresolved", "span", relation="ago", calendar=False)
    period_unit = {"hour": "day", "decade": "year"}.get(unit, unit)
    lo = _over_anchor(a, lambda d: _period(_shift(d, unit, -hi_n), period_unit))[0]
    hi = _over_anchor(a, lambda d: _period(_shift(d, unit, -lo_n), period_unit))[1]
    return _Atom(s, e, lo, hi, gran, "relative", "span", relation="ago", calendar=False)


def _h_recent(m, ctx, s, e):
    unit = _unit(m["rc_unit"])
    a = ctx.anchor
    if a is None:
        return _Atom(s, e, None, None, "span", "unresolved", "span", calendar=False)
    lo = _shift(a.latest, unit, -RECENT_REACH[unit])
    return _Atom(s, e, lo, a.latest, "span", "relative", "span", calendar=False)


def _h_shift(m, ctx, s, e):
    later = m["sh_dir"].lower().startswith(("later", "after"))
    atom = _reference(s, e, "later" if later else "reference", calendar=False)
    atom.kind = "later" if later else "ref"
    return atom


def _h_refphrase(m, ctx, s, e):
    return _reference(s, e, calendar=not any(ch.isdigit() for ch in m.group()))


def _h_following(m, ctx, s, e):
    later = m["fw_w"].lower() in ("following", "next")
    atom = _reference(s, e, "later" if later else "reference")
    atom.kind = "later" if later else "ref"
    return atom


def _h_prepost(m, ctx, s, e):
    lo, hi = _year_span(int(m["pp_y"]))
    atom = _Atom(s, e, lo, hi, "year", "explicit", "date")
    atom.relation = "until" if m["pp"].lower() == "pre" else "since"
    return atom


def _h_yearrange(m, ctx, s, e):
    a, b_text = int(m["yr_a"]), m["yr_b"]
    sep = ctx.sentence[m.end("yr_a"):m.start("yr_b")].strip()
    if len(b_text) == 2:
        b2 = int(b_text)
        if b2 != (a + 1) % 100 and sep == "-" and (b_text[0] == "0" and b2 >= 1 or 10 <= b2 <= 12):
            lo, hi = _month_span(a, b2)  # "2019-09": an ISO year-month
            return _Atom(s, e, lo, hi, "month", "explicit", "month")
        b = a // 100 * 100 + b2 if b2 > a % 100 else a // 100 * 100 + 100 + b2
        if b - a > 20:
            return None
    else:
        b = int(b_text)
        if not a < b <= a + 200 or _year_then_quantity(ctx.sentence, e):
            return None
    if a < 1900 and b < 1900 and not _PREFIX.any_case.search(ctx.sentence, max(0, s - 24), s):
        return None
    atom = _Atom(s, e, dt.date(a, 1, 1), dt.date(b, 12, 31), "span", "explicit", "date")
    atom.relation = "range"
    return atom


def _h_theyear(m, ctx, s, e):
    lo, hi = _year_span(int(m["ty_y"]))
    return _Atom(s, e, lo, hi, "year", "explicit", "date")


def _h_year(m, ctx, s, e):
    value = int(m["yy"])
    lo, hi = _year_span(value)
    atom = _Atom(s, e, lo, hi, "year", "explicit", "year", year=value)
    if m["yy_ad"]:
        atom.kind = "date"
    return atom


def _h_bare_month(m, ctx, s, e):
    atom = _yearless(ctx, s, e, _month_of(m["bm"]), None, None, "month")
    atom.kind = "bare"
    return atom


# Each atom name in _ATOMS has its handler _h_<name>: (match, context, start, end) -> _Atom | None.
_HANDLERS: dict[str, Callable] = {k: globals()[f"_h_{k}"] for k, _ in _ATOMS}


# ----------------------------------------------------------------------------------------------
# Scanning and joining


def _scan_atoms(ctx: _Context) -> list[_Atom]:
    """Leftmost atoms, tried only where a candidate word or number starts; an atom the handler
    rejects leaves its start word to the next candidate."""
    s = ctx.sentence
    low = s.lower()
    if len(low) == len(s):
        starts = _candidate_starts(low)
    else:  # a few characters lower-case to two; offsets must stay valid
        low, starts = s, (c.start() for c in _candidate_any_case().finditer(s))
    atoms: list[_Atom] = []
    taken = 0
    for start in starts:
        if start < taken:
            continue
        if low[start].isdigit():
            pattern = _digit_atoms()
        else:
            char = s[start].lower()
            pattern = _atoms_at(char)
        m = pattern.match(s, start)
        if m is None:
            continue
        try:
            atom = _atom_from(m, ctx)
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
    m = _PREFIX.search(s, low, max(lo, start - 24), start)
    if not m:
        return None, start
    return " ".join(m["prep"].lower().split()), m.start()


def _accept(atom: _Atom, s: str, prep: str | None, partner: bool = False) -> bool:
    """Context checks the grammar cannot make: plain years, bare months and bare seasons."""
    if atom.kind == "year":
        return _years_ok(s, atom.start, atom.end, atom.year, prep, partner)
    if atom.kind == "bare":
        return partner or prep in _TEMPORAL_PREPS
    return True


_RANGEABLE = frozenset({"year", "date", "yearless", "month", "bare"})


def _is_range(prep: str | None, a: _Atom, b: _Atom, gap: str) -> bool:
    """"between A and B", "from A to B", "A-B", "A through B"."""
    if prep == "between":
        return bool(_GAP_AND.fullmatch(gap))
    if not _GAP_TO.fullmatch(gap):
        return False
    if prep == "from" or _GAP_DASH.fullmatch(gap):
        return a.kind != "ref" and b.kind != "ref"
    return a.kind in _RANGEABLE and b.kind in _RANGEABLE


def _is_pair(prep: str | None, a: _Atom, b: _Atom, gap: str) -> bool:
    """"in January and February": one interval over both."""
    return (prep in (None, "in", "during", "of", "for", "throughout") and a.granularity == b.granularity
            and a.granularity in ("month", "year") and a.kind in _RANGEABLE and b.kind in _RANGEABLE
            and bool(_GAP_AND.fullmatch(gap)))


def _hull_atoms(a: _Atom, b: _Atom, start: int, end: int, relation: str, granularity: str) -> _Atom:
    if a.kind in ("yearless", "bare") and b.basis == "explicit" and b.lo is not None and a.month:
        _with_year(a, b.lo.year if a.month <= b.lo.month else b.lo.year - 1)
    if a.lo is None or b.hi is None or b.hi < a.lo:
        lo = hi = None
        basis = "unresolved"
    else:
        lo, hi = a.lo, b.hi
        basis = "explicit" if a.basis == b.basis == "explicit" else "relative"
    return _Atom(start, end, lo, hi, granularity, basis, "span", relation=relation)


def _join(atoms: list[_Atom], ctx: _Context) -> list[TimeMention]:
    """Attach prepositions, join ranges ("between A and B") and pairs ("in January and February")."""
    s = ctx.sentence
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
                    and _accept(b, s, "in"):  # "a year later, in 2013": the explicit date wins
                joined = _Atom(pstart, b.end, b.lo, b.hi, b.granularity, b.basis, "date")
            elif _is_range(prep, a, b, gap) and _accept(a, s, prep, partner=True) \
                    and _accept(b, s, None, partner=True):
                joined = _hull_atoms(a, b, pstart, b.end, "range", "span")
                if prep in _PREP_RELATION:  # "since 2014-2016" keeps its "since"
                    joined.relation = _PREP_RELATION[prep]
            elif _is_pair(prep, a, b, gap) and _accept(a, s, prep or "in", partner=True) \
                    and _accept(b, s, "in", partner=True):
                joined = _hull_atoms(a, b, pstart, b.end, _PREP_RELATION.get(prep, "in"), a.granularity)
        if joined is not None:
            _finish_since(joined, ctx)
            out.append(_mention(s, joined))
            prev_end = joined.end
            i += 2
            continue
        i += 1
        if not _accept(a, s, prep) or (a.kind == "year" and prep in ("between", "from")
                                       and _COUNT_RANGE_AFTER.match(s, a.end)):
            continue  # "between 2000 and 3000 people": the first number is a count too
        if prep:
            a.start = pstart
        if a.kind not in ("ref", "later"):
            relation = _PREP_RELATION.get(prep, "in")
            if relation != "in" or a.relation == "in":
                a.relation = relation
            _finish_since(a, ctx)
        out.append(_mention(s, a))
        prev_end = a.end
    return out


def _finish_since(atom: _Atom, ctx: _Context) -> None:
    """"since X" runs from the start of X to the publication (open when it is unknown)."""
    if atom.relation != "since" or atom.lo is None:
        return
    latest = ctx.anchor.latest if ctx.anchor else None
    atom.hi = max(latest, atom.lo) if latest else None


def _mention(s: str, atom: _Atom) -> TimeMention:
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


# ----------------------------------------------------------------------------------------------
# Public surface


def find_times(sentence: str, anchor: Anchor | None) -> list[TimeMention]:
    """Every time expression in one sentence, sorted by start and non-overlapping."""
    if not sentence:
        return []
    ctx = _Context(sentence, anchor)
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
                                              and _DAY_PRECISE.search(scope.text)):
                best_day = max(best_day or day, day)
            elif scope.granularity == "month":
                best_month = max(best_month or day[:7], day[:7])
    return best_day or best_month


_DAY_PRECISE = re.compile(r"\d{4}-\d\d-\d\d|(?:" + _MONTH + r")\s*\d|\d\s+(?:of\s+)?(?:" + _MONTH + ")")
