"""The research API's knowledge items: each visitor sees through the API exactly what the
pages show them, remedies point to their species in the API, and a list comes as CSV
with its citations."""

import csv
import io
import json

import pytest
from django.test import Client

from tests import test_api_fuzz as shared
from tests.test_api_fuzz import HIDDEN, PUBLIC_MARK, client_as

world = shared.world  # the fixture: built once for this module too

# Who sees which item, as on the pages (tests/knowledge/test_access_matrix.py).
SEES = {
    "anonymous": {"public", "article"},
    "researcher": {"public", "article", "registered"},
    "member": {"public", "article", "registered", "community"},
}
ITEMS = ["public", "article", "registered", "community", "withheld", "expired"]


def titles(data):
    return [r["title"] for r in data["results"]]


@pytest.mark.parametrize("who", list(SEES))
def test_each_visitor_sees_what_the_pages_show_them(db, world, django_user_model, who):
    client = client_as(world, who, django_user_model)
    listed = json.loads(client.get("/api/v1/knowledge/", {"page_size": "100"}).content)
    listed_ids = {r["id"] for r in listed["results"]}
    for item in ITEMS:
        visible = item in SEES[who]
        assert (world[item] in listed_ids) == visible, (who, item)
        status = client.get(f"/api/v1/knowledge/{world[item]}/").status_code
        assert status == (200 if visible else 404), (who, item)
    body = json.dumps(listed, ensure_ascii=False)
    for level, word in HIDDEN.items():
        assert (word in body) == (level in SEES[who]), (who, level)


def test_a_remedy_names_its_species_and_conditions_by_id_and_code(db, world):
    data = json.loads(Client().get(f"/api/v1/knowledge/{world['public']}/").content)
    assert data["title"] == f"Thuốc {PUBLIC_MARK}"
    (ingredient,) = data["ingredients"]
    assert ingredient["species_id"] == world["ginseng"]
    assert ingredient["species_api_url"] == f"http://testserver/api/v1/species/{world['ginseng']}/"
    assert data["condition_codes"] == ["bleeding"]
    assert [s["id"] for s in data["species"]] == [world["ginseng"]]
    assert data["community_code"] == "dao"
    assert data["sources"][0]["citation"].startswith("Đỗ Tất Lợi")
    assert data["cite"]["url"] == data["url"]
    # The species' API answers at that URL.
    assert Client().get(ingredient["species_api_url"]).status_code == 200


def test_an_article_names_its_species(db, world):
    data = json.loads(Client().get(f"/api/v1/knowledge/{world['article']}/").content)
    assert data["kind"] == "knowledge"
    assert [s["id"] for s in data["species"]] == [world["cardamom"]]
    by_species = json.loads(
        Client().get("/api/v1/knowledge/", {"species": str(world["cardamom"])}).content
    )
    assert [r["id"] for r in by_species["results"]] == [world["article"]]


def test_restricted_answers_are_kept_by_no_cache(db, world, django_user_model):
    member = client_as(world, "member", django_user_model)
    for url in (f"/api/v1/knowledge/{world['community']}/", "/api/v1/knowledge/"):
        response = member.get(url)
        assert response.status_code == 200
        assert {"private", "no-store"} <= {
            d.strip() for d in response["Cache-Control"].split(",")
        }, url
        assert "Cookie" in response["Vary"]
    anonymous = Client().get(f"/api/v1/knowledge/{world['public']}/")
    assert "no-store" not in anonymous["Cache-Control"]


def test_the_csv_keeps_the_citations(db, world, django_user_model):
    response = Client().get("/api/v1/knowledge/", {"format": "csv", "kind": "remedy"})
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [r["title"] for r in rows] == [f"Thuốc {PUBLIC_MARK}"]
    assert rows[0]["sources"].startswith("Đỗ Tất Lợi")
    assert rows[0]["condition_codes"] == "bleeding"
    assert "cite-as" in response["Link"]
    # A member's CSV holds the community's item and is kept by no cache.
    member = client_as(world, "member", django_user_model)
    response = member.get("/api/v1/knowledge/", {"format": "csv"})
    assert HIDDEN["community"] in response.content.decode("utf-8")
    assert "no-store" in response["Cache-Control"]


def test_an_unknown_language_or_page_is_ignored(db, world):
    for params in ({"lang": "xx"}, {"page": "999"}, {"page_size": "0"}, {"format": "pdf"}):
        response = Client().get("/api/v1/knowledge/", params)
        assert response.status_code == 200, params
        assert json.loads(response.content)["count"] == 2, params
