"""The one entry point to search: ``search`` and ``suggest`` for visitors, ``index_object``
and ``remove_object`` for content, ``rebuild`` for operators.

Elasticsearch is used when ``ELASTICSEARCH_URL`` is set; when it does not answer,
the embedded index answers instead and a warning is logged once for the outage, so
a visitor never sees an error because a search server is down. When no index can
answer, ``search`` and ``suggest`` raise ``SearchUnavailable`` and the page says
that search is being repaired.

Failing safe: a change that cannot be written to an index (publish, restrict, take
down) still happens in the database; the item is recorded as a
``StaleSearchEntry`` and kept out of every answer until the index is repaired.
"""

import logging
import threading
import time
from contextlib import contextmanager
from functools import lru_cache

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.dispatch import Signal

from search.backends.base import SearchQuery, SearchResults, SearchUnavailable
from search.backends.embedded import EmbeddedBackend, IndexNotBuilt
from search.documents import AccessScope, Searchable
from search.models import SearchSynonym, StaleSearchEntry

logger = logging.getLogger(__name__)
SYNONYMS_CACHE_KEY = "search:synonyms"
# After Elasticsearch fails to answer, the embedded index answers alone for this long
# before Elasticsearch is asked again: a server that is down costs one time-out, not one
# per query.
ELASTIC_REST_SECONDS = 30


@lru_cache(maxsize=1)
def embedded_backend():
    return EmbeddedBackend()


@lru_cache(maxsize=1)
def elastic_backend():
    if not settings.ELASTICSEARCH_URL:
        return None
    # Loaded only when configured: most sites run on the embedded index alone, and the
    # Elasticsearch client is a heavy import for every process and command.
    from search.backends.elastic import ElasticBackend

    return ElasticBackend(settings.ELASTICSEARCH_URL)


def backends():
    """The backends that hold an index: embedded always, Elasticsearch when configured."""
    return [b for b in (elastic_backend(), embedded_backend()) if b is not None]


def synonyms():
    """The curated synonym groups, from the shared cache.

    Saving or deleting a synonym deletes the cached groups (``search.signals``), so every
    process uses the change on its next query; the time-out only bounds how long a copy
    read during someone else's save can live.
    """
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        groups = [s.group() for s in SearchSynonym.objects.all()]
        cache.set(SYNONYMS_CACHE_KEY, groups, 300)
    return groups


class _Outages:
    """Which backends are failing in this process, so each outage is logged once (when it
    starts, and when the backend answers again), not once per query."""

    def __init__(self):
        self._since = {}
        self._lock = threading.Lock()

    def failed(self, backend, exc, message):
        with self._lock:
            first = backend.name not in self._since
            if first:
                self._since[backend.name] = time.monotonic()
        if first:
            logger.error(message, exc)

    def recovered(self, backend):
        if backend.name in self._since:
            with self._lock:
                since = self._since.pop(backend.name, None)
            if since is not None:
                logger.warning(
                    "%s search index answers again (after %.0f s)",
                    backend.name,
                    time.monotonic() - since,
                )

    def resting(self, backend):
        """True while a failed backend is left alone before it is tried again."""
        since = self._since.get(backend.name)
        return since is not None and time.monotonic() - since < ELASTIC_REST_SECONDS

    def clear(self):
        with self._lock:
            self._since.clear()


outages = _Outages()


def _stale_keys():
    """Keys of items whose last change did not reach an index: tried again, and hidden."""
    keys = set(StaleSearchEntry.objects.values_list("key", flat=True))
    if keys:
        repaired = True
        for backend in backends():
            try:
                backend.delete(sorted(keys))
            except SearchUnavailable:
                repaired = False
        if repaired:
            # Out of every index now; `search_index update` brings back what should be there.
            StaleSearchEntry.objects.filter(key__in=keys).delete()
            logger.warning(
                "Removed %d item(s) from the search index after a failed update; "
                "run 'manage.py search_index update' to index them as they are now",
                len(keys),
            )
    return keys


def _without(answer, keys):
    if not keys:
        return answer
    if isinstance(answer, SearchResults):
        kept = [hit for hit in answer.hits if hit.key not in keys]
        answer.total -= len(answer.hits) - len(kept)
        answer.hits = kept
        return answer
    return [suggestion for suggestion in answer if suggestion.key not in keys]


def _answer(method, *args):
    stale = _stale_keys()
    elastic = elastic_backend()
    if elastic is not None and not outages.resting(elastic):
        try:
            answer = getattr(elastic, method)(*args)
        except SearchUnavailable as exc:
            outages.failed(
                elastic, exc, "Elasticsearch did not answer (%s); using the embedded index"
            )
        else:
            outages.recovered(elastic)
            return _without(answer, stale)
    embedded = embedded_backend()
    try:
        answer = getattr(embedded, method)(*args)
    except IndexNotBuilt as exc:
        if not count_documents():
            return SearchResults([], 0, {}) if method == "search" else []
        outages.failed(embedded, exc, "%s; run 'manage.py search_index rebuild' to build it")
        raise
    except SearchUnavailable as exc:
        outages.failed(
            embedded, exc, "Search is unavailable (%s); run 'manage.py search_index rebuild'"
        )
        raise
    outages.recovered(embedded)
    return _without(answer, stale)


def search(text="", language="vi", filters=None, page=1, user=None, per_page=20):
    """Hits, facet counts, total and a 'did you mean' for what ``user`` may see.

    Raises ``SearchUnavailable`` when no index can answer (broken, or never built).
    """
    query = SearchQuery(
        text=(text or "")[:500],
        language=language,
        filters=dict(filters or {}),
        page=page,
        per_page=per_page,
        scope=AccessScope.for_user(user),
    )
    return _answer("search", query, synonyms())


def suggest(text, language="vi", user=None, limit=8):
    return _answer("suggest", (text or "")[:200], language, AccessScope.for_user(user), limit)


# -- keeping the index in step ------------------------------------------------------
def searchable_models():
    """Searchable models, without the subclasses of a searchable concrete model (whose rows
    the parent's queryset already yields, so each item is indexed once)."""
    return [
        m
        for m in apps.get_models()
        if issubclass(m, Searchable)
        and not any(issubclass(p, Searchable) for p in m._meta.get_parent_list())
    ]


_deferred = threading.local()
# Documents per write when a deferred pass indexes many objects.
DEFERRED_BATCH = 500


def index_object(obj):
    """Index ``obj`` if it is live (pages) and searchable; otherwise remove it."""
    obj = getattr(obj, "specific", obj)
    if not isinstance(obj, Searchable):
        return
    if getattr(obj, "live", True) is False or _restricted(obj):
        remove_object(obj)
        return
    pending = getattr(_deferred, "objects", None)
    if pending is not None:
        pending[obj.search_key()] = (type(obj), obj.pk)
        return
    document = obj.search_document()
    for backend in backends():
        _safely(backend, "index", [document.key], [document])


@contextmanager
def deferred_indexing():
    """Within this block, additions and updates wait for one pass at its end.

    For bulk writers (a spreadsheet import): each species published one by one took a
    write to every index; one batched pass at the end costs a fraction. Removals are
    never deferred, so a takedown is out of search at once even inside the block. The
    pass runs after the surrounding transaction commits, so the index never holds what
    a rollback undid; it reads each object again then.
    """
    if getattr(_deferred, "objects", None) is not None:
        yield  # nested: the outer block's pass indexes everything
        return
    _deferred.objects = {}
    try:
        yield
    finally:
        pending, _deferred.objects = _deferred.objects, None
    transaction.on_commit(lambda: index_pending(pending.values()))


def index_pending(items):
    """Index (model, pk) pairs in batches, read from the database as they are now."""
    by_model = {}
    for model, pk in items:
        by_model.setdefault(model, []).append(pk)
    documents = []
    for model, pks in by_model.items():
        for start in range(0, len(pks), DEFERRED_BATCH):
            queryset = _indexable(
                model, model.objects.filter(pk__in=pks[start : start + DEFERRED_BATCH])
            )
            documents.extend(obj.search_document() for obj in queryset)
    for start in range(0, len(documents), DEFERRED_BATCH):
        batch = documents[start : start + DEFERRED_BATCH]
        for backend in backends():
            _safely(backend, "index", [d.key for d in batch], batch)
    return len(documents)


def remove_object(obj):
    obj = getattr(obj, "specific", obj)
    if not isinstance(obj, Searchable):
        return
    key = obj.search_key()
    for backend in backends():
        _safely(backend, "delete", [key], [key])


def _safely(backend, method, keys, *args):
    """Write to one index; when it fails, the change still stands in the database and the
    items (``keys``) are kept out of search answers until the index is repaired."""
    try:
        return getattr(backend, method)(*args)
    except SearchUnavailable as exc:
        logger.error(
            "%s index not updated for %s (%s); hidden from search until "
            "'manage.py search_index update' repairs the index",
            backend.name,
            keys[0] if len(keys) == 1 else f"{len(keys)} items",
            exc,
        )
        for key in keys:
            StaleSearchEntry.objects.update_or_create(
                key=key, defaults={"reason": f"{backend.name}: {exc}"[:500]}
            )
        return None


# Sent after a full update or rebuild: answers kept elsewhere (the page cache's copies
# of search pages) may no longer match the index.
index_rebuilt = Signal()


def repaired():
    """After a full update or rebuild: nothing is stale any more."""
    StaleSearchEntry.objects.all().delete()
    outages.clear()
    index_rebuilt.send(sender=None)


def live_documents():
    """Every document that should be in the index now."""
    for model in searchable_models():
        for obj in _indexable(model, model.objects.all()).iterator(chunk_size=DEFERRED_BATCH):
            yield obj.search_document()


def _restricted(obj):
    """True for a page behind a Wagtail view restriction (a password, a login, groups),
    its own or an ancestor's: the index is public, so such a page stays out of it."""
    restrictions = getattr(obj, "get_view_restrictions", None)
    return restrictions is not None and restrictions().exists()


def _indexable(model, queryset):
    """The live, unrestricted objects of ``queryset``, with what their documents read
    fetched in bulk."""
    if hasattr(queryset, "live"):
        queryset = queryset.live()
    if hasattr(queryset, "public"):
        queryset = queryset.public()
    return model.search_queryset(queryset)


def count_documents():
    total = 0
    for model in searchable_models():
        total += _indexable(model, model.objects.all()).count()
    return total
