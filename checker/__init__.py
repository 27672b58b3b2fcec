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

# Where each public name lives. They are imported on first use (PEP 562), so that commands that
# extract no claims (``--version``, ``config``, ``rules validate``, a diff of two reports) start
# without loading the number and time grammars.
_EXPORTS = {"extract_claims": "checker.extract", "Result": "checker.engine", "check": "checker.pipeline",
            "Claim": "checker.model", "Extraction": "checker.model", "Finding": "checker.model",
            "load_rules": "checker.ruleset"}

__all__ = ["Claim", "Extraction", "Finding", "Result", "__version__", "check", "extract_claims", "load_rules"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
