"""Items of a bulleted list under a header that ends in a colon and gives their unit: "**Remesas de
Zembla (millones de dólares):**" then "- 2021: 1.234,5", or "Homicide rates (per 100,000
people):" then "- Zembla: 31.3". An item's bare number (a count with no noun of its own) is in the
header's unit (a scale and a currency, or a rate's base, read as the document reads numbers; a plural
scale the number grammar reads as a count, "millions of dollars", "US$ millions", as its singular), and of
the one metric of that unit the header names (``rate_focus.header_metric``; basis ``clause``, "(the
list's header)"); none named, none given. The item's own place and time stay its own. An item's
number with a scale word and no unit right after an item of money takes that money (``in_siblings``)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from checker import canonical, lang, numbers
from checker.binding import matchers, rate_focus
from checker.binding import metric as metrics
from checker.model import Claim, Evidence, Quantity, Sentence
from checker.numbers import Reading
from checker.ruleset import RuleSet

_HEADER_END = re.compile(r":[\s*_]*\Z")  # "...:" or "...:**"
BULLETED = re.compile(r"\s*[-*•–]\s+\S")  # a bulleted list's item (binding.time_scope reads it too)
_WORD_START = re.compile(r"(?<![\w$€£])[^\W\d_]")


def headed(claims: list[Claim], sentences: Sequence[Sentence], reading: Reading, tables: matchers.Matchers,
           rules: RuleSet, code: str) -> list[Claim]:
    """``claims`` of one document, the bare numbers of list items read in their header's unit, or in
    the money of the item right before them (``in_siblings``), none of a metric their label's verb
    gives when the label names things (``counted_by_label``)."""
    claims = in_siblings(_headed(claims, sentences, reading, tables, rules, code), sentences, tables)
    return counted_by_label(claims, sentences, tables, code)


def _headed(claims: list[Claim], sentences: Sequence[Sentence], reading: Reading, tables: matchers.Matchers,
            rules: RuleSet, code: str) -> list[Claim]:
    spans: list[tuple[int, int, tuple[str, str], str | None, str | None]] = []  # items' (start, end, unit words
    # before and after the number, metric, its words)
    for k, header in enumerate(sentences[:-1]):
        if not (_HEADER_END.search(header.text) or _bare_header(header.text)) or not BULLETED.match(sentences[k + 1].text):
            continue  # most sentences: no colon at the end
        unit = _unit_words(header.text, reading)
        said = _NOTE.sub(lambda note: " " * len(note.group()), header.text)  # "(police)": whose figures, not what
        hits = matchers.metric_hits(matchers.words(said), tables)
        if unit is None:
            named = _named(header.text, hits, tables)
            if named is None:
                continue
            words = _COUNTED
        else:
            words, canonical_unit = unit
            named = rate_focus.header_metric(header.text, len(header.text), canonical_unit, hits, rules, code)
        items = sentences[k + 1:k + 1 + _MAX_ITEMS]
        end = next((i for i, s in enumerate(items) if not BULLETED.match(s.text)), len(items))
        where = tuple(dict.fromkeys(name for _, _, name in matchers.places(header.text, tables)))
        spans += [(s.start, s.end, words, *(named or (None, None)), where) for s in items[:end]]
    if not spans:
        return claims
    return [_in_unit(c, spans, reading, rules, sentences, tables) if _unmetered(c) else c for c in claims]


def _bare_header(text: str) -> bool:
    """Whether a line is a header though no colon closes it: a few words with no stop at their end
    ("Homicide rate per 100,000 people (police)" right above the list)."""
    return not _STOPPED.search(text) and len(text.split()) <= _HEADER_WORDS and not BULLETED.match(text)


_STOPPED = re.compile(r"[.!?;,:][\s*_)\]\"”’]*\Z")  # a sentence's (or an item's) end
_HEADER_WORDS = 15


_NOTE = re.compile(r"\([^()]*\)")
_COUNTED = ("", "")  # the unit words of a header that states none: its items keep their own


def _named(header: str, hits: dict, tables: matchers.Matchers) -> tuple[str, str] | None:
    """The one metric a header with no unit names by its terms ("Homicides in Zembla, by year:",
    "Remittances by year were:"), with its words; None when it names none, several, a veto or a
    subgroup of it ("Homicides of women:")."""
    named = [(mid, roles) for mid, roles in hits.items() if roles.get("terms")]
    if len(named) != 1 or "exclude" in named[0][1]:
        return None
    mid, roles = named[0]
    low = header.lower()
    if any(re.search(rf"\b{re.escape(group)}\b", low) for group in tables.subgroups[mid]):
        return None
    lo, hi = roles["terms"][0]
    return mid, header[lo:hi]


_MAX_ITEMS = 40  # a list longer than this is no box of figures under one header


def _unit_words(header: str, reading: Reading) -> tuple[tuple[str, str], str] | None:
    """How the header states money with its scale or a rate's base, as the words to read before and after
    an item's number ("", " millones de dólares"; "", " per 100,000 people"; "US$ ", " million" for "US$
    millions"), and that unit in canonical form; None when it states none."""
    for word in _WORD_START.finditer(header):
        found = _first(reading.find(f"1 {header[word.start():]}"))
        if found is not None and found.end > 2:
            unit = canonical.value_and_unit(found)[1]
            # money with its scale ("millones de dólares"), or a rate's base; never "1 año": no list in years
            if found.kind == "money" and (found.value.point or 0) > 1 or unit == _RATE:
                return ("", " " + header[word.start():word.start() + found.end - 2]), unit
    return _in_plural_scale(header, reading)


def _in_plural_scale(header: str, reading: Reading) -> tuple[tuple[str, str], str] | None:
    """Money in a plural scale word, which the number grammar reads as a count of millions ("millions of
    dollars", "in millions of US dollars") or with the currency before it ("US$ millions"): the words of
    the singular scale with that currency, before and after an item's number, and its canonical unit."""
    singulars = _singular_scales(reading.code)
    for plural in _WORD.finditer(header):
        singular, scale = singulars.get(plural.group(0).lower(), (None, None))
        if singular is None:
            continue
        after = header[plural.end():].split(None, 1)  # "of dollars)": the currency after a link word
        before = "".join(header[:plural.start()].split()[-1:]).lstrip("([")  # "(US$": the currency before it
        for lead, tail in (("", f" {singular}{header[plural.end():]}"), ("", f" {singular} {''.join(after[1:])}"),
                           (f"{before} " if before else "", f" {singular}")):
            found = _first(reading.find(f"{lead}1{tail}"))
            if found is None or found.kind != "money" or found.value.point != scale or found.end <= len(lead) + 1:
                continue
            return (lead, tail if lead else tail[:found.end - 1]), canonical.value_and_unit(found)[1]
    return None


@cache
def _singular_scales(code: str) -> dict[str, tuple[str, float]]:
    """Each plural scale word ("millions", "millones") and its scale word with its value ("million")."""
    pack = lang.load(code)
    scales = pack["scales"]
    out = {}
    for plural, value in pack["vague_plurals"].items():
        singular = plural if plural in scales else next((w for w, v in scales.items() if v == value and
                                                         plural.startswith(w)), None)
        if singular is not None and value >= 1000:
            out[plural] = (singular, float(value))
    return out


_WORD = re.compile(r"[^\W\d_]+")
_RATE = "per 100000"


def _first(found: list[Quantity]) -> Quantity | None:
    return found[0] if found and found[0].start == 0 else None


def _unmetered(claim: Claim) -> bool:
    """A figure with no noun and no metric: what an item states under its header."""
    return claim.kind == "quantity" and claim.noun is None and claim.metric is None


def _bare(claim: Claim) -> bool:
    """A count with no noun and no metric: a number an item states without a unit of its own."""
    return _unmetered(claim) and claim.unit == "count"


def _in_unit(claim: Claim, spans, reading: Reading, rules: RuleSet, sentences: Sequence[Sentence],
             tables: matchers.Matchers) -> Claim:
    at = next((span for span in spans if span[0] <= claim.start < span[1]), None)
    if at is None:
        return claim
    start, _, words, metric, metric_words, where = at
    if words is _COUNTED:
        if claim.unit != rules.metrics[metric].unit:
            return claim  # "- 2016: 310" under "Remittances by year:": no money
        return _counted_item(claim, next(s for s in sentences if s.start == start), metric, metric_words, where,
                             rules, tables)
    lead, tail = words
    if not _bare(claim):
        return claim
    found = _first(reading.find(f"{lead}{claim.text}{tail}"))
    if found is None or found.end <= len(lead) + len(claim.text):
        return claim
    value, unit, _ = canonical.value_and_unit(found)
    if metric is None:
        return replace(claim, value=value, unit=unit)
    evidence = Evidence("metric", "clause", f"{metric_words} (the list's header)", rules.metrics[metric].where)
    return replace(claim, value=value, unit=unit, metric=metric, binding=claim.rebound(evidence))


def _counted_item(claim: Claim, item: Sentence, metric: str, metric_words: str, where: tuple[str, ...],
                  rules: RuleSet, tables: matchers.Matchers) -> Claim:
    """An item of a list under a header naming its metric ("- 2014: 2,716", "- Zembla: 2,716", "-
    2015: $4.3 billion"; not "- Women: 410", a part), of the header's metric, and of its place when
    the item names none ("Homicides in Zembla, by year:"); none when the header names several places
    and the item none."""
    if not _labelled_by_time_or_place(item, claim, tables):
        return claim
    own = claim.evidence("subject")
    if where and (own is None or own.basis not in ("phrase", "clause")):
        if len(where) > 1:
            return claim
        said = Evidence("subject", "clause", f"{where[0]} (the list's header)")
        claim = replace(claim, subject=where, binding=claim.rebound(said))
    evidence = Evidence("metric", "clause", f"{metric_words} (the list's header)", rules.metrics[metric].where)
    return replace(claim, metric=metric, binding=claim.rebound(evidence))


_LABEL = re.compile(r"\s*[-*•–]\s+(.*?)\s*:\s*$")  # an item's label: "- 2014: ", "- Zembla City: "
_YEAR = re.compile(r"(?:\d{4}|\d{4}\s*[-–]\s*\d{2,4})")


def _labelled_by_time_or_place(item: Sentence, claim: Claim, tables: matchers.Matchers) -> bool:
    """Whether the claim's number follows a label that is a year, its own time ("- Fiscal 2017: 9,317") or a
    known place, all of it."""
    label = _LABEL.match(item.text[:claim.start - item.start])
    if label is None:
        return False
    if _YEAR.fullmatch(label.group(1)) or claim.time is not None and claim.time.text == label.group(1):
        return True
    places = matchers.places(label.group(1), tables)
    return len(places) == 1 and places[0][0] == 0 and places[0][1] == len(label.group(1))


def counted_by_label(claims: list[Claim], sentences: Sequence[Sentence], tables: matchers.Matchers,
                     code: str) -> list[Claim]:
    """``claims`` without the metric a list item's figure took from a verb of its label when the label
    opens on a noun of things (``records_and_loads``, ``facility_nouns``: "- Unidades detenidas: 3.119",
    buses halted, no arrests; "- Vehicles seized: 419"): the label's noun is what the figure counts."""
    starts = [s.start for s in sentences]
    out = []
    for claim in claims:
        why = claim.evidence("metric") if claim.metric and claim.kind == "quantity" else None
        item = sentences[bisect_right(starts, claim.start) - 1] if why is not None and why.basis == "clause" else None
        label = _LABEL.match(item.text[:claim.start - item.start]) if item is not None else None
        if label is not None and label.group(1)[:1].isalpha() and _counts_things(label.group(1), claim.metric, tables, code):
            claim = replace(claim, metric=None, binding=tuple(e for e in claim.binding if e.field != "metric"))
        out.append(claim)
    return out


def _counts_things(label: str, metric: str, tables: matchers.Matchers, code: str) -> bool:
    first = label.split()[0].lower()
    nouns = numbers.module(code, "nouns")
    thing = nouns.singular_of(first) if nouns.looks_plural(first) else first
    hits = matchers.metric_hits(matchers.words(label), tables).get(metric, {})
    return metrics.names_things(thing, code) and not any(lo == 0 for lo, _ in hits.get("terms", ()))


def in_siblings(claims: list[Claim], sentences: Sequence[Sentence], tables: matchers.Matchers) -> list[Claim]:
    """A list item's number with a scale word and no unit ("- 2023: 6.8 billion", "- 2023: 6.845
    millones") right after an item whose one figure is money ("- 2022: $6.3 billion"): the same
    money and metric; a bare count labelled by a year or a place ("- 2017: 3,960") right after an
    item so labelled whose first figure is a count of a metric ("- 2016: 4,120 homicides", or a bare
    one that took it so): that metric. Unless its own words name another metric's ("- Homicides:
    2.3 thousand"). Only items that follow such a sibling in one list."""
    bare = [c for c in claims if _bare(c)]
    if not bare:
        return claims
    starts = [s.start for s in sentences]
    out = {c.id: c for c in claims}
    for claim in bare:
        k = bisect_right(starts, claim.start) - 1
        if k < 1 or not _LIST_ITEM.match(sentences[k].text) or not _LIST_ITEM.match(sentences[k - 1].text):
            continue
        item, before = sentences[k], sentences[k - 1]
        mine = [c for c in claims if item.start <= c.start < item.end and c.kind == "quantity" and c.unit == claim.unit]
        theirs = [out[c.id] for c in claims if before.start <= c.start < before.end and c.kind == "quantity"]
        if len(mine) != 1 or not theirs:
            continue
        sibling, scaled = theirs[0], _SCALE_WORD.search(claim.text)
        if scaled and (len(theirs) != 1 or not _money(sibling.unit)) or not scaled and not (
                sibling.unit == "count" and sibling.metric and _labelled_by_time_or_place(item, claim, tables)
                and _labelled_by_time_or_place(before, sibling, tables)):
            continue
        if not set(matchers.metric_hits(matchers.words(item.text), tables)) <= {sibling.metric}:
            continue  # "- Homicides: 2.3 thousand": another metric's item
        if sibling.metric is None:
            out[claim.id] = replace(claim, unit=sibling.unit)
        else:
            said = f"{sibling.text} (the list item before{', in its money' if scaled else ''})"
            out[claim.id] = replace(claim, unit=sibling.unit, metric=sibling.metric,
                                    binding=claim.rebound(Evidence("metric", "clause", said)))
    return [out[c.id] for c in claims]


_LIST_ITEM = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s+\S")  # a bulleted or numbered list's item
_SCALE_WORD = re.compile(r"\d\s*[^\W\d_]")  # digits and a word after them: "6.8 billion", "6.845 millones"


def _money(unit: str | None) -> bool:
    """Whether a canonical unit is money: a currency's code ("USD"), not money per something."""
    return unit is not None and len(unit) == 3 and unit.isupper()
