"""Data-driven engine cases: tests/cases/<check>.yaml, texts written for the tests.

Each case writes its sources (with a sources.toml of publication dates) to a temporary folder,
runs ``checker.check`` and asserts that every expected finding is there (kind, check, and the
claims it names, as "file: words of the claim") and that no other conflict or drift is. Cases
with ``rules`` add a user rule folder; cases with ``error`` expect that rule error instead.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import checker
from checker.errors import RuleError
from checker.ruleset import default_pack, load_rules

CASES = Path(__file__).parent / "cases"
DEFAULT_RULES = load_rules([default_pack()])


def _cases():
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield pytest.param(case, id=f"{path.stem}: {case['name']}")


def _write(root: Path, files: dict[str, str | dict]) -> None:
    manifest = []
    for name, spec in (files or {}).items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(spec, dict) and "text" in spec:
            target.write_text(spec["text"] + "\n", encoding="utf-8")
            if spec.get("published"):
                manifest.append(f'[[source]]\nfile = "{name}"\npublished = "{spec["published"]}"\n')
        else:
            target.write_text(spec if isinstance(spec, str) else yaml.safe_dump(spec), encoding="utf-8")
    if manifest:
        (root / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")


def _matches(claim, ref: str) -> bool:
    name, words = (part.strip() for part in ref.split(":", 1))
    return claim.source.endswith("/" + name) and words in claim.text


def _covers(finding, expected: dict) -> bool:
    return (finding.kind == expected["kind"] and finding.rule == expected.get("rule", finding.rule)
            and all(any(_matches(c, ref) for c in finding.claims) for ref in expected["claims"])
            and finding.upstream == expected.get("upstream", finding.upstream))


def _describe(findings) -> str:
    return "\n".join(f"  {f.kind} [{f.rule}] {f.message}" for f in findings) or "  (no findings)"


@pytest.mark.parametrize("case", list(_cases()))
def test_case(case, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, case["sources"])
    rules = DEFAULT_RULES
    if "rules" in case:
        _write(tmp_path / "pack", case["rules"])
        if "error" in case:
            with pytest.raises(RuleError) as info:
                checker.check([corpus], load_rules([default_pack(), tmp_path / "pack"]))
            assert case["error"] in str(info.value)
            return
        rules = load_rules([default_pack(), tmp_path / "pack"])
    result = checker.check([corpus], rules)
    expected = case.get("expect") or []
    for want in expected:
        assert any(_covers(f, want) for f in result.findings), f"missing {want}; found:\n{_describe(result.findings)}"
    stray = [f for f in result.findings if f.kind in ("conflict", "drift")
             and not any(_covers(f, want) for want in expected)]
    assert not stray, f"unexpected:\n{_describe(stray)}"
