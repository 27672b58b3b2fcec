"""Numbers that name or label rather than count ("MS-13", "Game 7", "9:30", "575 Wilbraham Road"),
and figures that state an age."""
from __future__ import annotations

from checker.tokens import NUM, SYM, WORD, Token, joined, lowers

from .nouns import looks_plural
from .records import Num
from .words import (
    FIRST_PERSON_ENDINGS,
    PAST_ENDINGS,
    currency_before,
    unit_after,
    AGE_BOUND_VERBS,
    AGE_BOUNDS,
    AGE_CUE_LASTS,
    AGE_CUES,
    AGE_SUBJECTS,
    AGE_VERB_LASTS,
    AGE_VERBS,
    AGE_VERBS_ALONE,
    CHANGE_WORDS,
    COORDINATORS,
    COUNTRY_MARKS,
    DECADE_SUFFIXES,
    DETERMINERS,
    LABEL_NEGATIONS,
    LABELS,
    LOWERCASE_MONTH_WORDS,
    OF,
    MODEL_SUFFIXES,
    MONTHS,
    MULTIPLIER_SUFFIXES,
    NOT_COUNTING_ONE_AFTER,
    NOT_COUNTING_ONE_BEFORE,
    NOT_NOUNS,
    NUMBER_PREFIXES,
    ONE_IDIOMS,
    ORDINAL_SUFFIXES,
    POSSESSIVE_ENDINGS,
    QUALIFIERS,
    STOP,
    STREET,
)


_ORDINAL_OR_DECADE = ORDINAL_SUFFIXES | DECADE_SUFFIXES


def identifier(toks: list[Token], num: Num, partner: bool = False) -> bool:
    """Numbers that name or label rather than count: MS-13, S23, Game 7, No. 5, 9:30, 49ers."""
    i = num.i0
    t = toks[i]
    prev = toks[i - 1] if i else None
    prev2 = toks[i - 2] if i > 1 else None
    if t.kind == NUM:
        if prev is not None and prev.kind == WORD and joined(prev, t) and currency_before(toks, i) is None:
            return True  # "S23", "mk5", "CO2", "ID.3"
        if (prev is not None and prev.text in ("-", "‐") and joined(prev, t) and prev2 is not None
                and prev2.kind == WORD and joined(prev2, prev) and prev2.lower not in NUMBER_PREFIXES):
            return True  # "MS-13", "H-2", "COVID-19", "TA-35", "a last-32 tie"
        if not partner and prev is not None and prev.text in (":", "/", "-") and joined(prev, t) and prev2 is not None \
                and prev2.kind == NUM and joined(prev2, prev):
            return True  # "9:30", "24/7", "ISO 3888-2" (second part)
        nxt = toks[num.i1] if num.i1 < len(toks) else None
        if nxt is not None and nxt.text in (":", "/") and joined(toks[num.i1 - 1], nxt) and num.i1 + 1 < len(toks) \
                and toks[num.i1 + 1].kind == NUM and joined(nxt, toks[num.i1 + 1]) and not num.fraction:
            return True  # "9:30", "24/7" (first part)
        if nxt is not None and nxt.lower in _ORDINAL_OR_DECADE and nxt.kind == WORD and joined(toks[num.i1 - 1], nxt):
            return True  # ordinals and decades: "22nd", "1990s"
        if prev is not None and prev.text in ("#", "№"):
            return True
        if t.text.startswith("0") and len(t.text) > 1 and t.text.isdigit():
            return True  # "0401", codes and clock times
    if prev is not None and prev.lower.rstrip(".") in LABELS and not num.words:
        if not (prev2 is not None and prev2.lower in LABEL_NEGATIONS.get(prev.lower, ())):
            return True
    return False


def capitalised_label(toks: list[Token], num: Num, has_unit: bool) -> bool:
    """"Game 7", "Stoxx 600", "Apple Watch 5": a bare number right after a capitalised name."""
    if has_unit or num.words or num.i0 == 0:
        return False
    prev = toks[num.i0 - 1]
    if prev.kind == SYM:
        return prev.text == "&" or (prev.text == "." and num.i0 > 1 and toks[num.i0 - 2].kind == WORD
                                    and len(toks[num.i0 - 2].text) <= 3 and toks[num.i0 - 2].text[:1].isupper()
                                    and not joined(prev, toks[num.i0]))
    if prev.kind != WORD or not any(map(str.isupper, prev.text)):
        return False
    low = prev.lower
    if low in MONTHS or low in DETERMINERS or (low,) in QUALIFIERS or low in CHANGE_WORDS:
        return False
    if low.endswith(POSSESSIVE_ENDINGS):
        return False  # "Zembla's 53.7": the figure of a name, no label
    if low in STOP or low in COUNTRY_MARKS:
        return False
    if all(t.kind == SYM and t.text in _OPENING_MARKS for t in toks[:num.i0 - 1]) \
            and (low.endswith(PAST_ENDINGS) or low.endswith(FIRST_PERSON_ENDINGS) and _counted_after(toks, num)):
        return False  # a verb capitalised only because it opens the sentence or a quote: "Murieron 20 personas"
    return not (_gapped(toks, num) or _parallel_item(toks, num))


def _counted_after(toks: list[Token], num: Num) -> bool:
    """Whether a plural noun in lower case follows the number ("Llevamos 81 mil capturados"; not "Ramos 7 fue")."""
    nxt = toks[num.i1] if num.i1 < len(toks) else None
    return nxt is not None and nxt.kind == WORD and nxt.text.islower() and looks_plural(nxt.lower)


_OPENING_MARKS = frozenset('"“«‘\'(¡¿—–-')  # marks before the first word of a quote or a sentence


def _parallel_item(toks: list[Token], num: Num) -> bool:
    """"Zembla recorded 4,100 killings in 2019, Oz 2,900 and the State of Ruritania 3,100": a list's
    item whose verb and noun are an earlier figure's of the sentence, one right after a name and a
    verb or two, so that a name then a figure tells another subject the same way. The name need not
    open the sentence ("ZEMBLA CITY (AP) - Oz recorded ...", "By comparison, Oz reported ...").
    Never after a name's own number ("members of Z-14 and Brigade 27")."""
    start = name_start(toks, num.i0, _LINKED_NAME_WORDS, OF)
    k = start - 1 if start > 0 and toks[start - 1].lower in DETERMINERS else start
    nxt = toks[num.i1] if num.i1 < len(toks) else None
    if start == num.i0 or k < 2 or _separator(toks[k - 1]) is None \
            or nxt is not None and nxt.text not in (".", ",", ";") and nxt.lower not in COORDINATORS:
        return False
    before = toks[k - 2]
    if before.kind == NUM and k > 2 and toks[k - 3].kind == SYM and joined(toks[k - 3], before):
        return False  # "Z-14 and Brigade 27"
    opening = max((i + 1 for i in range(k) if toks[i].text in (".", "!", "?")), default=0)
    return any(toks[f].kind == NUM and _stated_by_a_name(toks, opening, f) for f in range(opening + 2, k - 1))


def _stated_by_a_name(toks: list[Token], opening: int, figure: int) -> bool:
    """Whether the figure at token ``figure`` follows a verb or two in lower case right after a
    capitalised name that starts at ``opening`` or later ("Zembla City recorded 307"), maybe
    with an apposition between ("Zembla City, the port, recorded 307")."""
    verbs = figure
    while verbs > opening and figure - verbs < 2 and toks[verbs - 1].kind == WORD and toks[verbs - 1].text.islower():
        verbs -= 1
    end = verbs
    if verbs < figure and toks[verbs - 1].text == ",":
        aside = next((j for j in range(verbs - 2, max(opening, verbs - _APPOSITION_WORDS) - 1, -1)
                      if toks[j].text == ","), None)
        if aside is not None and toks[aside + 1].lower in DETERMINERS:
            end = aside
    name = name_start(toks, end, _LINKED_NAME_WORDS, OF)
    if verbs == figure or name == end or name < opening:
        return False
    first = name + 1 if toks[name].lower in DETERMINERS and name + 1 < end else name
    return toks[first].lower not in STOP


def _gapped(toks: list[Token], num: Num) -> bool:
    """"118 cases and the Red Cross 102.": a figure ending a coordinated clause whose verb and noun are
    the earlier figure's, named by a capitalised subject. Only at the end of a clause, after a
    coordinator or a comma, when the subject opens on a determiner or is one plural name ("and
    Nicaraguans 1,024", not "and Barrio 18"), and an earlier figure of the sentence follows a
    lower-case word (after a comma, one with a noun of its own)."""
    j = num.i0 - 1
    while j >= 0 and num.i0 - j <= 4 and toks[j].kind == WORD and toks[j].text[:1].isupper():
        j -= 1
    plural = num.i0 - j == 2 and toks[j + 1].lower.endswith("s")  # "and Nicaraguans 1,024", not "and Barrio 18"
    nxt = toks[num.i1] if num.i1 < len(toks) else None
    if nxt is not None and nxt.text not in (".", ",", ";") and not (plural and _next_in_list(toks, num.i1)):
        return False  # "Zemblans 21,374 and Ruritanians 13,208": a list's middle item ends on its coordinator
    if j >= 0 and toks[j].lower in DETERMINERS:
        j -= 1
    elif not plural:
        return False
    if j < 1 or (toks[j].lower not in COORDINATORS and toks[j].text != ","):
        return False
    figures = [k for k, t in enumerate(toks[:j]) if t.kind == NUM and k and toks[k - 1].kind == WORD
               and toks[k - 1].text.islower()]  # "recorded 186 cases", not "Z-14"
    if not figures or toks[j].text != "," or plural:
        return bool(figures)  # after a bare comma, a plural name is the figure's noun: ", Guatemalans 17,057"
    noun = toks[figures[-1] + 1]  # after a bare comma, only when the earlier figure has a noun ("60 deaths, the Red Cross 48")
    return noun.kind == WORD and noun.text.islower()


def _next_in_list(toks: list[Token], i: int) -> bool:
    """A coordinator at ``i`` and, after it, the next item's capitalised plural name and figure."""
    return (i + 2 < len(toks) and toks[i].lower in COORDINATORS and toks[i + 1].kind == WORD
            and toks[i + 1].text[:1].isupper() and toks[i + 1].lower.endswith("s") and toks[i + 2].kind == NUM)


def table_item(toks: list[Token], num: Num) -> bool:
    """"Zembla 27.4; Ruritania 15.8", "Zembla (112) y Oz (66,4)": a figure right after a
    capitalised name, maybe in brackets, that a list's separator parts from another name and figure
    before or after it. A table told as prose: its figures count. After a comma or a coordinator one
    of the two must be written with a mark ("FTSE 100, DAX 30" stay labels)."""
    bracketed = num.i0 > 0 and toks[num.i0 - 1].text == "("
    first, after = (num.i0 - 1, num.i1 + 1) if bracketed else (num.i0, num.i1)
    if bracketed and not (num.i1 < len(toks) and toks[num.i1].text == ")"):
        return False
    name = name_start(toks, first)
    if name == first:
        return False
    own = toks[num.i0].text
    return any(partner is not None and (partner[0] == ";" or any(mark in own + partner[1] for mark in ".,"))
               for partner in (_item_before(toks, name - 1), _item_after(toks, after)))


def name_start(toks: list[Token], i: int, reach: int = 4, joiners: frozenset[str] = frozenset()) -> int:
    """Where the capitalised name of up to ``reach`` words right before token ``i`` starts (``i`` if
    none); a word of ``joiners`` may stand inside it ("State of Zembla")."""
    j = i
    while j > 0 and i - j < reach and toks[j - 1].kind == WORD and (
            toks[j - 1].text[:1].isupper() or j > 1 and j < i and toks[j - 1].lower in joiners
            and toks[j - 2].text[:1].isupper()):
        j -= 1
    return j


def name_end(toks: list[Token], i: int, stop: int, reach: int = 4, joiners: frozenset[str] = frozenset()) -> int:
    """Where the capitalised name of up to ``reach`` words that starts at token ``i`` ends (before
    ``stop``); a word of ``joiners`` may stand inside it."""
    j = i
    while j < stop and j - i < reach and toks[j].kind == WORD and (
            toks[j].text[:1].isupper() or j > i and toks[j].lower in joiners and j + 1 < stop
            and toks[j + 1].text[:1].isupper()):
        j += 1
    return j


_LINKED_NAME_WORDS = 5  # "the State of Zembla"
_APPOSITION_WORDS = 7  # tokens of an apposition between a name and its verb: ", the industrial hub,"


def _separator(tok: Token) -> str | None:
    return tok.text if tok.text in (";", ",") else "and" if tok.lower in COORDINATORS else None


def _item_after(toks: list[Token], k: int) -> tuple[str, str] | None:
    """(separator, figure) of a list's next item starting at token ``k``: a separator, a name, a figure."""
    if k >= len(toks) or (sep := _separator(toks[k])) is None:
        return None
    j = name_end(toks, k + 1, len(toks))
    if j == k + 1 or j >= len(toks):
        return None
    if toks[j].text == "(" and j + 1 < len(toks):
        j += 1
    return (sep, toks[j].text) if toks[j].kind == NUM else None


def _item_before(toks: list[Token], k: int) -> tuple[str, str] | None:
    """(separator, figure) of a list's item that ends at the separator at token ``k``."""
    if k < 2 or (sep := _separator(toks[k])) is None:
        return None
    j = k - 2 if toks[k - 1].text == ")" else k - 1
    first = j - 1 if j > 0 and toks[j - 1].text == "(" else j
    if j < 1 or toks[j].kind != NUM or name_start(toks, first) == first:
        return None
    return sep, toks[j].text


def score_or_pair(toks: list[Token], num: Num) -> int:
    """"won 2-1", "tied at 89-89": two bare integers joined by a hyphen and no unit after.
    Returns the index after the pair, or 0 when it is not one."""
    j = num.i1
    if not num.plain_int or j + 1 >= len(toks):
        return 0
    dash, other = toks[j], toks[j + 1]
    if not (dash.text in ("-", "–") and joined(toks[j - 1], dash) and joined(dash, other) and other.kind == NUM
            and other.text.isdigit() and len(other.text) <= 3 and len(toks[num.i0].text) <= 3
            and int(toks[num.i0].text) <= 200 and int(other.text) <= 200):
        return 0
    after = j + 2
    if unit_after(toks, after) is not None or currency_before(toks, num.i0) is not None:
        return 0
    if after < len(toks) and toks[after].kind == WORD and looks_plural(toks[after].lower) \
            and toks[after].lower not in NOT_NOUNS:
        return 0
    return after


def address(toks: list[Token], j: int) -> bool:
    """"575 Wilbraham Road": a number followed by capitalised words and a street word."""
    for k in range(j, min(j + 4, len(toks))):
        tok = toks[k]
        if tok.kind == NUM or tok.lower in ORDINAL_SUFFIXES:
            continue  # "9 E 71st St"
        if tok.kind != WORD or not tok.text[:1].isupper():
            return False
        if tok.lower in STREET and (k > j or (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())):
            return True
    return False


def compound_word(toks: list[Token], num: Num) -> bool:
    """"a three-bed flat", "a four-door car": a number word inside a hyphenated adjective that is
    not a unit (but "a five-year award" keeps its duration)."""
    if not num.words or num.i1 + 1 >= len(toks):
        return False
    dash, word = toks[num.i1], toks[num.i1 + 1]
    if dash.text != "-" or not joined(toks[num.i1 - 1], dash) or not joined(dash, word) or word.kind != WORD:
        return False
    return unit_after(toks, num.i1) is None and word.lower not in MULTIPLIER_SUFFIXES


def date_neighbour(toks: list[Token], num: Num) -> bool:
    """A day of month next to a month name ("April 6", "9 May") even when timex did not mask it."""
    if not num.plain_int or num.value > 31 or num.value < 1:
        return False
    prev = toks[num.i0 - 1].lower.rstrip(".") if num.i0 else ""
    nxt = toks[num.i1].lower.rstrip(".") if num.i1 < len(toks) else ""
    if prev in MONTHS and not (prev in LOWERCASE_MONTH_WORDS and toks[num.i0 - 1].text == prev):
        return True
    return nxt in MONTHS and not (nxt in LOWERCASE_MONTH_WORDS and toks[num.i1].text == nxt)


# --------------------------------------------------------------------------- context


def one_counts(toks: list[Token], num: Num) -> bool:
    """"one solution", "one of the best": yes; "no one", "this one", "one another": no."""
    prev = toks[num.i0 - 1].lower if num.i0 else ""
    nxt = toks[num.i1].lower if num.i1 < len(toks) else ""
    if prev in NOT_COUNTING_ONE_BEFORE:
        return False
    if nxt in NOT_COUNTING_ONE_AFTER or nxt in ("", ".", ",", "-"):
        return False
    if nxt in ONE_IDIOMS.get(prev, ()):
        return False
    return toks[num.i1].kind == WORD if num.i1 < len(toks) else False


def age_stated_before(toks: list[Token], left: int) -> bool:
    """"aged 25", "over the age of 21", "under the age of 5 years": the figure is an age."""
    if not left or toks[left - 1].lower not in AGE_CUE_LASTS:
        return False
    return any(len(cue) <= left and lowers(toks[left - len(cue):left]) == cue for cue in AGE_CUES)


def age_of_person(toks: list[Token], num: Num) -> bool:
    """"she is 45.", "he will be 35 by then", "who was 10": a bare whole number said of a person; or of
    anything after a verb of ``age_verbs_alone`` ("the emergency turned two on Wednesday")."""
    j = num.i1
    if not (num.plain_int or num.words) or not 1 <= num.value <= 120:
        return False
    if j < len(toks) and toks[j].kind == WORD and toks[j].lower not in STOP:
        return False
    i = num.i0
    if not i or toks[i - 1].lower not in AGE_VERB_LASTS:
        return False
    if toks[i - 1].lower in AGE_VERBS_ALONE:
        return True
    verb = next((verb for verb in AGE_VERBS if len(verb) <= i and lowers(toks[i - len(verb):i]) == verb), None)
    subject = i - len(verb) - 1 if verb is not None else -1
    return subject >= 0 and toks[subject].lower in AGE_SUBJECTS


def age_of_a_counted_group(toks: list[Token], num: Num) -> bool:
    """"914 were under 18", "914 eran menores de 18": a bare whole number after a count, a verb of being
    and a bound (``age_bounds``) is the age of the people counted, no count."""
    if not num.plain_int or not 1 <= num.value <= 120 or (num.i1 < len(toks) and toks[num.i1].kind == WORD):
        return False
    i = num.i0
    bound = next((b for b in AGE_BOUNDS if len(b) < i and lowers(toks[i - len(b):i]) == b), None)
    if bound is None:
        return False
    verb = i - len(bound) - 1
    return verb >= 1 and toks[verb].lower in AGE_BOUND_VERBS and toks[verb - 1].kind == NUM


def age_after_name(toks: list[Token], num: Num) -> bool:
    """"Maddon, 66, has": an age set off by commas after a capitalised name; not after a name an
    article introduces ("y los del Instituto, 77,"; "and the Bureau, 80."), a body in a gapped list."""
    i, j = num.i0, num.i1
    if not num.plain_int or not 1 <= num.value <= 120 or i < 2 or j >= len(toks):
        return False
    return (toks[i - 1].text == "," and toks[i - 2].kind == WORD and toks[i - 2].text[:1].isupper()
            and toks[j].text in (",", ".") and toks[i - 2].lower not in MONTHS
            and not _named_with_an_article(toks, i - 2))


def _named_with_an_article(toks: list[Token], last: int) -> bool:
    """Whether the capitalised name ending at token ``last`` opens on an article or has one in the
    two words before it ("el IML", "los del IML"): a body or a thing, which has no age."""
    k = last
    while k >= 0 and toks[k].kind == WORD and toks[k].text[:1].isupper():
        k -= 1
    return any(toks[n].lower in DETERMINERS for n in range(max(0, k - 1), min(k + 2, last + 1)))


def model_name(num: Num, phrase: str) -> bool:
    """A number inside a product or code name, told by what follows it: a model suffix ("11 Pro")
    or an acronym ("90049 ZIP Code"). A capitalised name before it is `capitalised_label`'s."""
    words = phrase.split()
    if num.words or not all(w[:1].isupper() for w in words) or looks_plural(words[-1].lower()):
        return False
    if len(words[0]) < 2 or words[0].lower() in MONTHS:
        return False
    return words[0] in MODEL_SUFFIXES or (words[0].isupper() and len(words[0]) >= 3)
