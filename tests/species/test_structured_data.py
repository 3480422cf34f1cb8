"""A species page describes itself as a Bioschemas ``Taxon`` in JSON-LD: the accepted
name, its rank and parent taxa, the public names only, and the external ids when set."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from species.models import (
    Distribution,
    Family,
    SpeciesImage,
    SpeciesPage,
    Synonym,
    VernacularName,
)
from species.structured_data import BIOSCHEMAS_TAXON
from tests.knowledge import conftest as knowledge
from tests.species.images import make_image

communities, visitors = knowledge.communities, knowledge.visitors

HOSTILE = "</script><script>alert(1)</script>"
TDWG = "http://rs.tdwg.org/ontology/voc/TaxonRank#"


def json_ld(html):
    """Every JSON-LD object in the page's head."""
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(s.string) for s in soup.head.select('script[type="application/ld+json"]')]


def taxon_of(page, user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    [data] = json_ld(html)
    return data, html


@pytest.fixture
def paris(make_species, communities):
    page = make_species(
        genus="Paris",
        epithet="polyphylla",
        vi="Bảy lá một hoa",
        family="Melanthiaceae",
        authority="Sm.",
    )
    page.vernacular_names = [
        VernacularName(name="Trọng lâu", language="vi"),
        VernacularName(name="Tảo hưu", language="vi", access_level="registered"),
        VernacularName(
            name="A mi đa tè", language="hni", access_level="community", community="dao"
        ),
        VernacularName(name="Xà thiệt bí truyền", language="hni", access_level="withheld"),
    ]
    page.synonyms = [
        Synonym(name="Daiswa polyphylla", kind="synonym"),
        Synonym(name="Paris chinensis", kind="misapplied"),
    ]
    page.save_revision().publish()
    return SpeciesPage.objects.get(pk=page.pk)


def test_a_species_is_a_bioschemas_taxon_with_its_parent_taxa(paris):
    data, html = taxon_of(paris)

    assert data["@type"] == "Taxon"
    assert data["dct:conformsTo"] == {"@id": BIOSCHEMAS_TAXON}
    assert data["@context"]["dct"] == "http://purl.org/dc/terms/"
    assert data["name"] == "Paris polyphylla"
    assert data["scientificName"]["author"] == "Sm."
    assert data["taxonRank"] == ["species", TDWG + "Species"]
    genus = data["parentTaxon"]
    assert (genus["@type"], genus["name"], genus["taxonRank"][0]) == ("Taxon", "Paris", "genus")
    family = genus["parentTaxon"]
    assert (family["name"], family["taxonRank"][0]) == ("Melanthiaceae", "family")
    assert "parentTaxon" not in family
    # The page's canonical address identifies the taxon.
    canonical = BeautifulSoup(html, "html.parser").find("link", rel="canonical")["href"]
    assert data["@id"] == data["url"] == canonical == paris.get_full_url()
    assert "sameAs" not in data  # no id set: nothing claimed
    assert "image" not in data


def test_only_public_names_are_given_to_any_visitor(paris, visitors):
    for who in ("anonymous", "registered", "member", "steward"):
        user = None if who == "anonymous" else visitors[who]
        data, html = taxon_of(paris, user)
        assert data["alternateName"] == ["Bảy lá một hoa", "Trọng lâu", "Daiswa polyphylla"], who
        # The misapplied name is another species' name.
        assert "Paris chinensis" not in json.dumps(data, ensure_ascii=False)
    # The member sees the community's name on the page itself, just not in the JSON-LD.
    assert "A mi đa tè" in html


def test_external_ids_become_same_as_links(paris):
    paris.gbif_taxon_key = 2742157
    paris.ipni_id = "77100428-1"
    paris.wikidata_id = "Q1059393"
    paris.save_revision().publish()

    data, _html = taxon_of(paris)

    assert data["sameAs"] == [
        "https://www.gbif.org/species/2742157",
        "https://www.ipni.org/n/77100428-1",
        "https://powo.science.kew.org/taxon/urn:lsid:ipni.org:names:77100428-1",
        "https://www.wikidata.org/wiki/Q1059393",
    ]


def test_a_variety_hangs_from_its_species_and_a_genus_entry_from_its_family(make_species):
    variety = make_species(
        genus="Panax",
        epithet="vietnamensis",
        infraspecific_rank="var.",
        infraspecific_name="fuscidiscus",
        vi="Sâm Lai Châu",
    )
    genus_only = make_species(
        genus="Epimedium", epithet="", vi="Dâm dương hoắc", family="Berberidaceae"
    )

    data, _html = taxon_of(variety)
    assert data["name"] == "Panax vietnamensis var. fuscidiscus"
    assert data["taxonRank"] == ["variety", TDWG + "Variety"]
    species = data["parentTaxon"]
    assert (species["name"], species["taxonRank"][0]) == ("Panax vietnamensis", "species")
    assert species["parentTaxon"]["name"] == "Panax"
    assert species["parentTaxon"]["parentTaxon"]["name"] == "Araliaceae"

    data, _html = taxon_of(genus_only)
    assert (data["name"], data["taxonRank"][0]) == ("Epimedium", "genus")
    assert (data["parentTaxon"]["name"], data["parentTaxon"]["taxonRank"][0]) == (
        "Berberidaceae",
        "family",
    )


def test_the_picture_is_an_absolute_public_rendition(paris):
    SpeciesImage.objects.create(page=paris, image=make_image(size=(2400, 1800)), caption="Hoa")

    data, html = taxon_of(paris)

    assert data["image"].startswith("http://localhost/") and data["image"].endswith(".jpg")
    assert Client().get(data["image"].removeprefix("http://localhost")).status_code == 200
    og = BeautifulSoup(html, "html.parser").find("meta", property="og:image")["content"]
    assert og == data["image"]


def test_a_hostile_name_stays_inside_the_json(paris):
    paris.title = paris.title_vi = HOSTILE
    paris.vernacular_names = [VernacularName(name=f"{HOSTILE} & <b>", language="vi")]
    paris.save_revision().publish()

    data, html = taxon_of(paris)

    assert "<script>alert(1)" not in html
    assert html.count("</script>") == html.count("<script")  # no element closed early
    assert data["alternateName"][:2] == [HOSTILE, f"{HOSTILE} & <b>"]


def test_a_new_species_can_be_previewed_before_it_is_saved(index):
    """The admin previews a species before its first save: no section may ask the
    database about a page that has no id yet (the value-chain section did, a 500)."""
    family = Family.objects.get_or_create(latin_name="Araliaceae")[0]
    page = SpeciesPage(
        title="Sâm mới", slug="sam-moi", genus="Panax", epithet="nova", family=family
    )
    # As Wagtail's create view does before it previews.
    page.depth, page.path = index.depth + 1, index.path + "ZZZZ"
    page.set_url_path(index)

    response = page.make_preview_request()

    assert response.status_code == 200
    assert "Sâm mới" in response.content.decode()


def test_a_new_species_with_places_can_be_previewed_before_it_is_saved(index):
    """Where it grows draws the map, which asks the museum for its places and stations:
    none can show a species not yet saved (the museum's question was a 500)."""
    family = Family.objects.get_or_create(latin_name="Araliaceae")[0]
    page = SpeciesPage(
        title="Sâm mới", slug="sam-moi", genus="Panax", epithet="nova", family=family
    )
    page.distribution = [Distribution(province="lai-chau", former_district="Mường Tè")]
    page.depth, page.path = index.depth + 1, index.path + "ZZZZ"
    page.set_url_path(index)

    response = page.make_preview_request()

    assert response.status_code == 200
    assert "Mường Tè" in response.content.decode()


def test_a_preview_shows_the_names_being_edited_not_the_stored_ones(index, make_species):
    """A curator previewing an edit sees the names of the form (held in memory by
    modelcluster), in the names table and in the JSON-LD, not the published ones."""
    page = make_species(vi="Sâm đang sửa", synonyms=[{"name": "Panax oldname", "kind": "synonym"}])
    page.synonyms = [Synonym(name="Panax newname", kind="synonym")]
    page.vernacular_names = [VernacularName(name="Tên mới đang sửa", language="vi")]

    html = page.make_preview_request().content.decode()

    assert "Panax newname" in html and "Tên mới đang sửa" in html
    assert "Panax oldname" not in html
