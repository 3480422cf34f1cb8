"""The research API describes itself: a valid OpenAPI 3 description, and interactive docs
served from the site's own files under the site's Content-Security-Policy."""

import json
import re

import schemathesis
from django.test import Client

DOCS = "/api/v1/docs"


def description():
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_description_is_valid_openapi_3(db):
    raw = description()
    assert raw["openapi"].startswith("3.")
    assert raw["info"]["version"] == "1"
    # Schemathesis validates the description as it loads it, and refuses an invalid one.
    schema = schemathesis.openapi.from_dict(raw)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.method.upper() for op in operations} == {"GET"}
    paths = {op.path for op in operations}
    assert {"/api/v1/species/", "/api/v1/knowledge/{id}/"} <= paths


def test_every_list_says_it_can_answer_in_csv(db):
    for path, item in description()["paths"].items():
        operation = item["get"]
        names = {p["name"] for p in operation.get("parameters", [])}
        if "{" in path:
            assert "lang" in names, path
            continue
        assert {"page", "page_size", "lang", "format"} <= names, path
        assert "text/csv" in operation["responses"]["200"]["content"], path


def test_the_docs_load_nothing_from_elsewhere(db):
    response = Client().get(DOCS)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="viewport"' in html  # a phone shows it at its own width
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(s.endswith("swagger-ui-bundle.js") for s in sources)
    assert all(s.startswith("/") and not s.startswith("//") for s in sources), sources
    # No script of the page's own: every script element loads a file.
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert 'id="swagger-settings"' in html  # the settings, as data
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
