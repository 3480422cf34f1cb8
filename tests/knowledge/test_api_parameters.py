"""The knowledge API reads its parameters through a form: a bad filter is ignored, an id
out of the database's range is a 404, and what is restricted is never stored."""

import json

import pytest
from django.test import Client

from tests.knowledge.test_access_matrix import client_for

HOSTILE = ["²", "٣", "1_000", "-1", "\x00", "x" * 10_000, str(2**63), str(2**64), "9" * 5000]


@pytest.mark.parametrize("name", ["species", "kind", "condition", "community", "lang", "page"])
def test_a_bad_filter_is_ignored(make_remedy, name):
    make_remedy()
    api = Client()
    for value in HOSTILE:
        response = api.get("/api/v1/knowledge/", {name: value})
        assert response.status_code == 200, (name, value[:20])
        if name in ("species", "kind", "lang", "page"):
            assert json.loads(response.content)["count"] == 1, (name, value[:20])


@pytest.mark.parametrize("pk", [str(2**31), str(2**63), str(2**64), "9" * 5000, "0"])
def test_an_id_beyond_the_database_is_not_found(db, pk):
    # LocaleMiddleware answers an unprefixed 404 by trying /vi/…, which then 404s too.
    assert Client().get(f"/api/v1/knowledge/{pk}/", follow=True).status_code == 404


def test_the_api_is_read_only(make_remedy):
    item = make_remedy()
    assert Client().post("/api/v1/knowledge/").status_code == 405
    assert Client().post(f"/api/v1/knowledge/{item.pk}/").status_code == 405


def test_restricted_answers_are_kept_by_no_cache(make_remedy, visitors):
    public = make_remedy(title="Công khai", level="public", slug="cong-khai")
    registered = make_remedy(title="Hạn chế", level="registered", slug="han-che")
    researcher = client_for(visitors["registered"])
    for client, url in (
        (researcher, f"/api/v1/knowledge/{registered.pk}/"),
        (researcher, "/api/v1/knowledge/"),
        (researcher, f"/api/v1/knowledge/{public.pk}/"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= directives, url
    anonymous = Client().get(f"/api/v1/knowledge/{public.pk}/")
    assert "no-store" not in anonymous["Cache-Control"]
    assert "private" in anonymous["Cache-Control"]
