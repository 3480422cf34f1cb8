"""A renamed remedy's old address leads the public to it only while the public may open
it: a redirect must not say where community knowledge now is, nor that it exists."""

import pytest

from knowledge.models import RemedyPage


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


def test_a_community_remedy_renamed_is_not_found_at_its_old_address(
    client, make_remedy, rename, visitors
):
    before, after = rename(make_remedy(level="community"), "bai-thuoc-moi")
    assert client.get(before).status_code == 404
    assert client.get(after).status_code == 404
    client.force_login(visitors["member"])  # nor does it admit it to a member
    assert client.get(before).status_code == 404


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
