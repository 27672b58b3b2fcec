"""Baselines, suppressions and fingerprints: only new, unreviewed findings fail a run."""
from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import DISPUTED, write_dated_corpus

from checker.pipeline import check

RATE_B = DISPUTED["b.txt"][1]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A rate conflict (a vs b) and a count drift (c vs d)."""
    monkeypatch.chdir(tmp_path)
    return write_dated_corpus(tmp_path / "corpus", DISPUTED)


def findings(out: str) -> list[dict]:
    return json.loads(out)["findings"]


# --------------------------------------------------------------------------- baseline

def test_baseline_holds_drift_and_conflicts_sorted_under_a_versioned_header(corpus, tmp_path, cli):
    code, _, err = cli("baseline", "corpus")
    assert code == 0 and "wrote 2 findings (1 conflict, 1 drift) to reports/baseline.json" in err
    doc = json.loads((tmp_path / "reports" / "baseline.json").read_text())
    assert doc["checker"]["fingerprint"] == "v1"
    entries = doc["findings"]
    assert [e["kind"] for e in sorted(entries, key=lambda e: e["kind"])] == ["conflict", "drift"]
    assert [e["fingerprint"] for e in entries] == sorted(e["fingerprint"] for e in entries)
    assert {tuple(e["sources"]) for e in entries} == {("corpus/a.txt", "corpus/b.txt"), ("corpus/c.txt", "corpus/d.txt")}


def test_baseline_is_byte_identical_across_runs(corpus, tmp_path, cli):
    cli("baseline", "corpus", "-o", "one.json")
    cli("baseline", "corpus", "-o", "two.json")
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def test_check_against_its_own_baseline_passes_and_marks_everything_unchanged(corpus, cli):
    cli("baseline", "corpus")
    code, out, _ = cli("check", "corpus", "--format", "json", "--baseline", "reports/baseline.json")
    assert code == 0
    marked = [f for f in findings(out) if f["kind"] != "agreement"]
    assert marked and all(f["baseline"] == "unchanged" for f in marked)
    summary = json.loads(out)["summary"]
    assert (summary["new"], summary["unchanged"], summary["absent"]) == (0, 2, 0)


def test_a_new_contradicting_article_fails_and_only_its_finding_is_new(corpus, cli):
    cli("baseline", "corpus")
    (corpus / "e.txt").write_text("Officials said Honduras had a homicide rate of 75 per 100,000 in 2019.\n")
    code, out, _ = cli("check", "corpus", "--format", "json", "--baseline", "reports/baseline.json")
    assert code == 1
    new = [f for f in findings(out) if f.get("baseline") == "new"]
    assert len(new) == 1 and new[0]["kind"] == "conflict"
    claims = {c["id"]: c for c in json.loads(out)["claims"]}
    assert "corpus/e.txt" in {claims[i]["source"] for i in new[0]["claims"]}


def test_baseline_entries_no_longer_found_are_reported_absent(corpus, cli):
    cli("baseline", "corpus")
    (corpus / "d.txt").unlink()
    code, out, _ = cli("check", "corpus", "--format", "json", "--baseline", "reports/baseline.json")
    assert code == 0
    absent = json.loads(out)["review"]["absent"]
    assert [e["kind"] for e in absent] == ["drift"] and absent[0]["sources"] == ["corpus/c.txt", "corpus/d.txt"]
    _, text, _ = cli("check", "corpus", "--baseline", "reports/baseline.json", "--width", "160")
    assert "Gone since the baseline" in text and "baseline: 0 new, 1 unchanged, 1 gone" in text


@pytest.mark.parametrize("content, problem", [
    ("{not json", "cannot read baseline"),
    ('{"checker": {"fingerprint": "v0"}, "findings": []}', "scheme 'v0'"),
    ('{"findings": {}}', "not a checker baseline"),
    ('{"checker": {"fingerprint": "v1"}, "findings": [{"kind": "drift"}]}', "findings[0]"),
])
def test_an_unusable_baseline_stops_the_run_with_exit_2(corpus, tmp_path, cli, content, problem):
    (tmp_path / "old.json").write_text(content)
    code, _, err = cli("check", "corpus", "--baseline", "old.json")
    assert code == 2 and problem in err


def test_a_missing_baseline_file_is_a_usage_error(corpus, cli):
    code, _, err = cli("check", "corpus", "--baseline", "nowhere.json")
    assert code == 2 and "no such baseline file" in err


def test_baseline_path_from_config(corpus, tmp_path, cli):
    (tmp_path / "checker.toml").write_text('paths = ["corpus"]\nbaseline = "accepted.json"\n')
    cli("baseline")
    assert (tmp_path / "accepted.json").is_file()
    assert cli("check", "--format", "json")[0] == 0


# --------------------------------------------------------------------------- suppressions

def conflict_id(cli) -> str:
    out = cli("check", "corpus", "--format", "json")[1]
    return next(f["id"] for f in findings(out) if f["kind"] == "conflict")


def test_a_suppressed_conflict_no_longer_fails_and_keeps_its_reason(corpus, tmp_path, cli):
    fid = conflict_id(cli)
    (tmp_path / "accepted.yaml").write_text(
        f"suppressions:\n  - fingerprint: {fid}\n    reason: Different counting rules, reviewed.\n")
    code, out, _ = cli("check", "corpus", "--format", "json", "--suppressions", "accepted.yaml")
    assert code == 0
    conflict = next(f for f in findings(out) if f["id"] == fid)
    assert conflict["suppressed"] == {"fingerprint": fid, "reason": "Different counting rules, reviewed."}
    _, text, _ = cli("check", "corpus", "--suppressions", "accepted.yaml", "--width", "160")
    assert "CONFLICT" not in text and "1 suppressed" in text


def test_the_default_suppressions_file_is_used_when_present(corpus, tmp_path, cli):
    fid = conflict_id(cli)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "suppressions.yaml").write_text(
        f"suppressions:\n  - fingerprint: {fid}\n    reason: reviewed\n")
    assert cli("check", "corpus", "--format", "json")[0] == 0


def test_unused_and_expired_suppressions_are_reported_and_strict_mode_fails(corpus, tmp_path, cli):
    fid = conflict_id(cli)
    (tmp_path / "accepted.yaml").write_text(
        f"suppressions:\n"
        f"  - fingerprint: {fid}\n    reason: reviewed\n"
        f"  - fingerprint: 0123456789abcdef\n    reason: an article we removed\n"
        f"  - fingerprint: fedcba9876543210\n    reason: old\n    expires: 2020-01-01\n")
    code, out, err = cli("check", "corpus", "--format", "json", "--suppressions", "accepted.yaml")
    assert code == 0
    review = json.loads(out)["review"]
    assert [e["fingerprint"] for e in review["unused"]] == ["0123456789abcdef"]
    assert [e["fingerprint"] for e in review["expired"]] == ["fedcba9876543210"]
    assert "accepted.yaml:4: suppression 0123456789abcdef matches no finding" in err
    assert "accepted.yaml:6: suppression fedcba9876543210 expired on 2020-01-01" in err
    assert cli("check", "corpus", "--suppressions", "accepted.yaml", "--strict-suppressions")[0] == 1


def test_an_expired_suppression_no_longer_applies(corpus, tmp_path):
    fid = next(f.id for f in check(["corpus"]).findings if f.kind == "conflict")
    (tmp_path / "accepted.yaml").write_text(
        f"suppressions:\n  - fingerprint: {fid}\n    reason: reviewed\n    expires: 2027-01-01\n")
    before = check(["corpus"], suppressions="accepted.yaml", today=date(2026, 12, 31))
    after = check(["corpus"], suppressions="accepted.yaml", today=date(2027, 1, 1))
    assert not before.failing("error") and not before.review.expired
    assert after.failing("error") and [e.fingerprint for e in after.review.expired] == [fid]


def match_entry(match: str, reason: str = "reviewed", extra: str = "") -> str:
    """A suppressions file with one match entry (``match`` in YAML flow style)."""
    return f"suppressions:\n  - match: {match}\n    reason: {reason}\n{extra}"


def sarif_results(out: str) -> dict[str, dict]:
    return {r["properties"]["metric"]: r for r in json.loads(out)["runs"][0]["results"]}


def test_a_match_entry_suppresses_end_to_end_in_sarif_exit_code_and_github(corpus, tmp_path, cli):
    (corpus / "e.txt").write_text(RATE_B)  # agrees with b.txt: an agreement, never suppressed
    (tmp_path / "accepted.yaml").write_text(
        match_entry("{check: value, metric: homicide_rate, sources: corpus/*.txt}", "Different population estimates."))
    assert cli("check", "corpus", "--format", "sarif")[0] == 1
    code, out, _ = cli("check", "corpus", "--format", "sarif", "--suppressions", "accepted.yaml")
    assert code == 0
    results = sarif_results(out)
    assert results["homicide_rate"]["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "Different population estimates."}]
    assert "suppressions" not in results["deportations"]
    doc = json.loads(cli("check", "corpus", "--format", "json", "--suppressions", "accepted.yaml")[1])
    suppressed = [f for f in doc["findings"] if f.get("suppressed")]
    assert [f["kind"] for f in suppressed] == ["conflict"]
    assert suppressed[0]["suppressed"]["match"] == {"check": "value", "metric": "homicide_rate", "sources": ["corpus/*.txt"]}
    assert doc["summary"]["suppressed"] == 1 and doc["review"]["unused"] == []
    annotations = cli("check", "corpus", "--format", "github", "--suppressions", "accepted.yaml")[1]
    assert "::error" not in annotations and "::warning" in annotations


@pytest.mark.parametrize("sources, suppressed", [
    ("corpus/a.txt", False),                    # one of the conflict's two sources is not enough
    ("[corpus/a.txt, corpus/b.txt]", True),     # every source matches one of the globs
    ("'corpus/[ab].txt'", True),
    ("'*.txt'", False),                         # '*' stays inside one folder
    ("'**/*.txt'", True),                       # '**' spans folders
])
def test_every_source_of_a_finding_must_match_one_glob(corpus, tmp_path, cli, sources, suppressed):
    (tmp_path / "accepted.yaml").write_text(match_entry(f"{{check: value, sources: {sources}}}"))
    code, out, _ = cli("check", "corpus", "--format", "json", "--suppressions", "accepted.yaml")
    conflict = next(f for f in findings(out) if f["kind"] == "conflict")
    assert ("suppressed" in conflict) is suppressed
    assert code == (0 if suppressed else 1)


def test_a_fingerprint_entry_wins_and_match_entries_can_be_unused_or_expired(corpus, tmp_path, cli):
    fid = conflict_id(cli)
    (tmp_path / "accepted.yaml").write_text(
        match_entry("{metric: homicide_rate}", "broad")
        + f"  - fingerprint: {fid}\n    reason: this one\n"
        + "  - match: {sources: archive/**}\n    reason: an archive we removed\n"
        + "  - match: {metric: deportations}\n    reason: old\n    expires: 2020-01-01\n")
    code, out, err = cli("check", "corpus", "--format", "json", "--suppressions", "accepted.yaml")
    assert code == 0  # the drift, its entry expired, does not fail at the default --fail-on error
    doc = json.loads(out)
    conflict = next(f for f in doc["findings"] if f["kind"] == "conflict")
    assert conflict["suppressed"]["reason"] == "this one"
    assert [e["reason"] for e in doc["review"]["unused"]] == ["broad", "an archive we removed"]
    assert [e["match"] for e in doc["review"]["expired"]] == [{"metric": "deportations"}]
    assert "accepted.yaml:6: suppression match sources=archive/** matches no finding" in err
    assert "accepted.yaml:8: suppression match metric=deportations expired on 2020-01-01" in err
    assert cli("check", "corpus", "--suppressions", "accepted.yaml", "--fail-on", "warning")[0] == 1
    assert cli("check", "corpus", "--suppressions", "accepted.yaml", "--strict-suppressions")[0] == 1


@pytest.mark.parametrize("content, where", [
    ("suppressions:\n  - fingerprint: 0123456789abcdef\n", "accepted.yaml:2:5: reason: required"),
    ("suppressions:\n  - fingerprint: 0123456789abcdef\n    reason: ''\n", "accepted.yaml:3:13: reason: expected a non-empty"),
    ("suppressions:\n  - fingerprint: 0123456789abcdef\n    reason: ok\n    expire: 2027-01-01\n",
     "accepted.yaml:4:5: expire: unknown key; did you mean 'expires'?"),
    ("suppressions:\n  - fingerprint: 0123456789abcdef\n    reason: ok\n    expires: soon\n",
     "accepted.yaml:4:14: expires: expected a date"),
    ("suppressions:\n  - fingerprint: the big one\n    reason: ok\n", "accepted.yaml:2:18: fingerprint: expected a finding id"),
    ("suppressions:\n  - reason: ok\n", "accepted.yaml:2:5: fingerprint: required, or a match"),
    ("suppressions:\n  - match: {}\n    reason: ok\n", "accepted.yaml:2:12: match: empty"),
    ("suppressions:\n  - match: value\n    reason: ok\n", "accepted.yaml:2:12: match: expected a mapping"),
    ("suppressions:\n  - match: {metric: x, source: a/*}\n    reason: ok\n",
     "accepted.yaml:2:24: match.source: unknown key; did you mean 'sources'?"),
    ("suppressions:\n  - match: {check: valeu}\n    reason: ok\n",
     "accepted.yaml:2:20: match.check: unknown check; did you mean 'value'?"),
    ("suppressions:\n  - match: {sources: [a/*, 'b/[x']}\n    reason: ok\n",
     "accepted.yaml:2:28: match.sources: bad glob 'b/[x': '[' without a closing ']'"),
    ("suppressions:\n  - match: {sources: 'a**'}\n    reason: ok\n",
     "accepted.yaml:2:22: match.sources: bad glob 'a**': '**' must be a whole path segment"),
    ("suppressions:\n  - fingerprint: 0123456789abcdef\n    match: {metric: x}\n    reason: ok\n",
     "accepted.yaml:3:5: match: give a fingerprint or a match, not both"),
    ("suppressions:\n  - match: {metric: x}\n", "accepted.yaml:2:5: reason: required"),
    ("suppressions:\n  - fingerprint: 0123456789abcdef\n    reason: first\n    reason: second\n",
     "accepted.yaml:4:5: reason: duplicate key (first given on line 3)"),
    ("suppress: []\n", "accepted.yaml:1:1: expected a mapping with one key, 'suppressions'"),
    ("suppressions: [\n", "accepted.yaml:2:1: not valid YAML"),
])
def test_a_bad_suppressions_file_stops_the_run_at_its_line(corpus, tmp_path, cli, content, where):
    (tmp_path / "accepted.yaml").write_text(content)
    code, _, err = cli("check", "corpus", "--suppressions", "accepted.yaml")
    assert code == 2 and where in err, err


# --------------------------------------------------------------------------- fingerprints

STORY = ("Police said the year had been calm.\n\n"
         "In 2019 the homicide rate in Honduras was 52 per 100,000 residents, the\n"
         "ministry said.\n")


def fingerprints(root) -> dict[str, str]:
    return {f.kind: f.fingerprint for f in check([root]).findings}


def test_fingerprints_survive_line_moves_rewrapping_and_unrelated_edits(corpus, tmp_path):
    (corpus / "b.txt").write_text(STORY)
    before = fingerprints("corpus")
    (corpus / "b.txt").write_text(
        "A new opening paragraph about the weather, with 12 degrees of frost.\n\n"
        "Police said the year had been calm.\n\n"
        "In 2019 the homicide rate in Honduras\n   was 52 per 100,000   residents, the ministry said.\n")
    after = fingerprints("corpus")
    assert before["conflict"] == after["conflict"] and before["drift"] == after["drift"]


def test_a_changed_figure_changes_the_fingerprint(corpus):
    before = fingerprints("corpus")
    (corpus / "b.txt").write_text(RATE_B.replace("52", "57"))
    assert fingerprints("corpus")["conflict"] != before["conflict"]
