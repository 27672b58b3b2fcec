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

from checker import canonical, lang, limits, timex
from checker.binding import attribution as attributions
from checker.binding import average as averages
from checker.binding import borrowed, carrier, change_ends, counted_head, document, event_choice, groups, main_place
from checker.binding import matchers, metric_noun, opening, rate_focus, rate_of, repeated, reported, restated, sequel
from checker.binding import contrast, senders, year_in_focus
from checker.binding import clauses as clause_parts
from checker.binding import difference as differences
from checker.binding import event as events
from checker.binding import focus as in_focus
from checker.binding import metric as metrics
from checker.binding import recipient as recipients
from checker.binding import since_phrase as since_phrases
from checker.binding import subject as subjects
from checker.binding import time_scope as time_scopes
from checker.model import Claim, Document, Evidence, Problem, Quantity, Sentence, Source, TimeMention, TimeScope
from checker.numbers import Reading, find_quantities, reading as reading_of
from checker.ruleset import RuleSet
from checker.text import split_sentences


def document_claims(doc: Document, rules: RuleSet) -> tuple[Source, list[Claim], list[Problem]]:
    """The claims of one document; also the source with an inferred publication date if needed."""
    boiler = rules.boilerplate
    sentences = split_sentences(doc, boiler.paragraph_markers if boiler else (), boiler.tail_markers if boiler else ())
    source, problems = _dated_source(doc.source, sentences)
    anchor = timex.parse_published(source.published)
    code = lang.code_of(source.language)
    tables = matchers.for_rules(rules := rules.in_language(code), code)  # its language's words of the rules
    state = _State(anchor=anchor, publication=time_scopes.publication(anchor), code=code, reading=reading_of(doc, code),
                   focus=main_place.focus(source, sentences, tables),
                   counts=in_focus.Series.titled(source.title, tables, rules))  # the money its title names
    claims: list[Claim] = []
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        parts = limits.capped(sentence)
        problems.extend(limits.cut_note(source.path, sentence, parts))
        for part in parts:
            claims.extend(_sentence_claims(source, part, rules, tables, state))
    claims = document.settled(claims, rules, tables, sentences, code, state.publication, state.reading)
    return source, claims, problems + list(state.reading.problems)


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
    resolved: dict[tuple[int, int], TimeScope] = field(default_factory=dict)  # the sentence's times, resolved
    bases: dict[tuple[int, int], bool] = field(default_factory=dict)  # whether each is a comparison's base
    series: tuple[int, Claim] | None = None  # (sentence number, claim): the last figure with a metric
    sentence_number: int = 0
    last_claim: Claim | None = None
    last_attribution: str | None = None
    code: str = lang.DEFAULT  # the source's language pack
    reading: Reading | None = None  # how the document writes its numbers (numbers.formats): its pack and decimal mark
    focus: subjects.Focus = field(default_factory=subjects.Focus)  # the place in focus (binding.subject)
    rates: dict[str, tuple[str, str]] = field(default_factory=dict)  # per rate unit, its metric in focus and its words
    whole: tuple[int, Claim] | None = None  # (sentence number, claim): the whole the last part named belongs to
    previous: tuple[int, Claim] | None = None  # (sentence number, claim): the last figure, whatever it counts
    lead: time_scopes.Lead = field(default_factory=time_scopes.Lead)  # the time in focus of the paragraph
    counts: in_focus.Series = field(default_factory=in_focus.Series)  # the last count with a metric of its own words
    repeats: repeated.Repeats = field(default_factory=repeated.Repeats)  # distinctive counts stated so far, by value
    changes: restated.Changes = field(default_factory=restated.Changes)  # the last stated changes ("the decline": binding.restated)


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
    agencies: list[subjects.Agency]  # organisations that stand for a country (binding.subject)
    contrasted: dict[int, list[tuple[int, int, str]]]  # per figure set against another, its own places
    named: list[tuple[int, int]]  # spans of every entity and time expression: names that are known
    hits: dict[str, dict[str, list[tuple[int, int]]]]
    conjuncts: list[tuple[int, int]]  # per quantity, its part of the clause (see clause_parts.conjuncts)
    refers_back: bool
    previous_claim: Claim | None


def _sentence_claims(source: Source, sentence: Sentence, rules: RuleSet, m: matchers.Matchers, state: _State) -> list[Claim]:
    text = sentence.text
    state.lead.enter(state, state.sentence_number + 1, sentence.paragraph, text)
    state.sentence_time = None
    state.resolved, state.bases = {}, {}
    state.sentence_number += 1
    times = timex.find_times(text, state.anchor, source.language)
    masks = timex.calendar_spans(text, times, source.language)
    quantities = metrics.bare_figures(text, [q for q in find_quantities(text, masks, state.reading)  # "against 95"
                                             if not _inside_time(q, times)], m.entity_of, m.entity_types, state.code)
    words = matchers.words(text)  # one look-up of its names serves its opening, its figures and its places
    entities = matchers.entities(text, words, m)
    named_places = [e for e in entities if m.entity_types.get(e[2]) in matchers.PLACE_TYPES]
    # remembered even here, for "the paper said" later on
    attribution, state.last_attribution = attributions.find(text, m.entity_of, state.last_attribution, state.code, named_places)
    recipients.note_opening(state.focus, sentence.paragraph, opening.subject(text, matchers.opening_places(
        text, m, found=words), state.code), text, named_places, m.entity_types, state.code)
    # An event needs one of its objects and a time in the sentence: most sentences have neither.
    may_state_event = bool(times) and m.any_event_object is not None and m.any_event_object.search(text)
    out: list[Claim] = []
    agencies = [(a, b, *m.entity_country[name]) for a, b, name in entities if name in m.entity_country]
    if quantities or may_state_event:
        places, agencies = state.focus.resolve(text, sentence.paragraph, named_places, agencies, m.entity_types, state.code)
        named = [(a, b) for a, b, _ in entities] + [(t.start, t.end) for t in times]
        clauses = clause_parts.split(text, state.code)
        ctx = _Context(source=source, sentence=sentence, display=_display(text), times=times,
                       quantities=quantities, clauses=clauses, attribution=attribution, places=places,
                       agencies=agencies, named=named,
                       contrasted=contrast.contrasted(text, [(q.start, q.end) for q in quantities], places, state.code)
                       if len(quantities) > 1 and places else {},
                       hits=matchers.metric_hits(words, m) if quantities else {},
                       conjuncts=clause_parts.conjuncts(text, quantities, clauses, state.code, places),
                       refers_back=clause_parts.refers_back(text, state.code), previous_claim=state.last_claim)
        _note_rates(ctx, rules, state)
        out = change_ends.split([_quantity_claim(ctx, q, k, m, rules, state) for k, q in enumerate(quantities)],
                                quantities, text, times, state.code, lambda a, b: _claim_id(source.path, a, b, "quantity"))
        if may_state_event:
            out.extend(_event_claims(ctx, m, state))
    if not quantities:  # "The numbers are disputed in Zembla. In May, police claimed a 18 percent drop."
        state.focus.note_named(text, sentence.paragraph, named_places, m.entity_types, state.code, agencies)
        state.counts.note_named(text, matchers.metric_hits(words, m), rules, sentence.paragraph, state.sentence_number)
    resolved = time_scopes.named(text, times, quantities, state)
    if resolved:
        state.last_time = resolved[-1]
    if state.sentence_time is not None:  # the time in focus: the last dated figure's, not "police said on Tuesday"
        state.last_time = state.sentence_time
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
    value, unit, noun = canonical.value_and_unit(q)
    metric = None
    clause = clause_parts.containing(ctx.clauses, q.start)
    conjunct = ctx.conjuncts[k]
    own_average = averages.per(text, q.start, q.end, state.code) if unit in (None, "count") else None
    governing = metrics.rate_governing(text, q.start, state.code) if unit is None else None  # "the rate had been 71"
    previous_claim = _antecedent(ctx, q, k, unit, own_average, governing, state)
    if previous_claim is not None and (metrics.a_part_of(text, q.start, q.end, previous_claim.metric, m.subgroups, state.code)
                                       or metrics.off_the_series(text, q.start, q.end, state.code)):
        previous_claim = None  # "2,100 killings; 300 were children": a part, not the series going on; "(target: 900)"
    inherited = previous_claim is not None
    if previous_claim is not None:  # "this dropped to 70"; "Zembla at 61.7, Ruritania at 47"
        unit, metric, noun = previous_claim.unit, previous_claim.metric, previous_claim.noun
    if unit is None and q.kind == "number" and not inherited:
        unit = _governing_rate_unit(ctx, q, governing, rules, state)
    unit = ("count" if q.kind == "number" else unit) if unit is None else unit
    average = own_average if unit == "count" and not inherited else None
    if average in matchers.TIME_UNITS:
        unit = f"count / {average}"  # "a daily average of 13.1": another quantity than the year's total
    change = _change(text, q, state.code)
    unit, noun, change, average = state.counts.elided(  # "una baja de 4,1 puntos", "la media bajó a cinco"
        text, (q.start, q.end), (unit, noun, change, average), inherited, state.rates, state.previous,
        sentence.paragraph, state.sentence_number, state.code)
    metric_evidence = None
    if inherited and metric is not None:
        metric_evidence = Evidence("metric", "discourse", f"{previous_claim.text} {in_focus.REFERRED_BACK}")
    elif metric is None and average != "any":  # an average over an unsaid period counts no metric
        metric, metric_evidence = _metric_of(ctx, q, k, unit, noun or counted_head.noun(  # "el número de niñas varió entre"
            text, q, ctx.quantities, clause, state.code), change, clause, m, rules, state)
    repeat = state.repeats.repeated(value, unit, noun, not inherited and in_focus.guessed(metric_evidence), state.code,
                                    repeated.named_again(text, q.start, metric, state.code))  # "de esos 817 homicidios"
    metric, metric_evidence = repeated.metric(repeat) or (metric, metric_evidence)  # "Of the 1,437 victims"
    scope = repeated.period(repeat) or state.counts.dated(state.sentence_number, q.start, year_in_focus.reyeared(text, time_scopes.choose(
        text, q, k, ctx.quantities, ctx.times, clause, state, ctx.refers_back or inherited, time_scopes.flows(rules, metric)),
        ctx.times, (clause[0], q.start), state.code))  # "in 2016 ... the first eight months of the year"
    scope = reported.year_before(text, q, ctx.times, scope, unit, metric, time_scopes.flows(rules, metric),
                                 state.publication, state.sentence_time or state.last_time, state.code)
    if since_phrases.takes_the_focus(text, q, scope, ctx.times, ctx.quantities, state):
        state.sentence_time = scope  # not "from 70,000 the year before", nor "down since the peak of 2010"
    found = subjects.NOTHING
    if ctx.places or ctx.agencies:  # most sentences name no place
        elsewhere = [c for c in ctx.conjuncts if not (c[0] <= q.start < c[1]) and c != clause_parts.containing(ctx.clauses, c[0])]
        elsewhere += [(o.start, o.end) for o in ctx.quantities if o is not q]  # "among them 900 Guatemalans"
        others = {p for j, owned in ctx.contrasted.items() if j != k for p in owned}  # "against 5 in Zembla"
        places = [p for p in ctx.places if p not in others] if others else ctx.places
        if metric in m.recipient_metrics:  # "Zembla will receive $271 million in Ruritanian aid"
            places = recipients.without_donors(text, places, m.recipient_nouns)
        predicates = _predicates(ctx, metric)
        found = subjects.own_subject(text, (q.start, q.end), conjunct, clause, places, elsewhere, state.code,
                                     ctx.agencies, predicates, m.backdrop)
        found = metric_noun.places(text, q, clause, found, places, predicates, ctx.quantities, state.code,
                                   metric in m.recipient_metrics)  # "Remittances, sent by relatives in Zembla, ..."
        found = senders.shared_route(text, (q.start, q.end), found, places, predicates, state.code,
                                     rules.metrics.get(metric))  # "900 Ozians and 400 Zemblans deported from Oz"
        state.focus.note(sentence.paragraph, found, senders.only_where_they_came_from(text, found, places, state.code))
    if found.evidence is None or found.evidence.basis != "phrase":  # "76 in the capital", "52.1 in Kingston"
        found = state.focus.unnamed(text, q, ctx.places, ctx.named, sentence.paragraph, state.code) or found
    found = _continued(ctx, q, found, previous_claim if inherited else None, metric, conjunct, state)
    if not found.names and found.evidence is None and inherited and subjects.carries(previous_claim, ctx.sentence.start):
        found = subjects.Found(previous_claim.subject,
                               Evidence("subject", "discourse", f"{previous_claim.text} {in_focus.REFERRED_BACK}"))
    found = repeated.subject(repeat, found)
    head = state.previous[1] if state.previous and state.previous[0] == state.sentence_number else None
    found = sequel.shared_places(text, (q.start, q.end), clause, found, head, state.code)  # ", y una tasa de 14,8"
    found = sequel.unknown_place_shared((q.start, q.end), clause, found, head, sentence.start)  # "Zembla City ..., a rate of 61"
    if not found.names and found.evidence is None or subjects.only_a_yardstick(found):  # "at the border with Zembla"
        found = state.focus.carried(sentence.paragraph, metric, found, state.counts.series_head(state.sentence_number, q.start))
    found = groups.referred(text, (q.start, q.end), clause, found, state.focus, sentence.paragraph, m, state.code)
    found = subjects.with_regions(recipients.only(text, found, ctx, q, metric, m, state.code), m.members)  # aid: for whom
    start, end = sentence.start + q.start, sentence.start + q.end
    claim = Claim(id=_claim_id(source.path, start, end, "quantity"), source=source.path, value=value, unit=unit,
                  line=_line(sentence, q.start), column=_column(sentence, q.start), start=start, end=end,
                  sentence=ctx.display, text=q.text, kind="quantity", metric=metric, subject=found.names,
                  attribution=attributions.of(ctx.attribution, q.start, clause), noun=noun, change=change, time=scope,
                  binding=tuple(e for e in (metric_evidence, found.evidence, _time_evidence(scope),
                                            metric and rules.metrics[metric].routes
                                            and senders.evidence(text, found, ctx.places, state.code)) if e))
    claim = state.changes.restated(claim, text, q.start, sentence.paragraph, state.sentence_number, state.code)
    state.previous = (state.sentence_number, claim)
    state.counts.note(claim, sentence.paragraph, state.sentence_number, text, q.start, state.code)
    state.repeats.note(claim)
    if metric is not None:
        state.series = (state.sentence_number, claim)
        if unit is not None and unit.startswith("per ") and metric_evidence is not None \
                and metric_evidence.basis != "discourse":
            _note_rate(state, unit, metric, metric_evidence.words)  # "82.1 murders per 100,000": the rate in focus
    return claim


def _continued(ctx: _Context, q: Quantity, found: subjects.Found, previous: Claim | None, metric: str | None,
               conjunct: tuple[int, int], state: _State) -> subjects.Found:
    """The places of the figure a bare number goes on with ("compared with 700 in 2018"; binding.subject)."""
    if any(ch.isalpha() for ch in q.text) or (found.evidence is not None and found.evidence.basis in subjects.TIED):
        return found
    base = time_scopes.is_base_value(ctx.sentence.text, q, state.code)  # "..., up from 41,237 the year before": the head's
    before = state.previous[1] if base and not metric and state.previous and state.previous[0] == state.sentence_number else None
    head = previous or before or state.counts.closest_head(q.value.point, state.sentence_number)
    return subjects.continued(found, head, metric, (q.start, q.end if base else max(q.end, conjunct[1])), ctx.places,
                              [(o.start, o.end) for o in ctx.quantities], ctx.sentence.start, base)


def _metric_of(ctx: _Context, q: Quantity, k: int, unit: str | None, noun: str | None, change: str | None,
               clause: tuple[int, int], m: matchers.Matchers, rules: RuleSet,
               state: _State) -> tuple[str | None, Evidence | None]:
    """The metric of a figure that refers back to no other: from its own words and clause, else
    the rate in focus, else the whole it is a part of; none for a subset of another whole. A
    percent change of a rate ("whose rate jumped 16 percent") is that rate's."""
    before = state.previous[1] if unit == "percent" and state.previous and state.previous[0] == state.sentence_number else None
    if before is not None:  # "dropped to 93 per 100,000, a decline of 15 percent": the change of the 93
        found = in_focus.change_of_the_figure_before(ctx.sentence.text, q.start, before, before.end - ctx.sentence.start, state.code, q.end)
        if found[0] is not None:
            return found
    changed = "count"
    if unit == "percent" and change in ("up", "down"):
        governing = metrics.rate_governing(ctx.sentence.text, q.start, state.code)
        changed = _governing_rate_unit(ctx, q, governing, rules, state) or changed
    metric, evidence = (unit == "count" and borrowed.metric(ctx.sentence.text, q, ctx.quantities, ctx.hits, ctx.conjuncts[k],
                                                           m, rules, state.code)) \
        or _bound_metric(ctx, q, k, unit, noun, change, clause, ctx.conjuncts[k], m, rules, state.code, changed)
    if metric is None and changed != "count":
        return rate_focus.metric_of(ctx.sentence.text, q, changed, noun, clause, ctx.hits, rules, state.rates,
                                    state.code)
    if metric is not None:
        subset = _subset_of_whole(ctx, q, metric, state) or differences.a_gap(  # "Of those 150 deaths, 29 ..."
            ctx.sentence.text, (q.start, q.end), change, state.previous, state.sentence_number, metric, state.code) \
            or metrics.named_by_its_whole(ctx.sentence.text, q.start, q.end, ctx.hits.get(metric, {}), state.code)
        off = _off_the_series(q, unit, noun, change, metric, evidence, state) \
            and not in_focus.gapped(ctx.sentence.text, q.start, state.previous, state.code)  # "and Zembla 1,024"
        return (None, None) if subset or off else (metric, evidence)
    metric, evidence = rate_focus.metric_of(ctx.sentence.text, q, unit, noun, clause, ctx.hits, rules, state.rates, state.code)
    if metric is None:
        metric, evidence = _rate_of_count(ctx, q, unit, noun, clause, rules, state)
    if metric is None:
        metric, evidence = _whole_in_focus(ctx, q, unit, noun, clause, m, state)
    if metric is None:  # "the total passed the 4,000 mark": the series in focus
        if not state.counts.may_continue(unit):
            return None, None
        figure = in_focus.Figure(ctx.sentence.text, q.start, q.end, unit, noun, clause, ctx.conjuncts[k], change)
        metric, evidence = state.counts.metric_of(figure, ctx.hits, m, rules, ctx.sentence.paragraph, state.sentence_number, state.code)
    return metric, evidence


def _rate_of_count(ctx: _Context, q: Quantity, unit: str | None, noun: str | None, clause: tuple[int, int],
                   rules: RuleSet, state: _State) -> tuple[str | None, Evidence | None]:
    """The rate metric of a rate that names none, when its clause names by terms or verbs the count
    it is the rate of ("538 homicides in 2021, a rate of 8.3 per 100,000": `rate_of`; a noun such as
    "people" is not enough), and it is no population or target."""
    if unit is None or not unit.startswith("per ") or noun is not None \
            or metrics.context_cue(ctx.sentence.text, q.start, state.code, q.end):
        return None, None
    governing = metrics.rate_governing(ctx.sentence.text, q.start, state.code)  # "The rate fell to 12 per 100,000"
    return _stated_rate(ctx, q, rules, state, unit) or governing is not None and governing[1] and rate_of.of_count_before(
        rules, unit, state.counts.figures_before(ctx.sentence.paragraph, state.sentence_number)) or (None, None)


def _stated_rate(ctx: _Context, q: Quantity, rules: RuleSet, state: _State, unit: str | None):
    """The rate metric of the count its clause names, or of the count right before it in its sentence (binding.rate_of)."""
    before = state.previous[1] if state.previous and state.previous[0] == state.sentence_number else None
    return rate_of.of_count(ctx.sentence.text, ctx.hits, rules, clause_parts.containing(ctx.clauses, q.start), unit, before)


def _predicates(ctx: _Context, metric: str | None) -> list[tuple[int, int]]:
    """Where the terms and verbs of the figure's metric stand in its sentence: the predicates a
    place may act in ("Zembla deported 900 Hondurans"; binding.subject)."""
    roles = ctx.hits.get(metric, matchers.NO_HITS) if metric else matchers.NO_HITS
    return sorted({*roles.get("terms", ()), *roles.get("verbs", ())})


def _off_the_series(q: Quantity, unit: str | None, noun: str | None, change: str | None, metric: str,
                    evidence: Evidence | None, state: _State) -> bool:
    """Whether a bare number that takes its metric only from its clause is more than ten times off
    the figure of that metric just before it in its sentence ("down from 2,398 homicides and 36 in
    2019": the 36 is another quantity of the list, a rate, not a count of homicides)."""
    if q.kind != "number" or unit != "count" or noun is not None or change is not None or evidence is None \
            or evidence.basis != "clause" or state.previous is None or state.previous[0] != state.sentence_number:
        return False
    before = state.previous[1]
    if before.metric != metric or before.unit != unit or before.change is not None or before.value is None \
            or not before.value.point or not q.value.point:
        return False
    return not 0.1 <= abs(q.value.point / before.value.point) <= 10


def _note_rates(ctx: _Context, rules: RuleSet, state: _State) -> None:
    """Remember the rate metric a sentence names by its terms ("the murder rate"): the rate in
    focus, which a later rate that names no metric of its own ("a rate of 61 per 100,000") states."""
    state.counts.note_money(ctx.hits, rules, ctx.sentence.text, ctx.sentence.paragraph)  # "foreign aid programs"
    for mid, roles in ctx.hits.items():
        unit = rules.metrics[mid].unit
        if unit.startswith("per ") and roles.get("terms"):
            a, b = roles["terms"][-1]
            _note_rate(state, unit, mid, ctx.sentence.text[a:b])


def _note_rate(state: _State, unit: str, metric: str, words: str) -> None:
    state.rates.pop(unit, None)  # the last noted last: a bare rate takes the latest unit in focus
    state.rates[unit] = (metric, words)


def _governing_rate_unit(ctx: _Context, q: Quantity, governing: tuple[int, bool] | None, rules: RuleSet,
                         state: _State) -> str | None:
    """The unit of the rate a bare number is the value of: the unit of a rate metric whose term
    holds the rate word ("a murder rate of 90.4"), else that of the rate in focus when the rate word
    names it ("the rate had been 71"); None when no rate word governs the number or another
    metric's words stand between them ("the rate of arrests fell to 300"). ``governing``: the rate
    word that governs the number (binding.metric.rate_governing)."""
    if governing is None:
        return None
    rate_end, in_focus = governing
    spans = [(lo, hi, mid) for mid, roles in ctx.hits.items() for found in roles.values() for lo, hi in found]
    held = [(hi, mid) for lo, hi, mid in spans if lo < rate_end <= hi and rules.metrics[mid].unit.startswith("per ")]
    if any(max([rate_end, *(hi for hi, _ in held)]) <= lo and hi <= q.start for lo, hi, _ in spans):
        return None  # "the rate of arrests fell to 300"; not the rate's own term ("la tasa de homicidios ... fue de 38,9")
    if held:
        return rules.metrics[held[0][1]].unit
    stated = in_focus and not state.rates and _stated_rate(ctx, q, rules, state, None)  # "2,290 homicides, a rate of 24.6"
    return rules.metrics[stated[0]].unit if stated else next(reversed(state.rates), None) if in_focus else None


def _whole_in_focus(ctx: _Context, q: Quantity, unit: str | None, noun: str | None, clause: tuple[int, int],
                    m: matchers.Matchers, state: _State) -> tuple[str | None, Evidence | None]:
    """The metric of a part of a whole named before it ("ICE removed 250,000 people, among them
    50,000 Guatemalans"; "Mexico accounted for 90,000 of them"): the whole's, when the whole is the
    last count with a metric of its own, in this sentence or the one before, and is no smaller.
    The parts after the first in one sentence ("..., 28,000 Hondurans and 15,000 Salvadorans")
    belong to the same whole. A part whose noun names a subgroup or a thing is no part of it, nor
    one that opens its clause: "2,000 of them were released" says something new of them."""
    if unit != "count" or q.value.point is None \
            or (noun is not None and noun not in m.entity_of and not metrics.names_people(noun, state.code)):
        return None, None
    text = ctx.sentence.text
    if (metrics.names_a_part(text, q.start, q.end, state.code) or metrics.opens_on_a_whole(text, state.code)
            and metrics.tells_origin(text, q.end, state.code)) and not _opens_clause(text, q, clause):
        whole = _last_whole(state)  # "Mexico accounted for 900 of them", "Of them, 900 came from Zembla"
    elif noun is not None and state.whole is not None and state.whole[0] == state.sentence_number:
        whole = state.whole[1]
    else:
        return None, None
    if whole is None or whole.value is None or (whole.value.point or 0) < q.value.point \
            or metrics.names_a_subgroup(text, q.start, q.end, noun, m.subgroups[whole.metric], state.code):
        return None, None
    state.whole = (state.sentence_number, whole)
    return whole.metric, Evidence("metric", "discourse", f"{whole.text} (the whole it is a part of)")


def _subset_of_whole(ctx: _Context, q: Quantity, metric: str, state: _State) -> bool:
    """Whether a figure that states ``metric`` by its own words is a subset of another metric's whole the sentence
    opens on ("Of these, 17 were violent deaths", after 146 deaths in custody) or it names ("17 of those were killed"),
    or a kind of its own metric's whole ("78 of them violently")."""
    before = state.previous[1] if state.previous and state.sentence_number - state.previous[0] <= 1 else None
    whole = ctx.previous_claim if metrics.opens_on_a_whole(ctx.sentence.text, state.code) else before if before and \
        before.unit == "count" and metrics.names_its_whole(ctx.sentence.text, q.start, q.end, state.code) else None
    counts = state.counts.sentence[1] if state.counts.sentence[0] == state.sentence_number else []
    kind = next((c for c in reversed(counts) if c.unit == "count"), None)  # "263 died ..., at least 78 of them violently"
    text = ctx.sentence.text
    return whole is not None and whole.metric != metric or kind is not None and kind.metric == metric \
        and (kind.value.point or 0) > (q.value.point or 0) and metrics.a_kind_of_its_whole(text, q.end, state.code)


def _opens_clause(text: str, q: Quantity, clause: tuple[int, int]) -> bool:
    """Whether the figure is the first words of its clause: the subject its verb says something of."""
    return not any(ch.isalnum() for ch in text[clause[0]:q.start])


def _last_whole(state: _State) -> Claim | None:
    """The whole a part just named belongs to: the figure before it, in this sentence or the one
    before, when it is a count with a metric of its own; when that count is itself a part, its whole."""
    if state.previous is None or state.sentence_number - state.previous[0] > 1:
        return None
    head = state.previous[1]
    carried = head.evidence("metric")
    if carried is not None and carried.basis == "discourse":
        recent = state.whole is not None and state.sentence_number - state.whole[0] <= 1
        return state.whole[1] if recent else None
    return head if head.unit == "count" and head.metric is not None else None


def _antecedent(ctx: _Context, q: Quantity, k: int, unit: str | None, average: str | None,
                governing: tuple[int, bool] | None, state: _State) -> Claim | None:
    """The earlier figure whose unit, metric and noun a figure with no unit of its own takes: the
    previous figure when the sentence refers back to it (a count or a measure, not a span of time),
    else the head of the series a bare number continues; either only within a factor of ten of the figure. Never for an average (``average``:
    "..., a rate of 23 and an average of 4.7 a day") nor the value of a rate word (``governing``:
    "the rate had been 71", "the jobless rate was 9")."""
    if unit is not None or average is not None or governing is not None:
        return None
    previous = ctx.previous_claim
    if ctx.refers_back and previous is not None and previous.unit not in (None, "count", _DURATION) \
            and previous.value is not None and previous.value.point and 0.1 <= abs((q.value.point or 0) / previous.value.point) <= 10:
        head = previous
    else:
        head = (state.counts.closest_head(q.value.point, state.sentence_number, k in ctx.contrasted)  # "..., against 95"
                or _series_head(state)) if q.kind == "number" else None
        if head is None and q.kind == "number":  # "Zembla was put at 41": the rate in focus
            head = state.counts.rate_at(ctx.sentence.text, q.start, q.value.point, clause_parts.containing(ctx.clauses, q.start),
                                        ctx.hits, ctx.sentence.paragraph, state.sentence_number, state.code)
        if head is None or not (head.value is not None and head.value.point and q.value.point and 0.1 <= abs(
                q.value.point / head.value.point) <= 10) or _other_predicate(ctx, k, head.metric):
            return None
    if head.unit is not None and head.unit.startswith("per ") and metrics.part_back(ctx.sentence.text, q.start, q.end, state.code):
        return None  # not "51 per 100,000. Of them, 59 were minors": a part of a count of people
    return head


_DURATION = "day"  # the canonical unit of a span of time: "the most in 9 years. Of those, 31,460 ..." counts no years


def _other_predicate(ctx: _Context, k: int, metric: str | None) -> bool:
    """Whether figure ``k``'s conjunct holds a term or verb of another metric than ``metric``: "Mexico
    deported 16,000 and the U.S. caught 51,000" says something else of the 51,000 (binding.focus)."""
    return in_focus.other_predicate(ctx.hits, ctx.conjuncts[k], metric, ctx.quantities, k, ctx.contrasted)


def _series_head(state: _State) -> Claim | None:
    """The figure a bare number continues: the last figure with a metric in its sentence ("Zembla
    at 61.7 and Ruritania at 47"), or a rate in the sentence before ("... In 2020 it stood at 36")."""
    if state.series is None:
        return None
    number, head = state.series
    if head.unit is None or number == state.sentence_number:  # a figure with no unit continues nothing
        return None if head.unit is None else head
    carried = head.evidence("metric")
    if carried is not None and carried.basis == "discourse":
        return None  # a metric carried from the discourse is carried no further
    return head if head.unit.startswith("per ") and state.sentence_number - number <= _RATE_REACH else None


_RATE_REACH = 1  # sentences over which a rate stays the one in focus


def _bound_metric(ctx: _Context, q: Quantity, k: int, unit: str | None, noun: str | None, change: str | None,
                  clause, conjunct, m: matchers.Matchers, rules: RuleSet, code: str,
                  changed: str = "count") -> tuple[str | None, Evidence | None]:
    """The figure's metric and why: the best metric of its sentence (``matchers.best_metric``), kept only when its own
    words allow it (binding.metric). A percent change is that of a figure in ``changed`` ("killings rose 12%")."""
    counted, figure = unit == "percent" and change in ("up", "down"), matchers.Figure(
        q.start, q.end, ctx.sentence.text, code, clause_parts.next_start(ctx.quantities, k),  # vetoes past the next: its own
        ctx.quantities[k - 1].start if k else -1)
    metric = matchers.best_metric(changed if counted else unit, noun, clause, ctx.hits, m, rules, conjunct, figure)
    if metric is None:
        return None, None
    text, hits = ctx.sentence.text, ctx.hits.get(metric, matchers.NO_HITS)
    predicate_end = clause_parts.predicate_end(text, q, clause_parts.next_start(ctx.quantities, k), conjunct)
    own = carrier.owns(text, q.start, predicate_end, hits, code, q.end)  # its phrase, its predicate or one before it
    ca, cb = conjunct
    if not any(ca <= a and b <= cb for role in ("terms", "verbs", "nouns") for a, b in hits.get(role, ())) \
            and _other_predicate(ctx, k, metric):
        return None, None  # "Mexico deported 16,000 and the U.S. caught 51,000": not the deportations
    demonym = noun is not None and noun in m.entity_of
    said = None if q.text.rstrip(")]")[-1:].isdigit() else noun  # "above 41,877": the noun is the list's
    if metrics.not_a_metric(text, q.start, q.end, said, unit == "count", own, m.metric_nouns[metric], demonym, code):
        return None, None
    if metrics.names_a_subgroup(text, q.start, q.end, noun, m.subgroups[metric], code, shared=not own) \
            or _compares_a_subgroup(ctx, q, k, clause, m.subgroups[metric], code):
        return None, None  # "27 killings of prison guards": a part, never the total
    a, b = clause
    spans = [(lo, hi) for role in ("terms", "nouns") for lo, hi in hits.get(role, ()) if a <= lo and hi <= b]
    if metrics.a_term_names_a_subgroup(text, spans, m.subgroups[metric], code, own):
        return None, None  # "Removals of people who came as family units rose to 5,700": a part, too
    where = rules.metrics[metric].where
    return metric, metrics.evidence(hits, text, q.start, q.end, predicate_end, noun, m.metric_nouns[metric], where)


def _compares_a_subgroup(ctx: _Context, q: Quantity, k: int, clause: tuple[int, int], subgroups: tuple[str, ...],
                         code: str) -> bool:
    """Whether the figure is the change or the base value of a count of a subgroup before it in its
    clause ("900 people travelling in family units, up 30% from 690 the year before"): it then
    compares that subgroup, never the metric's total."""
    text = ctx.sentence.text

    def compares(p: Quantity) -> bool:
        return _change(text, p, code) in ("up", "down") or time_scopes.is_base_value(text, p, code)
    head = next((p for p in reversed(ctx.quantities[:k]) if not compares(p)), None) if compares(q) else None
    return head is not None and head.start >= clause[0] and metrics.names_a_subgroup(
        text, head.start, head.end, canonical.value_and_unit(head)[2], subgroups, code) is not None


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
        change = differences.direction(text, q.start, q.end, code, q.kind) or change
    return change


# --------------------------------------------------------------------------- event claims

# What states an event: its words, the time that dates it, and its trigger (the verb, or the time
# inside a dated noun phrase): two events never share a trigger (event_choice.best_events).
_Trigger = tuple[tuple[int, int], TimeMention, tuple[int, int]]
_Stated = tuple[Claim, tuple[int, int], tuple[int, int]]  # an event claim, its trigger's and its time's spans


def _event_claims(ctx: _Context, m: matchers.Matchers, state: _State) -> list[Claim]:
    """Dated event claims of a sentence that names some event object and a time: every mention of
    an object is read ("the truce of 2015 ... the pact collapsed in 2017" states two events)."""
    text = ctx.sentence.text
    found, endings, said = [], [], event_choice.verb_spans(text, m.event_res)  # every event verb: each dates its own
    for eid, (objects, verbs) in m.event_res.items():
        if objects is None or verbs is None:
            continue
        lasting, ender = m.lasting.get(eid, (None, None))
        for obj in objects.finditer(text):
            trigger = _event_verb(ctx, state, verbs, obj, said)
            if trigger is not None:
                found.append(_event_claim(ctx, state, eid, obj, *trigger))
                continue
            trigger = events.noun_trigger(text, obj.span(), ctx.times, state.code) if eid in m.dated_nouns else None
            if trigger is None and lasting is not None:
                trigger = _event_verb(ctx, state, lasting, obj, said)
                if trigger is not None and trigger[1].relation not in ("range", "since"):
                    trigger = None  # "the truce held in 2013" says it held, not when it began
            if trigger is None:
                continue
            if trigger[1].relation == "since":  # "has kept a state of emergency since May 2019": begun then
                found.append(_event_claim(ctx, state, eid, obj, *trigger, events.since_start(time_scopes.resolve(trigger[1], state))))
                continue
            if trigger[1].relation != "range":
                found.append(_event_claim(ctx, state, eid, obj, *trigger))
                continue
            # a lifetime ("the truce, in force between 2012 and 2014"): begun at its first year, ended at its last
            ends = events.lifetime_ends(time_scopes.resolve(trigger[1], state))
            if ends is not None:
                found.append(_event_claim(ctx, state, eid, obj, *trigger, scope=ends[0]))
                if ender is not None:
                    endings.append(_event_claim(ctx, state, ender, obj, *trigger, scope=ends[1]))
    kept = event_choice.best_events([f for f in found if f is not None])
    ended = [e[0] for e in endings if e is not None and not any(k.metric == e[0].metric for k in kept)]
    return sorted(kept + ended, key=lambda c: (c.start, c.metric))


def _event_verb(ctx: _Context, state: _State, verbs, obj, said: list[tuple[int, int]]) -> _Trigger | None:
    """The verb that states the event of ``obj``, nearest it in its clause, and the time of that clause
    nearest them that no other event verb of ``said`` took: the event's words, its time and the verb's span."""
    text = ctx.sentence.text
    clause = clause_parts.containing(ctx.clauses, obj.start())
    verb = event_choice.nearest_verb(verbs, text, clause, obj, state.code)
    if verb is None:
        return None
    if events.governs_another_verb(text, verb.end(), obj.start(), state.code):
        return None  # "the ceasefire started to fray": the verb's own object is another verb
    span = (min(obj.start(), verb.start()), max(obj.end(), verb.end()))
    # a time in the object's own noun phrase dates the object, not the verb: "the 2012 truce collapsed in 2014"
    own = events.dated_noun(text, obj.span(), ctx.times, state.code, dates_only=False)
    times = event_choice.own_times([t for t in ctx.times if t is not own], text, obj.span(), verb.span(), said)
    mention = event_choice.event_time(times, text, span, clause, ctx.clauses, verb, state.code)
    return None if mention is None else (span, mention, verb.span())


def _event_claim(ctx: _Context, state: _State, eid: str, obj, span: tuple[int, int], mention: TimeMention,
                 trigger: tuple[int, int], scope: TimeScope | None = None) -> _Stated | None:
    """The claim of event ``eid`` stated by the words ``span``, dated by ``mention`` (or one end of
    it, ``scope``), with its trigger's and its time's spans (for event_choice.best_events)."""
    source, sentence = ctx.source, ctx.sentence
    text = sentence.text
    clause = clause_parts.containing(ctx.clauses, obj.start())
    scope = scope or time_scopes.resolve(mention, state)
    if not (scope.start or scope.end or scope.basis == "event"):
        return None
    marker = events.further_marker(text, obj.start(), state.code)  # "a new truce": its words hold "new"
    if marker is not None and marker < span[0]:
        span = (marker, span[1])
    start, end = sentence.start + span[0], sentence.start + span[1]
    # the event's own statement runs to its date: "a truce struck between Ruritania's militias in 2012"
    stated = (min(span[0], mention.start), max(span[1], mention.end))
    found = subjects.own_subject(text, stated, clause, clause, ctx.places, (), state.code)
    if not found.names:
        found = state.focus.carried(sentence.paragraph)
    claim = Claim(id=_claim_id(source.path, start, end, eid), source=source.path,
                  line=_line(sentence, span[0]), column=_column(sentence, span[0]), start=start, end=end,
                  sentence=ctx.display, text=text[span[0]:span[1]], kind="event", metric=eid,
                  subject=found.names, attribution=attributions.of(ctx.attribution, span[0], clause), value=None,
                  unit=None, noun=None, change=None, time=scope,
                  binding=tuple(e for e in (found.evidence, _time_evidence(scope)) if e))
    return claim, trigger, (mention.start, mention.end)


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
