"""Where catalogue pages may go: one catalogue under home, species only in it, protected
lists beside the species or on the home page (DESIGN.md, the page tree)."""

import pytest

from museum.models import HomePage
from species.models import ProtectedListPage, SpeciesIndexPage, SpeciesPage

RULES = [
    (SpeciesIndexPage, {HomePage}, {SpeciesPage, ProtectedListPage}),
    (SpeciesPage, {SpeciesIndexPage}, set()),
    (ProtectedListPage, {SpeciesIndexPage, HomePage}, set()),
]


@pytest.mark.parametrize("model, parents, children", RULES, ids=[r[0].__name__ for r in RULES])
def test_catalogue_pages_go_where_curators_expect(model, parents, children):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.allowed_subpage_models()) == children


def test_there_is_one_catalogue_per_site(index, home):
    assert index.max_count == 1
    assert not SpeciesIndexPage.can_create_at(home)


def test_a_species_cannot_be_created_outside_the_catalogue(index, home):
    assert SpeciesPage.can_create_at(index)
    assert not SpeciesPage.can_create_at(home)
