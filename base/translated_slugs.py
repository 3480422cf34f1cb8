"""Translated slugs asked of the database, not of every sibling page in Python.

wagtail-modeltranslation adds to every page's ``clean()`` a check that no sibling uses
the page's slug in any language (``patch_wagtailadmin._validate_slugs``). It loads
every sibling page into Python to compare slugs, on every save: under a species index
of 2,000 pages each save paid for 2,000 page objects, three times per published page,
so an import grew slower with every species it added. ``validate_slugs`` makes the
same comparison, with the same fallback rule, in one query.

It also replaces every page model's ``route`` with its own (``_new_route``), which
instantiates every child of a page to find the one whose translated slug is asked
for: a species page under an index of 1,423 species took 0.42 s of 0.53 s to route.
``route`` below finds the child with one query, by the same fallback rule, and
``route_for_request`` (Wagtail's, installed on ``Page``) starts from the site's root
row instead of loading the home page as its own type for every page below it.
"""

from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site, get_page_models
from wagtail.url_routing import RouteResult

from base.page_queries import LINK_FIELDS, in_tree_order
from base.page_queries import shown as shown_value

EMPTY = ("", None)
# The deepest a page can be: treebeard's path holds a step of 4 characters per level.
MAX_DEPTH = Page._meta.get_field("path").max_length // Page.steplen


def shown_slug_is(language, slug):
    """A condition on pages: their slug as shown in ``language`` (after the fallback
    languages fill an empty one) is ``slug``."""
    condition, earlier_empty = Q(), Q()
    for lang in resolution_order(language):
        field = build_localized_fieldname("slug", lang)
        condition |= earlier_empty & Q(**{field: slug})
        earlier_empty &= Q(**{f"{field}__in": [""]}) | Q(**{f"{field}__isnull": True})
    return condition


def clashing_languages(siblings, shown):
    """The languages in which one of ``siblings`` shows the slug given for that language
    in ``shown`` ({language: slug}); one query whatever the number of siblings."""
    shown = {lang: slug for lang, slug in shown.items() if slug not in EMPTY}
    if not shown:
        return set()
    condition = Q()
    for lang, slug in shown.items():
        condition |= shown_slug_is(lang, slug)
    languages = list(mt_settings.AVAILABLE_LANGUAGES)
    fields = [build_localized_fieldname("slug", lang) for lang in languages]
    clashes = set()
    for row in siblings.filter(condition).values_list(*fields):
        theirs = dict(zip(languages, row, strict=True))
        for lang, slug in shown.items():
            if shown_value(theirs.get(f) for f in resolution_order(lang)) == slug:
                clashes.add(lang)
    return clashes


def validate_slugs(page):
    """{localized slug field: error} for each language in which a sibling shows the same
    slug as ``page``; what wagtail-modeltranslation's check returns."""
    if page.get_parent() is None:
        return {}  # the root page's slug can be whatever it likes
    shown = {}
    for language in mt_settings.AVAILABLE_LANGUAGES:
        with override(language):
            shown[language] = page.slug
    if page.pk is None and getattr(page, "_slugs_known_free", None) == shown:
        return {}  # a new page whose slugs were just found free (``known_free``)
    # modeltranslation patches clean() on Page and on each page model, so one full_clean
    # asks twice in a row; the answer for the same slugs and place is kept on the page.
    key = (page.path, tuple(shown.items()))
    remembered = getattr(page, "_slug_check", None)
    if remembered is not None and remembered[0] == key:
        return dict(remembered[1])
    errors = {
        build_localized_fieldname("slug", lang): _("This slug is already in use")
        for lang in clashing_languages(page.get_siblings(inclusive=False), shown)
    }
    page._slug_check = (key, errors)
    return dict(errors)


def known_free(page, shown):
    """Record that ``shown`` ({language: slug}) was just found free among the siblings of
    the new ``page``, in the same transaction (as a bulk import does before adding each
    page), so that validating the page does not ask again."""
    page._slugs_known_free = dict(shown)


def route(self, request, path_components):
    """Wagtail's ``Page.route`` with translated slugs: the child whose slug, as shown in
    the active language (after the fallback languages), is the next path component,
    found by the database. Behaves as wagtail-modeltranslation's ``_new_route``: a
    routable page's own routes come first, the first matching child in tree order wins."""
    if isinstance(self, RoutablePageMixin) and self.live:
        try:
            view, args, kwargs = self.resolve_subpage(_subpage_path(path_components))
        except Http404:
            pass
        else:
            return RouteResult(self, args=(view, args, kwargs))
    if not path_components:
        if self.live:
            return RouteResult(self)
        raise Http404
    return _route_below(self, request, path_components)


def _route_below(top, request, path_components):
    """The route of the page below ``top`` (any page, plain or of its type) that the
    components lead to, the page loaded as its own type."""
    parent, page, rest = _page_served(top, path_components)
    # The page as its own type, in one query: what the type's page shows of its
    # relations (``route_select_related``) joined; none named is none joined
    # (``select_related()`` alone would join every relation).
    model = page.specific_class or Page
    found = model._default_manager.filter(pk=page.pk)
    related = getattr(model, "route_select_related", ())
    if related:
        found = found.select_related(*related)
    # One row by its id: unordered, as an order costs Django a pass over every column.
    child = next(iter(found.order_by()[:1]), None)
    if child is None:  # deleted since
        raise Http404
    child._cached_parent_obj = parent  # treebeard's get_parent reads it: one query fewer
    return child.route(request, rest)


def _page_served(top, components):
    """(parent, page, rest): the page below ``top`` that ``components`` lead to, as a
    plain page, with its parent and the components it routes itself (a routable page's
    own routes, or none); Http404 if the path leads nowhere.

    The pages named by each component, at each depth below ``top``, are read in one
    query of the page rows alone: one level at a time, each level cost a query for the
    child's type and another for the child as that type, most of them never served.
    """
    language = get_language()
    # No page lies deeper than the tree's paths allow: a path of a thousand components
    # asks for the levels there can be (a routable page gets the rest), not a condition
    # of a thousand terms, which SQLite refuses.
    levels = min(len(components), MAX_DEPTH - top.depth)
    named = Q()
    for level, component in enumerate(components[:levels], start=1):
        named |= Q(depth=top.depth + level) & shown_slug_is(language, component)
    if not named:
        raise Http404
    by_depth = {}
    # What routing reads of them, and what a page reads of its parent (its link).
    found = (
        Page.objects.filter(named, path__startswith=top.path)
        .order_by()
        .only(*LINK_FIELDS, "live", "content_type")
    )
    for page in in_tree_order(found):
        by_depth.setdefault(page.depth, []).append(page)
    parent = top
    for level in range(1, levels + 1):
        # The first in tree order under the page found a level up.
        page = next(
            (p for p in by_depth.get(top.depth + level, ()) if p.path.startswith(parent.path)),
            None,
        )
        if page is None:
            raise Http404
        rest = components[level:]
        if not rest or _routes_itself(page, rest):
            return parent, page, rest
        parent = page
    raise Http404  # deeper than any page


def route_for_request(request, path):
    """Wagtail's ``Page.route_for_request`` (the route of ``path`` on the request's site,
    kept on the request), without loading the site's root page as its own type when
    the path leads below it: the root's row, which Wagtail's site lookup has already
    read, is all routing reads of it. The root is loaded as its type when it is served
    or answers the path itself (its own routes, or a routing of its own)."""
    if not hasattr(request, "_wagtail_route_for_request"):
        result = None
        site = Site.find_for_request(request)
        if site is not None:
            root = site.root_page.localized
            components = [component for component in path.split("/") if component]
            try:
                if not components or _routes_itself(root, components):
                    result = root.specific.route(request, components)
                else:
                    result = _route_below(root, request, components)
            except Http404:
                pass
        request._wagtail_route_for_request = result
    return request._wagtail_route_for_request


def _routes_itself(page, rest):
    """Whether ``page`` (a plain page) answers ``rest`` itself, as a live routable page
    whose own routes match it, or routes differently from ``route``."""
    model = page.specific_class
    if model is None:
        return False
    if model.route is not route:
        return True  # a type with its own routing gets the rest, as Wagtail gives it
    if not (issubclass(model, RoutablePageMixin) and page.live):
        return False
    try:
        model.get_resolver().resolve(_subpage_path(rest))
    except Http404:
        return False
    return True


def _subpage_path(components):
    """The path a routable page resolves among its own routes: ``/a/b/``."""
    return "/" + "".join(f"{component}/" for component in components)


def install():
    """Use ``validate_slugs`` in every page's ``clean()`` (the patched ``clean`` looks the
    check up in its module at each call) and ``route`` as every page model's route.

    wagtail-modeltranslation patched the page models in its own ``ready()``, which runs
    before this app's (INSTALLED_APPS order); a model that defines its own ``route`` was
    overwritten too and gets ``route`` (a class that needs its own would have to call it).
    """
    from wagtail_modeltranslation import patch_wagtailadmin

    Page.route_for_request = staticmethod(route_for_request)
    patch_wagtailadmin._validate_slugs = validate_slugs
    patch_wagtailadmin._new_route = route  # for a model patched after this
    for model in get_page_models():
        if model.__dict__.get("route") is not None and model.route.__name__ == "_new_route":
            model.route = route
