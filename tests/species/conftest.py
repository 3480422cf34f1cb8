"""Fixtures of the catalogue's tests."""

import pytest

from species.models import ConservationCategory, ProtectedListPage


@pytest.fixture
def decree_list(index):
    """A list of the species in Decree 84/2021's groups IA and IIA, published."""
    page = ProtectedListPage(
        title="Nghị định 84/2021", slug="nd84", slug_vi="nd84", slug_en="decree-84"
    )
    page.categories = list(
        ConservationCategory.objects.filter(scheme__code="nd06-2019", code__in=["IA", "IIA"])
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
