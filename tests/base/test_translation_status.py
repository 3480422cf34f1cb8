"""Each page's state in each language: visitors see when a translation is not yet
reviewed, curators list pages by state and record a review."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from base.translation_status import NOT_TRANSLATED, REVIEWED, SOURCE, UNREVIEWED, status

NOTE = "Translated from Vietnamese; the translation has not been reviewed yet."


@pytest.fixture
def species(make_species):
    return make_species(vi="Tam thất", en="Notoginseng", summary={"vi": "Cây cầm máu."})


@pytest.fixture
def admin(db, django_user_model):
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("boss", password="pw"))
    return client


def test_states_follow_translation_review_and_republication(species, django_user_model):
    from base.translation_status import mark_reviewed

    assert status(species, "vi") == SOURCE
    assert status(species, "fr") == NOT_TRANSLATED  # no French at all
    assert status(species, "en") == NOT_TRANSLATED  # the summary has no English
    species.summary_en = "A haemostatic herb."
    species.save_revision().publish()
    species.refresh_from_db()
    assert status(species, "en") == UNREVIEWED
    mark_reviewed(species, "en", django_user_model.objects.create_user("reviewer"))
    assert status(species, "en") == REVIEWED
    species.save_revision().publish()  # a new version: the review was of the old one
    species.refresh_from_db()
    assert status(species, "en") == UNREVIEWED


def test_visitors_see_a_note_until_the_translation_is_reviewed(species, admin, client):
    species.summary_en = "A haemostatic herb."
    species.save_revision().publish()
    page = client.get("/en/species/notoginseng/").content.decode()
    assert page.count(NOTE) == 1
    assert NOTE not in client.get("/vi/loai/tam-that/").content.decode()
    # Not translated into French: the fallback notice says so, not this note.
    assert NOTE not in client.get("/fr/loai/tam-that/").content.decode()
    response = admin.post(f"/admin/translations/{species.pk}/reviewed/", {"language": "en"})
    assert response.status_code == 302
    assert NOTE not in client.get("/en/species/notoginseng/").content.decode()


def test_curators_filter_the_report_by_language_and_state(species, admin):
    species.summary_en = "A haemostatic herb."
    species.save_revision().publish()
    unreviewed = admin.get("/admin/translations/?language=en&status=unreviewed")
    assert unreviewed.status_code == 200
    assert "Notoginseng" in unreviewed.content.decode() or "Tam thất" in unreviewed.content.decode()
    button = f"/admin/translations/{species.pk}/reviewed/"
    assert button in unreviewed.content.decode()
    reviewed = admin.get("/admin/translations/?language=en&status=reviewed").content.decode()
    assert button not in reviewed
    for bad in ("?language=xx", "?status=%00", "?p=99999999999999999999", "?p=-1", "?p=²"):
        assert admin.get("/admin/translations/" + bad).status_code == 200


def test_a_review_needs_the_right_to_publish_and_a_real_language(species, admin, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    url = f"/admin/translations/{species.pk}/reviewed/"
    assert client.post(url, {"language": "en"}).status_code in (302, 403)
    assert status(species, "en") != REVIEWED
    assert admin.post(url, {"language": "xx"}).status_code == 302
    assert admin.post(url, {"language": "fr"}).status_code == 302  # not translated: refused
    assert status(species, "fr") == NOT_TRANSLATED
    # (Django's LocaleMiddleware turns an admin 404 into a redirect to /vi/…, which 404s.)
    missing = admin.post("/admin/translations/999999/reviewed/", {"language": "en"})
    assert missing.status_code in (302, 404)
    assert admin.get(url).status_code == 405
