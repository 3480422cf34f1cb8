"""The research API's species and protected lists, as a researcher reads them: names in
each language, conservation with its sources, places no finer than the public may know,
identifiers elsewhere, a citation with every answer, and the same rows as CSV."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail import hooks

from base.models import PublicLocation
from species.distribution_map import HOOK
from tests import test_api_fuzz as shared
from tests.test_api_fuzz import EXACT_POINT, KHUN_HA, REGISTERED_NAME, SECRET_NAME, client_as

world = shared.world  # the fixture: built once for this module too


BOTH = ["Amomum tsao-ko", "Panax vietnamensis"]


def get(path, client=None, **params):
    response = (client or Client()).get(path, params)
    assert response.status_code == 200, (path, params, response.content[:300])
    return json.loads(response.content)


def scientific(results):
    return [r["scientific_name"]["full"] for r in results]


def test_the_list_is_ordered_by_scientific_name_and_cited(db, world):
    data = get("/api/v1/species/")
    assert scientific(data["results"]) == ["Amomum tsao-ko", "Panax vietnamensis"]
    assert data["count"] == 2 and data["pages"] == 1 and data["next"] is None
    cite = data["cite"]
    assert cite["url"] == "http://testserver/api/v1/species/"
    assert cite["licence"] == "CC BY 4.0"
    assert cite["licence_uri"].startswith("https://creativecommons.org/licenses/by/4.0")
    assert "Dược liệu số" in cite["text"] and cite["accessed"] in cite["text"]


def test_pages_link_to_each_other_in_a_stable_order(db, world):
    first = get("/api/v1/species/", page_size="1")
    assert first["pages"] == 2 and first["previous"] is None
    assert first["next"].startswith("http://testserver/api/v1/species/?")
    second = Client().get(first["next"])
    second = json.loads(second.content)
    assert scientific(first["results"] + second["results"]) == [
        "Amomum tsao-ko",
        "Panax vietnamensis",
    ]
    assert second["previous"] and second["next"] is None


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"family": "zingiberaceae"}, ["Amomum tsao-ko"]),
        ({"part": "root"}, ["Panax vietnamensis"]),
        ({"province": "lao-cai"}, ["Amomum tsao-ko"]),
        ({"scheme": "nd06-2019", "category": "IA"}, ["Panax vietnamensis"]),
        ({"scheme": "nd06-2019", "category": "IIA"}, []),
        ({"q": "thảo"}, ["Amomum tsao-ko"]),
        ({"q": "Lai Chau ginseng"}, ["Panax vietnamensis"]),
        ({"q": "langbianensis"}, ["Panax vietnamensis"]),
        ({"q": "Panax vietn"}, ["Panax vietnamensis"]),
        ({"q": "Sâm củ"}, ["Panax vietnamensis"]),
        # A restricted vernacular name must not even find its species.
        ({"q": SECRET_NAME}, []),
        ({"q": REGISTERED_NAME}, []),
        # Values that are not usable are ignored, as on the catalogue's page.
        ({"family": "x" * 5000, "page": "²", "page_size": "9" * 30}, BOTH),
    ],
)
def test_the_filters(db, world, params, expected):
    assert scientific(get("/api/v1/species/", **params)["results"]) == expected


def test_the_protected_list_filter(db, world):
    listed = get("/api/v1/species/", list=str(world["list"]))
    assert scientific(listed["results"]) == ["Panax vietnamensis"]
    assert get("/api/v1/species/", list="999999")["results"] == []


def test_a_species_in_full(db, world):
    data = get(f"/api/v1/species/{world['ginseng']}/", lang="en")
    assert data["title"] == "Lai Chau ginseng"
    assert data["titles"]["vi"] == "Sâm Lai Châu" and data["titles"]["en"] == "Lai Chau ginseng"
    name = data["scientific_name"]
    assert (name["genus"], name["epithet"], name["authority"]) == (
        "Panax",
        "vietnamensis",
        "Ha & Grushv.",
    )
    assert data["family"]["latin_name"] == "Araliaceae"
    assert data["synonyms"] == [
        {"name": "Panax vietnamensis var. langbianensis", "authority": "", "kind": "synonym"}
    ]
    assert [p["code"] for p in data["parts_used"]] == ["root"]
    (assessment,) = data["assessments"]
    assert (assessment["scheme"], assessment["category"], assessment["year"]) == (
        "nd06-2019",
        "IA",
        2019,
    )
    assert [lst["id"] for lst in data["protected_lists"]] == [world["list"]]
    ids = data["external_ids"]
    assert ids["gbif_url"] == "https://www.gbif.org/species/7654321"
    assert ids["ipni_url"] == "https://www.ipni.org/n/123456-1"
    assert ids["powo_url"] == "https://powo.science.kew.org/taxon/urn:lsid:ipni.org:names:123456-1"
    assert ids["wikidata_url"] == "https://www.wikidata.org/wiki/Q123456"
    assert data["url"].startswith("http://") and data["url"].endswith("/")
    assert data["cite"]["url"] == data["url"]


@pytest.mark.parametrize("who", ["anonymous", "researcher", "member"])
def test_only_public_vernacular_names_are_given(db, world, django_user_model, who):
    client = client_as(world, who, django_user_model)
    data = get(f"/api/v1/species/{world['ginseng']}/", client)
    assert [(n["name"], n["language"]) for n in data["vernacular_names"]] == [("Sâm củ", "vi")]
    body = json.dumps(data, ensure_ascii=False)
    assert SECRET_NAME not in body and REGISTERED_NAME not in body


def test_a_poached_species_is_placed_no_finer_than_its_commune(db, world):
    def exact_place(page, request):
        return [
            {
                "title": "Vườn sâm",
                "url": "/vi/vuon/",
                "kind_label": "garden",
                "location": PublicLocation(
                    commune="Khun Há",
                    province="Lai Châu",
                    former_district="",
                    latitude=EXACT_POINT[0],
                    longitude=EXACT_POINT[1],
                    precision="exact",
                ),
            }
        ]

    with hooks.register_temporarily(HOOK, exact_place):
        data = get(f"/api/v1/species/{world['ginseng']}/")
        plain = get(f"/api/v1/species/{world['cardamom']}/")
    assert data["location_is_sensitive"] is True
    (place,) = data["distribution"]
    assert place["location"]["precision"] == "commune"
    assert (place["location"]["latitude"], place["location"]["longitude"]) == tuple(
        float(x) for x in KHUN_HA
    )
    assert data["other_places"] == []
    assert str(EXACT_POINT[0]) not in json.dumps(data)
    # A species nobody poaches may show the other app's exact place.
    assert plain["location_is_sensitive"] is False
    assert [p["location"]["precision"] for p in plain["other_places"]] == ["exact"]


def test_a_missing_or_unpublished_species_is_not_found(db, world):
    assert Client().get("/api/v1/species/999999/").status_code == 404
    assert Client().get(f"/api/v1/species/{2**64}/").status_code == 404
    assert Client().get(f"/api/v1/species/{world['public']}/").status_code == 404  # a remedy


def test_protected_lists(db, world):
    data = get("/api/v1/protected-lists/")
    (lst,) = data["results"]
    assert lst["id"] == world["list"] and lst["count"] == 1
    detail = get(f"/api/v1/protected-lists/{world['list']}/")
    (entry,) = detail["species"]
    assert entry["species_id"] == world["ginseng"]
    assert entry["categories"] == ["nd06-2019:IA"]
    assert entry["api_url"].endswith(f"/api/v1/species/{world['ginseng']}/")
    assert Client().get(f"/api/v1/protected-lists/{world['ginseng']}/").status_code == 404


def test_the_csv_has_the_same_rows(db, world):
    response = Client().get("/api/v1/species/", {"format": "csv", "lang": "en"})
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [r["scientific_name.full"] for r in rows] == ["Amomum tsao-ko", "Panax vietnamensis"]
    assert rows[1]["title"] == "Lai Chau ginseng"
    assert rows[1]["external_ids.gbif_taxon_key"] == "7654321"
    assert "nd06-2019" in rows[1]["assessments"]
    assert 'rel="cite-as"' in response["Link"]
    assert response["X-Cite-As"]
    lists = Client().get("/api/v1/protected-lists/", {"format": "csv"}).content.decode("utf-8")
    header = next(csv.reader(io.StringIO(lists.lstrip("\ufeff"))))
    assert header[:3] == ["id", "url", "api_url"]


def test_answers_are_cached_per_visitor(db, world, django_user_model):
    anonymous = Client().get("/api/v1/species/")
    assert "Cookie" in anonymous["Vary"]
    assert "private" in anonymous["Cache-Control"] and "no-store" not in anonymous["Cache-Control"]
    signed_in = client_as(world, "researcher", django_user_model).get("/api/v1/species/")
    assert "no-store" in signed_in["Cache-Control"]


def test_a_longer_page_costs_no_more_queries(db, world):
    def queries(size):
        with CaptureQueriesContext(connection) as captured:
            data = get("/api/v1/species/", page_size=size)
        assert len(data["results"]) == int(size)
        return len(captured)

    queries("1")  # the site's root paths and the like are cached from here on
    assert queries("2") == queries("1")
