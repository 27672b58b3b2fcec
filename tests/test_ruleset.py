"""Rule loading: layering, self-documentation, and the exact text of every kind of rule error."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from conftest import make_pack

from checker import ruleset, yamlnodes
from checker.errors import CheckerError, RuleError
from checker.ruleset import KINDS, default_pack, explain, load_rules

FIXTURES = Path(__file__).parent / "rules_fixtures"
GOOD = FIXTURES / "good"


def error_of(*packs: Path) -> RuleError:
    with pytest.raises(RuleError) as info:
        load_rules(list(packs))
    return info.value


# -- a good pack ---------------------------------------------------------------------------------


def test_good_pack_loads_every_kind():
    rules = load_rules([GOOD])
    assert list(rules.metrics) == ["aid", "homicide_rate"]
    rate = rules.metrics["homicide_rate"]
    assert (rate.unit, rate.tolerance, rate.drift_band, rate.granularity) == ("per 100000", 0.02, 0.1, "year")
    assert rate.terms == ("homicide rate", "murder rate")
    assert rate.examples[0].expect.given() == {"value": 40, "unit": "per 100000"}
    assert rate.examples[0].where == "good/metrics/homicide_rate.yaml:12"
    aid = rules.metrics["aid"]
    assert (aid.description, aid.tolerance, aid.granularity, aid.cumulative) == ("", 0.05, "year", False)
    assert aid.origin == ("good/metrics/aid.yaml",)
    assert list(rules.entity_sets) == ["countries", "gangs"]
    assert rules.entity_sets["gangs"].match == "fuzzy" and rules.entity_sets["gangs"].threshold == 85
    assert [e.name for e in rules.entities] == ["El Salvador", "Central America", "Mara Salvatrucha",
                                                "Barrio 18"]
    assert rules.entities[1].type == "region" and rules.entities[1].aliases == ()
    assert rules.events["truce_reached"].granularity == "month"
    assert rules.events["truce_ended"].granularity == "day"
    assert rules.boilerplate.paragraph_markers == ("(?i)^related( stories)?:?$", r"^SEE ALSO\b")
    assert rules.boilerplate.tail_markers == ("(?i)^please (consider )?donat",)
    # YAML 1.1 reads a bare `off` as false; a severity keeps the word.
    assert rules.checks == {"share-check": "off", "value-conflict": "error", "value-drift": "warning"}
    assert (rules.pack_name, rules.pack_version) == ("fixture-good", "1.2.0")
    assert [p.relative_to(GOOD.resolve()).as_posix() for p in rules.files] == [
        "pack.toml", "boilerplate.yaml", "checks.yaml", "entities/countries.yaml", "entities/gangs.yaml",
        "events/truce_ended.yaml", "events/truce_reached.yaml", "metrics/aid.yaml",
        "metrics/homicide_rate.yaml"]


def test_alias_index_maps_lowercased_names_and_aliases():
    index = load_rules([GOOD]).alias_index()
    assert index["ms-13"] == index["ms13"] == index["mara salvatrucha"] == "Mara Salvatrucha"
    assert index["salvadoran"] == "El Salvador"
    assert "MS-13" not in index


def test_digest_is_stable_and_tracks_content_and_order(tmp_path):
    first, again = load_rules([GOOD]), load_rules([GOOD])
    assert re.fullmatch(r"[0-9a-f]{64}", first.digest) and first.digest == again.digest
    extra = make_pack(tmp_path, {"metrics/remittances.yaml":
                                 "kind: metric\nid: remittances\nname: remittances\nunit: USD\n"
                                 "terms: [remittances]\n"})
    layered = load_rules([GOOD, extra])
    assert layered.digest != first.digest
    (extra / "metrics" / "remittances.yaml").write_text(
        "kind: metric\nid: remittances\nname: remittances\nunit: USD\nterms: [remittances, money sent home]\n")
    assert load_rules([GOOD, extra]).digest != layered.digest
    assert load_rules([extra, GOOD]).digest != load_rules([GOOD, extra]).digest


def test_pack_without_pack_toml_is_named_after_its_folder(tmp_path):
    pack = make_pack(tmp_path, {"checks.yaml": "kind: checks\nextends: checks\nchecks: {value-drift: error}\n"},
                     name="newsroom")
    rules = load_rules([GOOD, pack])
    assert (rules.pack_name, rules.pack_version) == ("fixture-good+newsroom", "1.2.0+unversioned")


# -- layering ------------------------------------------------------------------------------------


def test_extends_appends_aliases_and_terms():
    rules = load_rules([GOOD, FIXTURES / "extends"])
    gangs = rules.entity_sets["gangs"]
    assert [e.name for e in gangs.entities] == ["Mara Salvatrucha", "Barrio 18", "Mara 18"]
    assert gangs.entities[0].aliases == ("MS-13", "MS13", "Mara", "MS 13")
    assert (gangs.match, gangs.threshold) == ("fuzzy", 85)  # untouched by the extension
    assert gangs.origin == ("good/entities/gangs.yaml", "extends/entities/gangs.yaml")
    assert rules.alias_index()["mara"] == "Mara Salvatrucha"
    assert rules.alias_index()["mara 18"] == "Mara 18"
    # duplicates are dropped, order kept
    assert rules.metrics["homicide_rate"].terms == ("homicide rate", "murder rate", "killing rate")
    assert (rules.pack_name, rules.pack_version) == ("fixture-good+fixture-newsroom", "1.2.0+0.3")


def test_checks_extension_adds_and_relevels(tmp_path):
    pack = make_pack(tmp_path, {"checks.yaml":
                                "kind: checks\nextends: checks\nchecks:\n  value-drift: error\n  rate-check: info\n"})
    assert load_rules([GOOD, pack]).checks == {
        "rate-check": "info", "share-check": "off", "value-conflict": "error", "value-drift": "error"}


def test_default_pack_documents_every_check():
    from checker.checks import CHECKS

    docs = load_rules([default_pack()]).check_docs
    assert sorted(docs) == sorted(CHECKS)
    assert all(doc.summary and doc.what and doc.tags for doc in docs.values())


def test_check_descriptions_are_added_or_replaced_by_extension(tmp_path):
    base = make_pack(tmp_path, {"checks.yaml": "kind: checks\nid: checks\nchecks: {value: error}\n"
                                "descriptions:\n  value: {summary: Old., what: Compares figures.}\n"}, name="base")
    extra = make_pack(tmp_path, {"checks.yaml": "kind: checks\nextends: checks\n"
                                 "descriptions:\n  value: {summary: New., what: Compares figures., tags: [quantity]}\n"})
    assert load_rules([base]).check_docs["value"].summary == "Old."
    assert load_rules([base, extra]).check_docs["value"] == ruleset.CheckDoc(
        summary="New.", what="Compares figures.", tags=("quantity",))


def test_check_description_unknown_key_names_its_line(tmp_path):
    pack = make_pack(tmp_path, {"checks.yaml": "kind: checks\nid: checks\nchecks: {value: error}\n"
                                "descriptions:\n  value:\n    what: B.\n    sumary: A.\n"})
    assert str(error_of(pack)) == "pack/checks.yaml:7:5: sumary: unknown key; did you mean 'summary'?"


def test_extension_within_one_pack_loads_after_definitions(tmp_path):
    pack = make_pack(tmp_path, {
        "a_extra/aid.yaml": "kind: metric\nextends: aid\nterms: [relief]\n",
        "metrics/aid.yaml": "kind: metric\nid: aid\nname: aid\nunit: USD\nterms: [aid]\n",
    })
    assert load_rules([pack]).metrics["aid"].terms == ("aid", "relief")


# -- errors from the fixture packs ---------------------------------------------------------------


@pytest.mark.parametrize("packs, message", [
    pytest.param(["bad_yaml"], "bad_yaml/metrics/aid.yaml:6:6: invalid YAML: expected ',' or ']', but got ':'",
                 id="bad-yaml"),
    pytest.param(["unknown_key"],
                 "unknown_key/metrics/aid.yaml:6:1: tolerence: unknown key; did you mean 'tolerance'?",
                 id="unknown-key"),
    pytest.param(["wrong_type"], "wrong_type/metrics/aid.yaml:7:13: drift_band: expected a number, got 'ten'",
                 id="wrong-type"),
    pytest.param(["bad_enum"], "bad_enum/metrics/aid.yaml:6:14: granularity: expected one of year, quarter, "
                 "month, week, day, got 'yaer'; did you mean 'year'?", id="bad-enum"),
    pytest.param(["stem_mismatch"], "stem_mismatch/metrics/aid.yaml:2:5: id: 'aid_total' does not match the "
                 "file name 'aid.yaml' (a rule file is named after its id: aid_total.yaml)", id="stem-mismatch"),
    pytest.param(["good", "duplicate_id"], "duplicate_id/metrics/homicide_rate.yaml:2:5: id: metric "
                 "'homicide_rate' is already defined in good/metrics/homicide_rate.yaml; use extends: "
                 "homicide_rate to add to it", id="duplicate-id"),
    pytest.param(["bad_regex"], "bad_regex/boilerplate.yaml:5:5: paragraph_markers: invalid regular "
                 "expression '^(SEE ALSO': missing ), unterminated subpattern at position 1", id="bad-regex"),
    pytest.param(["unknown_event"], "unknown_event/events/truce_ended.yaml:6:11: related: unknown event id "
                 "'truce_reachd'", id="unknown-event"),
])
def test_fixture_errors(packs, message):
    error = error_of(*(FIXTURES / p for p in packs))
    assert str(error) == message


def test_error_carries_fields_and_context():
    error = error_of(FIXTURES / "wrong_type")
    assert (error.path, error.line, error.column, error.field) == ("wrong_type/metrics/aid.yaml", 7, 13,
                                                                    "drift_band")
    assert error.problem == "expected a number, got 'ten'"
    assert error.context == ("  6 | tolerance: 0.05\n"
                             "> 7 | drift_band: ten\n"
                             "    |             ^")


def test_unknown_event_suggests_a_loaded_id(tmp_path):
    pack = make_pack(tmp_path, {"events/truce_broken.yaml":
                                "kind: event\nid: truce_broken\nname: truce broken\nobjects: [truce]\n"
                                "verbs: [broke]\nsame_as: [truce_endd]\n"})
    assert str(error_of(GOOD, pack)) == ("pack/events/truce_broken.yaml:6:11: same_as: unknown event id "
                                         "'truce_endd'; did you mean 'truce_ended'?")


def test_a_rate_of_an_unknown_metric_is_an_error(tmp_path):
    pack = make_pack(tmp_path, {"metrics/theft_rate.yaml":
                                "kind: metric\nid: theft_rate\nname: theft rate\nunit: per 100000\n"
                                "terms: [theft rate]\nrate_of: homicidez\n"})
    assert str(error_of(GOOD, pack)).startswith("pack/metrics/theft_rate.yaml:6:10: rate_of: unknown metric id "
                                                "'homicidez'")


# -- errors from packs written inline ------------------------------------------------------------

METRIC = "kind: metric\nid: aid\nname: aid\nunit: USD\n"


@pytest.mark.parametrize("files, message", [
    pytest.param({"metrics/aid.yaml": "kind: metric\nid: aid\nunit: USD\nterms: [aid]\n"},
                 "pack/metrics/aid.yaml:1:1: name: required key missing", id="missing-key"),
    pytest.param({"metrics/aid.yaml": METRIC},
                 "pack/metrics/aid.yaml:1:1: terms: a metric needs at least one of terms or nouns",
                 id="no-terms-or-nouns"),
    pytest.param({"metrics/aid.yaml": METRIC + "terms: []\n"},
                 "pack/metrics/aid.yaml:5:8: terms: a metric needs at least one of terms or nouns",
                 id="empty-terms"),
    pytest.param({"metrics/aid.yaml": METRIC + "terms: aid\n"},
                 "pack/metrics/aid.yaml:5:8: terms: expected a list of strings, got 'aid'; write [aid] "
                 "for a one-item list", id="scalar-for-list"),
    pytest.param({"metrics/aid.yaml": METRIC + "terms: [aid]\ntolerance: 1.5\n"},
                 "pack/metrics/aid.yaml:6:12: tolerance: expected a number from 0 to 1, got 1.5", id="range"),
    pytest.param({"metrics/aid.yaml": METRIC + "terms: [aid]\ncumulative: maybe\n"},
                 "pack/metrics/aid.yaml:6:13: cumulative: expected true or false, got 'maybe'", id="bool"),
    pytest.param({"metrics/aid.yaml": METRIC + "terms: [aid]\nname: relief\n"},
                 "pack/metrics/aid.yaml:6:1: name: duplicate key (first given on line 3)", id="duplicate-key"),
    pytest.param({"metrics/aid.yaml": "id: aid\nkind: metric\n"},
                 "pack/metrics/aid.yaml:1:1: kind: the first key must be kind: (one of metric, entities, "
                 "event, boilerplate, checks)", id="kind-not-first"),
    pytest.param({"metrics/aid.yaml": "kind: metrics\nid: aid\n"},
                 "pack/metrics/aid.yaml:1:7: kind: expected one of metric, entities, event, boilerplate, "
                 "checks, got 'metrics'; did you mean 'metric'?", id="unknown-kind"),
    pytest.param({"metrics/aid.yaml": "# nothing yet\n"},
                 "pack/metrics/aid.yaml: empty rule file; it must start with kind:", id="empty-file"),
    pytest.param({"metrics/aid.yaml": "- kind: metric\n"},
                 "pack/metrics/aid.yaml:1:1: expected a mapping, got a list", id="not-a-mapping"),
    pytest.param({"metrics/Aid.yaml": METRIC.replace("id: aid", "id: Aid") + "terms: [aid]\n"},
                 "pack/metrics/Aid.yaml:2:5: id: expected a snake_case id like 'homicide_rate', got 'Aid'",
                 id="id-not-snake-case"),
    pytest.param({"metrics/aid.yaml": METRIC + "examples:\n  - text: Aid reached $5 million.\n"},
                 "pack/metrics/aid.yaml:6:5: expect: required key missing", id="example-without-expect"),
    pytest.param({"entities/people.yaml": "kind: entities\nid: people\nentities:\n  - name: A\n    typ: person\n"},
                 "pack/entities/people.yaml:5:5: typ: unknown key; did you mean 'type'?", id="nested-unknown-key"),
    pytest.param({"entities/people.yaml": "kind: entities\nid: people\nthreshold: 95.5\nentities: []\n"},
                 "pack/entities/people.yaml:3:12: threshold: expected a whole number, got '95.5'", id="whole-number"),
    pytest.param({"entities/places.yaml": "kind: entities\nid: places\nentities:\n  - name: Georgia\n"
                  "    type: country\n  - name: Georgia Avenue\n    aliases: [georgia]\n"},
                 "pack/entities/places.yaml:7:15: aliases: 'georgia' already names 'Georgia' "
                 "(in pack/entities/places.yaml)", id="alias-conflict"),
    pytest.param({"entities/a.yaml": "kind: entities\nid: a\nentities:\n  - name: Honduras\n",
                  "entities/b.yaml": "kind: entities\nid: b\nentities:\n  - name: Honduras\n"},
                 "pack/entities/b.yaml:4:11: name: entity 'Honduras' is already defined in entity set 'a'; "
                 "use extends: a to add aliases to it", id="entity-in-two-sets"),
    pytest.param({"checks.yaml": "kind: checks\nid: checks\nchecks:\n  value_conflict: error\n"},
                 "pack/checks.yaml:4:3: checks: expected a kebab-case check id like 'value-conflict', "
                 "got 'value_conflict'", id="check-id-not-kebab"),
    pytest.param({"checks.yaml": "kind: checks\nid: checks\nchecks:\n  value-conflict: fatal\n"},
                 "pack/checks.yaml:4:19: value-conflict: expected one of error, warning, info, off, got 'fatal'",
                 id="bad-severity"),
    pytest.param({"severity.yaml": "kind: checks\nid: severity\nchecks: {}\n"},
                 "pack/severity.yaml:2:5: id: expected one of checks, got 'severity'", id="checks-id"),
    pytest.param({"metrics/aid.yaml": "kind: metric\nextends: aid\nterms: [relief]\n"},
                 "pack/metrics/aid.yaml:2:10: extends: no metric 'aid' in this or an earlier pack",
                 id="extends-unknown"),
    pytest.param({"boilerplate.yaml": "kind: boilerplate\nid: boilerplate\nparagraph_markers: [x]\n"},
                 "pack/boilerplate.yaml:1:1: tail_markers: required key missing", id="boilerplate-missing"),
    pytest.param({"pack.toml": 'name = "p"\nversoin = "1"\n'},
                 "pack/pack.toml:2:1: versoin: unknown key; did you mean 'version'?", id="pack-toml-key"),
    pytest.param({"pack.toml": 'name = "p"\nversion = "one"\n'},
                 "pack/pack.toml:2:1: version: expected a version like '0.1.0', got 'one'", id="pack-toml-version"),
    pytest.param({"pack.toml": 'name = "p"\nversion = 1\n'},
                 "pack/pack.toml:2:1: version: expected a non-empty string, got 1", id="pack-toml-type"),
    pytest.param({"pack.toml": 'name = "p\n'},
                 "pack/pack.toml:1:10: invalid TOML: Illegal character '\\n'", id="pack-toml-syntax"),
])
def test_inline_errors(tmp_path, files, message):
    assert str(error_of(make_pack(tmp_path, files))) == message


@pytest.mark.parametrize("text, message", [
    pytest.param("kind: metric\nextends: homicide_rate\ntolerance: 0.5\n",
                 "pack/metrics/homicide_rate.yaml:3:1: tolerance: extends can only add to terms, nouns, "
                 "verbs, settings, exclude, subgroups, recipient_nouns, fiscal_years, examples, counterexamples; 'tolerance' stays as the extended rule defines it",
                 id="extends-scalar"),
    pytest.param("kind: metric\nextends: homicide_rate\nterm: [x]\n",
                 "pack/metrics/homicide_rate.yaml:3:1: term: unknown key; did you mean 'terms'?",
                 id="extends-unknown-key"),
    pytest.param("kind: metric\nid: homicide\nextends: homicide_rate\nterms: [x]\n",
                 "pack/metrics/homicide_rate.yaml:2:5: id: an extending file's id must be its extends: "
                 "'homicide_rate'", id="extends-id-mismatch"),
])
def test_extension_errors(tmp_path, text, message):
    pack = make_pack(tmp_path, {"metrics/homicide_rate.yaml": text})
    assert str(error_of(GOOD, pack)) == message


def test_extension_file_is_named_after_its_target(tmp_path):
    pack = make_pack(tmp_path, {"metrics/murders.yaml": "kind: metric\nextends: homicide_rate\nterms: [x]\n"})
    assert str(error_of(GOOD, pack)) == (
        "pack/metrics/murders.yaml:2:10: extends: 'homicide_rate' does not match the file name 'murders.yaml' "
        "(a rule file is named after its id: homicide_rate.yaml)")


def test_min_checker_is_enforced(tmp_path, monkeypatch):
    monkeypatch.setattr(ruleset, "_checker_version", lambda: "0.1.0")
    pack = make_pack(tmp_path, {"pack.toml": 'name = "p"\nversion = "1.0"\nmin_checker = "0.2"\n'})
    assert str(error_of(pack)) == ("pack/pack.toml:3:1: min_checker: this pack needs checker 0.2 or newer; "
                                   "this is checker 0.1.0")


def test_missing_pack_folder(tmp_path):
    assert str(error_of(tmp_path / "nowhere")) == f"{tmp_path / 'nowhere'}: no such rule pack folder"


# -- the shipped pack and the documentation ------------------------------------------------------


def test_default_pack_loads():
    rules = load_rules([default_pack()])
    assert default_pack() == Path(ruleset.__file__).resolve().parent.parent / "rules"
    assert (rules.pack_name, rules.pack_version) == ("checker-default", "0.1.0")
    assert rules.checks == {
        "daily-average": "warning", "event-date": "error", "parts-whole": "warning", "running-total": "error",
        "share": "warning", "value": "error"}
    for metric_id, metric in rules.metrics.items():
        assert metric.origin == (f"rules/metrics/{metric_id}.yaml",)


def test_explain_lists_every_field_with_default():
    text = explain("metric")
    assert text.startswith("kind: metric — One quantity that articles report")
    for fl in dataclasses.fields(ruleset.Metric):
        if "doc" in fl.metadata:
            assert re.search(rf"(?m)^  {fl.name}: ", text), fl.name
    for fl in dataclasses.fields(ruleset.Example):
        if "doc" in fl.metadata:
            assert re.search(rf"(?m)^      {fl.name}: ", text), fl.name
    assert "  tolerance: number 0..1 = 0.05\n" in text
    assert "  granularity: year | quarter | month | week | day = year\n" in text
    assert "  name: string (required)\n" in text
    assert "relative gap between the figures as stated still reported as drift rather than conflict" in text


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_explains_and_is_in_the_readme(kind):
    text = explain(kind)
    readme = (Path(ruleset.__file__).resolve().parent.parent / "rules" / "README.md").read_text()
    assert f"kind: {kind} " in readme
    for fl in (fl for fl in dataclasses.fields(KINDS[kind][0]) if "doc" in fl.metadata):
        assert f"  {fl.name}: " in text
        assert re.search(rf"(?m)^ +{fl.name} ", readme), fl.name
        assert fl.metadata["doc"] and "\n" not in fl.metadata["doc"]


def test_explain_unknown_kind():
    with pytest.raises(CheckerError, match="did you mean 'metric'"):
        explain("metrics")


def test_non_utf8_rule_file(tmp_path):
    pack = make_pack(tmp_path, {})
    (pack / "metrics").mkdir()
    (pack / "metrics" / "aid.yaml").write_bytes(b"kind: metric\nname: ayuda \xf1\n")
    assert str(error_of(pack)) == "pack/metrics/aid.yaml:2:13: not UTF-8 text (byte 0xf1)"


@pytest.mark.parametrize("pack", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) + ["default"])
def test_libyaml_and_pure_python_read_rules_alike(pack, monkeypatch):
    """Rule files compose with libyaml when PyYAML has it; without it (or for a file libyaml
    rejects) the pure-Python composer gives the same rules, and the same file:line:col errors."""
    def outcome():
        try:
            return load_rules([default_pack() if pack == "default" else FIXTURES / pack])
        except RuleError as exc:
            return str(exc), exc.context

    fast = outcome()
    monkeypatch.setattr(yamlnodes, "_C_LOADER", None)
    assert outcome() == fast
