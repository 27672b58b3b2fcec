"""Whether a count is an average ("a daily average of 13.1", "averaging 13.6 a day") rather than a
total, and per what period: an average is another quantity than the total it divides, and is
never compared with it. The words are the language pack's (``averages``)."""
from __future__ import annotations

from functools import cache

from checker import lang, patterns
from checker.binding.period import holds_a_time_preposition, starts_a_shift

_PERIODS = ("day", "week", "month", "year")


@cache
def _patterns(code: str):
    table = lang.load(code)["averages"]
    # an average per item ("cada vuelo", "per flight") is one over an unsaid period: "any"
    per_item = [f"{each} {item}" for each in table["each"] for item in table["items"]]
    unsaid = [*table["any"], *per_item]
    before = {p: patterns.compile(rf"\b(?P<cue>{patterns.phrases(table[p])})(?:\s+[^\W\d]+){{0,3}}\s+$", patterns.IGNORECASE)
              for p in _PERIODS}
    # ... whose words may stand apart from the figure by commas: "Cada vuelo trae, en promedio, 120"
    before["any"] = patterns.compile(rf"\b(?P<cue>{patterns.phrases(unsaid)})(?:,?\s+[^\W\d]+){{0,3}},?\s+$",
                                     patterns.IGNORECASE)
    after = {p: patterns.compile(rf"\s+(?:[^\W\d]+\s+)?(?P<cue>{patterns.phrases(table[p])})\b", patterns.IGNORECASE)
             for p in _PERIODS}
    shared = [*per_item, *table["each_after"]]  # "100 to 135 people each"
    after["any"] = patterns.compile(rf"\s+(?:[^\W\d]+\s+)?(?:{patterns.phrases(per_item)})\b", patterns.IGNORECASE)
    after["each"] = patterns.compile(rf"\s+(?:[^\W\d]+\s+)?(?:{patterns.phrases(table['each_after'])})\b", patterns.IGNORECASE)
    # what "each" shares the figure out among: items named before it ("the flights ... 135 people each"),
    # not places ("San Salvador and Ahuachapán nine each": each place's own count)
    after["items"] = patterns.compile(rf"\b(?:{patterns.phrases(table['items'])})\b", patterns.IGNORECASE)
    # every period's words in one regex each way: most counts are no average, told by two searches instead of nine
    every = [w for p in _PERIODS for w in table[p]]
    any_before = patterns.PhraseCheck(lambda phrases: rf"(?:{phrases([*every, *unsaid], word_start=True)})(?:,?\s+[^\W\d]+){{0,3}},?\s+$")
    any_after = patterns.compile(rf"\s+(?:[^\W\d]+\s+)?(?:{patterns.phrases([*every, *shared])})\b", patterns.IGNORECASE)
    inside = {p: patterns.compile(rf"\s(?:{patterns.phrases(table[p])})\b", patterns.IGNORECASE) for p in _PERIODS}
    return before, after, any_before, any_after, inside


def per(text: str, start: int, end: int, code: str = lang.DEFAULT) -> str | None:
    """The period a count at ``start:end`` is an average per ("day", ...), "any" for an average
    whose period is not said, None for no average. "A year" that begins a shift of the time in
    focus ("3,000 a year earlier", "a year earlier 3,000 were ...") is no average."""
    before, after, any_before, any_after, inside = _patterns(code)
    lead = text[max(0, start - 40):start]
    if not any_before.search(lead) and not any_after.match(text, end):
        return _asked_per(text, start, inside)  # "How many murders a day? About 7.8": the question's period
    for period in _PERIODS:
        found = after[period].match(text, end)
        if found and not starts_a_shift(text, found.start("cue"), code):
            return period
        found = before[period].search(lead)
        if found and not starts_a_shift(lead, found.start(), code) and not _until_between(lead[found.end("cue"):], code):
            return period
    if not before["any"].search(lead) and not after["any"].match(text, end) and not _shared_out(text, start, end, after):
        return None
    own = text[start:end]  # "un promedio de 4,3 homicidios diarios": the period said inside the figure's own words
    return next((period for period in _PERIODS if inside[period].search(own)), "any")


def _asked_per(text: str, start: int, inside: dict) -> str | None:
    """The period a question right before the figure asks an average per ("¿Cuántos homicidios al
    día se registran? Unos 6,3"): the figure answering it is per that period too; None when no
    question ends at most two words before it, or it names no period."""
    mark = text.rfind("?", max(0, start - 30), start)
    if mark < 0 or len(_WORDS.findall(text, mark, start)) > 2:
        return None
    opening = max(text.rfind(stop, max(0, mark - 150), mark) for stop in (".", "!", "¿", "\n"))
    question = text[max(opening, mark - 150, 0):mark]
    return next((period for period in _PERIODS if inside[period].search(question)), None)


_WORDS = patterns.compile(r"[^\W\d]+")


def _shared_out(text: str, start: int, end: int, after: dict) -> bool:
    """Whether the figure is shared out ("each") among items its sentence names before it."""
    return after["each"].match(text, end) is not None and after["items"].search(text, max(0, start - 80), start) is not None


def _until_between(gap: str, code: str) -> bool:
    """Whether the words between a period's cue and the figure after it hold an "until" that opens
    a phrase of its own ("bajó cada año hasta quedar en 51": the year is the habit of the fall,
    68 the level it reached); "cada año hasta 300 personas" is still 300 a year."""
    return holds_a_time_preposition(" ".join(gap.split()[:-1]), "until", code)
