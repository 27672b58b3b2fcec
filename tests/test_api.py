"""The library API: a small, pinned public namespace that does what the CLI does."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import checker


def test_public_names_are_pinned():
    assert sorted(checker.__all__) == ["Claim", "Extraction", "Finding", "Result", "__version__", "check",
                                       "extract_claims", "load_rules"]
    for name in checker.__all__:
        assert hasattr(checker, name)


def test_unknown_names_still_raise():
    with pytest.raises(AttributeError, match="no attribute 'chek'"):
        checker.chek  # noqa: B018


def _loaded_modules(code: str) -> set[str]:
    """The checker modules a fresh interpreter has loaded after running ``code`` (which may exit)."""
    script = ("import sys\ntry:\n" + textwrap.indent(code, "    ") + "\nfinally:\n"
              "    print('loaded:', *sorted(m for m in sys.modules if m.startswith('checker')))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(next(line for line in out.splitlines() if line.startswith("loaded:")).split()[1:])


@pytest.mark.parametrize("code", ["import checker", "import checker.cli",
                                  "from checker import cli; cli.main(['--version'])",
                                  "from checker import cli; cli.main(['config'])",
                                  "from checker import cli; cli.main(['rules', 'validate'])"])
def test_the_grammars_load_only_when_claims_are_extracted(code):
    loaded = _loaded_modules(code)
    assert loaded and not loaded & {"checker.claims", "checker.timex", "checker.numbers", "checker.engine"}


def test_a_findings_diff_of_two_reports_loads_no_grammar_and_no_rules(tmp_path):
    baseline = tmp_path / "baseline.json"
    subprocess.run([sys.executable, "-m", "checker", "baseline", "seeds", "--output", str(baseline)], check=True,
                   capture_output=True)
    loaded = _loaded_modules(f"from checker import cli; cli.main(['diff', '--baseline', {str(baseline)!r}, "
                             f"{str(baseline)!r}, '--format', 'json'])")
    assert "checker.diff" in loaded
    assert not loaded & {"checker.claims", "checker.engine", "checker.ruleset", "checker.checks"}


def test_public_names_load_their_modules_on_first_use():
    assert {"checker.claims", "checker.engine"} <= _loaded_modules("import checker\nchecker.check")


def test_check_returns_claims_and_findings(tmp_path):
    (tmp_path / "a.txt").write_text("Honduras's murder rate was 40 per 100,000 people in 2019.\n")
    (tmp_path / "b.txt").write_text("In 2019, Honduras's murder rate was 70 per 100,000 people.\n")
    (tmp_path / "sources.toml").write_text('[[source]]\nfile = "a.txt"\npublished = "2020-01"\n'
                                           '[[source]]\nfile = "b.txt"\npublished = "2020-02"\n')
    result = checker.check([tmp_path])
    assert isinstance(result, checker.Result)
    assert [c.metric for c in result.extraction.claims] == ["homicide_rate", "homicide_rate"]
    assert [f.kind for f in result.findings] == ["conflict"]
    assert result.worst() == "conflict"
    assert result.summary()["conflict"] == 1
