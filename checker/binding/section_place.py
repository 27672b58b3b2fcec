"""A sub-head's place: "## Zembla's numbers", "### Las cifras de Zembla", "**Zembla**". The section under a
sub-head that names one place is about that place: until the next sub-head, a figure that names
no place and finds none in its paragraph takes it, not the article's main place (its title's,
its dateline's). A sub-head that names no place, or several, gives the article's back."""
from __future__ import annotations

from collections.abc import Sequence

from checker import patterns
from checker.binding.dateline import without_dateline
from checker.binding.reference_places import Place

_SUBHEAD = patterns.compile(r"#{2,6}\s|\*\*[^*\n]{1,80}\*\*\s*$")  # a Markdown heading below the title's, or a bold line


def note_heading(focus, text: str, places: Sequence[Place]) -> None:
    """Put the place a sub-head names in ``focus`` (binding.subject's Focus) as its section's main place.
    A line in bold alone ("**Zembla's numbers**") is a sub-head too."""
    if text[:1] not in "#*" or not _SUBHEAD.match(text):
        return  # most sentences: no heading
    if focus.article_main is None:
        focus.article_main = (focus.main, focus.main_words)
    names = sorted({p[2] for p in without_dateline(text, places)}) if places else []
    if len(names) == 1:
        focus.main, focus.main_words = (names[0],), f"{names[0]} (the heading of its section)"
    else:
        focus.main, focus.main_words = focus.article_main
