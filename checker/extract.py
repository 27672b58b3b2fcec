"""The extraction driver: a corpus in, its claims out — the one path, with or without the cache.

The corpus is read once (``corpus.read_sources``: every article's bytes and manifest entry); each
source is then either fetched from the cache (``checker.store``, which only stores and fetches)
or parsed and passed through ``claims.document_claims`` here, and the result is the same either
way. Sources, claims and problems come out sorted, so the order of the files on disk or in the
cache never shows in a report.
"""
from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from checker import claims as claim_stage
from checker import lang
from checker.corpus import RawSource, language, parse_source, read_sources
from checker.model import Claim, Extraction, Problem, Source, json_text
from checker.numbers import finite
from checker.ruleset import RuleSet, default_pack, load_rules

if TYPE_CHECKING:
    from checker.store import CacheRun


class Entry(NamedTuple):
    """What extraction made of one source: ``source`` is None when the file held no usable text.
    ``claim_json``: each claim as the JSON report prints it (``model.json_text``), made when the
    entry is to be cached, so that a later report does not encode the claims again."""

    source: Source | None
    claims: list[Claim]
    problems: list[Problem]
    claim_json: tuple[str, ...] = ()


def extract_claims(paths: Sequence[str | Path] = ("seeds",), rules: RuleSet | None = None,
                   on_document: Callable[[int, int], None] | None = None, *,
                   cache: str | Path | CacheRun | None = None, exclude: Sequence[str] = (),
                   max_file_size: int | None = None, jobs: int | None = None, encode: bool = False) -> Extraction:
    """Load every source under ``paths`` and return its canonical claims and input problems.
    ``on_document(done, total)`` is called after each readable source (for progress bars).
    ``cache`` (a folder, or a ``checker.store.CacheRun`` the caller holds; off by default) keeps
    each source's claims so that a later run extracts only new or changed sources; the result is
    the same either way. ``exclude``: globs of files to leave out of folders (as .gitignore is).
    Files over ``max_file_size`` bytes (default ``limits.MAX_FILE_SIZE``) are skipped as input problems.
    ``jobs``: worker processes for the sources to extract (None: one per core when the work is large
    enough to gain from them; 1: none); the result is the same for any number. ``encode``: also write
    each claim as the JSON report prints it (``Extraction.claim_json``), in the worker processes when
    there are any, so that a JSON report does not encode the claims one by one after them."""
    rules = rules or load_rules([default_pack()])
    if isinstance(cache, (str, Path)):
        from checker.store import CacheRun  # sqlite3 and the store only for runs that cache

        with CacheRun(cache, paths, rules) as run:
            return extract_claims(paths, rules, on_document, cache=run, exclude=exclude, max_file_size=max_file_size,
                                  jobs=jobs, encode=encode)
    with collector_paused():
        raws, problems = read_sources(paths, exclude, max_file_size)
        cached = cache.fetch(raws) if cache is not None else [None] * len(raws)
        todo = [raw for raw, entry in zip(raws, cached) if entry is None]
        fresh = _extracted(todo, rules, encode or cache is not None, _workers(todo, jobs))
        entries = []
        for done, (raw, entry) in enumerate(zip(raws, cached), 1):
            if entry is None:
                entry, ok = next(fresh)
                if cache is not None and ok:
                    cache.keep(raw, entry)
            entries.append(entry)
            if on_document is not None:
                on_document(done, len(raws))
        return assemble(entries, problems)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while claims are extracted (here and in the workers,
    which fork with it off), as it was after. Extraction makes almost no reference cycles (about
    ten unreachable objects per article of 590 sentences), while each collection walks the
    hundreds of thousands of records kept so far (and in a forked worker copies the pages it
    walks): 5-10% of a large run for nothing."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


PARALLEL_BYTES = 256 * 1024  # below this much text to extract, starting workers costs more than it saves


def _workers(todo: Sequence[RawSource], jobs: int | None) -> int:
    """How many processes extract ``todo``: ``jobs`` when given, else one per available core once
    there is enough text; never more than the sources, and one where processes cannot be forked
    (the workers inherit the loaded rules and compiled patterns instead of building them again)."""
    import multiprocessing

    if jobs is None:
        enough = sum(len(raw.data) for raw in todo) >= PARALLEL_BYTES
        jobs = len(os.sched_getaffinity(0)) if enough and hasattr(os, "sched_getaffinity") else 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(jobs, len(todo)))


def _extracted(todo: Sequence[RawSource], rules: RuleSet, encode: bool, workers: int) -> Iterator[tuple[Entry, bool]]:
    """(entry, extracted without a crash) for each of ``todo``, in order: extracted here, or by
    ``workers`` forked processes, which inherit the rules instead of receiving them. The pool is
    made before any progress is drawn, so no drawing thread is forked with it."""
    if workers <= 1:
        return (_entry(raw, rules, encode) for raw in todo)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_keep_rules, initargs=(rules,))
    results = pool.map(_worker_entry, todo, [encode] * len(todo))

    def entries() -> Iterator[tuple[Entry, bool]]:
        with pool:
            yield from results

    return entries()


_worker_rules: RuleSet | None = None  # a worker process's rules, inherited from the parent when forked


def _keep_rules(rules: RuleSet) -> None:
    global _worker_rules
    _worker_rules = rules


def _worker_entry(raw: RawSource, encode: bool) -> tuple[Entry, bool]:
    return _entry(raw, _worker_rules, encode)


def _entry(raw: RawSource, rules: RuleSet, encode: bool) -> tuple[Entry, bool]:
    """``extract_source``, with a crash on one article's content lost as that file, not the run."""
    try:
        return extract_source(raw, rules, encode=encode), True
    except Exception as exc:  # noqa: BLE001 - a crash on content loses its file, not the run
        return failed_entry(raw, exc), False


def extract_source(raw: RawSource, rules: RuleSet, *, encode: bool = False) -> Entry:
    """One source read by ``corpus.read_sources``: decoded and parsed, then its claims;
    ``encode`` also writes each claim as the JSON report prints it (for the cache)."""
    problems: list[Problem] = []
    document = parse_source(raw, problems)
    if document is None:
        return Entry(None, [], problems)
    document, notes = language.settle(document)
    problems += notes
    code = lang.code_of(document.source.language)
    if code not in lang.available():  # another language's figures read with English words would be wrong
        return Entry(None, [], [*problems, Problem(raw.shown, f"language '{code}' is not supported yet: skipped")])
    source, claims, more = claim_stage.document_claims(document, rules)
    claims = [c for c in claims if finite(c.value)]  # a rate of a figure per ~0 overflows when scaled
    return Entry(source, claims, problems + list(more), tuple(map(json_text, claims)) if encode else ())


def failed_entry(raw: RawSource, exc: Exception) -> Entry:
    """A source whose extraction raised: a bug that one article's content reaches loses that
    article, as an input problem naming the file and the exception's first line, not the whole
    run (and the failure is not cached)."""
    first = next((line for line in str(exc).splitlines() if line.strip()), "")
    return Entry(None, [], [Problem(raw.shown, f"cannot extract claims: internal error ({type(exc).__name__}"
                                               f"{': ' + first if first else ''}); file skipped, please report it")])


def assemble(entries: Sequence[Entry], problems: Sequence[Problem]) -> Extraction:
    """The corpus's extraction from its sources' entries and the problems of reading them:
    sources by path, claims by position, problems by path and message. The claims' JSON lines
    come along only when every entry has them (all came from, or went to, the cache)."""
    sources, claims = [], []
    problems = list(problems)
    encoded = all(entry.claim_json or not entry.claims for entry in entries)
    for source, doc_claims, doc_problems, claim_json in entries:
        if source is not None:  # a source that held no usable text
            sources.append(source)
        claims.extend(zip(doc_claims, claim_json) if encoded else ((c, "") for c in doc_claims))
        problems.extend(doc_problems)
    sources.sort(key=lambda s: s.path)
    claims.sort(key=lambda pair: (pair[0].source, pair[0].start, pair[0].end, pair[0].kind, pair[0].metric or ""))
    problems.sort(key=lambda p: (p.path, p.message))
    return Extraction(tuple(sources), tuple(c for c, _ in claims), tuple(problems),
                      tuple(j for _, j in claims) if encoded else ())
