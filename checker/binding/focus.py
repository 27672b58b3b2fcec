"""The series in focus: the metric of a count whose own words name none but call it a figure of
the series the text is talking about ("the total passed the 4,000 mark", "the daily average
reached 24.3", "That means 58 more deaths") or sets it against the series ("that is close to
double the 1,600 cases of 2018"). It takes the metric of the last count that named its metric by
its own words or clause, in the figure's paragraph or the two sentences before, when nothing in
its own phrase or conjunct says it counts something else. A count that points back to what was
counted ("3,500 such deaths", "900 of those children") reaches it however far, when its noun is
one of that metric's words; a list goes on with its first carried figure; a bare number stating a
recent rate again is that rate. The nouns are the language pack's (context.yaml ``series_nouns``,
``series_anaphors``, ``contrast_links``)."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from functools import cache
from math import log
from re import Pattern

from checker import lang, patterns
from checker.binding import carrier, difference, point_changes, pointed_back
from checker.binding import metric as metrics
from checker.binding import period as periods
from checker.binding.gapped_lists import gapped_after
from checker.binding import matchers
from checker.binding.matchers import Matchers
from checker.model import Claim, Evidence, TimeScope
from checker.ruleset import RuleSet

_RATE_REACH = 2  # sentences after the last rate over which a number placed on its scale continues it
_REACH = 2  # sentences after the last count with a metric over which it stays in focus across paragraphs
REFERRED_BACK = "(the figure it refers back to)"  # ends the evidence of a figure that refers back to one (claims)


@dataclass(frozen=True, slots=True)
class Figure:
    """The figure whose metric is sought: its sentence, span, unit, counted noun, clause and conjunct."""

    text: str
    start: int
    end: int
    unit: str | None
    noun: str | None
    clause: tuple[int, int]
    conjunct: tuple[int, int]
    change: str | None = None  # "up" or "down" when the figure states a change


@dataclass
class Series:
    """The last count of the document with a metric of its own words or clause, and where it stood."""

    last: tuple[int, int, Claim] | None = None  # (paragraph, sentence number, claim)
    sentence: tuple[int, list[Claim]] = (0, [])  # (sentence number, its figures with a metric and a unit)
    # the rates with a metric of the last sentences, the last stated last: (paragraph, sentence number, claim)
    rates: list[tuple[int, int, Claim]] = field(default_factory=list)
    named: tuple[int, int, str, str] | None = None  # the count metric a sentence with no figure named, and its words
    money: tuple[int, str, str] | None = None  # the money metric in focus: (paragraph, metric, the words naming it)
    titled_money: tuple[str, str] | None = None  # the money metric the article's title names, and its words
    # (sentence number, start, head, whether it points back to it by an anaphor or a list): the last count to go
    # on with a series
    continued: tuple[int, int, Claim | None, bool] | None = None
    rate_said: tuple[int, int] | None = None  # (paragraph, sentence number): the last with a figure and a rate word
    asides: list[int] = field(default_factory=list)  # sentence numbers of figureless paragraphs set apart (captions)
    latest: tuple[int, Claim] | None = None  # (sentence number, claim): the last count noted, with a metric or not
    at: int = 0  # the paragraph of ``sentence``
    before: tuple[int, int, list[Claim]] = (0, 0, [])  # (paragraph, sentence number, its figures) of the sentence before
    counted: tuple[list[Claim], list[Claim]] = ([], [])  # the counts of ``sentence`` and of ``before``, with a metric or not

    @classmethod
    def titled(cls, title: str | None, m: Matchers, rules: RuleSet) -> Series:
        """A document's series, knowing the money metric its title names ("Remittances to Zembla top ...")."""
        return cls(titled_money=money_named(matchers.metric_hits(matchers.words(title), m), rules, title)
                   if title else None)

    def note(self, claim: Claim, paragraph: int, number: int, text: str, start: int, code: str) -> None:
        """Remember ``claim`` when it is a count whose metric its own words or clause named (one that
        went on with that series from the discourse keeps it in focus from its own sentence), and
        every figure of the sentence with a metric (the heads a bare number may continue). A count
        set against one of its sentence's before it ("76,000 children, above the previous record of
        68,500") is its yardstick, not the figure the sentence is about: the head stays."""
        if self.sentence[0] != number:
            self.before, self.at = (self.at, *self.sentence), paragraph
            self.sentence, self.counted = (number, []), ([], self.counted[0])
            if _rate_words(code)[1].search(text):
                self.rate_said = (paragraph, number)
        if (claim.unit or "").startswith("count"):
            self.latest = (number, claim)
            self.counted[0].append(claim)
        if claim.metric and claim.unit and claim.value is not None and claim.value.point:
            self.sentence[1].append(claim)
        if claim.metric and claim.unit and claim.unit.startswith("per ") and claim.value is not None and claim.value.point:
            self.rates = [r for r in self.rates if number - r[1] <= _RATE_REACH] + [(paragraph, number, claim)]
        why = claim.evidence("metric")
        if claim.metric and claim.unit and claim.unit.startswith("count") and why is not None and why.basis != "discourse" \
                and not (self.last is not None and self.last[1] == number and self.last[2].metric == claim.metric
                         and self.last[2].unit == claim.unit and _set_against(text, start, code)):
            self.last = (paragraph, number, claim)
        elif why is not None and why.basis == "discourse" and self.last is not None and self.last[2] is not claim \
                and self.last[2].metric == claim.metric and self.last[2].unit == claim.unit \
                and not why.words.endswith(REFERRED_BACK):
            self.last = (paragraph, number, self.last[2])  # "more than 41,000 children": the text stays on the series
        if claim.metric and claim.unit == MONEY and why is not None and why.basis != "discourse":
            self.money = (paragraph, claim.metric, why.words)

    def note_money(self, hits: dict, rules: RuleSet, text: str, paragraph: int) -> None:
        """Remember the money metric a sentence names by a term that holds one of its nouns of money
        given ("foreign aid programs": ``recipient_nouns``), when it names one only: the money in
        focus for a later sum its paragraph calls money of no kind. A bare verb ("approved") sets none."""
        named = money_named(hits, rules, text)
        if named is not None:
            self.money = (paragraph, *named)

    def note_named(self, text: str, hits: dict, rules: RuleSet, paragraph: int, number: int) -> None:
        """Remember the count metric that a sentence with no figure names by its terms ("all deaths
        in prisons were natural, the authorities insist"): the counted thing in focus, which later
        counts written with its words go on with. Two such metrics name none. A paragraph set apart
        by emphasis (a photo caption) names none and does not count against the series' reach."""
        if text.lstrip()[:1] in ("*", "_"):
            self.asides.append(number)
            return
        self.note_money(hits, rules, text, paragraph)  # "Remittances have soared.": the money in focus
        named = [mid for mid, roles in hits.items() if roles.get("terms") and not roles.get("exclude")
                 and rules.metrics[mid].unit == "count"]
        if len(named) == 1:
            a, b = hits[named[0]]["terms"][-1]
            self.named = (paragraph, number, named[0], text[a:b])

    def _past_asides(self, figure: Figure, number: int, when: int, nouns: frozenset[str], code: str) -> bool:
        """Whether a figure beyond the series' reach is within it once the captions between are
        left out, and names the series' own counted thing ("187 fallecidos", "187 personas
        fallecidas"): a figure of a word as loose as "cases" needs its series closer."""
        own = figure.noun is not None and (figure.noun in nouns or _people_as(figure, nouns, code))
        return own and number - when - sum(when < n < number for n in self.asides) <= _REACH

    def closest_head(self, value: float | None, number: int, against: bool = False) -> Claim | None:
        """The figure of sentence ``number`` with a metric that a bare number of ``value`` continues:
        the one nearest it in size, within a factor of ten ("42.6 per 100,000, with 6,384 murders,
        below the 43.9 of 2017" continues the rate, not the count); None when there is none. A number
        a contrast word sets ``against`` the figure right before it ("129 murders, a rate of 33.7,
        against 95 in Zembla") continues that figure when it is within a factor of ten."""
        if self.sentence[0] != number or not value:
            return None
        last = self.sentence[1][-1] if against and self.sentence[1] else None
        if last is not None and 0.1 <= abs(value / last.value.point) <= 10:
            return last
        near = [(abs(log(abs(value / c.value.point))), k, c) for k, c in enumerate(self.sentence[1])
                if 0.1 <= abs(value / c.value.point) <= 10]
        return min(near, key=lambda t: (t[0], -t[1]))[2] if near else None

    def rate_at(self, text: str, start: int, value: float | None, clause: tuple[int, int], hits: dict,
                paragraph: int, number: int, code: str = lang.DEFAULT) -> Claim | None:
        """The rate a bare number states again (its exact value, in the two sentences before) or placed
        on its scale continues ("Zembla was put at 41", "the fall to 57", after "66 per 100,000"):
        else the last rate stated, when the number stands right after a
        `rate_positions` word, its clause names no metric, and the rate is in its paragraph, the
        two sentences before or its sentence has a rate word, within a factor of ten of it."""
        words = _rate_words(code)
        if not self.rates or not value:
            return None
        again = [c for _, n, c in self.rates if number - n <= _RATE_REACH and c.value.point == value]
        if again:  # "... a rate of 44 per 100,000. Kinbote called 44 a significant fall": the rate said again
            return again[-1]
        at, when, head = self.rates[-1]
        if not words[0].search(text, max(0, start - 12), start):
            return None
        if at != paragraph and number - when > _RATE_REACH and not words[1].search(text, 0, start):
            return None
        a, b = clause
        if any(a <= lo and hi <= b for roles in hits.values() for spans in roles.values() for lo, hi in spans):
            return None  # "arrests rose to 900": the clause says what the number counts
        return head if 0.1 <= abs(value / head.value.point) <= 10 else None

    def elided(self, text: str, span: tuple[int, int], read: tuple[str | None, str | None, str | None, str | None],
               inherited: bool, rates: Collection[str], previous: tuple[int, Claim] | None, paragraph: int, number: int,
               code: str = lang.DEFAULT) -> tuple[str | None, str | None, str | None, str | None]:
        """The unit, noun, change and average of a count whose unit its words leave out (``read``:
        as read from them): points stating a change of the rate in focus are that rate's
        (``points_of_rate``); an average over an unsaid period ("la media bajó a cinco") goes on with
        the average in focus, the last count per a unit of time, in its paragraph or the sentence
        before, so it is per that unit too; a bare count pointing back to the sentence before takes the
        noun of no metric its counts all count (``_counted_before``). A figure that took all from one
        before it (``inherited``) keeps it."""
        unit, noun, change, average = read
        if unit != "count" or inherited:
            return read
        counted = self._counted_before(text, span, noun, paragraph, number, code) if change is None else None
        if counted is not None:  # "... 127 masacres. Un año antes fueron 168": the thing counted there, of no metric
            return unit, counted, change, average
        before = previous[1] if previous is not None and previous[0] == number else None
        points = self.points_of_rate(text, *span, noun, change, rates, before, paragraph, number, code)
        if points is not None:
            return points[0], None, points[1], average
        near = self.last is not None and (self.last[0] == paragraph or number - self.last[1] <= 1)
        head = self.last[2] if near else None
        if average == "any" and noun is None and head is not None and (head.unit or "").startswith("count / "):
            return head.unit, noun, change, None
        return read

    def points_of_rate(self, text: str, start: int, end: int, noun: str | None, change: str | None,
                       rates: Collection[str], previous: Claim | None, paragraph: int, number: int,
                       code: str = lang.DEFAULT) -> tuple[str, str] | None:
        """The unit of the rate in focus (the last of ``rates``) and the way it went, when a count of
        points states its change ("una baja de 4,1 puntos", "volvió a crecer, 4,8 y 1,6 puntos"): its
        noun is one of the pack's ``index_points``, it goes up or down (by its own words, a change
        verb right before it, or as the next of a list of such changes: ``previous``, the figure
        before it in its sentence) against no figure named after it, and a rate word stands before
        it in its sentence or in the sentence before, in its paragraph; None otherwise ("supera en
        cuatro puntos a la de ...": a gap between two accounts, not a change)."""
        if noun is None or not rates or noun.lower() not in lang.words(code, "index_points") or difference.stated_base(text, end, code):
            return None
        if change not in ("up", "down"):
            change = point_changes.right_before(text, start, code) or point_changes.listed(text, start, previous, rates, code)
        said = _rate_words(code)[1].search(text, 0, start) \
            or (self.rate_said is not None and self.rate_said[0] == paragraph and number - self.rate_said[1] <= 1)
        return (next(reversed(rates)), change) if said and change in ("up", "down") else None

    def may_continue(self, unit: str | None) -> bool:
        """Whether a figure in ``unit`` may continue the series (a quick test before ``metric_of``)."""
        if unit is None:
            return False
        return (unit.startswith("count") and (self.last is not None or self.named is not None)) \
            or (unit in (MONEY, "percent") and (self.money is not None or self.titled_money is not None))

    def metric_of(self, figure: Figure, hits: dict, m: Matchers, rules: RuleSet, paragraph: int, number: int,
                  code: str = lang.DEFAULT) -> tuple[str | None, Evidence | None]:
        """The metric in focus for ``figure`` and why; (None, None) when it takes none. ``hits``: the
        sentence's metric words by metric and role (binding.matchers.metric_hits)."""
        if not self.may_continue(figure.unit):
            return None, None
        if figure.unit in (MONEY, "percent"):
            return self._money_of(figure, hits, rules, paragraph, number, code)
        at, when, head, mid, term = self._head()
        if rules.metrics[mid].unit != "count":
            return None, None
        metric_nouns, subgroups = m.metric_nouns, m.subgroups
        anaphor = _anaphor(figure, code)
        sibling = self._sibling(figure, number, code, m.entity_of)
        if sibling is not None:  # "Zembla for 3,100 of those minors, Ruritania for 2,050": the list goes on
            head, mid = sibling, sibling.metric
        elif anaphor is not None:  # "3,500 such deaths": pointed back to, however far
            if not _a_word_of(anaphor[1], rules.metrics[mid].terms, metric_nouns[mid]):
                return None, None  # "900 such soldiers": another counted thing
        elif at != paragraph and number - when > _REACH and not self._past_asides(figure, number, when, metric_nouns[mid], code):
            return None, None  # another paragraph, beyond the two sentences before: the series is out of focus
        elif not _tallied(figure, code, near=at == paragraph or number - when <= 1) \
                and not _names_the_series(figure, metric_nouns[mid], rules.metrics[mid].terms, code,
                                          by_figure=head is not None, beside=self._beside(number, mid)) \
                and not self._points_back(figure, paragraph, number, mid, code):
            return None, None  # "en mayo de 2011 hubo 190" is the series' tally, its noun left out
        elif _restates_a_set(figure, code) or self._goes_on_with_its_noun(figure, paragraph, number):
            return None, None  # "Across those 75 cases": a set named before; "filed 83 cases ... in 19 cases": those
        elif metrics.part_of_a_whole_named(figure.text, figure.start, figure.end, code):
            return None, None  # "Children were 860 of the victims": a part of the whole, not a figure of the series
        if _vetoed(figure, hits, mid) or self._had_by_things_before(figure, number, mid, metric_nouns[mid], code) \
                or metrics.named_by_its_whole(figure.text, figure.start, figure.end, hits.get(mid, {}), code) \
                or difference.between_two_figures(figure.text, (figure.start, figure.end), figure.change, code) \
                or figure.change in ("up", "down") and difference.change_size(figure.text, figure.start, code) \
                or carrier.acts_otherwise(figure.text, figure.start, rules.metrics[mid].verbs + rules.metrics[mid].terms, code):
            return None, None  # (or a part of a whole the sentence opens on; a gap; a change's size; another act: "dismissed 900")
        text, start, end, noun = figure.text, figure.start, figure.end, figure.noun
        if metrics.not_a_metric(text, start, end, noun, True, True, metric_nouns[mid], noun in m.entity_of, code) \
                or metrics.names_a_subgroup(text, start, end, noun, subgroups[mid], code) \
                or metrics.a_stock(text, start, end, code):  # "against a capacity of 900", "900 are held": no count of it
            return None, None
        self.continued = (number, figure.start, head, head is not None and (sibling is not None or anaphor is not None))
        if sibling is not None:
            words = f"{head.text} (the list it goes on with)"
        else:
            said = f"{head.text} (the series in focus)" if head is not None else f"{term} (the counted thing named before)"
            words = f"{anaphor[0] + ': ' if anaphor else ''}{said}"
        return mid, Evidence("metric", "discourse", words, rules.metrics[mid].where)

    def dated(self, number: int, start: int, scope: TimeScope | None) -> TimeScope | None:
        """The period of a count that points back to an earlier figure ("900 of those children") or
        goes on with such a list, when it has no time of its own: the antecedent's; what it counts
        is a part of that figure, so it is counted over the same period."""
        if self.continued is None or self.continued[:2] != (number, start) or not self.continued[3] \
                or (scope is not None and scope.basis not in ("publication", "inherited")):
            return scope
        head = self.continued[2].time
        if head is None or not (head.start or head.end) or head.basis == "publication":
            return scope
        said = head.text if head.text.endswith("(of the figure it points back to)") \
            else f"{head.text} (of the figure it points back to)"  # a list's later figures: the first one's words
        return replace(head, text=said, basis="inherited")

    def series_head(self, number: int, start: int) -> Claim | None:
        """The figure whose series the count at ``start`` of sentence ``number`` went on with, if any."""
        return self.continued[2] if self.continued is not None and self.continued[:2] == (number, start) else None

    def _head(self) -> tuple[int, int, Claim | None, str, str]:
        """The series in focus: the last count with a metric of its own words, or the count metric a
        sentence with no figure named since (then no head figure, and the words naming it)."""
        if self.named is not None and (self.last is None or self.named[1] > self.last[1]):
            at, when, mid, term = self.named
            return at, when, None, mid, term
        at, when, head = self.last
        return at, when, head, head.metric, ""

    def _had_by_things_before(self, figure: Figure, number: int, mid: str, nouns: Collection[str], code: str) -> bool:
        """Whether the figure says what the things a count just before it in its sentence counted
        have ("88 massacres in 2023, with 390 victims": the victims of those massacres, a part, not
        the series) or where that count came from ("numbered 23, down from 31": it counts what 23
        does); that count took no metric in focus, so neither does it."""
        if self.latest is None or self.latest[0] != number or figure.noun is not None and figure.noun.lower() not in nouns:
            return False
        before = self.latest[1]
        if not (before.unit or "").startswith("count") or before.metric == mid:
            return False
        at = figure.text.rfind(before.text, 0, figure.start)
        return at >= 0 and bool(_having(code).fullmatch(figure.text, at + len(before.text), figure.start))

    def _points_back(self, figure: Figure, paragraph: int, number: int, mid: str, code: str) -> bool:
        """Whether a bare count goes on with the one figure of the sentence before in its paragraph,
        of metric ``mid`` ("That was down from 2,400 a year earlier": binding.pointed_back)."""
        at, when, claims, _ = self._sentence_before(number)
        if at != paragraph or when != number - 1 or figure.change in ("up", "down"):
            return False  # (or "That is 300 more than in 2022": a difference, no figure of the series)
        head = pointed_back.goes_on_with(figure.text, (figure.start, figure.end), figure.noun, figure.unit, claims, code)
        return head is not None and head.metric == mid

    def _counted_before(self, text: str, span: tuple[int, int], noun: str | None, paragraph: int, number: int,
                        code: str) -> str | None:
        """The noun of no metric that a bare count pointing back to the sentence before in its
        paragraph takes from that sentence's counts, when they all count it (binding.pointed_back)."""
        at, when, _, counts = self._sentence_before(number)
        if at != paragraph or when != number - 1:
            return None
        head = pointed_back.goes_on_with(text, span, noun, "count", counts, code)
        return head.noun if head is not None and head.metric is None else None

    def figures_before(self, paragraph: int, number: int) -> list[Claim]:
        """The figures with a metric and a unit of the sentence right before sentence ``number``, in
        its paragraph; [] when that sentence stated none."""
        at, before, figures, _ = self._sentence_before(number)
        return figures if at == paragraph and before == number - 1 else []

    def _goes_on_with_its_noun(self, figure: Figure, paragraph: int, number: int) -> bool:
        """Whether a count with no metric and the noun the figure writes stands before it in its sentence or
        the one before in its paragraph ("prosecutors filed 83 cases. Convictions came in 19 cases"):
        the figure counts those things again, not the series in focus."""
        at, when, _, before = self._sentence_before(number)
        counts = [*(self.counted[0] if self.sentence[0] == number else ()),
                  *(before if at == paragraph and when == number - 1 else ())]
        said = figure.noun is not None and figure.noun.lower() in figure.text[figure.start:figure.end].lower()  # not borrowed
        return said and any(c.metric is None and c.noun == figure.noun for c in counts)

    def _sentence_before(self, number: int) -> tuple[int, int, list[Claim], list[Claim]]:
        """The paragraph and number of the last sentence before sentence ``number`` with a count, its
        figures with a metric and a unit, and all its counts."""
        if self.sentence[0] != number:
            return self.at, self.sentence[0], self.sentence[1], self.counted[0]
        return (*self.before, self.counted[1])

    def _beside(self, number: int, mid: str) -> bool:
        """Whether sentence ``number`` has stated a figure of metric ``mid`` so far."""
        return self.sentence[0] == number and any(c.metric == mid for c in self.sentence[1])

    def _sibling(self, figure: Figure, number: int, code: str, demonyms: Collection[str]) -> Claim | None:
        """The figure before it in its sentence that a count with the same noun goes on with, when
        that figure took its metric from the discourse ("Zembla accounted for 3,100 of those
        minors, Ruritania for 2,050": the list's noun is the first figure's), or an average with no
        noun that goes on with it ("3,500 such deaths, an average of ten a day"); a count of people
        of a place (``demonyms``) goes on with a list of places' figures ("Zemblan applicants
        numbered 3,100, ... and nearly 2,000 Ruritanians applied")."""
        if self.sentence[0] == number and figure.noun is None and figure.unit == "count" and self.sentence[1]:
            gapped = gapped_after(figure, self.sentence[1][-1], code)
            if gapped is not None:  # "Zemblans numbered 18,736 and Ruritanians 1,257": whatever its size
                return gapped
        if self.sentence[0] != number or (figure.noun is None and not (figure.unit or "").startswith("count /")):
            return None  # a bare count goes on with the figure nearest it in size (claims._antecedent)
        for claim in reversed(self.sentence[1]):
            why = claim.evidence("metric")
            if claim.unit == "count" and why is not None and why.basis == "discourse":
                same = claim.noun == figure.noun or figure.noun is None or figure.noun in _words(code)[0] \
                    or (figure.noun in demonyms and bool(claim.subject) and _says_its_noun(figure))
                return claim if same else None  # "only 81 deaths, while the monitor had recorded 186 cases"
        return None

    def _money_of(self, figure: Figure, hits: dict, rules: RuleSet, paragraph: int, number: int,
                  code: str) -> tuple[str | None, Evidence | None]:
        """The money metric in focus for a sum its own words call money of no kind ("$40 million in
        fiscal 2019 funds") or that points back to the sentence before ("from the $37 million recorded
        a year earlier": binding.pointed_back), or for a percent change that its conjunct says one of
        that metric's nouns of money given went through ("annual aid then shrank by 30 percent"), in the paragraph that
        named it; never a difference ("$5 million less") nor a figure whose conjunct names another
        metric or whose clause vetoes this one."""
        at, mid, words = self.money or (None, None, None)
        if at != paragraph:  # past its paragraph, the money the title names ("Remittances to Zembla top ...")
            if self.titled_money is None:
                return None, None
            mid, words = self.titled_money
        text, start, end = figure.text, figure.start, figure.end
        if figure.unit == "percent":  # the metric whose noun of money given the conjunct names, one only
            if figure.change not in ("up", "down"):
                return None, None
            lead = text[figure.conjunct[0]:start]
            owners = [other for other, metric in rules.metrics.items() if metric.unit == MONEY
                      and _holds_a_noun(lead, metric.recipient_nouns)]
            if len(owners) != 1:
                return None, None
            mid, words = owners[0], lead.strip()
        elif not (_money_noun(code).match(text, end) or any(_places_sum(code).fullmatch(text, at, start) for at in {
                figure.clause[0], figure.conjunct[0]}) or self._points_back(figure, paragraph, number, mid, code)) \
                or difference.direction(text, start, end, code):
            return None, None
        if _vetoed(figure, hits, mid) or metrics.context_cue(text, start, code, end):
            return None, None
        return mid, Evidence("metric", "discourse", f"{words} (the money in focus)", rules.metrics[mid].where)


def money_named(hits: dict, rules: RuleSet, text: str) -> tuple[str, str] | None:
    """The one money metric ``text`` names by a term that holds one of its nouns of money given
    ("foreign aid programs", "Remittances to Zembla top $10 billion": ``recipient_nouns``), and the
    term; None when it names none or several."""
    named = {mid: text[a:b] for mid, roles in hits.items() if rules.metrics[mid].unit == MONEY
             for a, b in roles.get("terms", ()) if _holds_a_noun(text[a:b], rules.metrics[mid].recipient_nouns)}
    return next(iter(named.items())) if len(named) == 1 else None


def gapped(text: str, start: int, previous: tuple[int, Claim] | None, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start`` goes on, its verb and noun gapped, with the figure just
    before it in its sentence ("... numbered 18,736 and Ruritanians 1,257"): a list, whatever its size."""
    if previous is None:
        return False
    figure = Figure(text, start, start, "count", None, (0, len(text)), (0, len(text)))
    return gapped_after(figure, previous[1], code) is not None


def _says_its_noun(figure: Figure) -> bool:
    """Whether the figure's own words hold its noun ("6,000 Salvadorans"; not "175" given the noun
    of a figure after it)."""
    return figure.noun is not None and figure.noun.lower() in figure.text[figure.start:figure.end].lower()


@cache
def _having(code: str) -> Pattern[str]:
    """Up to 40 characters within a clause, then a word saying what counted things have ("with")
    or what they changed from ("from")."""
    pack = lang.load(code)
    having = patterns.phrases(pack["having_links"] + pack["change_bases"])
    return patterns.compile(rf"[^;:.!?]{{0,40}}\b(?:{having})\s+", patterns.IGNORECASE)


def _vetoed(figure: Figure, hits: dict, mid: str) -> bool:
    """Whether the figure's conjunct holds a term or verb of a metric other than ``mid`` ("... and
    the police detained 290": another metric's predicate), or its clause a word excluding ``mid``."""
    a, b = figure.conjunct
    ca, cb = figure.clause
    return any(other != mid and a <= lo and hi <= b for other, roles in hits.items()
               for role in ("terms", "verbs") for lo, hi in roles.get(role, ())) \
        or any(ca <= lo and hi <= cb for lo, hi in hits.get(mid, {}).get("exclude", ()))


def guessed(why: Evidence | None) -> bool:
    """Whether a figure has no metric, or only the series in focus gave it one: a figure stating an
    earlier one again (binding.repeated) is that figure, which beats the guess."""
    return why is None or (why.basis == "discourse" and why.words.endswith("(the series in focus)"))


def other_predicate(hits: dict, conjunct: tuple[int, int], metric: str | None, quantities, k: int | None = None,
                    contrasted: dict | None = None) -> bool:
    """Whether ``conjunct`` holds a term or verb of another metric than ``metric`` that is no other
    figure's own noun ("4,306 murders" says what that figure counts, not what a bare 31.9 does). For
    figure ``k`` set against one before it (``contrasted``: "a rate of 45.3, against 36.35 in Zembla")
    only the words from it on: those before the contrast word say what the other figure counts."""
    a, b = conjunct
    if contrasted and k in contrasted:
        a = max(a, quantities[k].start)
    return any(a <= lo and hi <= b and not any(q.start <= lo and hi <= q.end for q in quantities)
               for other, roles in hits.items() if other != metric for role in ("terms", "verbs")
               for lo, hi in roles.get(role, ()))


MONEY = "USD"  # the canonical unit of a sum of money


def _holds_a_noun(words: str, nouns: tuple[str, ...]) -> bool:
    """Whether ``words`` hold one of ``nouns`` as whole words ("foreign aid programs": aid)."""
    if not nouns:
        return False  # most metrics have none: no need to normalise the words
    padded = " " + " ".join(_PUNCTUATION.sub(" ", words.lower()).split()) + " "
    return any(f" {noun.lower()} " in padded for noun in nouns)


_PUNCTUATION = patterns.compile(r"[^\w\s-]")


@cache
def _places_sum(code: str) -> Pattern[str]:
    """A clause or conjunct that opens on a name (or its possessive, a coordinator before it) and at
    most three words before a sum: one place's sum of the money in focus ("Remittances have soared.
    Zembla's reached $12.5 billion", "Zembla received a record $17.3 billion, and Oz nearly $8 billion")."""
    joined = patterns.phrases(lang.load(code)["coordinators"])
    name = rf"(?-i:[{patterns.UPPER}])[\w.-]*"
    return patterns.compile(rf"\W*(?:(?:{joined})\s+)?(?:{name}\s+){{0,2}}{name}(?:['’]s)?(?:\s+[^\W\d]+){{0,3}}\s+",
                            patterns.IGNORECASE)


@cache
def _money_noun(code: str) -> Pattern[str]:
    """Right after a sum: a link, up to three words, and a noun that calls it money ("in fiscal 2019 funds")."""
    table = lang.load(code)["money_nouns"]
    return patterns.compile(rf"\s+(?:{patterns.phrases(table['links'])})\s+(?:[\w'’-]+\s+){{0,3}}?"
                            rf"(?:{patterns.phrases(table['nouns'])})\b", patterns.IGNORECASE)


@cache
def _rate_words(code: str) -> tuple[Pattern[str], patterns.PhraseCheck]:
    """A ``rate_positions`` word right before a figure, and whether a rate word stands in a text (a
    ``PhraseCheck``: asked of every sentence with a figure)."""
    pack = lang.load(code)
    position = patterns.compile(rf"\b(?:{patterns.phrases(pack['rate_positions'])})\s+$", patterns.IGNORECASE)
    rate = patterns.PhraseCheck(lambda phrases: rf"(?:{phrases(pack['rate_words'], word_start=True)})\b")
    return position, rate


def _names_the_series(figure: Figure, nouns: frozenset[str], terms: tuple[str, ...], code: str,
                      by_figure: bool = True, beside: bool = True) -> bool:
    """Whether the figure is written as one of the series': its own noun is one of the metric's
    nouns, a word of its terms or a series noun ("65 more deaths", "90 deaths" after "deaths in
    prisons", "the 4,000 mark"), or it has no noun and a series noun stands a few words before it
    in its clause ("the daily average reached 24.3"; not "the greatest number of deaths, 31": one
    place's part of it), or one of the metric's own nouns (not people in general) is the subject
    of the verb right before it ("Zemblan applicants numbered 3,100"). A series named only by its
    terms, in a sentence with no figure (not ``by_figure``), is reached by the words of its terms
    only: "the toll" says nothing of which was named. ``beside``: a figure of the series stands in its sentence."""
    lead = figure.text[figure.clause[0]:figure.start]
    if figure.noun is not None and _a_word_of(figure.noun, terms, frozenset()):
        return True
    if not by_figure:
        return False
    if _words(code)[4].search(lead) and (beside or not _counted_before(figure, code)):
        return True  # "that is close to double the 29,413 apprehensions": set against the series, it is one of its figures
        # (not against another figure of its own sentence: "stopped 68,520 members of families, twice the 31,874")
    if figure.noun is not None:
        return figure.noun in nouns or figure.noun in _words(code)[0] or _people_as(figure, nouns, code)
    if _words(code)[1].search(lead):
        return True
    subject = _SUBJECT.search(lead)
    forms = _forms(subject.group(1)) if subject else set()
    return bool(forms & nouns) and not any(metrics.names_people(form, code) for form in forms)


def _people_as(figure: Figure, nouns: frozenset[str], code: str) -> bool:
    """Whether the figure counts people in general qualified by a noun of the series in its own
    phrase ("187 personas fallecidas"): they are the series' dead, not people at large."""
    words = figure.text[figure.start:figure.end].lower().split()
    return metrics.names_people(figure.noun or "", code) and any(w in nouns for w in words[2:])


def _tallied(figure: Figure, code: str, near: bool) -> bool:
    """Whether a bare count stands right after a predicate that tallies the series with its noun
    left out (``series_tallies``: "in July there were 318", "se suman otros 12"), in its clause,
    and the series was counted ``near`` it (in its paragraph or the sentence before)."""
    return near and figure.noun is None and bool(_tally(code).search(figure.text, figure.clause[0], figure.start))


@cache
def _tally(code: str) -> Pattern[str]:
    tallies = patterns.phrases(lang.load(code)["series_tallies"])
    return patterns.compile(rf"\b(?:{tallies})(?:\s+[^\W\d]+){{0,2}}\s+$", patterns.IGNORECASE)


def _counted_before(figure: Figure, code: str) -> bool:
    """Whether a figure with a noun of its own, or any figure but a year, stands before ``figure``
    in its sentence ("stopped 68,520 members of families, ...", "Femicides totaled 529, versus"):
    what a count set against it counts, not the series."""
    stop = lang.words(code, "stop_words")
    return any(hit.group(1).lower() not in stop for hit in _THOUSANDS.finditer(figure.text, 0, figure.start)) \
        or bool(_BARE_BEFORE.search(figure.text, 0, figure.start))


_THOUSANDS = patterns.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+\s+([^\W\d]+)")  # a figure (no year) and a word
_BARE_BEFORE = patterns.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d")  # a figure (no year): "Femicides totaled 512, versus 530"
_SUBJECT = patterns.compile(r"\b([^\W\d]+)\s+[^\W\d]+\s+$")  # the word before the verb right before a figure


def _set_against(text: str, start: int, code: str) -> bool:
    """Whether the words right before a figure set it against another as its yardstick: a contrast
    link, then up to four words ("above the previous record of 68,500", "compared with 700"), or a
    base value's words ("up 30% from 70,000")."""
    before = text[max(0, start - 60):start]
    return bool(_yardstick(code).search(before)) or periods.names_a_base_value(before[-20:], code)


@cache
def _yardstick(code: str) -> Pattern[str]:
    links = patterns.phrases(lang.load(code)["contrast_links"])
    return patterns.compile(rf"\b(?:{links})\s+(?:[^\W\d]+\s+){{0,4}}$", patterns.IGNORECASE)


def _anaphor(figure: Figure, code: str) -> tuple[str, str] | None:
    """The words by which the figure points back to what an earlier figure counted, and their noun
    ("such deaths", "of those children"); None when it does not."""
    found = _words(code)[2].search(figure.text, figure.start, min(len(figure.text), figure.end + 40))
    if found is None or found.start() >= figure.end:
        return None
    return found.group(1), found.group(2)


def _a_word_of(noun: str, terms: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """Whether ``noun`` (as written, plural or not) is one of a metric's nouns or a word of its terms."""
    forms = _forms(noun)
    return not forms.isdisjoint(_term_words(terms)) or not forms.isdisjoint(nouns)


@cache
def _term_words(terms: tuple[str, ...]) -> frozenset[str]:
    """The words of a metric's terms, lower-cased: split once per metric, not per figure."""
    return frozenset(w.lower() for term in terms for w in term.split())


def _forms(noun: str) -> set[str]:
    """A noun as written and its singulars or plurals by rule ("deaths", "death")."""
    low = noun.lower()
    return {low, low[:-1], low[:-2]} if low.endswith("s") else {low, f"{low}s", f"{low}es"}


def _restates_a_set(figure: Figure, code: str) -> bool:
    """Whether a demonstrative stands right before the figure ("those 75 cases"): it names again a
    set the text counted before, as the sum of its parts, not a new figure of the series."""
    return bool(_words(code)[3].search(figure.text, max(0, figure.start - 12), figure.start))


@cache
def _words(code: str) -> tuple[frozenset[str], Pattern[str], Pattern[str], Pattern[str], Pattern[str]]:
    pack = lang.load(code)
    nouns = pack["series_nouns"]
    of = patterns.phrases(pack["complement_links"])  # "the number of deaths" counts deaths: no figure of the series
    lead = patterns.compile(rf"\b(?:{patterns.phrases(nouns)})\b(?!\s+(?:{of})\s+[^\W\d])(?:\s+[\w'’-]+){{0,4}}\s+$",
                            patterns.IGNORECASE)
    back = patterns.compile(rf"\d\s+((?:{patterns.phrases(pack['series_anaphors'])})\s+([^\W\d]+))", patterns.IGNORECASE)
    demonstrative = patterns.compile(rf"\b(?:{patterns.phrases(pack['set_demonstratives'])})\s+$", patterns.IGNORECASE)
    against = patterns.compile(rf"\b(?:{patterns.phrases(pack['contrast_links'])})(?:\s+[\w'’-]+)?\s+$",
                               patterns.IGNORECASE)
    return frozenset(n.lower() for n in nouns), lead, back, demonstrative, against


def change_of_the_figure_before(text: str, start: int, before: Claim | None, before_end: int,
                                code: str = lang.DEFAULT, end: int | None = None) -> tuple[str | None, Evidence | None]:
    """The metric of a percent change set right after a figure of its sentence as its apposition
    ("the rate dropped to 93 per 100,000, a decline of almost 15 percent"), or after the figure's
    phrase and a comma when its own comparative states the change against no figure ("proposed $35
    million for 2022, 25 percent less than the year before"; ``end``: where the percent ends), or
    compared right after a figure that took its metric from the discourse ("4,120 such deaths, eleven
    a day and 21.6% fewer than in 2020"): the change is that figure's, so it takes that figure's
    metric; (None, None) when no such figure stands before it. ``before_end``: where ``before``
    ends in ``text``."""
    if before is None or before.metric is None or not 0 <= before_end <= start:
        return None, None
    if _apposition(code).fullmatch(text, before_end, start) or (
            end is not None and _phrase_then_comma.fullmatch(text, before_end, start)
            and difference.direction(text, start, end, code) and not difference.stated_base(text, end, code)):
        return before.metric, Evidence("metric", "discourse", f"{before.text} (the figure whose change it states)")
    carried = before.evidence("metric")
    if end is None or carried is None or carried.basis != "discourse" \
            or not _list_link(code).fullmatch(text, before_end, start) or difference.direction(text, start, end, code) is None:
        return None, None
    return before.metric, Evidence("metric", "discourse", f"{before.text} (the series whose change it states)")


@cache
def _list_link(code: str) -> Pattern[str]:
    """What may stand between two figures of one series listed in a row: a unit of time an
    average is per, then a comma or a coordinator ("eleven a day and 21.6% fewer")."""
    pack = lang.load(code)
    joined = patterns.phrases(pack["coordinators"])
    return patterns.compile(rf"(?:\s+[^\W\d]+){{0,2}}\s*(?:,|,?\s*(?:{joined}))\s*", patterns.IGNORECASE)


_phrase_then_comma = patterns.compile(r"[^,;:()—–\d]{0,30}(?:\d{4}[^,;:()—–\d]{0,10})?,\s*")  # " for 2019, "


@cache
def _apposition(code: str) -> Pattern[str]:
    table = lang.load(code)["differences"]
    words = patterns.phrases([*table["down_before"], *table["up_before"]])
    return patterns.compile(rf"\s*,\s*(?:{words})\s*", patterns.IGNORECASE)
