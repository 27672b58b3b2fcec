"""checker — fact-consistency checker across sources.

Reads a folder of articles, puts every numeric and temporal statement into one canonical claim,
and reports where sources agree, drift or conflict::

    import checker
    result = checker.check(["seeds"])
    for finding in result.findings:
        print(finding.kind, finding.message)

The stages (``checker.corpus``, ``checker.claims``, ``checker.engine``, ...) are importable on
their own; this namespace keeps only what most callers need.
"""
from __future__ import annotations

__version__ = "0.1.0"

from checker.claims import extract_claims  # noqa: E402
from checker.engine import Result, check  # noqa: E402
from checker.model import Claim, Extraction, Finding  # noqa: E402
from checker.ruleset import load_rules  # noqa: E402

__all__ = ["Claim", "Extraction", "Finding", "Result", "__version__", "check", "extract_claims", "load_rules"]
