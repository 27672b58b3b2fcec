"""Whether a figure states a difference between two periods ("421 fewer victims", "a jump of
2,000") rather than a level: a difference is a different quantity from the level it changes, and
is never compared with one. The words are the language pack's (``differences``)."""
from __future__ import annotations

from functools import cache

from checker import lang, patterns
from checker.binding.clauses import PAUSE, word_before
from checker.binding.period import comparatives as comparative_words
from checker.binding.period import comparison_words
from checker.model import Claim


@cache
def _patterns(code: str):
    table = lang.load(code)["differences"]
    after = {d: patterns.compile(rf"\b(?:{patterns.phrases(table[f'{d}_after'])})\b", patterns.IGNORECASE)
             for d in ("up", "down")}
    before = {d: patterns.compile(rf"\b(?:{patterns.phrases(table[f'{d}_before'])})\s+$", patterns.IGNORECASE)
              for d in ("up", "down")}
    # both ways in one regex each: most figures have neither, told by one search instead of two
    both = [table[f"{d}_{side}"] for side in ("after", "before") for d in ("up", "down")]
    # a figure's own bound ("al menos 20", "more than 500") holds comparatives that are no difference
    qualifier = patterns.compile(rf"(?:{patterns.phrases(lang.grouped(code, 'qualifiers'))})\s+", patterns.IGNORECASE)
    either_after = patterns.PhraseCheck(lambda phrases: rf"(?:{phrases([*both[0], *both[1]], word_start=True)})\b")
    either_before = patterns.PhraseCheck(lambda phrases: rf"(?:{phrases([*both[2], *both[3]], word_start=True)})\s+$")
    before_ends = tuple({phrase.split()[-1].lower() for phrase in (*both[2], *both[3])})
    return after, before, either_after, either_before, before_ends, qualifier


def direction(text: str, start: int, end: int, code: str = lang.DEFAULT, kind: str | None = None) -> str | None:
    """"up" or "down" when the figure at ``start:end`` is a difference, else None. A comparative
    counts only after the figure's own qualifier and first word ("421 fewer", not the bound of
    "more than 500" or "al menos 20"). A count (``kind``) may be the size a change noun is given
    ("the reduction was 57"); a percent so given restates a change (binding.restated)."""
    after, before, either_after, either_before, before_ends, qualifier = _patterns(code)
    lead = text[max(0, start - 30):start]
    bound = None if text[start:start + 1].isdigit() else qualifier.match(text, start, end)  # most open on digits
    first_word_end = text.find(" ", bound.end() if bound else start, end)
    rest = end if first_word_end == -1 else first_word_end
    if not (_may_end_on(text, start, before_ends) and either_before.search(lead)) \
            and not either_after.search(text, rest, min(len(text), end + 12)):
        return change_size(text, start, code) if kind in ("count", "number") else None
    for way in ("down", "up"):
        if before[way].search(lead):
            return way
        found = after[way].search(text, rest, min(len(text), end + 12))
        if found and not PAUSE.search(text, rest, found.start()) and not _than_a_number(text, found.end(), code):
            return way
    return None


def change_size(text: str, start: int, code: str = lang.DEFAULT) -> str | None:
    """"up" or "down" when the figure at ``start`` is the size of a change its sentence names just
    before it ("the reduction was just 43 cases", "la reducción fue de solo 43"): a difference too.
    What changed is then named in its own clause or not at all: the series in focus may be another
    change over another base ("12 fewer than in November. ... the reduction was 57 against 2023")."""
    pattern, ends = _sized(code, "change")
    if not _size_may_end_on(text, start, ends):
        return None
    found = pattern.search(text, max(0, start - _SIZE_REACH), start)
    return None if found is None else "up" if found.group("up") else "down"


def gap_size(text: str, start: int, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``start`` is the size of a gap its sentence names just before it ("the
    difference between the two sources, of more than 1,000 cases"): the gap between two figures,
    neither's count."""
    pattern, ends = _sized(code, "gap")
    return _size_may_end_on(text, start, ends) and pattern.search(text, max(0, start - _SIZE_REACH), start) is not None


_SIZE_REACH = 60  # characters before a figure in which a change or gap noun and its size words are sought


@cache
def _sized(code: str, kind: str):
    """For a change: a pointing word, maybe an adjective, a change noun, up to four words naming
    what changed ("in homicides") and a size word (``differences: change_sizes``) ending right
    before the figure. For a gap: an article, a gap noun, up to 40 characters within the clause
    and a size word (``gap_sizes``). And the last words those size words end on (most figures follow none,
    told without the regex)."""
    pack = lang.load(code)
    sizes = pack["differences"][f"{kind}_sizes"]
    size = rf"\s+(?:{patterns.phrases(sizes)})\s+(?:[^\W\d_]+\s+)?$"  # maybe an adverb: "was just"
    if kind == "gap":  # after an article: "la diferencia", "a gap", never "a diferencia de" ("unlike")
        articles = patterns.phrases([*pack["restating_words"]["pointing"], *pack["indefinite_articles"]])
        pattern = patterns.compile(rf"\b(?:{articles})\s+(?:[^\W\d_]+\s+)?(?:{patterns.phrases(pack['differences']['gap_nouns'])})\b"
                                   rf"[^.;:()]{{0,40}}?{size}", patterns.IGNORECASE)
    else:
        nouns = pack["change_nouns"]
        pointing = patterns.phrases(pack["restating_words"]["pointing"])
        pattern = patterns.compile(rf"\b(?:{pointing})\s+(?:[^\W\d_]+\s+)?(?:(?P<up>{patterns.phrases(nouns['up'])})"
                                   rf"|(?P<down>{patterns.phrases(nouns['down'])}))(?:\s+[^\W\d_]+){{0,4}}?{size}",
                                   patterns.IGNORECASE)
    return pattern, frozenset(phrase.split()[-1].lower() for phrase in sizes)


def _size_may_end_on(text: str, start: int, ends: frozenset[str]) -> bool:
    """Whether one of the two words right before ``start`` is the last word of a size phrase (``ends``):
    "was " or "was just " may end a change's size words; most figures follow neither."""
    if not text[start - 1:start].isspace():
        return False
    return any(word.lower() in ends for word in text[max(0, start - 30):start].rsplit(None, 2)[-2:])


def _may_end_on(text: str, start: int, ends: tuple[str, ...]) -> bool:
    """Whether the 30 characters before ``start`` may end on a phrase before a difference ("a drop
    of "): on a space after a word that ends as one of those phrases ends (``ends``); most figures'
    words before end on none, told without the regex. A word beyond ASCII goes to the regex (its re.I folds)."""
    last = word_before(text, start, 30)
    return last is not None and (not last.isascii() or last.lower().endswith(ends))


def _than_a_number(text: str, pos: int, code: str) -> bool:
    """"more than 500": the comparative is the bound of the next number, not a difference."""
    rest = text[pos:pos + 12].split()
    return len(rest) >= 2 and rest[0].lower() in comparison_words(code) and rest[1][:1].isdigit()


def a_gap(text: str, span: tuple[int, int], change: str | None, previous: tuple[int, Claim] | None, sentence: int,
          metric: str, code: str = lang.DEFAULT) -> bool:
    """Whether a difference whose base is a figure stated right after it ("$200 million less than
    the $900 million requested") is the gap between two quantities: the figure before it in its
    sentence (``previous``: its sentence number and claim) counts another metric than ``metric``
    ("approved $700 million, $200 million less than the $900 million requested"), so the gap is
    neither's; "1,300 fewer than the 5,000 murders" after a count of murders is that count's change.
    A figure stated as the size of a gap ("the difference, of 1,000") is one too."""
    if between_two_figures(text, span, change, code):
        return True
    if change not in ("up", "down") or previous is None or previous[0] != sentence:
        return False
    before = previous[1].metric
    return before is not None and before != metric and stated_base(text, span[1], code)


def between_two_figures(text: str, span: tuple[int, int], change: str | None, code: str = lang.DEFAULT) -> bool:
    """Whether the figure at ``span`` is the gap between two accounts of one quantity ("30 more than the
    police counted": neither's change, ``between_accounts``) or the size of a gap ("the difference, of 1,000")."""
    return between_accounts(text, span[1], code, change in ("up", "down")) or gap_size(text, span[0], code)


def between_accounts(text: str, end: int, code: str = lang.DEFAULT, difference: bool = True) -> bool:
    """Whether the difference ending at ``end`` sets its figure against another account of the
    same quantity: its base is a count someone keeps ("30 more than the police counted", the
    pack's ``differences: between_accounts``) or a name ("30 fewer than the Coroner"), not a time.
    A figure that is no ``difference`` may be one only by an ``account_comparatives`` phrase
    before an account ("1.250 por encima del conteo policial")."""
    return bool((_between_accounts(code) if difference else _above_an_account(code)).match(text, end))


@cache
def _above_an_account(code: str):
    """Right after a figure: an account comparative and, before any pause, an account's word."""
    table = lang.load(code)["differences"]
    return patterns.compile(rf"(?![^,;:.()]*\b\d{{4}}\b)\s+(?:{patterns.phrases(table['account_comparatives'])})\s+"
                            rf"[^,;:()]{{0,40}}?\b(?:{patterns.phrases(table['between_accounts'])})\b", patterns.IGNORECASE)


@cache
def _between_accounts(code: str):
    """Right after a difference: its comparative and, before any pause, an account's word, or a
    comparison base and a capitalised name."""
    table = lang.load(code)["differences"]
    comparatives = patterns.phrases([*table["down_after"], *table["up_after"]])
    bases = patterns.phrases(sorted(comparison_words(code)))
    articles = patterns.phrases(lang.load(code)["leading_articles"])
    return patterns.compile(rf"(?![^,;:.()]*\b\d{{4}}\b)\s+(?:(?:{comparatives})\s+[^,;:()]{{0,40}}?\b(?:{patterns.phrases(table['between_accounts'])})\b"
                            rf"|(?:(?:{comparatives})\s+)?(?:{bases})\s+(?:(?:{articles})\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d]+\b(?!\s+\d))",
                            patterns.IGNORECASE)


def stated_base(text: str, end: int, code: str = lang.DEFAULT) -> bool:
    """Whether the difference ending at ``end`` names its base as a figure ("less than the $900 million")."""
    return bool(_stated_base(code).match(text, end))


@cache
def _stated_base(code: str):
    """Right after a difference: its comparative, the base word and a figure ("less than the $900")."""
    table = lang.load(code)["differences"]
    comparatives = patterns.phrases([*table["down_after"], *table["up_after"]])
    bases = patterns.phrases(sorted(comparison_words(code)))
    articles = patterns.phrases(lang.load(code)["leading_articles"])
    # a base may hold the comparative itself ("menos que"): then it stands alone
    own = patterns.phrases([b for b in comparison_words(code)
                            if b.split()[0] in comparative_words(code)])
    return patterns.compile(rf"\s+(?:(?:{comparatives})\s+(?:{bases})|{own})\s+(?:(?:{articles})\s+)?"
                            rf"(?:[^\W\d]{{1,3}})?[^\w\s]?\d",
                            patterns.IGNORECASE)
