"""A species page links to the same taxon in other databases (GBIF, POWO, IPNI, Wikidata)
when its identifiers are set, and says nothing of them when they are not (issue 16)."""

import re

import pytest
from django.test import Client

from species.models import SpeciesPage

SECTION = re.compile(r'<section class="external-ids".*?</section>', re.S)


def page_html(page, user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def ginseng(make_species):
    return make_species(epithet="vietnamensis", vi="Sâm Ngọc Linh")


def test_no_section_without_identifiers(ginseng):
    html = page_html(ginseng)
    assert "In other databases" not in html and "external-ids" not in html
    assert "gbif.org" not in html and "wikidata.org" not in html


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_links_when_identifiers_are_set(ginseng, django_user_model, signed_in):
    ginseng.gbif_taxon_key, ginseng.ipni_id, ginseng.wikidata_id = 5350569, "77100428-1", "Q12345"
    ginseng.save_revision().publish()
    user = django_user_model.objects.create_user("researcher") if signed_in else None
    section = SECTION.search(page_html(SpeciesPage.objects.get(pk=ginseng.pk), user)).group()
    links = re.findall(r'<a href="([^"]+)" rel="external">([^<]+)</a>', section)
    assert links == [
        ("https://www.gbif.org/species/5350569", "GBIF"),
        (
            "https://powo.science.kew.org/taxon/urn:lsid:ipni.org:names:77100428-1",
            "Plants of the World Online",
        ),
        ("https://www.ipni.org/n/77100428-1", "IPNI"),
        ("https://www.wikidata.org/wiki/Q12345", "Wikidata"),
    ]


def test_only_the_identifiers_that_are_set(ginseng):
    ginseng.wikidata_id = "Q12345"
    ginseng.save_revision().publish()
    section = SECTION.search(page_html(SpeciesPage.objects.get(pk=ginseng.pk))).group()
    assert "wikidata.org/wiki/Q12345" in section
    assert "gbif.org" not in section and "ipni.org" not in section
