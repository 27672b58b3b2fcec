"""Whether a metric term that stands outside a figure's clause may still name what the figure
counts. Such a term binds only weakly (``matchers.best_metric``, score 1): it belongs to another
figure or to a clause of its own ("when the wave of unaccompanied minors was building, agents
apprehended 159,000 others"). A figure whose own verb says what was done to what it counts
("apprehended 12,000", "12,000 people held by Zembla") counts that, not the far term; a verb that
only states, tallies or changes a figure ("counted 5.8 a day", "stood at", "rose") carries any
metric of its sentence. The words are the language pack's: ``carrier_verbs``,
``irregular_past_forms``, ``past_endings`` and the change verbs (``changes``)."""
from __future__ import annotations

from functools import cache
from re import Pattern
from typing import NamedTuple

from checker import lang, patterns
from checker.binding.clauses import PAUSE, PREDICATE_REACH
from checker.binding.metric import is_part, part_named_after


class _Words(NamedTuple):
    carriers: frozenset[str]  # verbs that state, tally or change a figure, lower case
    past: frozenset[str]  # past forms that end in no participle ending ("caught", "held")
    endings: tuple[str, ...]  # endings of a regular past form ("apprehended")
    stop: frozenset[str]  # function words: never a verb however they end ("need", "red")
    determiners: frozenset[str]  # before a past form, make it an adjective ("an estimated 300")
    before: Pattern[str]  # the word right before a figure and the word before that
    after: Pattern[str]  # the words right after a figure's phrase: up to two auxiliaries, then a word


@cache
def _words(code: str) -> _Words:
    pack = lang.load(code)
    changes = pack["changes"]
    carriers = {w.lower() for w in pack["carrier_verbs"]} | {w.lower() for d in ("up", "down") for w in changes[d]}
    endings = tuple(pack["past_endings"])
    return _Words(carriers=frozenset(carriers), past=frozenset(w.lower() for w in pack["irregular_past_forms"]),
                  endings=endings, stop=frozenset(w.lower() for w in pack["stop_words"]),
                  determiners=frozenset(w.lower() for w in pack["determiners"]),
                  before=patterns.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s+$"),
                  after=patterns.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?"))


def _is_past(word: str, w: _Words) -> bool:
    """Whether a word is a past form: an irregular one, or one with a regular ending ("apprehended")."""
    low = word.lower()
    return low in w.past or (low not in w.stop and len(low) > 4 and low.endswith(w.endings))


def own_verb(text: str, start: int, end: int, code: str = lang.DEFAULT) -> str | None:
    """The verb that governs the figure at ``start:end``, lower case: the past form right before it
    ("agents apprehended 12,000"; not after an article: "an estimated 12,000"), else the first past
    form after its phrase, past auxiliaries that are carriers ("12,000 people were caught", "held
    by Zembla"); a carrier right before or after it when no other verb follows; None when none."""
    w = _words(code)
    word = _verb_before(text, start, w)
    if word is not None:
        return word  # "counted 900 people deported": the verb before governs
    after = w.after.match(text, end)
    if after is None:
        return None
    for word in after.groups():
        if word is None or word.lower() in w.carriers:
            continue  # an auxiliary ("were caught", "had been deported") or a carrier that governs it
        return word.lower() if _is_past(word, w) else None
    return None


def carries(text: str, start: int, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start:end`` may take a metric from a term outside its clause: it has
    no verb of its own, or its verb only states, tallies or changes a figure."""
    verb = own_verb(text, start, end, code)
    return verb is None or verb in _words(code).carriers


def _verb_before(text: str, start: int, w: _Words) -> str | None:
    """The past form or carrier right before the figure at ``start``, lower case (not after an
    article: "an estimated 12,000"); None when there is none."""
    before = w.before.search(text, max(0, start - 40), start)
    if before is None or before.group(1) is not None and before.group(1).lower() in w.determiners:
        return None
    word = before.group(2).lower()
    return word if word in w.carriers or _is_past(word, w) else None


def acts_otherwise(text: str, start: int, words: tuple[str, ...], code: str = lang.DEFAULT) -> bool:
    """Whether the verb right before the figure at ``start`` says something other was done to what
    it counts than a metric's ``words`` (its terms and verbs) say: "fired 4,157 officers" after
    a count of officers trained is no figure of that series."""
    w = _words(code)
    verb = _verb_before(text, start, w)
    return verb is not None and verb not in w.carriers and not any(verb in phrase.lower().split() for phrase in words)


class Figure(NamedTuple):
    """A figure as ``matchers.best_metric`` asks about it: its span (first, so that it reads as
    the span it is), its sentence and language."""

    start: int
    end: int
    text: str
    code: str = lang.DEFAULT
    next_start: int = 10 ** 9  # where the next figure of its sentence starts: a veto past it is that figure's
    previous_start: int = -1  # where the figure before it in its sentence starts: its own verb is that figure's

    def others_verb(self, span: tuple[int, int]) -> bool:
        """Whether the words at ``span`` are the verb right before the figure before it ("agencies disbursed
        $93 million, part of the $482 million Congress set aside"): that figure's, never this one's."""
        return span[1] <= self.previous_start and not self.text[span[1]:self.previous_start].strip()

    def carries(self) -> bool:
        """Whether a metric term outside its clause may bind it (``carries``)."""
        return carries(self.text, self.start, self.end, self.code)

    def takes(self, verbs) -> bool:
        """Whether one of a metric's verbs at ``verbs`` (spans) may say what the figure counts: the
        figure has no verb of its own but a carrier, or its own verb is one of them, or one stands
        in its predicate, before the first pause after it ("found 12 people dead"). A figure
        whose own verb is another ("interviewed hundreds of people ..., and relatives of
        detainees who died") counts what that verb says."""
        verb = own_verb(self.text, self.start, self.end, self.code)
        if verb is None or verb in _words(self.code).carriers:
            return True
        reach = self._predicate_end()
        return any(self.text[lo:hi].lower() == verb or self.end <= lo < reach for lo, hi in verbs)

    def without_the_next(self, spans) -> list:
        """The ``spans`` less the next figure's own words: a term or verb right after its digits and
        its noun, a participle ("..., now also housing 238 Zemblans deported in March"), or a label right
        before it and a colon ("$830 million (request: $1.4 billion)"), says what that figure counts, never
        this one (a predicate with an auxiliary may be a parallel account: "puts the
        total at 212, while the ministry says 95 people have died in custody")."""
        stop = _words(self.code).stop
        return [s for s in spans if (s[0] <= self.next_start or not (noun := _NEXT_PHRASE.fullmatch(
            self.text, self.next_start, s[0])) or noun.group(1).lower() in stop)  # "95 were deported": an auxiliary
            and not (self.end <= s[0] and _LABEL_COLON.fullmatch(self.text, s[1], self.next_start))]  # "(request: $9)"

    def part_after(self) -> int | None:
        """Where a part of it named after it begins, at its cue ("apprehended 211,000 people,
        including 19,300 unaccompanied children"): the words from there are the part's; else None."""
        return part_named_after(self.text, self.end, self.code)

    def own_verb_in(self, spans, noun: str) -> bool:
        """Whether its own verb ("removed 5,000 Zembians", "5,000 Zembians were removed") is one of the
        words at ``spans``, with its ``noun`` in its own words (not one borrowed from a figure before it)."""
        if self.text[self.start:self.end].rstrip(")]")[-1:].isdigit():
            return False
        verb = own_verb(self.text, self.start, self.end, self.code)
        return verb is not None and any(self.text[lo:hi].lower() == verb for lo, hi in spans)

    def owns(self, spans) -> bool:
        """Whether one of ``spans`` is in its own phrase, its predicate after it or right before it
        ("31,400 people detained", "approved $600 million")."""
        return any(self.start <= lo and hi <= self.end for lo, hi in spans) or self.said_after(spans) \
            or predicate_before(self.text, self.start, spans, self.code)

    def said_after(self, spans) -> bool:
        """Whether one of ``spans`` stands in its predicate, before the first pause after it ("312
        returnees were arrested"): what is said of the people its noun names; or heads the phrase
        the figure completes ("la desaparición de 1.530 personas": what is counted is the head's)."""
        reach = self._predicate_end()
        head = _head_link(self.code)
        return any(self.end <= lo < reach or hi < self.start and head.fullmatch(self.text, hi, self.start)
                   for lo, hi in spans)

    def _predicate_end(self) -> int:
        """Where its predicate ends: at the first pause after it, within ``PREDICATE_REACH``."""
        pause = PAUSE.search(self.text, self.end, self.end + PREDICATE_REACH)
        return pause.start() if pause else self.end + PREDICATE_REACH

    def vetoes_from(self, conjunct_start: int) -> int:
        """Where the vetoes that bind it start: its conjunct, or for a part named after its whole
        ("..., including 5,000 unaccompanied children", after people deported) the sentence's
        start, since the whole's verb is the part's too."""
        return 0 if is_part(self.text, self.start, self.code) else conjunct_start


_LABEL_COLON = patterns.compile(r"\s*:\s*")  # between a label and the figure it labels

_NEXT_PHRASE = patterns.compile(r"\d[\d.,]*\s+([^\W\d]+)\s+")  # digits and a noun, no verb yet: "238 Zemblans "


def owns(text: str, start: int, predicate_end: int, hits: dict, code: str = lang.DEFAULT, end: int | None = None) -> bool:
    """Whether a metric's words (``hits``, by role) are the figure's own: in its phrase or its
    predicate after it (up to ``predicate_end``), or a verb or term right before it. A noun counts
    only in its phrase (up to ``end``, when given): "two gangs agreed to stop killing" says nothing
    of what the two count."""
    nouns_end = predicate_end if end is None else end
    return any(start <= a and b <= predicate_end for role in ("terms", "verbs") for a, b in hits.get(role, ())) \
        or any(start <= a and b <= nouns_end for a, b in hits.get("nouns", ())) \
        or predicate_before(text, start, [*hits.get("verbs", ()), *hits.get("terms", ())], code)


def predicate_before(text: str, start: int, spans, code: str = lang.DEFAULT) -> bool:
    """Whether one of a metric's verbs or terms at ``spans`` stands right before the figure at
    ``start``, with at most a link of the pack's ``verb_object_links`` between ("fueron capturados
    120 pandilleros", "capturó a 120 pandilleros", "arrested 120 gang members"): the figure's own
    predicate, as a verb after it is ("120 gang members were arrested")."""
    link = _verb_object_link(code)
    return any(b <= start and start - b <= 12 and link.fullmatch(text, b, start) for _, b in spans)


@cache
def _verb_object_link(code: str) -> Pattern[str]:
    links = patterns.phrases(lang.load(code)["verb_object_links"])
    return patterns.compile(rf"\s+(?:(?:{links})\s+)?", patterns.IGNORECASE)


@cache
def _head_link(code: str) -> Pattern[str]:
    """Between a noun and the figure that completes it: a complement link and maybe an article ("de los")."""
    pack = lang.load(code)
    return patterns.compile(rf"\s+(?:{patterns.phrases(pack['complement_links'])})\s+"
                            rf"(?:(?:{patterns.phrases(pack['leading_articles'])})\s+)?", patterns.IGNORECASE)
