"""What the search service knows about content: a ``SearchDocument`` each type builds.

A page type becomes searchable by inheriting ``Searchable``; the function that builds
its ``SearchDocument`` lives in its app's ``search`` module, registered with
``builds_documents_for``, so a model never imports the module that reads it. The
search app never imports content models.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Access levels, from the most open; a user sees a level when allowed by ``AccessScope``.
PUBLIC, REGISTERED, COMMUNITY, WITHHELD = "public", "registered", "community", "withheld"
# The user groups behind them, named here only: renaming one anywhere else would
# silently change who sees community knowledge in search. Knowledge stewards see
# every level; a member of "Community: <code>" sees what that community holds.
STEWARDS_GROUP = "Knowledge stewards"
COMMUNITY_GROUP_PREFIX = "Community: "
# How open each level is (lower is wider): a change to a lower number opens an item or
# a name to more people, which only a knowledge steward may do.
OPENNESS = {PUBLIC: 0, REGISTERED: 1, COMMUNITY: 2, WITHHELD: 3}


@dataclass
class SearchDocument:
    """One searchable item, with its text per language and its facets.

    ``titles``, ``bodies`` and ``urls`` map a language code to text; a language
    without its own text falls back to Vietnamese (the source language) but
    empty translations are never indexed as text (no "None" in the index).
    """

    key: str
    kind: str
    titles: dict
    urls: dict
    names: list = field(default_factory=list)
    bodies: dict = field(default_factory=dict)
    facets: dict = field(default_factory=dict)
    access: str = PUBLIC
    community: str = ""
    thumbnail: str = ""
    updated: str = ""
    # The last day the item may be shown (ISO date; "" for no end): consent for display
    # lapses by date, and search hides the item from that day on, in every process,
    # whether or not the daily withdrawal has run yet.
    visible_until: str = ""

    def visible_on(self, day):
        """Whether the item may be shown on ``day`` (an ISO date string)."""
        return not self.visible_until or self.visible_until >= day

    def _pick(self, mapping, language):
        value = mapping.get(language) or ""
        if not str(value).strip() or value == "None":
            value = mapping.get(DEFAULT_LANGUAGE) or ""
        return "" if value == "None" else str(value)

    def title(self, language):
        return self._pick(self.titles, language)

    def body(self, language):
        return self._pick(self.bodies, language)

    def url(self, language):
        return self._pick(self.urls, language)


def translated(obj, name, lang):
    """The value of a translated field in one language (modeltranslation's column), or ""."""
    return getattr(obj, f"{name}_{lang.replace('-', '_')}", None) or ""


def page_texts(page, parts):
    """A page's titles, URLs and body text per language, for a SearchDocument.

    ``parts(lang)`` gives the pieces of text of one language; empty ones are dropped.
    """
    titles, urls, bodies = {}, {}, {}
    for lang in LANGUAGES:
        titles[lang] = translated(page, "title", lang)
        with translation.override(lang):
            urls[lang] = page.get_url() or ""
        bodies[lang] = "\n".join(p for p in parts(lang) if p and p.strip())
    return titles, urls, bodies


_BUILDERS = {}


def builds_documents_for(model):
    """Register the decorated ``function(obj) -> SearchDocument`` for ``model`` and its
    subclasses (an app's ``search`` module does this when the app is ready)."""

    def register(function):
        _BUILDERS[model] = function
        return function

    return register


class Searchable:
    """Mixin for models that describe themselves to the search service."""

    def search_key(self):
        return f"{self._meta.label_lower}:{self.pk}"

    @classmethod
    def search_queryset(cls, queryset):
        """``queryset`` with what ``search_document`` reads fetched in bulk, for indexing
        many objects at once (a rebuild, an import's pass). The default adds nothing."""
        return queryset

    def search_document(self):
        """This object's ``SearchDocument``, from the builder registered for its type."""
        for cls in type(self).__mro__:
            if cls in _BUILDERS:
                return _BUILDERS[cls](self)
        raise LookupError(f"No search document builder is registered for {type(self).__name__}")


@dataclass(frozen=True)
class AccessScope:
    """What a requesting user may see: access levels and community memberships."""

    levels: frozenset = frozenset({PUBLIC})
    communities: frozenset = frozenset()

    @classmethod
    def for_user(cls, user):
        if user is None or not user.is_authenticated:
            return cls()
        if user.is_superuser or user.groups.filter(name=STEWARDS_GROUP).exists():
            return cls(frozenset({PUBLIC, REGISTERED, COMMUNITY}), frozenset({"*"}))
        communities = frozenset(
            name.removeprefix(COMMUNITY_GROUP_PREFIX)
            for name in user.groups.filter(name__startswith=COMMUNITY_GROUP_PREFIX).values_list(
                "name", flat=True
            )
        )
        return cls(frozenset({PUBLIC, REGISTERED, COMMUNITY}), communities)

    def allows(self, access, community=""):
        if access == WITHHELD or access not in self.levels:
            return False
        if access == COMMUNITY:
            return "*" in self.communities or community in self.communities
        return True
