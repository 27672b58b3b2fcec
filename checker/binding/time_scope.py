"""A figure's time scope: the time expression of its clause that dates it, resolved against the
discourse (a reference to an earlier period, "two months ago", "the year before"), else the period
inherited when the sentence refers back, else, for a count of events, the time in focus of its
paragraph (``Lead``), else "as of" the publication date (DESIGN.md).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Protocol

from checker import patterns, timex
from checker.binding import as_of, coordinated, day_span, fiscal, joined, reported, since_phrase, started, when_clause
from checker.binding import before_event, distant_base, legends, own_period, span_after, time_asides, time_resolve, yearless_months
from checker.binding import average as averages
from checker.binding import clauses as clause_parts
from checker.binding import period as periods
from checker.binding.base_value import base_time, dates_a_base_value, is_base_value, owns_a_base_value, single_words
from checker.binding.list_header import BULLETED
from checker.binding.time_resolve import resolve
from checker.model import Claim, Quantity, TimeMention, TimeScope

if TYPE_CHECKING:
    from checker.ruleset import RuleSet


class Discourse(Protocol):
    """What a time scope may inherit from earlier sentences (the claim stage's document state)."""

    anchor: timex.Anchor | None
    publication: TimeScope | None
    last_time: TimeScope | None
    sentence_time: TimeScope | None
    resolved: dict[tuple[int, int], TimeScope]  # the sentence's time expressions resolved so far, by span
    bases: dict[tuple[int, int], bool]  # per time expression of the sentence, whether it is a base (``_is_base``)
    code: str
    lead: Lead
    previous: tuple[int, Claim] | None  # (sentence number, claim): the last figure
    sentence_number: int


@dataclass
class Lead:
    """The time in focus that a count of events with no time of its own takes from the discourse:
    the period of a sentence that speaks of one period only — its times agree (bases of comparisons,
    the times of base values, "since" times, days and the dates of published works aside), and so
    do its dated figures with a
    metric — kept while the text stays on it: in its paragraph or the next one ("... 45 per
    100,000 for 2018. // Zembla came next with 38"), until another time is named. A
    paragraph set apart by emphasis (a caption, a link to another story: "*See also: ...*")
    gives none."""

    scope: TimeScope | None = None
    paragraph: int = -1  # the lead's paragraph
    named: TimeScope | None = None  # the last time named when the lead was set
    first: TimeScope | None = None  # the first and last periods of figures with a metric in the sentence being read
    last: TimeScope | None = None
    single: bool = True  # whether the sentence being read names one period only
    fiscal: bool = False  # whether the text has named a fiscal year: its running totals count from one
    checked: bool = False  # whether its times were read
    reading: tuple[int, int] = (0, -1)  # the sentence being read: number, paragraph
    article: TimeScope | None = None  # the article's time in focus: the first lead it set
    back_to: str | None = None  # when the sentence being read names only bases of comparisons: their last day
    back_years: bool = False  # whether those bases are whole years
    as_of: TimeScope | None = None  # the last fiscal year to date a figure with a metric counted ("Oct. 1 through May 31")
    ranked: TimeScope | None = None  # the period of the ranking list in focus: its last dated placed figure's
    shifted: tuple[TimeScope, TimeScope] | None = None  # the last period a shift named ("a year earlier"), and its focus
    fitted: tuple[int, TimeScope, TimeScope] | None = None  # paragraph, a running period and the stretch a length gave it
    back: frozenset[tuple[str, str]] = frozenset()  # the periods the sentence being read looks back at (when_clause)
    started: tuple[int, TimeScope] | None = None  # the last day something began on, and its paragraph (binding.started)
    counted: frozenset[str] = frozenset()  # the metrics of the dated figures of the sentence being read
    kept: frozenset[str] = frozenset()  # ... and of the sentence that set the lead: a fiscal year is theirs alone
    item: bool = False  # whether the sentence being read is an item of a bulleted list
    heading: tuple[bool, TimeScope | None] = (False, None)  # whether it leads in a list; the last time named before it

    def enter(self, state: Discourse, number: int, paragraph: int, text: str) -> None:
        """Close the sentence just read (its period, if it speaks of one) and open sentence ``number``."""
        self.seen(state)
        if self.item and self.first is not None and periods.runs_at(self.first, state.publication):
            pass  # a list's item counted to date is its own, no sibling's ("- 60,000 arrested since March 27")
        elif self.heading[0] and self.first is None and state.last_time is not None \
                and state.last_time is not self.heading[1]:  # "Zembla's figures for 2022:" before its list
            self.scope, self.named, self.paragraph = state.last_time, state.last_time, self.reading[1]
        elif self.first is not None:
            agree = self.single and time_resolve.same_span(self.first, self.last)
            if agree and when_clause.looks_back(self.back, self.first, self.scope or self.article):
                self.named = state.last_time if self.scope is not None else None  # "the peak of 2017, when ..."
            else:
                self.scope, self.named = (self.first, state.last_time) if agree else (None, None)
                self.kept = self.counted
                self.article = self.article or self.scope
                self.paragraph = self.reading[1]
        elif self.scope is not None and not time_resolve.same_span(state.last_time, self.named):
            self.scope = None  # another time was named after it
        aside = text.lstrip()[:1] in ("*", "_")  # emphasis sets the paragraph apart from the story's text
        self.item = BULLETED.match(text) is not None
        self.heading = (text.rstrip().endswith(":"), state.last_time)  # a list's lead-in, and the time named before it
        self.first, self.last, self.back_to, self.back, self.counted = None, None, None, frozenset(), frozenset()
        self.single, self.checked = not aside, aside
        self.reading = (number, paragraph)

    def seen(self, state: Discourse, text: str = "", times: list[TimeMention] = (),
             quantities: list[Quantity] = ()) -> None:
        """Note the period of the sentence's last figure so far when it has a metric and is the
        sentence's time in focus (no base value), and once per sentence whether its times name one
        period."""
        figure = state.previous[1] if state.previous and state.previous[0] == self.reading[0] else None
        time = figure.time if figure is not None and figure.metric is not None else None  # a figure with a metric's
        if time is not None and fiscal.runs_to_date(time, state.publication):
            self.as_of = time
        if time is not None and time is state.sentence_time:
            self.first = self.first or time
            self.last = time
            self.counted |= {figure.metric}
        elif time is not None and self.scope is not None and time.basis == "inherited" and time_resolve.same_span(time, self.scope):
            self.first = self.first or self.scope  # it took the lead: the text stays on that period
            self.last = self.scope
        if not self.checked and text:
            self.checked = True
            self.fiscal = self.fiscal or any(fiscal.is_fiscal_year(t.scope) for t in times)
            periods_named = {(s.start, s.end) for t in times  # a day names when a report came out, too
                             if t.scope.granularity != "day" and t.relation != "since"
                             and not _is_base(text, t, quantities, state)
                             and not since_phrase.frames_a_record(text, t, state.code)  # "the highest since ... 1994"
                             and not periods.dates_a_publication(text, t.start, t.end, state.code)
                             for s in (resolve(t, state),) if s.start or s.end}
            self.single = len(periods_named) <= 1
            bases = [t.scope for t in times if t.relation == "in" and t.scope.end
                     and _is_base(text, t, quantities, state)]
            self.back_to = max(b.end for b in bases) if bases and len(bases) == len(times) else None
            self.back_years = all(b.granularity == "year" for b in bases)
            self.back = when_clause.looked_back(text, times, state.code) if times else frozenset()

    def carried(self, days: float | None, metric: str | None = None) -> TimeScope | None:
        """The lead, when the sentence being read is in its paragraph or the next, and the figure's
        own length (``days``: "273 in 30 days") is none or the lead's; a fiscal year only for a metric
        its figures counted ("$31 million in fiscal 2020. ... 2,450 homicides for the year": no fiscal year)."""
        paragraph = self.reading[1]
        if self.scope is None or not self.paragraph <= paragraph <= self.paragraph + 1:
            return self._looking_back(days)
        if metric not in self.kept and fiscal.is_fiscal_year(self.scope):
            return None
        if days and self.scope.start and self.scope.end:
            length = (date.fromisoformat(self.scope.end) - date.fromisoformat(self.scope.start)).days + 1
            if abs(length - days) > days * 0.05:
                return None  # a stretch within the period in focus, or past it: not that period
        where = "paragraph" if paragraph == self.paragraph else "paragraph before"
        return replace(self.scope, text=f"{self.scope.text} (the time in focus in the {where})", basis="inherited")

    def in_ranking(self) -> TimeScope | None:
        """The period of the ranking list in focus, for a figure placed in it with no time of its own
        ("Acapulco finished second with a rate of 143", after "came fourth at 101.99" in 2012)."""
        if self.ranked is None:
            return None
        return replace(self.ranked, text=f"{self.ranked.text} (the ranking list's period)", basis="inherited")

    def _looking_back(self, days: float | None) -> TimeScope | None:
        """The article's time in focus for a sentence whose only times are the bases of its
        comparisons, all before it ("Zembla's rate was little changed at 35, slightly below the 37
        recorded in 2014", far from the lead's "in 2015"): the text still speaks of that period; of its
        whole year when the bases are years and the lead a stretch of one ("7.5, against 18.4 in 2020",
        after a lead on a day of 2021): a figure set against a year's is a year's."""
        lead = self.article
        if days or lead is None or not lead.start or self.back_to is None or self.back_to >= lead.start:
            return None
        if self.back_years and lead.granularity != "year" and lead.end and lead.start[:4] == lead.end[:4]:
            lead = replace(lead, start=f"{lead.start[:4]}-01-01", end=f"{lead.start[:4]}-12-31", granularity="year")
        return replace(lead, text="the article's time in focus", basis="inherited")


def flows(rules: RuleSet, metric: str | None) -> str | None:
    """``metric`` when it counts events over a period (no stock, no running total), else None: only
    such a figure takes the time in focus when it has none of its own."""
    rule = rules.metrics.get(metric) if metric is not None else None
    return metric if rule is not None and not (rule.stock or rule.cumulative) else None


def choose(text: str, q: Quantity, k: int, quantities: list[Quantity], times: list[TimeMention], clause, state: Discourse,
           may_inherit: bool, flow: str | None = None) -> TimeScope | None:
    """The time scope of quantity ``k``: its clause's time expression, resolved; else the period
    of the previous sentence when ``may_inherit`` (the sentence refers back); else, for a ``flow``
    (the metric of a count of events: ``flows``), the time in focus in its paragraph (``Lead``);
    else publication.
    A figure whose own words give it a longer length than its period ("39 on Sunday, a two-day
    toll of 83") runs that long up to its period's end (periods.fit_length)."""
    state.lead.seen(state, text, times, quantities)
    since = since_phrase.since_an_event(text, q, clause, times, state.publication, state.code) if flow else None
    if since is not None:
        return since  # "Since the plan began, 830 killings": not the time in focus, nor another label's
    scope = _scope(text, q, k, quantities, times, clause, state, may_inherit)
    if not flow and periods.a_deadline_ahead(scope, state.publication, state.code):
        return state.publication  # "8,000 now holding permits until May 2031": the level now, not its end
    ranked = flow and periods.placed_in_a_ranking(text[clause[0]:q.start], state.code)
    if scope is not None and scope.basis == "publication" and flow \
            and not periods.states_the_present(text[clause[0]:q.start], state.code) \
            and not periods.states_a_habit(text, state.code):
        days = _own_length(text, q, k, quantities, state.code)
        carried = state.lead.carried(days, flow)  # "... through December 30; not expected to push the total past 4,000"
        carried = periods.projected(carried, text[clause[0]:q.start], state.code) if carried is not None else None
        return _joined_time(text, q, k, quantities, state) or carried \
            or (state.lead.in_ranking() if ranked and not days else None) or scope
    days = _length(text, q, k, quantities, state.code, scope, state.publication) \
        if scope is not None and scope.start else None
    scope = _eve(text, q, times, _fitted(scope, days, state), state.code)
    before = state.previous[1].time if state.previous is not None else None
    if ranked and scope is not None and scope.basis == "inherited" and time_resolve.same_span(before, state.lead.ranked) \
            and not time_resolve.same_span(scope, before):
        return state.lead.in_ranking()  # "Ruritania followed in 19th place with 48.27": the list's, as the figure before
    if ranked and scope is not None and scope.start and scope.end:
        state.lead.ranked = scope  # "came fourth at 101.99" in 2012: the list's period
    return scope


def _fitted(scope: TimeScope | None, days: float | None, state: Discourse) -> TimeScope | None:
    """``scope`` fitted to the length the figure's words give it (periods.fit_length); a running
    period a length cut short in the paragraph is that stretch when named again ("May: 273 in 30
    days, per the forensic count. Police data show 263 in May" - both the first 30 days)."""
    if days:
        fitted = periods.fit_length(scope, days, state.publication)
        if periods.runs_at(scope, state.publication) and not time_resolve.same_span(fitted, scope):
            state.lead.fitted = (state.lead.reading[1], scope, fitted)
        return fitted
    kept = state.lead.fitted
    if kept is not None and kept[0] == state.lead.reading[1] and scope is not None and scope.basis != "inherited" \
            and time_resolve.same_span(scope, kept[1]):
        return replace(scope, end=kept[2].end, granularity=kept[2].granularity)
    return scope


def _eve(text: str, q: Quantity, times: list[TimeMention], scope: TimeScope | None, code: str) -> TimeScope | None:
    """``scope`` as the day before the dated event named before the figure when the figure's clause
    is the event's cause, a day's toll (periods.eve_of)."""
    named = [t for t in times if t.end <= q.start and time_resolve.same_span(t.scope, scope)]
    if scope is None or not named:
        return scope
    return periods.eve_of(scope, text[named[-1].end:q.start], text[q.end:q.end + 80], code)


def _joined_time(text: str, q: Quantity, k: int, quantities: list[Quantity], state: Discourse) -> TimeScope | None:
    """The period of the figure right before, when a coordinator joins the two ("fell to 29th with
    612 killings and a rate of 41.38"): a figure with no time of its own shares it."""
    if not k or state.previous is None or state.previous[0] != state.sentence_number:
        return None
    before, claim = quantities[k - 1], state.previous[1]
    t = claim.time
    if claim.text != before.text or t is None or not t.start or not joined.joins(text, before.end, q.start, state.code):
        return None
    return replace(t, text=f"{t.text} (of the figure it is joined to)", basis="inherited")


def _own_length(text: str, q: Quantity, k: int, quantities: list[Quantity], code: str) -> float | None:
    """The length in days that the figure's own words give it: a duration right after it, linked
    by "in" or "over" ("273 in 30 days"), or one before it naming its head ("a two-day toll of 83")."""
    if q.kind == "duration":
        return None
    after = quantities[k + 1] if k + 1 < len(quantities) else None
    before = quantities[k - 1] if k else None
    if after is not None and after.kind == "duration" \
            and periods.links_a_length(text[q.end:after.start], after.text, "after", code):
        return periods.days_of(after)
    if before is not None and before.kind == "duration" \
            and periods.links_a_length(text[before.end:q.start], before.text, "before", code):
        return periods.days_of(before)
    return None


def _length(text: str, q: Quantity, k: int, quantities: list[Quantity], code: str, scope: TimeScope,
            publication: TimeScope | None) -> float | None:
    """``_own_length``, or in a period (``scope``) still running at ``publication``, for an average
    per day or a bare figure with none, the one length the sentence's other counts state ("so far
    this year, 900 in 120 days, or 7.5 a day": the average of that stretch)."""
    days = _own_length(text, q, k, quantities, code)
    if days is not None or not (q.per == "day" or (q.kind == "number" and q.noun is None)) \
            or not periods.runs_at(scope, publication):  # last: it reads three dates
        return days
    lengths = {_own_length(text, o, j, quantities, code) for j, o in enumerate(quantities)
               if o is not q and o.kind in ("count", "number") and o.per is None}
    lengths.discard(None)
    return lengths.pop() if len(lengths) == 1 else None


def _scope(text: str, q: Quantity, k: int, quantities: list[Quantity], times: list[TimeMention], clause,
           state: Discourse, may_inherit: bool) -> TimeScope | None:
    own_phrase = own_period.phrase(text, q, times, state.code) or span_after.period(  # "in the first 50 days after
        text, q, clause, times, quantities, state.lead.started, state.lead.reading[1], state.code)  # the pact"
    if own_phrase is not None:  # "and 31 over the whole term": not the clause before's "in 2009"
        return own_phrase
    times = legends.without_legends(text, times, state.code)  # "with 2019 in parentheses"
    chosen = (_modifier_time(text, q, k, quantities, times, state.code)
              or _chosen_time(text, q, k, quantities, times, clause, state.code)) if times else None
    focus = state.sentence_time or state.last_time
    if chosen is not None and q.end <= chosen.start \
            and periods.names_a_base(text[max(q.end, chosen.start - 45):chosen.start], state.code,
                                     single_words(chosen), periods.is_a_year(chosen.scope, state.code),
                                     q.change in ("up", "down")):
        earlier = [t for t in times if clause[0] <= t.start and t.end <= q.start  # not "divulgados este jueves"
                   and not reported.dates_a_saying(text, t, q, state.code)]
        if earlier:  # "in the first seven months of 2021 there were 35 more than in the same stretch of 2020"
            return distant_base.between(_resolved(earlier[-1], state), chosen.scope, text, q, state.code)
        article = state.lead.article
        if focus is not None and time_resolve.same_span(focus, chosen.scope):  # "more than in 2017" after a figure of
            focus = None if not _whole_year(article) or article.end <= (chosen.scope.end or "") else article  # 2017
        if focus is not None and periods.is_a_year(chosen.scope, state.code) and not _one_year(focus) \
                and _whole_year(article) and chosen.scope.end and article.end > chosen.scope.end \
                and not (chosen.scope.basis == "relative" and state.previous is not None  # "más que el año pasado"
                         and time_resolve.same_span(state.previous[1].time, focus)):  # after a figure's stretch: that stretch's
            return replace(article, text=chosen.scope.text, basis="relative")  # "136,000, 8% fewer than in 2020"
        if focus is not None:  # "1,300 fewer than the year before"
            spanned = distant_base.between(focus, chosen.scope, text, q, state.code)
            return spanned if spanned is not focus else replace(focus, text=chosen.scope.text, basis="relative")
        chosen = None  # "1,409, down 6% from the first half of 2022" and nothing in focus: the base's time is not its own
    if chosen is not None and (_anothers_time(text, q, k, quantities, chosen, times, state.code) or state.sentence_time
                               and reported.dates_a_publishing(text, chosen, state.code)):  # "a report released in May"
        if state.sentence_time is not None:  # "closed 2021 with 1,715, 4.7 a day, from 2,350 in 2020"
            return replace(state.sentence_time, basis="relative")
        chosen = None  # no time of its own: "That is 15 per 100,000, compared with 22 a year earlier and 40 in 2010"
    own = (before_event.counted_back(text, chosen, state.code) if chosen is not None else None) \
        or _said_before(text, chosen, times, quantities, state)
    if own is not None:  # "When she took office in August 2017, ... 11.2 a day, the figure for that month"
        return own
    when = _when_time(text, q, k, quantities, times, state.code) if times else None
    if when is not None:
        scope = _resolved(when, state)  # "since 2016, when it recorded 128": 2016; "through 2019, when ..."
        return periods.named_start(scope) if when.relation == "since" else scope
    if chosen is not None:
        return _as_of_saying(text, q, chosen, state) or _from_chosen(text, q, quantities, chosen, times, clause, state)
    if may_inherit and state.last_time is not None:
        return replace(state.last_time, basis="inherited")
    return state.publication


def _as_of_saying(text: str, q: Quantity, chosen: TimeMention, state: Discourse) -> TimeScope | None:
    """A figure's only time when it dates a saying after it ("66,000 have been arrested, the
    government said on Monday"): the figure is "as of" that day, no count of the day itself."""
    if chosen.start < q.end or not reported.dates_the_release(text, chosen, state.code, q.end):
        return None  # not "reported 193 homicides in 2021": the verb before the figure
    said = _resolved(chosen, state)
    return replace(said, start=None, text=f"{said.text} (as of the day it was said)", granularity="day")


def _from_chosen(text: str, q: Quantity, quantities: list[Quantity], chosen: TimeMention, times: list[TimeMention],
                 clause, state: Discourse) -> TimeScope:
    """The period time ``chosen`` gives figure ``q``: resolved, then reached, projected, fiscal, as
    of a closing day, since an event, within a span, or up to a date, as its words say."""
    scope = _reach(periods.projected(_months_in_focus(text, chosen, times, state), text[clause[0]:q.start], state.code),
                   chosen, times, state)
    if chosen.relation == "in":  # "killed in 2016" in a 2016 article: 2016 so far, as "this year" is
        scope = periods.own_year_so_far(scope, text[clause[0]:q.start] + " " + text[q.end:max(q.end, chosen.start)],
                                        state.publication, state.code)  # "3,000, he said it expects in 2018"
    length = next((p for p in quantities if p.start >= chosen.end), None)
    if length is not None and length is not q and length.end <= q.start:  # "from July 2016, for 11 months"
        scope = periods.runs_for(scope, text[chosen.end:length.start], length, state.code)
    if state.lead.as_of is not None and chosen.relation in ("in", "since"):  # "so far this year", "since 2009"
        scope = fiscal.fiscal_so_far(scope, chosen.relation, state.lead.as_of,
                                      state.publication.end if state.publication else None)
    if chosen.relation == "in":  # "at the close of August"; "so far this year through August"
        scope = as_of.ended_by(text, chosen, as_of.closing(text, q, chosen, scope, state.code), times)
    between = text[q.end:chosen.start] if q.end <= chosen.start else since_phrase.set_off_since(text, chosen, state.code)
    since_event = since_phrase.since_the_event(scope, chosen, between, state.publication, state.code)
    if chosen.relation == "since" or since_event is not scope:  # "Al cierre del martes, ... 480 desde el 1 de enero"
        scope = as_of.fronted_day(text, q, chosen, since_event, times)
    scope = day_span.within(text, chosen, scope, quantities, state.code)  # "En agosto, del día 1 al 20"
    if chosen.relation == "in" and chosen.end <= q.start:
        scope = as_of.counted_since(text, chosen, scope, times, state.code)
    return _up_to(text, q, chosen, scope, clause, state, times) if chosen.relation in ("by", "until") else scope


def _counted_within(scope: TimeScope, chosen: TimeMention, times: list[TimeMention]) -> TimeScope:
    """A count up to a date ("until Friday") in a sentence that names the stretch it runs within
    ("so far in March, until Friday, 86") or counts since ("since October, 41,000, ... 70,000 before
    September ends"; within a year): from that stretch's start, not its year's."""
    if not scope.start or not scope.end or scope.start == chosen.scope.start:
        return scope
    for t in times:
        other = t.scope
        if t is chosen or not other.start or not other.end:
            continue
        if t.relation == "in" and scope.start < other.start <= scope.end <= other.end:
            return replace(scope, start=other.start)
        if t.relation == "since" and other.start < scope.start and other.end <= scope.end \
                and (date.fromisoformat(scope.end) - date.fromisoformat(other.start)).days < 366:
            return replace(scope, start=other.start)
    return scope


def _up_to(text: str, q: Quantity, chosen: TimeMention, scope: TimeScope, clause, state: Discourse,
           times: list[TimeMention]) -> TimeScope:
    """The period of a figure dated "by" or "until" a time: a change since an earlier figure of its
    sentence, a fiscal year or a year to that date, or the stretch to it."""
    changed = _changed_since(scope, state) if q.change in ("up", "down") else None
    if changed is not None:
        return changed  # "$815 million for fiscal 2020, ... then shrank 25% through fiscal 2023"
    if state.lead.fiscal:  # "reached 5,000 by June 30" after "fiscal 2014"; "began on Oct. 9. As of Dec. 12, 186 ..."
        scope = fiscal.fiscal_to_date(periods.ahead(scope, text[clause[0]:q.start], state.publication, state.code))
        return started.from_start(scope, state.lead.started, state.lead.reading[1], text, state.code)
    if chosen.relation == "by" and averages.per(text, q.start, q.end, state.code) in ("day", "week", "month"):
        return periods.year_to_date(scope)  # "as of April 30, killings were averaging 13.6 a day"
    scope = _counted_within(periods.to_date(scope, state.code), chosen, times)
    scope = as_of.counted_since(text, chosen, scope, times, state.code)
    return started.from_start(scope, state.lead.started, state.lead.reading[1], text, state.code)


def _changed_since(scope: TimeScope, state: Discourse) -> TimeScope | None:
    """The span of a change up to a time ("aid then shrank by 25% through fiscal 2023") after a
    figure of its sentence dated earlier ("$815 million for fiscal 2020"): from that period's start
    to this one's end; None when no earlier period was stated in the sentence."""
    since = state.sentence_time
    if since is None or not since.start or not scope.start or not scope.end or since.start >= scope.start:
        return None
    return replace(scope, start=since.start, text=f"{since.text} … {scope.text}", granularity="span")


def _said_before(text: str, chosen: TimeMention | None, times: list[TimeMention], quantities: list[Quantity],
                 state: Discourse) -> TimeScope | None:
    """The period a reference ("that month", "that year") points back to when its own sentence
    names one before it and no figure before it took a period (no comparison's base, no time in
    an aside), or when it stands in the "when" clause of a time (binding.when_clause): that
    period, moved as the words say; None when the discourse decides."""
    if chosen is None or chosen.relation != "reference":
        return None
    named = when_clause.holding(text, chosen, times, state.code)  # "fewer than in 2015, when ... that year's report"
    if named is None and state.sentence_time is None:  # the last time named before it
        named = next((t for t in reversed(times) if t.end <= chosen.start and t.relation == "in" and t.scope.start
                      and t.scope.end and not _is_base(text, t, quantities, state) and not reported.names_a_work(
                          text, t, state.code) and not time_asides.in_aside(text, t, quantities, state.code, times)
                      and not reported.dates_a_publishing(text, t, state.code)), None)
    if named is None:
        return None
    before = _resolved(named, state)
    if chosen.scope.granularity == "month":  # "froze aid in October 2021; that December ..."
        return time_resolve.month_of_focus(before, chosen.scope, state.code)
    moved = periods.moved(before, chosen.scope.text, state.code)
    return replace(moved or before, text=chosen.scope.text, basis="relative")


def _one_year(scope: TimeScope) -> bool:
    """Whether a period is one whole year, not several ("in 2014 and 2015" is no year in focus)."""
    return _whole_year(scope) and (not scope.start or not scope.end or scope.start[:4] == scope.end[:4]
                                   or fiscal.is_fiscal_year(scope))


def _whole_year(scope: TimeScope | None) -> bool:
    """Whether a period is one calendar or fiscal year."""
    return scope is not None and (scope.granularity == "year" or fiscal.is_fiscal_year(scope))


def _reach(scope: TimeScope, chosen: TimeMention, times: list[TimeMention], state: Discourse) -> TimeScope:
    """A count to date ("so far this year": to the publication date) whose sentence names the stretch
    it covers from the same start ("... 99 so far this year, in the first ten days of January") ends
    where that stretch ends: the text says how far "so far" reaches."""
    now = state.publication.end if state.publication is not None else None
    if not scope.start or scope.end != now:
        return scope
    for t in times:
        other = t.scope
        if t is not chosen and t.relation == "in" and other.granularity in ("day", "span") \
                and other.start == scope.start and other.end and scope.start < other.end < scope.end:
            return replace(scope, end=other.end)
        if t is not chosen and t.relation in ("by", "until") and other.granularity == "day" \
                and other.end and scope.start <= other.end < scope.end:  # "until Monday, 71 so far this month"
            return replace(scope, end=other.end)
    return scope


def _modifier_time(text: str, q: Quantity, k: int, quantities: list[Quantity], times: list[TimeMention],
                   code: str) -> TimeMention | None:
    """A year that modifies the figure's own head noun ("the same 2013 total of 6,218 killings", "its
    2016 rate of 128"): a bare year right before a noun and a word of ``figure_links``; or a time
    the figure closes, right before a word of ``closing_links`` ("closed 2023 with 34.5")."""
    prev_end = quantities[k - 1].end if k else 0
    for t in times:
        if not (prev_end <= t.start and t.end <= q.start):
            continue  # not between the figure before and this one: neither kind of time
        gap = text[t.end:q.start].split()
        if text[t.start:t.end].isdigit() and 2 <= len(gap) <= 3 \
                and all(word.isalpha() for word in gap) and periods.links_a_figure(gap[-1], code):
            return t
        words = [w for w in gap if w != ","]
        if t.scope.start and 1 <= len(words) <= 3 \
                and all(w.isalpha() for w in words) and any(periods.closes_with(w, code) for w in words) \
                and not _time_right_after(text, q, times) and not is_base_value(text, q, code):  # "compared with 77,395"
            return t  # "Zembla closed 2023 with 34.5 per 100,000", "2019, with 2,398": the period it closed with it
    return None


def _time_right_after(text: str, q: Quantity, times: list[TimeMention]) -> bool:
    """Whether a time of the figure's own stands right after it, at most two words on and within its
    clause ("last year, with 2,318 between January and June"): it closes with no time before it."""
    after = next((t for t in times if t.start >= q.end), None)
    between = text[q.end:after.start] if after is not None else ","
    return len(between.split()) <= 2 and not any(c in BREAKS for c in between)


def _when_time(text: str, q: Quantity, k: int, quantities: list[Quantity], times: list[TimeMention],
               code: str) -> TimeMention | None:
    """The "since" or "through" time whose "when" clause, or an aside about it, holds figure ``k``
    ("through fiscal 2023, when parliament voted $485 million"; "since 2017, the worst year,
    with a rate of 91"), with no other figure between but one a coordinator joins it to."""
    shared = _when_time(text, quantities[k - 1], k - 1, quantities, times, code) \
        if k and joined.joins(text, quantities[k - 1].end, q.start, code) else None
    if shared is not None:  # "..., when it counted 3,664 victims and a rate of 38.2": the when clause's both
        return shared
    prev_end = quantities[k - 1].end if k else 0
    for t in reversed(times):
        if not (prev_end <= t.start and t.end <= q.start):
            continue
        gap = text[t.end:q.start]
        if t.relation == "reference" and when_clause.opens_a_when_clause(gap, code) and base_time(text, t, code):
            return t  # "300 fewer than the year before, when its count was 3,600": the year before's
        if t.relation in ("since", "until"):
            before = text[:t.start].rstrip(" \"'“‘(")  # "Until Monday, the police had counted 71": the main clause
            fronted = not before or before[-1] in ":;"
            return t if when_clause.opens_a_when_clause(gap, code) or (_describes_the_time(gap, code) and not fronted) \
                else None
        if t.relation == "in" and t.scope.granularity != "day":  # "in May 2018, a month in which the average ..."
            words = gap.split()
            if gap.lstrip().startswith(",") and len(words) > 2 and not any(c in gap for c in ";:") \
                    and periods.unit_noun(words[1], code) == t.scope.granularity \
                    and periods.opens_an_aside(words[2], code):
                return t  # "2015, año que ... terminó con 5.127": an apposition naming the year's unit
            return t if _describes_the_time(gap, code) and gap.count(",") == 1 and periods.names_a_unit(gap, code) \
                else None
    return None


def _describes_the_time(gap: str, code: str) -> bool:
    """Whether the words between a time and a figure are an aside about that time ("since 2014,
    the worst year in its history, with a rate of 75"): a comma and a word of ``time_appositions``
    (not "through November 30, which was 400 fewer": a clause about the figure)."""
    words = gap.split()
    return gap.lstrip().startswith(",") and len(words) > 1 and not any(c in gap for c in ";:") \
        and periods.opens_an_aside(words[1].strip(","), code, "time_appositions")


def _months_in_focus(text: str, chosen: TimeMention, times: list[TimeMention], state: Discourse) -> TimeScope:
    """``chosen`` resolved, its bare months read in the year in focus (binding.yearless_months)."""
    def own() -> bool:  # its sentence named the period in focus before it: asked only of bare months
        return state.sentence_time is not None and any(
            t.end <= chosen.start and time_resolve.same_span(state.resolved.get((t.start, t.end)), state.sentence_time)
            for t in times)
    return yearless_months.in_year_of_focus(text, chosen, _resolved(chosen, state), state.sentence_time or state.last_time,
                                            own, state.anchor.latest if state.anchor else None, state.code)


def _resolved(chosen: TimeMention, state: Discourse) -> TimeScope:
    """The time expression resolved once per sentence: "a year earlier" dates all its figures alike."""
    span = (chosen.start, chosen.end)
    if span not in state.resolved:
        state.resolved[span] = resolve(chosen, state)
    return state.resolved[span]


def named(text: str, times: list[TimeMention], quantities: list[Quantity], state: Discourse) -> list[TimeScope]:
    """The periods a sentence names that may come into focus: not a comparison's base ("a sharp
    fall from 2017, when ...") nor a base value's time ("down from 900 in 2017"); notes a day something began on."""
    state.lead.started = started.noted(text, times, state.lead.reading[1], state.code) or state.lead.started
    return [t.scope for t in times if (t.scope.start or t.scope.end) and not _is_base(text, t, quantities, state)
            and not since_phrase.dates_its_event(text, t, state.code)  # "since the peak of 2010"
            and not since_phrase.frames_a_record(text, t, state.code)  # "the lowest since 2007"
            and not reported.names_a_work(text, t, state.code)]  # "the 2016 criminal code reform"


def _is_base(text: str, t: TimeMention, quantities: list[Quantity], state: Discourse) -> bool:
    """Whether time ``t`` of the sentence is a comparison's base or dates a base value among the
    sentence's ``quantities``: asked of each time by the lead and again once the sentence is read,
    so it is worked out once per sentence (``state.bases``)."""
    span = (t.start, t.end)
    found = state.bases.get(span)
    if found is None:
        found = state.bases[span] = base_time(text, t, state.code) \
            or dates_a_base_value(text, t, quantities, state.code)
    return found


def _anothers_time(text: str, q: Quantity, k: int, quantities: list[Quantity], chosen: TimeMention,
                   times: list[TimeMention], code: str) -> bool:
    """Whether the time chosen for figure ``k`` (itself no base value) dates another figure: one past
    a base value or another time after it ("4.7 a day, down from 2,350 in 2020"; "the fall to 44,
    after 53 the previous year, 61 in 2016"; but "300 murders and 20 kidnappings in 2018" share
    their time), one right after a base value before it, even past other figures ("down from 900
    in 2017, or 60 a month and 2 a day"), or a time before it that is a comparison's base ("a jump
    on 2014, ..., and 18 a day"). The figure then continues the sentence's figure in focus."""
    if chosen.start >= q.end:
        between = [p for p in quantities if q.end <= p.start and p.end <= chosen.start]
        others = [t for t in times if q.end <= t.start and t.end <= chosen.start]
        if not between and not others:  # most figures: the time right after it ("5 in 2015") is its own,
            return owns_a_base_value(text, chosen, quantities[k + 1:], code)  # not "half of 2016's 5,947"
        return not is_base_value(text, q, code) and (any(is_base_value(text, p, code) for p in between)
                                                     or any(not periods.says_at(text, t.start, code) for t in others))
    if chosen.end > q.start or is_base_value(text, q, code) or (when_clause.opens_a_when_clause(
            text[chosen.end:q.start], code) and (not _PAUSE.search(text[chosen.end:q.start].lstrip(" ,"))
                                                 or not any(chosen.end <= p.start and p.end <= q.start for p in quantities))):
        return False  # "from 5,947 in 2016, when the rate hit 128 and 900 died": the "when" clause's figures are 2016's
    # a comparison's base ("a 54 percent jump on 2017, when 3,650 died, and 10 a day"); the time right after
    # a base value is the base's: "900 in 2017", also past other figures ("down from 900 in 2017, or 60 a month")
    return base_time(text, chosen, code) or dates_a_base_value(text, chosen, quantities[:k], code)


_PAUSE = patterns.compile(r",(?!\d)")  # a comma, not the one of "100,000"


def _chosen_time(text: str, q: Quantity, k: int, quantities: list[Quantity], times: list[TimeMention],
                 clause, code: str) -> TimeMention | None:
    """The time expression that dates quantity ``k``: one fronted in its clause ("Since 2008, we ..."), else
    one before it whose "when" clause holds it (no time right after it), else the next one after it, else the
    last one before it (not past a neighbouring quantity), else the nearest in the sentence (one right after
    another figure, or dating a saying: "the chief told reporters on Monday that", only when no other is
    left; none in a "since" phrase before it, none outside a clause in the present perfect), else a reference to an earlier time. A figure in an aside
    takes the aside's own times first; a time in an aside that does not hold the figure is never its own
    (``time_asides.in_aside``)."""
    times = [t for t in times if not since_phrase.frames_a_record(text, t, code)  # "the lowest since 2007"
             and not reported.names_a_work(text, t, code)  # "under the 2016 criminal code reform"
             and not _bracketed_with_another(text, t, q, quantities)]  # "2,810 (3,270 in 2017)"
    times = time_asides.aside_times(text, q, times, code) \
        or [t for t in times if not time_asides.in_aside(text, t, quantities, code, times)]
    prev_end, next_start = quantities[k - 1].end if k else 0, quantities[k + 1].start if k + 1 < len(quantities) else 10 ** 9
    a, b = clause
    following = [t for t in times if q.end <= t.start < next_start and a <= t.start <= b]
    following = [t for t in following if not reported.dates_the_release(text, t, code)]
    preceding = [t for t in times if prev_end <= t.end <= q.start and a <= t.start <= b  # not "since a truce in March, ..."
                 and not ("," in text[t.end:q.start] and since_phrase.dates_a_since_phrase(text, t, code))
                 and not reported.in_a_saying(text, t, q, code)]
    if preceding and k + 1 < len(quantities):  # "in July there were 250 and in August, 300": August is the 300's
        following = [t for t in following if not coordinated.opens_the_next(text, q.end, t, next_start, code)]
    fronted = [t for t in preceding if t.start <= a + 3 and text[t.end:t.end + 1] == ","  # "Since 2008, we ..."
               and not (len(times) > 1 and periods.fronts_a_saying(text[t.end:q.start], code))]
    if not fronted and following and any(c in BREAKS for c in text[q.end:following[0].start]):
        fronted = [t for t in preceding if t.start <= a + 3  # "A year earlier it recorded 2,716, so last year's ..."
                   and not periods.fronts_a_saying(text[t.end:q.start], code)][-1:]
    if fronted and fronted[-1].scope.basis != "explicit":  # "Five years earlier, in 2019, ...": the year says it
        fronted += [t for t in preceding if t.scope.basis == "explicit" and not text[fronted[-1].end:t.start].strip(", ")][:1]
    held = [t for t in times if prev_end <= t.end <= q.start and text.startswith(",", t.end)  # "of 2015, when"
            and ";" not in text[t.end:q.start] and when_clause.opens_a_when_clause(text[t.end:q.start], code)
            and not (following and not any(c in BREAKS for c in text[q.end:following[0].start]))]  # its own after it
    chosen = fronted[-1] if fronted else held[-1] if held else following[0] if following \
        else (preceding[-1] if preceding else None)
    if chosen is None:
        in_sentence = [t for t in times if t.relation != "reference"  # not "since the war's end in 1992: 907 ..."
                       and not (t.end <= q.start and since_phrase.dates_a_since_phrase(text, t, code))
                       and (a <= t.start <= b or not clause_parts.tells_up_to_now(text, a, q.start, code))]
        free = [t for t in in_sentence if not _follows_a_figure(text, t, quantities, q)
                and not reported.dates_the_release(text, t, code)]
        own = [t for t in free if not _dates_another_clause(text, t, q, quantities, code)]
        if in_sentence:  # "... and 1,000 to Quito — after 41,000 in 2016": 2016 is the 41,000's
            chosen = min(own or free or in_sentence, key=lambda t: abs(t.start - q.start))
        else:
            refs = [t for t in times if t.relation == "reference"  # not one past other figures: "102,7, ..., 2.700 ... del año anterior"
                    and not any(q.end <= p.start and p.end <= t.start for p in quantities)]
            chosen = refs[0] if refs else None
    return chosen


BREAKS = ",;:—–()"  # the punctuation that parts a sentence into stretches


def _dates_another_clause(text: str, t: TimeMention, q: Quantity, quantities: list[Quantity], code: str) -> bool:
    """Whether time ``t``, outside figure ``q``'s clause, stands in a clause with a figure of its own
    ("in 2017 there were 3,962; 2018 closed with 3,346"): it dates that clause's figure."""
    a, b = clause_parts.containing(clause_parts.split(text, code), t.start)
    return not a <= q.start <= b and any(p is not q and a <= p.start <= b for p in quantities)


def _bracketed_with_another(text: str, t: TimeMention, q: Quantity, quantities: list[Quantity]) -> bool:
    """Whether time ``t`` stands in brackets opened after figure ``q`` that hold another figure
    ("2,810 homicides (3,270 in 2017)", "41,300 (fiscal 2017: 35,900)"): the other figure's time."""
    opening = text.rfind("(", q.end, t.start)
    if opening < 0 or ")" in text[opening:t.start]:
        return False
    closing = text.find(")", t.end)
    return any(p is not q and opening < p.start and (closing < 0 or p.end <= closing) for p in quantities)


def _follows_a_figure(text: str, t: TimeMention, quantities: list[Quantity], q: Quantity) -> bool:
    """Whether time ``t``, after figure ``q``, comes right after another figure (at most two words
    between, no punctuation) from which punctuation parts ``q``: it dates that figure ("1,000 to Quito — after
    41,000 in 2016"; but "950 and 42 in 2019" share it)."""
    p = next((p for p in reversed(quantities) if p.end <= t.start), None)
    if p is None or p is q or t.start < q.end:
        return False  # a time before the figure may date a total after it ("60 on Saturday, a two-day toll of 75")
    gap = text[p.end:t.start]
    between = text[min(q.end, t.end):max(q.start, t.start)]
    return len(gap.split()) <= 2 and not any(c in gap for c in BREAKS) and any(c in between for c in BREAKS)


def publication(anchor: timex.Anchor | None) -> TimeScope | None:
    """"As of" the publication date: the scope of a figure no words date."""
    if anchor is None:
        return None
    return TimeScope(None, anchor.latest.isoformat(), "", "publication", anchor.precision)
