"""The catalogue's vocabularies and the sources are editable in the admin."""

import pytest

from species.models import ConservationScheme


@pytest.mark.parametrize("model", ["family", "partused", "strategicgroup", "conservationscheme"])
def test_catalogue_snippets_list_and_add(admin_client, model):
    assert admin_client.get(f"/admin/snippets/species/{model}/").status_code == 200
    assert admin_client.get(f"/admin/snippets/species/{model}/add/").status_code == 200


def test_sources_list_and_add(admin_client):
    assert admin_client.get("/admin/snippets/base/source/").status_code == 200
    assert admin_client.get("/admin/snippets/base/source/add/").status_code == 200


def test_the_old_addresses_of_moved_snippets_still_arrive(admin_client):
    response = admin_client.get("/admin/snippets/knowledge/source/add/?q=x")
    assert response.status_code == 301
    assert response["Location"] == "/admin/snippets/base/source/add/?q=x"
    assert admin_client.get("/admin/snippets/museum/commune/", follow=True).status_code == 200


def test_scheme_edit_shows_its_categories(admin_client):
    scheme = ConservationScheme.objects.get(code="iucn")
    html = admin_client.get(
        f"/admin/snippets/species/conservationscheme/edit/{scheme.pk}/"
    ).content.decode()
    assert "Critically Endangered" in html or "Cực kỳ nguy cấp" in html


def test_curator_can_open_species_admin(client, make_species, django_user_model):
    from django.contrib.auth.models import Group

    page = make_species()
    user = django_user_model.objects.create_user("cur", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_a_curator_gives_a_schemes_short_name_in_each_language(admin_client):
    scheme = ConservationScheme.objects.get(code="nd64-2019")
    html = admin_client.get(
        f"/admin/snippets/species/conservationscheme/edit/{scheme.pk}/"
    ).content.decode()
    for column in ("short_name_vi", "short_name_en", "short_name_fr", "short_name_zh_hans"):
        assert f'name="{column}"' in html, column
    assert "Protection prioritaire (64/2019)" in html
