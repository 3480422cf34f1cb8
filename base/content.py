"""Writing content in code (demo builders, imports, tests): translated fields, index
pages, sources."""

from django.conf import settings
from django.utils import translation

from base.models import Source

# Language codes as modeltranslation's field names end (zh-hans -> zh_hans).
LANGS = [code.replace("-", "_") for code, _name in settings.LANGUAGES]


def get_source(data):
    """A Source matching ``data`` by title (and URL), created if missing; its note is
    given per language ({'vi': ..., 'en': ...}) or as one Vietnamese text."""
    source, created = Source.objects.get_or_create(
        title=data["title"],
        url=data.get("url", ""),
        defaults={k: v for k, v in data.items() if k not in {"title", "url", "note"}},
    )
    if "note" in data:
        before = [getattr(source, f"note_{lang}") for lang in LANGS]
        set_translated(source, "note", data["note"])
        if created or before != [getattr(source, f"note_{lang}") for lang in LANGS]:
            source.save()
    return source


def set_translated(obj, field, values):
    """Set ``field`` per language from {'vi': ..., 'en': ...}; the plain field follows vi."""
    if values is None:
        return
    if isinstance(values, str):
        values = {"vi": values}
    for lang in LANGS:
        setattr(obj, f"{field}_{lang}", values.get(lang, "") or "")
    # Through modeltranslation the plain name writes the *active* language's column.
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        setattr(obj, field, values.get("vi", "") or "")


def add_index_page(parent, model, title, slug, intro=None):
    """Create and publish an index page of ``model`` under ``parent``; titles, slugs and
    intro given per language ({'vi': ..., 'en': ...})."""
    index = model()
    set_translated(index, "title", title)
    set_translated(index, "slug", slug)
    set_translated(index, "intro", intro)
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def ensure_index_page(parent, model, title, slug, intro=None):
    """The index page of ``model`` under ``parent``, created as ``add_index_page`` does
    when there is none yet: demo builders call it so they can run again."""
    return model.objects.child_of(parent).first() or add_index_page(
        parent, model, title, slug, intro
    )
