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


def _multilingual(key, vi, names=(), zh="", fr="", zh_body="", fr_body=""):
    document = doc(key, vi, names)
    document.titles.update({"zh-hans": zh, "fr": fr})
    document.bodies.update({"zh-hans": zh_body, "fr": fr_body})
    return document


@pytest.fixture
def multilingual(elastic):
    """The module's index plus a plant in each script, removed again afterwards."""
    documents = [
        _multilingual("es-sanqi", "Điền thất bắc", ["Panax pseudoginseng", "三七"], zh="三七"),
        # 三 and 七, only in different words.
        _multilingual(
            "es-apart",
            "Cây ba lá",
            ["Paris polyphylla", "七叶一枝花"],
            zh="三叶青",
            zh_body="三叶 与 北七",
        ),
        _multilingual(
            "es-cassia",
            "Quế",
            ["Cinnamomum cassia", "肉桂", "Cannelle de Chine"],
            zh="肉桂",
            fr="Cannelle de Chine",
            fr_body="On récolte l'écorce des jeunes branches.",
        ),
    ]
    elastic.index(documents)
    yield elastic
    elastic.delete([d.key for d in documents])


def keys(backend, text, language):
    return [h.key for h in backend.search(SearchQuery(text=text, language=language)).hits]


@pytest.mark.parametrize("language", ["zh-hans", "vi", "fr"])
def test_chinese_names_are_found_as_words(multilingual, language):
    assert keys(multilingual, "三七", language) == ["es-sanqi"]
    assert keys(multilingual, "肉桂", language) == ["es-cassia"]


def test_one_chinese_character_finds_every_word_holding_it(multilingual):
    assert set(keys(multilingual, "三", "zh-hans")) == {"es-sanqi", "es-apart"}


def test_french_accents_case_and_elision(multilingual):
    for text in ("cannelle", "Cannelle", "Cannelle de Chine", "l'écorce", "ecorce", "L’ÉCORCE"):
        assert keys(multilingual, text, "fr") == ["es-cassia"], text
    assert keys(multilingual, "Cannelle de Chine", "en") == ["es-cassia"]
    hit = multilingual.search(SearchQuery(text="écorce", language="fr")).hits[0]
    assert hit.title == "Cannelle de Chine" and "<mark>" in hit.snippet


def test_chinese_suggestions(multilingual):
    suggested = [s.key for s in multilingual.suggest("三", "zh-hans", AccessScope())]
    # Both titles start with 三; 肉桂 holds no 三.
    assert {"es-sanqi", "es-apart"} <= set(suggested) and "es-cassia" not in suggested
    assert [s.key for s in multilingual.suggest("肉桂", "vi", AccessScope())] == ["es-cassia"]
