"""What the embedded index stores for a document: its tantivy schema and documents.

Text is folded in Python (``search.folding``) before tantivy sees it and split on
spaces there, so the index matches exactly what ``fold`` and ``query_words`` make of a
query, in every language and script. Each language is a *row* of fields of its own
(``title_<row>``, ``body_<row>``…): Vietnamese (row 0) always, another language only
where it has text of its own, so untranslated documents are not stored four times.
"""

import datetime
import json
import re
import unicodedata

import tantivy
from django.conf import settings

from search.documents import WITHHELD
from search.folding import MAX_WORD, index_words, tokens

LANGS = [code for code, _name in settings.LANGUAGES]
NO_END = 0  # ``until`` of a document with no last day
_RAW = re.compile(r"\w+", re.UNICODE)


def row_of(language):
    """The row of a language's fields; Vietnamese for a language the site does not have."""
    return LANGS.index(language) if language in LANGS else 0


def build_schema():
    """The index's fields. Kept in one place: a change here needs a rebuild (``FORMAT``)."""
    builder = tantivy.SchemaBuilder()

    def keyword(name, fast=False, stored=False):
        builder.add_text_field(
            name, stored=stored, fast=fast, tokenizer_name="raw", index_option="basic"
        )

    def words(name, option="freq"):
        builder.add_text_field(name, tokenizer_name="whitespace", index_option=option)

    keyword("key", fast=True, stored=True)
    keyword("kind", stored=True)
    keyword("access")
    keyword("community")
    keyword("facet", fast=True)  # "facet:value", filtered on and counted
    keyword("sort", fast=True)  # the folded Vietnamese title: the order of a browse
    builder.add_integer_field("until", indexed=True, fast=True)  # yyyymmdd, NO_END
    words("names")  # scientific, synonym, vernacular and ethnic-language names
    keyword("name_exact")  # each name folded whole: "exact name first"
    words("vocab", option="basic")  # title and name words: what a typo is corrected to
    for row in range(len(LANGS)):
        words(f"title_{row}")
        words(f"body_{row}")
        keyword(f"title_exact_{row}")  # the folded title whole: exact title, title prefix
        keyword(f"title_raw_{row}")  # the title as typed (case folded): diacritics too
        words(f"title_accents_{row}", option="basic")  # its words with their diacritics
        keyword(f"short_{row}", fast=True)  # suggestions: shorter titles first
    builder.add_bytes_field("meta", stored=True, indexed=False)  # what a hit shows
    return builder.build()


def _words(text):
    return " ".join(index_words(text))


def as_typed(text):
    """``text`` as typed, composed and case folded, diacritics kept."""
    return unicodedata.normalize("NFC", text or "").strip().casefold()


def raw_words(text):
    """Words as typed, case folded, diacritics kept: to rank "đương" above "dương"."""
    return " ".join(w[:MAX_WORD] for w in _RAW.findall(as_typed(text)))


def _day(iso):
    return int(iso.replace("-", "")) if iso else NO_END


def today():
    """Today as the index stores days (``until``)."""
    return _day(datetime.date.today().isoformat())


def _own(mapping, language):
    value = str(mapping.get(language) or "")
    return "" if value == "None" else value


def to_tantivy(doc):
    """A ``SearchDocument`` as a tantivy document; never called for a withheld one."""
    assert doc.access != WITHHELD, "withheld documents are never stored"
    seen = {}

    def folded(text):  # a title is folded for several fields: once is enough
        if text not in seen:
            seen[text] = " ".join(tokens(text))
        return seen[text]

    titles = {lang: doc.title(lang) for lang in LANGS}
    out = tantivy.Document()
    out.add_text("key", doc.key)
    out.add_text("kind", doc.kind)
    out.add_text("access", doc.access)
    out.add_text("community", doc.community or "")
    out.add_integer("until", _day(doc.visible_until))
    values = {("kind", doc.kind)}
    for facet, items in doc.facets.items():
        for value in [items] if isinstance(items, str) else items:
            if value:
                values.add((facet, str(value)))
    for facet, value in sorted(values):
        out.add_text("facet", f"{facet}:{value}")
    out.add_text("sort", folded(titles[LANGS[0]]))
    vocab = set()
    for name in doc.names:
        if name and folded(name):
            out.add_text("names", _words(name))
            out.add_text("name_exact", folded(name))
            vocab.update(folded(name).split())
    for text in doc.titles.values():
        if text and text != "None":
            vocab.update(folded(text).split())
    out.add_text("vocab", " ".join(sorted(vocab)))
    bodies = {}
    for row, lang in enumerate(LANGS):
        shown = folded(titles[lang])
        out.add_text(f"short_{row}", f"{len(shown):04d} {shown}")
        title = titles[lang] if row == 0 else _own(doc.titles, lang)
        body = doc.body(lang) if row == 0 else _own(doc.bodies, lang)
        if row and not (title.strip() or body.strip()):
            continue
        out.add_text(f"title_{row}", _words(title))
        out.add_text(f"body_{row}", _words(body))
        out.add_text(f"title_exact_{row}", folded(title))
        out.add_text(f"title_raw_{row}", as_typed(title))
        out.add_text(f"title_accents_{row}", raw_words(title))
        if body:
            bodies[lang] = body
    meta = {
        "titles": titles,
        "urls": {lang: doc.url(lang) for lang in LANGS},
        "thumbnail": doc.thumbnail,
        "bodies": bodies,
    }
    out.add_bytes("meta", json.dumps(meta, ensure_ascii=False).encode())
    return out
