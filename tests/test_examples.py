"""`checker rules test`: rule examples run through the real extraction (checker.examples)."""
from __future__ import annotations

from conftest import make_pack

TRACTORS = """\
kind: metric
id: tractors
name: tractors bought
unit: count
terms: [tractors bought]
nouns: [tractor]
examples:
  - text: Freedonia bought 40 tractors in 2018.
    expect: {value: 40, unit: count, start: 2018-01-01, end: 2018-12-31}
  - text: Freedonia bought 40 tractors in 2018.
    expect: {value: 41}
  - text: The harbour holds 12 ships.
    expect: {}
counterexamples:
  - text: The harbour holds 12 ships.
  - text: Farmers sold 7 tractors.
"""
PLACES = """\
kind: entities
id: places
entities:
  - {name: Freedonia, type: country, aliases: [Freedonian]}
  - {name: Sylvania, type: country}
examples:
  - text: Freedonian farmers bought 40 tractors.
    expect: {subject: [Freedonia]}
  - text: Freedonia bought 40 tractors in 2018.
    expect: {subject: [Sylvania]}
"""
HARVEST = """\
kind: event
id: harvest_ended
name: harvest ended
objects: [harvest]
verbs: [ended]
granularity: month
examples:
  - text: The harvest ended in October 2018.
    expect: {start: 2018-10-01, end: 2018-10-31}
  - text: The harvest ended in October 2018.
    expect: {start: 2019-10-01}
counterexamples:
  - text: The harvest was large.
"""


def test_default_pack_examples_pass(cli):
    code, out, err = cli("rules", "test")
    assert code == 0, out + err
    assert out.startswith("ok: ") and "examples passed (checker-default@" in out


def test_each_failing_example_is_reported_with_its_file_and_line(cli, tmp_path):
    extra = make_pack(tmp_path, {"metrics/tractors.yaml": TRACTORS, "entities/places.yaml": PLACES,
                                 "events/harvest_ended.yaml": HARVEST}, "extra")
    code, out, _ = cli("rules", "test", str(extra))
    assert code == 1
    ours = [line for line in out.splitlines() if line.startswith("extra/")]
    assert ours == [
        'extra/metrics/tractors.yaml:10: metric tractors: "Freedonia bought 40 tractors in 2018.": '
        "expected value 41; got tractors: value 40",
        'extra/metrics/tractors.yaml:12: metric tractors: "The harbour holds 12 ships.": '
        "yields no metric tractors claim; it yields ship: value 12, unit count",
        'extra/metrics/tractors.yaml:16: metric tractors: "Farmers sold 7 tractors.": '
        "must yield no metric tractors claim; yields tractors: value 7, unit count",
        'extra/events/harvest_ended.yaml:10: event harvest_ended: "The harvest ended in October 2018.": '
        "expected start 2019-10-01; got harvest_ended: start 2018-10-01",
        'extra/entities/places.yaml:9: entities places: "Freedonia bought 40 tractors in 2018.": '
        "expected subject [Sylvania]; got tractors: subject [Freedonia]",
    ]
    assert out.splitlines()[-1].startswith("5 of ")
    assert out.splitlines()[-1].endswith(" examples failed (checker-default+extra@0.1.0+unversioned)")


def test_a_pack_whose_examples_pass_exits_0(cli, tmp_path):
    passing = "".join(TRACTORS.splitlines(keepends=True)[:9])
    code, out, _ = cli("rules", "test", "--rules", str(make_pack(tmp_path, {"metrics/tractors.yaml": passing})))
    assert code == 0 and out.startswith("ok: ")


def test_validate_checks_the_examples_shape(cli, tmp_path):
    misspelt = TRACTORS.replace("{value: 41}", "{valeu: 41}")
    code, out, err = cli("rules", "validate", str(make_pack(tmp_path, {"metrics/tractors.yaml": misspelt})))
    assert (code, out) == (2, "")
    assert err.startswith("checker: error: pack/metrics/tractors.yaml:11:14: valeu: unknown key; "
                          "did you mean 'value'?\n")


def test_a_bad_example_date_stops_rules_test_with_exit_2(cli, tmp_path):
    bad = TRACTORS.replace("start: 2018-01-01", "start: March 2018")
    code, out, err = cli("rules", "test", str(make_pack(tmp_path, {"metrics/tractors.yaml": bad})))
    assert (code, out) == (2, "")
    assert err.startswith("checker: error: pack/metrics/tractors.yaml:9:45: start: expected a date like "
                          "'2019-01-01', got 'March 2018'\n")
