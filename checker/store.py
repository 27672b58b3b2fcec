"""The cache: each source's extraction and each block's judgement kept in SQLite between runs,
so that a run after adding one article extracts only that article and judges only the blocks
of claims it joins.

What an entry is keyed by — a SHA-256 over everything a source's claims depend on
(``source_key``): the cache schema version; checker's version and a digest of its own code
(``code_digest``: claims made by other code, a release or a local edit, never match); the rule
set's ``digest`` (every loaded rule file); the source's path as reports print it (claims carry
it); its entry in the ``sources.toml`` beside it, and that manifest's printed path; and the
file's bytes (which hold the text, front matter and HTML meta). An entry holds what extraction
made of the source: the ``Source`` (with an inferred publication date, if any), its claims, its
problems (decoding, metadata, inference), so a hit gives exactly what extraction would, and the
claims as the JSON report prints them, so that a report does not encode them again.

A judgement is keyed by ``block_key``: the check and its level (findings carry their severity;
a project's config may re-level a check without touching the rule files), the block (what its
claims have in common) and, for each claim in order, its source's key and its id. A check's ``judge`` reads only the
block's claims and the context of their own sources (publication date, home country), all of
which the source keys pin down, so equal keys mean equal findings. It holds those findings,
their claims by position in the block.

Trust: the database (``claims.sqlite3`` in the cache folder; the command line's default folder
is ``.checker_cache/``) is used only when its SQLite application id, ``user_version`` and header
rows say it is a checker cache of this schema. Anything else — garbage bytes, another program's
database, an older schema, an entry that does not decode — is replaced by a fresh database,
with a warning on stderr, and the run extracts everything. Payloads are JSON, never pickle, so
a planted file can at worst hold wrong claims (as a planted article could), never run code.

Atomicity and concurrency: a fresh database is built under a temporary name and renamed into
place; each run's writes are one transaction (SQLite's rollback journal makes it all or
nothing, even if the run is killed). Runs wait up to ``LOCK_TIMEOUT`` seconds for each other;
past that a run goes on without the cache, with a warning, rather than block or risk it.

Growth: each entry and judgement remembers the corpus (the paths a run was given) that last
used it, and each corpus the run that last read it. At the end of a run, rows of the same corpus
that the run did not use (edited or deleted files, another rule set or checker version) are
dropped; beyond ``MAX_ENTRIES`` entries, the least recently read other corpora go too.

Costs of a warm run: one read and one SHA-256 per file, one TOML parse per ``sources.toml``,
one indexed SELECT per ``_LOOKUP_CHUNK`` sources or blocks, JSON decoding of the hits, one
short write transaction. Unchanged files are never decoded or parsed, unchanged blocks never
judged.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Hashable, Sequence
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Self

from checker import __version__
from checker.atomic import clear_leftovers, temporary_name
from checker.corpus import RawSource
from checker.extract import Entry
from checker.model import (
    Claim,
    Evidence,
    Finding,
    Problem,
    Source,
    TimeScope,
    Value,
)
from checker.printable import printable
from checker.ruleset import RuleSet

DATABASE_NAME = "claims.sqlite3"
SCHEMA_VERSION = 4  # bump when the tables or the payload layout change: older caches are rebuilt
APPLICATION_ID = 0x43484B43  # "CHKC" in SQLite's header: marks the file as a checker cache
FORMAT = "checker claims cache"
_NOTES = logging.getLogger(__name__)  # -v on the command line prints these on stderr
LOCK_TIMEOUT = 5.0  # seconds to wait for another run's transaction before going on without the cache
MAX_ENTRIES = 100_000  # least recently used entries beyond this are dropped (about 1 kB each)
_LOOKUP_CHUNK = 500  # keys per SELECT ... IN (...), well under SQLite's bound-parameter limit

_SCHEMA = f"""
PRAGMA application_id = {APPLICATION_ID};
PRAGMA user_version = {SCHEMA_VERSION};
BEGIN;
CREATE TABLE header (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    key BLOB PRIMARY KEY,  -- source_key(): SHA-256 of everything the claims depend on
    path TEXT NOT NULL,    -- the source as reports print it (for people inspecting the cache)
    corpus TEXT NOT NULL,  -- corpus_id() of the run that last used the entry
    payload TEXT NOT NULL, -- JSON [source, claims, problems] (encode_entry)
    report TEXT NOT NULL   -- the claims as the JSON report prints them, one per line
) WITHOUT ROWID;
CREATE INDEX entries_by_corpus ON entries (corpus);
CREATE TABLE judgements (
    key BLOB PRIMARY KEY,  -- block_key(): SHA-256 of the check, the block and its claims' keys
    corpus TEXT NOT NULL,  -- corpus_id() of the run that last used it
    payload TEXT NOT NULL  -- JSON list of findings (encode_judgement)
) WITHOUT ROWID;
CREATE INDEX judgements_by_corpus ON judgements (corpus);
CREATE TABLE corpora (
    corpus TEXT PRIMARY KEY,   -- corpus_id()
    last_run INTEGER NOT NULL  -- the number (header 'runs') of the last run that read it
) WITHOUT ROWID;
INSERT INTO header VALUES ('format', '{FORMAT}'), ('schema', '{SCHEMA_VERSION}'), ('runs', '0'),
                          ('created_by', 'checker {__version__}');
COMMIT;
"""
_COLUMNS = {"entries": ["key", "path", "corpus", "payload", "report"],
            "judgements": ["key", "corpus", "payload"]}


Judge = Callable[[Hashable, list[Claim]], list[Finding]]


class CacheRun:
    """One run's use of the cache: the entry of each source (``fetch``, and ``keep`` for those
    the extraction driver made afresh), then the findings of each block (``judged``); what the
    run made afresh and what it used are written in one transaction when the ``with`` block ends
    without an error. Without a usable database (see ``ClaimStore.open``) nothing is found, so
    everything is extracted and judged, and nothing is written."""

    def __init__(self, folder: str | os.PathLike, paths: Sequence[str | os.PathLike], rules: RuleSet):
        self.paths, self.rules = paths, rules
        self._store = ClaimStore.open(Path(folder))
        self._prefix = key_prefix(rules)
        self._keys: dict[str, bytes] = {}  # source path as printed -> source_key
        self._entries: dict[bytes, tuple[str, Entry]] = {}  # made this run
        self._used: list[bytes] = []
        self._judgements: dict[bytes, str] = {}  # made this run: key -> payload
        self._judged: list[bytes] | None = None  # None: the run did not judge (`checker claims`)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, error_type, *_) -> None:
        if self._store:
            if error_type is None:
                self._store.save(self._entries, self._used, corpus_id(self.paths), self._judgements, self._judged)
            self._store.close()
        if error_type is None:
            _NOTES.info("%s", self.tally())

    def tally(self) -> str:
        """What this run took from the cache: "cache .checker_cache/claims.sqlite3: 3 of 4 sources,
        10 of 12 blocks from it" (-v)."""
        if not self._store:
            return "cache: not used this run"
        sources = f"{len(self._used) - len(self._entries)} of {len(self._used)} sources"
        blocks = (f", {len(self._judged) - len(self._judgements)} of {len(self._judged)} blocks"
                  if self._judged is not None else "")
        return f"cache {self._store.path}: {sources}{blocks} from it"

    def fetch(self, raws: Sequence[RawSource]) -> list[Entry | None]:
        """The cached entry of each source read for the run (None where the cache has none), by
        its key (``source_key``): a source found here is never decoded. Remembers the sources'
        keys, which pin down each block's judgement (``judged``) and which entries the run used."""
        keys = [source_key(self._prefix, raw) for raw in raws]
        self._keys = {raw.shown: key for raw, key in zip(raws, keys)}
        self._used = keys
        cached = self._store.lookup(keys) if self._store else {}
        return [cached.get(key) for key in keys]

    def keep(self, raw: RawSource, entry: Entry) -> None:
        """Store a source's entry, made afresh this run, for the next run (written on exit)."""
        self._entries[self._keys[raw.shown]] = (raw.shown, entry)

    def judged(self, check: str, blocks: dict[Hashable, list[Claim]], judge: Judge) -> list[Finding]:
        """The findings of ``check`` over each block: those the cache holds for the same claims,
        ``judge(block, members)`` for the others."""
        if self._judged is None:
            self._judged = []
        level = self.rules.level(check)
        keyed = [(block_key(self._prefix, check, level, block, members, self._keys), block, members)
                 for block, members in blocks.items()]
        stored = self._store.lookup_judgements([key for key, _, _ in keyed if key]) if self._store else {}
        findings: list[Finding] = []
        for key, block, members in keyed:
            payload = stored.get(key) if key else None
            made = decode_judgement(payload, members) if payload is not None else None
            if made is None:
                made = judge(block, members)
                if key:
                    self._judgements[key] = encode_judgement(made, members)
            if key:
                self._judged.append(key)
            findings.extend(made)
        return findings


# --------------------------------------------------------------------------------------------
# Keys

@cache
def code_digest() -> str:
    """checker's version, the Python version and a SHA-256 over checker's own source and data
    files: an edited checker (or another release) never reuses claims made by other code."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}\0{sys.version_info[0]}.{sys.version_info[1]}".encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def key_prefix(rules: RuleSet) -> bytes:
    """The part of every key that is the same for a whole run: schema, code and rules."""
    return f"{FORMAT}/{SCHEMA_VERSION}\0{code_digest()}\0{rules.digest}\0".encode()


def source_key(prefix: bytes, raw: RawSource) -> bytes:
    """SHA-256 of ``prefix`` and everything of one source that its claims depend on."""
    metadata = json.dumps([raw.shown, raw.manifest_shown, raw.manifest], sort_keys=True, ensure_ascii=False,
                          default=lambda value: [type(value).__name__, str(value)])  # TOML dates: typed
    digest = hashlib.sha256(prefix)
    digest.update(metadata.encode())
    digest.update(b"\0")
    digest.update(raw.data)
    return digest.digest()


def block_key(prefix: bytes, check: str, level: str, block: Hashable, members: Sequence[Claim],
              source_keys: dict[str, bytes]) -> bytes | None:
    """SHA-256 of everything a check's judgement of one block depends on (see the module's
    docstring); None when a claim's source has no key (nothing to pin it down)."""
    try:
        material = b"".join(source_keys[claim.source] + claim.id.encode() for claim in members)
    except KeyError:
        return None
    return hashlib.sha256(prefix + f"{check}\0{level}\0{block!r}\0".encode() + material).digest()


def corpus_id(paths: Sequence[str | os.PathLike]) -> str:
    """Which corpus a run read (its paths, made absolute): the scope within which unused
    entries are pruned."""
    joined = "\0".join(sorted(os.path.abspath(p) for p in paths))
    return hashlib.sha256(joined.encode()).hexdigest()[:32]


# --------------------------------------------------------------------------------------------
# Payloads: compact JSON arrays in dataclass field order

_SOURCE_FIELDS = tuple(f.name for f in fields(Source))
_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_VALUE_FIELDS = tuple(f.name for f in fields(Value))
_TIME_FIELDS = tuple(f.name for f in fields(TimeScope))
_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
_SUBJECT, _VALUE, _TIME, _BINDING = (_CLAIM_FIELDS.index(name) for name in ("subject", "value", "time", "binding"))


class CorruptEntry(Exception):
    """A payload that does not decode into the dataclasses it was made from."""


def encode_entry(entry: Entry) -> str:
    source = [getattr(entry.source, name) for name in _SOURCE_FIELDS] if entry.source else None
    claims = []
    for claim in entry.claims:
        row = [getattr(claim, name) for name in _CLAIM_FIELDS]
        row[_SUBJECT] = list(claim.subject)
        row[_VALUE] = [getattr(claim.value, name) for name in _VALUE_FIELDS] if claim.value else None
        row[_TIME] = [getattr(claim.time, name) for name in _TIME_FIELDS] if claim.time else None
        row[_BINDING] = [[getattr(e, name) for name in _EVIDENCE_FIELDS] for e in claim.binding]
        claims.append(row)
    problems = [[p.path, p.message, p.level] for p in entry.problems]
    return json.dumps([source, claims, problems], ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def decode_entry(payload: str, report: str = "") -> Entry:
    """The entry ``encode_entry`` wrote, with its claims' ``report`` lines; ``CorruptEntry`` when
    the payload has another shape."""
    try:
        source_row, claim_rows, problem_rows = json.loads(payload)
        source = Source(*_exactly(source_row, _SOURCE_FIELDS)) if source_row is not None else None
        claims = []
        for row in claim_rows:
            row = _exactly(row, _CLAIM_FIELDS)
            row[_SUBJECT] = tuple(row[_SUBJECT])
            if row[_VALUE] is not None:
                row[_VALUE] = Value(*_exactly(row[_VALUE], _VALUE_FIELDS))
            if row[_TIME] is not None:
                row[_TIME] = TimeScope(*_exactly(row[_TIME], _TIME_FIELDS))
            row[_BINDING] = tuple(Evidence(*_exactly(e, _EVIDENCE_FIELDS)) for e in row[_BINDING])
            claims.append(Claim(*row))
        problems = [Problem(*_exactly(row, ("path", "message", "level"))) for row in problem_rows]
        claim_json = tuple(report.split("\n")) if claims else ()
        if report and len(claim_json) != len(claims):
            raise ValueError(f"{len(claim_json)} report lines for {len(claims)} claims")
    except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
        raise CorruptEntry(str(exc)) from None
    return Entry(source, claims, problems, claim_json if report else ())


# A finding as the engine makes it: its fields in order, without those a review adds later.
_FINDING_FIELDS = tuple(f.name for f in fields(Finding) if f.name not in ("baseline", "suppressed"))
_FINDING_SUBJECT, _FINDING_CLAIMS = (_FINDING_FIELDS.index(name) for name in ("subject", "claims"))


def encode_judgement(findings: Sequence[Finding], members: Sequence[Claim]) -> str:
    """The findings of one block, their claims by position among the block's members."""
    position = {id(claim): k for k, claim in enumerate(members)}
    rows = []
    for finding in findings:
        row = [getattr(finding, name) for name in _FINDING_FIELDS]
        row[_FINDING_CLAIMS] = [position[id(c)] for c in finding.claims]
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def decode_judgement(payload: str, members: Sequence[Claim]) -> list[Finding] | None:
    """The findings ``encode_judgement`` wrote, over the same members; None when the payload has
    another shape (the block is then judged again)."""
    if payload == "[]":
        return []
    try:
        findings = []
        for row in json.loads(payload):
            row = _exactly(row, _FINDING_FIELDS)
            row[_FINDING_SUBJECT] = tuple(row[_FINDING_SUBJECT])
            row[_FINDING_CLAIMS] = tuple(members[k] for k in row[_FINDING_CLAIMS])
            findings.append(Finding(*row))
    except (ValueError, TypeError, IndexError):
        return None
    return findings


def _exactly(row: object, names: tuple[str, ...]) -> list:
    if type(row) is not list or len(row) != len(names):
        raise TypeError(f"expected {len(names)} fields ({', '.join(names[:3])}, ...), got {row!r:.80}")
    return row


# --------------------------------------------------------------------------------------------
# The database

class ClaimStore:
    """An open, validated cache database. Every failure to use it is a warning, never an error:
    the run goes on and extracts what it cannot look up."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._db: sqlite3.Connection | None = connection
        self.path = path

    @classmethod
    def open(cls, folder: Path) -> ClaimStore | None:
        """The cache in ``folder``, created (or rebuilt when it is not a valid cache) as needed;
        ``None`` when it cannot be used this run (unwritable folder, another run holds it)."""
        path = folder / DATABASE_NAME
        try:
            _prepare_folder(folder)
            if not path.exists():
                _create(path, replacing=False)
            connection = _connect(path)
            reason = _unusable(connection)
            if reason:
                connection.close()
                warn(f"{path.as_posix()}: {reason}; discarded and rebuilt")
                _create(path, replacing=True)
                connection = _connect(path)
                reason = _unusable(connection)
                if reason:  # another run replaced it meanwhile with something odd: leave it alone
                    connection.close()
                    warn(f"{path.as_posix()}: {reason}; running without the cache")
                    return None
            return cls(connection, path)
        except (OSError, sqlite3.Error) as exc:
            warn(f"{path.as_posix()}: {_describe(exc)}; running without the cache")
            return None

    def lookup(self, keys: Sequence[bytes]) -> dict[bytes, Entry]:
        """The cached entries among ``keys``. A damaged database or entry discards the whole
        cache (nothing from it is used) and returns no entries."""
        if self._db is None:
            return {}
        found: dict[bytes, Entry] = {}
        try:
            self._db.execute("BEGIN")  # one read transaction: a consistent view of the entries
            for key, payload, report in self._select("entries", "payload, report", keys):
                found[key] = decode_entry(payload, report)
            self._db.execute("COMMIT")
        except (sqlite3.Error, CorruptEntry) as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error) and _busy(exc):
                warn(f"{self.path.as_posix()}: {_describe(exc)}; running without the cache")
                self.close()
                return {}
            warn(f"{self.path.as_posix()}: damaged ({_describe(exc)}); discarded and rebuilt")
            self.close()
            try:
                _create(self.path, replacing=True)
                self._db = _connect(self.path)
            except (OSError, sqlite3.Error) as again:
                warn(f"{self.path.as_posix()}: {_describe(again)}; running without the cache")
                self._db = None
            return {}
        return found

    def _select(self, table: str, columns: str, keys: Sequence[bytes]):
        """(key, *columns) of the rows of ``table`` among ``keys``, one SELECT per ``_LOOKUP_CHUNK`` keys."""
        for start in range(0, len(keys), _LOOKUP_CHUNK):
            chunk = keys[start:start + _LOOKUP_CHUNK]
            yield from self._db.execute(f"SELECT key, {columns} FROM {table} WHERE key IN ({','.join('?' * len(chunk))})",
                                        chunk)

    def lookup_judgements(self, keys: Sequence[bytes]) -> dict[bytes, str]:
        """The stored payloads among ``keys`` (decoded by the caller, which knows the claims)."""
        if self._db is None:
            return {}
        found: dict[bytes, str] = {}
        try:
            found.update(self._select("judgements", "payload", keys))
        except sqlite3.Error as exc:
            warn(f"{self.path.as_posix()}: {_describe(exc)}; judging every block afresh")
            return {}
        return found

    def save(self, fresh: dict[bytes, tuple[str, Entry]], used: Sequence[bytes], corpus: str,
             judgements: dict[bytes, str], judged: Sequence[bytes] | None = None) -> None:
        """In one transaction: store the ``fresh`` entries and ``judgements``, claim the ``used``
        entries and ``judged`` blocks for this ``corpus``, drop the corpus's rows this run did not
        use (judgements only when the run judged: ``judged`` is not None), and the least recently
        read other corpora while there are more than ``MAX_ENTRIES`` entries. Rows that did not
        change are not rewritten, so a warm run writes a few pages. On failure nothing is written."""
        if self._db is None:
            return
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
            run = int(db.execute("SELECT value FROM header WHERE name = 'runs'").fetchone()[0]) + 1
            db.execute("UPDATE header SET value = ? WHERE name = 'runs'", (str(run),))
            db.execute("INSERT OR REPLACE INTO corpora VALUES (?, ?)", (corpus, run))
            db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)",
                           [(key, shown, corpus, encode_entry(entry), "\n".join(entry.claim_json))
                            for key, (shown, entry) in fresh.items()])
            db.executemany("INSERT OR REPLACE INTO judgements VALUES (?, ?, ?)",
                           [(key, corpus, payload) for key, payload in judgements.items()])
            self._keep_only("entries", corpus, used)
            if judged is not None:
                self._keep_only("judgements", corpus, judged)
            self._evict_beyond_cap(corpus)
            db.execute("COMMIT")
        except (sqlite3.Error, TypeError, ValueError) as exc:
            self._rollback()
            warn(f"{self.path.as_posix()}: {_describe(exc)}; this run's claims were not cached")

    def _keep_only(self, table: str, corpus: str, used: Sequence[bytes]) -> None:
        """Claim the ``used`` rows of ``table`` for ``corpus`` and drop its other rows."""
        db = self._db
        used_keys = set(used)
        ours = {key for (key,) in db.execute(f"SELECT key FROM {table} WHERE corpus = ?", (corpus,))}
        db.executemany(f"UPDATE {table} SET corpus = ? WHERE key = ?", [(corpus, key) for key in used_keys - ours])
        db.executemany(f"DELETE FROM {table} WHERE key = ?", [(key,) for key in ours - used_keys])

    def _evict_beyond_cap(self, current: str) -> None:
        """Drop whole corpora, least recently read first (never the current one), until the
        cache holds at most ``MAX_ENTRIES`` entries."""
        db = self._db
        excess = db.execute("SELECT COUNT(*) FROM entries").fetchone()[0] - MAX_ENTRIES
        if excess <= 0:
            return
        by_age = db.execute("SELECT e.corpus, COUNT(*) FROM entries e LEFT JOIN corpora c ON c.corpus = e.corpus "
                            "WHERE e.corpus != ? GROUP BY e.corpus ORDER BY COALESCE(MAX(c.last_run), 0), e.corpus",
                            (current,)).fetchall()
        for corpus, count in by_age:
            if excess <= 0:
                break
            for table in ("entries", "judgements", "corpora"):
                db.execute(f"DELETE FROM {table} WHERE corpus = ?", (corpus,))
            excess -= count

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _rollback(self) -> None:
        if self._db is not None and self._db.in_transaction:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass


def warn(message: str) -> None:
    """Cache trouble is reported on stderr only: reports stay identical with or without it."""
    print(printable(f"checker: warning: {message}"), file=sys.stderr)


def _prepare_folder(folder: Path) -> None:
    """Create the cache folder, with a .gitignore so that it is never committed by accident."""
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# created by checker: this folder is a cache\n*\n", encoding="utf-8")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; each run's BEGIN ... COMMIT is explicit.
    return sqlite3.connect(path, timeout=LOCK_TIMEOUT, isolation_level=None)


def _create(path: Path, *, replacing: bool) -> None:
    """A fresh, empty cache at ``path``, built under a temporary name and moved into place so
    that no run ever sees half a schema. ``replacing`` discards whatever is at ``path``;
    otherwise a cache that a concurrent run put there first wins (hard link: create-if-absent)."""
    clear_leftovers(path)  # the temporary database of a run killed while creating the cache
    temporary = temporary_name(path)
    try:
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            connection.executescript(_SCHEMA)
        finally:
            connection.close()
        if replacing:
            # A journal left by the discarded file would be "rolled back" into the new one.
            for leftover in ("-journal", "-wal", "-shm"):
                path.with_name(path.name + leftover).unlink(missing_ok=True)
            os.replace(temporary, path)
            return
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _unusable(connection: sqlite3.Connection) -> str | None:
    """Why the open database is not a cache this checker may trust, or None when it is.
    Raises only when another run holds it locked."""
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if application_id != APPLICATION_ID:
            return "not a checker cache (another program's SQLite database, or an empty file)"
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            return f"cache schema version {version}, this checker uses {SCHEMA_VERSION}"
        header = dict(connection.execute("SELECT name, value FROM header"))
        columns = {table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")] for table in _COLUMNS}
    except sqlite3.Error as exc:
        if _busy(exc):
            raise
        return f"not a usable database ({_describe(exc)})"
    if header.get("format") != FORMAT or header.get("schema") != str(SCHEMA_VERSION):
        return "header does not name this cache format"
    if columns != _COLUMNS or not str(header.get("runs", "")).isdigit():
        return "tables do not match the cache schema"
    return None


def _busy(exc: sqlite3.Error) -> bool:
    """Whether the error is another run holding the database (wait longer next time), as
    opposed to a damaged file."""
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in str(exc)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower() if not exc.filename else f"{exc.filename}: {exc.strerror.lower()}"
    return str(exc) or type(exc).__name__
