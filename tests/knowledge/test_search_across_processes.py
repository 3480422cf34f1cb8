"""Every change of state is seen at once by a search in another server process.

A worker that has already answered searches must see an access change, a
takedown, an expired consent and a new page on its very next query: the other
process here is a real one, holding its index connection open between queries.
"""

import pytest
from django.core.management import call_command

from knowledge.withdrawal import withdraw
from tests.search.other_process import OtherProcess

from .conftest import days


@pytest.fixture
def other_process(search_backend):
    worker = OtherProcess(search_backend.path)
    yield worker
    worker.close()


def test_another_process_sees_every_change_at_once(
    make_remedy, make_article, other_process, search_backend
):
    opened = make_remedy(title="Quelvarin mở", slug="opened")
    taken_down = make_remedy(title="Quelvarin gỡ", slug="taken-down")
    consented = make_remedy(
        title="Quelvarin đồng thuận",
        slug="consented",
        consent={"given_by": "Hội đồng bản", "date": days(-30), "covers_display": True},
    )
    everything = {opened.search_key(), taken_down.search_key(), consented.search_key()}

    # The other worker answers first, as a busy site would have done.
    first = other_process.ask("search", "quelvarin", {})
    assert set(first["keys"]) == everything and first["total"] == 3
    assert len(other_process.ask("suggest", "quelvarin")["keys"]) == 3

    # A curator restricts one item to its community.
    opened.access_level = "community"
    opened.save_revision().publish()
    seen = other_process.ask("search", "quelvarin", {})
    assert opened.search_key() not in seen["keys"] and seen["total"] == 2
    assert seen["facets"]["kind"] == {"remedy": 2}
    assert len(other_process.ask("suggest", "quelvarin")["keys"]) == 2

    # A steward takes one down.
    withdraw(taken_down, reason="The community asked.")
    assert other_process.ask("search", "quelvarin", {})["keys"] == [consented.search_key()]

    # Consent for display lapses and the daily sweep runs.
    consent = consented.consents.get()
    consent.expires = days(-1)
    consent.save()
    call_command("withdraw_expired_consent", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert other_process.ask("search", "quelvarin", {})["total"] == 0
    assert other_process.ask("suggest", "quelvarin")["keys"] == []

    # A new page is found by the other worker on its next query.
    article = make_article(title="Quelvarin mới")
    assert other_process.ask("search", "quelvarin", {})["keys"] == [article.search_key()]
    assert other_process.ask("search", "quelvarin", {"kind": ["knowledge"]})["total"] == 1
