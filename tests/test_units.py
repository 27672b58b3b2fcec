"""Canonical units of claims (DESIGN.md "Canonical units"), tested through checker.claims on
documents built in the test: the conversion itself is private to the claim stage."""
from __future__ import annotations

import math

import pytest

from checker.claims import document_claims
from checker.model import Document, Source
from checker.ruleset import default_pack, load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules([default_pack()])


def claims_of(text: str, rules, published: str | None = "2020-06-30"):
    doc = Document(Source(path="freedonia.txt", published=published,
                          published_from="metadata" if published else None), text)
    _, claims, _ = document_claims(doc, rules)
    return [c for c in claims if c.kind == "quantity"]


def only(text: str, rules):
    found = claims_of(text, rules)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


CASES = [
    pytest.param("Pilgrims walk a 125-mile route to the shrine.", 201.168, "kilometer", id="miles-to-km"),
    pytest.param("The old wall is 2,400 meters long.", 2.4, "kilometer", id="meters-to-km"),
    pytest.param("The royal canal is 30 km long.", 30, "kilometer", id="km-stays-km"),
    pytest.param("The duchy borrowed $48 million for the dam.", 48_000_000, "USD", id="dollars-scaled"),
    pytest.param("Rent for a flat is $300 a month.", 300, "USD / month", id="dollars-per-month"),
    pytest.param("Each soldier earns $9,000 a year.", 9000, "USD / year", id="dollars-per-year"),
    pytest.param("Turnout reached 64 percent.", 64, "percent", id="percent-word"),
    pytest.param("Turnout reached 64 per cent.", 64, "percent", id="per-cent"),
    pytest.param("Turnout reached 64%.", 64, "percent", id="percent-sign"),
    pytest.param("The murder rate was 105 per 100,000 people.", 105, "per 100000", id="per-100000"),
    pytest.param("The rate was 2 per 1,000 residents.", 200, "per 100000", id="per-1000-rescaled"),
    pytest.param("The talks lasted three days.", 3, "day", id="three-days"),
    pytest.param("The siege lasted two weeks.", 14, "day", id="weeks-to-days"),
    pytest.param("The express reached 87 mph.", 87 * 1.609344, "kilometer / hour", id="mph-to-kmh"),
    pytest.param("The lake covers 12 square miles.", 12 * 2.589988110336, "square kilometer", id="sq-miles"),
    pytest.param("A coffee costs €5 in the capital.", 5, "EUR", id="euro-keeps-code"),
    pytest.param("The border fee is 5 yuan.", 5, "CNY", id="yuan-keeps-code"),
    pytest.param("The tank stores 2 MMBtu of gas.", 2 * 293.0711111, "kilowatt hour", id="mmbtu"),
    pytest.param("The engine makes 300 lb-ft of torque.", 300 * 1.3558179483, "newton meter", id="lb-ft-torque"),
    pytest.param("The pool was 28 C on Monday.", 28, "celsius", id="capital-symbol-before-word"),
]


@pytest.mark.parametrize("text, value, unit", CASES)
def test_canonical_unit_and_value(rules, text, value, unit):
    claim = only(text, rules)
    assert claim.unit == unit
    assert math.isclose(claim.value.point, value, rel_tol=1e-6)
    assert math.isclose(claim.value.lo, value, rel_tol=1e-6)
    assert math.isclose(claim.value.hi, value, rel_tol=1e-6)


def test_count_keeps_its_noun(rules):
    claim = only("Freedonia trained 15 officers.", rules)
    assert (claim.unit, claim.noun, claim.value.point) == ("count", "officer", 15)


def test_interval_bounds_are_converted_too(rules):
    claim = only("The border fence runs more than 10 miles.", rules)
    assert claim.unit == "kilometer"
    assert math.isclose(claim.value.lo, 16.09344, rel_tol=1e-9)
    assert claim.value.hi is None
    assert claim.value.qualifier == "over"


def test_range_is_converted_at_both_ends(rules):
    claim = only("A ticket costs $10 to $15 million.", rules)
    assert claim.unit == "USD"
    assert (claim.value.lo, claim.value.hi) == (10_000_000, 15_000_000)


def test_cents_become_dollars(rules):
    claim = only("A stamp costs 50 cents in Freedonia.", rules)
    assert claim.unit == "USD"
    assert math.isclose(claim.value.point, 0.5)


def test_json_value_of_a_converted_claim_is_rounded_and_plain(rules):
    data = only("Pilgrims walk a 125-mile route to the shrine.", rules).to_json()
    assert data["unit"] == "kilometer"
    assert data["value"] == {"point": 201.168, "lo": 201.168, "hi": 201.168, "qualifier": "exact",
                             "approximate": False}


def test_conversion_file_is_what_pint_says():
    """data/conversions.yaml holds pint's answers for every unit of units.yaml; after editing
    units.yaml (or upgrading pint) rewrite it with checker.units.write_conversions()."""
    from checker import units

    assert units.conversions() == units.conversion_table()


@pytest.mark.parametrize("expr, kind", [("mile", "length"), ("degree_Fahrenheit", "temperature"),
                                        ("year", "age"), ("year", "duration"), ("mile", "mass"),
                                        ("furlong", "length"), ("mile", "money")])
def test_conversion_agrees_with_pint(expr, kind):
    from checker import units

    assert units.conversion(expr, kind) == units.pint_conversion(expr, kind)
