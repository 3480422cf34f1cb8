"""A renamed remedy's old address leads a visitor to it only while the visitor may open
it: a redirect must not say where community knowledge now is, nor that it exists."""

import pytest

from knowledge.models import RemedyPage
from knowledge.withdrawal import withdraw

from .conftest import days


@pytest.fixture
def rename(django_capture_on_commit_callbacks):
    """Publish a new Vietnamese slug for ``item`` (and ``changes``); its old and new
    addresses."""

    def rename(item, slug, **changes):
        item = RemedyPage.objects.get(pk=item.pk)
        before = item.get_url()
        item.slug_vi = slug
        for name, value in changes.items():
            setattr(item, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            item.save_revision().publish()
        return before, RemedyPage.objects.get(pk=item.pk).get_url()

    return rename


def test_a_public_remedy_is_found_at_its_old_address(client, make_remedy, rename):
    before, after = rename(make_remedy(), "tam-that-cam-mau-cu")
    response = client.get(before)
    assert response.status_code == 301 and response["Location"] == after


def test_a_community_remedy_leads_only_its_community_from_its_old_address(
    client, make_remedy, rename, visitors
):
    before, after = rename(make_remedy(level="community"), "bai-thuoc-moi")
    assert client.get(before).status_code == 404
    assert client.get(after).status_code == 404
    client.force_login(visitors["other"])  # a member of another community
    assert client.get(before).status_code == 404
    client.force_login(visitors["member"])  # the community it belongs to
    response = client.get(before)
    assert response.status_code == 301 and response["Location"] == after


def test_a_redirect_stops_when_the_remedy_is_restricted_or_withheld(client, make_remedy, rename):
    item = make_remedy()
    before, _after = rename(item, "tam-that-cam-mau-cu")
    assert client.get(before).status_code == 301
    rename(item, "tam-that-cam-mau-cu", access_level="community")
    assert client.get(before).status_code == 404
    rename(item, "tam-that-cam-mau-cu", access_level="public")
    assert client.get(before).status_code == 301
    rename(item, "tam-that-cam-mau-cu", access_level="withheld")
    assert client.get(before).status_code == 404


def test_a_redirect_stops_when_consent_lapses(client, make_remedy, rename):
    consent = {"given_by": "Hội đồng bản", "date": days(-30), "covers_display": True}
    item = make_remedy(consent={**consent, "expires": days(30)})
    before, _after = rename(item, "tam-that-cam-mau-cu")
    assert client.get(before).status_code == 301
    item.consents.update(expires=days(-1))
    assert client.get(before).status_code == 404


def test_a_redirect_stops_when_the_remedy_is_taken_down(client, make_remedy, rename, visitors):
    item = make_remedy()
    before, _after = rename(item, "tam-that-cam-mau-cu")
    withdraw(RemedyPage.objects.get(pk=item.pk), user=visitors["steward"], reason="Asked to.")
    assert client.get(before).status_code == 404


def test_a_redirect_stops_under_a_restricted_section(client, make_remedy, rename, remedy_index):
    from wagtail.models import PageViewRestriction

    before, _after = rename(make_remedy(), "tam-that-cam-mau-cu")
    PageViewRestriction.objects.create(
        page=remedy_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert client.get(before).status_code == 404
