"""The Elasticsearch backend, through ``elasticsearch.dsl``.

Documents carry the original text (so highlights keep their diacritics) and
the ``folding`` analyser does on the server what ``search.folding.fold`` does
in Python: apostrophes dropped, standard tokens (each CJK character one token),
lower case, ASCII folding (which folds đ to d). Query text is folded by
``fold`` before it is sent, so both backends match the same words.
Rebuilds go into a new index; the alias moves when it is complete.
"""

import datetime
import logging
import time

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.dsl import (
    Date,
    Document,
    FacetedSearch,
    Keyword,
    Object,
    Q,
    Search,
    TermsFacet,
    Text,
    analyzer,
    char_filter,
    token_filter,
)

from search.backends.base import Hit, SearchResults, SearchUnavailable, Suggestion
from search.documents import COMMUNITY, WITHHELD
from search.facets import facet_names
from search.folding import fold, normalize

logger = logging.getLogger(__name__)
LANGS = [code for code, _name in settings.LANGUAGES]
ALIAS = "duoclieu"

no_apostrophes = char_filter(
    "no_apostrophes", type="mapping", mappings=["'=>", "’=>", "ʼ=>", "`=>"]
)
folding = analyzer(
    "folding",
    char_filter=[no_apostrophes],
    tokenizer="standard",
    filter=["lowercase", "asciifolding"],
)
edge_ngrams = token_filter("edge_2_20", type="edge_ngram", min_gram=2, max_gram=20)
folding_edge = analyzer(
    "folding_edge",
    char_filter=[no_apostrophes],
    tokenizer="standard",
    filter=["lowercase", "asciifolding", edge_ngrams],
)


def _field(lang):
    return lang.replace("-", "_")


def _text(**extra):
    return Text(
        analyzer=folding,
        fields={"edge": Text(analyzer=folding_edge, search_analyzer=folding)},
        **extra,
    )


class MuseumDocument(Document):
    """One SearchDocument as Elasticsearch stores it."""

    key = Keyword()
    kind = Keyword()
    access = Keyword()
    community = Keyword()
    names = _text()
    names_exact = Keyword()  # folded names, for "exact name first"
    facet_values = Keyword()  # "facet:value", so facets need no mapping change
    display = Object(enabled=False)  # titles, urls, thumbnail as shown
    updated = Keyword()
    visible_until = Date()  # the last day consent allows display; absent: no end

    class Index:
        name = ALIAS
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


for _lang in LANGS:
    MuseumDocument._doc_type.mapping.field(f"title_{_field(_lang)}", _text())
    MuseumDocument._doc_type.mapping.field(f"title_exact_{_field(_lang)}", Keyword())
    MuseumDocument._doc_type.mapping.field(f"body_{_field(_lang)}", Text(analyzer=folding))


def to_es(doc):
    """A SearchDocument as a MuseumDocument, ready to save or bulk-index."""
    body = {
        "key": doc.key,
        "kind": doc.kind,
        "access": doc.access,
        "community": doc.community,
        "names": doc.names,
        "names_exact": [normalize(n) for n in doc.names],
        "facet_values": sorted(
            {f"kind:{doc.kind}"}
            | {
                f"{name}:{value}"
                for name, values in doc.facets.items()
                for value in ([values] if isinstance(values, str) else values)
                if value
            }
        ),
        "display": {
            "titles": {lang: doc.title(lang) for lang in LANGS},
            "urls": {lang: doc.url(lang) for lang in LANGS},
            "thumbnail": doc.thumbnail,
        },
        "updated": doc.updated,
        "visible_until": doc.visible_until or None,
    }
    for lang in LANGS:
        body[f"title_{_field(lang)}"] = doc.title(lang)
        body[f"title_exact_{_field(lang)}"] = normalize(doc.title(lang))
        body[f"body_{_field(lang)}"] = doc.body(lang)
    return MuseumDocument(meta={"id": doc.key}, **body)


def access_filter(scope, today=None):
    """The access rule as a query: levels the user has, community items of their communities,
    and only items whose consent has not lapsed by ``today``."""
    levels = sorted(level for level in scope.levels if level not in (COMMUNITY, WITHHELD))
    should = [Q("terms", access=levels)] if levels else []
    if COMMUNITY in scope.levels and scope.communities:
        community = Q("term", access=COMMUNITY)
        if "*" not in scope.communities:
            community &= Q("terms", community=sorted(scope.communities))
        should.append(community)
    if not should:
        return Q("match_none")
    today = (today or datetime.date.today()).isoformat()
    current = Q(
        "bool",
        should=[~Q("exists", field="visible_until"), Q("range", visible_until={"gte": today})],
        minimum_should_match=1,
    )
    return Q("bool", should=should, minimum_should_match=1, filter=[current])


def text_query(text, language, synonyms=()):
    """Exact title, then title prefix or exact name, then fields by weight, one typo allowed."""
    lang = _field(language)
    folded = normalize(text)
    alternatives = [folded]
    for group in synonyms:
        words = [normalize(g) for g in group]
        for word in words:
            if word and f" {word} " in f" {folded} ":
                alternatives += [
                    f" {folded} ".replace(f" {word} ", f" {o} ").strip() for o in words if o != word
                ]
    should = []
    for alt in alternatives:
        should += [
            Q("term", **{f"title_exact_{lang}": {"value": alt, "boost": 100}}),
            Q("term", names_exact={"value": alt, "boost": 60}),
            Q("match_phrase_prefix", **{f"title_{lang}": {"query": alt, "boost": 30}}),
            Q(
                "multi_match",
                query=alt,
                operator="and",
                type="best_fields",
                fields=[f"title_{lang}^10", "names^6", f"body_{lang}"],
            ),
            Q(
                "multi_match",
                query=alt,
                operator="and",
                fuzziness="AUTO:5,9",
                prefix_length=1,
                fields=[f"title_{lang}^3", "names^2"],
            ),
        ]
    return Q("bool", should=should, minimum_should_match=1)


class MuseumSearch(FacetedSearch):
    """Facets with multi-select counts; the access rule is a filter, never a post-filter."""

    doc_types = [MuseumDocument]
    index = ALIAS

    def __init__(self, text, language, scope, filters, synonyms=(), using="default"):
        self.language, self.scope, self.synonyms, self.using = language, scope, synonyms, using
        self.facets = {
            name: TermsFacet(field="facet_values", include=f"{name}:.*", size=50)
            for name in facet_names()
        }
        self.fields = [f"body_{_field(language)}"]
        super().__init__(
            text or None,
            {k: [f"{k}:{v}" for v in vals] for k, vals in filters.items() if k in self.facets},
        )

    def search(self):
        s = Search(doc_type=self.doc_types, index=self.index, using=self.using)
        return s.filter(access_filter(self.scope)).source(["key", "kind", "display"])

    def query(self, search, query):
        return search.query(text_query(query, self.language, self.synonyms)) if query else search

    def highlight(self, search):
        return search.highlight(
            f"body_{_field(self.language)}",
            fragment_size=180,
            number_of_fragments=1,
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            encoder="html",
        )

    def sort(self, search):
        return search if self._query else search.sort("key")


def suggest_search(text, language, scope, limit=8, using="default"):
    lang = _field(language)
    folded = normalize(text)
    query = Q(
        "bool",
        should=[
            Q("term", **{f"title_exact_{lang}": {"value": folded, "boost": 20}}),
            Q("match", **{f"title_{lang}.edge": {"query": folded, "operator": "and", "boost": 5}}),
            Q("match", **{"names.edge": {"query": folded, "operator": "and"}}),
        ],
        minimum_should_match=1,
    )
    s = Search(index=ALIAS, using=using).filter(access_filter(scope)).query(query)
    return s.source(["kind", "display"])[:limit]


class ElasticBackend:
    name = "elasticsearch"

    def __init__(self, url):
        self.client = Elasticsearch(url, request_timeout=3, max_retries=0, retry_on_timeout=False)

    def _call(self, function, *args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (TransportError, ApiError) as exc:
            raise SearchUnavailable(str(exc)) from exc

    def search(self, query, synonyms=()):
        faceted = MuseumSearch(
            query.text, query.language, query.scope, query.filters, synonyms, using=self.client
        )
        start = (max(1, query.page) - 1) * query.per_page
        faceted = faceted[start : start + query.per_page]
        faceted._s = (
            faceted._s.suggest("did_you_mean", fold(query.text), term={"field": "names"})
            if query.text.strip()
            else faceted._s
        )
        response = self._call(faceted.execute)
        hits = []
        for hit in response:
            display = hit.display.to_dict()
            snippet = ""
            if hasattr(hit.meta, "highlight"):
                snippet = next(iter(hit.meta.highlight.to_dict().values()), [""])[0]
            hits.append(
                Hit(
                    hit.key,
                    hit.kind,
                    display["titles"].get(query.language, ""),
                    display["urls"].get(query.language, ""),
                    snippet,
                    display.get("thumbnail", ""),
                )
            )
        facets = {
            name: [(value.split(":", 1)[1], count) for value, count, _selected in values]
            for name, values in response.facets.to_dict().items()
            if values
        }
        suggestion = ""
        suggest = getattr(response, "suggest", None)
        if suggest is not None and response.hits.total.value == 0:
            words = []
            for entry in suggest.did_you_mean:
                words.append(entry.options[0].text if entry.options else entry.text)
            suggestion = " ".join(words) if words != fold(query.text).split() else ""
        return SearchResults(hits, response.hits.total.value, facets, suggestion)

    def suggest(self, text, language, scope, limit=8):
        if not fold(text):
            return []
        response = self._call(
            suggest_search(text, language, scope, limit, using=self.client).execute
        )
        out = []
        for hit in response:
            display = hit.display.to_dict()
            out.append(
                Suggestion(
                    display["titles"].get(language, ""),
                    display["urls"].get(language, ""),
                    hit.kind,
                    hit.meta.id,
                )
            )
        return out

    def index(self, documents):

        actions = []
        deletes = []
        for doc in documents:
            if doc.access == WITHHELD:
                deletes.append(doc.key)
            else:
                actions.append(to_es(doc).to_dict(include_meta=True, skip_empty=False))
        actions += [{"_op_type": "delete", "_index": ALIAS, "_id": key} for key in deletes]
        for action in actions:
            action.setdefault("_index", ALIAS)
        self._bulk(actions)
        return len(actions) - len(deletes)

    def delete(self, keys):
        actions = [{"_op_type": "delete", "_index": ALIAS, "_id": key} for key in keys]
        if actions:
            self._bulk(actions)

    def _bulk(self, actions):
        """Send ``actions`` and wait until searches see them (every worker, at once).

        Deleting what is not there is fine; any other failed item means the index no
        longer matches the database, so the caller hears of it (and hides the item)."""
        from elasticsearch.helpers import bulk

        _done, errors = self._call(
            bulk, self.client, actions, raise_on_error=False, refresh="wait_for"
        )
        failed = [
            item
            for item in errors
            if not ("delete" in item and item["delete"].get("status") == 404)
        ]
        if failed:
            raise SearchUnavailable(f"{len(failed)} document(s) not written: {failed[0]}")

    def rebuild(self, documents):
        """Index into a new index, then move the alias to it and drop the old ones."""
        from elasticsearch.helpers import bulk

        new = f"{ALIAS}-{time.strftime('%Y%m%d%H%M%S')}"
        index = MuseumDocument._index.clone(name=new)
        self._call(index.create, using=self.client)
        actions = []
        for doc in documents:
            if doc.access != WITHHELD:
                action = to_es(doc).to_dict(include_meta=True, skip_empty=False)
                action["_index"] = new
                actions.append(action)
        self._call(bulk, self.client, actions, refresh=True)
        old = list(
            self._call(self.client.indices.get_alias, name=ALIAS, ignore_unavailable=True) or {}
        )
        moves = [{"remove": {"index": name, "alias": ALIAS}} for name in old]
        moves.append({"add": {"index": new, "alias": ALIAS}})
        self._call(self.client.indices.update_aliases, actions=moves)
        for name in old:
            self._call(self.client.indices.delete, index=name)
        return len(actions)

    def count(self):
        return self._call(self.client.count, index=ALIAS)["count"]

    def keys(self):
        from elasticsearch.helpers import scan

        return {
            h["_id"]
            for h in self._call(lambda: list(scan(self.client, index=ALIAS, _source=False)))
        }
