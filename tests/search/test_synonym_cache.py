"""A curator's new synonym is used by the very next search, in every server process:
saving or deleting one drops the cached synonyms from the shared cache."""

from django.core.cache import cache

from search import service
from search.models import SearchSynonym
from tests.search.factories import CATALOGUE


def titles(text):
    return [h.title for h in service.search(text, "vi").hits]


def test_a_saved_synonym_is_used_at_once(db, search_backend):
    search_backend.index(CATALOGUE)
    assert titles("renshen") == []  # the synonyms (none) are now cached
    synonym = SearchSynonym.objects.create(terms="nhân sâm, renshen")
    assert titles("renshen")[0] == "Nhân sâm"

    synonym.terms = "nhân sâm, insam"
    synonym.save()
    assert titles("renshen") == []
    assert titles("insam")[0] == "Nhân sâm"

    synonym.delete()
    assert titles("insam") == []


def test_the_cache_is_dropped_again_after_the_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        SearchSynonym.objects.create(terms="tam thất, sanchi")
        # Another process reads the synonyms before the save is committed...
        cache.set(service.SYNONYMS_CACHE_KEY, [], 300)
    # ...and its stale copy is gone once it is.
    assert cache.get(service.SYNONYMS_CACHE_KEY) is None
    assert ["tam thất", "sanchi"] in service.synonyms()
