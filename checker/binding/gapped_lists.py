"""A figure that goes on a list with its verb and noun gapped: "Zemblans numbered 18,736 and
Ruritanians 1,257" (binding.focus): the bare count after a coordinator and a name continues the
count right before it."""
from __future__ import annotations

from functools import cache
from re import Pattern

from checker import lang, patterns
from checker.model import Claim


def gapped_after(figure, before: Claim, code: str) -> Claim | None:
    """The count right before a bare count in its sentence when a coordinator and a name alone
    stand between them, the verb and noun gapped ("Zemblans numbered 18,736 and Ruritanians
    1,257"): the list goes on with it; None otherwise."""
    if before.unit != "count" or before.metric is None:
        return None
    at = figure.text.rfind(before.text, 0, figure.start)
    if at < 0 or not _gap(code).fullmatch(figure.text, at + len(before.text), figure.start):
        return None
    return before


@cache
def _gap(code: str) -> Pattern[str]:
    """A comma or a coordinator, then one to three capitalised words: the name a gapped figure is of;
    a few words may end the figure before's phrase first ("96 homicides in 2021, and Zembla 1,645")."""
    joined = patterns.phrases(lang.load(code)["coordinators"])
    return patterns.compile(rf"(?:\s+[\w'’-]+){{0,4}}?"
                            rf"\s*(?:,\s*(?:(?:{joined})\s+)?|\s+(?:{joined})\s+)(?:[{patterns.UPPER}][\w'’.-]*\s+){{1,3}}")
