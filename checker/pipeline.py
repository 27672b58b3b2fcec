"""One whole run in one call: extract the corpus's claims, judge them, review the findings.

The stages run in order and none of them reaches forward: ``extract`` (claims, through the cache
when one is given), ``engine`` (findings and series), then the review of a baseline file
(``baseline``) and a suppressions file (``suppressions``). This module is the only one that
knows all three; ``checker.check`` is ``check`` here.
"""
from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from checker.baseline import apply_baseline, load_baseline
from checker.checks.context import Context
from checker.checks.established import not_compared
from checker.checks.event_date import set_apart
from checker.copies import set_aside
from checker.engine import Result, find, series
from checker.extract import extract_claims
from checker.model import Review
from checker.ruleset import RuleSet, default_pack, load_rules
from checker.suppressions import apply_suppressions, load_suppressions


def check(paths: Sequence[str | Path] = ("seeds",), rules: RuleSet | None = None,
          on_document: Callable[[int, int], None] | None = None, *, baseline: str | Path | None = None,
          suppressions: str | Path | None = None, today: date | None = None,
          cache: str | Path | None = None, exclude: Sequence[str] = (), max_file_size: int | None = None,
          jobs: int | None = None) -> Result:
    """Read every source under ``paths``, extract claims and judge them with ``rules``
    (default: the default pack). ``on_document(done, total)`` reports progress. With a
    ``baseline`` file each drift and conflict is marked new or unchanged; a ``suppressions``
    file accepts reviewed findings (entries expire on ``today`` or later; default: the date).
    ``cache`` is a folder for the cache (``checker.store``: each source's claims, each block's
    findings): off unless given, so that library calls never write files; the command line turns
    it on. ``exclude``: globs of files to leave out of folders (as .gitignore is). Files over
    ``max_file_size`` bytes are skipped as input problems; copies of another source are noted and
    not judged again (``checker.copies``). ``jobs``: processes that extract (``extract.extract_claims``)."""
    rules = rules or load_rules([default_pack()])
    with _cache_run(cache, paths, rules) as run:
        extraction, judged = set_aside(extract_claims(paths, rules, on_document=on_document, cache=run,
                                                      exclude=exclude, max_file_size=max_file_size, jobs=jobs))
        ctx = Context.build(judged.claims, judged.sources, rules)
        findings = find(judged, rules, ctx, run)
    result = Result(extraction, findings, rules, series(judged, ctx),
                    paths=tuple(Path(p).as_posix() for p in paths),
                    not_compared=(*not_compared(judged.claims, ctx), *set_apart(judged.claims, ctx)))
    if baseline is None and suppressions is None:
        return result
    return review(result, baseline, suppressions, today or date.today())


def _cache_run(cache: str | Path | None, paths: Sequence[str | Path], rules: RuleSet):
    """The run's use of the cache folder, or a stand-in holding None without one."""
    if cache is None:
        return contextlib.nullcontext()
    from checker.store import CacheRun  # sqlite3 and the store only for runs that cache

    return CacheRun(cache, paths, rules)


def review(result: Result, baseline: str | Path | None, suppressions: str | Path | None, today: date) -> Result:
    """The result with findings marked against a baseline file and a suppressions file."""
    findings, absent, unused, expired = result.findings, (), (), ()
    if baseline is not None:
        findings, absent = apply_baseline(findings, load_baseline(baseline))
    if suppressions is not None:
        findings, unused, expired = apply_suppressions(findings, load_suppressions(suppressions), today)
    outcome = Review(str(baseline) if baseline is not None else None, absent,
                     str(suppressions) if suppressions is not None else None, unused, expired)
    return dataclasses.replace(result, findings=findings, review=outcome)
