"""The tables the number grammar reads, built once from the language pack and the word lists below."""
from __future__ import annotations

import re

from checker import lang
from checker.text import AnyCase
from checker.tokens import tokenize

_W = lang.load(lang.DEFAULT)
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
CHANGE_NOUNS = {w: d for d, ws in _W["change_nouns"].items() for w in ws}
RATE_BASES = set(_W["rate_bases"])

_NUMBER_WORDS = "|".join(sorted({*CARDINALS, *SCALES, *VAGUE, *FRACTIONS, "fold"}, key=len, reverse=True))
NUMBER_STARTS = frozenset({*CARDINALS, *VAGUE, "a", "an", "half"})
# Whether a sentence may state a number: a digit (a quick scan) or else a number word (a slower
# scan, so it comes second; case-insensitive, over the lower-cased sentence where that is the same).
HAS_DIGIT = re.compile(r"\d")
HAS_NUMBER_WORD = AnyCase(rf"\b(?:{_NUMBER_WORDS})")

# Words that end a noun phrase after a number: function words, auxiliaries, common adverbs.
STOP = frozenset("""
a an the of in on at to for from by with and or but nor as than that which who whom whose this these those
is are was were be been being have has had do does did will would can could should may might must shall
it its they them their he she his her we our you your i my me us not no so if when while where after before
since until during per each every into onto over under about around against between through across
including like up down out off more less most least then also just only even still already now ago later
earlier yet too very all some any both either neither such own others another same alone respectively
apiece there here what how why because although though whereas versus vs via among amid within without
toward towards upon onto near behind beyond despite unlike plus minus according said says say told
""".split())
IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
                      "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
                      "personnel": "personnel", "cattle": "cattle", "sheep": "sheep", "fish": "fish",
                      "deer": "deer", "series": "series", "species": "species", "aircraft": "aircraft",
                      "troops": "troop", "data": "data", "media": "media", "crew": "crew"}
LABELS = frozenset("""no no. number nos # page pages episode chapter article section sec level phase stage
grade category round game vol volume issue room flight route highway interstate gate terminal platform
row seat lot unit version v season week act part rule item figure table exhibit appendix track""".split())
STREET = frozenset("road rd street st avenue ave way drive dr boulevard blvd lane ln place pl court ct square".split())
MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
METRE_AFTER = frozenset("long tall wide high deep away across apart above below in from to at on by and or".split())
SENTENCE_END = frozenset(". ; ? !".split())
QUOTES = frozenset("\"“”'‘’")
CLAUSE_END = frozenset(",;:()[]—–\"“”")
DETERMINERS = frozenset("a an the".split())
CHANGE_BLOCKERS = frozenset("to from at of than in for over since after within during on with".split())
MODEL_SUFFIXES = frozenset("Pro Max Mini Plus Ultra Lite Air Edition Series Note".split())
NUMBER_PREFIXES = frozenset("sub minus then now mid over under near some about approx around up down to and or".split())
LOOSE_SUFFIXES = frozenset(("bn", "B", "mn", "tn", "mln", "bln"))
# Comparatives that may modify a counted noun ("three larger rivals"); else they end the phrase.
COMPARATIVES = frozenset("""cheaper higher lower bigger larger smaller longer shorter older younger faster slower
greater richer poorer newer""".split())
IRREGULAR_DEGREES: dict[str, str] = _W["irregular_degrees"]
NOT_SUPERLATIVES = frozenset(_W["not_superlatives"])
# Words in -ing that name a thing or a trade rather than an action: part of a counted noun phrase.
ING_NOUNS = frozenset("""lightning morning evening ceiling building wedding clothing housing shipping banking
mining farming fishing offspring sibling pudding""".split())
# Verbs that take "up"/"down" as a particle, not as a change: "gave up 517 yards".
PHRASAL = frozenset("""gave give gives giving picked pick set signed sign took take takes make made makes
put shut broke break turned turn sum summed hold held tied tie looked showed show came come open opened
wound wind back line lined cut cuts keep kept""".split())
# Frequent verbs and comparatives that follow a bare number but never name what is counted.
NOT_NOUNS = frozenset("""came come comes went go goes got get gets grew grow grows live lives lived ask asks
asked make makes made said say says took take takes left leave leaves died die dies voted vote votes won
win wins lost lose loses saw see sees had has have were was are is cheaper higher lower bigger larger smaller
longer shorter older younger faster slower better worse more less fewer greater thanks last next""".split())
