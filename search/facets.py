"""Facets: names and value labels that content apps register for the search page."""

from collections.abc import Callable
from dataclasses import dataclass

_FACETS = {}


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


def label_values(name, values):
    facet = _FACETS.get(name)
    if facet and facet.labels:
        found = facet.labels(values)
        return {v: found.get(v, v) for v in values}
    return {v: v for v in values}


_KINDS = {}


def register_kind(code, label):
    """Name a kind of document (species, remedy…) for the kind facet and hit labels."""
    _KINDS[code] = label


def kind_label(code):
    return _KINDS.get(code, code)


register_facet("kind", "kind", labels=lambda values: {v: kind_label(v) for v in values}, order=0)
