"""A page's old address in every language leads to its new one after a rename or a move.

Wagtail made a redirect only for the address in the editor's language."""

import pytest
from django.utils import translation
from wagtail.actions.move_page import MovePageAction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction, Site

from base import translated_redirects
from species.models import SpeciesPage
from species.services import upsert_many
from tests.conftest import species_data

LANGUAGES = ("vi", "en", "fr")


@pytest.fixture
def tam_that(index):
    """Tam thất, with an English slug of its own."""
    upsert_many(
        index,
        [species_data(vi="Tam thất", en="Notoginseng"), species_data(epithet="ginseng", vi="Sâm")],
    )
    return SpeciesPage.objects.get(title_vi="Tam thất")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A block after which what waits for the commit (the redirects) has run, as after
    a real publish."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def addresses(page):
    page = SpeciesPage.objects.get(pk=page.pk)
    found = {}
    for language in LANGUAGES:
        with translation.override(language):
            found[language] = page.get_url()
    return found


def publish(committed, page, **fields):
    page = page.specific_class.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    with committed():
        page.save_revision().publish()


def test_renaming_the_english_slug_redirects_the_old_english_address(client, tam_that, committed):
    before = addresses(tam_that)
    assert before["en"] == "/en/species/notoginseng/"
    publish(committed, tam_that, slug_en="panax-notoginseng")
    after = addresses(tam_that)
    assert after["en"] == "/en/species/panax-notoginseng/"
    response = client.get(before["en"])
    assert response.status_code == 301 and response["Location"] == after["en"]
    # One redirect: Wagtail's own, in the editor's language, is not made beside it.
    assert list(Redirect.objects.values_list("old_path", flat=True)) == [before["en"].rstrip("/")]
    # The other languages' addresses did not change and still answer.
    assert after["vi"] == before["vi"] and client.get(before["vi"]).status_code == 200


def test_renaming_the_vietnamese_slug_redirects_the_languages_that_follow_it(
    client, tam_that, committed
):
    publish(committed, tam_that, slug_fr="")  # French without a slug of its own
    before = addresses(tam_that)
    assert before["fr"] == "/fr/loai/tam-that/"
    publish(committed, tam_that, slug_vi="tam-that-bac")
    after = addresses(tam_that)
    for language in ("vi", "fr"):  # French has no slug of its own
        assert after[language] != before[language]
        response = client.get(before[language])
        assert response.status_code == 301 and response["Location"] == after[language]
    assert client.get(before["en"]).status_code == 200


def test_renaming_the_index_redirects_every_species_below_it(client, index, tam_that, committed):
    before = addresses(tam_that)
    publish(committed, index, slug_en="medicinal-plants")
    after = addresses(tam_that)
    assert after["en"] == "/en/medicinal-plants/notoginseng/"
    response = client.get(before["en"])
    assert response.status_code == 301 and response["Location"] == after["en"]


def test_a_moved_page_is_found_at_its_old_address_in_every_language(
    client, home, tam_that, committed
):
    before = addresses(tam_that)
    with translation.override("en"), committed():  # an editor whose admin is in English
        MovePageAction(SpeciesPage.objects.get(pk=tam_that.pk), home, pos="last-child").execute()
    after = addresses(tam_that)
    for language in LANGUAGES:
        assert after[language] != before[language]
        response = client.get(before[language])
        assert response.status_code == 301 and response["Location"] == after[language]


def test_no_redirect_leads_the_public_to_a_restricted_page(client, tam_that, committed):
    before = addresses(tam_that)
    publish(committed, tam_that, slug_en="panax-notoginseng")
    restriction = PageViewRestriction.objects.create(
        page=tam_that, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert client.get(before["en"]).status_code == 404
    restriction.delete()
    assert client.get(before["en"]).status_code == 301


def test_a_visitor_the_restriction_admits_follows_the_redirect(
    client, tam_that, committed, django_user_model
):
    """As Wagtail admits them when it serves the page: a member of the group, or a
    visitor who typed the password in this session; nobody else learns the address."""
    from django.contrib.auth.models import Group
    from django.urls import reverse

    before = addresses(tam_that)
    publish(committed, tam_that, slug_en="panax-notoginseng")
    after = addresses(tam_that)
    stewards = Group.objects.create(name="Stewards")
    by_group = PageViewRestriction.objects.create(
        page=tam_that, restriction_type=PageViewRestriction.GROUPS
    )
    by_group.groups.add(stewards)
    member = django_user_model.objects.create_user("member", password="pw")
    member.groups.add(stewards)
    django_user_model.objects.create_user("other", password="pw")
    assert client.get(before["en"]).status_code == 404
    client.login(username="other", password="pw")
    assert client.get(before["en"]).status_code == 404
    client.login(username="member", password="pw")
    response = client.get(before["en"])
    assert response.status_code == 301 and response["Location"] == after["en"]
    client.logout()

    by_group.delete()
    by_password = PageViewRestriction.objects.create(
        page=tam_that, restriction_type=PageViewRestriction.PASSWORD, password="rừng"
    )
    assert client.get(before["en"]).status_code == 404
    form = reverse("wagtailcore_authenticate_with_password", args=[by_password.pk, tam_that.pk])
    client.post(form, {"password": "rừng", "return_url": after["en"]})
    response = client.get(before["en"])
    assert response.status_code == 301 and response["Location"] == after["en"]


def test_renaming_an_index_redirects_its_species_in_several_batches(
    client, index, tam_that, committed, monkeypatch
):
    """Six redirects in batches of two: Wagtail's batch, processed once more with nothing
    in it, deleted every redirect it had written."""
    monkeypatch.setattr(translated_redirects, "BATCH", 2)
    upsert_many(
        index, [species_data(epithet=f"sp{n}", vi=f"Cây thứ {n}", en=f"Plant {n}") for n in "abc"]
    )
    species = list(SpeciesPage.objects.all())
    before = {page.pk: addresses(page)["en"] for page in species}
    publish(committed, index, slug_en="medicinal-plants")
    for page in species:
        response = client.get(before[page.pk])
        assert response.status_code == 301
        assert response["Location"] == addresses(page)["en"]


def test_a_batch_of_redirects_is_small_enough_for_sqlite(db):
    """Wagtail's batch of 2,000 deletes the clashing redirects with one condition each,
    which SQLite refuses beyond about 1,000: an index of 1,100 species could not be
    renamed."""
    site = Site.objects.get(is_default_site=True)
    batch = translated_redirects._RedirectBatch(
        max_size=translated_redirects.BATCH, ignore_conflicts=True
    )
    for n in range(1200):
        batch.add(old_path=f"/en/species/old-{n}", site=site, redirect_link="/en/species/")
    batch.process()
    assert Redirect.objects.count() == 1200
