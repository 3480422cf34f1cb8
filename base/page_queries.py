"""How to ask the database for pages cheaply: the few of a rare type among thousands,
and the titles of many without building each page."""

from django.db.models import Q
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.models import PageViewRestriction


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
    restriction, the restricted page included), read from the restricted pages' paths.

    Wagtail reads each restriction with its whole page (a row of every title, slug and
    path in every language), on each call: three times on a species page.
    """
    q = Q()
    for path, depth in PageViewRestriction.objects.values_list("page__path", "page__depth"):
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])  # no private section: match no page
