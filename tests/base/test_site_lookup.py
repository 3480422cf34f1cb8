"""A process asks the database for the request's site once per content generation, and a
change to the site in any process is seen by the next request."""

from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from base import page_cache, site_lookup


def site_for(host):
    request = RequestFactory().get("/", HTTP_HOST=host)
    return Site.find_for_request(request)


def site_queries(host):
    with CaptureQueriesContext(connection) as asked:
        site = site_for(host)
    return site, [q for q in asked.captured_queries if "wagtailcore_site" in q["sql"]]


def test_the_site_is_asked_once_until_content_changes(home):
    default = Site.objects.get(is_default_site=True)
    first, asked = site_queries(default.hostname)
    assert first == default and len(asked) == 1
    again, asked = site_queries(default.hostname)
    assert again == default and asked == []
    default.site_name = "Dược liệu số (thử)"
    default.save()  # moves the generation
    renamed, asked = site_queries(default.hostname)
    assert len(asked) == 1 and renamed.site_name == "Dược liệu số (thử)"


def test_a_change_made_by_another_process_is_seen_at_the_next_request(home):
    default = Site.objects.get(is_default_site=True)
    assert site_for(default.hostname).site_name == default.site_name
    # What another process's save leaves here: the row changed, the shared generation moved.
    Site.objects.filter(pk=default.pk).update(site_name="Renamed elsewhere")
    caches[page_cache.CACHE_ALIAS].incr(page_cache.GENERATION_KEY)
    assert site_for(default.hostname).site_name == "Renamed elsewhere"


def test_hostile_host_headers_keep_few_sites(home):
    for n in range(100):
        site_for(f"probe-{n}.example")  # each falls back to the default site
    assert len(site_lookup._kept) <= site_lookup.MAX_HOSTS


def test_an_emptied_cache_does_not_start_again_from_an_earlier_generation(db):
    """Else a site (or a page) kept under generation 1 before would be taken as current."""
    seen = set()
    for _ in range(5):
        seen.add(page_cache.generation())
        caches[page_cache.CACHE_ALIAS].clear()
    assert len(seen) == 5
