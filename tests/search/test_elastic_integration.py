"""Against a real Elasticsearch: runs only when ELASTICSEARCH_URL is set.

ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/pytest tests/search/test_elastic_integration.py
"""

import os
import time

import pytest

from search.backends.base import SearchQuery
from search.documents import AccessScope
from tests.search.factories import CATALOGUE, doc

URL = os.environ.get("ELASTICSEARCH_URL", "")
pytestmark = pytest.mark.skipif(
    not URL, reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against"
)


@pytest.fixture(scope="module")
def elastic():
    from search.backends.elastic import ElasticBackend

    backend = ElasticBackend(URL)
    backend.rebuild(
        CATALOGUE
        + [
            doc(
                "dao",
                "Bài thuốc tắm người Dao",
                kind="remedy",
                access="community",
                community="dao-ta-phin",
            )
        ]
    )
    time.sleep(1)
    return backend


def titles(backend, text, language="vi", **kwargs):
    return [
        h.title for h in backend.search(SearchQuery(text=text, language=language, **kwargs)).hits
    ]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("tam that", "Tam thất"),
        ("duong quy", "Đương quy"),
        ("Sam Lai Chau", "Sâm Lai Châu"),
        ("P. notoginseng", "Tam thất"),
        ("Ranunculaceae", "Hoàng liên"),
        ("hmong", "Hoàng liên"),
        ("notogingseng", "Tam thất"),
    ],
)
def test_finds_like_the_embedded_backend(elastic, query, first):
    assert titles(elastic, query)[0] == first


def test_exact_title_first(elastic):
    assert titles(elastic, "tam that")[:2] == ["Tam thất", "Tam thất hoang"]


def test_facets_and_access(elastic):
    results = elastic.search(SearchQuery(text="", filters={"part": ["rhizome"]}))
    assert results.total == 3
    assert dict(results.facets["part"])["root"] == 4
    assert "Bài thuốc tắm người Dao" not in titles(elastic, "bai thuoc")
    member = AccessScope(
        frozenset({"public", "registered", "community"}), frozenset({"dao-ta-phin"})
    )
    assert titles(elastic, "bai thuoc", scope=member) == ["Bài thuốc tắm người Dao"]


def test_suggest(elastic):
    assert [s.title for s in elastic.suggest("tam th", "vi", AccessScope())][:2] == [
        "Tam thất",
        "Tam thất hoang",
    ]


def test_rebuild_moves_the_alias(elastic):
    before = set(elastic.client.indices.get_alias(name="duoclieu"))
    elastic.rebuild(CATALOGUE)
    after = set(elastic.client.indices.get_alias(name="duoclieu"))
    assert len(after) == 1 and after != before
