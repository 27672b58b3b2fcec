"""Plain frozen dataclasses passed between pipeline stages.

Every stage imports only this module and the stages before it, so the data contract between
stages lives here and nowhere else. ``to_json`` helpers give the DESIGN.md JSON shape.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from operator import attrgetter

from checker.fingerprints import finding_id, members, pairs


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from, as the user's metadata (or inference) says."""

    path: str  # POSIX path as given on the command line, relative when possible
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    published_from: str | None = None  # "metadata" | "inferred" | None when unknown
    language: str | None = None
    url: str | None = None
    language_from: str | None = None  # "detected" | "default" when no metadata named it; None: the metadata's

    def to_json(self) -> dict:
        doc = {
            "path": self.path, "title": self.title, "publisher": self.publisher, "author": self.author,
            "published": self.published, "published_from": self.published_from,
            "language": self.language, "url": self.url,
        }
        if self.language_from:
            doc["language_from"] = self.language_from
        return doc


@dataclass(frozen=True, slots=True)
class Document:
    """The readable text of one source, with a map back to the raw file's lines.

    ``line_map[i]`` is the 1-based line in the raw file of line ``i`` (0-based) of ``text``;
    an empty map means the text *is* the file (line i+1).
    """

    source: Source
    text: str
    line_map: tuple[int, ...] = ()

    def raw_line(self, text_line: int) -> int:
        """1-based raw-file line for a 0-based line of ``text``."""
        if not self.line_map:
            return text_line + 1
        return self.line_map[min(text_line, len(self.line_map) - 1)]


@dataclass(frozen=True, slots=True)
class Problem:
    """Bad input that did not stop the run: an unreadable, empty, binary or mis-encoded file."""

    path: str
    message: str
    level: str = "error"  # "error" (input lost) | "warning" (input used, with a caveat)

    def to_json(self) -> dict:
        return {"path": self.path, "message": self.message, "level": self.level}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document, with offsets into ``Document.text`` and its raw line."""

    text: str
    start: int
    end: int
    line: int  # 1-based line in the raw file
    column: int  # 1-based column in that line
    paragraph: int  # 0-based paragraph index; inheritance never crosses a paragraph break
    boilerplate: bool = False  # navigation, related links, blurbs: yields no claims


@dataclass(frozen=True, slots=True)
class Value:
    """A stated figure and the interval it allows; ``None`` bounds are open."""

    point: float | None
    lo: float | None
    hi: float | None
    qualifier: str = "exact"  # exact|approx|over|at_least|under|at_most|nearly|range|as_low_as|as_high_as
    approximate: bool = False

    def to_json(self) -> dict:
        return {"point": _num(self.point), "lo": _num(self.lo), "hi": _num(self.hi),
                "qualifier": self.qualifier, "approximate": self.approximate}


@dataclass(frozen=True, slots=True)
class TimeScope:
    """An inclusive ISO date interval and how it was resolved."""

    start: str | None
    end: str | None
    text: str
    basis: str  # explicit | relative | inherited | publication | unresolved
    granularity: str = "day"  # year | quarter | month | week | day | decade | span

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "basis": self.basis,
                "granularity": self.granularity}


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    scope: TimeScope
    relation: str = "in"  # in | since | by | until | range | ago | later | reference
    calendar: bool = True  # a date, year or clock time (its digits are not quantities)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as stated in a sentence, with its unit and context (offsets within the sentence)."""

    start: int
    end: int
    text: str
    value: Value  # in the stated unit, scale words applied ("$12 million" -> 12e6)
    unit: str | None  # stated unit name: "dollar", "mile per hour", "percentage", a count noun, ...
    kind: str  # dimension: money | percent | count | length | duration | rate | ... | number
    noun: str | None = None  # the counted noun, singular ("officer"), when there is one
    change: str | None = None  # "up" | "down" stated by a verb or sign ("fell 45 percent", "+3%")
    noun_change: str | None = None  # "up" | "down" stated by a noun ("a 795 percent increase")
    currency: str | None = None  # ISO code for money ("USD", "EUR", ...)
    per: str | None = None  # period or base of a rate: "month", "year", "100000", "share", ...
    stated: tuple[float, ...] = ()  # the figures in text order: one, or two for a range
    qualifier: str | None = None  # how the value is bounded: over|at_least|under|at_most|approx|nearly|...


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a claim got one of its contexts (metric, subject or time): the words that bound it, the
    rule they matched, and the basis (DESIGN.md, "Context"): ``phrase`` (the figure's own words),
    ``predicate``, ``clause`` (its clause or sentence), ``discourse`` (carried: the previous figure,
    the place in focus in the paragraph, the article's main place) or ``publication``."""

    field: str  # metric | subject | time; revision: a later figure of its sentence corrects it
    basis: str
    words: str = ""
    rule: str | None = None

    def to_json(self) -> dict:
        return {"basis": self.basis, "words": self.words, "rule": self.rule}


@dataclass(frozen=True, slots=True)
class Claim:
    """One canonical numeric or temporal statement (DESIGN.md, "Claims")."""

    id: str
    source: str
    line: int
    column: int
    start: int  # character offsets in the document text
    end: int
    sentence: str
    text: str
    kind: str  # "quantity" | "event"
    metric: str | None
    subject: tuple[str, ...]
    attribution: str | None
    value: Value | None
    unit: str | None
    noun: str | None
    change: str | None
    time: TimeScope | None
    binding: tuple[Evidence, ...] = ()  # why the context was bound, one entry per field at most

    def evidence(self, field: str) -> Evidence | None:
        """The evidence for one context field ("metric", "subject", "time"), if recorded."""
        for e in self.binding:
            if e.field == field:
                return e
        return None

    def rebound(self, evidence: Evidence) -> tuple[Evidence, ...]:
        """The binding with ``evidence`` in place of what was recorded for its field."""
        return tuple(e for e in self.binding if e.field != evidence.field) + (evidence,)

    def to_json(self) -> dict:
        return {
            "id": self.id, "source": self.source, "line": self.line, "column": self.column,
            "start": self.start, "end": self.end, "sentence": self.sentence, "text": self.text,
            "kind": self.kind, "metric": self.metric, "subject": list(self.subject),
            "attribution": self.attribution,
            "value": self.value.to_json() if self.value else None,
            "unit": self.unit, "noun": self.noun, "change": self.change,
            "time": self.time.to_json() if self.time else None,
            "binding": {e.field: e.to_json() for e in self.binding},
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the claim stage produced for a corpus: sources, claims and input problems;
    ``claim_json``, when the cache supplied it, holds each claim as ``json_text`` prints it."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...] = field(default=())
    claim_json: tuple[str, ...] = field(default=(), compare=False, repr=False)


KINDS_BY_WEIGHT = ("agreement", "drift", "conflict")  # finding kinds, mildest first


@dataclass(frozen=True, slots=True)
class Finding:
    """What the rule engine says about a set of claims (DESIGN.md, "Findings")."""

    id: str
    fingerprint: str  # stable across runs, line moves and re-wrapping (checker.fingerprints)
    kind: str  # agreement | drift | conflict
    severity: str  # info | warning | error
    rule: str  # the check that made it ("value", "event-date", "daily-average", ...)
    metric: str | None  # metric or event id; a generic "noun:unit" key when no rule names it
    subject: tuple[str, ...]
    period: str  # the period compared, as text ("2016", "2015-01-01..2015-02-28", "as of 2019-02")
    message: str
    claims: tuple[Claim, ...]
    upstream: str | None = None  # every claim cites this one origin: corroboration counts once
    baseline: str | None = None  # "new" | "unchanged" when the run is compared with a baseline
    suppressed: Suppression | None = None  # the reviewed entry that accepts this finding

    @property
    def unreviewed(self) -> bool:
        """Whether the finding can fail a run: neither in the baseline nor suppressed."""
        return self.baseline != "unchanged" and self.suppressed is None

    def to_json(self) -> dict:
        doc = {"id": self.id, "fingerprint": self.fingerprint, "kind": self.kind, "severity": self.severity,
               "rule": self.rule, "metric": self.metric, "subject": list(self.subject), "period": self.period,
               "message": self.message, "upstream": self.upstream, "claims": [c.id for c in self.claims],
               "members": list(members(self.claims))}
        if self.baseline:
            doc["baseline"] = self.baseline
        if self.suppressed:
            doc["suppressed"] = self.suppressed.to_json()
        return doc


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding in a baseline file: the fingerprint matches, the rest is for people."""

    fingerprint: str
    check: str
    kind: str
    metric: str | None
    sources: tuple[str, ...]
    message: str
    members: tuple[str, ...] = ()  # one key per claim (checker.fingerprints.members): matches pair by pair

    @property
    def id(self) -> str:
        """The finding id this fingerprint gives (what suppressions and reports quote)."""
        return finding_id(self.fingerprint)

    @property
    def pairs(self) -> set[tuple[str, ...]]:
        """The pairs of claims this entry accepted (checker.fingerprints.pairs)."""
        return pairs(self.check, self.kind, self.metric, self.members)

    def to_json(self) -> dict:
        doc = {"fingerprint": self.fingerprint, "check": self.check, "kind": self.kind, "metric": self.metric,
               "sources": list(self.sources), "message": self.message}
        if self.members:
            doc["members"] = list(self.members)
        return doc


@dataclass(frozen=True, slots=True)
class SuppressionMatch:
    """Which drift and conflicts a match entry accepts: every field given must hold."""

    check: str | None = None  # check id
    metric: str | None = None  # metric or event id
    sources: tuple[str, ...] = ()  # globs: each source of the finding must match one of them

    @property
    def label(self) -> str:
        """``check=value sources=wire/*.txt``: how messages name the entry."""
        given = (("check", self.check), ("metric", self.metric), ("sources", ",".join(self.sources)))
        return " ".join(f"{key}={value}" for key, value in given if value)

    def to_json(self) -> dict:
        doc = {"check": self.check, "metric": self.metric, "sources": list(self.sources)}
        return {key: value for key, value in doc.items() if value}


@dataclass(frozen=True, slots=True)
class Suppression:
    """A reviewed decision to accept findings: which (one fingerprint or its id, or a match), why,
    until when."""

    fingerprint: str | None  # a full "v1:..." fingerprint or a finding id (its first 16 hex digits)
    reason: str
    line: int  # where the entry starts in the suppressions file, for messages
    expires: str | None = None  # ISO date; from that day on the entry no longer applies
    reviewed_by: str | None = None
    match: SuppressionMatch | None = None  # set instead of a fingerprint

    @property
    def label(self) -> str:
        """How messages name the entry: its fingerprint, or ``match check=...``."""
        return self.fingerprint or f"match {self.match.label}"

    def to_json(self) -> dict:
        doc = {"fingerprint": self.fingerprint} if self.fingerprint else {"match": self.match.to_json()}
        doc["reason"] = self.reason
        if self.expires:
            doc["expires"] = self.expires
        if self.reviewed_by:
            doc["reviewed_by"] = self.reviewed_by
        return doc


@dataclass(frozen=True, slots=True)
class Review:
    """What a baseline and a suppressions file made of a run: entries gone, entries unused."""

    baseline: str | None = None  # the baseline file compared with, as given
    absent: tuple[BaselineEntry, ...] = ()  # baseline entries no finding matches any more (resolved)
    suppressions: str | None = None  # the suppressions file applied, as given
    unused: tuple[Suppression, ...] = ()  # entries that matched no finding
    expired: tuple[Suppression, ...] = ()  # entries past their expiry date (they no longer apply)

    @property
    def stale(self) -> tuple[tuple[Suppression, bool], ...]:
        """The suppressions to clean up, each with whether it expired: the unused ones, then the
        expired ones (every report lists them in this order, in its own words)."""
        return (*((e, False) for e in self.unused), *((e, True) for e in self.expired))

    def to_json(self) -> dict:
        return {"baseline": self.baseline, "absent": [e.to_json() for e in self.absent],
                "suppressions": self.suppressions, "unused": [s.to_json() for s in self.unused],
                "expired": [s.to_json() for s in self.expired]}


def _num(x: float | None) -> float | int | None:
    """Integers print as integers in JSON; everything else as a float rounded for stability."""
    if x is None:
        return None
    if float(x).is_integer() and abs(x) < 1e15:
        return int(x)
    return float(f"{x:.10g}")


encode_json = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode  # the JSON reports' encoder (C, compact
# lines); strict JSON: a NaN or an infinity is refused, never written as a bare word


def json_text(record) -> str:
    """A claim, source or finding as one line of a JSON report."""
    return encode_json(record.to_json())


def _pickled_by_fields(cls: type) -> None:
    """Pickle ``cls`` as a call of the class with its fields (read by one C attrgetter) instead of
    dataclasses' slot state (a Python loop per field each way): the claims that worker processes
    send back to the parent are pickled 7x and unpickled 2x faster; the objects are the same."""
    get = attrgetter(*(f.name for f in fields(cls)))
    cls.__reduce__ = lambda self: (cls, get(self))


for _record in (Source, Problem, Value, TimeScope, Evidence, Claim):
    _pickled_by_fields(_record)
