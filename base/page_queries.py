"""How to ask the database for pages cheaply: the few of a rare type among thousands,
and the titles of many without building each page."""

import threading

from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move


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
    return [
        (pk, next((title for title in titles if title), ""))
        for pk, *titles in queryset.values_list("pk", *fields)
    ]


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


def restricted_sections():
    """[(path, depth)] of the pages whose view restriction covers them and everything
    under them: the restricted pages and their aliases (Wagtail applies the restriction
    of an alias's original to the alias and its subtree).

    Read once per GET request and shared by whatever asks in it (the page cache rule,
    the map's places, the value chain's section): within one request nothing restricts
    a page. Any other time, and after any change of a restriction or a move in this
    process, it is read again; another process reads its own at each request.
    """
    memo = _memo.__dict__
    if memo.get("sections") is not None:
        return memo["sections"]
    restricted = PageViewRestriction.objects.values("page_id")
    sections = list(
        Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted))
        .rewrite(False)
        .values_list("path", "depth")
    )
    if memo.get("active"):
        memo["sections"] = sections
    return sections


_memo = threading.local()


def _start_request(sender, environ=None, **kwargs):
    _memo.active = (environ or {}).get("REQUEST_METHOD") in ("GET", "HEAD")
    _memo.sections = None


def _forget(sender=None, **kwargs):
    _memo.sections = None


def _end_request(sender, **kwargs):
    _memo.active = False
    _memo.sections = None


def connect_signals():
    """Keep ``restricted_sections`` for one GET request, and drop it on any change."""
    request_started.connect(_start_request, dispatch_uid="page-queries-request-started")
    request_finished.connect(_end_request, dispatch_uid="page-queries-request-finished")
    post_save.connect(_forget, sender=PageViewRestriction, dispatch_uid="page-queries-saved")
    post_delete.connect(_forget, sender=PageViewRestriction, dispatch_uid="page-queries-deleted")
    post_page_move.connect(_forget, dispatch_uid="page-queries-moved")
