"""The cache (checker.store): what a warm run re-extracts and re-judges, what invalidates an entry, and
that a damaged, foreign or busy cache is never trusted. Cache hits are counted by wrapping
``checker.claims.document_claims``, never by timing."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLE_A, ARTICLE_B, MANIFEST, write_corpus

import checker
from checker import claims, store
from checker.checks import CHECKS
from checker.model import json_text

ARTICLES = {
    "a.txt": ARTICLE_A,
    "b.txt": ARTICLE_B,
    "c.md": "---\ntitle: Harvest\npublished: 2021-03-04\n---\nFarmers in Freedonia harvested 3 million tonnes "
            "of wheat last year, up 12 percent.\n",
}
NEW_ARTICLE = "Freedonia bought 45 tractors in 2018, the ministry said.\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "corpus", ARTICLES, MANIFEST)


def record_calls(monkeypatch, owner, name: str, describe, calls: list | None = None) -> list:
    """Replace ``owner.name`` by a wrapper that appends ``describe(*arguments)`` to ``calls`` and then
    calls the real function; returns ``calls``."""
    calls = [] if calls is None else calls
    real = getattr(owner, name)

    def recording(*args, **kwargs):
        calls.append(describe(*args, **kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return calls


@pytest.fixture
def extracted(monkeypatch):
    """The source paths ``document_claims`` is called for, in order (a cache hit never calls it)."""
    return record_calls(monkeypatch, claims, "document_claims", lambda doc, rules: doc.source.path)


def check_json(cli, *options, corpus="corpus"):
    """`checker check` of a corpus folder with a JSON report: (exit code, stdout, stderr)."""
    return cli("check", corpus, "--format", "json", "--fail-on", "never", "--no-progress", *options)


def claims_json(cli, *options):
    return cli("claims", "corpus", "--format", "json", *options)


def warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if "claims.sqlite3" in line]


# --------------------------------------------------------------------------- hits and misses

def test_second_run_extracts_nothing_and_prints_the_same(corpus, cli, extracted):
    first = check_json(cli)
    assert sorted(extracted) == ["corpus/a.txt", "corpus/b.txt", "corpus/c.md"]
    extracted.clear()
    second = check_json(cli)
    assert extracted == []
    assert second == first
    assert (corpus.parent / ".checker_cache" / "claims.sqlite3").is_file()  # the default folder


def test_diff_reads_the_claims_a_check_cached(corpus, cli, extracted):
    assert cli("baseline", "corpus", "--output", "old.json")[0] == 0
    extracted.clear()
    code, _, err = cli("diff", "--baseline", "old.json", "corpus", "--format", "json")
    assert code == 0, err
    assert extracted == []  # diff --baseline over a corpus: every source from the cache
    assert cli("diff", "corpus/a.txt", "corpus/b.txt", "--format", "json")[0] == 0
    assert extracted == []  # diff A B too


def test_adding_one_article_extracts_only_it(corpus, cli, extracted):
    check_json(cli)
    (corpus / "d.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    extracted.clear()
    code, out, err = check_json(cli)
    assert extracted == ["corpus/d.txt"]
    assert (code, out, err) == check_json(cli, "--no-cache")


def test_editing_a_file_extracts_only_it(corpus, cli, extracted):
    claims_json(cli)
    (corpus / "b.txt").write_text("The navy of Sylvania has 15 ships.\n", encoding="utf-8")
    extracted.clear()
    _, out, _ = claims_json(cli)
    assert extracted == ["corpus/b.txt"]
    assert "15 ships" in out and "14 ships" not in out


def test_manifest_metadata_change_extracts_only_that_source(corpus, cli, extracted):
    claims_json(cli)
    manifest = MANIFEST.replace('published = "2020-01-02"', 'published = "2020-05-06"')
    (corpus / "sources.toml").write_text(manifest + '\n[[source]]\nfile = "c.md"\nauthor = "R. Ruiz"\n',
                                         encoding="utf-8")
    extracted.clear()
    _, out, _ = claims_json(cli)
    # b's date changed; c's manifest entry is new (front matter still wins, but it is new input).
    assert sorted(extracted) == ["corpus/b.txt", "corpus/c.md"]
    sources = {s["path"]: s for s in json.loads(out)["sources"]}
    assert sources["corpus/b.txt"]["published"] == "2020-05-06"
    assert sources["corpus/c.md"]["author"] == "R. Ruiz"


def test_changing_the_rules_extracts_everything_again(corpus, cli, extracted):
    claims_json(cli)
    extra = corpus.parent / "extra"
    (extra / "metrics").mkdir(parents=True)
    (extra / "pack.toml").write_text('name = "extra"\nversion = "1"\n', encoding="utf-8")
    (extra / "metrics" / "tractors.yaml").write_text(
        "kind: metric\nid: tractors\nname: tractors bought\nunit: count\nterms: [tractors]\n"
        "tolerance: 0\ndrift_band: 0.1\ngranularity: year\n", encoding="utf-8")
    extracted.clear()
    _, out, _ = claims_json(cli, "--rules", "extra")
    assert len(extracted) == 3
    assert any(c["metric"] == "tractors" for c in json.loads(out)["claims"])
    extracted.clear()
    claims_json(cli, "--rules", "extra")
    assert extracted == []


def test_moving_the_working_folder_changes_paths_and_keys(corpus, cli, extracted, monkeypatch):
    claims_json(cli, "--cache-dir", str(corpus.parent / "cache"))
    monkeypatch.chdir(corpus)  # the same files now print as "a.txt", ...: claims carry the path
    extracted.clear()
    _, out, _ = cli("claims", ".", "--format", "json", "--cache-dir", str(corpus.parent / "cache"))
    assert len(extracted) == 3
    assert {c["source"] for c in json.loads(out)["claims"]} == {"a.txt", "b.txt", "c.md"}


def test_baseline_and_claims_use_the_same_cache_as_check(corpus, cli, extracted):
    check_json(cli)
    extracted.clear()
    claims_json(cli)
    cli("baseline", "corpus", "--output", "baseline.json", "--no-progress")
    assert extracted == []


# --------------------------------------------------------------------------- judgements

RATES = {
    "a.txt": "Guatemala recorded a murder rate of 26.1 per 100,000 people in 2019. The United States deported "
             "54,000 people to Guatemala in 2019.\n",
    "b.txt": "In 2019, the homicide rate in Guatemala was 26.5 per 100,000 inhabitants. Honduras deported 900 "
             "people in 2021.\n",
}
RATES_MANIFEST = '[[source]]\nfile = "a.txt"\npublished = "2020-02-01"\n'


@pytest.fixture
def rates(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "rates", RATES, RATES_MANIFEST)


@pytest.fixture
def judged(monkeypatch):
    """The blocks each check judges, as (check, sources of the block's claims); a judgement the
    cache holds never calls ``judge``."""
    calls: list[tuple[str, tuple[str, ...]]] = []
    for check_id, module in CHECKS.items():
        record_calls(monkeypatch, module, "judge", lambda block, members, ctx, _check=check_id: (
            _check, tuple(sorted({c.source for c in members}))), calls)
    return calls


def test_a_new_article_judges_only_the_blocks_it_joins(rates, cli, judged):
    cold = check_json(cli, corpus="rates")
    assert ("value", ("rates/a.txt", "rates/b.txt")) in judged  # the two 2019 rates, compared
    judged.clear()
    assert check_json(cli, corpus="rates") == cold
    assert judged == []
    (rates / "c.txt").write_text("Guatemala's murder rate stood at 41 per 100,000 residents in 2019, officials "
                                 "said.\n", encoding="utf-8")
    code, out, err = check_json(cli, corpus="rates")
    assert judged and all("rates/c.txt" in sources for _, sources in judged)
    assert ("value", ("rates/a.txt", "rates/b.txt", "rates/c.txt")) in judged
    assert (code, out, err) == check_json(cli, "--no-cache", corpus="rates")
    assert any(f["kind"] == "conflict" for f in json.loads(out)["findings"])


def test_editing_the_metadata_of_one_source_judges_its_blocks_again(rates, cli, judged):
    check_json(cli, corpus="rates")
    judged.clear()
    (rates / "sources.toml").write_text(RATES_MANIFEST.replace("2020-02-01", "2020-02-02"), encoding="utf-8")
    warm = check_json(cli, corpus="rates")
    assert judged and all("rates/a.txt" in sources for _, sources in judged)
    assert warm == check_json(cli, "--no-cache", corpus="rates")


def test_relevelling_a_check_in_config_judges_its_blocks_again_and_extracts_nothing(rates, cli, judged, extracted):
    (rates / "c.txt").write_text("Guatemala's murder rate stood at 41 per 100,000 residents in 2019.\n",
                                 encoding="utf-8")

    def conflicts(out: str) -> set[str]:
        return {f["severity"] for f in json.loads(out)["findings"] if f["kind"] == "conflict"}

    assert conflicts(check_json(cli, corpus="rates")[1]) == {"error"}
    (rates.parent / "checker.toml").write_text('[checks]\nvalue = "warning"\n', encoding="utf-8")
    judged.clear()
    extracted.clear()
    code, out, err = check_json(cli, corpus="rates")
    assert ("value", ("rates/a.txt", "rates/b.txt", "rates/c.txt")) in judged
    assert extracted == []  # the claims do not depend on levels
    assert conflicts(out) == {"warning"}
    assert (code, out, err) == check_json(cli, "--no-cache", corpus="rates")


def _judgements(database: Path) -> int:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT COUNT(*) FROM judgements").fetchone()[0]


def test_a_damaged_judgement_is_judged_again(rates, cli, judged):
    cold = check_json(cli, corpus="rates")
    blocks = len(judged)
    with sqlite3.connect(_database(rates)) as db:
        db.execute("UPDATE judgements SET payload = '[[\"x\", 1]]'")
    judged.clear()
    assert check_json(cli, corpus="rates") == cold
    assert len(judged) == blocks


def test_claims_runs_keep_the_judgements(rates, cli, judged):
    check_json(cli, corpus="rates")
    cli("claims", "rates", "--format", "json")
    judged.clear()
    check_json(cli, corpus="rates")
    assert judged == []


def test_judgements_of_deleted_articles_are_pruned(rates, cli, judged):
    check_json(cli, corpus="rates")
    (rates / "b.txt").unlink()
    judged.clear()
    check_json(cli, "--no-cache", corpus="rates")
    blocks = len(judged)
    check_json(cli, corpus="rates")
    assert _judgements(_database(rates)) == blocks


# --------------------------------------------------------------------------- identical output

def test_cached_output_is_byte_identical_to_a_cold_run(corpus, cli):
    """Inputs with every kind of per-source problem and metadata origin: hits must replay them."""
    (corpus / "legacy.txt").write_bytes("Caf\xe9 owners paid $40 a week in 2017.\n".encode("cp1252"))
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    (corpus / "undated.txt").write_text("On March 3, 2016, officials counted 70 boats. Last year there were 60.\n",
                                        encoding="utf-8")
    (corpus / "page.html").write_text('<html><head><meta property="article:published_time" content="2020-02-02">'
                                      "<title>Boats</title></head><body><article><p>Officials counted 80 boats "
                                      "in 2019.</p></article></body></html>", encoding="utf-8")
    (corpus / "sources.toml").write_text(MANIFEST + '\n[[source]]\nfile = "legacy.txt"\npublished = "June"\n',
                                         encoding="utf-8")
    for command in (check_json, claims_json):
        cold = command(cli, "--no-cache")
        assert "cp1252" in cold[2] and "binary" in cold[2] and "inferred" in cold[1]
        assert command(cli) == cold  # fills the cache
        assert command(cli) == cold  # every source from the cache


def test_entries_and_judgements_round_trip_to_equal_objects():
    extraction = checker.extract_claims(["seeds"])
    lines = tuple(map(json_text, extraction.claims))
    entry = store.Entry(extraction.sources[0], list(extraction.claims), list(extraction.problems), lines)
    assert store.decode_entry(store.encode_entry(entry), "\n".join(lines)) == entry
    findings = checker.check(["seeds"]).findings
    members = sorted({c for f in findings for c in f.claims}, key=lambda c: c.id)
    assert store.decode_judgement(store.encode_judgement(findings, members), members) == list(findings)


# --------------------------------------------------------------------------- never trusted

def _database(root: Path) -> Path:
    return root.parent / ".checker_cache" / "claims.sqlite3"


@pytest.mark.parametrize("damage", ["garbage", "foreign", "old_schema", "bad_payload", "empty"])
def test_a_damaged_or_foreign_cache_is_discarded_with_a_warning(corpus, cli, extracted, damage):
    cold = check_json(cli, "--no-cache")
    check_json(cli)  # a valid cache
    database = _database(corpus)
    if damage == "garbage":
        database.write_bytes(os.urandom(3000))
    elif damage == "empty":
        database.write_bytes(b"")
    elif damage == "foreign":
        database.unlink()
        with sqlite3.connect(database) as other:
            other.execute("CREATE TABLE users (name TEXT)")
    else:
        with sqlite3.connect(database) as ours:
            if damage == "old_schema":
                ours.execute("PRAGMA user_version = 0")
            else:
                ours.execute("UPDATE entries SET payload = '[null, [[1, 2]], []]' WHERE path = 'corpus/b.txt'")
    extracted.clear()
    code, out, err = check_json(cli)
    assert (code, out) == cold[:2]
    assert len(warnings(err)) == 1 and "discarded and rebuilt" in err
    assert sorted(extracted) == ["corpus/a.txt", "corpus/b.txt", "corpus/c.md"]  # nothing from it was used
    extracted.clear()
    assert check_json(cli) == cold  # rebuilt: valid again, and silent
    assert extracted == []


def test_a_foreign_database_is_replaced_not_written_into(corpus, cli):
    database = _database(corpus)
    database.parent.mkdir()
    with sqlite3.connect(database) as other:
        other.execute("CREATE TABLE users (name TEXT)")
    check_json(cli)
    with sqlite3.connect(database) as ours:
        tables = {name for (name,) in ours.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "users" not in tables and {"header", "entries"} <= tables
        assert ours.execute("PRAGMA application_id").fetchone()[0] == store.APPLICATION_ID


def test_a_cache_another_run_holds_is_skipped_with_a_warning(corpus, cli, extracted, monkeypatch):
    cold = claims_json(cli, "--no-cache")
    claims_json(cli)
    monkeypatch.setattr(store, "LOCK_TIMEOUT", 0.05)
    holder = sqlite3.connect(_database(corpus), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another run in the middle of writing
    try:
        extracted.clear()
        code, out, err = claims_json(cli)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (code, out) == cold[:2]
    assert "locked" in err and "running without the cache" in err
    assert len(extracted) == 3
    extracted.clear()
    claims_json(cli)
    assert extracted == []  # the cache was left intact


@pytest.mark.parametrize("command_line", [["claims"], ["check", "--fail-on", "never", "--no-progress"]])
def test_concurrent_runs_agree_and_leave_a_valid_cache(corpus, command_line):
    env = {**os.environ, "PYTHONPATH": str(Path(checker.__file__).parent.parent)}
    command = [sys.executable, "-m", "checker", *command_line, "corpus", "--format", "json"]
    runs = [subprocess.Popen(command, cwd=corpus.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0]
    assert len({out for out, _ in outputs}) == 1
    again = subprocess.run(command, check=False, cwd=corpus.parent, env=env, capture_output=True, timeout=120)
    assert again.stdout == outputs[0][0] and b"warning" not in again.stderr
    with sqlite3.connect(_database(corpus)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 3
        judgements = db.execute("SELECT COUNT(*) FROM judgements").fetchone()[0]
        assert (judgements > 0) == (command_line[0] == "check")


# --------------------------------------------------------------------------- where, and how much

def test_no_cache_writes_nothing(corpus, cli, extracted):
    for _ in range(2):
        claims_json(cli, "--no-cache")
        check_json(cli, "--no-cache")
    assert not (corpus.parent / ".checker_cache").exists()
    assert len(extracted) == 12


def test_cache_dir_option_and_config_key(corpus, cli):
    claims_json(cli, "--cache-dir", "elsewhere")
    assert (corpus.parent / "elsewhere" / "claims.sqlite3").is_file()
    assert (corpus.parent / "elsewhere" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    (corpus.parent / "checker.toml").write_text('cache-dir = "build/claims-cache"\n', encoding="utf-8")
    claims_json(cli)
    assert (corpus.parent / "build" / "claims-cache" / "claims.sqlite3").is_file()
    assert not (corpus.parent / ".checker_cache").exists()


def test_library_calls_cache_only_when_asked(corpus):
    checker.check(["corpus"])
    checker.extract_claims(["corpus"])
    assert not (corpus.parent / ".checker_cache").exists()
    checker.check(["corpus"], cache="lib-cache")
    assert (corpus.parent / "lib-cache" / "claims.sqlite3").is_file()


def _entries(database: Path) -> list[str]:
    with sqlite3.connect(database) as db:
        return sorted(path for (path,) in db.execute("SELECT path FROM entries"))


def test_entries_of_deleted_and_edited_files_are_pruned(corpus, cli):
    claims_json(cli)
    (corpus / "a.txt").unlink()
    (corpus / "b.txt").write_text("The navy of Sylvania has 15 ships.\n", encoding="utf-8")
    claims_json(cli)
    assert _entries(_database(corpus)) == ["corpus/b.txt", "corpus/c.md"]


def test_other_corpora_are_kept_until_the_cap_then_least_recent_first(corpus, cli, monkeypatch):
    other = corpus.parent / "other"
    other.mkdir()
    (other / "x.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    cli("claims", "other", "--format", "json")
    claims_json(cli)
    assert _entries(_database(corpus)) == ["corpus/a.txt", "corpus/b.txt", "corpus/c.md", "other/x.txt"]
    monkeypatch.setattr(store, "MAX_ENTRIES", 3)
    claims_json(cli)  # over the cap: the least recently read corpus goes, never the current one
    assert _entries(_database(corpus)) == ["corpus/a.txt", "corpus/b.txt", "corpus/c.md"]
