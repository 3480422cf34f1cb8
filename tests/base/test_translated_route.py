"""Pages are found by their translated slug with one query, however many siblings."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from species.models import SpeciesPage
from species.services import upsert_many
from tests.conftest import species_data
from tests.page_cost import cost


def _epithet(i):
    """A Latin-looking epithet for the ``i``-th generated species: letters only."""
    return "sp" + "".join(chr(ord("a") + int(d)) for d in f"{i:03d}")


@pytest.fixture
def catalogue(index):
    """Tam thất (translated slug in English) among ``n`` other species."""

    def grow(n):
        rows = [
            species_data(genus="Genus", epithet=_epithet(i), vi=f"Cây {i:03d}") for i in range(n)
        ]
        rows.append(species_data(vi="Tam thất", en="Notoginseng"))
        upsert_many(index, rows)

    return grow


def test_a_page_is_found_by_its_slug_in_each_language_and_by_the_fallback(client, catalogue):
    catalogue(3)
    assert "Tam thất" in client.get("/vi/loai/tam-that/").content.decode()
    assert "Notoginseng" in client.get("/en/species/notoginseng/").content.decode()
    # No French slug: the Vietnamese one answers, as the switcher links to it.
    assert client.get("/fr/loai/tam-that/").status_code == 200
    # Another language's slug is not this language's address.
    assert client.get("/en/species/tam-that/").status_code == 404
    assert client.get("/vi/loai/notoginseng/").status_code == 404
    assert client.get("/vi/loai/khong-co/").status_code == 404
    assert client.get("/vi/loai/tam-that/khong-co/").status_code == 404


def test_an_unpublished_page_is_not_routed(client, catalogue):
    catalogue(3)
    SpeciesPage.objects.get(title_vi="Tam thất").unpublish()
    assert client.get("/vi/loai/tam-that/").status_code == 404


def test_routing_costs_the_same_with_3_or_30_siblings(client, settings, catalogue):
    settings.PAGE_CACHE_SECONDS = 0  # every request rendered, not served from the cache
    catalogue(3)
    few = cost(client, "/en/species/notoginseng/"), cost(client, "/fr/loai/tam-that/")
    catalogue(30)
    many = cost(client, "/en/species/notoginseng/"), cost(client, "/fr/loai/tam-that/")
    assert many == few


def test_a_path_deeper_than_any_page_is_not_found(client, catalogue):
    """A path of thousands of components (a crawler's, or a hostile one) is a 404, asked
    of the levels a page can be at, not a query SQLite refuses."""
    catalogue(3)
    assert client.get("/vi/loai/tam-that/" + "a/" * 2000).status_code == 404
    assert client.get("/en/" + "species/" * 1500).status_code == 404


def test_a_page_below_the_home_page_is_routed_without_loading_the_home_page(
    client, settings, catalogue
):
    """The site's root row, read by the site lookup, is all routing needs of it: the home
    page as its own type (its content in every language) is read only when served."""
    settings.PAGE_CACHE_SECONDS = 0
    catalogue(3)
    with CaptureQueriesContext(connection) as below:
        response = client.get("/en/species/notoginseng/")
    assert response.status_code == 200
    assert not [q for q in below.captured_queries if "museum_homepage" in q["sql"]]
    with CaptureQueriesContext(connection) as home:
        response = client.get("/en/")
    assert response.status_code == 200
    assert [q for q in home.captured_queries if "museum_homepage" in q["sql"]]
