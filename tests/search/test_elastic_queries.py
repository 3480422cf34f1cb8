"""The Elasticsearch backend, checked by what elasticsearch.dsl would send.

No Elasticsearch server can run here; test_elastic_integration.py runs the same
behaviour against a real one when ELASTICSEARCH_URL is set.
"""

import datetime
import logging

import pytest

from search import service
from search.backends.elastic import (
    ALIAS,
    ElasticBackend,
    MuseumDocument,
    MuseumSearch,
    suggest_search,
    to_es,
)
from search.documents import AccessScope
from tests.search.factories import CATALOGUE, doc


def test_mapping_has_folding_per_language_fields_and_edge_ngrams():
    mapping = MuseumDocument._index.to_dict()
    analysis = mapping["settings"]["analysis"]
    assert analysis["analyzer"]["folding"]["filter"] == ["lowercase", "asciifolding"]
    assert analysis["analyzer"]["folding"]["char_filter"] == ["no_apostrophes"]
    assert analysis["filter"]["edge_2_20"] == {"type": "edge_ngram", "min_gram": 2, "max_gram": 20}
    props = mapping["mappings"]["properties"]
    for lang in ("vi", "en", "zh_hans", "fr"):
        assert props[f"title_{lang}"]["analyzer"] == "folding"
        assert props[f"title_{lang}"]["fields"]["edge"]["analyzer"] == "folding_edge"
        assert props[f"title_{lang}"]["fields"]["edge"]["search_analyzer"] == "folding"
        assert props[f"body_{lang}"]["analyzer"] == "folding"
    assert props["facet_values"]["type"] == "keyword"
    assert props["access"]["type"] == "keyword"
    assert props["display"] == {"type": "object", "enabled": False}


def test_document_body():
    body = to_es(CATALOGUE[0]).to_dict(include_meta=True)
    assert body["_id"] == "tam-that"
    source = body["_source"]
    assert source["title_vi"] == "Tam thất"
    assert source["title_exact_vi"] == "tam that"
    assert source["title_en"] == "Tam thất"  # falls back to Vietnamese, never "None"
    assert "p notoginseng" in source["names_exact"]
    assert {"kind:species", "family:Araliaceae", "part:root", "province:lao-cai"} <= set(
        source["facet_values"]
    )
    assert source["access"] == "public"


def test_search_body_filters_access_inside_the_query():
    search = MuseumSearch("Tam thất", "vi", AccessScope(), {"part": ["root"]})
    body = search._s.to_dict()
    # The access rule is a filter of the main query: it limits hits, counts and facets alike.
    access = body["query"]["bool"]["filter"][0]
    today = datetime.date.today().isoformat()
    assert access == {
        "bool": {
            "should": [{"terms": {"access": ["public"]}}],
            "minimum_should_match": 1,
            # Items whose consent lapsed are hidden from the day after, in every worker.
            "filter": [
                {
                    "bool": {
                        "should": [
                            {"bool": {"must_not": [{"exists": {"field": "visible_until"}}]}},
                            {"range": {"visible_until": {"gte": today}}},
                        ],
                        "minimum_should_match": 1,
                    }
                }
            ],
        }
    }
    should = body["query"]["bool"]["should"]
    assert should[0] == {"term": {"title_exact_vi": {"value": "tam that", "boost": 100}}}
    assert {"match_phrase_prefix": {"title_vi": {"query": "tam that", "boost": 30}}} in should
    fuzzy = [q for q in should if q.get("multi_match", {}).get("fuzziness")][0]["multi_match"]
    assert fuzzy["fuzziness"] == "AUTO:5,9" and fuzzy["fields"] == ["title_vi^3", "names^2"]
    # Facets: the chosen one counts without its own filter; the post filter narrows hits.
    assert body["post_filter"] == {"terms": {"facet_values": ["part:root"]}}
    assert body["aggs"]["_filter_part"]["filter"] == {"match_all": {}}
    assert body["aggs"]["_filter_family"]["filter"] == {"terms": {"facet_values": ["part:root"]}}
    assert body["aggs"]["_filter_family"]["aggs"]["family"]["terms"]["include"] == "family:.*"
    assert body["highlight"]["fields"] == {
        "body_vi": {
            "fragment_size": 180,
            "number_of_fragments": 1,
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
        }
    }


def test_community_member_scope():
    scope = AccessScope(
        frozenset({"public", "registered", "community"}), frozenset({"dao-ta-phin"})
    )
    body = MuseumSearch("thuoc", "en", scope, {})._s.to_dict()
    access = body["query"]["bool"]["filter"][0]["bool"]["should"]
    assert {"terms": {"access": ["public", "registered"]}} in access
    assert {
        "bool": {
            "must": [{"term": {"access": "community"}}, {"terms": {"community": ["dao-ta-phin"]}}]
        }
    } in access
    assert body["query"]["bool"]["should"][0] == {
        "term": {"title_exact_en": {"value": "thuoc", "boost": 100}}
    }


def test_synonyms_expand_the_query():
    body = MuseumSearch(
        "renshen", "vi", AccessScope(), {}, synonyms=[["nhân sâm", "renshen"]]
    )._s.to_dict()
    exact = [
        q["term"]["title_exact_vi"]["value"]
        for q in body["query"]["bool"]["should"]
        if "term" in q and "title_exact_vi" in q["term"]
    ]
    assert exact == ["renshen", "nhan sam"]


def test_suggest_body():
    body = suggest_search("Tam th", "vi", AccessScope()).to_dict()
    assert body["size"] == 8
    should = body["query"]["bool"]["should"]
    assert {
        "match": {"title_vi.edge": {"query": "tam th", "operator": "and", "boost": 5}}
    } in should
    assert body["query"]["bool"]["filter"][0]["bool"]["should"] == [
        {"terms": {"access": ["public"]}}
    ]


def test_withheld_documents_are_deleted_not_indexed(monkeypatch):
    sent = []
    monkeypatch.setattr(
        "elasticsearch.helpers.bulk",
        lambda client, actions, **kw: (sent.extend(actions), (len(actions), []))[1],
    )
    backend = ElasticBackend("http://127.0.0.1:9")
    backend.index([CATALOGUE[0], doc("secret", "Bí mật", access="withheld")])
    assert [a.get("_op_type", "index") for a in sent] == ["index", "delete"]
    assert sent[1] == {"_op_type": "delete", "_index": ALIAS, "_id": "secret"}


def test_falls_back_to_the_embedded_index_when_elasticsearch_is_down(
    db, search_backend, monkeypatch, caplog
):
    search_backend.index(CATALOGUE)
    closed_port = ElasticBackend("http://127.0.0.1:9")  # nothing listens on port 9
    monkeypatch.setattr(service, "elastic_backend", lambda: closed_port)
    with caplog.at_level(logging.WARNING, logger="search.service"):
        results = service.search("tam that", "vi")
        suggestions = service.suggest("hoang", "vi")
    assert results.hits[0].title == "Tam thất"
    assert suggestions[0].title == "Hoàng liên"
    assert "Elasticsearch did not answer" in caplog.text


def test_search_page_answers_when_elasticsearch_is_down(client, home, search_backend, monkeypatch):
    search_backend.index(CATALOGUE)
    monkeypatch.setattr(service, "elastic_backend", lambda: ElasticBackend("http://127.0.0.1:9"))
    response = client.get("/vi/search/?q=duong+quy")
    assert response.status_code == 200 and "Đương quy" in response.content.decode()


@pytest.mark.parametrize("method", ["count", "keys"])
def test_unreachable_server_is_reported_not_raised_raw(method):
    from search.backends.base import SearchUnavailable

    with pytest.raises(SearchUnavailable):
        getattr(ElasticBackend("http://127.0.0.1:9"), method)()


def test_every_change_is_searchable_by_every_worker_when_the_call_returns(monkeypatch):
    """A publish, restriction or takedown waits for Elasticsearch's refresh, so the next
    query of any worker process sees it."""
    calls = []
    monkeypatch.setattr(
        "elasticsearch.helpers.bulk",
        lambda client, actions, **kw: (calls.append((list(actions), kw)), (len(actions), []))[1],
    )
    backend = ElasticBackend("http://127.0.0.1:9")
    restricted = doc("tam-that", "Tam thất", access="community", community="dao")
    backend.index([restricted])
    backend.delete(["tam-that"])
    assert [kw["refresh"] for _actions, kw in calls] == ["wait_for", "wait_for"]
    assert calls[0][0][0]["_source"]["access"] == "community"
    assert calls[1][0] == [{"_op_type": "delete", "_index": ALIAS, "_id": "tam-that"}]
