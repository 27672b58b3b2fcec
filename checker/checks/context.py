"""The corpus-wide facts checks read, computed once per run: each source's publication date and
language, which entity names are places, and the canonical name of every alias."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from checker import lang
from checker.checks import counted, stocks
from checker.checks.periods import last_day
from checker.model import Claim, Source
from checker.ruleset import RuleSet

PLACE_TYPES = ("country", "city", "region")

# Finding severity: a check's level (rules/checks.yaml) is that of its conflicts; drift is one
# level milder; agreements are information.
_MILDER = {"error": "warning", "warning": "info", "info": "info"}


@dataclass
class Context:
    """The corpus-wide facts checks need, computed once per run."""

    rules: RuleSet
    published: dict[str, str] = field(default_factory=dict)  # source path -> last day of its publication period
    place_type: dict[str, str] = field(default_factory=dict)  # entity name -> type, places only
    canonical: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> entity name
    language: dict[str, str] = field(default_factory=dict)  # source path -> its language pack's code
    figures: Counter = field(default_factory=Counter)  # (source, sentence) -> how many figures it states
    counted: dict[str, str] = field(default_factory=dict)  # claim id -> what a metric-less count counts
    other_accounts: dict[str, str] = field(default_factory=dict)  # claim id -> the stock it gives another account of
    part_of: dict[str, frozenset[str]] = field(default_factory=dict)  # place -> the larger places it is in

    @classmethod
    def build(cls, claims: Sequence[Claim], sources: Sequence[Source], rules: RuleSet) -> Context:
        ctx = cls(rules=rules)
        ctx.place_type = {e.name: e.type for e in rules.entities if e.type in PLACE_TYPES}
        ctx.part_of = {e.name: frozenset(e.part_of) for e in rules.entities if e.part_of and e.type in PLACE_TYPES}
        ctx.canonical = dict(rules.alias_index())
        for e in rules.entities:
            ctx.canonical.setdefault(e.name.lower(), e.name)
        ctx.figures.update((c.source, c.sentence) for c in claims if c.kind == "quantity" and c.value is not None)
        for source in sources:
            ctx.language[source.path] = lang.code_of(source.language)
            end = last_day(source.published)
            if end:
                ctx.published[source.path] = end
        ctx.counted = counted.signatures(claims, ctx)
        ctx.other_accounts = stocks.other_accounts(claims, ctx)
        return ctx

    def places(self, claim: Claim) -> frozenset[str]:
        """The places a claim is about, as the extraction bound them (with their evidence: the
        figure's own words, else the paragraph's or the article's place), the most specific only:
        "San Pedro Sula, Honduras" is the city's figure, not the country's. Empty: not established."""
        own = frozenset(name for name in claim.subject if name in self.place_type)
        if len(own) < 2:
            return own
        larger = frozenset().union(*(self.part_of.get(name, ()) for name in own))
        whole = [region for region in own & larger if self.members(region) <= own]  # "Zembla, Oz (together: the Rim)"
        return (own - larger).difference(*map(self.members, whole)).union(whole)

    def senders(self, claim: Claim) -> frozenset[str]:
        """The states that sent the people the claim counts (binding.senders): a figure that names them is
        that part of the people's whole."""
        sent = claim.evidence("senders")
        return frozenset(sent.words.split(", ")) if sent is not None else frozenset()

    def members(self, region: str) -> frozenset[str]:
        """The places the rules put in ``region``: a figure of all of them together is the region's."""
        return frozenset(name for name, larger in self.part_of.items() if region in larger)

    def origin(self, claim: Claim) -> str | None:
        """The attribution's canonical entity name ("Post" and "The Washington Post" are one)."""
        if not claim.attribution:
            return None
        name = claim.attribution.strip()
        found = self.canonical.get(name.lower())
        if found is None:
            article, _, rest = name.lower().partition(" ")
            if article in _leading_articles(self.pack(claim.source)):
                found = self.canonical.get(rest)
        return found or name

    def pack(self, source: str) -> lang.Pack:
        """The language pack a source is read with: its ``language`` metadata's, English without
        one or when checker has no pack for it (as the extraction reads it)."""
        return _pack(self.language.get(source, lang.DEFAULT))

    def severity(self, check: str, kind: str) -> str:
        level = self.rules.level(check)
        return "info" if kind == "agreement" else level if kind == "conflict" else _MILDER[level]

    def enabled(self, check: str) -> bool:
        return self.rules.level(check) != "off"


@cache
def _pack(code: str) -> lang.Pack:
    return lang.load(code if code in lang.available() else lang.DEFAULT)


@cache
def _leading_articles(pack: lang.Pack) -> frozenset[str]:
    """Words that may stand before a name without being part of it ("the" of "the Post")."""
    return frozenset(word.lower() for word in pack["leading_articles"])
