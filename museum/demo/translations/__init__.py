"""The demo's pages in French and Chinese, translated from their sourced Vietnamese and
English texts (nothing added), one module per language:

- ``PAGES`` maps a page's Vietnamese URL path to its translated fields;
- ``STREAM`` maps each Vietnamese text of a StreamField (an exhibit's story, a lesson's
  quiz) to its translation, applied leaf by leaf to the Vietnamese stream;
- ``REASONS`` and ``CAPTIONS`` map a look-alike's reason and an image caption, as written
  in Vietnamese, to their translation.

``SUPPORTS`` (here) gives what each cited source supports in all four languages, keyed by
the text the demo stores: several were written in English into the Vietnamese column.

They are applied after the demo is built; every translation stays "translated, not yet
reviewed" (``base.translation_status``) until a curator reviews it, and visitors see
that note.
"""

import json
import re
from importlib import import_module

from wagtail.models import Page

from base.progress import progress
from knowledge.models import KnowledgeItemSource, KnowledgeMedia
from museum.models import EventSource, ExhibitSource, PlaceSource
from species.models import LookAlike, SpeciesImage, SpeciesSource

from .supports import SUPPORTS

# Site language code -> the module holding its texts.
LANGUAGES = {"fr": "fr", "zh-hans": "zh_hans"}

# The StreamFields of the demo, per page model ("app_label.model"): translated from vi.
STREAM_FIELDS = {"museum.exhibitpage": ("body",), "museum.lessonkitpage": ("quiz",)}

# Leaves of a block that are the same in every language: an audio guide's transcript is
# what is spoken (in Vietnamese, marked lang="vi"), with its language code, voice and
# credit. Its title is translated.
KEEP = {"audio": {"transcript", "language", "voice", "credit"}}

# A leaf with no letter in it (years, figures, "–") reads the same in every language.
_LETTER = re.compile(r"[^\W\d_]")


def _module(code):
    return import_module(f"{__name__}.{LANGUAGES[code]}")


def translations():
    """{vi url path: {field: {language: text}}} over every language module."""
    merged = {}
    for code in LANGUAGES:
        for path, fields in _module(code).PAGES.items():
            for field, text in fields.items():
                merged.setdefault(path, {}).setdefault(field, {})[code] = text
    return merged


def needs_translation(text):
    """Whether a stream leaf says something in words (not a year or a figure)."""
    return isinstance(text, str) and bool(_LETTER.search(text))


def translate_stream(raw, texts, missing=None):
    """The raw data of a StreamField (``[{"type", "value", "id"}, …]``) with each text
    leaf replaced by ``texts[leaf]``. References (page, image, document ids), booleans,
    block ids and the leaves in ``KEEP`` stay as they are.

    A leaf ``texts`` lacks is kept and its text added to ``missing`` (a list), so the
    caller can tell the stream is not fully translated."""
    missing = [] if missing is None else missing

    def leaf(text):
        if not needs_translation(text):
            return text
        if text in texts:
            return texts[text]
        missing.append(text)
        return text

    def value(data, block_type):
        if isinstance(data, dict) and "type" in data and "value" in data:
            # A block inside a stream, or an item of a list block (type "item").
            kind = block_type if data["type"] == "item" else data["type"]
            return {**data, "value": value(data["value"], kind)}
        if isinstance(data, dict):
            keep = KEEP.get(block_type, ())
            return {k: v if k in keep else value(v, block_type) for k, v in data.items()}
        if isinstance(data, list):
            return [value(item, block_type) for item in data]
        if isinstance(data, str):
            return leaf(data)
        return data

    return [value(block, None) for block in raw or []]


def stream_leaves(raw):
    """Every translatable text leaf of a raw stream, in order."""
    found = []
    translate_stream(raw, {}, found)
    return found


def _raw(stream_value):
    if not stream_value:
        return []
    raw = getattr(stream_value, "raw_data", stream_value)
    return json.loads(raw) if isinstance(raw, str) else list(raw)


def _stream_fields(page, codes=LANGUAGES):
    """{column: translated raw stream} for ``page``'s StreamFields, and {column: the
    leaves no translation covers}. A stream with a leaf left untranslated is not set: the
    visitor then sees the whole Vietnamese text under the "not yet translated" notice
    rather than a page of two languages (an older translation is removed)."""
    fields, missing = {}, {}
    for field in STREAM_FIELDS.get(page._meta.label_lower, ()):
        raw = _raw(getattr(page, f"{field}_vi"))
        for code in codes:
            column = f"{field}_{code.replace('-', '_')}"
            left = []
            translated = translate_stream(raw, _module(code).STREAM, left)
            if left:
                missing[column] = left
                # An older translation of a stream that has changed since would be stale.
                translated = []
            if translated != _raw(getattr(page, column)):
                fields[column] = translated
    return fields, missing


def missing_stream_leaves():
    """{(vi url path, column): [Vietnamese leaves with no translation]} over the demo's
    pages with StreamFields: what a translator still has to give."""
    found = {}
    for page in Page.objects.live().specific():
        for column, leaves in _stream_fields(page)[1].items():
            found[(page.url_path_vi, column)] = leaves
    return found


def _row_models():
    """(model, translated field, name of the texts, parental key) of the demo's
    translated rows."""
    return [
        (SpeciesSource, "supports", "SUPPORTS", "page"),
        (ExhibitSource, "supports", "SUPPORTS", "page"),
        (PlaceSource, "supports", "SUPPORTS", "page"),
        (EventSource, "supports", "SUPPORTS", "page"),
        (KnowledgeItemSource, "supports", "SUPPORTS", "item"),
        (LookAlike, "reason", "REASONS", "page"),
        (SpeciesImage, "caption", "CAPTIONS", "page"),
        (KnowledgeMedia, "caption", "CAPTIONS", "item"),
    ]


def row_texts(name):
    """{text as stored in Vietnamese: {language: text}} for ``SUPPORTS``, ``REASONS``
    or ``CAPTIONS``; ``SUPPORTS`` is also found by its proper Vietnamese text, so applying
    it twice changes nothing."""
    if name == "SUPPORTS":
        merged = dict(SUPPORTS)
        merged.update({texts["vi"]: texts for texts in SUPPORTS.values()})
        return merged
    merged = {}
    for code in LANGUAGES:
        for vi, text in getattr(_module(code), name).items():
            merged.setdefault(vi, {"vi": vi})[code] = text
    return merged


def _patch_revision(page_id, relation, row_pk, columns):
    """Write ``columns`` of a child row into its page's latest revision too, so that a
    curator who opens the page edits the translated row (publishing every species page
    again would take the demo a minute more)."""
    page = Page.objects.filter(pk=page_id).select_related("latest_revision").first()
    revision = page and page.latest_revision
    if revision is None:
        return
    for row in revision.content.get(relation) or []:
        if row.get("pk") == row_pk:
            row.update(columns)
            revision.save(update_fields=["content"])
            return


def _apply_rows():
    """Translate the demo's cited-source notes, look-alike reasons and image captions;
    returns how many rows changed."""
    changed_rows = 0
    for model, field, name, parent in _row_models():
        texts = row_texts(name)
        relation = model._meta.get_field(parent).remote_field.related_name
        for row in model.objects.all():
            found = texts.get(getattr(row, f"{field}_vi"))
            if not found:
                continue
            columns = {
                f"{field}_{code.replace('-', '_')}": text
                for code, text in found.items()
                if getattr(row, f"{field}_{code.replace('-', '_')}") != text
            }
            if columns:
                model.objects.filter(pk=row.pk).update(**columns)
                _patch_revision(getattr(row, f"{parent}_id"), relation, row.pk, columns)
                changed_rows += 1
    return changed_rows


def apply(stream=None):
    """Give the demo's pages and rows their French and Chinese texts and publish the
    pages; returns the number of pages translated. A page the demo no longer has is
    skipped."""
    _apply_rows()
    merged = translations()
    streamed = Page.objects.filter(
        content_type__app_label="museum",
        content_type__model__in=[m.split(".")[1] for m in STREAM_FIELDS],
    ).exclude(url_path_vi__in=merged)
    todo = [*merged, *streamed.values_list("url_path_vi", flat=True)]
    pages = {p.url_path_vi: p for p in Page.objects.filter(url_path_vi__in=todo).specific()}
    done = 0
    for path in progress(todo, len(todo), stream, "translations"):
        page = pages.get(path)
        if page is None:
            continue
        changed = False
        for field, texts in merged.get(path, {}).items():
            for code, text in texts.items():
                column = f"{field}_{code.replace('-', '_')}"
                if hasattr(page, column) and getattr(page, column) != text:
                    setattr(page, column, text)
                    changed = True
        streams, _missing = _stream_fields(page)
        for column, raw in streams.items():
            # As JSON text: Wagtail reads a list of two-key dicts as (name, value) pairs.
            setattr(page, column, json.dumps(raw))
            changed = True
        if changed:
            page.save_revision().publish()
        done += 1
    return done
