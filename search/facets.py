"""Facets: names and value labels that content apps register for the search page."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from base import page_cache

_FACETS = {}
# Values shown per facet, the most frequent first (both backends): a national catalogue's
# plant facet listed thousands of checkboxes, 100 KB of a 120 KB page on a phone. A
# chosen value stays removable from the active filters above the results.
VALUES_SHOWN = 50


@dataclass
class Facet:
    name: str
    label: object  # a lazy translation
    labels: Callable[[list], dict] | None = None  # values -> {value: label}, in the active language
    order: int = 0


def register_facet(name, label, labels=None, order=0):
    """Declare a facet the search page shows; ``labels`` turns codes into words."""
    _FACETS[name] = Facet(name, label, labels, order)


def registered_facets():
    return sorted(_FACETS.values(), key=lambda f: (f.order, f.name))


def facet_names():
    return [f.name for f in registered_facets()]


# Labels found, per facet and language, kept in the shared cache under the page
# cache's generation: they were about half of an uncached search page's time (a query
# or two per facet) and change only when content does, which moves the generation in
# every process. Only real labels are kept: values come from query strings too. They
# keep no longer than a cached page.


def label_values(name, values):
    """``{value: label}`` for ``values`` of facet ``name``, in the active language; a
    value without a label stands for itself."""
    facet = _FACETS.get(name)
    if not (facet and facet.labels):
        return {v: v for v in values}
    cache = page_cache.shared_cache()
    key = page_cache.kept_key("facet-labels", get_language(), name)
    known = cache.get(key) or {}
    missing = [v for v in values if v not in known]
    if missing:
        found = {v: str(label) for v, label in facet.labels(missing).items()}
        if found:
            known.update(found)
            cache.set(key, known, settings.PAGE_CACHE_SECONDS or 600)
    return {v: known.get(v, v) for v in values}


_KINDS = {}


def register_kind(code, label):
    """Name a kind of document (species, remedy…) for the kind facet and hit labels."""
    _KINDS[code] = label


def kind_label(code):
    return _KINDS.get(code, code)


# The heading is a catalogue string like every facet's: a plain "kind" was English on
# the search page of every language.
register_facet("kind", _("Kind"), labels=lambda values: {v: kind_label(v) for v in values}, order=0)
