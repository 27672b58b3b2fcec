"""Find the articles of a corpus, read them into ``Document``s and attach their metadata.

This is the only stage that touches the file system for articles. Its job: turn paths into
readable text plus ``Source`` metadata, and turn every bad article (unreadable, empty, binary,
mis-encoded) into a ``Problem`` instead of an exception, so one broken file never stops a run.

Costs: one ``stat`` and one full read per file, one decode attempt per candidate encoding
(usually only UTF-8), a single ``html.parser`` pass for HTML, and one TOML parse per folder that
holds a ``sources.toml``. Memory is the size of the corpus text.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import stat
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .errors import UsageError
from .model import Document, Problem, Source

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MANIFEST_NAME = "sources.toml"
METADATA_FIELDS = ("title", "publisher", "author", "published", "language", "url")

_PUBLISHED_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ISO_DATE_PREFIX_RE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")
_ISO_DATETIME_RE = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


# --------------------------------------------------------------------------------------------
# Discovery
# --------------------------------------------------------------------------------------------

def discover(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Article files under ``paths``: folders walked recursively and sorted, files taken as given.

    Hidden files and folders and the ``sources.toml`` manifest are skipped inside folders; an
    explicitly named file is always taken (whatever its suffix), because the user asked for it.
    A broken symlink with an article suffix is kept so that loading reports it instead of the
    article silently vanishing. Special files (FIFOs, sockets, devices) are never walked into.
    """
    found: list[Path] = []
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise UsageError(f"{path.as_posix()}: no such file or folder")
        candidates = _walk(path) if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.name == MANIFEST_NAME:
                continue
            key = os.path.normcase(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _walk(folder: Path) -> list[Path]:
    """Article files below ``folder``, sorted by their path parts so the order is deterministic."""
    results: list[Path] = []
    stack = [folder]
    visited: set[str] = set()
    while stack:
        current = stack.pop()
        real = os.path.realpath(current)
        if real in visited:
            continue  # a symlink loop, or two links to one folder
        visited.add(real)
        try:
            entries = list(os.scandir(current))
        except OSError:
            # An unreadable sub-folder holds no articles we could report by name; skip it.
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = current / entry.name
            try:
                if entry.is_dir():  # follows symlinks, like the user's shell would
                    stack.append(path)
                    continue
                is_file = entry.is_file()
                is_broken_link = entry.is_symlink() and not os.path.exists(path)
            except OSError:
                continue
            if Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES and (is_file or is_broken_link):
                results.append(path)
    results.sort(key=lambda p: p.relative_to(folder).parts)
    return results


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------

def load_corpus(paths: Iterable[str | os.PathLike]) -> tuple[list[Document], list[Problem]]:
    """Read every discovered article; bad ones become ``Problem``s and the rest still loads.

    Raises only ``UsageError`` (a path that does not exist), never for an article's content.
    """
    documents: list[Document] = []
    reader = SourceReader()
    problems = reader.problems
    for path in discover(paths):
        raw = reader.read(path)
        document = parse_source(raw, problems) if raw is not None else None
        if document is not None:
            documents.append(document)
    return documents, problems


def read_sources(paths: Iterable[str | os.PathLike]) -> tuple[list[RawSource], list[Problem]]:
    """Every discovered article's bytes and manifest entry, in discovery order, and the problems
    of reading them (unreadable files, bad manifests); decoding and parsing are ``parse_source``'s."""
    reader = SourceReader()
    raws = [raw for raw in map(reader.read, discover(paths)) if raw is not None]
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
        self._manifests = _ManifestCache(self.cwd, self.problems)

    def read(self, path: Path) -> RawSource | None:
        shown = display_path(path, self.cwd)
        data = _read_bytes(path, shown, self.problems)
        if data is None:
            return None
        return RawSource(path, shown, data, self._manifests.entry_for(path), self._manifests.shown_for(path))


def display_path(path: Path, cwd: Path | None = None) -> str:
    """POSIX path relative to ``cwd`` when the file is under it, else the path as given."""
    absolute = os.path.abspath(path)
    base = os.path.abspath(cwd or os.getcwd())
    if os.sep == "/" and os.altsep is None:  # POSIX: plain string arithmetic, ~10x cheaper than pathlib
        if absolute == base:
            return "."
        inside = base if base.endswith("/") else base + "/"
        return absolute[len(inside):] if absolute.startswith(inside) else Path(path).as_posix()
    try:
        return Path(absolute).relative_to(base).as_posix()
    except ValueError:
        return Path(path).as_posix()


def parse_source(raw: RawSource, problems: list[Problem]) -> Document | None:
    """Decode and parse one article read by ``SourceReader``; ``None`` (with a Problem) when it
    holds no usable text."""
    path, shown = raw.path, raw.shown
    text = _decode(raw.data, shown, problems)
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
        text, line_map, metadata = _split_front_matter(text, shown, problems)
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
    merged = _merge_metadata(layers, shown, problems)
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


def _read_bytes(path: Path, shown: str, problems: list[Problem]) -> bytes | None:
    """The file's bytes, or ``None`` with a Problem; never opens a FIFO or device (it could block)."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            problems.append(Problem(shown, "cannot read: is a directory"))
            return None
        if not stat.S_ISREG(info.st_mode):
            problems.append(Problem(shown, "cannot read: not a regular file"))
            return None
        return path.read_bytes()
    except FileNotFoundError:
        reason = "broken symbolic link" if os.path.islink(path) else "file not found"
        problems.append(Problem(shown, f"cannot read: {reason}"))
    except OSError as exc:
        problems.append(Problem(shown, f"cannot read: {exc.strerror or exc}"))
    return None


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
_C1_RE = re.compile("[\x80-\x9f]")


class _NotText(Exception):
    """Why a file's bytes are not article text (becomes an error Problem)."""


def _decode(raw: bytes, shown: str, problems: list[Problem]) -> str | None:
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


# --------------------------------------------------------------------------------------------
# Metadata: front matter, manifest, merging
# --------------------------------------------------------------------------------------------

_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def _split_front_matter(text: str, shown: str,
                        problems: list[Problem]) -> tuple[str, tuple[int, ...], dict]:
    """Strip a leading YAML ``---`` block; the line map keeps pointing at the raw file's lines."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return text, (), {}
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not closing:
        return text, (), {}  # a lone "---" is a horizontal rule, not front matter
    block = text[opening.end():closing.start()]
    body_start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    first_body_line = text.count("\n", 0, body_start) + 1  # 1-based raw line of body line 0
    body = text[body_start:]
    line_map = tuple(range(first_body_line, first_body_line + body.count("\n") + 1))
    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problems.append(Problem(shown, f"front matter is not valid YAML{where}; ignored", level="warning"))
        data = {}
    if not isinstance(data, dict):
        problems.append(Problem(shown, "front matter is not a mapping of fields; ignored", level="warning"))
        data = {}
    metadata = _metadata_fields(data)
    return body, line_map, metadata


def _metadata_fields(data: dict) -> dict[str, object]:
    """The known fields of a front-matter or manifest mapping; ``date`` stands in for ``published``."""
    picked = {name: data[name] for name in METADATA_FIELDS if data.get(name) is not None}
    if "published" not in picked and data.get("date") is not None:
        picked["published"] = data["date"]
    if "language" not in picked and data.get("lang") is not None:
        picked["language"] = data["lang"]
    return picked


class _ManifestCache:
    """Parses each folder's ``sources.toml`` once per load and remembers bad ones (one warning each)."""

    def __init__(self, cwd: Path, problems: list[Problem]):
        self._cwd = cwd
        self._problems = problems
        self._by_folder: dict[str, dict[str, dict]] = {}  # absolute folder -> file name -> fields
        self._by_parent: dict[Path, tuple[dict[str, dict], str]] = {}  # folder as given -> (entries, shown)

    def shown_for(self, article: Path) -> str:
        return self._folder(article.parent)[1]

    def entry_for(self, article: Path) -> dict[str, object]:
        return self._folder(article.parent)[0].get(article.name, {})

    def _folder(self, parent: Path) -> tuple[dict[str, dict], str]:
        """The manifest entries and printed manifest path of a folder; remembered per folder as
        given, so a corpus of many files costs one look-up per file, not path arithmetic."""
        known = self._by_parent.get(parent)
        if known is None:
            folder = os.path.abspath(parent)
            if folder not in self._by_folder:
                self._by_folder[folder] = self._parse(parent / MANIFEST_NAME)
            known = self._by_parent[parent] = (self._by_folder[folder], display_path(parent / MANIFEST_NAME, self._cwd))
        return known

    def _parse(self, manifest: Path) -> dict[str, dict]:
        if not manifest.is_file():
            return {}
        shown = display_path(manifest, self._cwd)
        try:
            data = tomllib.loads(manifest.read_bytes().decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            self._problems.append(Problem(shown, f"manifest not used: {exc}", level="warning"))
            return {}
        tables = data.get("source", [])
        if not isinstance(tables, list):
            self._problems.append(Problem(shown, "manifest not used: `source` must be an array of "
                                                 "[[source]] tables", level="warning"))
            return {}
        entries: dict[str, dict] = {}
        for number, table in enumerate(tables, 1):
            name = table.get("file") if isinstance(table, dict) else None
            if not isinstance(name, str) or not name.strip():
                self._problems.append(Problem(shown, f"[[source]] #{number} has no `file`; skipped",
                                              level="warning"))
                continue
            # Keyed by the path relative to the manifest: "sub/a.txt" never matches a file here.
            entries[os.path.normpath(name.strip()).replace(os.sep, "/")] = _metadata_fields(table)
        return entries


def _merge_metadata(layers: list[tuple[dict, str]], shown: str,
                    problems: list[Problem]) -> dict[str, str]:
    """Earlier layers win field by field; ``published`` is validated, other values become text.

    An invalid ``published`` is dropped with a warning and not back-filled from a lower layer:
    the higher-priority source said something else, so any date we picked would be a guess.
    """
    merged: dict[str, str] = {}
    settled: set[str] = set()
    language = next((_as_text(data["language"]) for data, _ in layers if data.get("language")), None)
    for data, origin in layers:
        for name, value in data.items():
            if name in settled:
                continue
            if name == "published":
                settled.add(name)
                normalized = normalize_published(value, language)
                if normalized is None:
                    problems.append(Problem(
                        shown, f"published {value!r} (from {origin}) is not a date with a year (YYYY, YYYY-MM, "
                               "YYYY-MM-DD, or written out, as in 'March 3, 2015'); ignored", level="warning"))
                else:
                    merged[name] = normalized
                continue
            text = _as_text(value)
            if text:
                merged[name] = text
                settled.add(name)
    return merged


def normalize_published(value: object, language: str | None = None) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for a valid date value, else ``None``.

    Besides those forms: an ISO date-time keeps its date as written ("2023-09-14T08:00:00Z"),
    and a date written out with a month name, in ``language`` (default English), is read by
    dateparser at the precision it states ("March 3, 2015", "Tue, 03 Mar 2015 10:00:00 GMT",
    "June 2015"). All-digit forms such as 03/04/2015 are refused: which is the month is a guess.
    """
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not _PUBLISHED_RE.fullmatch(value):
        iso = _ISO_DATETIME_RE.fullmatch(value)
        if iso:
            value = iso[1]
        else:
            return _written_date(value, language) if any(c.isalpha() for c in value) else None
    parts = [int(p) for p in value.split("-")]
    try:
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return value


def _written_date(text: str, language: str | None) -> str | None:
    """A date written out ("3 March 2015", "June 2015") as YYYY-MM-DD or YYYY-MM by the precision
    it states; None without a year, or for relative words ("yesterday")."""
    # heavy: imported only for a written-out date
    from dateparser.date import DateDataParser

    code = (language or "en").split("-")[0].split("_")[0].lower()
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["year"],
                "PARSERS": ["custom-formats", "absolute-time"]}
    try:
        found = DateDataParser(languages=[code], settings=settings).get_date_data(text)
    except Exception:  # noqa: BLE001 - an unknown language code, or dateparser's own errors on odd input
        return None
    if found is None or found.date_obj is None or found.period not in _PRECISION:
        return None
    return found.date_obj.date().isoformat()[:_PRECISION[found.period]]


_PRECISION = {"day": 10, "month": 7, "year": 4}  # dateparser's period -> length of the ISO prefix kept


def _as_text(value: object) -> str | None:
    """A metadata value as one line of text; lists (several authors) are joined with commas."""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(item).strip() for item in value if item is not None and str(item).strip())
    if isinstance(value, dict):
        return None
    text = " ".join(str(value).split())
    return text or None


# --------------------------------------------------------------------------------------------
# HTML main text
# --------------------------------------------------------------------------------------------

_DROPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
    "button", "iframe", "select", "textarea", "object", "canvas",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr",
    "table", "thead", "tbody", "tfoot", "blockquote", "section", "article", "main", "figure",
    "figcaption", "pre", "hr", "address", "details", "summary", "caption", "body", "td", "th",
})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
_MAIN_TAGS = frozenset({"article", "main"})
_CHROME_NAME_RE = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|related|share|sharing|"
    r"social|comments?|advert\w*|ads?|cookies?|newsletter)(?:$|[-_])", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")


@dataclass
class HtmlPage:
    """What ``extract_html`` found: main text, raw line of each text line, and metadata."""

    text: str
    line_map: tuple[int, ...]
    metadata: dict[str, object] = field(default_factory=dict)


def extract_html(html: str) -> HtmlPage:
    """Main text of an HTML page: page chrome dropped, one line per block, blank line between blocks."""
    parser = _main_text_parser()()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; keep whatever was read before a pathological input
        pass
    return parser.result()


@cache
def _main_text_parser() -> type:
    """_MainText over html.parser's parser, imported with the first HTML page (most corpora have
    none, and html.parser's imports cost several milliseconds)."""
    from html.parser import HTMLParser

    return type("_MainTextParser", (_MainText, HTMLParser), {})


class _MainText:
    """Collects text lines with their raw line numbers, tagging those inside <article>/<main>
    (the methods of an ``HTMLParser``: see ``_main_text_parser``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, dropped here, opens main content)
        self._dropped = 0
        self._main = 0
        self._article = 0
        self._in_head = False
        self._in_title = False
        self._title_parts: list[str] = []
        self._meta: dict[str, str] = {}
        self._lines: list[tuple[str, int, bool]] = []  # (text or "" for a break, raw line, in main)
        self._current: list[str] = []
        self._current_line = 0
        self._current_main = False
        self.saw_main = False

    # -- structure --------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: (value or "") for name, value in attrs}
        if tag == "html" and attributes.get("lang"):
            self._meta.setdefault("language", attributes["lang"])
        if tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self._meta.setdefault("url", attributes.get("href", ""))
        if tag == "title" and not self._dropped:  # not an <svg><title>
            self._in_title = True
        if tag in _VOID_TAGS:
            if tag in ("br", "hr"):
                self._end_line(paragraph=(tag == "hr"))
            return
        if tag in _BLOCK_TAGS:
            self._end_line(paragraph=True)
        dropped = self._is_chrome(tag, attributes)
        opens_main = tag in _MAIN_TAGS and not self._dropped
        self._stack.append((tag, dropped, opens_main))
        if dropped:
            self._dropped += 1
        if opens_main:
            self._main += 1
            self.saw_main = True
            if tag == "article":
                self._article += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "head":
            self._in_head = False
        if tag in _BLOCK_TAGS or tag == "br":
            self._end_line(paragraph=(tag != "br"))
        if not any(open_tag == tag for open_tag, _, _ in self._stack):
            return  # a stray end tag closes nothing
        while self._stack:
            open_tag, dropped, opens_main = self._stack.pop()
            if dropped:
                self._dropped -= 1
            if opens_main:
                self._main -= 1
                if open_tag == "article":
                    self._article -= 1
            if open_tag == tag:
                break

    def _is_chrome(self, tag: str, attributes: dict[str, str]) -> bool:
        """Navigation, footers, share bars and the like; an article's own <header> holds its headline."""
        if tag == "header" and self._article:
            return False
        if tag in _DROPPED_TAGS:
            return True
        names = f"{attributes.get('class', '')} {attributes.get('id', '')}".split()
        return any(_CHROME_NAME_RE.search(name) for name in names)

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or "").strip().lower()
        content = attributes.get("content", "").strip()
        if not key or not content:
            return
        field_for_key = {
            "article:published_time": "published", "date": "published", "og:title": "title",
            "author": "author", "article:author": "author", "og:site_name": "publisher",
            "og:url": "url", "language": "language",
        }.get(key)
        if field_for_key == "published":
            match = _ISO_DATE_PREFIX_RE.match(content)
            content = match.group(1) if match else content  # a written-out date: normalize_published
        if field_for_key == "author" and content.startswith(("http://", "https://")):
            return  # article:author is often a profile URL, not a name
        if field_for_key and field_for_key not in self._meta:
            self._meta[field_for_key] = content

    # -- text -------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._in_head or self._dropped:
            return
        if not self._current or not "".join(self._current).strip():
            stripped = data.lstrip()
            if not stripped:
                if self._current:
                    self._current.append(data)
                return
            line, _ = self.getpos()
            self._current_line = line + data.count("\n", 0, len(data) - len(stripped))
            self._current_main = self._main > 0
        self._current.append(data)

    def _end_line(self, paragraph: bool) -> None:
        text = _SPACE_RE.sub(" ", "".join(self._current)).strip()
        self._current = []
        if text:
            self._lines.append((text, self._current_line, self._current_main))
        if paragraph and self._lines and self._lines[-1][0]:
            self._lines.append(("", self._lines[-1][1], self._lines[-1][2]))

    def result(self) -> HtmlPage:
        self._end_line(paragraph=True)
        lines = self._lines
        if self.saw_main and any(text for text, _, in_main in lines if in_main):
            lines = [entry for entry in lines if entry[2]]  # an empty <main> shell falls back to body
        texts: list[str] = []
        raw_lines: list[int] = []
        for text, raw_line, _ in lines:
            if not text and (not texts or not texts[-1]):
                continue  # collapse repeated breaks; no leading blank line
            texts.append(text)
            raw_lines.append(raw_line)
        while texts and not texts[-1]:
            texts.pop()
            raw_lines.pop()
        metadata: dict[str, object] = dict(self._meta)
        title = _SPACE_RE.sub(" ", "".join(self._title_parts)).strip()
        if title and "title" not in metadata:
            metadata["title"] = title
        return HtmlPage("\n".join(texts), tuple(raw_lines), metadata)
