"""The Elasticsearch backend, through ``elasticsearch.dsl``.

Documents carry the original text (so highlights keep their diacritics); the
index mapping gives each language's fields an analyser that folds the way
``search.folding.fold`` does in Python (apostrophes dropped, lower case, ASCII
folding, which also folds đ to d), so query text folded by ``fold`` before it is
sent matches the same words on both backends. Per language:

- Vietnamese and English (``folding``): apostrophes dropped, standard tokens
  (each CJK character one token), lower case, ASCII folding. No stemming: names
  of plants must match as typed, and Vietnamese words are single syllables.
- French (``french_folding``): every apostrophe made a plain ``'`` *before* the
  tokenizer, so "l'écorce" stays one token that the ``elision`` filter can cut
  to "écorce"; other apostrophes are then dropped ("aujourd'hui" ->
  "aujourdhui", as ``fold`` does) and ASCII folding runs last. The query side
  strips the same articles in Python (``elide``), so "l'écorce" finds "écorce"
  and "ecorce" finds "l'écorce". No stemmer: "cannelle" must find "cannelle"
  and "Cannelle" exactly, and French snowball stems would merge plant names.
- Simplified Chinese (``cjk_folding``): standard tokens, ``cjk_width``, lower
  case, then ``cjk_bigram`` with unigrams kept (a one-character query still
  finds its character), then ASCII folding for the Latin text a Chinese title
  falls back to. Bigrams make "三七" one term, so the phrase 三七 cannot be found
  in a text that only has 三 and 七 in different words.
- Names in every script: the ``folding`` field for Latin names plus a ``cjk``
  sub-field with the bigram analyser for Chinese ones (三七, 肉桂).

``fold`` puts a space around each CJK character, so CJK words never go to a
plain ``match``/``multi_match`` with ``operator: and`` (that would match 三 and 七
anywhere): consecutive CJK characters of the query are joined back into runs and
sent as phrases to the bigram fields. Rebuilds go into a new index; the alias
moves when it is complete.
"""

import datetime
import logging
import re
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
from search.facets import VALUES_SHOWN, facet_names
from search.folding import fold, normalize

logger = logging.getLogger(__name__)
LANGS = [code for code, _name in settings.LANGUAGES]
ALIAS = "duoclieu"

# The apostrophes ``fold`` drops, all of them.
APOSTROPHES = ("'", "’", "ʼ", "`", "´")
# French articles and conjunctions that elide before a vowel: Lucene's default list for
# French, given explicitly so the mapping and ``elide`` below cannot drift apart.
FRENCH_ARTICLES = (
    "l",
    "m",
    "t",
    "qu",
    "n",
    "s",
    "j",
    "d",
    "c",
    "jusqu",
    "quoiqu",
    "lorsqu",
    "puisqu",
)
# The same CJK blocks ``fold`` spaces out, one character each.
CJK_CHARACTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CHINESE = "zh_hans"

no_apostrophes = char_filter(
    "no_apostrophes", type="mapping", mappings=[f"{a}=>" for a in APOSTROPHES]
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

# French: the apostrophes are unified (not dropped) before the tokenizer, so the
# elision filter still sees "l'" at the start of "l'écorce"; lower case first,
# because the elision filter compares articles case-sensitively.
one_apostrophe = char_filter(
    "one_apostrophe", type="mapping", mappings=[f"{a}=>'" for a in APOSTROPHES if a != "'"]
)
french_elision = token_filter("french_elision", type="elision", articles=list(FRENCH_ARTICLES))
drop_apostrophes = token_filter(
    "drop_apostrophes", type="pattern_replace", pattern="'", replacement=""
)
_FRENCH_FILTERS = ["lowercase", french_elision, drop_apostrophes, "asciifolding"]
french_folding = analyzer(
    "french_folding", char_filter=[one_apostrophe], tokenizer="standard", filter=_FRENCH_FILTERS
)
french_folding_edge = analyzer(
    "french_folding_edge",
    char_filter=[one_apostrophe],
    tokenizer="standard",
    filter=[*_FRENCH_FILTERS, edge_ngrams],
)

# Chinese: adjacent CJK characters as bigrams, unigrams kept for one-character queries.
cjk_bigrams = token_filter("cjk_bigrams", type="cjk_bigram", output_unigrams=True)
cjk_folding = analyzer(
    "cjk_folding",
    char_filter=[no_apostrophes],
    tokenizer="standard",
    filter=["cjk_width", "lowercase", cjk_bigrams, "asciifolding"],
)

# Which analysers a language's title and body fields use (index, edge, edge search).
ANALYSERS = {
    "fr": (french_folding, french_folding_edge, french_folding),
    CHINESE: (cjk_folding, folding_edge, folding),
}
DEFAULT_ANALYSERS = (folding, folding_edge, folding)

_ELISION = re.compile(
    r"\b(?:{})[{}]".format(
        "|".join(sorted(FRENCH_ARTICLES, key=len, reverse=True)), "".join(APOSTROPHES)
    ),
    re.IGNORECASE,
)


def elide(text):
    """``text`` without French elided articles: "L'écorce d'un arbre" -> "écorce un arbre".

    What the ``french_elision`` filter does on the server, done on the query in
    Python so that the folded query and the French fields hold the same words.
    """
    return _ELISION.sub("", text or "")


def _field(lang):
    return lang.replace("-", "_")


def _local(text, lang):
    """``text`` folded for the fields of ``lang`` (a field suffix): elided first in French."""
    return normalize(elide(text)) if lang == "fr" else normalize(text)


def _text(analysers=DEFAULT_ANALYSERS, **extra):
    index, edge, edge_search = analysers
    return Text(
        analyzer=index,
        fields={"edge": Text(analyzer=edge, search_analyzer=edge_search), **extra},
    )


class MuseumDocument(Document):
    """One SearchDocument as Elasticsearch stores it."""

    key = Keyword()
    kind = Keyword()
    access = Keyword()
    community = Keyword()
    # Names in every script: Latin ones through ``folding``, Chinese ones through ``cjk``.
    names = _text(cjk=Text(analyzer=cjk_folding))
    names_exact = Keyword()  # folded names, for "exact name first"
    facet_values = Keyword()  # "facet:value", so facets need no mapping change
    display = Object(enabled=False)  # titles, urls, thumbnail as shown
    updated = Keyword()
    visible_until = Date()  # the last day consent allows display; absent: no end

    class Index:
        name = ALIAS
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


for _lang in LANGS:
    _analysers = ANALYSERS.get(_field(_lang), DEFAULT_ANALYSERS)
    MuseumDocument._doc_type.mapping.field(f"title_{_field(_lang)}", _text(_analysers))
    MuseumDocument._doc_type.mapping.field(f"title_exact_{_field(_lang)}", Keyword())
    MuseumDocument._doc_type.mapping.field(f"body_{_field(_lang)}", Text(analyzer=_analysers[0]))


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
        # Folded as the query of that language is, elision included, so the exact
        # title of "L'Écorce" is found by "l'écorce".
        body[f"title_exact_{_field(lang)}"] = _local(doc.title(lang), _field(lang))
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


def split_cjk(folded):
    """The CJK runs and the other words of folded text: "三 七 panax" -> (["三七"], "panax").

    ``fold`` spaces out each CJK character; consecutive ones are joined back, so the
    bigram analyser sees them side by side.
    """
    runs, rest, run = [], [], ""
    for word in folded.split():
        if CJK_CHARACTER.fullmatch(word):
            run += word
            continue
        if run:
            runs.append(run)
            run = ""
        rest.append(word)
    if run:
        runs.append(run)
    return runs, " ".join(rest)


def _expand(folded, synonyms):
    """``folded`` and each version of it with one word swapped for a synonym."""
    alternatives = [folded]
    for group in synonyms:
        words = [normalize(g) for g in group]
        for word in words:
            if word and f" {word} " in f" {folded} ":
                alternatives += [
                    f" {folded} ".replace(f" {word} ", f" {o} ").strip() for o in words if o != word
                ]
    return alternatives


def _grouped(pairs):
    """``[(text, field), ...]`` as ``[(text, [fields])]``, fields of equal texts together,
    in first-seen order, so one language folding the same way makes one query."""
    grouped = {}
    for text, name in pairs:
        if text:
            grouped.setdefault(text, []).append(name)
    return list(grouped.items())


def _words_query(local, plain, lang):
    """Every word in one field, best field first; then the same with one typo allowed.

    ``local`` is the text folded for the language's own fields, ``plain`` for names and
    Vietnamese (they differ only in French, by elision)."""
    fields = [(local, f"title_{lang}^10"), (plain, "names^6"), (local, f"body_{lang}")]
    if lang != "vi":
        # An untranslated item falls back to its Vietnamese text; a translated one is
        # still found by the Vietnamese words a reader may type.
        fields += [(plain, "title_vi^4"), (plain, "body_vi^0.5")]
    exact = [
        Q("multi_match", query=text, operator="and", type="best_fields", fields=names)
        for text, names in _grouped(fields)
    ]
    fuzzy = [
        Q(
            "multi_match",
            query=text,
            operator="and",
            fuzziness="AUTO:5,9",
            prefix_length=1,
            fields=names,
        )
        for text, names in _grouped([(local, f"title_{lang}^3"), (plain, "names^2")])
    ]
    return exact + fuzzy


def cjk_fields(lang):
    """The fields a CJK phrase is looked for in: the bigram fields, then the language's own
    (a phrase there needs its characters side by side too)."""
    fields = [f"title_{CHINESE}^10", "names.cjk^6", f"body_{CHINESE}"]
    if lang != CHINESE:
        fields += [f"title_{lang}^10", f"body_{lang}"]
    return fields


def _clauses(local, plain, lang):
    """The should clauses for one version of the query text."""
    exact = [
        Q("term", **{f"title_exact_{lang}": {"value": local, "boost": 100}}),
        Q("term", names_exact={"value": plain, "boost": 60}),
    ]
    runs, local_rest = split_cjk(local)
    if not runs:
        return [
            *exact,
            Q("match_phrase_prefix", **{f"title_{lang}": {"query": local, "boost": 30}}),
            *_words_query(local, plain, lang),
        ]
    # Each CJK run as a phrase (its characters side by side, a bigram in Chinese fields),
    # and the other words as usual: all of them must match.
    must = [Q("multi_match", query=run, type="phrase", fields=cjk_fields(lang)) for run in runs]
    if local_rest:
        plain_rest = split_cjk(plain)[1]
        must.append(
            Q("bool", should=_words_query(local_rest, plain_rest, lang), minimum_should_match=1)
        )
    return [*exact, Q("bool", must=must)]


def text_query(text, language, synonyms=()):
    """Exact title, then title prefix or exact name, then fields by weight, one typo allowed.

    CJK words are matched as phrases on the bigram fields; French text is elided for
    the French fields (see the module docstring)."""
    lang = _field(language)
    plain = normalize(text)
    local = _local(text, lang)
    alternatives = [(local, plain)] + [(alt, alt) for alt in _expand(plain, synonyms)[1:]]
    if local != plain:
        # Synonyms of the elided words, for the French fields.
        alternatives += [(alt, alt) for alt in _expand(local, synonyms)[1:]]
    should = []
    for alt_local, alt_plain in alternatives:
        should += _clauses(alt_local, alt_plain, lang)
    return Q("bool", should=should, minimum_should_match=1)


class MuseumSearch(FacetedSearch):
    """Facets with multi-select counts; the access rule is a filter, never a post-filter."""

    doc_types = [MuseumDocument]
    index = ALIAS

    def __init__(self, text, language, scope, filters, synonyms=(), using="default"):
        self.language, self.scope, self.synonyms, self.using = language, scope, synonyms, using
        self.facets = {
            name: TermsFacet(field="facet_values", include=f"{name}:.*", size=VALUES_SHOWN)
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
    """The search for suggestions while typing: exact title, then title or name prefixes.

    Latin prefixes match edge n-grams; CJK characters are single tokens, too short for
    them, so a CJK prefix matches the start of the folded title or name, and a whole
    CJK run is also looked for as a phrase anywhere in a title or name."""
    lang = _field(language)
    local, plain = _local(text, lang), normalize(text)
    should = [Q("term", **{f"title_exact_{lang}": {"value": local, "boost": 20}})]
    runs, local_rest = split_cjk(local)
    if runs:
        fields = [f"title_{CHINESE}^5", "names.cjk"]
        if lang != CHINESE:
            fields.insert(1, f"title_{lang}^5")
        must = [Q("multi_match", query=run, type="phrase", fields=fields) for run in runs]
        if local_rest:
            must.append(_edge_query(local_rest, split_cjk(plain)[1], lang))
        should += [
            Q("prefix", **{f"title_exact_{lang}": {"value": local, "boost": 10}}),
            Q("prefix", names_exact={"value": plain, "boost": 2}),
            Q("bool", must=must),
        ]
    else:
        should += _edge_query(local, plain, lang).should
    query = Q("bool", should=should, minimum_should_match=1)
    s = Search(index=ALIAS, using=using).filter(access_filter(scope)).query(query)
    return s.source(["kind", "display"])[:limit]


def _edge_query(local, plain, lang):
    """Every word a prefix of a word of the title (boosted) or of a name."""
    return Q(
        "bool",
        should=[
            Q("match", **{f"title_{lang}.edge": {"query": local, "operator": "and", "boost": 5}}),
            Q("match", **{"names.edge": {"query": plain, "operator": "and"}}),
        ],
        minimum_should_match=1,
    )


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
