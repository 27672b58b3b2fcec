"""Cut a document's text into sentences with offsets, raw-file positions and a boilerplate flag.

Its one job is to decide where sentences start and end in news text, and which of them are page
furniture (related links, copyright lines, donation appeals) that must yield no claims.

Costs: one pass over the lines in Python (per line, not per character), one regex scan per
paragraph for terminal punctuation, and a few anchored regex matches per line that starts a
sentence (boilerplate markers). Linear in the text; several MB/s on plain CPython.

Its regexes are compiled by ``patterns``, where the speed tricks it uses live (markers matched
over the lower-cased paragraph, lead-in literals).
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Iterable, Iterator, NamedTuple, Pattern

from . import lang
from .model import Document, Sentence
from .patterns import compile, lead_in_literals, lower_case_ok, lower_for_matching

__all__ = ["compile_markers", "lower_for_matching", "sentence_ends", "split_sentences"]

MarkerList = Iterable["str | Pattern[str]"]

# A token that ends in terminal punctuation (plus closing quotes/brackets), followed by whitespace
# and the next token: the first run of punctuation in the token from which only closing marks
# follow. The regex opens with the punctuation, so re skips straight to it (the test that no mark
# stands before it comes after that mark: a pattern opening with a look-behind is tried at every
# character, 4 times slower); the token's word before it is read back to the previous whitespace
# (_token_start). A run of punctuation is tried from its first mark only (a match takes the whole
# run): linear, where each mark was a new try.
_SENTENCE_END = compile(
    r"(?P<punct>[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*)(?P<close>[\"'\u201d\u2019\u00bb)\]]*)(?=\s+(?P<next>\S+))"
)
# The form it replaces, which reads the word too but is tried at every character; kept as the
# reference the tests compare with.
SENTENCE_END_PLAIN = (
    r"(?<!\S)(?P<word>\S*?)(?P<punct>[.!?\u2026]+)(?P<close>[\"'\u201d\u2019\u00bb)\]]*)"
    r"(?=\s+(?P<next>\S+))"
)
_TERMINAL_MARKS = ".!?\u2026"  # the marks _SENTENCE_END opens with
_OPENERS = "\"'\u201c\u2018\u00ab([\u201e\u00bf\u00a1"  # and the inverted marks that open a question or exclamation
_WORD_EDGES = _OPENERS + "\"'\u201d\u2019\u00bb)]"



class _Ends(NamedTuple):
    """The words of one pack (sentences.yaml) that tell a sentence end from an abbreviation."""

    never_final: frozenset[str]  # precede a name or number and (almost) never end a sentence
    maybe_final: frozenset[str]  # may end a sentence ("... moved to the U.S. The ...") and usually do not
    number_labels: frozenset[str]  # before a number they are labels ("No. 5", "Sept. 11"), not sentence ends
    starters: frozenset[str]  # typically open a sentence: after an ambiguous abbreviation, a real end


@lru_cache(maxsize=None)
def _ends(code: str) -> _Ends:
    pack = lang.load(code)
    return _Ends(frozenset(pack["never_final_abbreviations"]), frozenset(pack["maybe_final_abbreviations"]),
                 frozenset(pack["number_label_abbreviations"]), frozenset(pack["sentence_starters"]))


_INITIALS = compile(r"(?:[A-Za-z]\.)*[A-Za-z]")

_LIST_OR_HEADING_START = compile(r"\s*(?:#{1,6}\s|[-*+\u2022]\s|\d{1,3}[.)]\s)")
_HEADING_LINE = compile(r"\s*#{1,6}\s")
_CONTINUES = compile(r"[,;:\-\u2013\u2014/&(]\s*$")
_TRAILING_NON_WORD = compile(r"\W+$")
_ENDS_TERMINAL = compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*\s*$")

WRAP_MAX_WIDTH = 100  # hard-wrapped text is wrapped at or below this many columns
SHORT_LINE_RATIO = 0.6  # a line this much shorter than the wrap width is a heading, not a wrap


def split_sentences(doc: Document, paragraph_markers: MarkerList = (),
                    tail_markers: MarkerList = (), code: str | None = None) -> list[Sentence]:
    """Sentences of ``doc`` in text order; ``Sentence.text == doc.text[start:end]``.

    ``paragraph_markers`` flag a paragraph as boilerplate, ``tail_markers`` flag it and everything
    after it (a "Related Content" block ends the article). Both are regexes matched
    case-insensitively, multi-line, at the start of each paragraph and of each line inside one
    that starts a sentence on its own (a photo credit under a dek). Abbreviations are the pack
    ``code``'s, by default the one the document's ``language`` names.
    """
    ends = _ends(code or lang.code_of(doc.source.language))
    paragraph_any = _one_of(compile_markers(paragraph_markers))
    tail_any = _one_of(compile_markers(tail_markers))
    text = doc.text
    low = lower_for_matching(text) if paragraph_any is not None or tail_any is not None else None
    if low is not None:
        paragraph_any = paragraph_any and paragraph_any.within(low)
        tail_any = tail_any and tail_any.within(low)
    lines = text.split("\n")
    line_starts = [total + index for index, total in enumerate(accumulate(map(len, lines[:-1]), initial=0))]
    line_of = doc.raw_line

    sentences: list[Sentence] = []
    in_tail = False
    for paragraph_index, (first, last) in enumerate(_paragraphs(lines)):
        paragraph_end = line_starts[last] + len(lines[last])
        spans = _sentence_spans(text, lines, line_starts, first, last, ends)
        block_is_boilerplate = False
        for start, end in spans:
            line_index = first if first == last else bisect_right(line_starts, start, first, last + 1) - 1
            line_start = line_starts[line_index]
            starts_its_line = start == line_start or text[line_start:start].isspace()
            if starts_its_line and not in_tail:
                if tail_any is not None and tail_any.matches(text, low, start, paragraph_end):
                    in_tail = True
                block_is_boilerplate = paragraph_any is not None and \
                    paragraph_any.matches(text, low, start, paragraph_end)
            sentences.append(Sentence(
                text=text[start:end], start=start, end=end,
                line=line_of(line_index), column=start - line_start + 1,
                paragraph=paragraph_index, boilerplate=in_tail or block_is_boilerplate,
            ))
    return sentences


def compile_markers(markers: MarkerList) -> tuple[Pattern[str], ...]:
    """Regexes from strings (case-insensitive, ``^``/``$`` per line); compiled ones pass through."""
    markers = tuple(markers)
    strings = tuple(m for m in markers if isinstance(m, str))
    compiled = _compile_strings(strings) if strings else ()
    ready = tuple(m for m in markers if not isinstance(m, str))
    return compiled + ready


class _Markers:
    """Markers that may match at a sentence start, as one or two alternations (so that a sentence
    start costs one or two matches instead of dozens). Case-insensitive markers written in lower
    case run case-sensitively over the lower-cased text when that is equivalent (``lower_case_ok``)."""

    def __init__(self, patterns: tuple[Pattern[str], ...]):
        lower = [p for p in patterns if p.flags & re.IGNORECASE and lower_case_ok(p.pattern)]
        rest = [p for p in patterns if p not in lower]
        scanning = {p: literals for p in lower if (literals := _lead_in_literals(p))}
        self.lower = _alternation([(p.pattern, p.flags & ~re.IGNORECASE) for p in lower if p not in scanning])
        self.scanning = [(literals, compile(p.pattern, p.flags & ~re.IGNORECASE)) for p, literals in scanning.items()]
        self.lower_any_case = _alternation([(p.pattern, p.flags) for p in lower])
        self.as_given = _alternation([(p.pattern, p.flags) for p in rest])

    def within(self, low: str) -> _Markers:
        """These markers for one lower-cased document: a scanning marker none of whose literals
        occurs anywhere in it cannot match at any of its lines, and is left out; the others keep
        where their literals occur (a few finds per document instead of one per literal at each
        sentence start: a find of an ASCII literal in a wider text copies the literal first)."""
        narrowed = copy.copy(self)
        found = [(_occurrences(literals, low), marker) for literals, marker in self.scanning]
        narrowed.scanning = [(starts, least_end_from, marker) for (starts, least_end_from), marker in found if starts]
        return narrowed

    def matches(self, text: str, low: str | None, pos: int, endpos: int) -> bool:
        """Whether a marker matches at ``pos``; ``low`` is ``lower_for_matching(text)``, and these
        markers are ``within(low)``."""
        if low is not None:
            if self.lower is not None and self.lower.match(low, pos, endpos):
                return True
            for starts, least_end_from, marker in self.scanning:  # a literal wholly in low[pos:endpos]?
                first = bisect_left(starts, pos)
                if first < len(starts) and least_end_from[first] <= endpos and marker.match(low, pos, endpos):
                    return True
        elif self.lower_any_case is not None and self.lower_any_case.match(text, pos, endpos):
            return True
        return self.as_given is not None and self.as_given.match(text, pos, endpos) is not None


def _occurrences(literals: tuple[str, ...], low: str) -> tuple[list[int], list[int]]:
    """Where ``literals`` occur in ``low``: their starts in order and, from each, the least end of
    that occurrence and the later ones (a literal lies wholly in ``low[pos:endpos]`` when the end
    from the first start at or after ``pos`` is at most ``endpos``)."""
    spans = []
    for literal in literals:
        at = low.find(literal)
        while at >= 0:
            spans.append((at, at + len(literal)))
            at = low.find(literal, at + 1)
    spans.sort()
    least_end_from = [end for _, end in spans]
    for index in range(len(spans) - 2, -1, -1):
        least_end_from[index] = min(least_end_from[index], least_end_from[index + 1])
    return [start for start, _ in spans], least_end_from


def _lead_in_literals(marker: Pattern[str]) -> tuple[str, ...]:
    """``patterns.lead_in_literals`` of a marker, read from its text (so not for verbose ones)."""
    return () if marker.flags & re.VERBOSE else lead_in_literals(marker.pattern)


@lru_cache(maxsize=64)
def _one_of(patterns: tuple[Pattern[str], ...]) -> _Markers | None:
    return _Markers(patterns) if patterns else None


def _alternation(parts: list[tuple[str, int]]):
    """One regex for (pattern, flags) pairs, each keeping its case and multi-line flags inline."""
    if not parts:
        return None
    inline = [("i" if flags & re.IGNORECASE else "") + ("m" if flags & re.MULTILINE else "") for _, flags in parts]
    try:
        return compile("|".join(f"(?{f}:{p})" if f else f"(?:{p})" for (p, _), f in zip(parts, inline)))
    except re.error:  # a marker with its own global flags ("(?i)...") cannot be nested
        return _EachOf(tuple(compile(p, flags) for p, flags in parts))


class _EachOf:
    """Fallback for markers that cannot share one regex: tries them in turn."""

    def __init__(self, patterns: tuple[Pattern[str], ...]):
        self.patterns = patterns

    def match(self, text: str, pos: int, endpos: int):
        return next((m for p in self.patterns if (m := p.match(text, pos, endpos))), None)


@lru_cache(maxsize=64)
def _compile_strings(patterns: tuple[str, ...]) -> tuple[Pattern[str], ...]:
    return tuple(compile(p, re.IGNORECASE | re.MULTILINE) for p in patterns)


def _paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line indexes of each run of non-blank lines."""
    runs: list[tuple[int, int]] = []
    first = None
    for index, line in enumerate(lines):
        if line.strip():
            if first is None:
                first = index
        elif first is not None:
            runs.append((first, index - 1))
            first = None
    if first is not None:
        runs.append((first, len(lines) - 1))
    return runs


def _sentence_spans(text: str, lines: list[str], line_starts: list[int],
                    first: int, last: int, ends: _Ends) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    segment_start = line_starts[first]
    if first == last:  # most paragraphs: one line
        _split_segment(text, segment_start, segment_start + len(lines[first]), spans, ends)
        return spans
    for line_index in _line_breaks_that_end_sentences(lines, first, last):
        segment_end = line_starts[line_index] + len(lines[line_index])
        _split_segment(text, segment_start, segment_end, spans, ends)
        segment_start = segment_end + 1
    return spans


def _line_breaks_that_end_sentences(lines: list[str], first: int, last: int) -> list[int]:
    """Indexes of the lines whose end is a sentence end by layout alone (always includes ``last``).

    Without hard wrapping every line break ends a sentence (headlines, captions, bylines). In a
    hard-wrapped paragraph only a short line without terminal punctuation does, or a line before
    a list item or heading; other breaks are left to punctuation.
    """
    if first == last:
        return [last]
    widths = [len(lines[i].rstrip()) for i in range(first, last + 1)]
    wrap_width = max(widths)
    if wrap_width > WRAP_MAX_WIDTH:
        return list(range(first, last + 1))
    breaks: list[int] = []
    for index in range(first, last):
        line, following = lines[index], lines[index + 1]
        if _HEADING_LINE.match(line) or _LIST_OR_HEADING_START.match(following):
            breaks.append(index)
            continue
        if _ENDS_TERMINAL.search(line) or _CONTINUES.search(line):
            continue
        next_char = following.lstrip()[:1]
        if next_char.islower():
            continue
        if len(line.rstrip()) < SHORT_LINE_RATIO * wrap_width:
            breaks.append(index)
    breaks.append(last)
    return breaks


def _split_segment(text: str, start: int, end: int, spans: list[tuple[int, int]], ends: _Ends) -> None:
    """Append the sentences of ``text[start:end]`` (no layout breaks inside) to ``spans``."""
    cursor = start
    for match in sentence_ends(text, start, end):
        if _ends_sentence(match.word, match.punct, match.next, ends):
            _append_trimmed(text, cursor, match.end, spans)
            cursor = match.end
    _append_trimmed(text, cursor, end, spans)


class SentenceEnd(NamedTuple):
    """A token that may end a sentence, as ``_ends_sentence`` weighs it."""

    word: str  # the token up to its terminal punctuation
    punct: str
    next: str  # the token after the whitespace
    end: int  # after the closing marks


def sentence_ends(text: str, start: int, end: int) -> Iterator[SentenceEnd]:
    """Tokens of ``text[start:end]`` that end in terminal punctuation and are followed by another
    token, in text order: what ``SENTENCE_END_PLAIN.finditer`` finds, found faster. A mark with a
    token after it stands before the text's last character but its trailing spaces: a text without
    one there (a paragraph of one sentence, most) is told by a few str finds, not a regex scan."""
    if not any(map(text[start:end].rstrip()[:-1].__contains__, _TERMINAL_MARKS)):
        return
    for match in _SENTENCE_END.finditer(text, start, end):
        token_start = _token_start(text, match.start())
        if token_start < start:
            continue  # the token began before the segment (never at a line start): as the plain regex
        yield SentenceEnd(text[token_start:match.start()], match.group("punct"), match.group("next"), match.end())


def _token_start(text: str, pos: int) -> int:
    """Where the whitespace-delimited token holding ``pos`` starts."""
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def _ends_sentence(word: str, punct: str, next_token: str, ends: _Ends) -> bool:
    """Whether ``word`` + ``punct`` ends a sentence, given the token that follows."""
    opens_quote = next_token[0] in _OPENERS
    following = next_token.lstrip(_OPENERS)
    first_char = following[:1]
    if not (opens_quote or first_char.isupper() or first_char.isdigit() or first_char in "@#"):
        return False  # "... he said." / "wait... what": lowercase continues the sentence
    if punct != ".":
        return True  # ! ? ... and combinations
    core = word.strip(_WORD_EDGES)
    key = core.lower()
    if key in ends.never_final:
        return False
    if key in ends.number_labels and first_char.isdigit():
        return False
    if key in ends.maybe_final or (core and _INITIALS.fullmatch(core)):
        next_word = _TRAILING_NON_WORD.sub("", following).lower()
        return opens_quote or next_word in ends.starters
    return True

