"""Errors that stop a run (exit 2). Bad *articles* never raise: they become ``model.Problem``."""
from __future__ import annotations


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


class RuleError(LocatedError):
    """A rule file that does not parse or validate."""


class SuppressionsError(LocatedError):
    """A suppressions file that does not parse or validate (a missing reason, a bad date)."""
