"""Every page type renders in every configured language; the page tree is locked."""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase

from base.content import set_translated
from museum.models import HomePage
from species.models import ProtectedListPage, SpeciesIndexPage, SpeciesPage

LANGS = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def tree(index, make_species):
    species = make_species(
        assessments=[{"scheme": "nd06-2019", "category": "IA"}],
        look_alikes=[
            {"name": "Thổ tam thất", "reason": {"vi": "Gây hại gan.", "en": "Harms the liver."}}
        ],
    )
    plist = ProtectedListPage(harvest_rule="banned")
    set_translated(plist, "title", {"vi": "Danh sách", "en": "List"})
    set_translated(plist, "slug", {"vi": "danh-sach", "en": "list"})
    index.add_child(instance=plist)
    plist.save_revision().publish()
    return [index.get_parent().specific, index, species, plist]


@pytest.mark.parametrize("language", LANGS)
def test_every_page_type_renders(client, tree, language):
    for page in tree:
        with translation.override(language):
            url = page.get_url()
        assert url.startswith(f"/{language}/")
        response = client.get(url)
        assert response.status_code == 200, (type(page).__name__, language)
        assert f'<html lang="{language}">' in response.content.decode()


def test_species_page_shows_warnings_near_the_top(client, tree):
    html = client.get(tree[2].url).content.decode()
    assert html.index("Không nhầm với") < html.index("Tình trạng bảo tồn")
    assert 'data-wild-harvest="banned"' in html
    assert "Nghiêm cấm khai thác từ tự nhiên" in html


class TestPageTree(WagtailPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(SpeciesPage, {SpeciesIndexPage})
        self.assertAllowedSubpageTypes(SpeciesPage, set())
        self.assertAllowedSubpageTypes(SpeciesIndexPage, {SpeciesPage, ProtectedListPage})
        self.assertAllowedParentPageTypes(SpeciesIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ProtectedListPage, {SpeciesIndexPage, HomePage})
