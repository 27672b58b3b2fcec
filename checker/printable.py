"""Text from outside (file names, article text, messages quoting either) made safe to print.

An ESC in a file name or an article could restyle or rewrite the reader's terminal, a newline
in a file name could start a line of its own (``::error::`` in a CI log), and bidirectional
overrides can make text read other than it is. Every human format and every message on stderr
passes such text through ``printable`` (or ``shown_path`` for file names) as it prints it; the
machine formats (JSON, JSON Lines, SARIF) keep it exact, escaped by their own syntax.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings, overrides and
# isolates, and the byte order mark: none of them has a visible form of its own.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_UNSAFE_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\n``, ``\\u202e``);
    ``keep_newlines`` leaves line breaks of a message meant to span lines."""
    return (_UNSAFE_BUT_NEWLINE if keep_newlines else _UNSAFE).sub(_escape, text)


def one_line(text: str) -> str:
    """Article text (a sentence, a message quoting one) on one line: its line breaks, which only
    wrapped the text in its file, become spaces; other control characters are escaped."""
    return printable(_LINE_BREAK.sub(" ", text))


def shown_path(path: str) -> str:
    """A file name as a report prints it: as it is when ordinary, else in double quotes with its
    control characters, quotes and backslashes escaped, so that where it ends is never in doubt."""
    path = str(path)
    if not (_UNSAFE.search(path) or path != path.strip() or '"' in path):
        return path
    return '"' + printable(path.replace("\\", "\\\\").replace('"', '\\"')) + '"'
