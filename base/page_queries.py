"""How to ask the database for pages cheaply: the few of a rare type among thousands,
and the titles of many without building each page."""

import functools
import threading

from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

# What a page needs to be linked to by its title (``pageurl`` reads the address in the
# language shown, the link text its title): for ``.only()`` in a listing of pages whose
# rows hold every text in every language.
LINK_FIELDS = ("id", "path", "depth", "title", "url_path")


@functools.cache
def all_but_link_fields(model, prefix="", also=()):
    """The columns of ``model`` (a page type) a link to one of its pages does not read
    (``LINK_FIELDS`` in every language, and whether it is live) nor ``also``, named for
    ``defer()`` through ``prefix`` (``"other_species__"``): for pages read with a row
    only to be linked to by their title."""
    keep = {"live", "page_ptr"}
    for name in (*LINK_FIELDS, *also):
        keep.add(name)
        keep.update(
            build_localized_fieldname(name, lang) for lang in mt_settings.AVAILABLE_LANGUAGES
        )
    return tuple(
        f"{prefix}{field.name}" for field in model._meta.concrete_fields if field.name not in keep
    )


def in_tree_order(pages):
    """``pages`` (an unordered queryset) as a list in tree order.

    Sorted here rather than by the database: for an ordered query Django compares the
    order with each selected column, more work than sorting a handful of rows of a
    hundred columns."""
    return sorted(pages, key=lambda page: page.path)


def from_own_table(queryset):
    """``queryset`` (pages of one type) with the type's own ids as a subquery, so that
    the database starts from the type's table rather than from the page tree.

    Asked in tree order, SQLite without statistics walks the index of every page's path
    and looks each one up in the type's table: the handful of gardens, events or
    protected lists of a site cost a walk over every species page (about 10 ms each at
    10,000 species). Given the ids, it reads those pages alone and sorts them.
    PostgreSQL, which keeps statistics, plans both the same.
    """
    return queryset.filter(pk__in=queryset.model.objects.values("pk"))


def titles_shown(queryset):
    """[(id, title)] of ``queryset``'s pages, each title as the active language shows it
    (its own, else the fallback language's), read from the title columns alone.

    A select of a hundred plants needs their ids and names: the pages themselves are
    rows of a hundred columns (every text in every language), and building them cost
    most of the remedy index's time at 10,000 species.
    """
    fields = [build_localized_fieldname("title", lang) for lang in resolution_order(get_language())]
    return [(pk, shown(titles)) for pk, *titles in queryset.values_list("pk", *fields)]


def shown(values):
    """What a translated field shows of ``values`` (its columns in the active language's
    fallback order, ``resolution_order``): the first that is not empty, else ""."""
    return next((value for value in values if value), "")


def private_q():
    """What Wagtail's ``PageQuerySet.private_q()`` matches (every page under a view
    restriction, the restricted page included), read from the restricted pages' paths,
    and the aliases of restricted pages with what is under them.

    Wagtail reads each restriction with its whole page (a row of every title, slug and
    path in every language), on each call: three times on a species page.
    """
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])  # no private section: match no page


def is_private(page):
    """Whether a view restriction applies to ``page`` (what a non-empty
    ``page.get_view_restrictions()`` says), from the same paths as ``private_q``."""
    return any(page.path.startswith(path) for path, _depth in restricted_sections())


def view_restrictions(page):
    """``page.get_view_restrictions()`` (installed as it): Wagtail's query, asked only of
    a page inside a restricted section; a page outside every one has none.

    Wagtail's own asks two queries of every page it serves (the aliases among its
    ancestors, then their restrictions); ``restricted_sections`` is read once per request
    anyway, and every page Wagtail finds a restriction for lies inside one of them (the
    restricted page, or an alias of it however deep, and what is under either).
    """
    if page.pk is not None and page.path and not is_private(page):
        return PageViewRestriction.objects.none()
    return wagtails_view_restrictions(page)


# Wagtail's method, kept before ``install`` puts ``view_restrictions`` in its place.
wagtails_view_restrictions = Page.get_view_restrictions


def install():
    """Ask Wagtail's view restrictions only of pages inside a restricted section."""
    Page.get_view_restrictions = view_restrictions


def restricted_sections():
    """[(path, depth)] of the pages whose view restriction covers them and everything
    under them: the restricted pages and their aliases, and the aliases of those, however
    deep (Wagtail applies the restriction of an alias's original to the alias and its
    subtree, following ``alias_of`` through aliases of aliases).

    Read once per GET request and shared by whatever asks in it (the page cache rule,
    the map's places, the value chain's section). Any other time, and after any change of
    a restriction or a move in the same thread, it is read again; another thread or
    process reads its own at its next request, as it would have read the database then.
    """
    memo = _memo.__dict__
    if memo.get("sections") is not None:
        return memo["sections"]
    restricted = PageViewRestriction.objects.values("page_id")
    rows = list(
        Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted))
        .rewrite(False)
        .values_list("pk", "path", "depth", "alias_of_id")
    )
    # An alias of an alias names the alias as its original: follow them until no new one
    # turns up (no query more when no restricted page has an alias, the usual case).
    seen = {pk for pk, *_rest in rows}
    aliases = {pk for pk, _path, _depth, alias_of in rows if alias_of is not None}
    while aliases:
        found = [
            row
            for row in Page.objects.filter(alias_of__in=aliases)
            .rewrite(False)
            .values_list("pk", "path", "depth", "alias_of_id")
            if row[0] not in seen
        ]
        rows += found
        seen.update(row[0] for row in found)
        aliases = {row[0] for row in found}
    sections = [(path, depth) for _pk, path, depth, _alias_of in rows]
    if memo.get("active"):
        memo["sections"] = sections
    return sections


_memo = threading.local()


def _start_request(sender, environ=None, **kwargs):
    _memo.active = (environ or {}).get("REQUEST_METHOD") in ("GET", "HEAD")
    _memo.sections = None


def _forget(sender=None, **kwargs):
    _memo.sections = None


def end_request(sender=None, **kwargs):
    """Forget this thread's restricted sections and keep none until the next GET request
    (Django's ``request_finished``; tests call it after each test)."""
    _memo.active = False
    _memo.sections = None


def connect_signals():
    """Keep ``restricted_sections`` for one GET request, and drop it on any change."""
    request_started.connect(_start_request, dispatch_uid="page-queries-request-started")
    request_finished.connect(end_request, dispatch_uid="page-queries-request-finished")
    post_save.connect(_forget, sender=PageViewRestriction, dispatch_uid="page-queries-saved")
    post_delete.connect(_forget, sender=PageViewRestriction, dispatch_uid="page-queries-deleted")
    post_page_move.connect(_forget, dispatch_uid="page-queries-moved")
