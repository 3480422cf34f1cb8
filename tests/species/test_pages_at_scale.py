"""The catalogue's pages cost the same with 3 species as with 30 (issue 17).

Work that grows with the catalogue shows as more queries or as more page objects built
in Python; neither may grow. ``make bench-scale`` measures the time at 10,000 species.
"""

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from species.models import SpeciesIndexPage
from species.services import upsert_many
from tests.conftest import species_data

PATHS = (
    "/vi/loai/",
    "/vi/loai/?page=1&sort=scientific",
    "/en/species/?family=araliaceae",
    "/vi/loai/tam-that/",
)


def _epithet(i):
    return "sp" + "".join(chr(ord("a") + int(d)) for d in f"{i:03d}")


def _grow(index, n):
    rows = [
        species_data(genus="Panax", epithet=_epithet(i), vi=f"Cây {i:03d}", family="Araliaceae")
        for i in range(n)
    ]
    rows.append(species_data(vi="Tam thất", en="Notoginseng"))
    upsert_many(index, rows)


def _cost(client, path):
    """(queries, page objects built) to render ``path``."""
    built = []

    def count(sender, instance, **kwargs):
        if isinstance(instance, Page):
            built.append(instance)

    post_init.connect(count)
    try:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
    finally:
        post_init.disconnect(count)
    assert response.status_code == 200, path
    return len(queries), len(built)


@pytest.mark.parametrize("path", PATHS)
def test_a_page_costs_the_same_with_3_or_30_species(client, settings, monkeypatch, index, path):
    settings.PAGE_CACHE_SECONDS = 0  # rendered every time, never from the page cache
    monkeypatch.setattr(SpeciesIndexPage, "per_page", 2)  # a full page both times
    _grow(index, 3)
    few = _cost(client, path)
    _grow(index, 30)
    assert _cost(client, path) == few
