"""Consent that expires withdraws an item; a steward's takedown removes it everywhere at once."""

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import PageLogEntry

from knowledge.models import RemedyPage
from search import service
from tests.sitemap_reader import sitemap_text

from .conftest import days

CURRENT = {"given_by": "Hội đồng bản", "date": days(-30), "covers_display": True}


def hit_keys(user=None):
    return {h.key for h in service.search("quelvarin", "vi", user=user).hits}


def test_an_item_with_current_consent_is_shown(make_remedy):
    item = make_remedy(title="Thuốc quelvarin", consent={**CURRENT, "expires": days(30)})
    assert Client().get(f"/vi/bai-thuoc/{item.slug}/").status_code == 200
    assert item.search_key() in hit_keys()


def test_expired_consent_hides_the_item_at_once_and_the_command_withdraws_it(make_remedy):
    item = make_remedy(title="Thuốc quelvarin", consent={**CURRENT, "expires": days(-1)})
    client = Client()
    # Pages, listings and the API read the consent dates themselves …
    assert client.get(f"/vi/bai-thuoc/{item.slug}/").status_code == 404
    assert "quelvarin" not in client.get("/vi/bai-thuoc/").content.decode()
    # (Outside the language prefix a 404 is first redirected to /vi/…, which is a 404 too.)
    assert client.get(f"/api/v1/knowledge/{item.pk}/", follow=True).status_code == 404
    # … and search hides it without waiting for the daily withdrawal (a search never
    # unpublishes anything: that is the command's work, below).
    assert hit_keys() == set()
    item.refresh_from_db()
    assert item.live
    call_command("withdraw_expired_consent", stdout=__import__("io").StringIO())
    item.refresh_from_db()
    assert not item.live and item.access_level == "withheld"
    entry = PageLogEntry.objects.filter(page=item, action="knowledge.consent_expired").get()
    assert entry.data["from"] == "public"


def test_consent_that_does_not_cover_display_does_not_allow_display(make_remedy):
    item = make_remedy(
        title="Thuốc quelvarin",
        consent={**CURRENT, "covers_display": False, "covers_research": True},
    )
    assert Client().get(f"/vi/bai-thuoc/{item.slug}/").status_code == 404


def test_the_daily_command_withdraws_expired_items(make_remedy):
    expired = make_remedy(title="Thuốc quelvarin", consent={**CURRENT, "expires": days(-1)})
    kept = make_remedy(title="Thuốc khác", slug="kept", consent={**CURRENT, "expires": None})
    out = __import__("io").StringIO()
    call_command("withdraw_expired_consent", stdout=out)
    assert "1 item(s) withdrawn" in out.getvalue()
    assert not RemedyPage.objects.get(pk=expired.pk).live
    assert RemedyPage.objects.get(pk=kept.pk).live


@pytest.fixture
def steward_client(visitors):
    client = Client()
    client.force_login(visitors["steward"])
    return client


def test_takedown_withdraws_an_item_everywhere_at_once(make_remedy, steward_client, visitors):
    item = make_remedy(title="Thuốc quelvarin", level="public")
    species = item.ingredient_list[0].species
    media_url = item.media.get().url
    assert item.search_key() in hit_keys()

    response = steward_client.post(
        f"/admin/knowledge/takedown/{item.pk}/", {"reason": "The community asked on 2026-11-20."}
    )
    assert response.status_code == 302

    item = RemedyPage.objects.get(pk=item.pk)
    assert not item.live and item.access_level == "withheld"
    # A later publish of the latest revision cannot bring it back open.
    assert item.get_latest_revision_as_object().access_level == "withheld"
    client = Client()
    assert client.get(f"/vi/bai-thuoc/{item.slug}/").status_code == 404
    assert "quelvarin" not in client.get("/vi/bai-thuoc/").content.decode()
    assert "quelvarin" not in client.get(species.url).content.decode()
    assert client.get(media_url).status_code == 404
    assert hit_keys(visitors["steward"]) == set()
    assert item.slug not in sitemap_text(client)
    entry = PageLogEntry.objects.filter(page=item, action="knowledge.takedown").get()
    assert entry.data["reason"] == "The community asked on 2026-11-20."
    assert entry.user == visitors["steward"]


def test_takedown_asks_for_a_reason(make_remedy, steward_client):
    item = make_remedy(title="Thuốc quelvarin")
    page = steward_client.get(f"/admin/knowledge/takedown/{item.pk}/")
    assert page.status_code == 200 and "Thuốc quelvarin" in page.content.decode()
    response = steward_client.post(f"/admin/knowledge/takedown/{item.pk}/", {"reason": ""})
    assert response.status_code == 200
    assert RemedyPage.objects.get(pk=item.pk).live


def test_only_stewards_can_take_down(make_remedy, django_user_model):
    from django.contrib.auth.models import Group

    item = make_remedy(title="Thuốc quelvarin")
    curator = django_user_model.objects.create_user("curator", password="pw")
    curator.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(curator)
    response = client.post(f"/admin/knowledge/takedown/{item.pk}/", {"reason": "no"})
    assert response.status_code in (302, 403)
    assert RemedyPage.objects.get(pk=item.pk).live


def test_the_take_down_button_is_offered_to_stewards_only(
    make_remedy, steward_client, admin_client
):
    item = make_remedy(title="Thuốc quelvarin")
    url = f"/admin/pages/{item.pk}/edit/"
    assert f"/admin/knowledge/takedown/{item.pk}/" in steward_client.get(url).content.decode()


def test_protected_files_download_from_the_admin_for_stewards_only(
    make_remedy, steward_client, visitors
):
    item = make_remedy(title="Thuốc quelvarin")
    url = item.media.get().file.url
    assert url.startswith("/admin/")
    response = steward_client.get(url)
    assert response.status_code == 200 and b"secret" in b"".join(response.streaming_content)
    member = Client()
    member.force_login(visitors["member"])
    assert member.get(url).status_code in (302, 403)
    assert steward_client.get("/admin/knowledge/files/../../etc/passwd").status_code == 404


def test_search_hides_an_item_from_the_day_its_consent_lapses(make_remedy, monkeypatch):
    """Consent lapses by the calendar, with no publish: every worker hides the item from
    search, suggestions and facet counts on the first day it may not be shown."""
    import datetime

    from search.backends import embedded_schema

    last_day = days(3)
    item = make_remedy(title="Thuốc quelvarin", consent={**CURRENT, "expires": last_day})
    assert item.search_document().visible_until == last_day.isoformat()
    assert hit_keys() == {item.search_key()}

    class Tomorrow(datetime.date):
        @classmethod
        def today(cls):
            return last_day + datetime.timedelta(days=1)

    monkeypatch.setattr(embedded_schema.datetime, "date", Tomorrow)
    results = service.search("quelvarin", "vi")
    assert results.total == 0 and results.hits == []
    assert "remedy" not in dict(results.facets.get("kind", []))
    assert service.suggest("quelvarin", "vi") == []
