"""The command line (checker.cli.main): claims, quantities and rules, with exit codes."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import (
    ARTICLE_A,
    ARTICLE_B,
    DISPUTED,
    MANIFEST,
    make_pack,
    write_corpus,
    write_dated_corpus,
)

from checker import __version__
from checker.cli import main
from checker.fingerprints import FINGERPRINT_SCHEME


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "corpus", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B}, MANIFEST)


# --------------------------------------------------------------------------- claims

def test_claims_json_has_sources_claims_and_problems(corpus, cli):
    code, out, err = cli("claims", "corpus", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert {"sources", "claims", "problems"} <= set(doc)
    assert [s["path"] for s in doc["sources"]] == ["corpus/a.txt", "corpus/b.txt"]
    assert doc["problems"] == []
    texts = [c["text"] for c in doc["claims"]]
    assert "40 tractors" in texts and "$300 a month" in texts and "14 ships" in texts
    rent = next(c for c in doc["claims"] if c["text"] == "$300 a month")
    assert rent["unit"] == "USD / month" and rent["value"]["point"] == 300
    for claim in doc["claims"]:
        assert {"id", "source", "line", "start", "end", "sentence", "text", "kind", "metric", "subject",
                "attribution", "value", "unit", "noun", "change", "time"} <= set(claim)


def test_claims_json_is_byte_identical_across_runs(corpus, cli):
    _, first, _ = cli("claims", "corpus", "--format", "json")
    _, second, _ = cli("claims", "corpus", "--format", "json")
    assert first == second


def test_claims_json_is_the_same_from_worker_processes_and_leaves_the_collector_on(corpus, cli):
    import gc

    _, serial, _ = cli("claims", "corpus", "--format", "json", "--jobs", "1")
    code, parallel, err = cli("claims", "corpus", "--format", "json", "--jobs", "2")
    assert code == 0, err
    assert parallel == serial and gc.isenabled()


def test_claims_jsonl_is_one_object_per_line(corpus, cli):
    code, out, _ = cli("claims", "corpus", "--format", "jsonl")
    assert code == 0
    lines = out.splitlines()
    assert lines and out.endswith("\n")
    objects = [json.loads(line) for line in lines]
    assert all(isinstance(o, dict) and "id" in o and "value" in o for o in objects)
    _, whole, _ = cli("claims", "corpus", "--format", "json")
    assert [o["id"] for o in objects] == [c["id"] for c in json.loads(whole)["claims"]]


def test_claims_terminal_prints_a_table(corpus, cli):
    code, out, _ = cli("claims", "corpus", "--width", "200")
    assert code == 0
    header = next(line for line in out.splitlines() if "where" in line)
    for column in ("where", "claim", "value", "unit", "time", "metric", "subject"):
        assert column in header
    assert "sources" in out and "claims" in out
    assert "40 tractors" in out


def test_claims_output_file_is_written(corpus, cli, tmp_path):
    target = tmp_path / "out" / "claims.json"
    code, out, _ = cli("claims", "corpus", "--format", "json", "--output", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["claims"]
    assert [p.name for p in target.parent.iterdir()] == ["claims.json"]


def test_missing_path_exits_2_with_a_message(corpus, cli):
    code, out, err = cli("claims", "corpus/nowhere.txt", "--format", "json")
    assert code == 2
    assert "nowhere.txt" in err
    assert out == ""


def test_binary_file_is_reported_and_others_still_written(corpus, cli):
    (corpus / "c.txt").write_bytes(b"\x00\x01\x02\xff binary \x00")
    code, out, err = cli("claims", "corpus", "--format", "json")
    assert code == 0  # reported, not a failure: the run went on
    assert "c.txt" in err
    doc = json.loads(out)
    assert any(p["path"].endswith("c.txt") and p["level"] == "error" for p in doc["problems"])
    assert {Path(c["source"]).name for c in doc["claims"]} == {"a.txt", "b.txt"}


def test_bad_rule_pack_stops_claims_with_file_line_column(corpus, cli, tmp_path):
    pack = bad_pack(tmp_path)
    code, out, err = cli("claims", "corpus", "--format", "json", "--rules", str(pack))
    assert code == 2
    assert out == ""
    assert re.search(r"extra/metrics/tractors\.yaml:\d+:\d+", err), err


# --------------------------------------------------------------------------- quantities

def test_quantities_reads_stdin_and_writes_one_line_each(cli, monkeypatch):
    lines = ["Freedonian exports fell 45 percent.",
             "More than 25,000 people fled.",
             "Tickets cost $300 to $400.",
             "Nothing to count here.",
             "Around 82 miners were trapped on May 30."]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, _ = cli("quantities")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == lines
    for row in rows:
        for q in row["quantities"]:
            assert {"value", "unit", "change"} <= set(q)
    fell, more, tickets, nothing, around = (r["quantities"] for r in rows)
    assert [(q["value"], q["change"]) for q in fell] == [(45, "down")]
    assert [(q["value"], q["unit"], q["change"]) for q in more] == [(25000, "person", ">")]
    assert [(q["value"], q["unit"], q["change"]) for q in tickets] == [([300, 400], "dollar", "=")]
    assert nothing == []
    assert [(q["value"], q["change"]) for q in around] == [(82, "~")]


def test_quantities_reads_another_language_with_its_number_marks(cli, monkeypatch):
    line = "Zembla contó 1.240 robos y una tasa de 12,5 por cada 100.000 habitantes el 3 de mayo de 2021."
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    code, out, _ = cli("quantities", "--language", "es")
    assert code == 0
    assert [q["value"] for q in json.loads(out)["quantities"]] == [1240, 12.5]


def test_quantities_refuses_a_language_without_a_pack(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Zembla\n"))
    with pytest.raises(SystemExit) as exit_info:
        main(["quantities", "--language", "xx"])
    out, err = capsys.readouterr()
    assert exit_info.value.code == 2 and out == "" and "invalid choice: 'xx'" in err


def test_quantities_on_empty_stdin_writes_nothing(cli, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, _ = cli("quantities")
    assert (code, out) == (0, "")


# --------------------------------------------------------------------------- rules

def test_rules_validate_exits_0(cli):
    code, out, _ = cli("rules", "validate")
    assert code == 0
    assert out.startswith("ok:")


def test_rules_explain_metric_prints_its_keys(cli):
    code, out, _ = cli("rules", "explain", "metric")
    assert code == 0
    for key in ("id:", "name:", "unit:", "terms:", "tolerance:", "drift_band:"):
        assert key in out


def test_rules_explain_without_kind_is_a_usage_error(cli):
    code, _, err = cli("rules", "explain")
    assert code == 2 and err


def bad_pack(tmp_path: Path) -> Path:
    return make_pack(tmp_path, {"metrics/tractors.yaml": "kind: metric\nid: tractors\nname: tractors bought\n"
                                                         "unit: count\nterms: [tractors\nnouns: [tractor]\n"}, "extra")


def test_rules_validate_bad_pack_exits_2_with_file_line_column(cli, tmp_path):
    code, _, err = cli("rules", "validate", "--rules", str(bad_pack(tmp_path)))
    assert code == 2
    match = re.search(r"extra/metrics/tractors\.yaml:(\d+):(\d+)", err)
    assert match, err
    assert int(match.group(1)) in (5, 6)


def test_rules_validate_wrong_type_names_the_field(cli, tmp_path):
    pack = tmp_path / "typed"
    (pack / "metrics").mkdir(parents=True)
    (pack / "metrics" / "ploughs.yaml").write_text(
        "kind: metric\nid: ploughs\nname: ploughs\nunit: count\ntolerance: lots\n", encoding="utf-8")
    code, _, err = cli("rules", "validate", "--rules", str(pack))
    assert code == 2
    assert "typed/metrics/ploughs.yaml:5:" in err and "tolerance" in err


def test_rules_list_lists_the_checks_with_level_and_summary(cli):
    code, out, _ = cli("rules", "list")
    assert code == 0
    assert re.search(r"(?m)^check   value {24}error {10}Sources give different figures for one quantity\.$", out)
    assert re.search(r"(?m)^check   share {24}warning {8}\S", out)


def test_rules_explain_a_check_id(cli):
    code, out, _ = cli("rules", "explain", "event-date")
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == ["check event-date — Sources give different dates for one event.",
                         "  level: error (of its conflicts; drift is one level milder)"]
    assert re.fullmatch(r"  defined in rules/checks\.yaml:\d+", lines[2])
    assert [line.split(":")[0] for line in lines if line.startswith("  ") and not line.startswith("   ")][2:] == [
        "  What it checks", "  Why it matters", "  Example", "  Not flagged"]


FARM = {"metrics/tractors.yaml": "kind: metric\nid: tractors\nname: tractors bought\nunit: count\n"
                                 "nouns: [tractor]\nexamples:\n  - text: Farmers bought 40 tractors.\n"
                                 "    expect: {value: 40}\ncounterexamples:\n  - text: The barn holds 3 cows.\n",
        "entities/places.yaml": "kind: entities\nid: places\nentities:\n  - name: Freedonia\n"
                                "    aliases: [Freedonian]\n"}


def test_rules_explain_a_metric_id_prints_its_file_line_values_and_examples(cli, tmp_path):
    code, out, _ = cli("rules", "explain", "tractors", "--rules", str(make_pack(tmp_path, FARM)))
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == ["metric tractors — tractors bought", "  defined in pack/metrics/tractors.yaml:1",
                         "  unit: count"]
    assert "  nouns: [tractor]" in lines and "  tolerance: 0.05" in lines
    assert lines[-3:] == ['  example (pack/metrics/tractors.yaml:7): "Farmers bought 40 tractors." -> {value: 40}',
                          '  counterexample (pack/metrics/tractors.yaml:10): "The barn holds 3 cows." -> no claim', ""]


def test_rules_explain_an_entity_by_alias(cli, tmp_path):
    code, out, _ = cli("rules", "explain", "freedonian", "--rules", str(make_pack(tmp_path, FARM)))
    assert code == 0
    assert out.splitlines()[:3] == ["entity Freedonia — in entity set places",
                                    "  defined in pack/entities/places.yaml:4", "  type: other"]


def test_rules_explain_unknown_id_suggests_the_nearest(cli, tmp_path):
    code, out, err = cli("rules", "explain", "tractor", "--rules", str(make_pack(tmp_path, FARM)))
    assert (code, out) == (2, "")
    assert err == ("checker: error: no rule kind or rule id 'tractor' (kinds: metric, entities, event, boilerplate, "
                   "checks; `checker rules list` lists the ids); did you mean 'tractors'?\n")


def test_no_command_is_a_usage_error(cli):
    code, _, err = cli()
    assert code == 2 and "usage" in err.lower()


# --------------------------------------------------------------------------- check


@pytest.fixture
def disputed(tmp_path, monkeypatch):
    """Two articles that disagree on one rate, and two that drift on one count."""
    monkeypatch.chdir(tmp_path)
    return write_dated_corpus(tmp_path / "disputed", DISPUTED)


def test_check_json_follows_the_contract(disputed, cli):
    code, out, _ = cli("check", "disputed", "--format", "json")
    assert code == 1
    doc = json.loads(out)
    assert set(doc) >= {"checker", "sources", "claims", "findings", "summary"}
    kinds = [f["kind"] for f in doc["findings"]]
    assert kinds == ["conflict", "drift"]
    ids = {c["id"] for c in doc["claims"]}
    for finding in doc["findings"]:
        assert set(finding) >= {"id", "fingerprint", "kind", "severity", "rule", "metric", "subject", "message", "claims"}
        assert set(finding["claims"]) <= ids
    assert doc["findings"][0]["severity"] == "error" and doc["findings"][1]["severity"] == "warning"
    assert doc["summary"]["conflict"] == 1 and doc["summary"]["drift"] == 1
    assert str(disputed.parent) not in out  # no absolute paths


def test_check_json_is_byte_identical_across_runs(disputed, cli):
    first = cli("check", "disputed", "--format", "json")[1]
    assert cli("check", "disputed", "--format", "json")[1] == first


def test_every_machine_format_carries_the_baselines_versioned_header(disputed, cli, tmp_path):
    cli("baseline", "disputed", "--output", str(tmp_path / "baseline.json"))
    expected = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["checker"]
    assert expected["version"] == __version__ and expected["rules"] and expected["fingerprint"] == FINGERPRINT_SCHEME
    headers = [json.loads(cli(*argv)[1])["checker"] for argv in (
        ("check", "disputed", "--format", "json"), ("claims", "disputed", "--format", "json"),
        ("check", "disputed", "--statistics", "--format", "json"))]
    sarif = json.loads(cli("check", "disputed", "--format", "sarif")[1])["runs"][0]["properties"]["checker"]
    assert [*headers, sarif] == [expected] * 4


def test_check_jsonl_is_one_finding_per_line_with_its_claims_in_full(disputed, cli):
    code, out, _ = cli("check", "disputed", "--format", "jsonl")
    assert code == 1 and out.endswith("\n")
    doc = json.loads(cli("check", "disputed", "--format", "json")[1])
    claims = {c["id"]: c for c in doc["claims"]}
    assert [json.loads(line) for line in out.splitlines()] == [
        finding | {"claims": [claims[i] for i in finding["claims"]]} for finding in doc["findings"]]
    assert [json.loads(line)["kind"] for line in out.splitlines()] == ["conflict", "drift"]
    assert cli("check", "disputed", "--format", "jsonl")[1] == out
    shown = cli("check", "disputed", "--format", "jsonl", "--show", "conflict")[1]
    assert [json.loads(line)["kind"] for line in shown.splitlines()] == ["conflict"]


def test_json_findings_name_the_rule_file_of_their_metric(disputed, cli, tmp_path):
    findings = json.loads(cli("check", "disputed", "--format", "json")[1])["findings"]
    assert [(f["rule"], f["rule_file"]) for f in findings] == [
        ("value", "rules/metrics/homicide_rate.yaml"), ("value", "rules/metrics/deportations.yaml")]
    pack = tmp_path / "extra"
    (pack / "metrics").mkdir(parents=True)
    (pack / "metrics" / "tractors.yaml").write_text(
        "kind: metric\nid: tractors\nname: tractors bought\nunit: count\nterms: [tractors]\nnouns: [tractor]\n",
        encoding="utf-8")
    (disputed / "e.txt").write_text("Honduras bought 40 tractors in 2018.\n", encoding="utf-8")
    (disputed / "f.txt").write_text("In 2018 Honduras bought 55 tractors.\n", encoding="utf-8")
    findings = json.loads(cli("check", "disputed", "--format", "json", "--rules", str(pack))[1])["findings"]
    tractors = next(f for f in findings if f["metric"] == "tractors")
    assert tractors["rule"] == "value" and tractors["rule_file"] == "extra/metrics/tractors.yaml"


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_check_fail_on_sets_the_exit_code(disputed, cli, fail_on, code):
    assert cli("check", "disputed", "--format", "json", "--fail-on", fail_on)[0] == code


def test_check_drift_alone_fails_only_with_fail_on_warning(disputed, cli):
    (disputed / "b.txt").unlink()  # the drift of an error-level check is a warning
    assert cli("check", "disputed", "--format", "json")[0] == 0
    assert cli("check", "disputed", "--format", "json", "--fail-on", "warning")[0] == 1


BAD_INPUT = {"binary.txt": b"\x00\x01\x02\xff binary \x00", "empty.txt": b"  \n",
             "sources.toml": b"[[source]\nfile = "}


@pytest.mark.parametrize("name", sorted(BAD_INPUT))
def test_bad_input_is_reported_with_its_path_and_does_not_change_the_exit_code(disputed, cli, name):
    (disputed / name).write_bytes(BAD_INPUT[name])
    code, out, err = cli("check", "disputed", "--format", "json", "--fail-on", "never")
    assert code == 0
    assert f"disputed/{name}" in err and f"disputed/{name}" in {p["path"] for p in json.loads(out)["problems"]}
    (disputed / "b.txt").unlink()  # the drift is left: a warning, below the default --fail-on error
    assert cli("check", "disputed", "--format", "json")[0] == 0
    assert cli("check", "disputed", "--format", "json", "--fail-on", "warning")[0] == 1
    code, _, err = cli("claims", "disputed", "--format", "json")
    assert code == 0 and f"disputed/{name}" in err


def test_check_fail_on_from_pyproject(disputed, cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.checker]\npaths = ["disputed"]\nfail-on = "never"\n')
    assert cli("check", "--format", "json")[0] == 0


def test_show_lists_fewer_kinds_but_counts_and_fails_on_all(disputed, cli):
    code, out, _ = cli("check", "disputed", "--format", "json", "--show", "conflict", "--fail-on", "warning")
    doc = json.loads(out)
    assert code == 1  # the drift still fails the run
    assert [f["kind"] for f in doc["findings"]] == ["conflict"]
    assert doc["summary"].items() >= {"conflict": 1, "drift": 1, "shown": "conflict", "listed": 1}.items()
    _, terminal, _ = cli("check", "disputed", "--show", "conflict", "--width", "200")
    assert "listing conflicts only (--show conflict)" in terminal and "DRIFT" not in terminal
    _, github, _ = cli("check", "disputed", "--format", "github", "--show", "conflict")
    assert github.count("::error ") == 1 and "::warning " not in github
    _, sarif, _ = cli("check", "disputed", "--format", "sarif", "--show", "conflict")
    assert [r["level"] for r in json.loads(sarif)["runs"][0]["results"]] == ["error"]
    _, markdown, _ = cli("check", "disputed", "--format", "markdown", "--show", "drift")
    assert "listing conflicts and drift only" in markdown
    _, everything, _ = cli("check", "disputed", "--format", "json", "--show", "all")
    assert "shown" not in json.loads(everything)["summary"] and len(json.loads(everything)["findings"]) == 2


def test_show_from_config_and_its_values_checked(disputed, cli, tmp_path):
    (tmp_path / "checker.toml").write_text('paths = ["disputed"]\nshow = "conflict"\n')
    doc = json.loads(cli("check", "--format", "json")[1])
    assert [f["kind"] for f in doc["findings"]] == ["conflict"]
    (tmp_path / "checker.toml").write_text('show = "errors"\n')
    code, _, err = cli("check", "disputed")
    assert code == 2 and "show: expected one of conflict, drift, agreement, all" in err


def test_statistics_count_findings_per_check_and_metric(disputed, cli):
    code, out, _ = cli("check", "disputed", "--statistics")
    lines = out.splitlines()
    assert code == 1  # the exit code is the check's
    assert lines[0].split() == ["check", "metric", "conflicts", "drift", "agreements"]
    assert lines[1].split() == ["value", "homicide_rate", "1", "0", "0"]  # the most conflicting first
    assert lines[-1].split() == ["total", "1", "1", "0"]
    doc = json.loads(cli("check", "disputed", "--statistics", "--format", "json")[1])
    assert {(r["check"], r["metric"], r["conflict"], r["drift"]) for r in doc["statistics"]} == {
        ("value", "homicide_rate", 1, 0), ("value", "deportations", 0, 1)}
    code, _, err = cli("check", "disputed", "--statistics", "--format", "sarif")
    assert code == 2 and "--statistics" in err


def test_config_command_says_where_each_value_comes_from(disputed, cli, tmp_path):
    code, out, _ = cli("config", "--format", "json")
    assert code == 0 and json.loads(out)["file"] is None
    assert json.loads(out)["settings"]["fail-on"] == {"value": "error", "from": "default"}
    (tmp_path / "checker.toml").write_text('paths = ["disputed"]\nfail-on = "warning"\nshow = "conflict"\n')
    settings = json.loads(cli("config", "--format", "json")[1])["settings"]
    assert settings["paths"] == {"value": ["disputed"], "from": "checker.toml"}
    assert settings["fail-on"] == {"value": "warning", "from": "checker.toml"}
    assert settings["cache-dir"] == {"value": ".checker_cache", "from": "default"}
    code, out, _ = cli("config")
    assert code == 0 and out.startswith("configuration: checker.toml")
    assert any(line.split() == ["show", "conflict", "checker.toml"] for line in out.splitlines())


def test_check_config_unknown_key_is_a_usage_error(disputed, cli, tmp_path):
    (tmp_path / "checker.toml").write_text('fail_on = "never"\n')
    code, _, err = cli("check", "disputed")
    assert code == 2 and "unknown key 'fail_on'" in err
    (tmp_path / "checker.toml").write_text('fial-on = "drift"\n')
    code, _, err = cli("check", "disputed")
    assert code == 2 and "unknown key 'fial-on'; did you mean 'fail-on'?" in err


def _severities(cli, *options) -> dict[str, str]:
    doc = json.loads(cli("check", "disputed", "--format", "json", "--no-cache", *options)[1])
    return {f["kind"]: f["severity"] for f in doc["findings"]}


def test_config_checks_table_relevels_checks(disputed, cli, tmp_path):
    assert _severities(cli) == {"conflict": "error", "drift": "warning"}
    (tmp_path / "checker.toml").write_text('[checks]\nvalue = "warning"\n')
    assert _severities(cli) == {"conflict": "warning", "drift": "info"}
    sarif = json.loads(cli("check", "disputed", "--format", "sarif", "--no-cache")[1])["runs"][0]
    assert [r["level"] for r in sarif["results"] if r["ruleId"] == "value"] == ["warning", "note"]
    (tmp_path / "checker.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.checker.checks]\nvalue = "off"\n')
    assert _severities(cli) == {}


def test_config_checks_table_errors_suggest_a_check_or_a_level(disputed, cli, tmp_path):
    (tmp_path / "checker.toml").write_text('[checks]\nvalu = "warning"\n')
    code, _, err = cli("check", "disputed")
    assert code == 2 and "checks: unknown check 'valu'; did you mean 'value'?" in err
    (tmp_path / "checker.toml").write_text('[checks]\nvalue = "warn"\n')
    code, _, err = cli("check", "disputed")
    assert code == 2 and "checks.value: expected one of error, warning, info, off, got 'warn'; did you mean " \
                         "'warning'?" in err
    (tmp_path / "checker.toml").write_text('checks = "value"\n')
    assert cli("check", "disputed")[0] == 2


def test_config_command_shows_check_levels_and_their_origin(disputed, cli, tmp_path):
    (tmp_path / "checker.toml").write_text('[checks]\nshare = "off"\n')
    settings = json.loads(cli("config", "--format", "json")[1])["settings"]
    assert settings["checks.share"] == {"value": "off", "from": "checker.toml"}
    assert settings["checks.value"]["value"] == "error" and settings["checks.value"]["from"].startswith("checker-")
    out = cli("config")[1]
    assert any(line.split() == ["checks.share", "off", "checker.toml"] for line in out.splitlines())


def test_config_option_names_the_file_and_isolated_ignores_them(disputed, cli, tmp_path):
    (tmp_path / "checker.toml").write_text('fail-on = "never"\n')
    assert cli("check", "disputed")[0] == 0
    elsewhere = tmp_path / "ci" / "strict.toml"
    elsewhere.parent.mkdir()
    elsewhere.write_text('fail-on = "warning"\nshow = "conflict"\n')
    code, out, _ = cli("check", "disputed", "--config", str(elsewhere), "--format", "json")
    assert code == 1 and [f["kind"] for f in json.loads(out)["findings"]] == ["conflict"]
    settings = json.loads(cli("config", "--config", str(elsewhere), "--format", "json")[1])["settings"]
    assert settings["fail-on"] == {"value": "warning", "from": "ci/strict.toml"}
    (tmp_path / "checker.toml").write_text('fail-on = "never"\nbogus = 1\n')
    assert cli("check", "disputed", "--isolated")[0] == 1  # neither the bad key nor fail-on applies
    assert cli("config", "--isolated")[1].startswith("configuration: ignored (--isolated)")
    project = tmp_path / "other" / "pyproject.toml"
    project.parent.mkdir()
    project.write_text('[tool.black]\nline-length = 90\n')
    for config, message in ((str(project), "no [tool.checker] table"), ("missing.toml", "no such configuration file")):
        code, _, err = cli("check", "disputed", "--config", config)
        assert code == 2 and message in err
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "disputed", "--config", str(elsewhere), "--isolated"])
    assert exit_info.value.code == 2


def test_quiet_prints_findings_only(disputed, cli, tmp_path):
    _, loud, _ = cli("check", "disputed", "--width", "200")
    code, out, err = cli("check", "disputed", "--width", "200", "-q")
    assert code == 1 and err == ""
    assert "1 conflict · 1 drift" in loud and "corpus disputed" in loud
    assert "CONFLICT" in out and "DRIFT" in out and "murder rate of [38 per 100,000" in out  # the claim's words marked
    assert "1 conflict · 1 drift" not in out and "corpus disputed" not in out
    assert "claims from" not in cli("claims", "disputed", "--quiet")[1]
    code, _, err = cli("baseline", "disputed", "--output", str(tmp_path / "b.json"), "-q")
    assert code == 0 and err == "" and (tmp_path / "b.json").is_file()
    assert "wrote 2 findings" in cli("baseline", "disputed", "--output", str(tmp_path / "b.json"))[2]
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "disputed", "-q", "-v"])
    assert exit_info.value.code == 2


def test_verbose_says_which_configuration_rules_and_cache(disputed, cli, tmp_path):
    (tmp_path / "checker.toml").write_text('[checks]\nshare = "off"\n')
    code, out, err = cli("check", "disputed", "--format", "json", "-v")
    assert code == 1 and json.loads(out)["findings"]
    assert "checker: configuration: checker.toml" in err
    assert re.search(r"checker: rules: checker-default@[\d.]+ \(\d+ files\)", err)
    assert "checker: check levels from checker.toml: share = off" in err
    assert re.search(r"cache \S+claims.sqlite3: 0 of 4 sources, 0 of \d+ blocks from it", err)
    err = cli("check", "disputed", "--format", "json", "-v")[2]
    assert re.search(r"cache \S+claims.sqlite3: 4 of 4 sources, (\d+) of \1 blocks from it", err)
    assert "checker: rules:" not in cli("check", "disputed", "--format", "json")[2]  # notes only with -v


def test_check_terminal_shows_conflicts_first_with_both_sentences(disputed, cli):
    code, out, _ = cli("check", "disputed", "--width", "140")
    assert code == 1
    assert "1 conflict · 1 drift · 0 agreements" in out
    assert out.index("CONFLICT") < out.index("DRIFT")
    assert "disputed/a.txt:1" in out and "disputed/b.txt:1" in out
    assert "murder rate of [38 per 100,000" in out and "was [52 per 100,000" in out  # the claims' words marked


def test_check_bad_rule_pack_exits_2(disputed, cli, tmp_path):
    code, _, err = cli("check", "disputed", "--rules", str(bad_pack(tmp_path)))
    assert code == 2 and re.search(r"\.yaml:\d+:\d+: ", err)


def test_check_without_a_terminal_shows_no_progress_bar(disputed, cli):
    _, _, err = cli("check", "disputed", "--format", "json")
    assert "reading sources" not in err


def test_check_format_choices_are_the_registered_formats(capsys):
    from checker.report import CHECK_FORMATS

    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--format", "nope"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert "choose from " + ", ".join(repr(name) for name in CHECK_FORMATS) in err
    assert {"terminal", "json", "markdown", "github", "sarif"} <= set(CHECK_FORMATS)


@pytest.mark.parametrize("fmt", ["json", "markdown", "github", "sarif"])
def test_reports_are_written_atomically(report_corpus, cli, monkeypatch, fmt):
    """--output goes through one temporary file and a rename: a failed rename leaves the old report
    whole and no temporary file behind. The folder is created as needed."""
    target = report_corpus.parent / "out" / f"report.{fmt}"
    code, out, _ = cli("check", "corpus", "--format", fmt, "--output", str(target))
    assert code == 1 and out == ""  # the conflict still fails the run; the report went to the file
    assert target.read_text(encoding="utf-8") == cli("check", "corpus", "--format", fmt)[1]
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError("disk full")))
    before = target.read_text(encoding="utf-8")
    assert cli("check", "corpus", "--format", fmt, "--output", str(target))[0] == 2
    assert target.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


# --------------------------------------------------------------------------- terminal width and colour

class _Terminal(io.StringIO):
    """Stdout as a terminal."""

    def isatty(self) -> bool:
        return True


def terminal_report(monkeypatch, *argv: str, env: dict, tty: bool = False) -> str:
    """`checker check ARGV` on stdout with ``env`` set, on a 150-column terminal when ``tty``."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = _Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)

    def terminal_size(fd: int = 1) -> os.terminal_size:
        if not tty:
            raise OSError("not a terminal")
        return os.terminal_size((150, 40))

    monkeypatch.setattr(os, "get_terminal_size", terminal_size)
    main(["check", *argv])
    return out.getvalue()


def widest(report: str) -> int:
    return max(len(line) for line in re.sub(r"\x1b\[[0-9;]*m", "", report).splitlines())


@pytest.mark.parametrize("env, tty, coloured", [
    ({}, False, False), ({}, True, True),
    ({"FORCE_COLOR": "1"}, False, True), ({"TTY_COMPATIBLE": "1"}, False, True),
    ({"NO_COLOR": "1"}, True, False), ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False),
    ({"TTY_COMPATIBLE": "0"}, True, False), ({"TERM": "dumb"}, True, False),
])
def test_colour_follows_the_terminal_and_the_environment(disputed, monkeypatch, env, tty, coloured):
    assert ("\x1b[" in terminal_report(monkeypatch, "disputed", env=env, tty=tty)) is coloured


def test_colour_never_goes_into_an_output_file(disputed, monkeypatch, tmp_path):
    terminal_report(monkeypatch, "disputed", "--output", str(tmp_path / "report.txt"), env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in (tmp_path / "report.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("argv, env, tty, width", [
    ((), {}, True, 150),                            # the terminal's
    ((), {"COLUMNS": "60"}, True, 60),              # COLUMNS beats the terminal
    ((), {"COLUMNS": "60"}, False, 60),             # and applies to a pipe
    ((), {}, False, 120),                           # a pipe: the report's own default
    (("--width", "100"), {"COLUMNS": "60"}, True, 100),  # --width beats both
])
def test_width_follows_width_then_columns_then_the_terminal(disputed, monkeypatch, argv, env, tty, width):
    assert widest(terminal_report(monkeypatch, "disputed", *argv, env=env, tty=tty)) == width


def test_colour_and_width_from_the_environment_in_a_real_run(disputed):
    """`FORCE_COLOR=1 COLUMNS=60 checker check disputed | cat`."""
    done = subprocess.run([sys.executable, "-m", "checker", "check", "disputed", "--no-cache"], cwd=disputed.parent,
                          env=os.environ | {"FORCE_COLOR": "1", "COLUMNS": "60"}, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    assert "\x1b[" in done.stdout and widest(done.stdout) == 60


# --------------------------------------------------------------------------- a reader that closes the pipe

def run_with_stdout_closed(cwd: Path, *argv: str, stdin=subprocess.DEVNULL, unbuffered=False) -> tuple[int, str]:
    """`checker ARGV | true`: a subprocess whose reader has closed stdout before anything is
    written. Buffered (the default), the closed pipe shows when stdout is flushed; unbuffered, at
    the first write. Returns (exit code, stderr)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    env |= {"PYTHONUNBUFFERED": "1"} if unbuffered else {}
    proc = subprocess.Popen([sys.executable, "-m", "checker", *argv], cwd=cwd, stdin=stdin, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.close()
    err = proc.stderr.read()
    return proc.wait(timeout=120), err


@pytest.mark.parametrize("unbuffered", [False, True])
@pytest.mark.parametrize("fmt", ["json", "terminal"])
@pytest.mark.parametrize("fail_on, code", [("error", 1), ("never", 0)])
def test_a_closed_pipe_keeps_the_verdict_of_the_run(disputed, fmt, fail_on, code, unbuffered):
    returncode, err = run_with_stdout_closed(disputed.parent, "check", "disputed", "--format", fmt,
                                             "--fail-on", fail_on, "--no-cache", unbuffered=unbuffered)
    assert returncode == code, err
    assert "BrokenPipeError" not in err and "Exception ignored" not in err


def test_a_closed_pipe_before_the_work_is_done_never_exits_0(tmp_path):
    lines = tmp_path / "lines.txt"
    lines.write_text("The navy of Sylvania has 14 ships.\n" * 2000, encoding="utf-8")
    with lines.open(encoding="utf-8") as stdin:
        returncode, err = run_with_stdout_closed(tmp_path, "quantities", stdin=stdin)
    assert returncode == 2, err  # most lines were never answered
    assert "BrokenPipeError" not in err and "Exception ignored" not in err
