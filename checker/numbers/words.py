"""The tables the number grammar reads, built once from the language pack and the word lists below.

The pack is the one its package names (``checker.numbers.grammar``): English for ``checker.numbers``
itself, another language for the copy of the grammar built for that pack. Module constants, not
attributes of a tables object: the grammar's hot loops read them as plain globals."""
from __future__ import annotations

import sys
from functools import partial

from checker import lang, units
from checker.patterns import IGNORECASE, compile, lowered, phrases
from checker.tokens import tokenize

CODE: str = getattr(sys.modules[__package__], "PACK_CODE", lang.DEFAULT)
_W = lang.load(CODE)
# The pack's units and currency marks: English's are units' own functions, another pack's are bound to it.
unit_after = units.unit_after if CODE == lang.DEFAULT else partial(units.unit_after, code=CODE)
currency_before = units.currency_before if CODE == lang.DEFAULT else partial(units.currency_before, code=CODE)
CARDINALS: dict[str, int] = _W["cardinals"]
SCALES: dict[str, int] = _W["scales"]
SCALE_SUFFIXES: dict[str, int] = _W["scale_suffixes"]
VAGUE: dict[str, int] = _W["vague_plurals"]
FRACTIONS: dict[str, int] = _W["fractions"]
APPROX_SPREAD = 0.05  # "about X" allows X ± 5 %; "nearly X" allows [0.95 X, X]


def _phrases(groups: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    table = {}
    for name, phrases in groups.items():
        for phrase in phrases:
            table[tuple(t.lower for t in tokenize(str(phrase)))] = name
    return table


QUALIFIERS = _phrases(_W["qualifiers"])
POST_QUALIFIERS = _phrases(_W["post_qualifiers"])
QUALIFIER_LASTS = frozenset(k[-1] for k in QUALIFIERS)  # most words end no qualifier phrase
# Runs of two or more words that end a qualifier phrase: a run not among them ends none, and no
# longer run ending at the same word need be looked up.
QUALIFIER_ENDINGS = frozenset(k[-size:] for k in QUALIFIERS for size in range(2, len(k) + 1))
POST_QUALIFIER_FIRSTS = frozenset(k[0] for k in POST_QUALIFIERS)
CHANGE_WORDS = {w: d for d, ws in _W["changes"].items() for w in ws if " " not in w}
# Change phrases of several words ("edged up", "went down"), by their words; read ending at their last word.
CHANGE_PHRASES = _phrases({d: [w for w in ws if " " in w] for d, ws in _W["changes"].items()})
CHANGE_PHRASE_LASTS = frozenset(k[-1] for k in CHANGE_PHRASES)
CHANGE_NOUNS = {w: d for d, ws in _W["change_nouns"].items() for w in ws}
RATE_BASES = set(_W["rate_bases"])

MULTIPLIER_WORDS = frozenset(_W["multiplier_words"])  # "four times"
MULTIPLIER_SUFFIXES = tuple(_W["multiplier_suffixes"])  # "sixfold"
_NUMBER_WORDS = "|".join(sorted({*CARDINALS, *SCALES, *VAGUE, *FRACTIONS, *MULTIPLIER_SUFFIXES}, key=len, reverse=True))
A_AN = frozenset(_W["indefinite_articles"])
DETERMINERS = frozenset(_W["determiners"])
BOUND_MARKS = frozenset(_W["bound_marks"])
NUMBER_STARTS = frozenset({*CARDINALS, *VAGUE, *A_AN, *_W["half_words"]})


def multiplied(word: str) -> str | None:
    """The number word a multiplier suffix is added to ("sixfold" -> "six"), or None."""
    for suffix in MULTIPLIER_SUFFIXES:
        if word.endswith(suffix):
            return word[: len(word) - len(suffix)]
    return None


# Whether a sentence may state a number: a digit (a quick scan) or else a number word (a slower
# scan, so it comes second).
HAS_DIGIT = compile(r"\d")
_ASCII_DIGITS = "0123456789"
HAS_NUMBER_WORD = compile(rf"\b(?:{_NUMBER_WORDS})", IGNORECASE)
# The same words, lower case and grouped by first letter, for the lower-cased sentence: re then
# rejects a position after one test of its letter (7x faster than the re.I scan above).
_LOWER_NUMBER_WORD = compile(phrases(_NUMBER_WORDS.split("|"), by_first_letter=True, word_start=True))


def has_digit(sentence: str) -> bool:
    """Whether ``sentence`` holds a digit (``HAS_DIGIT``). In ASCII text ten substring tests, each a
    C scan, cost less than re's, which tests the Unicode category of each character."""
    if sentence.isascii():
        return any(map(sentence.__contains__, _ASCII_DIGITS))
    return HAS_DIGIT.search(sentence) is not None


def has_number_word(sentence: str) -> bool:
    """Whether a word of ``sentence`` begins with a number word (``HAS_NUMBER_WORD``, in any case)."""
    low = lowered(sentence)
    return bool(HAS_NUMBER_WORD.search(sentence) if low is None else _LOWER_NUMBER_WORD.search(low))

STOP = frozenset(_W["stop_words"])  # they end a noun phrase after a number
IRREGULAR_PLURALS: dict[str, str] = _W["irregular_plurals"]
LABELS = frozenset(_W["number_labels"])
STREET = frozenset(_W["street_words"])
MONTHS = frozenset(_W["months"])
METRE_AFTER = frozenset(_W["metre_cues"])
SENTENCE_END = frozenset(". ; ? !".split())
QUOTES = frozenset("\"“”'‘’")
CLAUSE_END = frozenset(",;:()[]—–\"“”")
DETERMINERS = frozenset(_W["determiners"])
CHANGE_BLOCKERS = frozenset(_W["change_blockers"])
MODEL_SUFFIXES = frozenset(_W["model_suffixes"])
NUMBER_PREFIXES = frozenset(_W["number_prefixes"])
LOOSE_SUFFIXES = frozenset(_W["loose_scale_suffixes"])
COMPARATIVES = frozenset(_W["comparatives"])  # they may modify a counted noun ("three larger rivals")
IRREGULAR_DEGREES: dict[str, str] = _W["irregular_degrees"]
NOT_SUPERLATIVES = frozenset(_W["not_superlatives"])
ING_NOUNS = frozenset(_W["ing_nouns"])  # part of a counted noun phrase ("three shipping firms")
LEVEL_VERBS = frozenset(_W["level_verbs"])  # "revised up to 46": the level reached, no bound
PHRASAL = frozenset(_W["phrasal_verbs"])  # "gave up 517 yards": "up" is a particle, not a change
NOT_NOUNS = frozenset(_W["not_nouns"])  # they follow a bare number but never name what is counted
ORDINAL_SUFFIXES = frozenset(_W["ordinal_suffixes"])
DECADE_SUFFIXES = frozenset(_W["decade_suffixes"])
NOT_COUNTING_ONE_BEFORE = frozenset(_W["not_counting_one_before"])
NOT_COUNTING_ONE_AFTER = frozenset(_W["not_counting_one_after"])
NOT_FRACTION_HALF_AFTER = frozenset(_W["not_fraction_half_after"])
AGE_CUES = tuple(tuple(t.lower for t in tokenize(cue)) for cue in _W["age_cues"])
AGE_CUE_LASTS = frozenset(cue[-1] for cue in AGE_CUES)  # most words end no age cue
AGE_SUBJECTS = frozenset(_W["age_subjects"])
AGE_VERBS = tuple(tuple(t.lower for t in tokenize(verb)) for verb in _W["age_verbs"])
AGE_VERB_LASTS = frozenset(verb[-1] for verb in AGE_VERBS)
AGE_VERBS_ALONE = frozenset(_W["age_verbs_alone"])
AGE_BOUND_VERBS = frozenset(_W["age_bounds"]["verbs"])  # "914 were under 18": the 914's age
AGE_BOUNDS = tuple(tuple(t.lower for t in tokenize(bound)) for bound in _W["age_bounds"]["bounds"])
PARTITIVE_DETERMINERS = frozenset(_W["partitive_determiners"])
CHANGE_NOUN_BRIDGES = frozenset(_W["change_noun_bridges"])
DATING_WORDS = frozenset(_W["dating_words"])
PER_ITEM_NOUNS = frozenset(_W["per_item_nouns"])
TIME_UNIT_WORDS = frozenset(_W["time_units"])  # "the 900 of the previous year": a time, never what is counted
_RANGE = _W["range_words"]
RANGE_TO, RANGE_FROM = frozenset(_RANGE["to"]), frozenset(_RANGE["from"])
RANGE_THROUGH = RANGE_TO | frozenset(_RANGE["through"])  # words that join two ends directly
RANGE_BETWEEN, RANGE_AND = frozenset(_RANGE["between"]), frozenset(_RANGE["and"])
UNIT_MODIFIERS = frozenset(_W["unit_modifiers"])
UNIT_COUNTRY_MARKS = frozenset(_W["unit_country_marks"])
CURRENCY_RESTATEMENTS = frozenset(_W["currency_restatements"])
UNIT_LEAD_INS = frozenset(_W["unit_lead_ins"])
SIGN_WORDS = frozenset(_W["sign_words"])  # "minus 5"
ADJACENT_CHANGE_WORDS = frozenset(_W["adjacent_change_words"])  # "lower 5%", not "lower than ... 5%"
CHANGE_PARTICLES = frozenset(_W["change_particles"])  # "gave up 517 yards", "a start-up employs 600"
BOUND_PREFIXES: dict[str, str] = _W["bound_prefixes"]  # "sub-3%"
BOUND_SUFFIXES: dict[str, str] = _W["bound_suffixes"]  # "300-plus"
PER_WORDS = frozenset(w for w in _W["per_words"] if " " not in w)  # "per month"
# Per phrases of several words ("por cada 100.000"), by their first word.
PER_PHRASES = {w.split()[0]: tuple(w.split()) for w in _W["per_words"] if " " in w}
PER_STARTS = PER_WORDS | frozenset(PER_PHRASES)
ROUND_BASE_PER_WORDS = frozenset(_W["round_base_per_words"])  # "por 100.000": a rate before a round base only
SCALE_LINKS = frozenset(_W["scale_links"])  # "3 millones de dólares"
SCALE_REMAINDERS = frozenset(_W["scale_remainders"])  # "80 mil 736"
HALF_AFTER = frozenset(tuple(t.lower for t in tokenize(w)) for w in _W["half_after"])  # "dos millones y medio"
DISTRIBUTIVE_WORDS = frozenset(_W["distributive_words"])  # "$5 each"
OF = frozenset(_W["partitive_words"])  # "two of the officers"
HALF = frozenset(_W["half_words"])  # "half the flats"
WHOLE_DETERMINERS = frozenset(_W["whole_determiners"])  # "half the flats", "of its"
ARTICLE_SCALES = frozenset(_W["article_scales"])  # "a dozen"
HUNDRED_SCALES = frozenset(_W["hundred_scales"])  # "four hundred thousand"
VAGUE_TENS = frozenset(_W["vague_tens"])  # "tens of thousands"
PERIOD_FRACTIONS = frozenset(_W["period_fractions"])  # "a quarter" alone is a period
RATIO_WORDS = tuple(tuple(t.lower for t in tokenize(w)) for w in _W["ratio_words"])  # "one in five", "out of"
RATIO_FIRSTS = frozenset(w[0] for w in RATIO_WORDS)  # most words after a number word start no ratio
COORDINATORS = frozenset(_W["coordinators"])  # "digital and physical sales"
LABEL_NEGATIONS = {label: frozenset(before) for label, before in _W["label_negations"].items()}  # "with no 5"
MORE_WORDS = frozenset(_W["more_words"])  # "eight more picks"
LOWERCASE_MONTH_WORDS = frozenset(_W["lowercase_month_words"])  # "may" is a verb in lower case
ONE_IDIOMS = {before: frozenset(after) for before, after in _W["one_idioms"].items()}  # "on one hand"
COUNTRY_MARKS = frozenset(_W["country_marks"])  # "US 5" names no series
NUMBER_JOINERS = frozenset(_W["number_joiners"])  # "four hundred and six"
METRE_SUFFIXES = frozenset(_W["metre_suffixes"])  # "a 37m ship"
INDEX_POINTS = frozenset(_W["index_points"])  # "rose 64 points to 4,577"
LEVEL_LINKS = frozenset(_W["level_links"])  # "to 4,577"
RATE_WORDS = frozenset(w.lower() for w in _W["rate_words"])  # "the rate to 86": a rate's value follows
ALTERNATIVE_WORDS = frozenset(_W["alternative_words"])  # "a week or two"
ONE_DETERMINERS = frozenset(_W["one_determiners"])  # "another pick or two"
COORDINATION_ADVERBS = frozenset(_W["coordination_adverbs"])  # "5 and 7, respectively"
PLURAL_ENDINGS = tuple(_W["plural_endings"])
POSSESSIVE_ENDINGS = tuple(_W["possessive_endings"])  # "Johnson's deputies"
NOT_PLURAL_ENDINGS = tuple(_W["not_plural_endings"]) + POSSESSIVE_ENDINGS  # "class", "virus", "Johnson's"
SINGULAR_RULES = tuple((r["plural"], r["singular"], int(r.get("longer_than", 0)), bool(r.get("always")))
                       for r in _W["singular_rules"])  # (plural ending, singular ending, longer than, always)
MODIFIER_ENDINGS = tuple(_W["modifier_endings"])  # "one additional"
PARTICIPLE_ENDINGS = tuple(_W["participle_endings"])  # "charging", "recorded", "decently"
GLUED_UNITS = frozenset(_W["glued_units"])  # "20p", but not "p" apart before a word
SUPERLATIVE_ENDINGS = tuple(_W["superlative_endings"])  # "largest"
COMPARATIVE_ENDINGS = tuple(_W["comparative_endings"])  # "larger"
HEAD_FIRST = bool(_W["head_first"])  # "personas asesinadas": the counted noun before its modifiers
PAST_ENDINGS = tuple(_W["past_endings"])  # "Murieron 20 personas": a verb opening a sentence, no name
VERB_ENDINGS = tuple(_W["verb_endings"])  # "900 procedían de": a verb after a number, never its noun
FIRST_PERSON_ENDINGS = tuple(_W["first_person_endings"])  # "Llevamos 81 mil capturados": a verb opening a sentence
