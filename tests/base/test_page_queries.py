"""``base.page_queries``: which pages are private, as Wagtail says, read once per GET
request."""

from contextlib import contextmanager

from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from base.page_queries import (
    is_private,
    private_q,
    restricted_sections,
    wagtails_view_restrictions,
)


def test_private_pages_are_those_wagtail_calls_private(make_species, index):
    open_page = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm")
    locked = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    assert not Page.objects.filter(private_q()).exists()  # no restriction: nothing private

    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)

    ours = set(Page.objects.filter(private_q()).values_list("pk", flat=True))
    wagtails = set(Page.objects.filter(Page.objects.all().private_q()).values_list("pk", flat=True))
    assert ours == wagtails
    # The restricted index and everything under it; not its parent.
    assert {index.pk, open_page.pk, locked.pk} <= ours
    assert index.get_parent().pk not in ours


def test_an_alias_of_a_restricted_page_is_private_with_what_is_under_it(make_species, index):
    locked = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    alias = locked.create_alias(parent=index.get_parent(), update_slug="bay-la-mot-hoa-ban-sao")
    # Restricted after the alias was made: the alias has no restriction of its own (one
    # made before is copied to it), and Wagtail applies the original's when serving it.
    PageViewRestriction.objects.create(page=locked, restriction_type=PageViewRestriction.LOGIN)

    assert wagtails_view_restrictions(alias).exists()
    assert alias.get_view_restrictions().exists()
    assert is_private(alias)
    assert Page.objects.filter(private_q(), pk=alias.pk).exists()
    assert not is_private(index)


def test_an_alias_of_an_alias_of_a_restricted_page_is_private(make_species, index):
    locked = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    home = index.get_parent()
    first = locked.create_alias(parent=home, update_slug="ban-sao-1")
    # The second alias copies the first's slugs: other ones, beside it under the home page.
    first.slug_en = first.slug_zh_hans = first.slug_fr = "ban-sao-2"
    second = first.create_alias(parent=home, update_slug="ban-sao-2")
    assert second.alias_of_id == first.pk  # Wagtail names the alias it was made from
    PageViewRestriction.objects.create(page=locked, restriction_type=PageViewRestriction.LOGIN)

    assert wagtails_view_restrictions(second).exists()  # Wagtail follows the chain
    assert second.get_view_restrictions().exists()
    assert is_private(first) and is_private(second)
    assert Page.objects.filter(private_q(), pk=second.pk).exists()


@contextmanager
def _request(method):
    """Django's request signals around the block, as a server sends them; without
    closing the test's database connection (``close_old_connections`` listens to them,
    and Django's test client disconnects it the same way)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        request_started.send(sender=None, environ={"REQUEST_METHOD": method})
        try:
            yield
        finally:
            request_finished.send(sender=None)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _read_sections():
    """The number of queries one call of ``restricted_sections`` asks."""
    with CaptureQueriesContext(connection) as queries:
        sections = restricted_sections()
    return len(queries), sections


def _insert_restriction_as_another_process(page):
    """A restriction written without this process's signals (another worker's admin)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO wagtailcore_pageviewrestriction (page_id, restriction_type, password)"
            " VALUES (%s, %s, %s)",
            [page.pk, PageViewRestriction.LOGIN, ""],
        )


def test_a_get_request_reads_the_restricted_sections_once_and_the_next_reads_them_again(
    make_species,
):
    locked = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    with _request("GET"):
        assert _read_sections() == (1, [])
        assert _read_sections() == (0, [])  # kept for the rest of the request
        _insert_restriction_as_another_process(locked)

    with _request("GET"):
        assert _read_sections() == (1, [(locked.path, locked.depth)])
    assert is_private(locked)


def test_a_restriction_made_during_a_request_is_seen_at_once(make_species):
    locked = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    with _request("GET"):
        assert not is_private(locked)
        PageViewRestriction.objects.create(page=locked, restriction_type=PageViewRestriction.LOGIN)
        assert is_private(locked)


def test_a_post_request_and_work_outside_requests_read_the_sections_each_time(make_species):
    make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    assert _read_sections()[0] == _read_sections()[0] == 1
    with _request("POST"):
        assert _read_sections()[0] == _read_sections()[0] == 1


def test_a_public_page_is_served_asking_about_restrictions_once(client, make_species):
    """Wagtail asks every page it serves for its restrictions (two queries); outside
    every restricted section the one read of the sections answers for it."""
    page = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    asked = [q["sql"] for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]
    assert len(asked) == 1


def test_a_restriction_made_by_another_process_is_enforced_at_the_next_request(
    client, make_species, settings
):
    # The page rendered each time: what is checked here is Wagtail's rule, not the page
    # cache (which another process empties through its generation, tests/museum).
    settings.PAGE_CACHE_SECONDS = 0
    page = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    assert client.get(page.url).status_code == 200
    _insert_restriction_as_another_process(page)  # no signal reaches this process

    response = client.get(page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
