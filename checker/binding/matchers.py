"""The rule tables a sentence is looked up in, and the look-ups: entity aliases, metric phrases, the
best metric for a figure.

Built once per RuleSet and language (``for_rules``, cached by digest and language code) so that every sentence costs dictionary
look-ups: n-grams are looked up only while their words begin some alias or phrase
(``_prefixes``, ``_longest_by_first_word``), and a long word is tried as a near spelling once
per distinct word (``near_cache``), only capitalised ones counting. Apart from claims, which
assembles claims from what these find.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress, count
from operator import add

from rapidfuzz import fuzz, process

from checker import lang, patterns
from checker.binding.carrier import Figure
from checker.binding.metric import names_people
from checker.ruleset import RuleSet

PLACE_TYPES = frozenset({"country", "city", "region"})  # the entity types a figure can be about


def places(text: str, m: Matchers) -> list[tuple[int, int, str]]:
    """The places a text names: entities of a place type (groups and organisations are no subject)."""
    return [e for e in entities(text, words(text), m) if m.entity_types.get(e[2]) in PLACE_TYPES]


def opening_places(text: str, m: Matchers, reach: int = 80, found: Words | None = None) -> list[tuple[int, int, str]]:
    """The places among a sentence's first words, looked up only when its first or second word may
    begin an entity name, or its third after an article ("La vecina Zembla"): most sentences open
    with neither, and the check is two look-ups.
    ``found``: the sentence's ``words``; those of ``text[:reach]`` are its words that start before
    ``reach``, the last one cut there if it runs across."""
    first = _FIRST_WORDS.match(text)
    if first is None:
        return []
    one, two, three = first.groups()
    if one.lower() not in m.entity_longest and (two is None or two.lower() not in m.entity_longest) \
            and (three is None or three.lower() not in m.entity_longest or one.lower() not in _articles()):
        return []
    if found is None:
        return places(text[:reach], m)
    n = bisect_left(found.starts, reach)  # the words that start before reach
    starts, lows, ends = found.starts[:n], found.lows[:n], found.ends[:n]
    if n and ends[-1] > reach:
        start = starts[-1]
        cut = words(text[start:reach])
        starts[-1:], ends[-1:], lows[-1:] = [start + a for a in cut.starts], [start + b for b in cut.ends], cut.lows
    elif found.named is not None and found.named[0] is m and found.named[1] == text \
            and all(e[1] <= reach for e in found.named[2] if e[0] < reach):
        # no word cut and no name across ``reach``: the opening's names are the sentence's before it
        return [e for e in found.named[2] if e[0] < reach and m.entity_types.get(e[2]) in PLACE_TYPES]
    return [e for e in entities(text, Words(lows, starts=starts, ends=ends), m) if m.entity_types.get(e[2]) in PLACE_TYPES]


@cache
def _articles() -> frozenset[str]:
    """The leading articles of every language pack: a describing word may follow one before a name."""
    return frozenset(w.lower() for code in lang.available() for w in lang.load(code)["leading_articles"])


_FIRST_WORDS = patterns.compile(r"\W*([^\W\d_]+)(?:,?\s+([^\W\d_]+)(?:,?\s+([^\W\d_]+))?)?")  # "La vecina Zembla", "Meanwhile, Zembla"


@dataclass(frozen=True)
class Matchers:
    """A rule set's aliases, metric phrases and event words as look-up tables and regexes."""

    entity_keys: dict[tuple[str, ...], tuple[str, bool, bool]]  # alias words -> (name, acronym, written in lower case)
    entity_longest: dict[str, int]  # first word of aliases -> most words in one: most words start none
    entity_prefixes: frozenset[tuple[str, ...]]  # two or more words that begin an alias
    entity_of: dict[str, str]
    fuzzy_aliases: dict[str, tuple[str, int]]  # single-word aliases of fuzzy sets -> (name, threshold)
    near_cache: dict[str, str | None]  # word -> entity its near spelling names, filled as words are seen
    may_name: _MayName  # word -> whether it may begin a name (``entities`` looks only at these)
    entity_types: dict[str, str]
    entity_country: dict[str, tuple[str, str]]  # organisation -> (the country it acts for, its rule)
    backdrop: frozenset[str]  # places a figure takes only where no other stands as near (binding.subject)
    phrase_roles: dict[tuple[str, ...], tuple[tuple[str, str], ...]]  # words -> (metric, role)
    phrase_longest: dict[str, int]  # first word of phrases -> most words in one: most words start none
    phrase_prefixes: frozenset[tuple[str, ...]]  # two or more words that begin a phrase
    metric_nouns: dict[str, frozenset[str]]
    subgroups: dict[str, tuple[str, ...]]  # metric -> subgroup nouns, lower case (binding.metric)
    has_verbs: dict[str, bool]  # metric -> whether its nouns bind only beside one of its verbs or settings
    metrics_by_unit: dict[str | None, tuple]  # unit -> (id, metric) of the metrics it fits, filled as units are seen
    event_res: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]
    any_event_object: patterns.PhraseCheck | None  # the objects of all events in one check: most sentences name none
    dated_nouns: frozenset[str] = frozenset()  # events an object dated in its own noun phrase states
    lasting: dict[str, tuple[re.Pattern[str] | None, str | None]] = field(default_factory=dict)  # id -> (lifetime verbs, ending kind)
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # region -> its countries (binding.subject)
    recipient_nouns: tuple[str, ...] = ()  # nouns of money given to a place ("aid"), of any metric
    recipient_metrics: frozenset[str] = frozenset()  # those metrics' ids
    animals: frozenset[str] = frozenset()  # counted nouns that are never people, in the document's language
    country_of: dict[str, str] = field(default_factory=dict)  # city or region -> the country it is ``part_of``
    capitals: dict[str, str] = field(default_factory=dict)  # country, or a city of it -> its capital (binding.capital)
    gapped: dict[tuple[str, ...], tuple[tuple[tuple[str, ...], str, str], ...]] = field(default_factory=dict)  # tail -> (head, metric, role)
    complement_links: frozenset[str] = frozenset()  # words that tie a noun to its complement ("of", "de")
    rate_of: dict[str, str] = field(default_factory=dict)  # rate metric -> the count metric it is the rate of


@cache
def objects_pattern(objects: tuple[str, ...]) -> re.Pattern[str] | None:
    """An event's objects alone as the claims read them (without its ``anaphors``)."""
    return _alternation(objects)


def _alternation(phrases: Iterable[str], anaphors: Iterable[str] = ()) -> re.Pattern[str] | None:
    """One case-insensitive regex for an event's objects or verbs, longest phrase first; a space
    also matches a hyphen ("cease-fire") and quotation marks ('"extraordinary" security measures').
    An anaphor never matches the start of an object ("the emergency" in "the emergency powers")."""
    items = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    body = [_spaced(p) for p in items]
    for anaphor in sorted({a.strip() for a in anaphors if a and a.strip()}, key=len, reverse=True):
        tail = anaphor.split(None, 1)[-1].lower() + " "  # "emergency " of "the emergency"
        nexts = sorted({p[len(tail):].split()[0] for p in items if p.lower().startswith(tail)})
        body.append(_spaced(anaphor) + (f"(?!{_SPACE}(?:{'|'.join(map(re.escape, nexts))})\\b)" if nexts else ""))
    if not body:
        return None
    return patterns.compile(rf"(?<![\w-])(?:{'|'.join(body)})(?![\w])", re.IGNORECASE)


def _spaced(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", _SPACE)


_SPACE = "[\\s\"“”-]+"  # what a space of an event phrase matches


def _any_of(phrases: Iterable[str]) -> patterns.PhraseCheck | None:
    """Whether a sentence holds one of ``phrases`` as ``_alternation`` finds them."""
    items = [p for p in phrases if p and p.strip()]
    if not items:
        return None

    def build(phrases) -> str:  # the test before a phrase after its first letter: re skips ahead to those
        body = phrases(items, flexible_space=False, not_after=r"\w-").replace(r"\ ", _SPACE)
        return rf"(?:{body})(?![\w])"
    return patterns.PhraseCheck(build)


_matcher_cache: dict[tuple[str, str], Matchers] = {}


def for_rules(rules: RuleSet, code: str = lang.DEFAULT) -> Matchers:
    """The tables of ``rules`` as a document in language ``code`` reads them (its words of each list
    given per language: ``RuleSet.in_language``), built once per rule set digest and language: every
    document of a run in that language shares them."""
    cached = _matcher_cache.get((rules.digest, code))
    if cached is not None:
        return cached
    rules = rules.in_language(code)
    entity_of: dict[str, str] = {}
    entity_types: dict[str, str] = {}
    entity_keys: dict[tuple[str, ...], tuple[str, bool, bool]] = {}
    for entity in rules.entities:
        entity_types[entity.name] = entity.type
        for alias in (entity.name, *entity.aliases):
            entity_of[alias.lower()] = entity.name
            key = _phrase_key(alias)
            if key:
                found = entity_keys.setdefault(key, (entity.name, alias.isupper() and "." not in alias, alias[:1].islower()))
                if alias[:1].islower() and not found[2] and found[0] == entity.name:  # also written in lower case
                    entity_keys[key] = (found[0], found[1], True)
    fuzzy_aliases = {alias.lower(): (entity.name, entity_set.threshold)
                     for entity_set in rules.entity_sets.values() if entity_set.match == "fuzzy"
                     for entity in entity_set.entities for alias in (entity.name, *entity.aliases)
                     if " " not in alias and len(alias) >= 6}
    roles: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    gapped: dict[tuple[str, ...], set[tuple[tuple[str, ...], str, str]]] = {}
    metric_nouns, has_verbs = {}, {}
    for mid, metric in rules.metrics.items():
        nouns = frozenset(n.lower() for n in metric.nouns)
        plurals = [f"{n}s" for n in nouns] + [f"{n}es" for n in nouns]
        for role, phrases in (("terms", metric.terms), ("verbs", metric.verbs), ("exclude", metric.exclude),
                              ("settings", metric.settings),
                              ("nouns", [*nouns, *plurals])):
            for phrase in phrases:
                if GAP in phrase:  # "put … behind bars": a head, a few words, the tail
                    head, tail = (_phrase_key(part) for part in phrase.split(GAP, 1))
                    gapped.setdefault(tail, set()).add((head, mid, role))
                    continue
                roles.setdefault(_phrase_key(phrase), set()).add((mid, role))
        metric_nouns[mid] = nouns
        has_verbs[mid] = bool(metric.verbs or metric.settings)  # its nouns need a verb or a setting
    phrase_roles = {key: tuple(sorted(value)) for key, value in roles.items() if key}
    event_res = {}
    for eid, event in rules.events.items():
        event_res[eid] = (_alternation(event.objects, event.anaphors), _alternation(event.verbs))
    any_event_object = _any_of(obj for event in rules.events.values() if event.objects and event.verbs
                                    for obj in (*event.objects, *event.anaphors))
    entity_longest = _longest_by_first_word(entity_keys)
    near_cache: dict[str, str | None] = {}
    built = Matchers(
        entity_keys=entity_keys, entity_longest=entity_longest, entity_prefixes=_prefixes(entity_keys),
        entity_of=entity_of, fuzzy_aliases=fuzzy_aliases, near_cache=near_cache, entity_types=entity_types,
        may_name=_MayName(entity_longest, NEAR_LENGTH if fuzzy_aliases else float("inf"), fuzzy_aliases, near_cache),
        entity_country={e.name: (e.country, e.where) for e in rules.entities if e.country},
        backdrop=frozenset(e.name for e in rules.entities if e.backdrop),
        phrase_roles=phrase_roles, phrase_longest=_longest_by_first_word(phrase_roles),
        phrase_prefixes=_prefixes(phrase_roles),
        metric_nouns=metric_nouns, subgroups={mid: tuple(s.lower() for s in metric.subgroups) for mid, metric in rules.metrics.items()},
        has_verbs=has_verbs, metrics_by_unit={}, event_res=event_res,
        any_event_object=any_event_object,
        dated_nouns=frozenset(eid for eid, event in rules.events.items() if event.dated_noun),
        lasting={eid: (_alternation(event.lasting), event.ended_by[0] if event.ended_by else None)
                 for eid, event in rules.events.items() if event.lasting or event.ended_by},
        members=_members(rules), country_of=_country_of(rules), capitals=_capitals(rules),
        recipient_nouns=tuple(sorted({n.lower() for metric in rules.metrics.values() for n in metric.recipient_nouns})),
        recipient_metrics=frozenset(mid for mid, metric in rules.metrics.items() if metric.recipient_nouns),
        animals=_animals(code), complement_links=lang.words(code, "complement_links"),
        rate_of={mid: metric.rate_of for mid, metric in rules.metrics.items() if metric.rate_of},
        gapped={tail: tuple(sorted(heads)) for tail, heads in gapped.items() if tail})
    _matcher_cache[rules.digest, code] = built
    return built


class _MayName(dict):
    """Per word (lower case), whether it may begin an entity's name: it begins an alias, or it is
    long enough to be a near spelling of one and is one (``near``: rapidfuzz once per distinct
    word, whatever its case: about 2 µs a word). Filled as words are seen,
    so that picking a sentence's candidates is one look-up per word, and a long word that names
    nothing (most: "government") is never a candidate."""

    def __init__(self, longest_from: dict[str, int], near_length: float, aliases: dict[str, tuple[str, int]],
                 near: dict[str, str | None]):
        super().__init__()
        self.longest_from, self.near_length, self.aliases, self.near = longest_from, near_length, aliases, near

    def __missing__(self, low: str) -> bool:
        if low in self.longest_from:
            verdict = True
        elif len(low) >= self.near_length:
            best = process.extractOne(low, self.aliases.keys(), scorer=fuzz.ratio, score_cutoff=85)
            name, threshold = self.aliases[best[0]] if best is not None else (None, 101)
            self.near[low] = name if best is not None and best[1] >= threshold else None
            verdict = self.near[low] is not None
        else:
            verdict = False
        self[low] = verdict
        return verdict


NEAR_LENGTH = 6  # capitalised words this long may be near spellings of a fuzzy set's alias


def _members(rules: RuleSet) -> dict[str, frozenset[str]]:
    """Per region of two or more countries, its countries (their ``part_of``)."""
    members: dict[str, set[str]] = {}
    for entity in rules.entities:
        if entity.type == "country":
            for region in entity.part_of:
                members.setdefault(region, set()).add(entity.name)
    return {region: frozenset(names) for region, names in members.items() if len(names) > 1}


def _country_of(rules: RuleSet) -> dict[str, str]:
    """Per city or region, the first country it is ``part_of`` (a dateline's city says its country)."""
    types = {entity.name: entity.type for entity in rules.entities}
    return {entity.name: country for entity in rules.entities if entity.type in ("city", "region")
            for country in [next((p for p in entity.part_of if types.get(p) == "country"), None)] if country}


def _capitals(rules: RuleSet) -> dict[str, str]:
    """Per country whose capital a city rule names (``capital: true``), that city; per city of such a
    country, the same capital ("the capital" after "San Pedro Sula" is its country's)."""
    country_of = _country_of(rules)
    capitals = {country_of[e.name]: e.name for e in rules.entities if e.capital and e.name in country_of}
    capitals.update({city: capitals[country] for city, country in country_of.items() if country in capitals})
    return capitals


def _prefixes(keys: Iterable[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Every run of two or more words that begins a key (the key itself included): an n-gram
    not among them begins no key, so longer ones from the same word need no look-up."""
    return frozenset(key[:size] for key in keys for size in range(2, len(key) + 1))


def _longest_by_first_word(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """Per first word, the most words in a key it begins: no longer n-gram from it is looked up."""
    longest: dict[str, int] = {}
    for key in keys:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


class Words:
    """The words of a sentence, found in one pass that all rule look-ups share: each lower-cased
    (n-gram keys are slices of ``lows``), and where each starts and ends. An ASCII sentence's
    offsets are worked out from its parts (``_plain_words``) only when a look-up finds something:
    most of its words are looked up and name nothing."""

    __slots__ = ("_ends", "_parts", "_starts", "lows", "named", "text")

    def __init__(self, lows: list[str], text: str = "", starts: list[int] | None = None,
                 ends: list[int] | None = None, parts: list[str] | None = None):
        self.lows = lows
        self.text = text  # the sentence, where whether a word is capitalised is read (metric_hits: names)
        self._starts, self._ends = starts, ends  # no ends: each word ends its length after its start
        self._parts = parts  # the text split at every character that is no letter or digit
        self.named: tuple[Matchers, str, list[tuple[int, int, str]]] | None = None  # what ``entities`` found in them

    @property
    def starts(self) -> list[int]:
        if self._starts is None:  # a part ends before the character it was split at
            parts = self._parts
            self._starts = list(compress(map(add, accumulate(map(len, parts), initial=0), count()), parts))
        return self._starts

    def end(self, i: int) -> int:
        """Where word ``i`` ends."""
        return self.starts[i] + len(self.lows[i]) if self._ends is None else self._ends[i]

    @property
    def ends(self) -> list[int]:
        """Where each word ends."""
        return list(map(add, self.starts, map(len, self.lows))) if self._ends is None else self._ends


_GROUP = re.Match.group


def words(text: str) -> Words:
    """A possessive "'s" is dropped, so "El Salvador's government" names El Salvador."""
    if text.isascii() and "'" not in text:
        return _plain_words(text)
    found = list(WORD.finditer(text))
    lows, ends = list(map(str.lower, map(_GROUP, found))), list(map(re.Match.end, found))
    if "'" in text or "’" in text:
        for i, low in enumerate(lows):
            if low.endswith(("'s", "’s")):
                lows[i] = low[:-2]
                ends[i] -= 2
    return Words(lows, text, starts=list(map(re.Match.start, found)), ends=ends)


# Each ASCII character (as a byte) as ``_plain_words`` reads it: a letter or digit in lower case,
# any other a space. bytes.translate reads a table per character; str.translate looks each
# character up anew in every call.
_LETTERS_AND_DIGITS = bytes(ord(c.lower()) if c.isalnum() else ord(" ") for c in map(chr, range(128))) + b" " * 128


def _plain_words(text: str) -> Words:
    """``words`` of ASCII text without an apostrophe (most sentences): WORD's words are then its
    runs of letters and digits, which str and bytes methods cut at C speed (a regex match per word
    and the maps over the matches cost twice as much)."""
    parts = text.encode("ascii").translate(_LETTERS_AND_DIGITS).decode("ascii").split(" ")  # "" between two others
    return Words(list(filter(None, parts)), text, parts=parts)


def entities(text: str, words: Words, m: Matchers) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every entity alias in the sentence, longest alias first.
    Acronyms ("US", "GAO") match only in capitals; other names and demonyms must be capitalised
    in the text, except organisations written in lower case ("the paper") and aliases the rule
    itself writes in lower case ("around the world")."""
    lows = words.lows
    found, n = [], len(lows)
    longest_from = m.entity_longest
    next_free = 0  # words before this belong to an alias already found
    for i in compress(count(), map(m.may_name.__getitem__, lows)):
        if i < next_free:
            continue
        low = lows[i]
        if low not in longest_from:
            if text[words.starts[i]].isupper():
                near = _near_alias((words.starts[i], words.end(i)), low, m)
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
            name, acronym, lower = hit
            start, end = words.starts[i], words.end(i + size - 1)
            surface = text[start:end]
            if acronym and (not surface.isupper() or text[end:end + 1] == "$" or text[start - 1:start] == "$"):
                continue  # in lower case, or part of a currency sign ("US$5", "$US 5"): no place
            if surface[:1].islower() and not lower and m.entity_types.get(name) != "organization":
                continue
            found.append((start, end, name))
            next_free = i + size
            break
    words.named = (m, text, found)
    return found


def _near_alias(span: tuple[int, int], low: str, m: Matchers) -> tuple[int, int, str] | None:
    """The alias that a capitalised word of six letters or more is a near spelling of ("Guatamalan")."""
    name = m.near_cache[low]  # filled when ``may_name`` first saw the word
    return None if name is None else (span[0], span[1], name)


NO_HITS: dict[str, list] = {}


def _animals(code: str) -> frozenset[str]:
    """The language pack's counted nouns that are never people (the default pack's for a language with none)."""
    return frozenset(lang.load(code if code in lang.available() else lang.DEFAULT)["animals"])


# A word, with one apostrophe inside ("don't"); "(?:x|)" rather than "(?:x)?", which re runs through
# its slower general repeat loop.
WORD = patterns.compile(r"[^\W_]+(?:['’][^\W_]+|)")


def _phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase as the lower-case words a sentence's n-grams are compared with: a possessive "'s"
    dropped, as ``words`` drops it from the sentence ("died in the country's prisons")."""
    return tuple(w.lower()[:-2] if w.lower().endswith(("'s", "’s")) else w.lower() for w in WORD.findall(phrase))


def metric_hits(words: Words, m: Matchers) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Where each metric's terms, verbs, nouns and vetoes occur in the sentence:
    {metric: {role: [spans]}}. One pass over the words, looking n-grams up in the phrase table."""
    found: dict[str, dict[str, list[tuple[int, int]]]] = {}
    lows = words.lows
    table, longest_from, n = m.phrase_roles, m.phrase_longest, len(lows)
    for i in compress(count(), map(longest_from.__contains__, lows)):  # the words that begin a phrase
        low = lows[i]
        for size in range(1, min(longest_from[low], n - i) + 1):
            key = tuple(lows[i:i + size])
            if size > 1 and key not in m.phrase_prefixes:
                break  # no phrase begins with these words: none longer either
            roles = table.get(key)
            if roles and not _inside_a_name(words, i, size):
                span = (words.starts[i], words.end(i + size - 1))
                for mid, role in roles:
                    found.setdefault(mid, {}).setdefault(role, []).append(span)
    present = set(lows) if m.gapped else ()
    for tail, heads in m.gapped.items():
        size = len(tail)
        if tail[0] not in present:
            continue  # most sentences: not the tail's first word
        for j in range(1, n - size + 1):
            if lows[j] != tail[0] or tuple(lows[j:j + size]) != tail:
                continue
            for head, mid, role in heads:
                at = next((i for i in range(max(0, j - GAP_WORDS), j) if tuple(lows[i:i + len(head)]) == head), None)
                if at is None:
                    continue
                head_span, tail_span = (words.starts[at], words.end(at + len(head) - 1)), (words.starts[j], words.end(j + size - 1))
                spans = found.setdefault(mid, {}).setdefault(role, [])
                if not any(a <= head_span[0] and tail_span[1] <= b for a, b in spans):  # not one of its phrases whole
                    spans += [head_span, tail_span]  # the head stands where the phrase does too ("died in Ruritanian prisons")
    return _without_complements(found, words, m) if len(found) > 1 else found


_NAMING = ("terms", "verbs", "nouns")  # the roles that name a metric


def _without_complements(found: dict[str, dict[str, list[tuple[int, int]]]], words: Words,
                         m: Matchers) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """``found`` less a metric's naming words that complement the head of another's term after a
    ``complement_links`` word ("muertes de detenidos": deaths in custody, not the detainees' arrests),
    unless that term is the rate of their metric ("tasa de homicidios"); a term's head stays its own
    metric's too ("homicides per 100,000"; "fueron asesinados" names the police killed)."""
    terms = [(a, b, mid) for mid, roles in found.items() for a, b in roles.get("terms", ())]
    if not terms:
        return found  # most sentences: no term another metric's words could complement
    linked = {words.starts[i + 1] for i, low in enumerate(words.lows[:-1]) if low in m.complement_links}
    if not linked:
        return found
    out = {}
    for mid, roles in found.items():
        kept = {role: [(a, b) for a, b in spans if role not in _NAMING or a not in linked or not any(
            other != mid and m.rate_of.get(other) != mid and lo < a and b <= hi for lo, hi, other in terms)]
            for role, spans in roles.items()}
        kept = {role: spans for role, spans in kept.items() if spans}
        if kept:
            out[mid] = kept
    return out


GAP = "…"  # in a rule's phrase, the few words between its head and its tail ("put … behind bars")
GAP_WORDS = 8  # at most this many words from the head's first to the tail


def _inside_a_name(words: Words, i: int, size: int) -> bool:
    """Whether the words ``i:i+size``, all capitalised, go on a name begun before them, right
    before or across one small word ("Office of Refugee Resettlement", "Oficina de Reasentamiento
    de Refugiados"): a body's name, never the metric's words."""
    text = words.text
    if not text or i == 0:
        return False
    starts = words.starts
    if not all(text[start].isupper() for start in starts[i:i + size]) or not text[words.end(i - 1):starts[i]].isspace():
        return False  # "ZEMBLA CITY (Reuters) — Murders in ...": a dateline's name ends at its punctuation
    return text[starts[i - 1]].isupper() or (i >= 2 and text[starts[i - 2]].isupper()
                                             and text[words.end(i - 2):starts[i - 1]].isspace())


def best_metric(unit: str | None, noun: str | None, clause, hits: dict[str, dict[str, list]], m: Matchers,
            rules: RuleSet, conjunct: tuple[int, int] | None = None,
            own: tuple[int, int] | Figure | None = None) -> str | None:
    """The best metric for a claim: a term in its clause, or its noun with a verb of the metric
    in the clause, or (weaker) a term elsewhere in the sentence; a verb or a far term only unless
    the figure's own verb says what it counts (when ``own`` is a ``Figure``: binding.carrier).
    Units must fit; vetoes in its conjunct win (for a part named after its whole, those before it
    too: the whole's verb is the part's); on a tie, the metric whose term or verb lies in the
    figure's own conjunct wins, then the one whose term or verb stands nearest the figure's own
    words ``own`` ("Parliament approved $815 million, short of the $1.3 billion it had sought")."""
    a, b = clause
    ca, cb = conjunct or clause
    figure = own if isinstance(own, Figure) else None
    va = None  # where the vetoes that bind it start: sought only when a veto stands in the sentence

    def within(spans):
        return any(a <= lo and hi <= b for lo, hi in spans)

    part_at = figure.part_after() if figure is not None and hits else None  # "..., including 19,300 unaccompanied children"
    fitting = m.metrics_by_unit.get(unit)
    if fitting is None:
        fitting = tuple((mid, metric) for mid, metric in rules.metrics.items() if _unit_fits(metric.unit, unit))
        m.metrics_by_unit[unit] = fitting
    best, best_rank = None, (0, 0)
    for mid, metric in fitting:
        nouns = m.metric_nouns[mid]
        if mid not in hits and noun not in nouns:
            continue  # none of its phrases in the sentence and not its noun: it scores nothing
        if noun in m.animals and noun not in nouns:
            continue  # "ten police dogs were killed": its terms, but animals, not its people
        h = _own_hits(hits.get(mid, NO_HITS), figure, part_at)
        vetoes = h.get("exclude", ())
        if vetoes and (noun not in nouns or (figure is not None and figure.said_after(vetoes))):
            va = (figure.vetoes_from(ca) if figure is not None else ca) if va is None else va
            if any(va <= lo and hi <= cb and (figure is None or lo < figure.next_start and not figure.others_verb((lo, hi)))
                   for lo, hi in vetoes):
                # a veto in another figure's conjunct, or past the next figure, is that figure's ("..., less than
                # the $1 billion requested"; "Of the $585 million appropriated, $63 million was disbursed")
                continue  # "police officers killed": vetoed, unless the figure's own noun names it ("officers logged
                # 99 homicides") and its predicate does not ("312 deportees were arrested")
        terms, verbs = h.get("terms", ()), h.get("verbs", ())
        score = _score(h, noun, nouns, m.has_verbs[mid], within, figure)
        if not score and terms and _unvetoed(_not_later(terms, b, figure), vetoes) and (figure is None or figure.carries()):
            score = 1  # a far term, unless a veto qualifies it ("detained at the border")
        elif not score and unit == metric.unit and unit not in ("count", "USD", "percent") and verbs:
            score = 1
        elif not score and noun in m.entity_of and figure is not None and figure.own_verb_in(verbs, noun) \
                and any(names_people(word, figure.code) for word in nouns):
            score = 2  # "ICE removed 47,850 Zemblans": nationals its own verb acts on, of a metric of people
        if score > 1 and any(ca <= lo and hi <= cb for lo, hi in (*terms, *verbs)):
            score += 0.5
        if score > 1 and figure is not None and figure.owns((*terms, *verbs)):
            score += 0.5  # "52,000 people detained", after "87 people were killed": its own phrase's or predicate's
        rank = (score, -_distance(own, (*terms, *verbs)) if own is not None and score > 1 else 0)
        if score > 0 and (best is None or rank > best_rank):
            best, best_rank = mid, rank
    return best


def _own_hits(h: dict[str, list], figure: Figure | None, part_at: int | None) -> dict[str, list]:
    """A metric's words in the sentence less those of a part named after the figure, from its cue
    on (a part's own words say what it counts, never what its whole does), and the next figure's
    own words ("..., now also housing 238 Zemblans deported": what the 238 count)."""
    if part_at is not None:
        h = {role: [span for span in spans if span[0] < part_at] for role, spans in h.items()}
    if figure is not None and figure.next_start < len(figure.text):
        h = {role: figure.without_the_next(spans) for role, spans in h.items()}
    return h


def _score(h: dict[str, list], noun: str | None, nouns: frozenset[str], gated: bool, within,
           figure: Figure | None) -> float:
    """How strongly a metric's words in the figure's clause bind it (``best_metric``): a term; its
    noun with one of its verbs or settings (``gated``: it has some) in the clause, or a setting
    in the sentence; a bare figure with its noun and verb in the clause; 0 for none of these."""
    terms, verbs, settings = h.get("terms", ()), h.get("verbs", ()), h.get("settings", ())
    own_noun = bool(noun) and noun in nouns
    if within(terms):
        return 3.25 if own_noun else 3  # "detained 900 minors travelling alone": its own noun too
    if own_noun and (not gated or within(settings) or (within(verbs) and (figure is None or figure.takes(verbs)))):
        return 3 if gated else 2
    if not noun and nouns and within(verbs) and within(h.get("nouns", ())):
        return 2
    if own_noun and settings:
        return 2  # "30 deaths were admitted ...; the jail of X, with 12, led the list": a setting in its sentence
    return 0


def _not_later(terms, clause_end: int, figure: Figure | None):
    """The terms that may bind a figure from afar: none in a later clause ("Murders fell by half,
    although critics say the calm rests on favours to jailed gang bosses"), unless that clause
    states a figure of its own, a parallel account ("puts the total at 163, while the ministry says
    88 people died in custody")."""
    after = figure.next_start if figure is not None and figure.next_start >= clause_end else None
    return [t for t in terms if t[0] < clause_end or (after is not None and after < t[0])]


def _unvetoed(terms, vetoes) -> bool:
    """Whether some term at ``terms`` is not qualified by a veto right after or over it, nor lies inside
    one ("days without homicides")."""
    return any(not any(lo <= v0 <= hi + 1 or v0 <= lo and hi <= v1 for v0, v1 in vetoes) for lo, hi in terms)


def _distance(own: tuple[int, int], spans) -> int:
    """How many characters separate the figure ``own`` from the nearest of ``spans`` (0: touching)."""
    return min((max(lo - own[1], own[0] - hi, 0) for lo, hi in spans), default=10 ** 6)


TIME_UNITS = frozenset({"day", "week", "month", "year"})  # canonical time units an average may be per


def _unit_fits(metric_unit: str, unit: str | None) -> bool:
    """Whether a figure in ``unit`` can state the metric: the same unit, the same base unit per the
    same kind of base, or an average per unit of time of a count ("14 killings a day")."""
    if unit is None:
        return False
    if metric_unit == unit:
        return True
    if metric_unit == "count" and unit.startswith("count / ") and unit[8:] in TIME_UNITS:
        return True
    base = metric_unit.split(" / ")[0]
    return unit.split(" / ")[0] == base and ("/" in metric_unit) == ("/" in unit)
