"""The embedded backend: SQLite FTS5 in its own file under ``VAR_DIR``.

Independent of the main database (SQLite or PostgreSQL), so the default
install needs no search server. Text is folded (``search.folding.fold``)
before it is stored and before it is queried; BM25 ranks with field weights
(title 10, names 6, body 1) after a tier that puts an exact name first and a
name prefix second.
"""

import contextlib
import datetime
import functools
import json
import logging
import os
import sqlite3
import threading
import time
from pathlib import Path

from django.conf import settings

from search.backends import bitsets
from search.backends.base import Hit, SearchResults, SearchUnavailable, Suggestion
from search.documents import COMMUNITY, WITHHELD
from search.folding import tokens
from search.highlight import highlight

logger = logging.getLogger(__name__)

LANGS = [code for code, _name in settings.LANGUAGES]
MAX_TERMS = 12
MAX_TERM_LENGTH = 40
BM25_LIMIT = 1500  # matches scored with bm25(); larger sets are ordered by field
TERM_CACHE = 1024  # decoded postings kept per process, until the index changes
HEAD = 1  # postings space offset: 0 = every word of a row, 1 = words of its title and names
# Postings spaces below zero hold sets that are not words: a facet value's documents
# (term = its id) and an access level's (term = "level/community").
FACET_SPACE, ACCESS_SPACE = -1, -2
# Bumped when the file's layout changes; an older file is emptied and refilled by
# `search_index update` (load_demo runs it) or `rebuild`.
FORMAT = 3
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
WAL_LIMIT = 8 * 1024 * 1024

SCHEMA = """
CREATE TABLE IF NOT EXISTS docs(
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
    access TEXT NOT NULL, community TEXT NOT NULL DEFAULT '', sort TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL, until TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS docs_by_sort ON docs(sort, id);
CREATE TABLE IF NOT EXISTS bodies(rid INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, names, body,
    tokenize = "unicode61 remove_diacritics 0", prefix = '2 3', detail = column);
CREATE TABLE IF NOT EXISTS rows(rid INTEGER PRIMARY KEY, title TEXT NOT NULL,
    names TEXT NOT NULL, raw TEXT NOT NULL, access TEXT NOT NULL, community TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS rows_by_title ON rows(title);
CREATE TABLE IF NOT EXISTS facet_values(
    id INTEGER PRIMARY KEY, facet TEXT NOT NULL, value TEXT NOT NULL, UNIQUE(facet, value));
CREATE TABLE IF NOT EXISTS facets(
    docid INTEGER NOT NULL, fid INTEGER NOT NULL, PRIMARY KEY(docid, fid)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS facets_by_value ON facets(fid, docid);
CREATE TABLE IF NOT EXISTS vocab(term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS postings(
    space INTEGER NOT NULL, term TEXT NOT NULL, ids BLOB NOT NULL,
    PRIMARY KEY(space, term)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names(name TEXT NOT NULL, docid INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS names_by_name ON names(name);
CREATE TABLE IF NOT EXISTS generation(id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO generation(id, n) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS built(id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT NULL);
"""


TABLES = ("docs", "bodies", "fts", "rows", "facets", "facet_values", "vocab", "postings", "names")


def _row_terms(title, names, body):
    """The words of one row for each postings space: (every word, title and name words)."""
    head = set(title.split()) | set(names.split())
    head.discard(";")
    return head | set(body.split()), head


def _lang_index(language):
    return LANGS.index(language) if language in LANGS else 0


def _quote(term):
    r"""A folded word as FTS5 terms. FTS5's tokenizer splits words at "_" (Python's \w
    does not), and a split word would be a phrase, which this index (detail=column)
    refuses: each part becomes a term of its own, all required."""
    return " ".join(f'"{part}"' for part in term.replace('"', "").split("_") if part)


def _terms(text):
    """The query's folded words, bounded, without words made only of underscores."""
    return [t[:MAX_TERM_LENGTH] for t in tokens(text) if t.strip("_")][:MAX_TERMS]


def _edits1(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in ALPHABET]
    inserts = [a + c + b for a, b in splits for c in ALPHABET]
    return set(deletes + transposes + replaces + inserts) - {word}


class IndexNotBuilt(SearchUnavailable):
    """The index file holds nothing yet: new, deleted while running, or moved aside."""


def _unavailable_on_error(method):
    """A broken index file (corrupt, unreadable, locked too long) is reported as the
    search being unavailable, never as a raw ``sqlite3`` error in a request."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            self.close()
            raise SearchUnavailable(f"embedded index {self.path}: {exc}") from exc

    return wrapper


class EmbeddedBackend:
    """SQLite FTS5 search; one connection per thread on one index file.

    Connections run in autocommit mode and every read or write is one explicit
    transaction that always ends, so a worker never keeps reading an old snapshot
    of the file: a change made by any process is seen by the next query of every
    other process.
    """

    name = "embedded"

    def __init__(self, path=None):
        self.path = Path(path or Path(settings.VAR_DIR) / "search.sqlite3")
        self._local = threading.local()
        # Per-process sets derived from the index, dropped when its generation moves.
        self._state = (None, {})
        self._state_lock = threading.Lock()

    # -- connection ---------------------------------------------------------------
    def _file_id(self):
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (stat.st_dev, stat.st_ino)

    @property
    def db(self):
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: no implicit transactions; _reading and _writing open
            # and close their own.
            conn = sqlite3.connect(
                self.path, check_same_thread=False, timeout=30, isolation_level=None
            )
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                # After a checkpoint the write-ahead log shrinks back to this size.
                conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
                if conn.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
                    self._reformat(conn)
                conn.executescript(SCHEMA)
                conn.execute(
                    "CREATE TEMP TABLE IF NOT EXISTS matched(docid INTEGER PRIMARY KEY, "
                    "tier INTEGER, accent INTEGER, score REAL, sort TEXT)"
                )
            except sqlite3.DatabaseError:
                conn.close()
                raise
            self._local.conn = conn
            self._local.file_id = self._file_id()
        return conn

    def _reconnect_if_replaced(self):
        """Open the file anew when it was deleted or replaced since this thread opened it
        (a rebuild that moved a corrupt file aside, an operator's restore)."""
        if getattr(self._local, "conn", None) is not None:
            if self._file_id() != self._local.file_id:
                self.close()

    @contextlib.contextmanager
    def _reading(self):
        """One consistent snapshot for the statements of one query, released at its end."""
        self._reconnect_if_replaced()
        db = self.db
        db.execute("BEGIN")
        try:
            yield db
        finally:
            if db.in_transaction:
                db.execute("COMMIT")

    @contextlib.contextmanager
    def _writing(self):
        """One write transaction, taken at once so two writers queue instead of failing."""
        self._reconnect_if_replaced()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            generation = db.execute("SELECT n FROM generation WHERE id = 1").fetchone()[0]
            if generation != getattr(self._local, "written", None):
                # Another process wrote since this thread did: its facet ids may be new.
                self._local.__dict__.pop("facet_ids", None)
            yield db
            self._changed(db)
            self._local.written = generation + 1
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            self._local.__dict__.pop("facet_ids", None)
            raise

    @staticmethod
    def _reformat(conn):
        """Drop an index written in an older layout (it would answer wrongly), and mark
        the file as current; its documents come back with the next update or rebuild."""
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'fts_%'"
                " AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for name in tables:
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        conn.execute(f"PRAGMA user_version = {FORMAT}")

    def close(self):
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def set_aside(self):
        """Move a broken index file (and its log) aside, so the next write starts afresh.

        Returns the new name of the file, or None when there was no file."""
        self.close()
        if not self.path.exists():
            return None
        aside = self.path.with_name(f"{self.path.name}.broken-{time.strftime('%Y%m%d%H%M%S')}")
        for suffix in ("-wal", "-shm"):
            extra = self.path.with_name(self.path.name + suffix)
            if extra.exists():
                extra.rename(aside.with_name(aside.name + suffix))
        self.path.rename(aside)
        return aside

    @_unavailable_on_error
    def check(self):
        """Raise SearchUnavailable unless the file is readable and whole (a quick check
        of its structure, for the operator's status command and health checks)."""
        with self._reading() as db:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise SearchUnavailable(f"embedded index {self.path}: {result}")

    # -- writing ------------------------------------------------------------------
    @staticmethod
    def _changed(db):
        """Every write moves the generation, so other processes drop their derived sets."""
        db.execute("UPDATE generation SET n = n + 1 WHERE id = 1")

    @_unavailable_on_error
    def index(self, documents):
        """Add or replace ``documents``; withheld ones are removed, never stored."""
        count = 0
        removed, added = {}, {}
        with self._writing() as db:
            for doc in documents:
                self._delete(db, [doc.key], removed)
                if doc.access == WITHHELD:
                    continue
                self._insert(db, doc, added)
                count += 1
            self._apply_postings(db, removed, added)
        return count

    def _insert(self, db, doc, added):
        meta = {
            "titles": {lang: doc.title(lang) for lang in LANGS},
            "urls": {lang: doc.url(lang) for lang in LANGS},
            "thumbnail": doc.thumbnail,
        }
        cur = db.execute(
            "INSERT INTO docs(key, kind, access, community, sort, meta, until) "
            "VALUES (?,?,?,?,?,?,?)",
            (
                doc.key,
                doc.kind,
                doc.access,
                doc.community or "",
                " ".join(tokens(doc.title(LANGS[0]))),
                json.dumps(meta, ensure_ascii=False),
                doc.visible_until or "",
            ),
        )
        docid = cur.lastrowid
        names = " ; ".join(" ".join(tokens(n)) for n in doc.names if n)
        # Vietnamese (row 0) always; another language only where it has text of its own,
        # so untranslated documents are not stored four times. Queries in that language
        # read its rows and row 0.
        for i, lang in enumerate(LANGS):
            title = doc.titles.get(lang) or "" if i else doc.title(lang)
            body = doc.bodies.get(lang) or "" if i else doc.body(lang)
            if i and not (title.strip() or body.strip()) or title == "None":
                continue
            rid = docid * 8 + i
            folded_title, row_names = " ".join(tokens(title)), "" if i else names
            db.execute(
                "INSERT INTO fts(rowid, title, names, body) VALUES (?,?,?,?)",
                (rid, folded_title, row_names, " ".join(tokens(body))),
            )
            # Ranking reads these small rows, never the FTS content with its long bodies.
            db.execute(
                "INSERT INTO rows(rid, title, names, raw, access, community) VALUES (?,?,?,?,?,?)",
                (rid, folded_title, row_names, title.casefold(), doc.access, doc.community or ""),
            )
            if body:
                db.execute("INSERT INTO bodies(rid, body) VALUES (?,?)", (rid, body))
            every, head = _row_terms(folded_title, row_names, " ".join(tokens(body)))
            for term in every:
                added.setdefault((i * 2, term), []).append(docid)
            for term in head:
                added.setdefault((i * 2 + HEAD, term), []).append(docid)
        db.executemany(
            "INSERT INTO names(name, docid) VALUES (?, ?)",
            [(" ".join(tokens(n)), docid) for n in doc.names if n and tokens(n)],
        )
        values = {("kind", doc.kind)}
        for facet, items in doc.facets.items():
            for value in [items] if isinstance(items, str) else items:
                if value:
                    values.add((facet, str(value)))
        fids = [self._facet_id(db, f, v) for f, v in values]
        db.executemany("INSERT INTO facets(docid, fid) VALUES (?, ?)", [(docid, f) for f in fids])
        for fid in fids:
            added.setdefault((FACET_SPACE, str(fid)), []).append(docid)
        added.setdefault((ACCESS_SPACE, f"{doc.access}/{doc.community or ''}"), []).append(docid)
        terms = set()
        for text in [*doc.titles.values(), *doc.names]:
            terms.update(tokens(text))
        db.executemany(
            "INSERT INTO vocab(term, n) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET n = n + 1",
            [(t,) for t in terms],
        )

    def _facet_id(self, db, facet, value):
        cache = self._local.__dict__.setdefault("facet_ids", {})
        fid = cache.get((facet, value))
        if fid is None:
            row = db.execute(
                "INSERT INTO facet_values(facet, value) VALUES (?, ?) "
                "ON CONFLICT(facet, value) DO UPDATE SET value = value RETURNING id",
                (facet, value),
            ).fetchone()
            fid = cache[(facet, value)] = row[0]
        return fid

    def _delete(self, db, keys, removed):
        for key in keys:
            row = db.execute("SELECT id FROM docs WHERE key = ?", (key,)).fetchone()
            if row is None:
                continue
            docid = row[0]
            rids = [docid * 8 + i for i in range(len(LANGS))]
            marks = ",".join("?" * len(rids))
            # The FTS table keeps each row's folded words: they say which postings to clear.
            for rid, title, names, body in db.execute(
                f"SELECT rowid, title, names, body FROM fts WHERE rowid IN ({marks})", rids
            ):
                every, head = _row_terms(title, names, body)
                row_space = (rid & 7) * 2
                for term in every:
                    removed.setdefault((row_space, term), []).append(docid)
                for term in head:
                    removed.setdefault((row_space + HEAD, term), []).append(docid)
            db.execute("DELETE FROM names WHERE docid = ?", (docid,))
            db.execute(f"DELETE FROM fts WHERE rowid IN ({marks})", rids)
            db.execute(f"DELETE FROM bodies WHERE rid IN ({marks})", rids)
            db.execute(f"DELETE FROM rows WHERE rid IN ({marks})", rids)
            for (fid,) in db.execute("SELECT fid FROM facets WHERE docid = ?", (docid,)):
                removed.setdefault((FACET_SPACE, str(fid)), []).append(docid)
            level, community = db.execute(
                "SELECT access, community FROM docs WHERE id = ?", (docid,)
            ).fetchone()
            removed.setdefault((ACCESS_SPACE, f"{level}/{community}"), []).append(docid)
            db.execute("DELETE FROM facets WHERE docid = ?", (docid,))
            db.execute("DELETE FROM docs WHERE id = ?", (docid,))

    @_unavailable_on_error
    def delete(self, keys):
        removed = {}
        with self._writing() as db:
            self._delete(db, keys, removed)
            self._apply_postings(db, removed, {})

    @staticmethod
    def _apply_postings(db, removed, added):
        """Clear then set the changed documents' bits in each term's stored set."""
        for key in set(removed) | set(added):
            row = db.execute(
                "SELECT ids FROM postings WHERE space = ? AND term = ?", key
            ).fetchone()
            bits = bitsets.decode(row[0]) if row else 0
            gone = bitsets.from_ids(removed.get(key, ()))
            bits = (bits & ~gone) | bitsets.from_ids(added.get(key, ()))
            if bits:
                db.execute(
                    "INSERT INTO postings(space, term, ids) VALUES (?, ?, ?) "
                    "ON CONFLICT(space, term) DO UPDATE SET ids = excluded.ids",
                    (*key, bitsets.encode(bits)),
                )
            elif row:
                db.execute("DELETE FROM postings WHERE space = ? AND term = ?", key)

    @staticmethod
    def _mark_built(db):
        db.execute("INSERT OR REPLACE INTO built(id, at) VALUES (1, datetime('now'))")

    @_unavailable_on_error
    def mark_built(self):
        """Say the index holds every document (after a full update): until then a search
        answers that the index is not built, rather than a silent "no results"."""
        with self._writing() as db:
            self._mark_built(db)

    @_unavailable_on_error
    def clear(self):
        with self._writing() as db:
            for table in TABLES:
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            self._local.__dict__.pop("facet_ids", None)

    def rebuild(self, documents):
        """Replace the whole index in one transaction: searches see the old one until commit.

        A file that cannot be read (corrupt, not an index) is moved aside first and
        the index is written into a new one; returns the number of documents."""
        try:
            self.check()
        except SearchUnavailable as exc:
            aside = self.set_aside()
            logger.warning("Search index unreadable (%s); moved aside to %s", exc, aside)
        return self._rebuild(documents)

    @_unavailable_on_error
    def _rebuild(self, documents):
        count = 0
        with self._writing() as db:
            for table in TABLES:
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            self._local.__dict__.pop("facet_ids", None)
            self._mark_built(db)
            added = {}
            for doc in documents:
                if doc.access != WITHHELD:
                    self._insert(db, doc, added)
                    count += 1
            db.executemany(
                "INSERT INTO postings(space, term, ids) VALUES (?, ?, ?)",
                (
                    (space, term, bitsets.encode(bitsets.from_ids(docids)))
                    for (space, term), docids in added.items()
                ),
            )
        self.optimize()
        return count

    @_unavailable_on_error
    def optimize(self):
        """Merge the full-text index, refresh the planner's statistics and give the disk
        back: the write-ahead log is copied into the file and truncated."""
        with self._writing() as db:
            db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            db.execute("ANALYZE")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @_unavailable_on_error
    def count(self):
        with self._reading() as db:
            return db.execute("SELECT count(*) FROM docs").fetchone()[0]

    @_unavailable_on_error
    def keys(self):
        with self._reading() as db:
            return {row[0] for row in db.execute("SELECT key FROM docs")}

    # -- reading ------------------------------------------------------------------
    @staticmethod
    def _access(scope, alias="d"):
        levels = sorted(level for level in scope.levels if level not in (COMMUNITY, WITHHELD))
        a = alias
        clauses = [f"{a}.access IN ({','.join('?' * len(levels))})"] if levels else []
        params = list(levels)
        if COMMUNITY in scope.levels and scope.communities:
            if "*" in scope.communities:
                clauses.append(f"{a}.access = 'community'")
            else:
                marks = ",".join("?" * len(scope.communities))
                clauses.append(f"({a}.access = 'community' AND {a}.community IN ({marks}))")
                params += sorted(scope.communities)
        return "(" + (" OR ".join(clauses) or "0") + ")", params

    @staticmethod
    def _variants(terms, synonyms):
        """The query's words, and the same words with each curated synonym swapped in."""
        phrase = " ".join(terms)
        variants = [terms]
        for group in synonyms:
            folded = [" ".join(tokens(g)) for g in group]
            for word in folded:
                if word and f" {word} " in f" {phrase} ":
                    for other in folded:
                        if other and other != word:
                            variants.append(
                                f" {phrase} ".replace(f" {word} ", f" {other} ").split()
                            )
        return variants

    def _match(self, terms, synonyms, columns=None, prefix_last=True):
        """An FTS5 MATCH expression made only of quoted folded terms (no user syntax)."""
        parts = []
        for variant in self._variants(terms, synonyms):
            quoted = [_quote(t) for t in variant]
            if prefix_last and quoted:
                quoted[-1] += "*"
            parts.append("(" + " ".join(quoted) + ")")
        expression = " OR ".join(parts)
        if columns:
            expression = "{" + " ".join(columns) + "}: (" + expression + ")"
        return expression

    # -- sets derived from the index, per process ------------------------------------
    def _require_built(self, db):
        """An index that was never filled (new, or deleted under a running server) must
        not answer "no results" as if the site had none."""
        if not db.execute("SELECT 1 FROM built").fetchone():
            raise IndexNotBuilt(f"the search index {self.path} has not been built")

    def _derived(self):
        """Facet, access and sort-order sets and decoded postings, rebuilt in this process
        when the index generation moves (any write, from any process)."""
        db = self.db
        generation = db.execute("SELECT n FROM generation WHERE id = 1").fetchone()[0]
        self._require_built(db)
        cached_generation, state = self._state
        if cached_generation == generation:
            return state
        with self._state_lock:
            values = {
                fid: (facet, value)
                for fid, facet, value in db.execute("SELECT id, facet, value FROM facet_values")
            }
            facets, access = {}, {}
            for space, term, blob in db.execute(
                "SELECT space, term, ids FROM postings WHERE space IN (?, ?)",
                (FACET_SPACE, ACCESS_SPACE),
            ):
                if space == FACET_SPACE:
                    facets[int(term)] = bitsets.decode(blob)
                else:
                    level, _slash, community = term.partition("/")
                    access[(level, community)] = bitsets.decode(blob)
            order = [docid for (docid,) in db.execute("SELECT id FROM docs ORDER BY sort, id")]
            state = {
                "facets": facets,
                "values": values,
                "fids": {pair: fid for fid, pair in values.items()},
                "access": access,
                "order": order,
                "rank": {docid: i for i, docid in enumerate(order)},
                "terms": {},
            }
            self._state = (generation, state)
        return state

    def _allowed(self, scope, state):
        """Every document ``scope`` may see today."""
        bits = 0
        for (level, community), docs in state["access"].items():
            if scope.allows(level, community):
                bits |= docs
        return bits & ~self._lapsed(state)

    def _lapsed(self, state):
        """Documents whose last day to be shown has passed (consent expired), as of today:
        hidden at once, before the daily withdrawal removes them."""
        today = datetime.date.today().isoformat()
        cached = state.get("lapsed")
        if cached is None or cached[0] != today:
            rows = self.db.execute("SELECT id FROM docs WHERE until != '' AND until < ?", (today,))
            cached = state["lapsed"] = (today, bitsets.from_ids([docid for (docid,) in rows]))
        return cached[1]

    def _term_bits(self, state, space, term, prefix):
        key = (space, term, prefix)
        cache = state["terms"]
        bits = cache.get(key)
        if bits is None:
            if prefix:
                rows = self.db.execute(
                    "SELECT ids FROM postings WHERE space = ? AND term >= ? AND term < ?",
                    (space, term, term + "\U0010ffff"),
                )
            else:
                rows = self.db.execute(
                    "SELECT ids FROM postings WHERE space = ? AND term = ?", (space, term)
                )
            bits = 0
            for (blob,) in rows:
                bits |= bitsets.decode(blob)
            if len(cache) >= TERM_CACHE:
                cache.clear()
            cache[key] = bits
        return bits

    def _text_bits(self, state, variants, lang, head=False):
        """Documents with every word of a variant in one row (Vietnamese, or the query's
        language); ``head`` looks only at titles and names. The last word is a prefix."""
        found = 0
        for variant in variants:
            for row in {0, lang}:
                bits = None
                for j, term in enumerate(variant):
                    space = row * 2 + (HEAD if head else 0)
                    term_bits = self._term_bits(state, space, term, j == len(variant) - 1)
                    bits = term_bits if bits is None else bits & term_bits
                    if not bits:
                        break
                found |= bits or 0
        return found

    @staticmethod
    def _chosen(filters, state):
        """{facet: documents with any chosen value} for each facet with a choice."""
        chosen = {}
        for facet, values in filters.items():
            values = [v for v in values if v][:20]
            if values:
                bits = 0
                for value in values:
                    bits |= state["facets"].get(state["fids"].get((facet, value)), 0)
                chosen[facet] = bits
        return chosen

    # -- searching -------------------------------------------------------------------
    def _sets(self, state, terms, query, synonyms):
        """(what the user may see that matches the text, the same narrowed by filters)."""
        visible = self._allowed(query.scope, state)
        if terms:
            lang = _lang_index(query.language)
            visible &= self._text_bits(state, self._variants(terms, synonyms), lang)
        results = visible
        for bits in self._chosen(query.filters, state).values():
            results &= bits
        return visible, results

    def _lifted(self, terms, query, results, limit=5000):
        """{docid: (tier, accent)} for results whose title equals (0 with the typed
        diacritics, 1 folded) or begins with the query, or with a name equal to it (2)."""
        phrase = " ".join(terms)
        raw = query.text.strip().casefold()
        lang = _lang_index(query.language)
        lifted = {}
        for docid, tier, accent in self.db.execute(
            """SELECT rid >> 3, min(CASE WHEN raw = ?1 THEN 0 WHEN title = ?2 THEN 1 ELSE 2 END),
                   min(CASE WHEN instr(raw, ?1) > 0 THEN 0 ELSE 1 END)
            FROM (SELECT rid, raw, title FROM rows
                  WHERE title >= ?2 AND title < ?3 AND (rid & 7) IN (0, ?4) LIMIT ?5)
            GROUP BY rid >> 3""",
            (raw, phrase, phrase + "\U0010ffff", lang, limit),
        ):
            if results >> docid & 1:
                lifted[docid] = (tier, accent)
        for (docid,) in self.db.execute("SELECT docid FROM names WHERE name = ?", (phrase,)):
            if results >> docid & 1 and lifted.get(docid, (3, 1))[0] > 2:
                lifted[docid] = (2, lifted.get(docid, (3, 1))[1])
        return lifted

    def _page_by_bm25(self, terms, query, synonyms, results, offset):
        """Few enough matches: exact title, title prefix or name, diacritics, then BM25
        with field weights (title 10, names 6, body 1), then title order."""
        db = self.db
        lang = _lang_index(query.language)
        db.execute("DELETE FROM temp.matched")
        lifted = self._lifted(terms, query, results)
        db.execute(
            """INSERT INTO temp.matched(docid, tier, accent, score, sort)
            SELECT id, 3, 1, 0, sort FROM docs WHERE id IN (SELECT value FROM json_each(?))""",
            (json.dumps(bitsets.ids(results)),),
        )
        db.executemany(
            "UPDATE temp.matched SET tier = ?, accent = ? WHERE docid = ?",
            [(tier, accent, docid) for docid, (tier, accent) in lifted.items()],
        )
        db.execute(
            """INSERT INTO temp.matched(docid, tier, accent, score)
            SELECT f.rowid >> 3, 9, 9, bm25(fts, 10.0, 6.0, 1.0) FROM fts f
            WHERE fts MATCH ? AND (f.rowid & 7) IN (0, ?)
              AND (f.rowid >> 3) IN (SELECT docid FROM temp.matched)
            ON CONFLICT(docid) DO UPDATE SET score = min(score, excluded.score)""",
            (self._match(terms, synonyms), lang),
        )
        return [
            docid
            for (docid,) in db.execute(
                "SELECT docid FROM temp.matched ORDER BY tier, accent, score, sort "
                "LIMIT ? OFFSET ?",
                (query.per_page, offset),
            )
        ]

    def _page_by_field(self, state, terms, query, synonyms, results, offset):
        """Many matches (bm25 over all of them costs more than it tells): the lifted few,
        then matches in a title or name, then the rest, each in title order."""
        lifted = self._lifted(terms, query, results)
        rank = state["rank"]
        first = sorted(lifted, key=lambda d: (*lifted[d], rank.get(d, 0)))
        rest = results & ~bitsets.from_ids(first)
        lang = _lang_index(query.language)
        head = rest & self._text_bits(state, self._variants(terms, synonyms), lang, head=True)
        return self._slice(state, [first, head, rest & ~head], offset, query.per_page)

    @staticmethod
    def _slice(state, parts, offset, count):
        """``count`` documents from ``offset`` through ``parts`` (lists in order, or sets
        read in title order), one part after the other."""
        out = []
        for part in parts:
            size = len(part) if isinstance(part, list) else part.bit_count()
            if offset >= size:
                offset -= size
                continue
            want = offset + count - len(out)
            items = (
                part[:want]
                if isinstance(part, list)
                else bitsets.first(part, want, state["order"], state["rank"])
            )
            out += items[offset:]
            offset = 0
            if len(out) >= count:
                break
        return out[:count]

    @_unavailable_on_error
    def search(self, query, synonyms=()):
        with self._reading():
            return self._search(query, synonyms)

    def _search(self, query, synonyms):
        terms = _terms(query.text)
        state = self._derived()
        visible, results = self._sets(state, terms, query, synonyms)
        suggestion, corrected = "", False
        if not results and terms:
            fixed = self._correct(terms)
            if fixed != terms:
                suggestion = " ".join(fixed)
                fixed_visible, fixed_results = self._sets(state, fixed, query, synonyms)
                if fixed_results:
                    corrected, terms = True, fixed
                    visible, results = fixed_visible, fixed_results
        offset = (max(1, query.page) - 1) * query.per_page
        if not terms:
            page = self._slice(state, [results], offset, query.per_page)
        elif visible.bit_count() <= BM25_LIMIT:
            page = self._page_by_bm25(terms, query, synonyms, results, offset)
        else:
            page = self._page_by_field(state, terms, query, synonyms, results, offset)
        hits = self._hits(page, terms, query.language)
        facets = self._facet_counts(state, visible, query.filters)
        return SearchResults(hits, results.bit_count(), facets, suggestion, corrected)

    def _hits(self, docids, terms, language):
        if not docids:
            return []
        db = self.db
        lang = _lang_index(language)
        language = LANGS[lang]
        marks = ",".join("?" * len(docids))
        found = {
            docid: (key, kind, meta)
            for docid, key, kind, meta in db.execute(
                f"SELECT id, key, kind, meta FROM docs WHERE id IN ({marks})", docids
            )
        }
        rids = [docid * 8 + i for docid in docids for i in {0, lang}]
        bodies = dict(
            db.execute(
                f"SELECT rid, body FROM bodies WHERE rid IN ({','.join('?' * len(rids))})", rids
            )
        )
        hits = []
        for docid in docids:
            if docid not in found:
                continue
            key, kind, meta = found[docid]
            body = bodies.get(docid * 8 + lang) or bodies.get(docid * 8, "")
            meta = json.loads(meta)
            hits.append(
                Hit(
                    key=key,
                    kind=kind,
                    title=meta["titles"][language],
                    url=meta["urls"][language],
                    snippet=highlight(body or "", terms),
                    thumbnail=meta.get("thumbnail", ""),
                )
            )
        return hits

    # -- facet counts ------------------------------------------------------------------
    def _facet_counts(self, state, visible, filters):
        """Counts as a visitor expects from checkboxes: each facet counts with every filter
        but its own, so choosing one value does not hide the others."""
        chosen = self._chosen(filters, state)

        def restricted(skip=None):
            bits = visible
            for facet, facet_bits in chosen.items():
                if facet != skip:
                    bits &= facet_bits
            return bits

        everything = restricted()
        per_facet = {facet: restricted(skip=facet) for facet in chosen}
        counts = {}
        for fid, (facet, value) in state["values"].items():
            base = per_facet.get(facet, everything)
            n = (state["facets"].get(fid, 0) & base).bit_count()
            if n:
                counts.setdefault(facet, []).append((value, n))
        for items in counts.values():
            items.sort(key=lambda item: (-item[1], item[0]))
        return counts

    @_unavailable_on_error
    def suggest(self, text, language, scope, limit=8):
        """Titles and names that start with what the visitor has typed so far."""
        with self._reading() as db:
            self._require_built(db)
            return self._suggest(text, language, scope, limit)

    def _suggest(self, text, language, scope, limit):
        terms = _terms(text)
        if not terms:
            return []
        row_access, row_params = self._access(scope, alias="r")
        lang = _lang_index(language)
        phrase = " ".join(terms)
        db = self.db
        # Titles that begin with what was typed come first, straight from the title index;
        # names and words inside titles (FTS prefix match) fill the list only when needed.
        rids = [
            rid
            for (rid,) in db.execute(
                f"""SELECT r.rid FROM rows r WHERE r.title >= ? AND r.title < ?
                AND (r.rid & 7) IN (0, ?) AND {row_access}
                ORDER BY length(r.title), r.title LIMIT ?""",
                [phrase, phrase + "\U0010ffff", lang, *row_params, limit * 2],
            )
        ]
        if len({rid >> 3 for rid in rids}) < limit:
            rids += [
                rid
                for (rid,) in db.execute(
                    f"""SELECT f.rowid FROM fts f CROSS JOIN rows r ON r.rid = f.rowid
                    WHERE fts MATCH ? AND (f.rowid & 7) IN (0, ?) AND {row_access}
                    ORDER BY length(r.title), r.title LIMIT ?""",
                    [
                        self._match(terms, (), columns=("title", "names")),
                        lang,
                        *row_params,
                        limit * 2,
                    ],
                )
            ]
        docids = list(dict.fromkeys(rid >> 3 for rid in rids))[:limit]
        if not docids:
            return []
        today = datetime.date.today().isoformat()
        found = {
            docid: (key, kind, meta)
            for docid, key, kind, meta, until in db.execute(
                "SELECT id, key, kind, meta, until FROM docs "
                f"WHERE id IN ({','.join('?' * len(docids))})",
                docids,
            )
            if not until or until >= today
        }
        language = LANGS[lang]
        out = []
        for docid in docids:
            if docid not in found:
                continue
            key, kind, meta = found[docid]
            meta = json.loads(meta)
            out.append(Suggestion(meta["titles"][language], meta["urls"][language], kind, key))
        return out[:limit]

    def _correct(self, terms):
        """Each unknown term of five letters or more replaced by the commonest known
        term one edit away (names and titles only)."""
        fixed = []
        for term in terms:
            if (
                len(term) < 5
                or self.db.execute("SELECT 1 FROM vocab WHERE term = ?", (term,)).fetchone()
            ):
                fixed.append(term)
                continue
            candidates = sorted(_edits1(term))
            best, best_n = term, 0
            for i in range(0, len(candidates), 500):
                chunk = candidates[i : i + 500]
                for word, n in self.db.execute(
                    f"SELECT term, n FROM vocab WHERE term IN ({','.join('?' * len(chunk))})",
                    chunk,
                ):
                    if n > best_n:
                        best, best_n = word, n
            fixed.append(best)
        return fixed
