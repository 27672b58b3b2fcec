"""Tokens (checker.tokens): the tuned token regex cuts text exactly as its plain form does."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from checker.tokens import NUM, SYM, TOKEN_PLAIN, WORD, tokenize

_PIECES = st.sampled_from(["U.S.", "a.m.", "m.p.h", "e.g", "x.", ".", ",", "1", "22", "1,000", "12,345.67", "3.5",
                           ".5", "0,5", "don't", "’s", "'", "’", "_", "-", "$", "%", "é", "²", "½", "ſ", "İ", "Σ",
                           "word", "Word", " ", "  ", "\t", "\n", "\u00a0", "\x1c", "a", "B", "٣"])


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.lists(_PIECES, max_size=12).map("".join), st.text(max_size=40)))
def test_tokens_match_the_plain_token_regex(text):
    plain = re.compile(TOKEN_PLAIN)
    expected = [(m.lastindex, m.group(), m.group().lower(), m.start(), m.end()) for m in plain.finditer(text)]
    assert [tuple(t) for t in tokenize(text)] == expected


def test_kinds():
    assert [t.kind for t in tokenize("U.S. 1,000 $")] == [WORD, NUM, SYM]
    assert [t.text for t in tokenize("the U.S. a.m. 5,000.5 don't")] == ["the", "U.S.", "a.m.", "5,000.5", "don't"]
