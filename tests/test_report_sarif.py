"""`checker check --format sarif`: SARIF 2.1.0 as CONVENTIONS.md section 2 describes it."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import check_report, run_checker, write_review_files

from checker.model import Claim
from checker.report.locations import claim_region, repository_paths

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def sarif(capsys, *extra: str) -> dict:
    return json.loads(check_report(capsys, "sarif", *extra))


def alerts(log: dict) -> dict[str, dict]:
    """Results by the metric they are about."""
    return {r["properties"]["metric"]: r for r in log["runs"][0]["results"]}


def assert_valid(log: dict) -> None:
    if not SCHEMA_FILE.is_file():
        pytest.skip(f"the OASIS SARIF schema is not at {SCHEMA_FILE} (../shared/schemas beside the repository)")
    import jsonschema

    jsonschema.Draft4Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))).validate(log)


def test_sarif_is_valid_against_the_oasis_schema(report_corpus, capsys):
    (report_corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    baseline, suppressions = write_review_files(capsys, report_corpus.parent)
    log = sarif(capsys, "--baseline", str(baseline), "--suppressions", str(suppressions))
    assert_valid(log)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["automationDetails"]["id"] == "checker/desk/corpus/"
    assert run["properties"]["checker"]["fingerprint"] == "v1"


def test_one_rule_per_check_that_ran_documented_from_the_rule_pack(report_corpus, capsys, tmp_path):
    pack = tmp_path / "quiet"
    pack.mkdir()
    (pack / "checks.yaml").write_text("kind: checks\nextends: checks\nchecks: {share: off}\n", encoding="utf-8")
    driver = sarif(capsys, "--rules", str(pack))["runs"][0]["tool"]["driver"]
    assert driver["name"] == "checker" and driver["semanticVersion"]
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == ["daily-average", "event-date", "parts-whole", "running-total", "value"]  # share is off
    value = driver["rules"][ids.index("value")]
    assert value["shortDescription"]["text"] == "Sources give different figures for one quantity."
    assert value["fullDescription"]["text"].startswith("Claims about the same quantity")
    assert "**Why it matters**" in value["help"]["markdown"] and "Not flagged:" in value["help"]["text"]
    assert value["defaultConfiguration"]["level"] == "error"
    assert value["properties"]["tags"] == ["consistency", "quantity"]
    assert driver["rules"][ids.index("parts-whole")]["defaultConfiguration"]["level"] == "warning"


def test_results_are_drift_and_conflict_only_with_levels_and_rule_index(report_corpus, capsys):
    log = sarif(capsys)
    rules = [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
    results = log["runs"][0]["results"]
    assert [(r["properties"]["finding"], r["level"]) for r in results] == [("conflict", "error"), ("drift", "warning")]
    for result in results:
        assert rules[result["ruleIndex"]] == result["ruleId"] == "value"
        assert result["kind"] == "fail"
    conflict = alerts(log)["homicide_rate"]
    assert conflict["properties"]["subject"] == ["Honduras"] and conflict["properties"]["period"] == "2019"
    assert conflict["properties"]["ruleFile"] == "rules/metrics/homicide_rate.yaml"


def test_primary_location_is_the_wrapped_claim_in_the_newest_source(report_corpus, capsys):
    location = alerts(sarif(capsys))["homicide_rate"]["locations"][0]["physicalLocation"]
    # b.txt (published 2020-06) is newer than a.txt (2020-03), though a.txt comes first by path.
    assert location["artifactLocation"]["uri"] == "desk/corpus/b.txt"
    line3 = "In 2019 the homicide rate in Honduras was 52 per 100,000"
    assert location["region"] == {
        "startLine": 3, "startColumn": line3.index("52") + 1,
        "endLine": 4, "endColumn": len("residents") + 1,  # the figure is wrapped onto line 4
        "snippet": {"text": "52 per 100,000\nresidents"}}
    drift = alerts(sarif(capsys))["deportations"]["locations"][0]["physicalLocation"]
    assert drift["artifactLocation"]["uri"] == "desk/corpus/d.txt"
    text = "In 2019, Mexico deported 10,300 Guatemalans."
    assert drift["region"] == {"startLine": 1, "startColumn": text.index("10,300") + 1, "endLine": 1,
                               "endColumn": text.index("10,300 Guatemalans") + len("10,300 Guatemalans") + 1,
                               "snippet": {"text": "10,300 Guatemalans"}}


def test_other_claims_are_related_locations_linked_from_the_message(report_corpus, capsys):
    result = alerts(sarif(capsys))["homicide_rate"]
    related = result["relatedLocations"]
    assert len(related) == 1 and related[0]["id"] == 1
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"] == "desk/corpus/a.txt"
    assert related[0]["physicalLocation"]["region"]["startLine"] == 1
    assert related[0]["message"]["text"] == "“38 per 100,000 people” in desk/corpus/a.txt, published 2020-03"
    assert result["message"]["text"].endswith("Other claims: [desk/corpus/a.txt:1](1).")
    assert "\n" not in result["message"]["text"]


def test_partial_fingerprints_come_from_checkers_fingerprint(report_corpus, capsys):
    findings = json.loads(run_checker(capsys, "check", "corpus", "--format", "json")[1])["findings"]
    conflict = next(f for f in findings if f["kind"] == "conflict")
    prints = alerts(sarif(capsys))["homicide_rate"]["partialFingerprints"]
    assert prints == {"primaryLocationLineHash": conflict["id"] + ":1",
                      "checkerFinding/v1": conflict["fingerprint"].removeprefix("v1:")}


def test_fingerprints_survive_a_paragraph_inserted_above(report_corpus, capsys):
    before = alerts(sarif(capsys))["homicide_rate"]
    b = report_corpus / "b.txt"
    b.write_text("Breaking\n\nA new paragraph.\n\n" + b.read_text(encoding="utf-8"), encoding="utf-8")
    after = alerts(sarif(capsys))["homicide_rate"]
    assert after["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert after["partialFingerprints"] == before["partialFingerprints"]


def test_baseline_state_suppressions_and_notifications(report_corpus, capsys):
    (report_corpus / "empty.txt").write_text("", encoding="utf-8")
    baseline, suppressions = write_review_files(capsys, report_corpus.parent)
    log = sarif(capsys, "--baseline", str(baseline), "--suppressions", str(suppressions))
    by_metric = alerts(log)
    assert by_metric["homicide_rate"]["baselineState"] == "new"
    assert by_metric["deportations"]["baselineState"] == "unchanged"
    assert by_metric["homicide_rate"]["suppressions"] == [{
        "kind": "external", "status": "accepted",
        "justification": "The ministry revised its figure; both were true when published."}]
    assert "suppressions" not in by_metric["deportations"]
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is True
    notes = invocation["toolExecutionNotifications"]
    texts = [n["message"]["text"] for n in notes]
    problem = next(n for n in notes if "empty.txt" in n["message"]["text"])
    assert problem["level"] == "error"
    assert problem["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "desk/corpus/empty.txt"
    absent = next(n for n in notes if n.get("properties", {}).get("baselineState") == "absent")
    assert absent["properties"]["fingerprint"] == "v1:" + "0" * 32
    assert absent["associatedRule"]["id"] == "value"
    assert absent["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "desk/baseline.json"
    assert any(t == "desk/suppressions.yaml:4: suppression 0123456789abcdef matches no finding" for t in texts)
    assert any(t == "desk/suppressions.yaml:6: suppression fedcba9876543210 has expired on 2000-01-01"
               for t in texts)
    assert len(notes) == 4


def test_without_a_baseline_there_is_no_baseline_state(report_corpus, capsys):
    assert all("baselineState" not in r for r in sarif(capsys)["runs"][0]["results"])


def test_uris_are_relative_to_the_working_folder_outside_a_repository(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "plain" / "articles"
    folder.mkdir(parents=True)
    (folder / "x.txt").write_text("Honduras recorded a murder rate of 38 per 100,000 people in 2019.\n")
    (folder / "y.txt").write_text("In 2019 the homicide rate in Honduras was 52 per 100,000 residents.\n")
    monkeypatch.chdir(tmp_path / "plain")
    if any((p / ".git").exists() for p in (tmp_path, *tmp_path.parents)):
        pytest.skip("the temporary folder is inside a git repository")
    _, out, _ = run_checker(capsys, "check", "articles", "--format", "sarif")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(out)["runs"][0]["results"]}
    assert uris and uris <= {"articles/x.txt", "articles/y.txt"}
    assert str(tmp_path) not in out


def test_no_absolute_paths_and_symlinks_resolved(report_corpus, capsys, tmp_path):
    link = report_corpus.parent / "linked"
    os.symlink(report_corpus, link)
    _, out, _ = run_checker(capsys, "check", "linked", "--format", "sarif")
    assert str(tmp_path) not in out and "file:" not in out
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(out)["runs"][0]["results"]}
    assert uris == {"desk/corpus/b.txt", "desk/corpus/d.txt"}


def test_repository_paths_are_percent_encoded_posix(tmp_path):
    (tmp_path / "repo" / "news desk").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    paths = repository_paths(tmp_path / "repo" / "news desk")
    assert paths("été/a b#1.txt") == "news desk/été/a b#1.txt"
    assert paths.uri("été/a b#1.txt") == "news%20desk/%C3%A9t%C3%A9/a%20b%231.txt"
    assert paths("../outside.txt") == "outside.txt"


def test_html_claims_give_the_line_of_their_block():
    claim = Claim(id="x", source="corpus/page.html", line=12, column=5, start=40, end=51, sentence="s",
                  text="38 per\n100,000", kind="quantity", metric=None, subject=(), attribution=None, value=None,
                  unit=None, noun=None, change=None, time=None)
    region = claim_region(claim)
    assert (region.start_line, region.end_line, region.exact) == (12, 12, False)


def test_two_runs_are_byte_identical_and_carry_no_timestamps(report_corpus, capsys):
    first = run_checker(capsys, "check", "corpus", "--format", "sarif")[1]
    assert run_checker(capsys, "check", "corpus", "--format", "sarif")[1] == first
    assert "Utc" not in first and "timeUtc" not in first


def test_agreements_are_pass_results_only_with_show_agreement(report_corpus, capsys):
    (report_corpus / "e.txt").write_text("Guatemala recorded a homicide rate of 26 per 100,000 people in 2019.\n",
                                         encoding="utf-8")
    (report_corpus / "f.txt").write_text("In 2019 the murder rate in Guatemala was 26 per 100,000 residents.\n",
                                         encoding="utf-8")
    for default in (sarif(capsys), sarif(capsys, "--show", "all")):
        assert [r["properties"]["finding"] for r in default["runs"][0]["results"]] == ["conflict", "drift"]
    log = sarif(capsys, "--show", "agreement")
    assert_valid(log)
    results = log["runs"][0]["results"]
    assert [(r["properties"]["finding"], r["kind"], r["level"]) for r in results] == [
        ("conflict", "fail", "error"), ("drift", "fail", "warning"), ("agreement", "pass", "none")]
    agreement = results[2]
    assert agreement["properties"]["metric"] == "homicide_rate" and agreement["properties"]["subject"] == ["Guatemala"]
    assert agreement["ruleId"] == "value" and agreement["partialFingerprints"]["checkerFinding/v1"]
