"""Errors that stop a run (exit 2), and how they show where and what. Bad *articles* never raise:
they become ``model.Problem``."""
from __future__ import annotations

from collections.abc import Sequence

_SUGGEST_CUTOFF = 70  # rapidfuzz score (0..100) from which a name is offered as the one meant


class CheckerError(Exception):
    """Base of every error that stops a run with exit code 2."""


class UsageError(CheckerError):
    """Wrong command-line use: a missing path, an unknown format."""


class ConfigError(CheckerError):
    """A configuration file that does not parse or validate."""


class LocatedError(CheckerError):
    """A data file that does not parse or validate: ``file:line:col: field: problem``, with the
    offending lines quoted in ``context``."""

    def __init__(self, path: str, line: int, column: int, field: str, problem: str, context: str = ""):
        self.path, self.line, self.column, self.field, self.problem = path, line, column, field, problem
        self.context = context
        where = f"{path}:{line}:{column}: " if line else f"{path}: "
        super().__init__(f"{where}{field + ': ' if field else ''}{problem}")

    @classmethod
    def at(cls, path: str, text: str, line: int, column: int, field: str, problem: str) -> LocatedError:
        """The error at 1-based ``line``:``column`` of the file's ``text``, quoting the lines around
        it; line 0 is the file as a whole."""
        return cls(path, line, column, field, problem, quote_context(text, line, column) if line else "")


class RuleError(LocatedError):
    """A rule file that does not parse or validate."""


class SuppressionsError(LocatedError):
    """A suppressions file that does not parse or validate (a missing reason, a bad date)."""


def quote_context(text: str, line: int, column: int, radius: int = 1) -> str:
    """The offending line with ``radius`` neighbours each side and a caret (Vale E201 style)."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    first, last = max(1, line - radius), min(len(lines), line + radius)
    width = len(str(last))
    out = []
    for number in range(first, last + 1):
        out.append(f"{'>' if number == line else ' '} {number:>{width}} | {lines[number - 1]}".rstrip())
        if number == line and column:
            out.append(f"  {' ' * width} | {' ' * (column - 1)}^")
    return "\n".join(out)


def did_you_mean(word: str, choices: Sequence[str], known: str = "") -> str:
    """``"; did you mean 'x'?"`` when rapidfuzz finds a close choice; else, given ``known`` (a label
    such as "known keys"), the choices listed: `` (known keys: a, b)``; else ``""``. rapidfuzz is
    imported on the first mistake, not by every run."""
    from rapidfuzz import process, utils

    best = process.extractOne(word, list(choices), processor=utils.default_process, score_cutoff=_SUGGEST_CUTOFF)
    if best:
        return f"; did you mean '{best[0]}'?"
    return f" ({known}: {', '.join(choices)})" if known else ""
