"""A stated share vs the counts it is a share of, in one sentence
("12 fines ... account for less than two percent of the nearly 900 inspections": 1.3 percent)."""
from __future__ import annotations

from functools import cache
from re import Pattern

from checker import lang, patterns
from checker.checks.blocks import by_sentence, figures_by_source
from checker.checks.context import Context
from checker.checks.findings import fmt, make_finding, show
from checker.checks.intervals import interval, relative_gap, stated_precision, verdict
from checker.model import Claim, Finding

ID = "share"
DRIFT_BAND = 0.1


@cache
def grammar(pack: lang.Pack) -> Pattern[str]:
    """What may stand between "N percent" and the whole it is a share of (``share_links``), built
    from a language pack once."""
    return patterns.compile(rf"\s+(?:{patterns.phrases(pack['share_links'])})\s+$", patterns.IGNORECASE)


blocks = figures_by_source  # a share and its counts are read in one sentence


def judge(source: str, claims: list[Claim], ctx: Context) -> list[Finding]:
    link = grammar(ctx.pack(source))
    findings: list[Finding] = []
    for members in by_sentence(claims).values():
        for k, share in enumerate(members):
            if share.unit != "percent" or k + 1 >= len(members):
                continue
            whole = members[k + 1]
            part = next((c for c in reversed(members[:k]) if c.unit == whole.unit), None)
            if part is None or whole.unit != "count" or not _share_of(share, whole, link):
                continue
            findings.append(_check(share, part, whole, ctx))
    return findings


def _share_of(share: Claim, whole: Claim, link: Pattern[str]) -> bool:
    """Is ``whole`` the figure right after "N percent of (the)"?"""
    gap = whole.start - share.end
    at = share.sentence.find(share.text)
    if at < 0 or not 0 < gap <= 12:
        return False
    after = at + len(share.text)
    return bool(link.search(share.sentence[after:after + gap]))


def _check(share: Claim, part: Claim, whole: Claim, ctx: Context) -> Finding:
    (plo, phi), (wlo, whi) = interval(part), interval(whole)
    implied = (100 * plo / whi if whi > 0 else 0.0, 100 * phi / wlo if wlo > 0 else float("inf"))
    gap = relative_gap(implied, stated_precision(share))
    kind = verdict(gap, DRIFT_BAND)
    said = "fits" if kind == "agreement" else "does not fit"
    shown = fmt(implied[0]) if implied[0] == implied[1] else f"{fmt(implied[0])}-{fmt(implied[1])}"
    return make_finding(ctx, ID, kind, [share, part, whole], metric=whole.metric, period="",
                        message=f"{show(part)} of {show(whole)} is {shown} percent, which {said} {show(share)}.")
