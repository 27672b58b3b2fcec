"""The library API: a small, pinned public namespace that does what the CLI does."""
from __future__ import annotations

import checker


def test_public_names_are_pinned():
    assert sorted(checker.__all__) == ["Claim", "Extraction", "Finding", "Result", "__version__", "check",
                                       "extract_claims", "load_rules"]
    for name in checker.__all__:
        assert hasattr(checker, name)


def test_check_returns_claims_and_findings(tmp_path):
    (tmp_path / "a.txt").write_text("Freedonia's murder rate was 40 per 100,000 people in 2019.\n")
    (tmp_path / "b.txt").write_text("In 2019, Freedonia's murder rate was 70 per 100,000 people.\n")
    (tmp_path / "sources.toml").write_text('[[source]]\nfile = "a.txt"\npublished = "2020-01"\n'
                                           '[[source]]\nfile = "b.txt"\npublished = "2020-02"\n')
    result = checker.check([tmp_path])
    assert isinstance(result, checker.Result)
    assert [c.metric for c in result.extraction.claims] == ["homicide_rate", "homicide_rate"]
    assert [f.kind for f in result.findings] == ["conflict"]
    assert result.worst() == "conflict"
    assert result.summary()["conflict"] == 1
