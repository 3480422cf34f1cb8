"""The embedded backend: a tantivy index in a folder under ``VAR_DIR``.

Independent of the main database (SQLite or PostgreSQL), so the default install needs
no search server. Text is folded in Python (``embedded_schema``), queries are built
from folded words (``embedded_query``).

Several server processes share the folder:

- ``CURRENT`` names the live index (a sub-folder, one *generation*). A rebuild writes a
  new generation beside it and replaces ``CURRENT`` in one rename, so searches go on
  and see either the whole old index or the whole new one.
- Writers take ``write.lock`` (an ``flock``) in turn: a publish in one worker while
  another indexes waits for it, then writes into whatever generation is live by then.
- Readers reload on every query (a read of ``CURRENT`` and of tantivy's ``meta.json``),
  so a change committed by any process is seen by the next query of every other.
"""

import contextlib
import fcntl
import functools
import json
import logging
import os
import shutil
import threading
import time
from pathlib import Path

import tantivy
from django.conf import settings
from tantivy import Occur, Order, Query

from search.backends.base import Hit, SearchResults, SearchUnavailable, Suggestion
from search.backends.embedded_query import Queries, all_of, variants
from search.backends.embedded_schema import (
    LANGS,
    build_schema,
    row_of,
    to_tantivy,
)
from search.documents import WITHHELD
from search.facets import VALUES_SHOWN
from search.folding import MAX_WORD, query_words
from search.highlight import highlight

logger = logging.getLogger(__name__)

# Bumped when the schema changes: a generation of another format is not opened.
FORMAT = "tantivy-1"
MAX_TERMS = 12
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
WRITE_WAIT = 20  # seconds a writer waits for another before giving up (the item goes stale)
WRITE_HEAP = 15_000_000  # bytes: a publish writes a handful of documents
BUILD_HEAP = 200_000_000  # a rebuild: fewer, larger segments
FACET_VALUES = 5000  # values counted per query, all facets together
LEGACY_FILE = "search.sqlite3"  # the index of the earlier, SQLite-based backend


def _terms(text):
    """The query's folded words, bounded, without words made only of underscores."""
    return [t[:MAX_WORD] for t in query_words(text) if t.strip("_")][:MAX_TERMS]


def _edits1(word):
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in ALPHABET]
    inserts = [a + c + b for a, b in splits for c in ALPHABET]
    return set(deletes + transposes + replaces + inserts) - {word}


class IndexNotBuilt(SearchUnavailable):
    """The index holds nothing yet: new, deleted while running, or of an older format."""


def _unavailable_on_error(method):
    """A broken index (corrupt, unreadable, locked too long) is reported as the search
    being unavailable, never as a raw tantivy or file-system error in a request."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except SearchUnavailable:
            raise
        except (ValueError, OSError) as exc:
            self.close()
            raise SearchUnavailable(f"embedded index {self.path}: {exc}") from exc

    return wrapper


class EmbeddedBackend:
    """tantivy search in ``path`` (a folder), shared by every process of the site."""

    name = "embedded"

    def __init__(self, path=None):
        self.path = Path(path or Path(settings.VAR_DIR) / "search-index")
        self.schema = build_schema()
        self.queries = Queries(self.schema)
        self._opened = (None, None)  # (generation, tantivy.Index) this process reads
        self._open_lock = threading.Lock()

    # -- generations ----------------------------------------------------------------
    @property
    def _pointer(self):
        return self.path / "CURRENT"

    def _current(self):
        """The live generation's folder name, or None when there is no index."""
        try:
            name = self._pointer.read_text().strip()
        except FileNotFoundError:
            return None
        fmt, _slash, generation = name.partition("/")
        return generation if fmt == FORMAT and generation else None

    def _point_to(self, generation):
        """Make ``generation`` the live index, in one atomic rename."""
        staged = self.path / f"CURRENT.{os.getpid()}.{threading.get_ident()}"
        staged.write_text(f"{FORMAT}/{generation}\n")
        os.replace(staged, self._pointer)

    def _new_generation(self):
        """A new, empty index folder (not yet live)."""
        generation = f"g{time.time_ns()}-{os.getpid()}"
        folder = self.path / generation
        folder.mkdir(parents=True)
        tantivy.Index(self.schema, str(folder), reuse=False)
        return generation

    def _drop_generations(self, keep):
        """Delete the folders of earlier generations (not the live one, nor one set aside
        as broken). A process still reading one keeps its open files until it reloads."""
        for folder in self.path.iterdir():
            if folder.is_dir() and folder.name != keep and ".broken-" not in folder.name:
                shutil.rmtree(folder, ignore_errors=True)

    def legacy_file(self):
        """The index file of the earlier SQLite-based backend, if one is still there."""
        path = self.path.parent / LEGACY_FILE
        return path if path.exists() else None

    def retire_legacy(self):
        """Delete the earlier backend's index file (and its logs); returns its path, or
        None when there was none. Its documents come back with the next update."""
        path = self.legacy_file()
        if path is None:
            return None
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        return path

    # -- opening ---------------------------------------------------------------------
    def _index(self, generation):
        """The tantivy index of ``generation``, opened once per process and reloaded."""
        with self._open_lock:
            opened, index = self._opened
            if opened != generation:
                folder = self.path / generation
                if not (folder / "meta.json").exists():
                    raise SearchUnavailable(f"embedded index {folder} is missing")
                index = tantivy.Index(self.schema, str(folder), reuse=True)
                self._opened = (generation, index)
        return index

    def _searcher(self, built=True):
        """A searcher on the live index as it is now; IndexNotBuilt when there is none or,
        with ``built``, when it has not been filled yet. ``built=False`` (the operator's
        counts) gives None when there is no index at all."""
        for retry in (False, True):
            generation = self._current()
            if not built and generation is None:
                return None
            if built and (generation is None or not (self.path / generation / "BUILT").exists()):
                legacy = self.legacy_file()
                hint = f" (an index of an earlier version is at {legacy})" if legacy else ""
                raise IndexNotBuilt(f"the search index {self.path} has not been built{hint}")
            try:
                index = self._index(generation)
                index.reload()
                return index.searcher()
            except (SearchUnavailable, ValueError, OSError):
                # A rebuild in another process can swap CURRENT and delete this
                # generation between our read of CURRENT and its opening: read the
                # pointer again, once, before calling the search unavailable.
                self.close()
                if retry or self._current() == generation:
                    raise

    def close(self):
        """Forget the open index: the next query opens the live one anew."""
        with self._open_lock:
            self._opened = (None, None)

    @_unavailable_on_error
    def check(self):
        """Raise SearchUnavailable unless the live index opens and answers (for the
        operator's status command and health checks)."""
        self.close()
        searcher = self._searcher()
        searcher.search(Query.all_query(), 1, count=True)

    def set_aside(self):
        """Move a broken live generation aside, so the next write starts afresh.

        Returns its new name, or None when there was none."""
        self.close()
        generation = self._current()
        self._pointer.unlink(missing_ok=True)
        if generation is None or not (self.path / generation).exists():
            return None
        aside = self.path / f"{generation}.broken-{time.strftime('%Y%m%d%H%M%S')}"
        (self.path / generation).rename(aside)
        return aside

    # -- writing --------------------------------------------------------------------
    @contextlib.contextmanager
    def _write_lock(self):
        """Hold the folder's write lock; waits for another writer up to WRITE_WAIT s."""
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / "write.lock", "a") as lock:
            deadline = time.monotonic() + WRITE_WAIT
            while True:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise SearchUnavailable(
                            f"embedded index {self.path}: another process held the write "
                            f"lock for more than {WRITE_WAIT} s"
                        ) from None
                    time.sleep(0.02)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def _writer(self, heap=WRITE_HEAP):
        """A tantivy writer on the live generation (made when there is none), committed
        at the end of the block; with the write lock held throughout."""
        with self._write_lock():
            generation = self._current()
            if generation is None or not (self.path / generation / "meta.json").exists():
                generation = self._new_generation()
                self._point_to(generation)
            writer = self._index(generation).writer(heap, 1)
            try:
                yield writer
            except BaseException:
                writer.rollback()
                raise
            writer.commit()
            writer.wait_merging_threads()

    @_unavailable_on_error
    def index(self, documents):
        """Add or replace ``documents``; withheld ones are removed, never stored."""
        count = 0
        with self._writer() as writer:
            for doc in documents:
                writer.delete_documents_by_term("key", doc.key)
                if doc.access != WITHHELD:
                    writer.add_document(to_tantivy(doc))
                    count += 1
        return count

    @_unavailable_on_error
    def delete(self, keys):
        with self._writer() as writer:
            for key in keys:
                writer.delete_documents_by_term("key", key)

    @_unavailable_on_error
    def clear(self):
        with self._writer() as writer:
            writer.delete_all_documents()

    @_unavailable_on_error
    def mark_built(self):
        """Say the index holds every document (after a full update): until then a search
        answers that the index is not built, rather than a silent "no results"."""
        with self._writer():
            pass
        (self.path / self._current() / "BUILT").touch()

    def rebuild(self, documents):
        """Build a new generation from ``documents`` and make it live in one rename:
        searches see the old index until then. Returns the number of documents.

        A broken live index is moved aside first; the earlier backend's file is removed."""
        try:
            self.check()
        except IndexNotBuilt:
            pass
        except SearchUnavailable as exc:
            aside = self.set_aside()
            logger.warning("Search index unreadable (%s); moved aside to %s", exc, aside)
        return self._rebuild(documents)

    @_unavailable_on_error
    def _rebuild(self, documents):
        count = 0
        with self._write_lock():
            generation = self._new_generation()
            folder = self.path / generation
            try:
                index = tantivy.Index(self.schema, str(folder), reuse=True)
                writer = index.writer(BUILD_HEAP, 1)
                for doc in documents:
                    if doc.access != WITHHELD:
                        writer.add_document(to_tantivy(doc))
                        count += 1
                writer.commit()
                writer.wait_merging_threads()
                (folder / "BUILT").touch()
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            self._point_to(generation)
            self._drop_generations(keep=generation)
        return count

    # -- counting -------------------------------------------------------------------
    @_unavailable_on_error
    def count(self):
        searcher = self._searcher(built=False)
        return searcher.num_docs if searcher else 0

    @_unavailable_on_error
    def keys(self):
        searcher = self._searcher(built=False)
        if searcher is None or not searcher.num_docs:
            return set()
        found = searcher.search(
            Query.all_query(), searcher.num_docs, order_by_field="key", order=Order.Asc
        )
        return {key for key, _address in found.hits}

    # -- searching ------------------------------------------------------------------
    @_unavailable_on_error
    def search(self, query, synonyms=()):
        searcher = self._searcher()
        terms = _terms(query.text)
        rows = sorted({0, row_of(query.language)})
        visible = self.queries.visible(query.scope)
        chosen = self.queries.chosen(query.filters)
        offset = (max(1, query.page) - 1) * query.per_page
        text = self.queries.text(variants(terms, synonyms), rows) if terms else None
        found = self._page(searcher, terms, query, rows, visible, text, chosen, offset)
        suggestion, corrected = "", False
        if not found.count and terms:
            fixed = self._correct(searcher, terms)
            if fixed != terms:
                text = self.queries.text(variants(fixed, synonyms), rows)
                again = self._page(searcher, fixed, query, rows, visible, text, chosen, offset)
                # Offered only when it finds something this visitor may see: the words
                # of restricted documents are in the vocabulary too.
                if again.count:
                    suggestion, corrected, terms, found = " ".join(fixed), True, fixed, again
        hits = self._hits(searcher, found.hits, terms, query.language)
        facets = self._facet_counts(searcher, all_of(visible, text), chosen)
        return SearchResults(hits, found.count, facets, suggestion, corrected)

    def _page(self, searcher, terms, query, rows, visible, text, chosen, offset):
        matching = all_of(visible, text, *chosen.values())
        if not terms:
            return searcher.search(
                matching, query.per_page, offset=offset, order_by_field="sort", order=Order.Asc
            )
        ranked = Query.boolean_query(
            [(Occur.Must, matching), *self.queries.tiers(terms, query.text, rows)]
        )
        return searcher.search(ranked, query.per_page, offset=offset)

    def _hits(self, searcher, found, terms, language):
        language = LANGS[row_of(language)]
        hits = []
        for _score, address in found:
            stored = searcher.doc(address)
            meta = json.loads(stored.get_first("meta"))
            body = meta["bodies"].get(language) or meta["bodies"].get(LANGS[0], "")
            hits.append(
                Hit(
                    key=stored.get_first("key"),
                    kind=stored.get_first("kind"),
                    title=meta["titles"][language],
                    url=meta["urls"][language],
                    snippet=highlight(body, terms),
                    thumbnail=meta.get("thumbnail", ""),
                )
            )
        return hits

    def _facet_counts(self, searcher, base, chosen):
        """Counts as a visitor expects from checkboxes: each facet counts with every filter
        but its own, so choosing one value does not hide the others."""

        def counted(query):
            answer = searcher.aggregate(
                query, {"f": {"terms": {"field": "facet", "size": FACET_VALUES}}}
            )
            for bucket in answer["f"]["buckets"]:
                facet, _colon, value = bucket["key"].partition(":")
                yield facet, value, bucket["doc_count"]

        counts = {}
        for facet, value, n in counted(all_of(base, *chosen.values())):
            if facet not in chosen:
                counts.setdefault(facet, []).append((value, n))
        for own in chosen:
            others = [q for facet, q in chosen.items() if facet != own]
            for facet, value, n in counted(all_of(base, *others)):
                if facet == own:
                    counts.setdefault(facet, []).append((value, n))
        for items in counts.values():
            items.sort(key=lambda item: (-item[1], item[0]))
            del items[VALUES_SHOWN:]
        return counts

    @_unavailable_on_error
    def suggest(self, text, language, scope, limit=8):
        """Titles that start with what the visitor has typed so far, shortest first;
        then titles and names with words that start with it."""
        searcher = self._searcher()
        terms = _terms(text)
        if not terms:
            return []
        row = row_of(language)
        rows = sorted({0, row})
        visible = self.queries.visible(scope)
        order = {"order_by_field": f"short_{row}", "order": Order.Asc}
        found = searcher.search(
            all_of(visible, self.queries.title_begins(terms, rows)), limit, **order
        ).hits
        if len(found) < limit:
            words = self.queries.text([terms], rows, head=True)
            found += searcher.search(all_of(visible, words), limit * 2, **order).hits
        language = LANGS[row]
        out, seen = [], set()
        for _order, address in found:
            stored = searcher.doc(address)
            key = stored.get_first("key")
            if key in seen:
                continue
            seen.add(key)
            meta = json.loads(stored.get_first("meta"))
            out.append(
                Suggestion(
                    meta["titles"][language], meta["urls"][language], stored.get_first("kind"), key
                )
            )
            if len(out) == limit:
                break
        return out

    def _correct(self, searcher, terms):
        """Each unknown word of five letters or more replaced by the commonest known
        title or name word one edit away."""
        fixed = []
        for term in terms:
            if len(term) < 5 or searcher.doc_freq("vocab", term):
                fixed.append(term)
                continue
            best, best_n = term, 0
            for candidate in sorted(_edits1(term)):
                n = searcher.doc_freq("vocab", candidate)
                if n > best_n:
                    best, best_n = candidate, n
            fixed.append(best)
        return fixed
