"""Tokens (checker.tokens): every non-space character in exactly one token, in text order."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from checker.tokens import NUM, SYM, WORD, TOKEN, tokenize

_PIECES = st.sampled_from(["U.S.", "a.m.", "m.p.h", "e.g", "x.", ".", ",", "1", "22", "1,000", "12,345.67", "3.5",
                           ".5", "0,5", "don't", "’s", "'", "’", "_", "-", "$", "%", "é", "²", "½", "ſ", "İ", "Σ",
                           "word", "Word", " ", "  ", "\t", "\n", "\u00a0", "\x1c", "a", "B", "٣"])


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.lists(_PIECES, max_size=12).map("".join), st.text(max_size=40)))
def test_tokens_cover_the_text_in_order(text):
    tokens = tokenize(text)
    assert all(t.text == text[t.start:t.end] and t.lower == t.text.lower() and t.kind in (WORD, NUM, SYM)
               for t in tokens)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))
    covered = {i for t in tokens for i in range(t.start, t.end)}
    assert all((i in covered) != text[i].isspace() for i in range(len(text)))


# The token regex in its plain form: tokens.TOKEN is written for speed and must match the same.
_PLAIN = re.compile(r"(?P<word>(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)?)"
                    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
                    r"|(?P<sym>[^\s\w]|_)")


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.lists(_PIECES | st.sampled_from(["1,00", "1,0000", "12,345,678.9", "5.", "a.b.c", "ab.c."]),
                          max_size=12).map("".join), st.text(max_size=40)))
def test_the_regex_matches_its_plain_form(text):
    def spans(pattern):
        return [(m.lastindex, m.span(m.lastindex)) for m in pattern.finditer(text)]
    assert spans(re.compile(TOKEN)) == spans(_PLAIN)


def test_kinds():
    assert [t.kind for t in tokenize("U.S. 1,000 $")] == [WORD, NUM, SYM]
    assert [t.text for t in tokenize("the U.S. a.m. 5,000.5 don't")] == ["the", "U.S.", "a.m.", "5,000.5", "don't"]


_REGEX = re.compile(TOKEN)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.lists(_PIECES | st.sampled_from(["year.", "5%", "2015,", "said.\n", "Ⓐ", "ab²", "x_", "(US", "$5"]),
                          max_size=12).map("".join), st.text(max_size=40)))
def test_tokenize_reads_as_the_regex(text):
    """tokenize reads most pieces between spaces by str methods; the regex over the whole text gives the same tokens."""
    def fields(t):
        return t.kind, t.text, t.lower, t.start, t.end
    expected = [(m.lastindex, m.group(m.lastindex), m.group(m.lastindex).lower(), m.start(m.lastindex), m.end())
                for m in _REGEX.finditer(text)]
    assert list(map(fields, tokenize(text))) == expected
