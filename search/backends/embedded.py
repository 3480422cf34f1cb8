"""The embedded backend: SQLite FTS5 in its own file under ``VAR_DIR``.

Independent of the main database (SQLite or PostgreSQL), so the default
install needs no search server. Text is folded (``search.folding.fold``)
before it is stored and before it is queried; BM25 ranks with field weights
(title 10, names 6, body 1) after a tier that puts an exact name first and a
name prefix second.
"""

import json
import sqlite3
import threading
from pathlib import Path

from django.conf import settings

from search.backends.base import Hit, SearchResults, Suggestion
from search.documents import COMMUNITY, WITHHELD
from search.folding import tokens
from search.highlight import highlight

LANGS = [code for code, _name in settings.LANGUAGES]
MAX_TERMS = 12
MAX_TERM_LENGTH = 40
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"

SCHEMA = """
CREATE TABLE IF NOT EXISTS docs(
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
    access TEXT NOT NULL, community TEXT NOT NULL DEFAULT '', sort TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS bodies(rid INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, names, body, raw UNINDEXED,
    tokenize = "unicode61 remove_diacritics 0", prefix = '2 3');
CREATE TABLE IF NOT EXISTS facets(docid INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS facets_by_doc ON facets(docid);
CREATE INDEX IF NOT EXISTS facets_by_value ON facets(facet, value, docid);
CREATE TABLE IF NOT EXISTS vocab(term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
"""


def _lang_index(language):
    return LANGS.index(language) if language in LANGS else 0


def _quote(term):
    return '"' + term.replace('"', "") + '"'


def _like(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _edits1(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in ALPHABET]
    inserts = [a + c + b for a, b in splits for c in ALPHABET]
    return set(deletes + transposes + replaces + inserts) - {word}


class EmbeddedBackend:
    """SQLite FTS5 search; one connection per thread on one index file."""

    name = "embedded"

    def __init__(self, path=None):
        self.path = Path(path or Path(settings.VAR_DIR) / "search.sqlite3")
        self._local = threading.local()

    # -- connection ---------------------------------------------------------------
    @property
    def db(self):
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(SCHEMA)
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS matched("
                "docid INTEGER PRIMARY KEY, tier INTEGER, score REAL)"
            )
            self._local.conn = conn
        return conn

    def close(self):
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- writing ------------------------------------------------------------------
    def index(self, documents):
        """Add or replace ``documents``; withheld ones are removed, never stored."""
        count = 0
        with self.db as db:
            for doc in documents:
                self._delete(db, [doc.key])
                if doc.access == WITHHELD:
                    continue
                self._insert(db, doc)
                count += 1
        return count

    def _insert(self, db, doc):
        meta = {
            "titles": {lang: doc.title(lang) for lang in LANGS},
            "urls": {lang: doc.url(lang) for lang in LANGS},
            "thumbnail": doc.thumbnail,
        }
        cur = db.execute(
            "INSERT INTO docs(key, kind, access, community, sort, meta) VALUES (?,?,?,?,?,?)",
            (
                doc.key,
                doc.kind,
                doc.access,
                doc.community or "",
                " ".join(tokens(doc.title(LANGS[0]))),
                json.dumps(meta, ensure_ascii=False),
            ),
        )
        docid = cur.lastrowid
        names = " ; ".join(" ".join(tokens(n)) for n in doc.names if n)
        for i, lang in enumerate(LANGS):
            title, body = doc.title(lang), doc.body(lang)
            rid = docid * 8 + i
            db.execute(
                "INSERT INTO fts(rowid, title, names, body, raw) VALUES (?,?,?,?,?)",
                (rid, " ".join(tokens(title)), names, " ".join(tokens(body)), title.casefold()),
            )
            db.execute("INSERT INTO bodies(rid, body) VALUES (?,?)", (rid, body))
        values = {("kind", doc.kind)}
        for facet, items in doc.facets.items():
            for value in [items] if isinstance(items, str) else items:
                if value:
                    values.add((facet, str(value)))
        db.executemany(
            "INSERT INTO facets(docid, facet, value) VALUES (?,?,?)",
            [(docid, f, v) for f, v in values],
        )
        terms = set()
        for text in [*doc.titles.values(), *doc.names]:
            terms.update(t for t in tokens(text) if len(t) >= 3)
        db.executemany(
            "INSERT INTO vocab(term, n) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET n = n + 1",
            [(t,) for t in terms],
        )

    def _delete(self, db, keys):
        for key in keys:
            row = db.execute("SELECT id FROM docs WHERE key = ?", (key,)).fetchone()
            if row is None:
                continue
            docid = row[0]
            rids = [docid * 8 + i for i in range(len(LANGS))]
            marks = ",".join("?" * len(rids))
            db.execute(f"DELETE FROM fts WHERE rowid IN ({marks})", rids)
            db.execute(f"DELETE FROM bodies WHERE rid IN ({marks})", rids)
            db.execute("DELETE FROM facets WHERE docid = ?", (docid,))
            db.execute("DELETE FROM docs WHERE id = ?", (docid,))

    def delete(self, keys):
        with self.db as db:
            self._delete(db, keys)

    def clear(self):
        with self.db as db:
            for table in ("docs", "bodies", "fts", "facets", "vocab"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names

    def rebuild(self, documents):
        """Replace the whole index in one transaction: searches see the old one until commit."""
        count = 0
        with self.db as db:
            for table in ("docs", "bodies", "fts", "facets", "vocab"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            for doc in documents:
                if doc.access != WITHHELD:
                    self._insert(db, doc)
                    count += 1
        self.optimize()
        return count

    def optimize(self):
        with self.db as db:
            db.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            db.execute("ANALYZE")

    def count(self):
        return self.db.execute("SELECT count(*) FROM docs").fetchone()[0]

    def keys(self):
        return {row[0] for row in self.db.execute("SELECT key FROM docs")}

    # -- reading ------------------------------------------------------------------
    @staticmethod
    def _access(scope):
        levels = sorted(level for level in scope.levels if level not in (COMMUNITY, WITHHELD))
        clauses = [f"d.access IN ({','.join('?' * len(levels))})"] if levels else []
        params = list(levels)
        if COMMUNITY in scope.levels and scope.communities:
            if "*" in scope.communities:
                clauses.append("d.access = 'community'")
            else:
                marks = ",".join("?" * len(scope.communities))
                clauses.append(f"(d.access = 'community' AND d.community IN ({marks}))")
                params += sorted(scope.communities)
        return "(" + (" OR ".join(clauses) or "0") + ")", params

    @staticmethod
    def _filters(filters):
        sql, params = [], []
        for facet, values in sorted(filters.items()):
            values = [v for v in values if v][:20]
            if not values:
                continue
            marks = ",".join("?" * len(values))
            sql.append(f"d.id IN (SELECT docid FROM facets WHERE facet = ? AND value IN ({marks}))")
            params += [facet, *values]
        return (" AND " + " AND ".join(sql)) if sql else "", params

    def _match(self, terms, synonyms, columns=None, prefix_last=True):
        """An FTS5 MATCH expression made only of quoted folded terms (no user syntax)."""
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
        parts = []
        for variant in variants:
            quoted = [_quote(t) for t in variant]
            if prefix_last and quoted:
                quoted[-1] += "*"
            parts.append("(" + " ".join(quoted) + ")")
        expression = " OR ".join(parts)
        if columns:
            expression = "{" + " ".join(columns) + "}: (" + expression + ")"
        return expression

    def _collect(self, terms, query, synonyms):
        """Fill the temp table ``matched`` with every hit the user may see; returns the count."""
        db = self.db
        db.execute("DELETE FROM temp.matched")
        access_sql, access_params = self._access(query.scope)
        filter_sql, filter_params = self._filters(query.filters)
        lang = _lang_index(query.language)
        if terms:
            phrase = " ".join(terms)
            db.execute(
                f"""INSERT INTO temp.matched(docid, tier, score)
                SELECT d.id,
                  CASE WHEN f.raw = ?1 THEN 0 WHEN f.title = ?2 THEN 1
                       WHEN f.title LIKE ?3 ESCAPE '\\' THEN 2
                       WHEN (' ; ' || f.names || ' ; ') LIKE ?4 ESCAPE '\\' THEN 2
                       WHEN instr(f.raw, ?1) > 0 THEN 3
                       ELSE 4 END,
                  bm25(fts, 10.0, 6.0, 1.0)
                FROM fts f JOIN docs d ON d.id = (f.rowid >> 3)
                WHERE fts MATCH ?5 AND (f.rowid & 7) = ?6 AND {access_sql}{filter_sql}""",
                [
                    query.text.strip().casefold(),
                    phrase,
                    _like(phrase) + "%",
                    "% ; " + _like(phrase) + " ; %",
                    self._match(terms, synonyms),
                    lang,
                    *access_params,
                    *filter_params,
                ],
            )
        else:
            db.execute(
                f"""INSERT INTO temp.matched(docid, tier, score)
                SELECT d.id, 3, 0 FROM docs d WHERE {access_sql}{filter_sql}""",
                [*access_params, *filter_params],
            )
        return db.execute("SELECT count(*) FROM temp.matched").fetchone()[0]

    def search(self, query, synonyms=()):
        terms = [t[:MAX_TERM_LENGTH] for t in tokens(query.text)][:MAX_TERMS]
        total = self._collect(terms, query, synonyms)
        suggestion, corrected = "", False
        if total == 0 and terms:
            fixed = self._correct(terms)
            if fixed != terms:
                suggestion = " ".join(fixed)
                total = self._collect(fixed, query, synonyms)
                corrected = total > 0
                terms = fixed if corrected else terms
        db = self.db
        lang = _lang_index(query.language)
        language = LANGS[lang]
        page = max(1, query.page)
        rows = db.execute(
            """SELECT d.id, d.key, d.kind, d.meta, b.body FROM temp.matched m
            JOIN docs d ON d.id = m.docid LEFT JOIN bodies b ON b.rid = d.id * 8 + ?
            ORDER BY m.tier, m.score, d.sort LIMIT ? OFFSET ?""",
            (lang, query.per_page, (page - 1) * query.per_page),
        ).fetchall()
        hits = []
        for _docid, key, kind, meta, body in rows:
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
        facets = {}
        for facet, value, count in db.execute(
            """SELECT f.facet, f.value, count(*) FROM facets f JOIN temp.matched m
            ON m.docid = f.docid GROUP BY f.facet, f.value ORDER BY count(*) DESC, f.value"""
        ):
            facets.setdefault(facet, []).append((value, count))
        return SearchResults(hits, total, facets, suggestion, corrected)

    def suggest(self, text, language, scope, limit=8):
        """Titles and names that start with what the visitor has typed so far."""
        terms = [t[:MAX_TERM_LENGTH] for t in tokens(text)][:MAX_TERMS]
        if not terms:
            return []
        access_sql, access_params = self._access(scope)
        lang = _lang_index(language)
        phrase = " ".join(terms)
        rows = self.db.execute(
            f"""SELECT d.kind, d.meta FROM fts f JOIN docs d ON d.id = (f.rowid >> 3)
            WHERE fts MATCH ? AND (f.rowid & 7) = ? AND {access_sql}
            ORDER BY CASE WHEN f.title = ? THEN 0 WHEN f.title LIKE ? ESCAPE '\\' THEN 1
                     ELSE 2 END, bm25(fts, 10.0, 6.0, 0.0) LIMIT ?""",
            [
                self._match(terms, (), columns=("title", "names")),
                lang,
                *access_params,
                phrase,
                _like(phrase) + "%",
                limit,
            ],
        ).fetchall()
        language = LANGS[lang]
        out = []
        for kind, meta in rows:
            meta = json.loads(meta)
            out.append(Suggestion(meta["titles"][language], meta["urls"][language], kind))
        return out

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
