"""Keep the index in step with publishing: publish, unpublish, move, delete; and drop
the cached synonyms when a curator changes one."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from base import page_cache
from search import service
from search.models import SearchSynonym


def _reindex(sender, instance, **kwargs):
    service.index_object(instance)


def _remove(sender, instance, **kwargs):
    service.remove_object(instance)


def _moved(sender, instance, **kwargs):
    # A move changes the URL of the page and of everything below it.
    for page in Page.objects.descendant_of(instance, inclusive=True).live().specific():
        service.index_object(page)


def _restriction_changed(sender, instance, **kwargs):
    # A password, login or group restriction takes the page and everything below it out
    # of the public index; lifting it puts them back. Cached copies go either way.
    for page in Page.objects.descendant_of(instance.page, inclusive=True).live().specific():
        service.index_object(page)
    page_cache.invalidate()


def _forget_synonyms(sender, **kwargs):
    cache.delete(service.SYNONYMS_CACHE_KEY)
    # Again once the change is committed: a process that read the synonyms between this
    # delete and the commit cached the old ones.
    transaction.on_commit(lambda: cache.delete(service.SYNONYMS_CACHE_KEY))


def connect():
    # The page cache holds copies of search pages, which a rebuilt index may contradict.
    service.index_rebuilt.connect(page_cache.invalidate, dispatch_uid="page-cache-index-rebuilt")
    page_published.connect(_reindex, dispatch_uid="search-published")
    page_unpublished.connect(_remove, dispatch_uid="search-unpublished")
    post_page_move.connect(_moved, dispatch_uid="search-moved")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search-restriction-{signal is post_save}",
        )
    post_save.connect(_forget_synonyms, sender=SearchSynonym, dispatch_uid="search-synonym-saved")
    post_delete.connect(
        _forget_synonyms, sender=SearchSynonym, dispatch_uid="search-synonym-deleted"
    )
    for model in service.searchable_models():
        pre_delete.connect(_remove, sender=model, dispatch_uid=f"search-delete-{model.__name__}")
