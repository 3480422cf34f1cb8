"""The catalogue's pages cost the same with 3 species as with 30 (issue 17).

Work that grows with the catalogue shows as more queries, as more page objects built
in Python or as a longer query (a list of every id); none may grow. ``make bench-scale`` measures the time at 10,000 species.
"""

import pytest

from species.models import SpeciesIndexPage
from species.services import upsert_many
from tests.conftest import species_data
from tests.page_cost import cost

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


@pytest.mark.parametrize("path", PATHS)
def test_a_page_costs_the_same_with_3_or_30_species(client, settings, monkeypatch, index, path):
    settings.PAGE_CACHE_SECONDS = 0  # rendered every time, never from the page cache
    monkeypatch.setattr(SpeciesIndexPage, "per_page", 2)  # a full page both times
    _grow(index, 3)
    few = cost(client, path)
    _grow(index, 30)
    assert cost(client, path) == few


def _cited(n):
    """Tam thất with ``n`` sources, ``n`` vernacular names citing a source each and ``n``
    synonyms."""
    sources = [{"title": f"Nguồn {i}", "year": 2000 + i} for i in range(n)]
    return species_data(
        vi="Tam thất",
        sources=[{"source": s, "supports": "tên"} for s in sources],
        vernacular_names=[
            {"name": f"Tên {i}", "language": "vi", "source": s} for i, s in enumerate(sources)
        ],
        synonyms=[{"name": f"Panax synonym{i}", "kind": "synonym"} for i in range(n)],
    )


def test_a_species_page_costs_the_same_with_1_or_12_sources_names_and_synonyms(
    client, settings, index
):
    """A query per cited source (the sources list, a name's source) would grow with how
    well a species is documented."""
    settings.PAGE_CACHE_SECONDS = 0
    upsert_many(index, [_cited(1)])
    few = cost(client, "/vi/loai/tam-that/")
    upsert_many(index, [_cited(12)])
    response = client.get("/vi/loai/tam-that/")
    assert response.content.decode().count("Nguồn ") >= 12 + 12  # listed, and after names
    assert cost(client, "/vi/loai/tam-that/") == few
