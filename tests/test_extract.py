"""The extraction driver (checker.extract): one path for a corpus with and without the cache, the
corpus read once, and the store used only to store and fetch."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from conftest import write_corpus

from checker import claims, extract
from checker.corpus import reading
from checker.extract import extract_claims
from checker.model import json_text
from checker.ruleset import default_pack, load_rules
from checker.store import CacheRun

ARTICLES = {
    "harbour.txt": "Ruritania's harbour handled 4,500 ships in 2019. Since March 2, more than 120 crews have "
                   "been fined.\n",
    "report.md": "---\ntitle: Grain\npublished: 2021-05-06\n---\nFreedonia harvested about 3 million tonnes of "
                 "wheat last year, up 12 percent.\n",
    "page.html": "<html><head><title>Ferries</title><meta name='date' content='2020-09-01'></head><body><article>"
                 "<p>The ferry company carried 80,000 passengers in 2019.</p></article></body></html>",
    "empty.txt": "   \n",
    "blob.txt": "\x00\x01\x02binary\x00",
    "undated.txt": "Sylvania opened 14 schools last year.\n",
}
MANIFEST = '[[source]]\nfile = "harbour.txt"\npublished = "2020-04-01"\n'


@pytest.fixture
def rules():
    return load_rules([default_pack()])


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "corpus", ARTICLES, MANIFEST)


def test_cached_and_uncached_runs_give_the_same_extraction(folder, rules, tmp_path):
    plain = extract_claims(["corpus"], rules)
    assert plain.claims and len(plain.sources) == 4 and plain.problems  # the empty and binary files
    cold = extract_claims(["corpus"], rules, cache=tmp_path / "cache")
    warm = extract_claims(["corpus"], rules, cache=tmp_path / "cache")
    assert cold == plain and warm == plain  # sources, claims and problems (claim_json is not compared)
    assert [json_text(c) for c in plain.claims] == list(cold.claim_json) == list(warm.claim_json)
    assert plain.claim_json == ()  # without the cache, reports encode the claims themselves


def test_a_warm_run_decodes_no_source_and_the_store_never_reads_the_corpus(folder, rules, tmp_path, monkeypatch):
    extract_claims(["corpus"], rules, cache=tmp_path / "cache")
    parsed, discovered = [], []
    monkeypatch.setattr(extract, "parse_source", lambda raw, problems: parsed.append(raw.shown))
    real_discover = reading.discover
    monkeypatch.setattr(reading, "discover", lambda paths, *rest: discovered.append(paths) or real_discover(paths, *rest))
    extract_claims(["corpus"], rules, cache=tmp_path / "cache")
    assert parsed == [] and len(discovered) == 1  # the corpus is listed once, by the driver
    assert not hasattr(CacheRun, "document_claims")


def test_only_new_or_changed_sources_are_extracted(folder, rules, tmp_path, monkeypatch):
    extract_claims(["corpus"], rules, cache=tmp_path / "cache")
    seen = []
    real = claims.document_claims
    monkeypatch.setattr(claims, "document_claims", lambda doc, r: seen.append(doc.source.path) or real(doc, r))
    (folder / "undated.txt").write_text("Sylvania opened 15 schools last year.\n", encoding="utf-8")
    (folder / "new.txt").write_text("Freedonia bought 45 tractors in 2018.\n", encoding="utf-8")
    changed = extract_claims(["corpus"], rules, cache=tmp_path / "cache")
    assert sorted(seen) == ["corpus/new.txt", "corpus/undated.txt"]
    assert changed == extract_claims(["corpus"], rules)


def test_progress_counts_every_readable_source_in_both_paths(folder, rules, tmp_path):
    for cache in (None, tmp_path / "cache", tmp_path / "cache"):
        calls = []
        extract_claims(["corpus"], rules, on_document=lambda done, total: calls.append((done, total)), cache=cache)
        assert calls == [(k, 6) for k in range(1, 7)]


def test_the_public_name_still_works(folder, rules):
    import checker

    assert checker.extract_claims is extract_claims
    assert checker.extract_claims(["corpus"], rules) == extract_claims(["corpus"], rules)


def test_worker_processes_give_the_same_extraction_and_cache(folder, rules, tmp_path):
    serial = extract_claims(["corpus"], rules, jobs=1)
    assert extract_claims(["corpus"], rules, jobs=3) == serial
    calls = []
    cached = extract_claims(["corpus"], rules, on_document=lambda done, total: calls.append(done),
                            cache=tmp_path / "cache", jobs=2)
    assert cached == serial and calls == list(range(1, 7))
    assert extract_claims(["corpus"], rules, cache=tmp_path / "cache", jobs=1) == serial  # what the workers stored


def test_encoded_extraction_carries_each_claims_report_line_in_any_number_of_processes(folder, rules):
    serial = extract_claims(["corpus"], rules, jobs=1)
    for jobs in (1, 2):
        encoded = extract_claims(["corpus"], rules, jobs=jobs, encode=True)
        assert encoded == serial and list(encoded.claim_json) == [json_text(c) for c in serial.claims]


def test_the_cyclic_collector_is_off_only_while_extracting(folder, rules, monkeypatch):
    """Off in the parent and in the workers, which fork with it off; as it was afterwards."""
    import gc

    seen = []
    real = claims.document_claims
    monkeypatch.setattr(claims, "document_claims", lambda doc, r: seen.append(gc.isenabled()) or real(doc, r))
    assert gc.isenabled()
    extract_claims(["corpus"], rules, jobs=1)
    assert gc.isenabled() and seen and not any(seen)
    gc.disable()
    try:
        extract_claims(["corpus"], rules, jobs=2)
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_records_sent_back_by_workers_pickle_to_equal_objects(folder, rules):
    import copy
    import pickle

    extraction = extract_claims(["corpus"], rules, jobs=1)
    for record in (*extraction.sources, *extraction.claims, *extraction.problems):
        assert pickle.loads(pickle.dumps(record)) == record and copy.copy(record) == record


def test_a_crash_in_a_worker_loses_its_file_not_the_run_and_is_not_cached(folder, rules, tmp_path, monkeypatch):
    real = claims.document_claims

    def fragile(doc, r):
        if doc.source.path.endswith("report.md"):
            raise RuntimeError("a bug on this article")
        return real(doc, r)

    monkeypatch.setattr(claims, "document_claims", fragile)  # before the workers are forked: they inherit it
    run = extract_claims(["corpus"], rules, cache=tmp_path / "cache", jobs=2)
    assert [p.message for p in run.problems if "report.md" in p.path] == [
        "cannot extract claims: internal error (RuntimeError: a bug on this article); file skipped, please report it"]
    assert {c.source for c in run.claims} == {"corpus/harbour.txt", "corpus/page.html", "corpus/undated.txt"}
    monkeypatch.setattr(claims, "document_claims", real)
    again = extract_claims(["corpus"], rules, cache=tmp_path / "cache", jobs=1)
    assert "corpus/report.md" in {c.source for c in again.claims}  # extracted afresh: the failure was not kept


def test_workers_start_only_for_much_text(rules):
    small = [reading.RawSource(Path(f"{k}.txt"), f"{k}.txt", b"Ruritania counted 5 ferries.", {}, "") for k in range(4)]
    assert extract._workers(small, None) == 1
    assert extract._workers(small, 8) == 4  # never more than the sources
    large = [dataclasses.replace(s, data=b"x" * extract.PARALLEL_BYTES) for s in small[:2]]
    assert extract._workers(large, None) == min(2, len(os.sched_getaffinity(0)))
