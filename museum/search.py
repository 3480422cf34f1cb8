"""How exhibits, places, tours, events and lesson kits describe themselves to search.

Documents carry text only: a place's location enters the index as its commune,
never as a point, so search cannot reveal what the map withholds.
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from search.documents import Searchable, SearchDocument, page_texts, translated
from search.facets import register_kind

KINDS = {
    "exhibitpage": ("exhibit", _("Exhibit")),
    "placepage": ("place", _("Place")),
    "tourpage": ("tour", _("Tour")),
    "eventpage": ("event", _("Event")),
    "lessonkitpage": ("lesson", _("Lesson kit")),
}
# Text fields per model, besides the title; StreamFields are read block by block.
TEXT_FIELDS = {
    "exhibitpage": ["summary", "body"],
    "placepage": ["summary", "what_to_see", "how_to_get_there"],
    "tourpage": ["summary", "body"],
    "eventpage": ["summary", "body", "venue"],
    "lessonkitpage": ["summary", "objectives", "worksheet", "quiz"],
}


def stream_text(stream):
    """The words of a StreamField: text, quotes, timelines, captions and quiz questions."""
    parts = []
    for block in stream or []:
        value = block.value
        if block.block_type == "text":
            parts.append(strip_tags(value.source))
        elif block.block_type == "quote":
            parts += [value["quote"], value["attribution"]]
        elif block.block_type == "timeline":
            parts += [value["heading"]] + [f"{e['when']} {e['text']}" for e in value["events"]]
        elif block.block_type in ("quiz", "question"):
            parts += [value["question"], value["explanation"]]
        elif block.block_type == "audio":
            parts += [value["title"], strip_tags(value["transcript"].source)]
        elif block.block_type == "image":
            parts.append(value["caption"])
    return "\n".join(p for p in parts if p and p.strip())


def _text(value):
    if hasattr(value, "stream_block"):
        return stream_text(value)
    return strip_tags(str(value))


def museum_document(page):
    """The SearchDocument of a museum page, in every language."""
    model = page._meta.model_name
    kind, _label = KINDS[model]
    titles, urls, bodies = page_texts(
        page, lambda lang: [_text(translated(page, name, lang)) for name in TEXT_FIELDS[model]]
    )
    names = []
    location = getattr(page, "public_location", lambda: None)()
    if location is not None:
        names += [n for n in (location.commune, location.former_district) if n]
    return SearchDocument(
        key=page.search_key(),
        kind=kind,
        titles=titles,
        urls=urls,
        names=names,
        bodies=bodies,
        updated=page.last_published_at.isoformat() if page.last_published_at else "",
    )


def register_search_kinds():
    for kind, label in KINDS.values():
        register_kind(kind, label)


class MuseumSearchable(Searchable):
    """Mixin for museum pages found by the site search (see ``museum_document``)."""

    def search_document(self):
        return museum_document(self)
