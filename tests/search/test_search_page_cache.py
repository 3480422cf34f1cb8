"""Anonymous searches are served from the page cache, and never stale after a change."""

from django.test import Client

from knowledge.withdrawal import withdraw
from search.models import SearchSynonym
from tests.knowledge import conftest as knowledge

communities, visitors = knowledge.communities, knowledge.visitors
make_remedy, remedy_index = knowledge.make_remedy, knowledge.remedy_index
source, condition = knowledge.source, knowledge.condition


def search(path, user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client.get(path)


def test_the_second_anonymous_search_is_served_from_the_cache(make_remedy):
    make_remedy(title="Quelvarin cầm máu", slug="quelvarin")
    first, second = search("/vi/search/?q=quelvarin"), search("/vi/search/?q=quelvarin")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert "Quelvarin cầm máu" in second.content.decode()
    suggest = search("/vi/search/suggest/?q=quel")
    assert search("/vi/search/suggest/?q=quel")["X-Page-Cache"] == "hit"
    assert suggest.json()["suggestions"][0]["title"] == "Quelvarin cầm máu"


def test_a_restriction_or_takedown_is_not_served_from_an_old_copy(make_remedy, visitors):
    opened = make_remedy(title="Quelvarin mở", slug="opened")
    taken = make_remedy(title="Quelvarin gỡ", slug="taken")
    for path in ("/vi/search/?q=quelvarin", "/vi/search/suggest/?q=quelvarin"):
        search(path)
    opened.access_level = "community"
    opened.save_revision().publish()
    withdraw(taken, user=visitors["steward"], reason="The community asked.")
    page = search("/vi/search/?q=quelvarin")
    assert page["X-Page-Cache"] == "miss"
    assert "Quelvarin" not in page.content.decode().split("<main")[-1]
    assert search("/vi/search/suggest/?q=quelvarin").json()["suggestions"] == []


def test_a_new_synonym_is_used_at_once(make_remedy):
    make_remedy(title="Quelvarin cầm máu", slug="quelvarin")
    assert "Quelvarin cầm máu" not in search("/vi/search/?q=zorblat").content.decode()
    SearchSynonym.objects.create(terms="quelvarin, zorblat")
    assert "Quelvarin cầm máu" in search("/vi/search/?q=zorblat").content.decode()


def test_signed_in_searches_are_never_stored(make_remedy, visitors):
    make_remedy(title="Quelvarin cộng đồng", level="community", slug="community")
    member = search("/vi/search/?q=quelvarin", visitors["member"])
    assert "X-Page-Cache" not in member and "Quelvarin cộng đồng" in member.content.decode()
    anonymous = search("/vi/search/?q=quelvarin")
    assert anonymous["X-Page-Cache"] == "miss"
    assert "Quelvarin cộng đồng" not in anonymous.content.decode()


def test_an_index_update_or_rebuild_forgets_stored_searches(make_remedy):
    from io import StringIO

    from django.core.management import call_command

    make_remedy(title="Quelvarin cầm máu", slug="quelvarin")
    search("/vi/search/?q=quelvarin")
    assert search("/vi/search/?q=quelvarin")["X-Page-Cache"] == "hit"
    call_command("search_index", "update", stdout=StringIO(), stderr=StringIO())
    assert search("/vi/search/?q=quelvarin")["X-Page-Cache"] == "miss"


def test_a_new_search_reads_its_facet_labels_from_the_cache(make_remedy):
    """The search page's own cost: once a search has shown a facet's labels, a search
    never asked before (rendered, not a stored page) looks up none of them in the
    database; a change of content (a publish) makes them be read again."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_remedy(title="Quelvarin cầm máu", slug="quelvarin")

    def rendered(path):
        with CaptureQueriesContext(connection) as queries:
            response = search(path)
        assert response["X-Page-Cache"] == "miss" and "Chảy máu" in response.content.decode()
        return [q["sql"] for q in queries if "knowledge_condition" in q["sql"]]

    assert rendered("/vi/search/?q=quelvarin")
    assert rendered("/vi/search/?q=quelvarin+cam") == []
    assert rendered("/vi/search/?q=cam+mau+quelvarin") == []
    make_remedy(title="Quelvarin khác", slug="other")
    assert rendered("/vi/search/?q=quelvarin+cam")
