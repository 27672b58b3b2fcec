"""Claims: turn the quantities, time expressions and events of each sentence into canonical claims.

For every sentence of a document: time expressions (timex) and quantities (numbers) are found,
each quantity gets a canonical unit (units), a metric and subject entities from the rule set, a
time scope (same clause, else sentence, else inherited when the sentence refers back, else the
publication date) and an attribution; event kinds from the rules become dated event claims.

The look-ups live in checker/binding/: rule tables and entity, phrase and metric look-ups
(matchers), clauses and conjuncts (clauses), attribution, time scope choice (time_scope) and which
words state an event (event_choice); this module assembles claims from what they find and keeps
the document's discourse state (``_State``).

Cost: linear in the text. Rule look-ups are dictionaries and compiled regexes built once per
RuleSet (``matchers.for_rules``, cached); n-grams are looked up only while their words begin some
alias or phrase, and the attribution regexes are skipped when the sentence lacks the words they
need. pint is consulted once per distinct unit (its own cache).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from checker import lang, limits, timex, units
from checker.binding import attribution as attributions
from checker.binding import average as averages
from checker.binding import clauses as clause_parts
from checker.binding import difference as differences
from checker.binding import event as events
from checker.binding import event_choice, matchers
from checker.binding import metric as metrics
from checker.binding import subject as subjects
from checker.binding import time_scope as time_scopes
from checker.model import Claim, Document, Evidence, Problem, Quantity, Sentence, Source, TimeMention, TimeScope, Value
from checker.numbers import find_quantities
from checker.ruleset import RuleSet
from checker.text import split_sentences


def document_claims(doc: Document, rules: RuleSet) -> tuple[Source, list[Claim], list[Problem]]:
    """The claims of one document; also the source with an inferred publication date if needed."""
    boiler = rules.boilerplate
    sentences = split_sentences(doc, boiler.paragraph_markers if boiler else (), boiler.tail_markers if boiler else ())
    source, problems = _dated_source(doc.source, sentences)
    anchor = timex.parse_published(source.published)
    tables = matchers.for_rules(rules)
    code = lang.code_of(source.language)
    state = _State(anchor=anchor, publication=time_scopes.publication(anchor), code=code,
                   focus=_main_place(source, sentences, tables))
    claims: list[Claim] = []
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        parts = limits.capped(sentence)
        problems.extend(limits.cut_note(source.path, sentence, parts))
        for part in parts:
            claims.extend(_sentence_claims(source, part, rules, tables, state))
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
    series: tuple[int, Claim] | None = None  # (sentence number, claim): the last figure with a metric
    sentence_number: int = 0
    last_claim: Claim | None = None
    last_attribution: str | None = None
    code: str = lang.DEFAULT  # the source's language pack
    focus: subjects.Focus = field(default_factory=subjects.Focus)  # the place in focus (binding.subject)
    rates: dict[str, tuple[str, str]] = field(default_factory=dict)  # per rate unit, its metric in focus and its words


def _main_place(source: Source, sentences: list[Sentence], m: matchers.Matchers) -> subjects.Focus:
    """The article's main place, from its title, else its opening paragraph (binding.subject)."""
    counts = subjects.MainPlace()
    if source.title:
        counts.title = [name for _, _, name in sorted(matchers.places(source.title, m))]
    body = [s for s in sentences if not s.boilerplate]
    for sentence in body:
        if sentence.paragraph != body[0].paragraph:
            break
        counts.opening.update(name for _, _, name in matchers.places(sentence.text, m))
    main, where = counts.choose(lambda name: m.entity_types.get(name) == "country")
    return subjects.Focus(main=main, main_words=f"{', '.join(main)} (the article's {where})" if main else "")


# --------------------------------------------------------------------------- sentences


@dataclass(frozen=True, slots=True)
class _Context:
    """What one sentence's analysis found, shared by every claim built from it."""

    source: Source
    sentence: Sentence
    display: str  # the sentence as claims show it: whitespace runs made single spaces
    times: list[TimeMention]
    quantities: list[Quantity]
    clauses: list[tuple[int, int]]
    attribution: str | None
    places: list[tuple[int, int, str]]  # entities that may be subjects: all but organisations
    named: list[tuple[int, int]]  # spans of every entity and time expression: names that are known
    hits: dict[str, dict[str, list[tuple[int, int]]]]
    conjuncts: list[tuple[int, int]]  # per quantity, its part of the clause (see clause_parts.conjuncts)
    refers_back: bool
    previous_claim: Claim | None


def _sentence_claims(source: Source, sentence: Sentence, rules: RuleSet, m: matchers.Matchers, state: _State) -> list[Claim]:
    text = sentence.text
    state.sentence_time = None
    state.sentence_number += 1
    times = timex.find_times(text, state.anchor, source.language)
    masks = timex.calendar_spans(text, times, source.language)
    quantities = [q for q in find_quantities(text, masks) if not _inside_time(q, times)]
    # remembered even here, for "the paper said" later on
    attribution, state.last_attribution = attributions.find(text, m.entity_of, state.last_attribution)
    # An event needs one of its objects and a time in the sentence: most sentences have neither.
    may_state_event = bool(times) and m.any_event_object is not None and m.any_event_object.search(text)
    out: list[Claim] = []
    if quantities or may_state_event:
        words = matchers.words(text)
        entities = matchers.entities(text, words, m)
        places = [e for e in entities if m.entity_types.get(e[2]) in matchers.PLACE_TYPES]
        named = [(a, b) for a, b, _ in entities] + [(t.start, t.end) for t in times]
        clauses = clause_parts.split(text)
        ctx = _Context(source=source, sentence=sentence, display=_display(text), times=times,
                       quantities=quantities, clauses=clauses, attribution=attribution, places=places, named=named,
                       hits=matchers.metric_hits(words, m) if quantities else {},
                       conjuncts=clause_parts.conjuncts(text, quantities, clauses),
                       refers_back=clause_parts.refers_back(text), previous_claim=state.last_claim)
        _note_rates(ctx, rules, state)
        out = [_quantity_claim(ctx, q, k, m, rules, state) for k, q in enumerate(quantities)]
        if may_state_event:
            out.extend(_event_claims(ctx, m, state))
    resolved = [t.scope for t in times if t.scope.start or t.scope.end]
    if resolved:
        state.last_time = resolved[-1]
    if state.sentence_time is not None:  # the time in focus: the last dated figure's, not "police said on Tuesday"
        state.last_time = state.sentence_time
    if out:
        last_quantity = [c for c in out if c.kind == "quantity"]
        if last_quantity:
            state.last_claim = last_quantity[-1]
    return out


def _inside_time(q: Quantity, times: list[TimeMention]) -> bool:
    for t in times:  # a loop, not any(): most sentences have one time or none
        if t.start <= q.start and q.end <= t.end:
            return True
    return False


# --------------------------------------------------------------------------- quantity claims


def _quantity_claim(ctx: _Context, q: Quantity, k: int, m: matchers.Matchers, rules: RuleSet, state: _State) -> Claim:
    source, sentence = ctx.source, ctx.sentence
    text = sentence.text
    value, unit, noun = _canonical(q)
    metric = None
    clause = clause_parts.containing(ctx.clauses, q.start)
    conjunct = ctx.conjuncts[k]
    previous_claim = _antecedent(ctx, q, unit, state)
    inherited = previous_claim is not None
    if previous_claim is not None:  # "this dropped to 70"; "Jamaica at 52.1, Venezuela at 49"
        unit, metric, noun = previous_claim.unit, previous_claim.metric, previous_claim.noun
    if unit is None:
        unit = "count" if q.kind == "number" else unit
    average = averages.per(text, q.start, q.end, state.code) if unit == "count" and not inherited else None
    if average in matchers.TIME_UNITS:
        unit = f"count / {average}"  # "a daily average of 10.7": another quantity than the year's total
    change = _change(text, q, state.code)
    metric_evidence = None
    if inherited and metric is not None:
        metric_evidence = Evidence("metric", "discourse", f"{previous_claim.text} (the figure it refers back to)")
    elif metric is None:
        metric, metric_evidence = _bound_metric(ctx, q, k, unit, noun, change, clause, conjunct, m, rules, state.code)
        if average == "any":
            metric, metric_evidence = None, None  # an average over an unsaid period counts no metric
        elif metric is None:
            metric, metric_evidence = _rate_in_focus(ctx, q, unit, noun, clause, state)
    scope = time_scopes.choose(text, q, k, ctx.quantities, ctx.times, clause, state, ctx.refers_back or inherited)
    if scope is not None and scope.start and scope.basis in ("explicit", "relative") \
            and not time_scopes.is_base_value(text, q, state.code):  # "from 70,000 the year before"
        state.sentence_time = scope
    found = subjects.NOTHING
    if ctx.places:  # most sentences name no place
        elsewhere = [c for c in ctx.conjuncts if not (c[0] <= q.start < c[1]) and c != clause_parts.containing(ctx.clauses, c[0])]
        found = subjects.own_subject(text, (q.start, q.end), conjunct, clause, ctx.places, elsewhere, state.code)
        state.focus.note(sentence.paragraph, found)
    if found.evidence is None or found.evidence.basis != "phrase":  # "52.1 in Kingston" beats a place elsewhere
        found = subjects.unknown_place(text, (q.start, q.end), ctx.named, state.code) or found
    if not found.names and found.evidence is None and inherited and previous_claim.subject:
        found = subjects.Found(previous_claim.subject,
                               Evidence("subject", "discourse", f"{previous_claim.text} (the figure it refers back to)"))
    if not found.names and found.evidence is None:
        found = state.focus.carried(sentence.paragraph)
    start = sentence.start + q.start
    end = sentence.start + q.end
    claim = Claim(id=_claim_id(source.path, start, end, "quantity"), source=source.path,
                  line=_line(sentence, q.start), column=_column(sentence, q.start), start=start, end=end,
                  sentence=ctx.display, text=q.text, kind="quantity", metric=metric, subject=found.names,
                  attribution=ctx.attribution, value=value, unit=unit, noun=noun, change=change, time=scope,
                  binding=tuple(e for e in (metric_evidence, found.evidence, _time_evidence(scope)) if e))
    if metric is not None:
        state.series = (state.sentence_number, claim)
    return claim


def _note_rates(ctx: _Context, rules: RuleSet, state: _State) -> None:
    """Remember the rate metric a sentence names by its terms ("the murder rate"): the rate in
    focus, which a later rate that names no metric of its own ("a rate of 61 per 100,000") states."""
    for mid, roles in ctx.hits.items():
        unit = rules.metrics[mid].unit
        if unit.startswith("per ") and roles.get("terms"):
            a, b = roles["terms"][-1]
            state.rates[unit] = (mid, ctx.sentence.text[a:b])


def _rate_in_focus(ctx: _Context, q: Quantity, unit: str | None, noun: str | None, clause: tuple[int, int],
                   state: _State) -> tuple[str | None, Evidence | None]:
    """The metric of a rate whose own words name none: the rate in focus of its unit, when no other
    metric's words stand in its clause, no noun of its own says what it counts and it is no
    population or target."""
    if unit is None or unit not in state.rates or noun is not None \
            or metrics.context_cue(ctx.sentence.text, q.start, state.code):
        return None, None
    a, b = clause
    if any(a <= lo and hi <= b for roles in ctx.hits.values() for spans in roles.values() for lo, hi in spans):
        return None, None  # the clause names some metric, and that metric did not take the figure
    mid, words = state.rates[unit]
    return mid, Evidence("metric", "discourse", f"{words} (the rate in focus)")


def _antecedent(ctx: _Context, q: Quantity, unit: str | None, state: _State) -> Claim | None:
    """The earlier figure whose unit, metric and noun a figure with no unit of its own takes: the
    previous figure when the sentence refers back to it, else the head of the series a bare number
    continues; either only within a factor of ten of the figure."""
    if unit is not None:
        return None
    previous = ctx.previous_claim
    if ctx.refers_back and previous is not None and previous.unit not in (None, "count") \
            and previous.value is not None and previous.value.point:
        ratio = (q.value.point or 0) / previous.value.point
        if 0.1 <= abs(ratio) <= 10:
            return previous
    head = _series_head(state) if q.kind == "number" else None
    if head is not None and head.value is not None and head.value.point and q.value.point \
            and 0.1 <= abs(q.value.point / head.value.point) <= 10:
        return head
    return None


def _series_head(state: _State) -> Claim | None:
    """The figure a bare number continues: the last figure with a metric in its sentence ("Jamaica
    at 52.1 and Venezuela at 49"), or a rate in the sentence before ("... In 2018 it stood at 41")."""
    if state.series is None:
        return None
    number, head = state.series
    if head.unit is None:
        return None
    if number == state.sentence_number:
        return head
    carried = head.evidence("metric")
    if carried is not None and carried.basis == "discourse":
        return None  # a metric carried from the discourse is carried no further
    return head if head.unit.startswith("per ") and state.sentence_number - number <= _RATE_REACH else None


_RATE_REACH = 1  # sentences over which a rate stays the one in focus


def _bound_metric(ctx: _Context, q: Quantity, k: int, unit: str | None, noun: str | None, change: str | None,
                  clause, conjunct, m: matchers.Matchers, rules: RuleSet, code: str) -> tuple[str | None, Evidence | None]:
    """The figure's metric and why: the best metric of its sentence (``matchers.best_metric``), kept
    only when the figure's own words allow it (binding.metric). A percent change of a count
    ("killings rose 12 percent") is read as that count's."""
    counted = unit == "percent" and change in ("up", "down")
    metric = matchers.best_metric("count" if counted else unit, noun, clause, ctx.hits, m, rules, conjunct)
    if metric is None:
        return None, None
    text, hits = ctx.sentence.text, ctx.hits.get(metric, matchers.NO_HITS)
    predicate_end = clause_parts.predicate_end(text, q, clause_parts.next_start(ctx.quantities, k), conjunct)
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
    base = _rate_base(q.per)
    if base:
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


def _rate_base(per: str | None) -> float | None:
    """The population a rate is per ("100,000" read as 100000), or None: not a number, or
    not above 0 ("per 0 people"), or digits float() does not read ("¹")."""
    try:
        base = float(per) if per and per.replace(".", "").isdecimal() else None
    except ValueError:
        return None
    return base if base is not None and 0 < base < float("inf") else None


def _scaled(v: Value, factor: float, offset: float) -> Value:
    return Value(_converted(v.point, factor, offset), _converted(v.lo, factor, offset),
                 _converted(v.hi, factor, offset), v.qualifier, v.approximate)


def _converted(x: float | None, factor: float, offset: float) -> float | None:
    """``x * factor + offset`` to 9 decimals; whole numbers, most figures, are already that, and
    round() with decimals costs several times the arithmetic."""
    if x is None:
        return None
    y = x * factor + offset
    return y if y.is_integer() else round(y, 9)


# --------------------------------------------------------------------------- event claims


def _event_claims(ctx: _Context, m: matchers.Matchers, state: _State) -> list[Claim]:
    """Dated event claims of a sentence that names some event object and a time."""
    source, sentence, times, clauses = ctx.source, ctx.sentence, ctx.times, ctx.clauses
    text = sentence.text
    out = []
    for eid, (objects, verbs) in m.event_res.items():
        if objects is None or verbs is None:
            continue
        obj = objects.search(text)
        if obj is None:
            continue
        clause = clause_parts.containing(clauses, obj.start())
        verb = event_choice.nearest_verb(verbs, text, clause, obj)
        if verb is None or event_choice.BACKGROUND.search(text, min(obj.end(), verb.end()), max(obj.start(), verb.start())):
            continue
        if events.governs_another_verb(text, verb.end(), obj.start(), state.code):
            continue  # "the ceasefire started to fray": the verb's own object is another verb
        span = (min(obj.start(), verb.start()), max(obj.end(), verb.end()))
        mention = event_choice.nearest_time(times, span, clause)
        if mention is None:
            continue
        scope = time_scopes.resolve(mention, state)
        if not (scope.start or scope.end):
            continue
        start, end = sentence.start + span[0], sentence.start + span[1]
        found = subjects.own_subject(text, span, clause, clause, ctx.places, (), state.code)
        if not found.names:
            found = state.focus.carried(sentence.paragraph)
        out.append(Claim(id=_claim_id(source.path, start, end, eid), source=source.path,
                         line=_line(sentence, span[0]), column=_column(sentence, span[0]), start=start, end=end,
                         sentence=ctx.display, text=text[span[0]:span[1]], kind="event", metric=eid,
                         subject=found.names, attribution=ctx.attribution, value=None, unit=None,
                         noun=None, change=None, time=scope,
                         binding=tuple(e for e in (found.evidence, _time_evidence(scope)) if e)))
    return event_choice.best_events(out)


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
