"""The quick first tests that spare the claim pipeline its slower look-ups (one union regex before
the per-way or per-period ones, a set look-up before a regex, a sentence's words reused for its
opening) give the same answers as the look-ups they guard. No timings here: bench/speed.py."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.binding import average, difference, matchers, period, subject, unknown_places

SENTENCES = [
    "Zembla recorded 400 fewer killings than a year earlier, police said.",
    "Killings in Ruritania fell by 120 to 3,900, a drop of 12 percent.",
    "The port of Zembla handled 12 ships a day, up from 9 a week earlier.",
    "Officers logged an average of 14 arrests, more than 500 in all.",
    "Zembla at 41 and Ruritania with 38 came next, the report said.",
    "In 2019, 52.1 per 100,000 died in Kingstown, compared with 49 in Port Ruri.",
]


def _figures(text: str):
    """(start, end) of each run of digits in ``text``, with its commas and decimal point."""
    spans, start = [], None
    for i, ch in enumerate(text + " "):
        inside = ch.isdigit() or (start is not None and ch in ",." and text[i + 1:i + 2].isdigit())
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            spans.append((start, i))
            start = None
    return spans


def _per_way(text: str, start: int, end: int) -> str | None:
    """difference.direction without its quick first test."""
    after, before, *_, qualifier = difference._patterns("en")
    lead = text[max(0, start - 30):start]
    bound = qualifier.match(text, start, end)
    first_word_end = text.find(" ", bound.end() if bound else start, end)
    rest = end if first_word_end == -1 else first_word_end
    for way in ("down", "up"):
        if before[way].search(lead):
            return way
        found = after[way].search(text, rest, min(len(text), end + 12))
        if found and not difference.PAUSE.search(text, rest, found.start()) \
                and not difference._than_a_number(text, found.end(), "en"):
            return way
    return None


def _per_period(text: str, start: int, end: int) -> str | None:
    """average.per without its quick first test."""
    before, after, _, _, _ = average._patterns("en")
    lead = text[max(0, start - 40):start]
    for name in average._PERIODS:
        found = after[name].match(text, end)
        if found and not period.starts_a_shift(text, found.start("cue"), "en"):
            return name
        found = before[name].search(lead)
        if found and not period.starts_a_shift(lead, found.start(), "en"):
            return name
    return "any" if before["any"].search(lead) else None


@pytest.mark.parametrize("text", SENTENCES)
def test_the_quick_tests_of_differences_and_averages_agree_with_the_full_look_ups(text):
    for start, end in _figures(text):
        assert difference.direction(text, start, end) == _per_way(text, start, end)
        assert average.per(text, start, end) == _per_period(text, start, end)


@pytest.mark.parametrize("lead", ["fell by ", "a DROP OF\n", "a rise   of ", "up by", "of ", "(a jump of ", "a fall-of "])
def test_the_phrases_before_a_difference_are_sought_only_after_their_last_word(lead):
    """direction's regex of the phrases before a difference runs only where ``_may_end_on`` lets it."""
    _, _, _, either_before, ends, _ = difference._patterns("en")
    for text in (lead, *(sentence[:sentence.index(" ", 12) + 1] for sentence in SENTENCES)):
        if either_before.search(text):
            assert difference._may_end_on(text, len(text), ends)


def test_a_difference_and_an_average_are_still_found():
    text = SENTENCES[0]
    start = text.index("400")
    assert difference.direction(text, start, start + 3) == "down"
    text = SENTENCES[2]
    start = text.index("12")
    assert average.per(text, start, start + 2) == "day"


@pytest.mark.parametrize("text", SENTENCES)
def test_a_name_before_a_figure_is_looked_for_only_after_a_link_word(text):
    for start, _ in _figures(text):
        lead = text[max(0, start - 40):start]
        if unknown_places.before_pattern("en").search(text, max(0, start - 40), start):
            assert lead.split()[-1] in unknown_places.before_link_ends("en")
    start = SENTENCES[4].index("41")
    found = subject.unknown_place(SENTENCES[4], (start, start + 2), [])
    assert found is not None and found.evidence.words.startswith("Zembla")


@pytest.mark.parametrize("reach", [5, 9, 12, 16, 22, 30, 80])
def test_the_opening_places_from_the_sentences_words_are_those_of_its_cut_opening(rules, reach):
    m = matchers.for_rules(rules)
    for text in ("El Salvador's homicides fell in 2019, and Honduras's rose.",
                 "Guatemala City and San Salvador's mayors met in Tegucigalpa on Monday.",
                 "Honduras, Guatemala and El Salvador reported 2,100 killings."):
        expected = matchers.opening_places(text, m, reach)
        assert matchers.opening_places(text, m, reach, found=matchers.words(text)) == expected


def test_a_base_before_a_time_is_still_found_by_its_last_word():
    assert period.names_a_base("fewer than the total for", "en", "2018", True)  # a clause a comparative opens
    assert period.names_a_base("the army against drug gangs", "en", "2018", True) is False
    assert period.names_a_base("killings were 30% below", "en", "2018", True)
    assert period.names_a_base("more than the figure", "en", "the year before")
    assert period.names_a_base("a rise compared with", "en", "May")
    assert not period.names_a_base("police said on", "en", "Monday")


@given(st.text(alphabet=st.sampled_from(list("aZq09 ,.-_\n\t")), max_size=40))
def test_an_ascii_sentences_words_are_the_word_regexs(text):
    """The str and bytes cut of a sentence without an apostrophe, its offsets worked out when
    asked for, finds WORD's words at WORD's offsets."""
    found = matchers.words(text)
    spans = [(found.starts[i], found.end(i)) for i in range(len(found.lows))]
    assert spans == [m.span() for m in matchers.WORD.finditer(text)]
    assert found.lows == [m.group().lower() for m in matchers.WORD.finditer(text)]
