"""Sentence splitting, positions and boilerplate of checker.text (texts written for the tests)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from checker.model import Document, Source
from checker.text import compile_markers, split_sentences

RULES = Path(__file__).resolve().parent.parent / "rules" / "boilerplate.yaml"


def doc(text: str, line_map: tuple[int, ...] = ()) -> Document:
    return Document(Source("test.txt"), text, line_map)


def texts(text: str, **markers) -> list[str]:
    return [s.text for s in split_sentences(doc(text), **markers)]


@pytest.fixture(scope="module")
def default_rules() -> dict:
    return yaml.safe_load(RULES.read_text(encoding="utf-8"))


def flagged(text: str, rules: dict) -> list[tuple[str, bool]]:
    sentences = split_sentences(doc(text), rules["paragraph_markers"], rules["tail_markers"])
    return [(s.text, s.boilerplate) for s in sentences]


# -- splitting -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Mr. Alvarez met Dr. Okafor and Sen. Liu. They talked.",
     ["Mr. Alvarez met Dr. Okafor and Sen. Liu.", "They talked."]),
    ("Prices rose 4.5 percent. Wages rose 3.1 percent.",
     ["Prices rose 4.5 percent.", "Wages rose 3.1 percent."]),
    ("T.R. Reid and John F. Kennedy Jr. wrote letters. Both were long.",
     ["T.R. Reid and John F. Kennedy Jr. wrote letters.", "Both were long."]),
    ("The U.S. Army sent 40 trucks to Washington, D.C. on Friday.",
     ["The U.S. Army sent 40 trucks to Washington, D.C. on Friday."]),
    ("Many migrants head to the U.S. The journey is long.",
     ["Many migrants head to the U.S.", "The journey is long."]),
    ("The vote was held on Jan. 12 at 5 p.m. in Room No. 4 of Acme Inc. headquarters.",
     ["The vote was held on Jan. 12 at 5 p.m. in Room No. 4 of Acme Inc. headquarters."]),
    ("It costs approx. 30 dollars, e.g. for a ticket. Fees vary.",
     ["It costs approx. 30 dollars, e.g. for a ticket.", "Fees vary."]),
    ('"We will rebuild," the mayor said. "It will take years."',
     ['"We will rebuild," the mayor said.', '"It will take years."']),
    ("He asked, \u201cWhy now?\u201d Nobody answered. Was it late? Yes!",
     ["He asked, \u201cWhy now?\u201d", "Nobody answered.", "Was it late?", "Yes!"]),
    ("The count fell (to 12.) Then it rose.", ["The count fell (to 12.)", "Then it rose."]),
    ("She hesitated... and then signed. The deal closed.",
     ["She hesitated... and then signed.", "The deal closed."]),
    ("Output grew 7 percent. 2020 was worse.", ["Output grew 7 percent.", "2020 was worse."]),
    ("The report was released. 'Nothing changed,' one resident said.",
     ["The report was released.", "'Nothing changed,' one resident said."]),
])
def test_news_sentence_splitting(text, expected):
    assert texts(text) == expected


def test_headings_and_bylines_without_punctuation_end_their_sentence():
    text = ("Floods Close 30 Schools\n"
            "By Ana Ruiz\n"
            "Photo caption without a period\n"
            "Heavy rain closed 30 schools on Monday, a spokesman said in a statement to reporters.\n")
    assert texts(text) == [
        "Floods Close 30 Schools", "By Ana Ruiz", "Photo caption without a period",
        "Heavy rain closed 30 schools on Monday, a spokesman said in a statement to reporters.",
    ]


def test_hard_wrapped_paragraph_keeps_sentences_across_lines_with_positions():
    text = ("Storm Damage\n"
            "The storm damaged 1,200 homes across the\n"
            "region, officials said. Repairs will take\n"
            "several months, according to Mr.\n"
            "Okafor of the housing office.\n"
            "\n"
            "  A second paragraph starts here.\n")
    sentences = split_sentences(doc(text))
    assert [s.text for s in sentences] == [
        "Storm Damage",
        "The storm damaged 1,200 homes across the\nregion, officials said.",
        "Repairs will take\nseveral months, according to Mr.\nOkafor of the housing office.",
        "A second paragraph starts here.",
    ]
    assert [(s.line, s.column, s.paragraph) for s in sentences] == [
        (1, 1, 0), (2, 1, 0), (3, 25, 0), (7, 3, 1)]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_wrapped_paragraph_with_list_items_breaks_before_each_item():
    text = "Key figures\n- 12 buses bought\n- 240 buses in service\n"
    assert texts(text) == ["Key figures", "- 12 buses bought", "- 240 buses in service"]


def test_lines_are_raw_file_lines_through_the_line_map():
    text = "First sentence. Second one.\n\nThird sentence."
    sentences = split_sentences(doc(text, line_map=(10, 11, 14)))
    assert [(s.text, s.line, s.column) for s in sentences] == [
        ("First sentence.", 10, 1), ("Second one.", 10, 17), ("Third sentence.", 14, 1)]


def test_blank_lines_separate_paragraphs_and_are_never_sentences():
    sentences = split_sentences(doc("\n\nOne.\n\n\n   \nTwo. Three.\n\n"))
    assert [(s.text, s.paragraph, s.line) for s in sentences] == [
        ("One.", 0, 3), ("Two.", 1, 7), ("Three.", 1, 7)]


def test_empty_text_has_no_sentences():
    assert split_sentences(doc("")) == []
    assert split_sentences(doc(" \n\n ")) == []


_news_alphabet = st.sampled_from(list("abcXYZ 019.,!?\"'()\n") + ["Mr.", "U.S.", " The ", "\n\n", "\u201d"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_news_alphabet, max_size=80).map("".join))
def test_offsets_are_exact_ordered_and_trimmed(text):
    sentences = split_sentences(doc(text))
    previous_end = 0
    for s in sentences:
        assert s.text == text[s.start:s.end]
        assert s.text and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end
        line_start = text.rfind("\n", 0, s.start) + 1
        assert s.line == text.count("\n", 0, s.start) + 1
        assert s.column == s.start - line_start + 1
    covered = "".join(text[s.start:s.end] for s in sentences)
    assert re.sub(r"\s", "", covered) == re.sub(r"\s", "", text)


# -- boilerplate markers -------------------------------------------------------------------------

def test_paragraph_marker_flags_only_its_paragraph():
    text = "Real news here.\n\nAD: Buy things now. Really.\n\nMore real news."
    sentences = split_sentences(doc(text), paragraph_markers=[r"ad:"])
    assert [(s.text, s.boilerplate) for s in sentences] == [
        ("Real news here.", False), ("AD: Buy things now.", True), ("Really.", True),
        ("More real news.", False)]


def test_tail_marker_flags_its_paragraph_and_everything_after():
    text = "Real news here.\n\nElsewhere on the site\n\nOther story, 5 dead.\n\nAnother."
    sentences = split_sentences(doc(text), tail_markers=[r"elsewhere on the site$"])
    assert [s.boilerplate for s in sentences] == [False, True, True, True]


def test_markers_are_case_insensitive_and_anchored_at_the_paragraph_start():
    text = "Readers said: sponsored content is everywhere.\n\nSPONSORED CONTENT"
    sentences = split_sentences(doc(text), paragraph_markers=["sponsored content"])
    assert [s.boilerplate for s in sentences] == [False, True]


def test_compiled_markers_are_accepted_as_is():
    pattern = re.compile(r"Promo\b")  # case-sensitive because the caller compiled it so
    assert [p is pattern for p in compile_markers([pattern])] == [True]
    sentences = split_sentences(doc("promo code inside.\n\nPromo: save."), paragraph_markers=[pattern])
    assert [s.boilerplate for s in sentences] == [False, True]


def test_a_credit_line_under_a_dek_is_boilerplate_but_the_dek_is_not(default_rules):
    text = "The city will hire 200 teachers next year, officials say.\nPhoto by Lena Park/Example Wire\n"
    assert flagged(text, default_rules) == [
        ("The city will hire 200 teachers next year, officials say.", False),
        ("Photo by Lena Park/Example Wire", True)]


# -- default rules/boilerplate.yaml --------------------------------------------------------------

def test_default_rules_file_loads_and_compiles(default_rules):
    assert list(default_rules)[:2] == ["kind", "id"]
    assert default_rules["kind"] == "boilerplate" and default_rules["id"] == "boilerplate"
    for key in ("paragraph_markers", "tail_markers"):
        assert default_rules[key] and all(isinstance(p, str) for p in default_rules[key])
        compile_markers(default_rules[key])


def test_every_default_marker_has_a_comment():
    lines = RULES.read_text(encoding="utf-8").splitlines()
    items = [line for line in lines if line.lstrip().startswith("- ")]
    assert items and all("  # " in line for line in items)


@pytest.mark.parametrize("paragraph", [
    "Related: City budget passes after long debate",
    "SEE ALSO: Ten years of transit plans",
    "READ MORE: How the vote unfolded",
    "\u00a9 2021 Example Media Group. All rights reserved.",
    "Copyright 2020 Example Publishing",
    "Follow Ana Ruiz on Twitter: @anaruiz",
    "Sign up for our morning newsletter.",
    "Subscribe now for unlimited access.",
    "Want to leave a tip?",
    "We rely on readers. Help keep our content free of paywalls by giving today.",
    "Was this content helpful?",
    "What do you think? Click here to send us a note.",
    "Please support independent reporting.",
    "We want to sustain our reporting on local courts, but to do so we need resources.",
    "share icon icon",
    "Ana Ruiz is a senior reporter for Example Daily.",
    "Photo by Tom Lee/Example Wire",
    "Image source: Video screenshot",
    "Firefighters on the scene on June 3, 2019. Jane Doe/Getty Images",
    "This story is over 7 years old.",
    "Already a subscriber?",
    "@anaruiz",
])
def test_default_paragraph_markers_catch_common_boilerplate(default_rules, paragraph):
    text = f"Officials counted 40 buses.\n\n{paragraph}\n\nThe count rose to 45 buses."
    sentences = flagged(text, default_rules)
    assert sentences[0] == ("Officials counted 40 buses.", False)
    assert sentences[-1] == ("The count rose to 45 buses.", False)
    assert all(flag for _, flag in sentences[1:-1])


@pytest.mark.parametrize("heading", [
    "Related Content", "Related Articles", "Related Stories", "Recommended", "You may also like",
])
def test_default_tail_markers_end_the_article(default_rules, heading):
    text = f"Officials counted 40 buses.\n\n{heading}\n\nA teaser says 9 people died.\n\nAnother teaser."
    assert [flag for _, flag in flagged(text, default_rules)] == [False, True, True, True]


@pytest.mark.parametrize("paragraph", [
    "More from the Post:",
    "More from the paper:",
    "Related data show 30 percent of riders walk.",
    "Recommended changes include 12 new stops.",
    "The photo by a resident showed 8 trucks.",
    "Subscribers rose to 40,000 last year.",
    "The mayor is a former reporter who covered 3 elections.",
    "Officials said the site was copyrighted in 2001.",
    "Share prices fell 4 percent.",
])
def test_default_markers_leave_news_prose_alone(default_rules, paragraph):
    text = f"{paragraph}\n\nThe count rose to 45 buses."
    assert all(not flag for _, flag in flagged(text, default_rules))


_END_PIECES = st.sampled_from(["a", "U", "S", ".", "..", "!", "?", "…", '"', "'", "”", "’", "»", ")", "]", " ", "  ",
                               "\n", "\t", "\u00a0", "Mr", "e.g", "x.y", "(", "1", ","])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_END_PIECES, max_size=14).map("".join), st.data())
def test_sentence_ends_match_the_plain_regex(text, data):
    """sentence_ends (punctuation first, word read back) finds what the plain regex does."""
    from checker.text import SENTENCE_END_PLAIN, sentence_ends

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = [(m.group("word"), m.group("punct"), m.group("next"), m.end())
             for m in re.compile(SENTENCE_END_PLAIN).finditer(text, start, end)]
    assert [tuple(found) for found in sentence_ends(text, start, end)] == plain


@pytest.mark.parametrize(("pattern", "lower_case_ok"), [
    (r"\bsince\s+\Z", True),
    (r"\b(?P<prep>since|by)\s+\Z", True),  # a named group is not an inline flag
    (r"(?P<p>a)(?P=p)", True),
    (r"(?i)since", False),
    (r"(?P<Prep>since)", False),  # an upper-case letter in the name: kept to re.I
    (r"Since", False),
])
def test_markers_run_lower_case_only_where_that_means_the_same(pattern, lower_case_ok):
    from checker import patterns

    assert patterns.lower_case_ok(pattern) is lower_case_ok


@pytest.mark.parametrize(("pattern", "literals"), [
    (r".{0,60}?\bclick here to\b", ("click here to",)),
    (r".*\b(?:getty images|shutterstock|istock(?:photo)?)\W*$", ("getty images", "shutterstock", "istock")),
    (r".{0,60}?\bplease (?:support|donate)\b", ("please ",)),
    (r".*\bhello\.world", ("hello.world",)),
    (r".{0,80}?\barticles?\b", ("article",)),  # the "s" a "?" follows is not required
    (r".*\b(?:ab|c)d", ()),  # an alternative too short to be selective
    (r".*\b(?:new )?readers", ()),  # an optional group requires nothing
    (r".*\bno[ ]way", ()),  # a character class: not read
    (r"read more\b", ()),  # no scan into the line: matched where it starts
    (r".*\bx", ()),
])
def test_lead_in_literals_are_read_from_the_pattern_text(pattern, literals):
    from checker.patterns import lead_in_literals

    assert lead_in_literals(pattern) == literals


def test_every_match_of_a_marker_holds_one_of_its_lead_in_literals(default_rules):
    """The literals are a pre-check: where none occurs, the marker cannot match."""
    from checker.patterns import lead_in_literals

    lines = ["Please support our reporting today.", "Photo by a resident / Getty Images", "Click here to subscribe.",
             "What now? click here to read", "All rights reserved.", "Copyright 2020. All rights reserved",
             "The article was copied by others.", "Help keep our journalism free.", "We republish our stories."]
    matched = 0
    for marker in (*default_rules["paragraph_markers"], *default_rules["tail_markers"]):
        literals = lead_in_literals(marker)
        for line in lines:
            if literals and re.match(marker, line, re.IGNORECASE | re.MULTILINE):
                matched += 1
                assert any(literal in line.lower() for literal in literals), (marker, line)
    assert matched >= 5, "the lines must exercise the markers"


@settings(max_examples=1000, deadline=None)
@given(low=st.text(alphabet="ab \n", max_size=30), literals=st.lists(st.text(alphabet="ab ", min_size=2, max_size=3),
       min_size=1, max_size=3), pos=st.integers(0, 32), endpos=st.integers(0, 32))
def test_where_literals_occur_tells_what_a_find_per_literal_would(low, literals, pos, endpos):
    """A scanning marker asks whether one of its literals lies wholly in low[pos:endpos] by bisecting
    where they occur in the document (text._occurrences), not by a find per literal."""
    from bisect import bisect_left

    from checker.text import _occurrences

    starts, least_end_from = _occurrences(tuple(literals), low)
    first = bisect_left(starts, pos)
    found = first < len(starts) and least_end_from[first] <= endpos
    assert found == any(low.find(literal, pos, endpos) >= 0 for literal in literals)


# --------------------------------------------------------------------------- patterns.PhraseCheck

_CHECK_TEXT = st.text(alphabet=st.sampled_from(list("theaycountrsiflwmdpgn THECOUNTRYSI-\"“'ſıİKk\n")), max_size=50)


def _phrase_checks():
    """Every PhraseCheck the claim stage builds from the English pack and the default rules."""
    from checker.binding import average, clauses, difference, groups, matchers, reference_places, subject
    from checker.ruleset import default_pack, load_rules

    m = matchers.for_rules(load_rules([default_pack()]))
    return [clauses.back_phrase("en"), subject._any_anaphor("en"), average._patterns("en")[2],
            *difference._patterns("en")[2:4], m.any_event_object, reference_places._yardstick_pattern("en"),
            reference_places._landmark_pattern("en"), reference_places._home_patterns("en")[2],
            *(check for _, check, _ in (*groups._description_patterns("en"), *groups._count_patterns("en")))]


@settings(max_examples=300, deadline=None)
@given(_CHECK_TEXT, st.integers(0, 5), st.integers(0, 60))
def test_a_phrase_check_says_what_its_any_case_regex_says(text, pos, endpos):
    """Over the lower-cased text, grouped by first letter, a check finds a phrase exactly where its
    re.I regex does: any case, the characters that lower-case unlike re.I (then the re.I regex
    runs), a window of the text."""
    for check in _phrase_checks():
        assert check.lower is not None
        assert check.search(text) == bool(check.any_case.search(text))
        assert check.search(text, pos, endpos) == bool(check.any_case.search(text, pos, endpos))


def test_phrase_checks_find_their_phrases_in_any_case():
    from checker import patterns

    check = patterns.PhraseCheck(lambda phrases: rf"\b(?:{phrases(['since then', 'Zembla City'])})\b")
    for text in ("Since then, 40.", "SINCE  THEN 40", "in zembla city", "IN ZEMBLA\nCITY"):
        assert check.search(text)
    for text in ("Sincethen", "zembla cityscape", "ſince then"[1:] + "x"):
        assert not check.search(text)
    assert check.search("ſince then") == bool(check.any_case.search("ſince then"))


def test_a_phrase_check_answers_no_without_its_regex_when_the_text_holds_none_of_its_substrings():
    """``contains`` are strings one of which every match holds: a text with none of them is no match,
    whatever the regex would say (so a caller who leaves a phrase out of them loses its matches)."""
    from checker import patterns

    check = patterns.PhraseCheck(lambda phrases: rf"\b(?:{phrases(['since then', 'Zembla City'])})\b",
                                 contains=("since then",))
    assert check.search("Since THEN, 40.")
    assert not check.search("in Zembla City")
    assert not check.search("since the 40")


_WORD_START_PHRASES = ["the region", "the", "there", "thé", "to", "é", "$ 5", "-ish", "5 times", "_x"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("theroginéo$5 -isx_TÉ\n")), max_size=40), st.integers(0, 5),
       st.integers(0, 45))
def test_word_start_phrases_match_where_a_boundary_written_before_them_does(text, pos, endpos):
    """Grouped by first letter with the boundary tested after the letter, the phrases match the
    same spans as "\\b" written before the plain alternation: phrases that open with a letter, a
    digit, an underscore or a sign, in a window of the text too."""
    from checker import patterns

    plain = re.compile(rf"\b(?:{patterns.phrases(_WORD_START_PHRASES)})")
    grouped = re.compile(patterns.phrases(_WORD_START_PHRASES, by_first_letter=True, word_start=True))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in grouped.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    assert patterns.phrases(_WORD_START_PHRASES, word_start=True) == plain.pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("theroginéo$5 -isx_TÉ\n")), max_size=40), st.integers(0, 5),
       st.integers(0, 45))
def test_phrases_not_after_a_class_match_where_a_lookbehind_written_before_them_does(text, pos, endpos):
    """Grouped by first letter with the class tested after the letter (``not_after``), the phrases
    match the same spans as the negative lookbehind written before the plain alternation."""
    from checker import patterns

    plain = re.compile(rf"(?<![\w-])(?:{patterns.phrases(_WORD_START_PHRASES)})")
    grouped = re.compile(patterns.phrases(_WORD_START_PHRASES, by_first_letter=True, not_after=r"\w-"))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in grouped.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
    assert patterns.phrases(_WORD_START_PHRASES, not_after=r"\w-") == plain.pattern


@given(st.text(alphabet=st.sampled_from(list("aZ _-.,'ſıİKkÉé\n")), max_size=30))
def test_lower_for_matching_is_what_re_i_matches(text):
    """ASCII text takes its quick path; any text is lowered only where every re.I match of a
    lower-case pattern is a case-sensitive match over the lowered text, at the same offsets."""
    from checker import patterns

    low = patterns.lower_for_matching(text)
    if text.isascii():
        assert low == text.lower()
    if low is not None:
        for word in ("kz", "s", "i", "é", "a-z"):
            hits = [m.span() for m in re.finditer(re.escape(word), text, re.IGNORECASE)]
            assert hits == [m.span() for m in re.finditer(re.escape(word), low)]
