"""The query and result types every backend speaks."""

from dataclasses import dataclass, field

from search.documents import AccessScope


@dataclass
class SearchQuery:
    text: str = ""
    language: str = "vi"
    filters: dict = field(default_factory=dict)  # facet -> [values]
    page: int = 1
    per_page: int = 20
    scope: AccessScope = field(default_factory=AccessScope)


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    snippet: str = ""  # safe HTML with <mark> around matches
    thumbnail: str = ""


@dataclass
class SearchResults:
    hits: list
    total: int
    facets: dict  # facet -> [(value, count)]
    suggestion: str = ""  # "did you mean"
    corrected: bool = False  # the hits are for ``suggestion``, the text had no match


@dataclass
class Suggestion:
    title: str
    url: str
    kind: str
    key: str = ""


class SearchUnavailable(Exception):
    """The backend cannot answer (Elasticsearch down); the service falls back."""
