"""Finding identity (checker.fingerprints): what a fingerprint hashes and what it ignores."""
from __future__ import annotations

import dataclasses

import pytest

from checker import __version__
from checker.fingerprints import (
    FINGERPRINT_SCHEME,
    digest,
    finding_id,
    fingerprint,
    header,
    is_written_fingerprint,
)
from checker.model import Claim, Value


def _claim(source: str, sentence: str, text: str, line: int = 3) -> Claim:
    return Claim(id=f"{source}:{line}", source=source, line=line, column=1, start=0, end=len(text), sentence=sentence,
                 text=text, kind="quantity", metric="flood_deaths", subject=("Ruritania",), attribution=None,
                 value=Value(12, 12, 12), unit="count", noun="death", change=None, time=None)


A = _claim("wire/a.txt", "The flood killed 12 people in 2020.", "12 people")
B = _claim("desk/b.txt", "Officials counted 19 deaths in 2020.", "19 deaths")


def test_a_fingerprint_is_pinned_so_that_baselines_keep_matching():
    # Changing what a fingerprint hashes breaks every committed baseline: bump FINGERPRINT_SCHEME instead.
    print_ = fingerprint("value", "conflict", "flood_deaths", "2020", [A, B])
    assert print_ == "v1:cabc6803ead0ee5a17719b4d0633eac0"
    assert print_.startswith(FINGERPRINT_SCHEME + ":") and len(digest(print_)) == 32


def test_position_order_and_wrapping_do_not_change_a_fingerprint():
    moved = dataclasses.replace(A, line=40, start=900, end=909, column=7,
                                sentence="The flood killed\n12   people in 2020.", text="12\npeople")
    assert fingerprint("value", "conflict", "flood_deaths", "2020", [B, moved]) == \
        fingerprint("value", "conflict", "flood_deaths", "2020", [A, B])


@pytest.mark.parametrize("change", [{"check": "share"}, {"kind": "drift"}, {"metric": None}, {"period": "2021"}])
def test_what_a_finding_says_changes_its_fingerprint(change):
    given = {"check": "value", "kind": "conflict", "metric": "flood_deaths", "period": "2020"} | change
    assert fingerprint(**given, claims=[A, B]) != fingerprint("value", "conflict", "flood_deaths", "2020", [A, B])


def test_a_finding_id_is_the_head_of_the_digest():
    print_ = fingerprint("value", "conflict", "flood_deaths", "2020", [A, B])
    assert finding_id(print_) == digest(print_)[:16]
    assert is_written_fingerprint(finding_id(print_)) and is_written_fingerprint(print_)
    assert not is_written_fingerprint("v1:xyz") and not is_written_fingerprint(finding_id(print_)[:15])


def test_the_header_names_the_checker_the_rules_and_the_scheme():
    assert header("default@1.0") == {"version": __version__, "rules": "default@1.0", "fingerprint": FINGERPRINT_SCHEME}
