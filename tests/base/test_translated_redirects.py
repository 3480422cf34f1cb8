"""A page's old address in every language leads to its new one after a rename or a move.

Wagtail made a redirect only for the address in the editor's language."""

import pytest
from django.utils import translation
from wagtail.actions.move_page import MovePageAction
from wagtail.models import PageViewRestriction

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
    for language in ("en",):
        assert client.get(before[language]).status_code == 404
    restriction.delete()
    assert client.get(before["en"]).status_code == 301
