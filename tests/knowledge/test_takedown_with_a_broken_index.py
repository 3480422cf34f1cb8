"""A steward's takedown and a curator's publish succeed even when the search index is
broken; the item is hidden everywhere, and a rebuild brings the index back in step."""

from io import StringIO

from django.core.management import call_command
from django.test import Client

from knowledge.models import RemedyPage
from knowledge.withdrawal import withdraw
from search import service
from tests.search.test_failure_safe import corrupt


def test_takedown_and_publish_succeed_with_a_corrupt_index(
    make_remedy, make_article, search_backend, visitors
):
    item = make_remedy(title="Quelvarin cầm máu", slug="quelvarin")
    corrupt(search_backend)
    withdraw(item, user=visitors["steward"], reason="The community asked.")
    item = RemedyPage.objects.get(pk=item.pk)
    assert not item.live and item.access_level == "withheld"
    article = make_article(title="Quelvarin dưới tán rừng")  # publishing does not fail
    client = Client()
    assert client.get("/vi/bai-thuoc/quelvarin/").status_code == 404
    assert client.get("/vi/search/?q=quelvarin").status_code == 503
    call_command("search_index", "rebuild", stdout=StringIO(), stderr=StringIO())
    service.outages.clear()
    assert [h.key for h in service.search("quelvarin").hits] == [article.search_key()]
