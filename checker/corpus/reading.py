"""Reading: each article's bytes and manifest entry (``RawSource``), then its text decoded and
parsed into a ``Document`` with its metadata. Every bad article (unreadable, empty, binary,
mis-encoded) becomes a ``Problem`` instead of an exception, so one broken file never stops a run.
Decoding is here too: a byte order mark, BOM-less UTF-16, strict UTF-8, then cp1252 with a warning.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker import patterns
from checker.corpus.discovery import STDIN, SUPPORTED, discover, display_path, unsupported_type
from checker.corpus.html_text import extract_html
from checker.corpus.metadata import ManifestCache, merge_metadata, split_front_matter
from checker.model import Document, Problem, Source

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})


def load_corpus(paths: Iterable[str | os.PathLike]) -> tuple[list[Document], list[Problem]]:
    """Read every discovered article into a ``Document`` (``read_sources``, then ``parse_source``);
    bad ones become ``Problem``s and the rest still loads. The extraction driver does the same one
    source at a time, through the cache.

    Raises only ``UsageError`` (a path that does not exist), never for an article's content.
    """
    raws, problems = read_sources(paths)
    documents = [document for document in (parse_source(raw, problems) for raw in raws) if document is not None]
    return documents, problems


def read_sources(paths: Iterable[str | os.PathLike],
                 exclude: Iterable[str] = ()) -> tuple[list[RawSource], list[Problem]]:
    """Every discovered article's bytes and manifest entry, in discovery order, and the problems
    of reading them (unreadable files, bad manifests); decoding and parsing are ``parse_source``'s.
    ``exclude``: globs of files to leave out of folders (``discovery.excluded``)."""
    reader = SourceReader()
    raws = [raw for raw in map(reader.read, discover(paths, exclude)) if raw is not None]
    return raws, reader.problems


@dataclass(frozen=True, slots=True)
class RawSource:
    """An article's bytes and the manifest fields that apply to it: all its ``Document`` is made of.

    Split from parsing so that a cache (``checker.store``) can key a source on exactly these
    without decoding it: the text, front matter and HTML meta are in ``data``.
    """

    path: Path
    shown: str  # the path as reports print it (``display_path``)
    data: bytes
    manifest: dict[str, object]  # this file's entry in the sources.toml beside it ({} when none)
    manifest_shown: str  # that sources.toml as reports print it (metadata warnings name it)


class SourceReader:
    """Reads articles' bytes and their manifest entries; unreadable files and bad manifests
    become ``problems`` (each manifest is parsed once per reader)."""

    def __init__(self, cwd: Path | None = None):
        self.cwd = cwd or Path.cwd()
        self.problems: list[Problem] = []
        self._manifests = ManifestCache(self.cwd, self.problems)

    def read(self, path: Path) -> RawSource | None:
        shown = display_path(path, self.cwd)
        kind = unsupported_type(path)
        if kind:  # never read as text: a PDF's operators would become "claims"
            self.problems.append(_unsupported(shown, kind))
            return None
        if shown == STDIN:  # an article piped in: plain text, no manifest entry
            import sys

            return RawSource(path, shown, sys.stdin.buffer.read(), {}, "")
        data = _read_bytes(path, shown, self.problems)
        if data is None:
            return None
        return RawSource(path, shown, data, self._manifests.entry_for(path), self._manifests.shown_for(path))


def parse_source(raw: RawSource, problems: list[Problem]) -> Document | None:
    """Decode and parse one article read by ``SourceReader``; ``None`` (with a Problem) when it
    holds no usable text."""
    path, shown = raw.path, raw.shown
    kind = unsupported_type(path, raw.data[:8])
    if kind:
        problems.append(_unsupported(shown, kind))
        return None
    text = decode(raw.data, shown, problems)
    if text is None:
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        problems.append(Problem(shown, "empty file (no text, only whitespace)"))
        return None

    suffix = path.suffix.lower()
    line_map: tuple[int, ...] = ()
    metadata: dict[str, object] = {}
    if suffix in MARKDOWN_SUFFIXES:
        text, line_map, metadata = split_front_matter(text, shown, problems)
        if not text.strip():
            problems.append(Problem(shown, "no article text after the front matter"))
            return None
    elif suffix in HTML_SUFFIXES:
        page = extract_html(text)
        text, line_map, metadata = page.text, page.line_map, page.metadata
        if not text.strip():
            problems.append(Problem(shown, "HTML page has no readable main text"))
            return None

    layers = [(raw.manifest, raw.manifest_shown)]
    if suffix in HTML_SUFFIXES:
        layers.append((metadata, "HTML meta"))  # page tags only fill what the user left out
    else:
        layers.insert(0, (metadata, "front matter"))
    merged = merge_metadata(layers, shown, problems)
    published = merged.get("published")
    source = Source(
        path=shown,
        title=merged.get("title"),
        publisher=merged.get("publisher"),
        author=merged.get("author"),
        published=published,
        published_from="metadata" if published else None,
        language=merged.get("language"),
        url=merged.get("url"),
    )
    return Document(source=source, text=text, line_map=line_map)


def _unsupported(shown: str, kind: str) -> Problem:
    return Problem(shown, f"unsupported file type ({kind}): not read; checker reads {SUPPORTED} files "
                          "(convert it to text first)")


def _read_bytes(path: Path, shown: str, problems: list[Problem]) -> bytes | None:
    """The file's bytes, or ``None`` with a Problem; never opens a FIFO or device (it could block)."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            problems.append(Problem(shown, "cannot read: is a directory"))
            return None
        if not stat.S_ISREG(info.st_mode):
            problems.append(Problem(shown, f"cannot read: not a regular file ({_special_kind(info.st_mode)})"))
            return None
        return path.read_bytes()
    except FileNotFoundError:
        reason = "broken symbolic link" if os.path.islink(path) else "file not found"
        problems.append(Problem(shown, f"cannot read: {reason}"))
    except OSError as exc:
        reason = "symbolic link loop" if exc.errno == errno.ELOOP else exc.strerror or exc
        problems.append(Problem(shown, f"cannot read: {reason}"))
    return None


def _special_kind(mode: int) -> str:
    """What a file that is neither a folder nor a regular file is, in a message's words."""
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "a special file")


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 controls other than tab, newline, vertical tab, form feed, carriage return; plus DEL.
_DELETE_CONTROLS = dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1_RE = patterns.compile("[\x80-\x9f]")


class _NotText(Exception):
    """Why a file's bytes are not article text (becomes an error Problem)."""


def decode(raw: bytes, shown: str, problems: list[Problem]) -> str | None:
    """Text of ``raw``, or ``None`` with a Problem; text full of control characters is binary."""
    try:
        text, encoding = _decode_text(raw)
        controls = len(text) - len(text.translate(_DELETE_CONTROLS))
        if controls >= 3 and controls * 100 > len(text):
            raise _NotText(f"binary file ({controls} control characters)")
    except _NotText as reason:
        problems.append(Problem(shown, str(reason)))
        return None
    if encoding == "cp1252":
        problems.append(Problem(shown, "not valid UTF-8; read as cp1252 (Windows-1252)", level="warning"))
    return text


def _decode_text(raw: bytes) -> tuple[str, str]:
    """``(text, encoding)`` for the first encoding that fits; raises ``_NotText`` saying why not.

    Order: a BOM wins; then BOM-less UTF-16 recognised by its NUL pattern; NUL bytes otherwise
    mean binary; then strict UTF-8; then cp1252 (the caller warns: it is a guess).
    """
    if not raw.strip():
        raise _NotText("empty file (no text, only whitespace)")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _NotText(f"not valid {encoding.upper()} despite its byte order mark "
                               f"(byte {exc.start + len(bom)})") from None
    utf16 = _bomless_utf16(raw)
    if utf16:
        try:
            return raw.decode(utf16), utf16
        except UnicodeDecodeError:
            raise _NotText("binary file (NUL bytes, not UTF-16 text)") from None
    if b"\x00" in raw:
        raise _NotText("binary file (contains NUL bytes)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or _C1_RE.search(text):
        raise _NotText(f"undecodable: not UTF-8 (bad byte at offset {utf8_error.start}) and not cp1252")
    return text, "cp1252"


def _bomless_utf16(raw: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the NULs sit on one byte parity, as in Latin-script UTF-16."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    even_nuls = sample[0:pairs * 2:2].count(0)
    odd_nuls = sample[1:pairs * 2:2].count(0)
    if odd_nuls > 0.3 * pairs and even_nuls < 0.05 * pairs:
        return "utf-16-le"
    if even_nuls > 0.3 * pairs and odd_nuls < 0.05 * pairs:
        return "utf-16-be"
    return None
