"""The Elasticsearch backend, checked by what elasticsearch.dsl would send.

No Elasticsearch server can run here; test_elastic_integration.py runs the same
behaviour against a real one when ELASTICSEARCH_URL is set.
"""

import datetime
import json
import logging
import re
import unicodedata

import pytest

from search import service
from search.backends.elastic import (
    ALIAS,
    ElasticBackend,
    MuseumDocument,
    MuseumSearch,
    elide,
    suggest_search,
    text_query,
    to_es,
)
from search.documents import AccessScope
from search.folding import normalize, tokens
from tests.search.factories import CATALOGUE, doc


def test_mapping_has_folding_per_language_fields_and_edge_ngrams():
    mapping = MuseumDocument._index.to_dict()
    analysis = mapping["settings"]["analysis"]
    assert analysis["analyzer"]["folding"]["filter"] == ["lowercase", "asciifolding"]
    assert analysis["analyzer"]["folding"]["char_filter"] == ["no_apostrophes"]
    assert analysis["filter"]["edge_2_20"] == {"type": "edge_ngram", "min_gram": 2, "max_gram": 20}
    props = mapping["mappings"]["properties"]
    for lang in ("vi", "en", "zh_hans", "fr"):
        assert props[f"title_{lang}"]["fields"]["edge"]["analyzer"].endswith("folding_edge")
        assert props[f"title_exact_{lang}"]["type"] == "keyword"
    assert props["facet_values"]["type"] == "keyword"
    assert props["access"]["type"] == "keyword"
    assert props["display"] == {"type": "object", "enabled": False}


def test_each_language_has_its_analyser():
    mapping = MuseumDocument._index.to_dict()
    analysis = mapping["settings"]["analysis"]
    props = mapping["mappings"]["properties"]
    analysers = {lang: props[f"title_{lang}"]["analyzer"] for lang in ("vi", "en", "zh_hans", "fr")}
    assert analysers == {
        "vi": "folding",
        "en": "folding",
        "zh_hans": "cjk_folding",
        "fr": "french_folding",
    }
    for lang, name in analysers.items():
        assert props[f"body_{lang}"]["analyzer"] == name
    # Chinese: width, case, then bigrams that keep the unigrams, then Latin folding.
    assert analysis["analyzer"]["cjk_folding"]["filter"] == [
        "cjk_width",
        "lowercase",
        "cjk_bigrams",
        "asciifolding",
    ]
    assert analysis["filter"]["cjk_bigrams"] == {"type": "cjk_bigram", "output_unigrams": True}
    # French: apostrophes unified before the tokenizer, elision after lower case, the
    # remaining apostrophes dropped, no stemmer.
    french = analysis["analyzer"]["french_folding"]
    assert french["char_filter"] == ["one_apostrophe"]
    assert french["filter"] == ["lowercase", "french_elision", "drop_apostrophes", "asciifolding"]
    assert analysis["filter"]["french_elision"]["type"] == "elision"
    assert {"l", "d", "qu", "jusqu"} <= set(analysis["filter"]["french_elision"]["articles"])
    assert props["title_fr"]["fields"]["edge"] == {
        "type": "text",
        "analyzer": "french_folding_edge",
        "search_analyzer": "french_folding",
    }
    # Names in every script: Latin through folding, CJK through the bigram sub-field.
    assert props["names"]["analyzer"] == "folding"
    assert props["names"]["fields"]["cjk"] == {"type": "text", "analyzer": "cjk_folding"}


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


# --- Elasticsearch's analysis, simulated from the mapping's own definitions -----------------
#
# No server runs here, so these helpers read the analysers out of the mapping and apply
# the Lucene filters they name (standard tokenizer approximated by UAX #29's word rules
# for the scripts used here). A filter they do not know fails the test, so a change to
# the mapping cannot slip past them unread.

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_STANDARD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+(?:['’.][^\W{_CJK}]+)*")
_MAPPING = MuseumDocument._index.to_dict()
_ANALYSIS = _MAPPING["settings"]["analysis"]
_PROPS = _MAPPING["mappings"]["properties"]


def _ascii_fold(term):
    out = []
    for ch in term:
        if ch in "đĐ":
            out.append("d")
            continue
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        )
        out.append(plain if plain.isascii() and plain else ch)
    return "".join(out)


def _bigrams(tokens, unigrams):
    out, position, i = [], 0, 0
    while i < len(tokens):
        term, _pos, start, end, cjk = tokens[i]
        if not cjk:
            out.append((term, position, start, end, False))
            position, i = position + 1, i + 1
            continue
        run = [tokens[i]]  # CJK characters side by side in the text
        while i + len(run) < len(tokens):
            following = tokens[i + len(run)]
            if not (following[4] and following[2] == run[-1][3]):
                break
            run.append(following)
        for k, (char, _p, s, e, _c) in enumerate(run):
            if unigrams or len(run) == 1:
                out.append((char, position, s, e, True))
            if k + 1 < len(run):
                out.append((char + run[k + 1][0], position, s, run[k + 1][3], True))
            if unigrams or len(run) == 1 or k + 1 < len(run):
                position += 1
        i += len(run)
    return out


def _elided(term, articles):
    """Lucene's ElisionFilter: cut up to the first apostrophe when what precedes is an article."""
    for i, ch in enumerate(term):
        if ch in "'’":
            return term[i + 1 :] if term[:i] in articles else term
    return term


def analyse(name, text):
    """``text`` through the analyser ``name`` of the mapping: [(term, position), ...]."""
    definition = _ANALYSIS["analyzer"][name]
    for filter_name in definition.get("char_filter", []):
        rule = _ANALYSIS["char_filter"][filter_name]
        assert rule["type"] == "mapping", rule
        for mapping in rule["mappings"]:
            source, target = mapping.split("=>")
            text = text.replace(source, target)
    assert definition["tokenizer"] == "standard"
    tokens = [
        (m.group(), n, m.start(), m.end(), bool(re.fullmatch(f"[{_CJK}]", m.group())))
        for n, m in enumerate(_STANDARD.finditer(text))
    ]
    for filter_name in definition["filter"]:
        rule = _ANALYSIS["filter"].get(filter_name, {"type": filter_name})
        kind = rule["type"]
        if kind == "lowercase":
            tokens = [(t.lower(), *rest) for t, *rest in tokens]
        elif kind == "asciifolding":
            tokens = [(_ascii_fold(t), *rest) for t, *rest in tokens]
        elif kind == "cjk_width":
            tokens = [(unicodedata.normalize("NFKC", t), *rest) for t, *rest in tokens]
        elif kind == "elision":
            tokens = [(_elided(t, set(rule["articles"])), *rest) for t, *rest in tokens]
        elif kind == "pattern_replace":
            tokens = [(re.sub(rule["pattern"], rule["replacement"], t), *r) for t, *r in tokens]
        elif kind == "cjk_bigram":
            tokens = _bigrams(tokens, rule.get("output_unigrams", False))
        elif kind == "edge_ngram":
            tokens = [
                (t[:n], *rest)
                for t, *rest in tokens
                for n in range(rule["min_gram"], min(len(t), rule["max_gram"]) + 1)
            ]
        else:
            raise AssertionError(f"the simulation does not know the {kind} filter")
    return [(t, position) for t, position, *_rest in tokens if t]


def terms(name, text):
    return [t for t, _position in analyse(name, text)]


def _analyser_of(field, search=False):
    top, _dot, sub = field.partition(".")
    definition = _PROPS[top]["fields"][sub] if sub else _PROPS[top]
    return (
        definition.get("search_analyzer", definition["analyzer"])
        if search
        else definition["analyzer"]
    )


def _indexed(source, field):
    """The (term, position) pairs a document holds in ``field``; list values are 100
    positions apart, as Elasticsearch's position_increment_gap puts them."""
    values = source.get(field.partition(".")[0]) or []
    out = []
    for n, value in enumerate([values] if isinstance(values, str) else values):
        out += [(t, p + 100 * n) for t, p in analyse(_analyser_of(field), value)]
    return out


def _phrase(query_terms, held):
    """A phrase matches when its unigrams sit at consecutive positions (bigrams, which span
    two unigrams, add nothing a phrase of the unigrams does not already require)."""
    path = [(t, p) for t, p in query_terms if not (len(t) == 2 and re.fullmatch(f"[{_CJK}]+", t))]
    first = path[0][1]
    return any(
        all((t, start + p - first) in held for t, p in path)
        for t0, start in held
        if t0 == path[0][0]
    )


def _close(a, b, fuzziness, prefix):
    """Within Elasticsearch's AUTO:5,9 edit distance (transpositions count one)."""
    if a == b:
        return True
    if fuzziness is None or a[:prefix] != b[:prefix]:
        return False
    allowed = 0 if len(b) < 5 else 1 if len(b) < 9 else 2
    d = [[i + j if not i * j else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1] <= allowed


def _field_matches(kind, field, text, source, options):
    held = _indexed(source, field)
    query_terms = analyse(_analyser_of(field, search=True), text)
    if not query_terms:
        return False
    if kind == "phrase":
        return _phrase(query_terms, held)
    if kind == "phrase_prefix":
        *whole, last = query_terms
        return any(
            t.startswith(last[0]) and (not whole or _phrase(whole + [(t, last[1])], held))
            for t, _p in held
        )
    words = {t for t, _p in held}
    found = [
        any(_close(q, w, options.get("fuzziness"), options.get("prefix_length", 0)) for w in words)
        for q, _p in query_terms
    ]
    return all(found) if options.get("operator") == "and" else any(found)


def matches(query, source):
    """Whether the query clauses this backend sends match a document's ``_source``."""
    ((kind, body),) = query.items()
    if kind == "bool":
        must = all(matches(q, source) for q in body.get("must", []) + body.get("filter", []))
        should = [matches(q, source) for q in body.get("should", [])]
        needed = body.get("minimum_should_match", 0 if "must" in body else 1)
        return must and (not should or sum(should) >= needed)
    if kind in ("term", "prefix"):
        ((field, value),) = body.items()
        value = value["value"] if isinstance(value, dict) else value
        held = source.get(field) or []
        held = [held] if isinstance(held, str) else held
        return any(h == value if kind == "term" else h.startswith(value) for h in held)
    if kind == "multi_match":
        return any(
            _field_matches(
                body.get("type", "best_fields"), f.split("^")[0], body["query"], source, body
            )
            for f in body["fields"]
        )
    if kind in ("match", "match_phrase", "match_phrase_prefix"):
        ((field, options),) = body.items()
        options = options if isinstance(options, dict) else {"query": options}
        how = {"match": "best_fields", "match_phrase": "phrase"}.get(kind, "phrase_prefix")
        return _field_matches(how, field, options["query"], source, options)
    raise AssertionError(f"the simulation does not know {kind} queries")


def _source(document):
    return to_es(document).to_dict(include_meta=True)["_source"]


def _finds(text, language, documents, synonyms=()):
    query = text_query(text, language, synonyms).to_dict()
    return [d.key for d in documents if matches(query, _source(d))]


def _multilingual(key, vi, names=(), zh="", fr="", body="", fr_body="", zh_body=""):
    document = doc(key, vi, names, body)
    document.titles.update({"zh-hans": zh, "fr": fr})
    document.bodies.update({"fr": fr_body, "zh-hans": zh_body})
    return document


SANQI = _multilingual("tam-that", "Tam thất", ["Panax notoginseng", "三七"], zh="三七")
# 三 and 七, each in another word: a CJK query for 三七 must not find it.
APART = _multilingual(
    "ba-la", "Cây ba lá", ["Paris polyphylla", "七叶一枝花"], zh="三叶青", zh_body="三叶 与 北七"
)
CASSIA = _multilingual(
    "que",
    "Quế",
    ["Cinnamomum cassia", "cassia桂", "Cannelle de Chine"],
    zh="cassia桂",
    fr="Cannelle de Chine",
    fr_body="On récolte l'écorce des jeunes branches d’arbres.",
)
MULTILINGUAL = [SANQI, APART, CASSIA]


def test_the_simulation_follows_the_analysers():
    # French: elision before the apostrophes go, then ASCII folding; no stemming.
    assert terms("french_folding", "L'Écorce d’Indochine, aujourd'hui Cannelle") == [
        "ecorce",
        "indochine",
        "aujourdhui",
        "cannelle",
    ]
    # Vietnamese: as fold does it, đ and the apostrophe of H'Mông included.
    assert terms("folding", "Đương quy của người H'Mông") == tokens("Đương quy của người H'Mông")
    # Chinese: unigrams and the bigram at the first character's position.
    assert analyse("cjk_folding", "三七") == [("三", 0), ("三七", 0), ("七", 1)]
    assert "三七" not in terms("cjk_folding", "三叶 与 北七")
    assert terms("cjk_folding", "Tam thất") == ["tam", "that"]  # a fallback title folds too


@pytest.mark.parametrize(
    "text",
    ["Tam thất", "Đương quy", "H'Mông", "Cannelle de Chine", "l'écorce", "jusqu’à l’arbre", "三七"],
)
def test_python_folding_and_the_language_analysers_agree(text):
    """The query folded in Python becomes the same terms the index holds."""
    assert terms("folding", text) == tokens(text)
    assert terms("french_folding", text) == normalize(elide(text)).split()
    assert terms("french_folding", normalize(elide(text))) == normalize(elide(text)).split()


def test_cjk_unigram_fields_would_find_characters_apart():
    """Why CJK runs go to the bigram fields as phrases: an ``and`` match of the folded
    characters on a unigram field finds 三 and 七 anywhere."""
    loose = {"match": {"names": {"query": "三 七", "operator": "and"}}}
    assert matches(loose, {"names": ["七叶一枝花", "三叶"]})
    assert not matches({"match_phrase": {"names.cjk": "三七"}}, {"names": ["七叶一枝花", "三叶"]})


def test_chinese_query_sends_the_run_as_a_phrase_to_the_bigram_fields():
    should = text_query("三七", "zh-hans").to_dict()["bool"]["should"]
    assert should[:2] == [
        {"term": {"title_exact_zh_hans": {"value": "三 七", "boost": 100}}},
        {"term": {"names_exact": {"value": "三 七", "boost": 60}}},
    ]
    assert should[2] == {
        "bool": {
            "must": [
                {
                    "multi_match": {
                        "query": "三七",
                        "type": "phrase",
                        "fields": ["title_zh_hans^10", "names.cjk^6", "body_zh_hans"],
                    }
                }
            ]
        }
    }
    # No CJK character reaches a query that would match it word by word.
    assert "三 七" not in json.dumps(should[2], ensure_ascii=False)


def test_cjk_in_another_language_and_mixed_with_latin_words():
    should = text_query("Panax 三七", "vi").to_dict()["bool"]["should"]
    must = should[2]["bool"]["must"]
    assert must[0]["multi_match"]["query"] == "三七"
    assert must[0]["multi_match"]["fields"] == [
        "title_zh_hans^10",
        "names.cjk^6",
        "body_zh_hans",
        "title_vi^10",
        "body_vi",
    ]
    words = must[1]["bool"]["should"][0]["multi_match"]
    assert words["query"] == "panax" and words["operator"] == "and"


@pytest.mark.parametrize("language", ["zh-hans", "vi", "en", "fr"])
def test_sanqi_finds_its_plant_not_its_characters_apart(language):
    assert _finds("三七", language, MULTILINGUAL) == ["tam-that"]
    assert _finds("cassia桂", language, MULTILINGUAL) == ["que"]
    # One character is a unigram: both plants hold 三.
    assert _finds("三", language, MULTILINGUAL) == ["tam-that", "ba-la"]


def test_synonym_in_another_script_finds_the_plant():
    assert _finds("tam that", "zh-hans", MULTILINGUAL) == ["tam-that"]
    assert _finds("notoginseng", "zh-hans", MULTILINGUAL) == ["tam-that"]
    assert _finds("sanqi", "vi", MULTILINGUAL, synonyms=[["sanqi", "三七"]]) == ["tam-that"]


def test_french_query_with_accents_and_elision():
    should = text_query("L’écorce de Cannelle", "fr").to_dict()["bool"]["should"]
    assert should[0] == {"term": {"title_exact_fr": {"value": "ecorce de cannelle", "boost": 100}}}
    assert {
        "multi_match": {
            "query": "ecorce de cannelle",
            "operator": "and",
            "type": "best_fields",
            "fields": ["title_fr^10", "body_fr"],
        }
    } in should
    # Names and the Vietnamese fields fold without French elision, as fold does.
    assert {
        "multi_match": {
            "query": "lecorce de cannelle",
            "operator": "and",
            "type": "best_fields",
            "fields": ["names^6", "title_vi^4", "body_vi^0.5"],
        }
    } in should
    assert _finds("cannelle", "fr", MULTILINGUAL) == ["que"]
    assert _finds("Cannelle", "fr", MULTILINGUAL) == ["que"]
    assert _finds("l'écorce", "fr", MULTILINGUAL) == ["que"]
    assert _finds("ecorce", "fr", MULTILINGUAL) == ["que"]
    assert _finds("canelle", "fr", MULTILINGUAL) == ["que"]  # one typo in a title word
    assert _finds("écorces", "fr", MULTILINGUAL) == []  # no stemmer, no typo in bodies
    assert _finds("cannelle de chine", "en", MULTILINGUAL) == ["que"]  # a name, any language


def test_french_exact_title_is_folded_like_the_query():
    document = _multilingual("ecorce", "Vỏ quế", fr="L'Écorce de cannelle")
    assert _source(document)["title_exact_fr"] == "ecorce de cannelle"
    assert _source(document)["title_exact_vi"] == "vo que"
    assert matches(
        text_query("l’écorce de cannelle", "fr").to_dict()["bool"]["should"][0], _source(document)
    )


def test_vietnamese_query_is_unchanged_by_the_other_languages():
    should = text_query("Tam thất", "vi").to_dict()["bool"]["should"]
    assert should == [
        {"term": {"title_exact_vi": {"value": "tam that", "boost": 100}}},
        {"term": {"names_exact": {"value": "tam that", "boost": 60}}},
        {"match_phrase_prefix": {"title_vi": {"query": "tam that", "boost": 30}}},
        {
            "multi_match": {
                "query": "tam that",
                "operator": "and",
                "type": "best_fields",
                "fields": ["title_vi^10", "names^6", "body_vi"],
            }
        },
        {
            "multi_match": {
                "query": "tam that",
                "operator": "and",
                "fuzziness": "AUTO:5,9",
                "prefix_length": 1,
                "fields": ["title_vi^3", "names^2"],
            }
        },
    ]
    assert _finds("tam that", "vi", MULTILINGUAL) == ["tam-that"]
    assert _finds("cay ba la", "vi", MULTILINGUAL) == ["ba-la"]


def test_chinese_search_keeps_access_facets_and_highlights():
    body = MuseumSearch("三七", "zh-hans", AccessScope(), {"part": ["root"]})._s.to_dict()
    assert body["query"]["bool"]["filter"][0]["bool"]["should"] == [
        {"terms": {"access": ["public"]}}
    ]
    assert body["post_filter"] == {"terms": {"facet_values": ["part:root"]}}
    assert list(body["highlight"]["fields"]) == ["body_zh_hans"]


def test_chinese_and_french_suggestions():
    body = suggest_search("三", "zh-hans", AccessScope()).to_dict()
    should = body["query"]["bool"]["should"]
    assert {"prefix": {"title_exact_zh_hans": {"value": "三", "boost": 10}}} in should
    assert {"prefix": {"names_exact": {"value": "三", "boost": 2}}} in should
    assert body["query"]["bool"]["filter"][0]["bool"]["should"] == [
        {"terms": {"access": ["public"]}}
    ]
    query = body["query"]
    query = {"bool": {k: v for k, v in query["bool"].items() if k != "filter"}}
    assert [d.key for d in MULTILINGUAL if matches(query, _source(d))] == ["tam-that", "ba-la"]
    cassia = suggest_search("cassia", "vi", AccessScope()).to_dict()["query"]
    cassia = {"bool": {k: v for k, v in cassia["bool"].items() if k != "filter"}}
    assert [d.key for d in MULTILINGUAL if matches(cassia, _source(d))] == ["que"]
    french = suggest_search("l'écor", "fr", AccessScope()).to_dict()["query"]["bool"]["should"]
    assert {"match": {"title_fr.edge": {"query": "ecor", "operator": "and", "boost": 5}}} in french
