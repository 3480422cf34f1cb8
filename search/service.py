"""The one entry point to search: ``search`` and ``suggest`` for visitors, ``index_object``
and ``remove_object`` for content, ``rebuild`` for operators.

Elasticsearch is used when ``ELASTICSEARCH_URL`` is set; when it does not answer,
the embedded index answers instead and a warning is logged, so a visitor never
sees an error because a search server is down.
"""

import logging
from functools import lru_cache

from django.apps import apps
from django.conf import settings
from django.core.cache import cache

from search.backends.base import SearchQuery, SearchUnavailable
from search.backends.embedded import EmbeddedBackend
from search.documents import AccessScope, Searchable

logger = logging.getLogger(__name__)
SYNONYMS_CACHE_KEY = "search:synonyms"


@lru_cache(maxsize=1)
def embedded_backend():
    return EmbeddedBackend()


@lru_cache(maxsize=1)
def elastic_backend():
    if not settings.ELASTICSEARCH_URL:
        return None
    from search.backends.elastic import ElasticBackend

    return ElasticBackend(settings.ELASTICSEARCH_URL)


def backends():
    """The backends that hold an index: embedded always, Elasticsearch when configured."""
    return [b for b in (elastic_backend(), embedded_backend()) if b is not None]


def synonyms():
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        from search.models import SearchSynonym

        groups = [s.group() for s in SearchSynonym.objects.all()]
        cache.set(SYNONYMS_CACHE_KEY, groups, 300)
    return groups


_BEFORE_QUERY = []


def register_before_query(fn):
    """Run ``fn()`` before each search or suggestion (content apps use it to withdraw
    items whose permission has lapsed before anyone can find them)."""
    if fn not in _BEFORE_QUERY:
        _BEFORE_QUERY.append(fn)


def _answer(method, *args):
    for fn in _BEFORE_QUERY:
        fn()
    elastic = elastic_backend()
    if elastic is not None:
        try:
            return getattr(elastic, method)(*args)
        except SearchUnavailable as exc:
            logger.warning("Elasticsearch did not answer (%s); using the embedded index", exc)
    return getattr(embedded_backend(), method)(*args)


def search(text="", language="vi", filters=None, page=1, user=None, per_page=20):
    """Hits, facet counts, total and a 'did you mean' for what ``user`` may see."""
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


def index_object(obj):
    """Index ``obj`` if it is live (pages) and searchable; otherwise remove it."""
    obj = getattr(obj, "specific", obj)
    if not isinstance(obj, Searchable):
        return
    if getattr(obj, "live", True) is False:
        remove_object(obj)
        return
    document = obj.search_document()
    for backend in backends():
        _safely(backend, "index", [document])


def remove_object(obj):
    obj = getattr(obj, "specific", obj)
    if not isinstance(obj, Searchable):
        return
    key = obj.search_key()
    for backend in backends():
        _safely(backend, "delete", [key])


def _safely(backend, method, *args):
    try:
        return getattr(backend, method)(*args)
    except SearchUnavailable as exc:
        logger.warning(
            "%s index not updated (%s); run 'manage.py search_index update'", backend.name, exc
        )
        return None


def live_documents():
    """Every document that should be in the index now."""
    for model in searchable_models():
        queryset = model.objects.all()
        if hasattr(queryset, "live"):
            queryset = queryset.live()
        for obj in queryset.iterator():
            yield obj.search_document()


def count_documents():
    total = 0
    for model in searchable_models():
        queryset = model.objects.all()
        total += (queryset.live() if hasattr(queryset, "live") else queryset).count()
    return total
