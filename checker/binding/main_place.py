"""An article's main place: the place a figure that names none, and finds none in its paragraph,
is about (binding.subject's ``Focus.main``).

The title's first country, else the country the opening names most (the first of the first few
paragraphs to name one: a photo caption may come first), else the first place the title names,
else, when the opening names no country, the country its cities and regions lie in (the first of
the first few paragraphs to name a place: a dateline, "TEGUCIGALPA (EFE). —", or a caption's
"the centre of San Salvador"). Money given to a place (aid) that names none is the title's
recipient's ("aid for Zembla"), else, where the title names a place but no country, that place's
before the opening's country (which may be the donor's).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from checker import lang
from checker.binding import matchers
from checker.binding import recipient as recipients
from checker.binding import subject as subjects
from checker.binding.clauses import contrast_subjects
from checker.binding.place_asides import in_closing_asides
from checker.binding.reference_places import yardsticks
from checker.model import Sentence, Source


def focus(source: Source, sentences: Sequence[Sentence], m: matchers.Matchers) -> subjects.Focus:
    """The discourse's starting focus: the main place, the places of each type the title names and
    what the title's money is for."""
    counts, titled = MainPlace(), sorted(matchers.places(source.title, m)) if source.title else []
    counts.title = [name for _, _, name in titled]
    paragraphs: dict[int, list[str]] = {}
    code = lang.code_of(source.language)
    for sentence in (s for s in sentences if not s.boilerplate):
        if sentence.paragraph not in paragraphs and len(paragraphs) == subjects.OPENING_REACH:
            break
        found = matchers.entities(sentence.text, matchers.words(sentence.text), m)
        named = [e for e in found if m.entity_types.get(e[2]) in matchers.PLACE_TYPES]
        aside = {*contrast_subjects(sentence.text, named, code), *yardsticks(sentence.text, named, code),
                 *in_closing_asides(sentence.text, named, code)}
        paragraphs.setdefault(sentence.paragraph, []).extend(p[2] for p in named if p not in aside)
        paragraphs[sentence.paragraph].extend(m.entity_country[e[2]][0] for e in found if e[2] in m.entity_country)
    is_country = lambda name: m.entity_types.get(name) == "country"
    counts.opening.update(next((names for names in paragraphs.values() if any(map(is_country, names))), ()))
    counts.located.update(m.country_of[name] for name in next((names for names in paragraphs.values() if names), ())
                          if name in m.country_of)
    main, where = counts.choose(is_country)
    given = recipients.title_recipients(source.title or "", titled, m.recipient_nouns, code)
    if not given and where == "opening" and counts.title:  # a title of no country ("Aid freeze leaves Zembla
        given = (counts.title[0],)  # programs stranded"): money given is its place's, not the opening's country's
    return subjects.Focus(main=main, main_words=f"{', '.join(main)} (the article's {where})" if main else "",
                          titled={m.entity_types.get(name, ""): name for name in reversed(counts.title)},
                          recipients=given,
                          recipient_metrics=m.recipient_metrics, recipient_nouns=m.recipient_nouns, members=m.members,
                          capitals=m.capitals, country_of=m.country_of, types=m.entity_types)


@dataclass
class MainPlace:
    """Counts the countries an article's title and opening name, to choose its main place."""

    title: list[str] = field(default_factory=list)
    opening: Counter = field(default_factory=Counter)
    located: Counter = field(default_factory=Counter)  # the countries of the cities and regions the opening names

    def choose(self, is_country) -> tuple[tuple[str, ...], str]:
        """The title's first country, else the country its opening names most, else the title's first
        place, else, of the countries the opening names most, the one its cities and regions lie in (a
        dateline's: "OSLO (AP) —"), or that one when the opening names no country."""
        for name in self.title:
            if is_country(name):
                return (name,), "title"
        ranked = [(name, n) for name, n in self.opening.most_common() if is_country(name)]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return (ranked[0][0],), "opening"
        if self.title:  # "Zembla City keeps its murder-capital label": a title about a city
            return (self.title[0],), "title"
        tied = {name for name, n in ranked if n == ranked[0][1]} if ranked else set()
        located = [name for name, _ in self.located.most_common(1) if name in tied]
        if located:  # "GUATEMALA CITY — ... the central bank ... migrants in the United States": the dateline's
            return (located[0],), "opening, where its places lie"
        located = self.located.most_common(2)
        if not ranked and located and (len(located) == 1 or located[0][1] > located[1][1]):
            return (located[0][0],), "opening, where its places lie"  # "OSLO (AP) —": no country named (two alike: both)
        return (), ""
