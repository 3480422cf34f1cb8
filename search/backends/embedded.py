"""The embedded backend: SQLite FTS5 in its own file under ``VAR_DIR``.

Independent of the main database (SQLite or PostgreSQL), so the default
install needs no search server. Text is folded (``search.folding.fold``)
before it is stored and before it is queried; BM25 ranks with field weights
(title 10, names 6, body 1) after a tier that puts an exact name first and a
name prefix second.
"""

import json
import sqlite3
import struct
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
BM25_LIMIT = 1500  # matches scored with bm25(); larger sets are ordered by field
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"

SCHEMA = """
CREATE TABLE IF NOT EXISTS docs(
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
    access TEXT NOT NULL, community TEXT NOT NULL DEFAULT '', sort TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL);
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
CREATE TABLE IF NOT EXISTS generation(id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO generation(id, n) VALUES (1, 0);
"""


def _lang_index(language):
    return LANGS.index(language) if language in LANGS else 0


def _quote(term):
    return '"' + term.replace('"', "") + '"'


def _like(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _bitset(words):
    """A Python int from (word number, 32-bit word) pairs: bit n set for document n.

    SQLite packs the document ids into 32-bit words (``WORDS_SQL``), so Python
    touches one value per 32 documents instead of one per document.
    """
    words = list(words)
    if not words:
        return 0
    buffer = bytearray(4 * (max(w for w, _bits in words) + 1))
    for word, bits in words:
        struct.pack_into("<I", buffer, 4 * word, bits)
    return int.from_bytes(buffer, "little")


WORDS_SQL = "SELECT docid >> 5, sum(1 << (docid & 31)) FROM ({}) GROUP BY docid >> 5"


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
        self._bitsets = (None, {})  # (index generation, {fid: bitset of docids})
        self._bitsets_lock = threading.Lock()

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
                "docid INTEGER PRIMARY KEY, tier INTEGER, accent INTEGER, score REAL, sort TEXT)"
            )
            self._local.conn = conn
        return conn

    def close(self):
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- writing ------------------------------------------------------------------
    @staticmethod
    def _changed(db):
        """Every write moves the generation, so other processes drop their facet bitsets."""
        db.execute("UPDATE generation SET n = n + 1 WHERE id = 1")

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
            self._changed(db)
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
        values = {("kind", doc.kind)}
        for facet, items in doc.facets.items():
            for value in [items] if isinstance(items, str) else items:
                if value:
                    values.add((facet, str(value)))
        db.executemany(
            "INSERT INTO facets(docid, fid) VALUES (?, ?)",
            [(docid, self._facet_id(db, f, v)) for f, v in values],
        )
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
            db.execute(f"DELETE FROM rows WHERE rid IN ({marks})", rids)
            db.execute("DELETE FROM facets WHERE docid = ?", (docid,))
            db.execute("DELETE FROM docs WHERE id = ?", (docid,))

    def delete(self, keys):
        with self.db as db:
            self._delete(db, keys)
            self._changed(db)

    def clear(self):
        with self.db as db:
            for table in ("docs", "bodies", "fts", "rows", "facets", "facet_values", "vocab"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            self._local.__dict__.pop("facet_ids", None)
            self._changed(db)

    def rebuild(self, documents):
        """Replace the whole index in one transaction: searches see the old one until commit."""
        count = 0
        with self.db as db:
            for table in ("docs", "bodies", "fts", "rows", "facets", "facet_values", "vocab"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            self._local.__dict__.pop("facet_ids", None)
            for doc in documents:
                if doc.access != WITHHELD:
                    self._insert(db, doc)
                    count += 1
            self._changed(db)
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
    def _filters(filters, skip=None):
        """SQL restricting ``m.docid`` to the chosen facet values (all but ``skip``)."""
        sql, params = [], []
        for facet, values in sorted(filters.items()):
            values = [v for v in values if v][:20]
            if not values or facet == skip:
                continue
            marks = ",".join("?" * len(values))
            sql.append(
                "m.docid IN (SELECT f.docid FROM facets f JOIN facet_values v ON v.id = f.fid"
                f" WHERE v.facet = ? AND v.value IN ({marks}))"
            )
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
        """Fill the temp table ``matched`` with every text match the user may see, before
        facet filters (facet counts need the unfiltered set); returns the filtered count."""
        db = self.db
        db.execute("DELETE FROM temp.matched")
        access_sql, access_params = self._access(query.scope)
        lang = _lang_index(query.language)
        if terms:
            phrase = " ".join(terms)
            match = self._match(terms, synonyms)
            row_access, row_params = self._access(query.scope, alias="r")
            # Matching is cheap; per-row expressions and bm25() are not. The set is collected
            # plainly, then the few documents whose title or name equals or begins with the
            # query are lifted by tier through the title index, then scores are added.
            db.execute(
                f"""INSERT INTO temp.matched(docid, tier, accent, score, sort)
                SELECT f.rowid >> 3, 3, 1, 0, r.title
                FROM fts f CROSS JOIN rows r ON r.rid = f.rowid
                WHERE fts MATCH ? AND (f.rowid & 7) IN (0, ?) AND {row_access}
                ON CONFLICT(docid) DO NOTHING""",
                [match, lang, *row_params],
            )
            raw = query.text.strip().casefold()
            db.execute(
                """UPDATE temp.matched SET tier = c.tier, accent = c.accent FROM (
                    SELECT rid >> 3 AS docid,
                        min(CASE WHEN raw = ?1 THEN 0 WHEN title = ?2 THEN 1 ELSE 2 END) AS tier,
                        min(CASE WHEN instr(raw, ?1) > 0 THEN 0 ELSE 1 END) AS accent
                    FROM rows WHERE title >= ?2 AND title < ?3 AND (rid & 7) IN (0, ?4)
                    GROUP BY rid >> 3) c
                WHERE temp.matched.docid = c.docid""",
                (raw, phrase, phrase + "\U0010ffff", lang),
            )
            # A name or title can only match when every word occurs in some name or title.
            in_names = bool(synonyms) or self._all_known(terms)
            if in_names:
                db.execute(
                    """UPDATE temp.matched SET tier = min(tier, 2) WHERE docid IN (
                    SELECT f.rowid >> 3 FROM fts f CROSS JOIN rows r ON r.rid = f.rowid
                    WHERE fts MATCH ? AND f.rowid & 7 = 0
                      AND (' ; ' || r.names || ' ; ') LIKE ? ESCAPE '\\')""",
                    ("{names}: (" + match + ")", "% ; " + _like(phrase) + " ; %"),
                )
            self._score(match, lang, in_names)
        else:
            db.execute(
                f"""INSERT INTO temp.matched(docid, tier, accent, score, sort)
                SELECT d.id, 3, 1, 0, d.sort FROM docs d WHERE {access_sql}""",
                access_params,
            )
        where, params = self._filters(query.filters)
        return db.execute(f"SELECT count(*) FROM temp.matched m WHERE 1{where}", params).fetchone()[
            0
        ]

    def _all_known(self, terms):
        """True when every term (the last one as a prefix) is in the title/name vocabulary."""
        db = self.db
        for term in terms[:-1]:
            if not db.execute("SELECT 1 FROM vocab WHERE term = ?", (term,)).fetchone():
                return False
        last = terms[-1]
        return bool(
            db.execute(
                "SELECT 1 FROM vocab WHERE term >= ? AND term < ? LIMIT 1",
                (last, last + "\U0010ffff"),
            ).fetchone()
        )

    def _score(self, match, lang, in_names=True):
        """BM25 with field weights (title 10, names 6, body 1) for up to BM25_LIMIT matches;
        beyond that, title matches before name matches before body matches."""
        db = self.db
        total = db.execute("SELECT count(*) FROM temp.matched").fetchone()[0]
        if total <= BM25_LIMIT:
            db.execute(
                """INSERT INTO temp.matched(docid, tier, accent, score)
                SELECT f.rowid >> 3, 9, 9, bm25(fts, 10.0, 6.0, 1.0) FROM fts f
                WHERE fts MATCH ? AND (f.rowid & 7) IN (0, ?)
                  AND (f.rowid >> 3) IN (SELECT docid FROM temp.matched)
                ON CONFLICT(docid) DO UPDATE SET score = min(score, excluded.score)""",
                (match, lang),
            )
            return
        if not in_names:
            return  # no title or name holds every word: all matches are body matches
        for column, score in (("names", -1), ("title", -2)):
            db.execute(
                """UPDATE temp.matched SET score = ? WHERE docid IN (
                    SELECT rowid >> 3 FROM fts WHERE fts MATCH ? AND (rowid & 7) IN (0, ?))""",
                (score, "{" + column + "}: (" + match + ")", lang),
            )

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
        where, params = self._filters(query.filters)
        rows = db.execute(
            f"""SELECT d.id, d.key, d.kind, d.meta FROM (
                SELECT m.docid FROM temp.matched m WHERE 1{where}
                ORDER BY m.tier, m.accent, m.score, m.sort LIMIT ? OFFSET ?) p
            CROSS JOIN docs d ON d.id = p.docid""",
            (*params, query.per_page, (page - 1) * query.per_page),
        ).fetchall()
        rids = [docid * 8 + i for docid, *_rest in rows for i in {0, lang}]
        bodies = (
            dict(
                db.execute(
                    f"SELECT rid, body FROM bodies WHERE rid IN ({','.join('?' * len(rids))})", rids
                )
            )
            if rids
            else {}
        )
        hits = []
        for docid, key, kind, meta in rows:
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
        facets = self._facet_counts(query.filters)
        return SearchResults(hits, total, facets, suggestion, corrected)

    # -- facet counts ------------------------------------------------------------------
    def _facet_bitsets(self):
        """{fid: int whose bit n is set when document n has that facet value}, cached per
        process until the index changes (Python ints AND and count bits at C speed)."""
        generation = self.db.execute("SELECT n FROM generation WHERE id = 1").fetchone()[0]
        cached_generation, bitsets = self._bitsets
        if cached_generation == generation:
            return bitsets
        with self._bitsets_lock:
            words = {}
            for fid, word, bits in self.db.execute(
                "SELECT fid, docid >> 5, sum(1 << (docid & 31)) FROM facets "
                "GROUP BY fid, docid >> 5"
            ):
                words.setdefault(fid, []).append((word, bits))
            bitsets = {fid: _bitset(pairs) for fid, pairs in words.items()}
            self._bitsets = (generation, bitsets)
        return bitsets

    def _facet_counts(self, filters):
        """Counts as a visitor expects from checkboxes: each facet counts with every filter
        but its own, so choosing one value does not hide the others."""
        db = self.db
        bitsets = self._facet_bitsets()
        values = {
            fid: (facet, value)
            for fid, facet, value in db.execute("SELECT id, facet, value FROM facet_values")
        }
        matched = _bitset(db.execute(WORDS_SQL.format("SELECT docid FROM temp.matched")))
        by_facet = {}
        for fid, (facet, value) in values.items():
            if value in filters.get(facet, ()):
                by_facet[facet] = by_facet.get(facet, 0) | bitsets.get(fid, 0)
        chosen = {f for f, vals in filters.items() if any(vals)}

        def restricted(skip=None):
            bits = matched
            for facet in chosen:
                if facet != skip:
                    bits &= by_facet.get(facet, 0)
            return bits

        everything = restricted()
        per_facet = {facet: restricted(skip=facet) for facet in chosen}
        counts = {}
        for fid, (facet, value) in values.items():
            base = per_facet.get(facet, everything)
            n = (bitsets.get(fid, 0) & base).bit_count()
            if n:
                counts.setdefault(facet, []).append((value, n))
        for items in counts.values():
            items.sort(key=lambda item: (-item[1], item[0]))
        return counts

    def suggest(self, text, language, scope, limit=8):
        """Titles and names that start with what the visitor has typed so far."""
        terms = [t[:MAX_TERM_LENGTH] for t in tokens(text)][:MAX_TERMS]
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
        found = {
            docid: (kind, meta)
            for docid, kind, meta in db.execute(
                f"SELECT id, kind, meta FROM docs WHERE id IN ({','.join('?' * len(docids))})",
                docids,
            )
        }
        language = LANGS[lang]
        out = []
        for docid in docids:
            kind, meta = found[docid]
            meta = json.loads(meta)
            out.append(Suggestion(meta["titles"][language], meta["urls"][language], kind))
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
