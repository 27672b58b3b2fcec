"""Metadata: front matter, the ``sources.toml`` manifest beside the files, and merging them into
one set of fields, with ``published`` normalized to ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
from __future__ import annotations

import datetime as _dt
import os
import tomllib
from pathlib import Path

from checker import lang, patterns
from checker.corpus.discovery import MANIFEST_NAME, display_path
from checker.corpus.frontmatter import FrontMatterError, load_front_matter
from checker.errors import did_you_mean
from checker.limits import MAX_FILE_SIZE
from checker.model import Problem

METADATA_FIELDS = ("title", "publisher", "author", "published", "language", "url")
_ENTRY_KEYS = ("file", *METADATA_FIELDS, "date", "lang")  # what a [[source]] table may hold

_PUBLISHED_RE = patterns.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ISO_DATETIME_RE = patterns.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")



_FRONT_MATTER_OPEN = patterns.compile(r"---[ \t]*\n")
_FRONT_MATTER_CLOSE = patterns.compile(r"^(?:---|\.\.\.)[ \t]*$", patterns.MULTILINE)


def split_front_matter(text: str, shown: str,
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
        data = load_front_matter(block) if block.strip() else {}
    except FrontMatterError as exc:  # not YAML, not a mapping, too long, too deep, or aliases
        problems.append(Problem(shown, str(exc), level="warning"))
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


class ManifestCache:
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
            if manifest.stat().st_size > MAX_FILE_SIZE:
                raise OSError(f"larger than {MAX_FILE_SIZE:,} bytes")
            data = tomllib.loads(manifest.read_bytes().decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            self._problems.append(Problem(shown, f"manifest not used: {exc}", level="warning"))
            return {}
        except RecursionError:  # tomllib recurses per nested array or inline table
            self._problems.append(Problem(shown, "manifest not used: nested too deeply", level="warning"))
            return {}
        self._unknown_keys(shown, data, ("source",), "")
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
            self._unknown_keys(shown, table, _ENTRY_KEYS, f"[[source]] #{number} ({name.strip()}): ")
            # Keyed by the path relative to the manifest: "sub/a.txt" never matches a file here.
            entries[os.path.normpath(name.strip()).replace(os.sep, "/")] = _metadata_fields(table)
        return entries

    def _unknown_keys(self, shown: str, table: dict, known: tuple[str, ...], where: str) -> None:
        """A warning for each key the manifest does not define but nearly spells (a misspelt
        `publised` would otherwise be dropped without a word). Other keys are the user's own notes
        (`notes`, `evidence`): kept out of the metadata, without a warning."""
        for key in table:
            hint = did_you_mean(str(key), known) if key not in known else ""
            if hint:
                self._problems.append(Problem(shown, f"{where}unknown key {key!r} ignored{hint}", level="warning"))


def merge_metadata(layers: list[tuple[dict, str]], shown: str,
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

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["year"],
                "PARSERS": ["custom-formats", "absolute-time"]}
    try:
        found = DateDataParser(languages=[lang.code_of(language)], settings=settings).get_date_data(text)
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
