"""The SQLite store: one row per article with its contract JSON, plus claims and entities for queries.

Each article is written in one transaction, so an interrupted run leaves every article whole or absent.
WAL mode and a busy timeout let two runs share a store.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Collection, Iterator
from datetime import datetime, timezone
from functools import wraps
from inspect import isgeneratorfunction
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from .errors import StoreError, StoreNotFound

DEFAULT_PATH = Path(".factx") / "factx.db"
BUSY_TIMEOUT_MS = 30_000


def default_path() -> Path:
    return Path(os.environ.get("FACTX_DB") or DEFAULT_PATH)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would break the migration's own transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _m001_initial(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE articles (
            doc TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            date TEXT,
            date_source TEXT,
            n_entities INTEGER NOT NULL,
            n_amounts INTEGER NOT NULL,
            n_dates INTEGER NOT NULL,
            n_claims INTEGER NOT NULL,
            document TEXT NOT NULL,
            extracted_at TEXT NOT NULL
        );
        CREATE TABLE claims (
            doc TEXT NOT NULL REFERENCES articles(doc) ON DELETE CASCADE,
            id TEXT NOT NULL,
            frame TEXT NOT NULL,
            subject TEXT,
            object TEXT,
            hedged INTEGER NOT NULL,
            negated INTEGER NOT NULL,
            claim TEXT NOT NULL,
            PRIMARY KEY (doc, id)
        );
        CREATE INDEX claims_frame ON claims(frame);
        CREATE TABLE entities (
            doc TEXT NOT NULL REFERENCES articles(doc) ON DELETE CASCADE,
            canonical TEXT NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX entities_doc ON entities(doc);
        CREATE INDEX entities_canonical ON entities(canonical);
        """,
    )


def _m002_sources_and_reprints(conn: sqlite3.Connection) -> None:
    """Where an article comes from (outlet, URL, title), the text its offsets index, and its reprint group."""
    _run_script(
        conn,
        """
        ALTER TABLE articles ADD COLUMN source TEXT;
        ALTER TABLE articles ADD COLUMN url TEXT;
        ALTER TABLE articles ADD COLUMN title TEXT;
        ALTER TABLE articles ADD COLUMN text TEXT;
        CREATE TABLE reprint_groups (
            doc TEXT PRIMARY KEY REFERENCES articles(doc) ON DELETE CASCADE,
            group_id TEXT NOT NULL,
            label TEXT NOT NULL
        );
        CREATE INDEX reprint_groups_group ON reprint_groups(group_id);
        """,
    )


def _m003_reviews(conn: sqlite3.Connection) -> None:
    # Keyed by the conflict's stable id, not by article: a verdict outlives re-extraction and `forget`.
    # `fact` keeps what the conflict was about, to show a mark whose conflict no longer appears.
    _run_script(
        conn,
        """
        CREATE TABLE reviews (
            conflict_id TEXT PRIMARY KEY,
            verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed')),
            note TEXT,
            fact TEXT,
            reviewed_at TEXT NOT NULL
        );
        """,
    )


# Ordered; each runs once per store and is recorded in _factx_migrations. Append, never edit.
MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = [
    ("m001_initial", _m001_initial),
    ("m002_sources_and_reprints", _m002_sources_and_reprints),
    ("m003_reviews", _m003_reviews),
]


F = TypeVar("F", bound=Callable[..., Any])


def _sql(doing: str) -> Callable[[F], F]:
    """A Store method whose SQLite errors become one-line :class:`StoreError`s naming the store."""

    def decorate(fn: F) -> F:
        if isgeneratorfunction(fn):

            @wraps(fn)
            def gen(self: Store, *args: Any, **kwargs: Any) -> Any:
                try:
                    yield from fn(self, *args, **kwargs)
                except sqlite3.Error as e:
                    raise self.error(e, doing) from e

            return gen  # type: ignore[return-value]

        @wraps(fn)
        def plain(self: Store, *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(self, *args, **kwargs)
            except sqlite3.Error as e:
                raise self.error(e, doing) from e

        return plain  # type: ignore[return-value]

    return decorate


class Store:
    """A factx store. ``create=False`` (what read commands use) refuses a path with no store instead of
    creating an empty one there: a mistyped ``--db`` would otherwise answer "0 conflicts" in silence.

    ``read_only=True`` opens it for reading only (SQLite's ``mode=ro``, or ``immutable`` in a folder where
    not even WAL's shared-memory file can be made): nothing is created, migrated or switched to WAL. A
    non-empty SQLite database that is not a factx store is refused, whatever the mode.
    """

    def __init__(self, path: Path | str | None = None, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.read_only = read_only
        if self.path.is_dir():
            raise StoreError(
                f"{self.path} is a folder; name the store's file in it (e.g. {self.path / 'factx.db'})"
            )
        if (not create or read_only) and not self.path.is_file():
            raise StoreNotFound(self.path)
        try:
            if read_only:
                self.conn = self._connect_read_only()
            else:
                if self.path.parent and not self.path.parent.exists():
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.conn.create_function("factx_fold", 1, _fold, deterministic=True)
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._check_is_factx()
            if read_only:
                self._check_migrated()
            else:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA foreign_keys = ON")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
        except StoreError:
            self._close_quietly()
            raise
        except sqlite3.Error as e:
            self._close_quietly()
            raise self.error(e, "cannot open the store") from e
        except OSError as e:
            raise StoreError(f"{self.path}: cannot open the store ({e.strerror or e})") from e

    def _connect_read_only(self) -> sqlite3.Connection:
        uri = self.path.absolute().as_uri()
        conn = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            # WAL needs its -shm file beside the store: in a read-only folder without one, read the file as it
            # is (immutable: no one can be writing to it there)
            conn.close()
            return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)

    def _close_quietly(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()

    def _check_is_factx(self) -> None:
        tables = [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        if tables and "_factx_migrations" not in tables:
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(
                f"{self.path}: a SQLite database of another program (tables: {shown}), not a factx store; "
                "name another file with --db"
            )

    def _check_migrated(self) -> None:
        try:
            done = {row[0] for row in self.conn.execute("SELECT name FROM _factx_migrations")}
        except sqlite3.OperationalError:
            done = set()
        missing = [name for name, _ in MIGRATIONS if name not in done]
        if missing:
            raise StoreError(
                f"{self.path}: a store of an older factx (it lacks {', '.join(missing)}); run `factx extract` "
                "on it once to upgrade it (read commands never change a store)"
            )

    def error(self, e: sqlite3.Error, doing: str = "cannot write the store") -> StoreError:
        """A SQLite error as one line naming the store, what is wrong and what to do."""
        msg = str(e)
        low = msg.lower()
        if "malformed json" in low:
            return StoreError(f"{self.path}: {self._damaged_rows()}")
        if "readonly" in low or "read-only" in low:
            hint = "it is read-only: check the permissions of the file and of its folder"
        elif "disk is full" in low or "database or disk is full" in low:
            hint = "the disk is full: free some space and run again; articles already stored are whole"
        elif "locked" in low or "busy" in low:
            hint = "another factx run is holding it: try again when it ends"
        elif "not a database" in low or "malformed" in low or "corrupt" in low:
            hint = f"it is damaged or not a SQLite file ({msg}): name another file with --db"
        elif "unable to open" in low:
            hint = "the file or its folder cannot be opened: check the path and the permissions"
        else:
            hint = msg
        return StoreError(f"{self.path}: {doing}: {hint}")

    def _loads(self, raw: str, doc: str) -> dict:
        try:
            return json.loads(raw)
        except (ValueError, TypeError, RecursionError) as e:
            raise StoreError(f"{self.path}: {_damaged([doc])}") from e

    def _damaged_rows(self) -> str:
        """What to say of rows SQLite's JSON functions found malformed: which articles, what to do."""
        try:
            docs = [
                r[0]
                for r in self.conn.execute(
                    "SELECT doc FROM articles WHERE NOT json_valid(document)"
                    " UNION SELECT doc FROM claims WHERE NOT json_valid(claim) ORDER BY 1 LIMIT 3"
                )
            ]
        except sqlite3.Error:
            docs = []
        return (
            _damaged(docs)
            if docs
            else "a stored row is damaged (not JSON); restore the store or make it anew"
        )

    @_sql("cannot read the store")
    def sha_index(self) -> dict[str, list[str]]:
        """sha256 of each stored text -> the names it is stored under."""
        out: dict[str, list[str]] = {}
        for doc, sha in self.conn.execute("SELECT doc, sha256 FROM articles ORDER BY doc"):
            out.setdefault(sha, []).append(doc)
        return out

    def migrate(self) -> None:
        c = self.conn
        c.execute(
            "CREATE TABLE IF NOT EXISTS _factx_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in c.execute("SELECT name FROM _factx_migrations")}
        for name, fn in MIGRATIONS:
            if name in done:
                continue
            c.execute("BEGIN IMMEDIATE")
            try:
                # Re-check under the write lock: another run may have migrated meanwhile.
                if not c.execute("SELECT 1 FROM _factx_migrations WHERE name = ?", (name,)).fetchone():
                    fn(c)
                    c.execute("INSERT INTO _factx_migrations VALUES (?, ?)", (name, _now()))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------------------

    def _failed(self, e: BaseException, doing: str) -> NoReturn:
        """Roll the transaction back and raise: a SQLite error as a :class:`StoreError` of one line."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolls back by itself on the errors that prevent this (disk full, I/O)
        if isinstance(e, sqlite3.Error):
            raise self.error(e, doing) from e
        raise e

    @_sql("cannot read the store")
    def stored_sha(self, doc: str) -> str | None:
        row = self.conn.execute("SELECT sha256 FROM articles WHERE doc = ?", (doc,)).fetchone()
        return row[0] if row else None

    def put(self, document: dict, text: str | None = None) -> None:
        """Store one article's contract document (and the text its offsets index), replacing what was there,
        in one transaction."""
        c = self.conn
        claims = document.get("claims", [])
        entities = document.get("entities", [])
        try:
            c.execute("BEGIN IMMEDIATE")
            c.execute("DELETE FROM articles WHERE doc = ?", (document["doc"],))
            c.execute(
                "INSERT INTO articles (doc, sha256, date, date_source, n_entities, n_amounts, n_dates, n_claims,"
                " document, extracted_at, source, url, title, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document["doc"],
                    document["sha256"],
                    document.get("date"),
                    document.get("date_source"),
                    len(entities),
                    len(document.get("amounts", [])),
                    len(document.get("dates", [])),
                    len(claims),
                    _dumps(document),
                    _now(),
                    document.get("source"),
                    document.get("url"),
                    document.get("title"),
                    text,
                ),
            )
            c.executemany(
                "INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        document["doc"],
                        cl["id"],
                        cl["frame"],
                        _name(cl.get("subject")),
                        _name(cl.get("object")),
                        int(bool(cl.get("hedged"))),
                        int(bool(cl.get("negated"))),
                        _dumps(cl),
                    )
                    for cl in claims
                ],
            )
            c.executemany(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (document["doc"], e["canonical"], e["label"], e["text"], e["start"], e["end"])
                    for e in entities
                ],
            )
            c.execute("COMMIT")
        except BaseException as e:
            self._failed(e, "cannot store an article")

    # -- reading --------------------------------------------------------------------------------------------

    @_sql("cannot read the store")
    def document(self, doc: str) -> dict | None:
        row = self.conn.execute("SELECT document FROM articles WHERE doc = ?", (doc,)).fetchone()
        return self._loads(row[0], doc) if row else None

    @_sql("cannot read the store")
    def documents(self) -> Iterator[dict]:
        for doc, raw in self.conn.execute("SELECT doc, document FROM articles ORDER BY doc"):
            yield self._loads(raw, doc)

    @_sql("cannot read the store")
    def articles(self) -> list[dict]:
        cur = self.conn.execute(
            "SELECT a.doc, a.date, a.n_entities, a.n_amounts, a.n_dates, a.n_claims, a.extracted_at, a.source,"
            " a.url, a.title, g.group_id AS reprint_group, g.label AS reprint_label"
            " FROM articles a LEFT JOIN reprint_groups g ON g.doc = a.doc ORDER BY a.doc"
        )
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur]

    @_sql("cannot read the store")
    def claims(
        self,
        frame: str | None = None,
        entity: str | Collection[str] | None = None,
        doc: str | Collection[str] | None = None,
    ) -> Iterator[tuple[str, dict]]:
        """(doc, claim) pairs, filtered; ``entity`` (one name or several) matches the subject or object's
        canonical name, any case; ``doc`` is one article name or several."""
        sql, args = "SELECT doc, claim FROM claims WHERE 1=1", []
        if frame:
            sql += " AND frame = ?"
            args.append(frame)
        if entity is not None:
            # SQLite's lower() only knows ASCII ("État"): compare with Python's casefold
            names = sorted({_fold(n) for n in ([entity] if isinstance(entity, str) else entity)})
            marks = ", ".join("?" * len(names))
            sql += f" AND (factx_fold(subject) IN ({marks}) OR factx_fold(object) IN ({marks}))"
            args += names + names
        if doc is not None:
            docs = sorted({doc} if isinstance(doc, str) else set(doc))
            sql += f" AND doc IN ({', '.join('?' * len(docs))})"
            args += docs
        sql += " ORDER BY doc, json_extract(claim, '$.start'), id"
        for d, raw in self.conn.execute(sql, args):
            yield d, self._loads(raw, d)

    @_sql("cannot read the store")
    def text(self, doc: str) -> str | None:
        """The text the stored offsets index (for a web page, the text extracted from it)."""
        row = self.conn.execute("SELECT text FROM articles WHERE doc = ?", (doc,)).fetchone()
        return row[0] if row else None

    # -- reprints and forgetting ----------------------------------------------------------------------------

    @_sql("cannot read the store")
    def reprint_groups(self) -> dict[str, tuple[str, str]]:
        """doc -> (group id, label) for every stored article that is part of a reprint group."""
        cur = self.conn.execute("SELECT doc, group_id, label FROM reprint_groups")
        return {d: (g, lab) for d, g, lab in cur}

    def update_reprint_groups(self) -> int:
        """Group the stored articles' reprints anew, in one transaction; returns the number of groups."""
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            n = self._regroup()
            c.execute("COMMIT")
        except BaseException as e:
            self._failed(e, "cannot update the reprint groups")
        return n

    def _regroup(self) -> int:
        from .reprints import group_reprints

        rows = self.conn.execute(
            "SELECT doc, text, source, date FROM articles WHERE text IS NOT NULL ORDER BY doc"
        ).fetchall()
        groups = group_reprints({"doc": d, "text": t, "source": s, "date": dt} for d, t, s, dt in rows)
        self.conn.execute("DELETE FROM reprint_groups")
        self.conn.executemany(
            "INSERT INTO reprint_groups VALUES (?, ?, ?)", [(d, g.id, g.label) for d, g in groups.items()]
        )
        return len({g.id for g in groups.values()})

    @_sql("cannot read the store")
    def match_docs(self, patterns: list[str]) -> dict[str, list[str]]:
        """pattern -> the stored docs it names: the name itself, a basename ('a.txt'), or a glob ('seeds/*')."""
        import fnmatch
        from pathlib import PurePath

        docs = [r[0] for r in self.conn.execute("SELECT doc FROM articles ORDER BY doc")]
        out = {}
        for p in patterns:
            if p in docs:
                out[p] = [p]
                continue
            out[p] = [
                d
                for d in docs
                if PurePath(d).name == p
                or fnmatch.fnmatchcase(d, p)
                or fnmatch.fnmatchcase(PurePath(d).name, p)
            ]
        return out

    def forget(self, docs: list[str], dry_run: bool = False) -> dict[str, int]:
        """Remove articles and all that was derived from them, in one transaction; what was (or would be) removed."""
        c = self.conn
        marks = ",".join("?" * len(docs))
        try:
            c.execute("BEGIN IMMEDIATE")
            removed = {
                "articles": c.execute(
                    f"SELECT count(*) FROM articles WHERE doc IN ({marks})", docs
                ).fetchone()[0],
                "claims": c.execute(f"SELECT count(*) FROM claims WHERE doc IN ({marks})", docs).fetchone()[
                    0
                ],
                "entities": c.execute(
                    f"SELECT count(*) FROM entities WHERE doc IN ({marks})", docs
                ).fetchone()[0],
            }
            if dry_run:
                c.execute("ROLLBACK")
                return removed
            c.execute(
                f"DELETE FROM articles WHERE doc IN ({marks})", docs
            )  # claims, entities, groups cascade
            self._regroup()  # a group may have lost its reprints
            c.execute("COMMIT")
        except BaseException as e:
            self._failed(e, "cannot remove articles")
        return removed

    @_sql("cannot read the store")
    def frames(self) -> list[str]:
        """The frames the stored claims use (user frames of ``--frames`` runs included)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT frame FROM claims ORDER BY frame")]

    @_sql("cannot read the store")
    def doc_names(self) -> list[dict]:
        """Each stored article's name and, when its document has one, its outlet (``source``)."""
        cur = self.conn.execute("SELECT doc, json_extract(document, '$.source') FROM articles ORDER BY doc")
        return [{"doc": d, "source": src} for d, src in cur]

    # -- review marks ---------------------------------------------------------------------------------------

    @_sql("cannot read the store")
    def reviews(self) -> dict[str, dict]:
        """Review marks by conflict id: {"verdict", "note", "fact", "reviewed_at"}."""
        try:
            cur = self.conn.execute(
                "SELECT conflict_id, verdict, note, fact, reviewed_at FROM reviews ORDER BY conflict_id"
            )
        except sqlite3.OperationalError as e:  # a store from before m003, opened without migrating
            if "no such table" in str(e):
                return {}
            raise
        return {i: {"verdict": v, "note": n, "fact": f, "reviewed_at": at} for i, v, n, f, at in cur}

    @_sql("cannot write the store")
    def set_review(
        self, conflict_id: str, verdict: str, note: str | None = None, fact: str | None = None
    ) -> None:
        """Record (or replace) the verdict on one conflict."""
        self.conn.execute(
            "INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?)",
            (conflict_id, verdict, note, fact, _now()),
        )

    @_sql("cannot write the store")
    def clear_review(self, conflict_id: str) -> bool:
        """Remove the verdict on one conflict; False when there was none."""
        return self.conn.execute("DELETE FROM reviews WHERE conflict_id = ?", (conflict_id,)).rowcount > 0

    @_sql("cannot read the store")
    def entity_rows(self) -> list[dict]:
        cur = self.conn.execute("SELECT canonical, label, text, doc FROM entities ORDER BY doc, start")
        return [{"canonical": c, "label": lab, "text": t, "doc": d} for c, lab, t, d in cur]


def aggregate_entities(rows: list[dict], mapping: dict[str, str] | None = None) -> list[dict]:
    """Each canonical name (after the corpus-wide ``mapping``) with its label, spellings seen, articles, mentions."""
    mapping = mapping or {}
    out: dict[tuple[str, str], dict] = {}
    for r in rows:
        name = mapping.get(r["canonical"], r["canonical"])
        e = out.setdefault(
            (name, r["label"]),
            {"canonical": name, "label": r["label"], "aliases": [], "docs": set(), "mentions": 0},
        )
        for alias in (r["text"], r["canonical"]):
            if alias != name and alias not in e["aliases"]:
                e["aliases"].append(alias)
        e["docs"].add(r["doc"])
        e["mentions"] += 1
    result = []
    for e in out.values():
        e["articles"] = len(e.pop("docs"))
        result.append(e)
    result.sort(key=lambda e: (-e["articles"], -e["mentions"], e["canonical"]))
    return result


def _damaged(docs: list[str]) -> str:
    if len(docs) == 1:
        return f"the stored row of {docs[0]!r} is damaged (not JSON); `factx forget {docs[0]}` and extract it again"
    shown = ", ".join(repr(d) for d in docs)
    return f"the stored rows of {shown} are damaged (not JSON); `factx forget` them and extract them again"


def _fold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def _name(mention: dict | None) -> str | None:
    return (mention.get("canonical") or mention.get("text")) if mention else None


def _dumps(obj: object) -> str:
    # allow_nan=False: Infinity is no JSON; a document holding it fails to store instead of poisoning reads
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
