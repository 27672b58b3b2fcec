"""Claims: turn the quantities, time expressions and events of each sentence into canonical claims.

For every sentence of a document: time expressions (timex) and quantities (numbers) are found,
each quantity gets a canonical unit (units), a metric and subject entities from the rule set, a
time scope (same clause, else sentence, else inherited when the sentence refers back, else the
publication date) and an attribution; event kinds from the rules become dated event claims.

Cost: linear in the text. Rule look-ups are dictionaries and compiled regexes built once per
RuleSet (``_Matchers``, cached); n-grams are looked up only while their words begin some alias or
phrase, and regexes that scan a whole sentence are skipped when it lacks the words they need
(``AnyCase`` ``needs``, attribution cues). pint is consulted once per distinct unit (its own
cache). Claims are built with ``quick_constructor``.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Iterable, NamedTuple

from rapidfuzz import fuzz, process

from checker import lang, timex, units
from checker.binding import average as averages
from checker.binding import difference as differences
from checker.binding import event as events
from checker.binding import metric as metrics
from checker.binding import period as periods
from checker.binding import subject as subjects
from checker.model import Claim, Document, Evidence, Problem, Quantity, Sentence, Source, TimeMention, TimeScope, Value, quick_constructor
from checker.numbers import find_quantities
from checker.ruleset import RuleSet
from checker.text import AnyCase, AsciiTwin, lower_for_matching, reads_same_in_ascii, split_sentences

# Claims, values and time scopes are made by the thousand (see quick_constructor).
_make_claim, _make_value, _make_time_scope = (quick_constructor(cls) for cls in (Claim, Value, TimeScope))


# Words by which a sentence points back at the previous one ("this dropped to around 70"): near
# its start, or a phrase anywhere.
_REFERS_BACK_OPENING = AnyCase(r"\W*(?:\w+\s+){0,2}"
                               r"(?:this|that|these|those|it|the figure|the number|the rate|the total)\b")
_BACK_PHRASES = ("since then", "at that time", "that year", "those years", "the same period")
_REFERS_BACK_PHRASE = AnyCase(rf"\b(?:{'|'.join(_BACK_PHRASES)})\b", needs=_BACK_PHRASES)
# Where a clause ends: a semicolon, a colon, a comma or full stop before a closing quote, a spaced
# dash, a comma before a conjunction, "while"/"whereas"; any space before it belongs to the break.
_BREAK = r";|:\s|[,.][\"”]\s|\s[—–]\s|,\s+(?:while|whereas|but|although|though|when|and)\b|\s+(?:while|whereas)\s"
CLAUSE_BREAK_PLAIN = rf"\s*(?:{_BREAK})"  # the plain form, kept as the reference for the one below
# The same matches in the same order, written to open with a character class, so that re skips
# straight to the spaces and punctuation that may start a break (the plain form, which opens with
# "\s*", is tried at every character). The first character is consumed; what may follow it in a
# break is checked at once (that turns away the spaces before words); then a lookbehind says
# which branch goes on: after a space, more space and a break, or a spaced dash or "while".
_CLAUSE_BREAK = AnyCase(
    r"[\s;:,.](?=[\s;:,.—–w\"”]|(?<=;))(?:"
    rf"(?<=\s)(?:\s*(?:{_BREAK})|[—–]\s|\s*(?:while|whereas)\s)"
    r"|(?<=;)|(?<=:)\s|(?<=[,.])[\"”]\s"
    r"|(?<=,)\s+(?:while|whereas|but|although|though|when|and)\b)"
)
# Attribution patterns, each with the words one of which it needs: as written, or (``any_case``)
# in the lower-cased sentence. Most sentences hold none, and a few ``in`` tests cost less than
# one regex scan.
_ATTRIBUTION = (
    (("accord",), True,
     re.compile(r"\b(?i:according to) (?:an? |the )?(?:(?:new |recent |official )?(?:report|investigation|study|data|figures|analysis|statement|news release|release) (?:from|by|of) )?(?:the )?([A-Z][\w.&'’-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w.&'’-]*)*)")),
    (("citing",), False,
     re.compile(r"\bciting (?:the )?([A-Z][\w.&'’-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w.&'’-]*)*)")),
    (("cited",), False,
     re.compile(r"\bcited by (?:the )?([A-Z][\w.&'’-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w.&'’-]*)*)")),
    (("said", "says", "report", "noted", "added", "found", "estimat", "told"), False,
     re.compile(r"\b((?:[Tt]he )?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*|the paper|the newspaper|the report) (?:said|says|reported|reports|noted|added|found|estimated|estimates|told)\b")),
)
_PAPER = re.compile(r"^(?:the )?(?:paper|newspaper|report)$", re.I)


def document_claims(doc: Document, rules: RuleSet) -> tuple[Source, list[Claim], list[Problem]]:
    """The claims of one document; also the source with an inferred publication date if needed."""
    boiler = rules.boilerplate
    sentences = split_sentences(doc, boiler.paragraph_markers if boiler else (), boiler.tail_markers if boiler else ())
    source, problems = _dated_source(doc.source, sentences)
    anchor = timex.parse_published(source.published)
    matchers = _matchers(rules)
    code = lang.code_of(source.language)
    state = _State(anchor=anchor, publication=_publication(anchor), code=code,
                   focus=_main_place(source, sentences, matchers))
    claims: list[Claim] = []
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        claims.extend(_sentence_claims(source, sentence, rules, matchers, state))
    return source, claims, problems


def _dated_source(source: Source, sentences: list[Sentence]) -> tuple[Source, list[Problem]]:
    if source.published:
        return source, []
    inferred = timex.infer_published((s.text for s in sentences if not s.boilerplate), source.language)
    if inferred:
        return (replace(source, published=inferred, published_from="inferred"),
                [Problem(source.path, f"no publication date in metadata; inferred {inferred} from the text", "warning")])
    return source, [Problem(source.path, "no publication date: relative dates ('last year', 'in March') stay unresolved",
                            "warning")]


@dataclass
class _State:
    """What later sentences of a document may inherit from earlier ones."""

    anchor: timex.Anchor | None
    publication: TimeScope | None  # "as of" the publication date: the scope of claims with no time
    last_time: TimeScope | None = None
    sentence_time: TimeScope | None = None  # the period of the sentence's last figure so far: its time in focus
    series: tuple[int, int, Claim] | None = None  # (paragraph, sentence start, claim): the last figure with a metric
    rates: dict[str, tuple[int, Claim]] = field(default_factory=dict)  # rate unit -> (sentence number, last figure)
    sentence_number: int = 0
    last_claim: Claim | None = None
    last_attribution: str | None = None
    code: str = lang.DEFAULT  # the source's language pack
    focus: subjects.Focus = field(default_factory=subjects.Focus)  # the place in focus (binding.subject)


_PLACE_TYPES = frozenset({"country", "city", "region"})  # the entity types a figure can be about


def _places(text: str, low: str | None, m: _Matchers) -> list[tuple[int, int, str]]:
    """The places a text names: entities of a place type (groups and organisations are no subject)."""
    return [e for e in _entities(text, _words(text, low), m) if m.entity_types.get(e[2]) in _PLACE_TYPES]


def _main_place(source: Source, sentences: list[Sentence], m: _Matchers) -> subjects.Focus:
    """The article's main place, from its title, else its opening paragraph (binding.subject)."""
    counts = subjects.MainPlace()
    if source.title:
        counts.title = [name for _, _, name in sorted(_places(source.title, lower_for_matching(source.title), m))]
    body = [s for s in sentences if not s.boilerplate]
    for sentence in body:
        if sentence.paragraph != body[0].paragraph:
            break
        counts.opening.update(name for _, _, name in _places(sentence.text, lower_for_matching(sentence.text), m))
    main, where = counts.choose(lambda name: m.entity_types.get(name) == "country")
    return subjects.Focus(main=main, main_words=f"{', '.join(main)} (the article's {where})" if main else "")


# --------------------------------------------------------------------------- rule matchers


@dataclass(frozen=True)
class _Matchers:
    entity_keys: dict[tuple[str, ...], tuple[str, bool]]  # alias words -> (name, is an acronym)
    entity_longest: dict[str, int]  # first word of aliases -> most words in one: most words start none
    entity_prefixes: frozenset[tuple[str, ...]]  # two or more words that begin an alias
    entity_of: dict[str, str]
    fuzzy_aliases: dict[str, tuple[str, int]]  # single-word aliases of fuzzy sets -> (name, threshold)
    near_cache: dict[str, str | None]  # word -> entity its near spelling names, filled as words are seen
    entity_types: dict[str, str]
    phrase_roles: dict[tuple[str, ...], tuple[tuple[str, str], ...]]  # words -> (metric, role)
    phrase_longest: dict[str, int]  # first word of phrases -> most words in one: most words start none
    phrase_prefixes: frozenset[tuple[str, ...]]  # two or more words that begin a phrase
    metric_nouns: dict[str, frozenset[str]]
    subgroups: dict[str, tuple[str, ...]]  # metric -> subgroup nouns, lower case (binding.metric)
    has_verbs: dict[str, bool]
    metrics_by_unit: dict[str | None, tuple]  # unit -> (id, metric) of the metrics it fits, filled as units are seen
    event_res: dict[str, tuple[AnyCase | None, AnyCase | None]]
    any_event_object: AnyCase | None  # the objects of all events in one regex: most sentences name none


def _alternation(phrases: Iterable[str]) -> AnyCase | None:
    items = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not items:
        return None
    # ASCII phrases are lower-cased (re.I matches the same), so that the fast lower-case path applies
    phrases = [p.lower() if p.isascii() else p for p in items]
    body = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in phrases)
    # every match holds a phrase's first word as written (the lower-case path only, see AnyCase)
    return AnyCase(rf"(?<![\w-])(?:{body})(?![\w])", needs=sorted({p.split(" ")[0] for p in phrases}))


_matcher_cache: dict[str, _Matchers] = {}


def _matchers(rules: RuleSet) -> _Matchers:
    cached = _matcher_cache.get(rules.digest)
    if cached is not None:
        return cached
    entity_of: dict[str, str] = {}
    entity_types: dict[str, str] = {}
    entity_keys: dict[tuple[str, ...], tuple[str, bool]] = {}
    for entity in rules.entities:
        entity_types[entity.name] = entity.type
        for alias in (entity.name, *entity.aliases):
            entity_of[alias.lower()] = entity.name
            key = _phrase_key(alias)
            if key:
                entity_keys.setdefault(key, (entity.name, alias.isupper() and "." not in alias))
    fuzzy_aliases = {alias.lower(): (entity.name, entity_set.threshold)
                     for entity_set in rules.entity_sets.values() if entity_set.match == "fuzzy"
                     for entity in entity_set.entities for alias in (entity.name, *entity.aliases)
                     if " " not in alias and len(alias) >= 6}
    roles: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    metric_nouns, has_verbs = {}, {}
    for mid, metric in rules.metrics.items():
        nouns = frozenset(n.lower() for n in metric.nouns)
        plurals = [f"{n}s" for n in nouns] + [f"{n}es" for n in nouns]
        for role, phrases in (("terms", metric.terms), ("verbs", metric.verbs), ("exclude", metric.exclude),
                              ("nouns", [*nouns, *plurals])):
            for phrase in phrases:
                roles.setdefault(_phrase_key(phrase), set()).add((mid, role))
        metric_nouns[mid] = nouns
        has_verbs[mid] = bool(metric.verbs)
    phrase_roles = {key: tuple(sorted(value)) for key, value in roles.items() if key}
    event_res = {}
    for eid, event in rules.events.items():
        event_res[eid] = (_alternation(event.objects), _alternation(event.verbs))
    any_event_object = _alternation(obj for event in rules.events.values() if event.objects and event.verbs
                                    for obj in event.objects)
    built = _Matchers(
        entity_keys=entity_keys, entity_longest=_longest_by_first_word(entity_keys),
        entity_prefixes=_prefixes(entity_keys),
        entity_of=entity_of, fuzzy_aliases=fuzzy_aliases, near_cache={}, entity_types=entity_types,
        phrase_roles=phrase_roles, phrase_longest=_longest_by_first_word(phrase_roles),
        phrase_prefixes=_prefixes(phrase_roles),
        metric_nouns=metric_nouns, subgroups={mid: tuple(s.lower() for s in metric.subgroups) for mid, metric in rules.metrics.items()},
        has_verbs=has_verbs, metrics_by_unit={}, event_res=event_res,
        any_event_object=any_event_object)
    _matcher_cache[rules.digest] = built
    return built


def _prefixes(keys: Iterable[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Every run of two or more words that begins a key (the key itself included): an n-gram
    not among them begins no key, so longer ones from the same word need no look-up."""
    return frozenset(key[:size] for key in keys for size in range(2, len(key) + 1))


def _longest_by_first_word(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    longest: dict[str, int] = {}
    for key in keys:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


# --------------------------------------------------------------------------- sentences


@dataclass(frozen=True, slots=True)
class _Context:
    """What one sentence's analysis found, shared by every claim built from it."""

    source: Source
    sentence: Sentence
    low: str | None  # lower_for_matching(sentence text), for AnyCase regexes
    display: str  # the sentence as claims show it: whitespace runs made single spaces
    times: list[TimeMention]
    quantities: list[Quantity]
    clauses: list[tuple[int, int]]
    attribution: str | None
    places: list[tuple[int, int, str]]  # entities that may be subjects: all but organisations
    named: list[tuple[int, int]]  # spans of every entity and time expression: names that are known
    hits: dict[str, dict[str, list[tuple[int, int]]]]
    conjuncts: list[tuple[int, int]]  # per quantity, its part of the clause (see _conjuncts)
    refers_back: bool
    previous_claim: Claim | None


_make_context = quick_constructor(_Context)


def _sentence_claims(source: Source, sentence: Sentence, rules: RuleSet, m: _Matchers, state: _State) -> list[Claim]:
    text = sentence.text
    low = lower_for_matching(text)
    state.sentence_time = None
    state.sentence_number += 1
    times = timex.find_times(text, state.anchor, source.language)
    masks = timex.calendar_spans(text, times, source.language)
    quantities = [q for q in find_quantities(text, masks) if not _inside_time(q, times)]
    attribution = _attribution(text, low, m, state)  # remembered even here, for "the paper said" later on
    # An event needs one of its objects and a time in the sentence: most sentences have neither.
    may_state_event = bool(times) and m.any_event_object is not None and m.any_event_object.search(text, low)
    out: list[Claim] = []
    if quantities or may_state_event:
        words = _words(text, low)
        entities = _entities(text, words, m)
        places = [e for e in entities if m.entity_types.get(e[2]) in _PLACE_TYPES]
        named = [(a, b) for a, b, _ in entities] + [(t.start, t.end) for t in times]
        clauses = _clauses(text, low)
        ctx = _make_context(source=source, sentence=sentence, low=low, display=_display(text), times=times,
                            quantities=quantities, clauses=clauses, attribution=attribution, places=places, named=named,
                            hits=_metric_hits(words, m) if quantities else {},
                            conjuncts=_conjuncts(text, quantities, clauses), refers_back=_refers_back(text, low),
                            previous_claim=state.last_claim)
        out = [_quantity_claim(ctx, q, k, m, rules, state) for k, q in enumerate(quantities)]
        if may_state_event:
            out.extend(_event_claims(ctx, m, state))
    resolved = [t.scope for t in times if t.scope.start or t.scope.end]
    if resolved:
        state.last_time = resolved[-1]
    if out:
        last_quantity = [c for c in out if c.kind == "quantity"]
        if last_quantity:
            state.last_claim = last_quantity[-1]
    return out


def _refers_back(text: str, low: str | None) -> bool:
    return bool(_REFERS_BACK_OPENING.match(text, low) or _REFERS_BACK_PHRASE.search(text, low))


def _inside_time(q: Quantity, times: list[TimeMention]) -> bool:
    for t in times:  # a loop, not any(): most sentences have one time or none
        if t.start <= q.start and q.end <= t.end:
            return True
    return False


def _clauses(text: str, low: str | None) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _CLAUSE_BREAK.finditer(text, low):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


_COORDINATOR = re.compile(r"\s(?:and|but)\s")


def _conjuncts(text: str, quantities: list[Quantity], clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each figure's conjunct: its clause cut at the last "and"/"but" after the previous figure
    and the first one before the next figure of the same clause ("2 percent ... were detained and
    at least 18 people died in custody": "detained" is not about the 18)."""
    out = []
    for k, q in enumerate(quantities):
        a, b = _clause_of(clauses, q.start)
        if k and quantities[k - 1].end >= a:
            cuts = [mt.end() for mt in _COORDINATOR.finditer(text, quantities[k - 1].end, q.start)]
            a = cuts[-1] if cuts else a
        if k + 1 < len(quantities) and quantities[k + 1].start <= b:
            cut = _COORDINATOR.search(text, q.end, quantities[k + 1].start)
            b = cut.start() if cut else b
        out.append((a, b))
    return out


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b or pos == b:
            return a, b
    return clauses[-1]


def _attribution(text: str, low: str | None, m: _Matchers, state: _State) -> str | None:
    for cues, any_case, pattern in _ATTRIBUTION:
        haystack = (text.lower() if low is None else low) if any_case else text
        if not any(map(haystack.__contains__, cues)):
            continue
        match = pattern.search(text)
        if not match:
            continue
        name = match.group(1).strip()
        if name.endswith(".") and len(name) > 1 and name[-2].islower():
            name = name[:-1]  # the sentence's full stop, not an abbreviation like "U.S."
        if _PAPER.match(name):
            return state.last_attribution
        canonical = m.entity_of.get(name.lower()) or m.entity_of.get(re.sub(r"^the ", "", name, flags=re.I).lower())
        if canonical is None and (name.split()[0].lower() in ("the", "officials", "he", "she", "they", "it")):
            if len(name.split()) == 1:
                continue
        result = canonical or re.sub(r"^[Tt]he ", "", name)
        state.last_attribution = result
        return result
    return None


class _Words(NamedTuple):
    """The words of a sentence, found in one pass that all rule look-ups share."""

    spans: list[tuple[int, int]]
    lows: list[str]  # lower-cased; n-gram keys are slices of this list


_GROUP = re.Match.group


def _words(text: str, low: str | None) -> _Words:
    """A possessive "'s" is dropped, so "El Salvador's government" names El Salvador. In ASCII
    text the words are read from the lower-cased sentence ``low``: same places, already lower case."""
    if low is not None and reads_same_in_ascii(text):
        found = list(_WORD.ascii.finditer(low))
        lows = list(map(_GROUP, found))
    else:
        found = list(_WORD.unicode.finditer(text))
        lows = list(map(str.lower, map(_GROUP, found)))
    words = _Words(list(map(re.Match.span, found)), lows)
    if "'" in text or "’" in text:
        for i, low in enumerate(words.lows):
            if low.endswith(("'s", "’s")):
                words.lows[i] = low[:-2]
                words.spans[i] = (words.spans[i][0], words.spans[i][1] - 2)
    return words


def _entities(text: str, words: _Words, m: _Matchers) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every entity alias in the sentence, longest alias first.
    Acronyms ("US", "GAO") match only in capitals; other names and demonyms must be capitalised
    in the text, except organisations written in lower case ("the paper")."""
    spans, lows = words
    found, n = [], len(lows)
    longest_from = m.entity_longest
    near_length = 6 if m.fuzzy_aliases else float("inf")  # capitalised words this long may be near spellings
    candidates = [i for i, low in enumerate(lows) if low in longest_from or len(low) >= near_length]
    next_free = 0  # words before this belong to an alias already found
    for i in candidates:
        if i < next_free:
            continue
        low = lows[i]
        if low not in longest_from:
            if text[spans[i][0]].isupper():
                near = _near_alias(spans[i], low, m)
                if near is not None:
                    found.append(near)
            continue
        most, longest = min(longest_from[low], n - i), 1
        while longest < most and tuple(lows[i:i + longest + 1]) in m.entity_prefixes:
            longest += 1  # aliases of more words than begin one here cannot match
        for size in range(longest, 0, -1):
            hit = m.entity_keys.get(tuple(lows[i:i + size]))
            if hit is None:
                continue
            name, acronym = hit
            start, end = spans[i][0], spans[i + size - 1][1]
            surface = text[start:end]
            if acronym and not surface.isupper():
                continue
            if surface[:1].islower() and m.entity_types.get(name) != "organization":
                continue
            found.append((start, end, name))
            next_free = i + size
            break
    return found


def _near_alias(span: tuple[int, int], low: str, m: _Matchers) -> tuple[int, int, str] | None:
    """The alias that a capitalised word of six letters or more is a near spelling of ("Guatamalan")."""
    start, end = span
    if low not in m.near_cache:  # rapidfuzz once per distinct word, not per occurrence
        best = process.extractOne(low, m.fuzzy_aliases.keys(), scorer=fuzz.ratio, score_cutoff=85)
        name, threshold = m.fuzzy_aliases[best[0]] if best is not None else (None, 101)
        m.near_cache[low] = name if best is not None and best[1] >= threshold else None
    name = m.near_cache[low]
    return None if name is None else (start, end, name)


# --------------------------------------------------------------------------- quantity claims


def _quantity_claim(ctx: _Context, q: Quantity, k: int, m: _Matchers, rules: RuleSet, state: _State) -> Claim:
    source, sentence, previous_claim = ctx.source, ctx.sentence, ctx.previous_claim
    text = sentence.text
    value, unit, noun = _canonical(q)
    metric = None
    inherited = False
    clause = _clause_of(ctx.clauses, q.start)
    conjunct = ctx.conjuncts[k]
    if unit is None and ctx.refers_back and previous_claim is not None and previous_claim.unit not in (None, "count") \
            and previous_claim.value is not None and previous_claim.value.point:
        ratio = (q.value.point or 0) / previous_claim.value.point
        if 0.1 <= abs(ratio) <= 10:
            unit, metric, noun, inherited = previous_claim.unit, previous_claim.metric, previous_claim.noun, True
    head = _series_head(state, sentence) if unit is None and q.kind == "number" and not inherited else None
    if head is not None and head.value is not None and head.value.point and q.value.point \
            and 0.1 <= abs(q.value.point / head.value.point) <= 10:
        unit, metric, noun, inherited = head.unit, head.metric, head.noun, True  # "Jamaica at 52.1, Venezuela at 49"
        previous_claim = head
    if unit is None:
        unit = "count" if q.kind == "number" else unit
    average = averages.per(text, q.start, q.end, state.code) if unit == "count" and not inherited else None
    if average in _TIME_UNITS:
        unit = f"count / {average}"  # "a daily average of 10.7": another quantity than the year's total
    metric_evidence = None
    if inherited and metric is not None:
        metric_evidence = Evidence("metric", "discourse", f"{previous_claim.text} (the figure it refers back to)")
    elif metric is None:
        metric, metric_evidence = _bound_metric(ctx, q, k, unit, noun, clause, conjunct, m, rules, state.code)
        if average == "any":
            metric, metric_evidence = None, None  # an average over an unsaid period counts no metric
    scope = _time_scope(text, q, k, ctx.quantities, ctx.times, clause, state, ctx.refers_back or inherited)
    if scope is not None and scope.start and scope.basis in ("explicit", "relative"):
        state.sentence_time = scope
    found = subjects.NOTHING
    if ctx.places:  # most sentences name no place
        elsewhere = [c for c in ctx.conjuncts if not (c[0] <= q.start < c[1]) and c != _clause_of(ctx.clauses, c[0])]
        found = subjects.own_subject(text, (q.start, q.end), conjunct, clause, ctx.places, elsewhere, state.code)
        state.focus.note(sentence.paragraph, found)
    if found.evidence is None or found.evidence.basis != "phrase":  # "52.1 in Kingston" beats a place elsewhere
        found = subjects.unknown_place(text, (q.start, q.end), ctx.named, state.code) or found
    if not found.names and found.evidence is None and inherited and previous_claim is not None \
            and previous_claim.subject:
        found = subjects.Found(previous_claim.subject, Evidence("subject", "discourse", f"{previous_claim.text} (the figure it refers back to)"))
    if not found.names and found.evidence is None:
        found = state.focus.carried(sentence.paragraph)
    start = sentence.start + q.start
    end = sentence.start + q.end
    claim = _make_claim(id=_claim_id(source.path, start, end, "quantity"), source=source.path,
                        line=_line(sentence, q.start), column=_column(sentence, q.start), start=start, end=end,
                        sentence=ctx.display, text=q.text, kind="quantity", metric=metric, subject=found.names,
                        attribution=ctx.attribution, value=value, unit=unit, noun=noun,
                        change=_change(text, q, state.code), time=scope,
                        binding=tuple(e for e in (metric_evidence, found.evidence, _time_evidence(scope)) if e))
    if metric is not None:
        state.series = (sentence.paragraph, sentence.start, claim)
        if unit is not None and unit.startswith("per "):
            state.rates[unit] = (state.sentence_number, claim)
    return claim


def _series_head(state: _State, sentence: Sentence) -> Claim | None:
    """The figure a bare number continues: the last figure with a metric in its sentence ("Jamaica
    at 52.1 and Venezuela at 49"), or, for a rate, in its paragraph ("... 75 in 2013")."""
    if state.series is None:
        return None
    paragraph, start, head = state.series
    if head.unit is None:
        return None
    if start == sentence.start:
        return head
    recent = state.rates.get(head.unit)
    return head if recent is not None and state.sentence_number - recent[0] <= _RATE_REACH else None


_RATE_REACH = 1  # sentences over which a rate stays the one in focus


def _bound_metric(ctx: _Context, q: Quantity, k: int, unit: str | None, noun: str | None, clause, conjunct,
                  m: _Matchers, rules: RuleSet, code: str) -> tuple[str | None, Evidence | None]:
    """The figure's metric and why: the best metric of its sentence (``_metric``), kept only when
    the figure's own words allow it (binding.metric)."""
    counted = unit == "percent" and _change(ctx.sentence.text, q, code) in ("up", "down")
    metric = _metric("count" if counted else unit, noun, clause, ctx.hits, m, rules, conjunct)  # "killings rose 12 percent"
    if metric is None:
        return None, None
    text, hits = ctx.sentence.text, ctx.hits.get(metric, _NO_HITS)
    predicate_end = _predicate_end(text, q, _next_start(ctx.quantities, k), conjunct)
    own = any(q.start <= a and b <= predicate_end for role in ("terms", "verbs", "nouns") for a, b in hits.get(role, ()))
    demonym = noun is not None and noun in m.entity_of
    if metrics.not_a_metric(text, q.start, q.end, noun, unit == "count", own, m.metric_nouns[metric], demonym, code):
        return None, None
    if metrics.names_a_subgroup(text, q.start, q.end, noun, m.subgroups[metric], code):
        return None, None  # "27 killings of prison guards": a part, never the total
    where = rules.metrics[metric].where
    return metric, metrics.evidence(hits, text, q.start, q.end, predicate_end, noun, m.metric_nouns[metric], where)


def _time_evidence(scope: TimeScope | None) -> Evidence | None:
    """Why the figure got its period: the time words and how they were resolved."""
    if scope is None:
        return None
    basis = {"explicit": "clause", "relative": "clause", "inherited": "discourse"}.get(scope.basis, scope.basis)
    return Evidence("time", basis, scope.text)


def _change(text: str, q: Quantity, code: str) -> str | None:
    """"up" or "down" for a difference ("fell by 400", "421 fewer", "a jump of 2,000"); "=" for a
    level reached by a change ("fell to 3,900"); None for a plain figure."""
    change = q.change or q.noun_change
    if change in (None, "="):
        change = differences.direction(text, q.start, q.end, code) or change
    return change


def _canonical(q: Quantity) -> tuple[Value, str | None, str | None]:
    """Value and unit in checker's canonical units (DESIGN.md): USD, USD / month, percent,
    per 100000, count + noun, kilometer, day, ..."""
    v = q.value
    if q.kind == "money":
        unit = q.currency or "USD"
        if q.per:
            unit = f"{unit} / {q.per}"  # "USD / month", "USD / barrel"
        return _scaled(v, units.currency_scale((q.unit or "").split(" per ")[0]), 0.0), unit, None
    if q.kind == "fraction":  # "more than half", "a third of the population"
        return _scaled(v, 100.0, 0.0), "percent", q.noun
    if q.kind == "percent":
        return v, "percent" if q.unit and q.unit.startswith("percentage") and "point" not in q.unit else q.unit, None
    if q.per and q.per.replace(".", "").isdigit():
        base = float(q.per)
        return _scaled(v, 100000.0 / base, 0.0), "per 100000", q.noun
    if q.kind == "count":
        unit = "count" if not q.per else f"count / {q.per}"
        return v, unit, q.noun
    if q.kind == "number":
        return v, None, None
    unit_entry = units.pint_expression(q.unit or "") or units.pint_expression((q.unit or "").split(" per ")[0])
    if unit_entry is None:
        return v, q.unit, q.noun
    name, factor, offset = units.conversion(unit_entry, q.kind)
    return _scaled(v, factor, offset), name.replace("_", " "), q.noun


def _scaled(v: Value, factor: float, offset: float) -> Value:
    return _make_value(_converted(v.point, factor, offset), _converted(v.lo, factor, offset),
                       _converted(v.hi, factor, offset), v.qualifier, v.approximate)


def _converted(x: float | None, factor: float, offset: float) -> float | None:
    """``x * factor + offset`` to 9 decimals; whole numbers, most figures, are already that, and
    round() with decimals costs several times the arithmetic."""
    if x is None:
        return None
    y = x * factor + offset
    return y if y.is_integer() else round(y, 9)


_NO_HITS: dict[str, list] = {}
_ANIMALS = frozenset(lang.load(lang.DEFAULT)["animals"])  # counted nouns that are never people
# A word, with one apostrophe inside ("don't"); "(?:x|)" rather than "(?:x)?", which re runs through
# its slower general repeat loop.
_WORD = AsciiTwin(r"[^\W_]+(?:['’][^\W_]+|)")


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.unicode.findall(phrase))


def _metric_hits(words: _Words, m: _Matchers) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Where each metric's terms, verbs, nouns and vetoes occur in the sentence:
    {metric: {role: [spans]}}. One pass over the words, looking n-grams up in the phrase table."""
    found: dict[str, dict[str, list[tuple[int, int]]]] = {}
    spans, lows = words
    table, longest_from, n = m.phrase_roles, m.phrase_longest, len(lows)
    for i, low in enumerate(lows):
        if low not in longest_from:
            continue
        for size in range(1, min(longest_from[low], n - i) + 1):
            key = tuple(lows[i:i + size])
            if size > 1 and key not in m.phrase_prefixes:
                break  # no phrase begins with these words: none longer either
            roles = table.get(key)
            if roles:
                span = (spans[i][0], spans[i + size - 1][1])
                for mid, role in roles:
                    found.setdefault(mid, {}).setdefault(role, []).append(span)
    return found


def _metric(unit: str | None, noun: str | None, clause, hits: dict[str, dict[str, list]], m: _Matchers,
            rules: RuleSet, conjunct: tuple[int, int] | None = None) -> str | None:
    """The best metric for a claim: a term in its clause, or its noun with a verb of the metric
    in the clause, or (weaker) a term elsewhere in the sentence. Units must fit; vetoes win; on a
    tie, the metric whose term or verb lies in the figure's own conjunct wins."""
    a, b = clause
    ca, cb = conjunct or clause

    def within(spans):
        return any(a <= lo and hi <= b for lo, hi in spans)

    fitting = m.metrics_by_unit.get(unit)
    if fitting is None:
        fitting = tuple((mid, metric) for mid, metric in rules.metrics.items() if _unit_fits(metric.unit, unit))
        m.metrics_by_unit[unit] = fitting
    best, best_score = None, 0
    for mid, metric in fitting:
        nouns = m.metric_nouns[mid]
        if mid not in hits and noun not in nouns:
            continue  # none of its phrases in the sentence and not its noun: it scores nothing
        if noun in _ANIMALS and noun not in nouns:
            continue  # "ten police dogs were killed": its terms, but animals, not its people
        h = hits.get(mid, _NO_HITS)
        if within(h.get("exclude", ())):
            continue
        terms, verbs = h.get("terms", ()), h.get("verbs", ())
        score = 0
        if within(terms):
            score = 3
        elif noun and noun in nouns and (not m.has_verbs[mid] or within(verbs)):
            score = 3 if m.has_verbs[mid] else 2
        elif not noun and nouns and within(verbs) and within(h.get("nouns", ())):
            score = 2
        elif terms:
            score = 1
        elif unit == metric.unit and unit not in ("count", "USD", "percent") and verbs:
            score = 1
        if score > 1 and any(ca <= lo and hi <= cb for lo, hi in (*terms, *verbs)):
            score += 0.5
        if score > best_score:
            best, best_score = mid, score
    return best


def _predicate_end(text: str, q: Quantity, next_figure: int, conjunct: tuple[int, int]) -> int:
    """Where the figure's own phrase and the predicate that follows it closely end ("six officers
    were granted asylum"): at the first pause, the next figure or its conjunct's end."""
    hi = min(conjunct[1], q.end + _PREDICATE_REACH, next_figure)
    pause = _PAUSE.search(text, q.end, hi)
    return pause.start() if pause else hi


def _next_start(quantities: list[Quantity], k: int) -> int:
    return quantities[k + 1].start if k + 1 < len(quantities) else 10 ** 9


_PAUSE = re.compile(r"[,;:()\[\]—–]|\.\s")


_TIME_UNITS = frozenset({"day", "week", "month", "year"})  # canonical time units an average may be per
_PREDICATE_REACH = 50  # characters after a figure where the predicate it is the subject of may stand


def _unit_fits(metric_unit: str, unit: str | None) -> bool:
    """Whether a figure in ``unit`` can state the metric: the same unit, the same base unit per the
    same kind of base, or an average per unit of time of a count ("14 killings a day")."""
    if unit is None:
        return False
    if metric_unit == unit:
        return True
    if metric_unit == "count" and unit.startswith("count / ") and unit[8:] in _TIME_UNITS:
        return True
    base = metric_unit.split(" / ")[0]
    return unit.split(" / ")[0] == base and ("/" in metric_unit) == ("/" in unit)


def _time_scope(text: str, q: Quantity, k: int, quantities: list[Quantity], times: list[TimeMention], clause, state: _State,
                may_inherit: bool) -> TimeScope | None:
    chosen = _chosen_time(text, q, k, quantities, times, clause) if times else None
    focus = state.sentence_time or state.last_time
    if chosen is not None and chosen.relation in ("reference", "later") and focus is not None \
            and q.end <= chosen.start and periods.names_a_base(text[max(q.end, chosen.start - 20):chosen.start], state.code):
        return replace(focus, text=chosen.scope.text, basis="relative")  # "1,300 fewer than the year before"
    if chosen is not None:
        return _resolve(chosen, state)
    if may_inherit and state.last_time is not None:
        return replace(state.last_time, basis="inherited")
    return state.publication


def _chosen_time(text: str, q: Quantity, k: int, quantities: list[Quantity], times: list[TimeMention],
                 clause) -> TimeMention | None:
    """The time expression that dates quantity ``k``: one fronted in its clause ("Since 2008, we ..."),
    else the next one after it, else the last one before it (not past a neighbouring quantity),
    else the nearest in the sentence, else a reference to an earlier time."""
    prev_end = quantities[k - 1].end if k else 0
    next_start = quantities[k + 1].start if k + 1 < len(quantities) else 10 ** 9
    a, b = clause
    following = [t for t in times if q.end <= t.start < next_start and a <= t.start <= b]
    preceding = [t for t in times if prev_end <= t.end <= q.start and a <= t.start <= b]
    fronted = [t for t in preceding if t.start <= a + 3 and text[t.end:t.end + 1] == ","]  # "Since 2008, we ..."
    chosen = fronted[-1] if fronted else following[0] if following else (preceding[-1] if preceding else None)
    if chosen is None:
        in_sentence = [t for t in times if t.relation != "reference"]
        if in_sentence:
            chosen = min(in_sentence, key=lambda t: abs(t.start - q.start))
        else:
            refs = [t for t in times if t.relation == "reference"]
            chosen = refs[0] if refs else None
    return chosen


def _resolve(mention: TimeMention, state: _State) -> TimeScope:
    scope = mention.scope
    if mention.relation in ("reference", "later"):
        focus = state.sentence_time or state.last_time
        shifted = periods.moved(focus, scope.text, state.code) if focus is not None else None
        if shifted is not None:
            return shifted
    if mention.relation == "reference":
        if state.last_time is None:
            return scope
        last = state.last_time
        if "since" in scope.text.lower():
            end = state.anchor.latest.isoformat() if state.anchor else None
            return _make_time_scope(last.start, end, scope.text, "inherited", last.granularity)
        return _make_time_scope(last.start, last.end, scope.text, "inherited", last.granularity)
    if mention.relation == "ago" and scope.start and scope.end:
        return _widen(scope)
    return scope


def _widen(scope: TimeScope) -> TimeScope:
    """"two months ago" is approximate: one unit either side."""
    days = {"year": 366, "month": 31, "week": 7, "day": 1}.get(scope.granularity, 0)
    start = date.fromisoformat(scope.start) - timedelta(days=days)
    end = date.fromisoformat(scope.end) + timedelta(days=days)
    return replace(scope, start=start.isoformat(), end=end.isoformat())


def _publication(anchor: timex.Anchor | None) -> TimeScope | None:
    if anchor is None:
        return None
    return TimeScope(None, anchor.latest.isoformat(), "", "publication", anchor.precision)


# --------------------------------------------------------------------------- event claims


def _event_claims(ctx: _Context, m: _Matchers, state: _State) -> list[Claim]:
    """Dated event claims of a sentence that names some event object and a time."""
    source, sentence, times, clauses = ctx.source, ctx.sentence, ctx.times, ctx.clauses
    text = sentence.text
    low = ctx.low
    out = []
    for eid, (objects, verbs) in m.event_res.items():
        if objects is None or verbs is None:
            continue
        obj = objects.search(text, low)
        if obj is None:
            continue
        clause = _clause_of(clauses, obj.start())
        verb = _nearest(verbs, text, low, clause, obj)
        if verb is None or _BACKGROUND.search(text, min(obj.end(), verb.end()), max(obj.start(), verb.start())):
            continue
        if events.governs_another_verb(text, verb.end(), obj.start(), state.code):
            continue  # "the ceasefire started to fray": the verb's own object is another verb
        span = (min(obj.start(), verb.start()), max(obj.end(), verb.end()))
        mention = _nearest_time(times, span, clause)
        if mention is None:
            continue
        scope = _resolve(mention, state)
        if not (scope.start or scope.end):
            continue
        start, end = sentence.start + span[0], sentence.start + span[1]
        found = subjects.own_subject(text, span, clause, clause, ctx.places, (), state.code)
        if not found.names:
            found = state.focus.carried(sentence.paragraph)
        out.append(_make_claim(id=_claim_id(source.path, start, end, eid), source=source.path,
                               line=_line(sentence, span[0]), column=_column(sentence, span[0]), start=start, end=end,
                               sentence=ctx.display, text=text[span[0]:span[1]], kind="event", metric=eid,
                               subject=found.names, attribution=ctx.attribution, value=None, unit=None,
                               noun=None, change=None, time=scope,
                               binding=tuple(e for e in (found.evidence, _time_evidence(scope)) if e)))
    return _best_events(out)


# Between a verb and its object, these words make the object background to another action
# ("launched a campaign in response to the state of emergency": no emergency is declared here).
_BACKGROUND = re.compile(r"\b(?:in response to|in reaction to|following|after|amid|despite|because of)\b", re.I)


def _best_events(events: list[Claim]) -> list[Claim]:
    """One event per trigger span: when two kinds share an object ("truce"), keep the kind whose
    verb sits closest to it (the shorter span)."""
    best: dict[tuple[int, int], Claim] = {}
    for event in sorted(events, key=lambda c: (c.end - c.start, c.metric)):
        overlapping = [key for key in best if key[0] < event.end and event.start < key[1]]
        if not overlapping:
            best[(event.start, event.end)] = event
    return list(best.values())


def _nearest(pattern: AnyCase, text: str, low: str | None, clause, obj: re.Match) -> re.Match | None:
    a, b = clause
    candidates = [mt for mt in pattern.finditer(text, low) if a <= mt.start() <= b and not _hyphenated(text, mt)]
    if not candidates:
        return None
    best = min(candidates, key=lambda mt: abs(mt.start() - obj.start()))
    gap = abs(best.start() - obj.start())
    return best if gap <= 80 else None


def _hyphenated(text: str, match: re.Match) -> bool:
    """"a government-brokered truce": a verb inside a compound adjective is not the event."""
    return match.start() > 0 and text[match.start() - 1] == "-"


def _nearest_time(times: list[TimeMention], span, clause) -> TimeMention | None:
    """The time of the event's own clause nearest its words: a time in another clause dates
    another predicate ("blamed on the end of the pact, in a month when 300 died")."""
    a, b = clause
    inside = [t for t in times if a <= t.start <= b]
    if not inside:
        return None
    return min(inside, key=lambda t: min(abs(t.start - span[1]), abs(t.end - span[0])))


# --------------------------------------------------------------------------- ids and positions


def _claim_id(path: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha1(f"{path}\0{start}\0{end}\0{kind}".encode()).hexdigest()[:16]


def _line(sentence: Sentence, offset: int) -> int:
    return sentence.line + sentence.text.count("\n", 0, offset)


def _column(sentence: Sentence, offset: int) -> int:
    nl = sentence.text.rfind("\n", 0, offset)
    return sentence.column + offset if nl < 0 else offset - nl


def _display(text: str) -> str:
    """Whitespace runs made single spaces. Printable text has no whitespace but the space, so
    without double or edge spaces it is already that."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())
