"""checker — fact-consistency checker across sources.

Reads a folder of articles, puts every numeric and temporal statement into one canonical claim,
and (in the rule engine) reports where sources agree, drift or conflict.
"""
from __future__ import annotations

__version__ = "0.1.0"

from checker.claims import extract_claims  # noqa: E402
from checker.corpus import load_corpus  # noqa: E402
from checker.model import Claim, Document, Extraction, Problem, Quantity, Sentence, Source, TimeScope, Value  # noqa: E402
from checker.numbers import find_quantities  # noqa: E402

__all__ = [
    "Claim", "Document", "Extraction", "Problem", "Quantity", "Sentence", "Source", "TimeScope", "Value",
    "__version__", "extract_claims", "find_quantities", "load_corpus",
]
