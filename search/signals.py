"""Keep the index in step with publishing: publish, unpublish, move, delete."""

from django.db.models.signals import pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import service


def _reindex(sender, instance, **kwargs):
    service.index_object(instance)


def _remove(sender, instance, **kwargs):
    service.remove_object(instance)


def _moved(sender, instance, **kwargs):
    # A move changes the URL of the page and of everything below it.
    for page in Page.objects.descendant_of(instance, inclusive=True).live().specific():
        service.index_object(page)


def connect():
    page_published.connect(_reindex, dispatch_uid="search-published")
    page_unpublished.connect(_remove, dispatch_uid="search-unpublished")
    post_page_move.connect(_moved, dispatch_uid="search-moved")
    for model in service.searchable_models():
        pre_delete.connect(_remove, sender=model, dispatch_uid=f"search-delete-{model.__name__}")
