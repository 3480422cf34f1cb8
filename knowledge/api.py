"""A read-only JSON API of knowledge items, filtered by the requesting user's access.

``/api/v1/knowledge/?kind=remedy&condition=<code>&species=<id>&community=<code>&lang=en``
The session decides what is visible: the same rule as the pages. Parameters are
read through ``ApiQueryForm``: a value that is not usable is ignored, never an error.
"""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_safe

from base.filters import GetFilterForm, IdField, parse_id
from knowledge.models import KnowledgeItem, KnowledgePage, RemedyPage
from knowledge.models.remedies import remedy_details
from knowledge.serializers import item_data
from search.documents import PUBLIC

KINDS = {"remedy": RemedyPage, "knowledge": KnowledgePage}


class ApiQueryForm(GetFilterForm):
    """The API's query string; codes are matched as given, so an unknown code finds nothing."""

    kind = forms.ChoiceField(required=False, choices=[(k, k) for k in KINDS])
    condition = forms.CharField(required=False, max_length=100)
    species = IdField(required=False)
    community = forms.CharField(required=False, max_length=100)
    lang = forms.ChoiceField(required=False, choices=settings.LANGUAGES)
    page = IdField(required=False)


def _respond(request, payload, status=200, restricted=False):
    """JSON for this visitor only; what a signed-in visitor or a restricted item shows
    may be kept by no cache at all, not even the browser's."""
    response = JsonResponse(payload, status=status, json_dumps_params={"ensure_ascii": False})
    patch_vary_headers(response, ["Cookie"])
    if restricted or request.user.is_authenticated:
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, private=True)
    return response


def _with_details(items):
    """``items`` as their specific types, in order, with what ``item_data`` reads
    prefetched: a page of 50 costs a fixed number of queries."""
    ids = [item.pk for item in items]
    kinds = {item.specific_class for item in items}  # from the cached content types
    found = {}
    if RemedyPage in kinds:
        found.update((r.pk, r) for r in remedy_details(RemedyPage.objects.filter(pk__in=ids)))
    if KnowledgePage in kinds:
        found.update((a.pk, a) for a in KnowledgePage.objects.filter(pk__in=ids).with_details())
    return [found[pk] for pk in ids if pk in found]


@require_safe
def item_list(request):
    """A page of 50 items the visitor may see, filtered by kind, condition, species, community."""
    query = ApiQueryForm(request.GET).cleaned()
    model = KINDS.get(query.get("kind"), KnowledgeItem)
    items = model.objects.visible_to(request.user)
    # Filters name fields of the subclasses; from the base table they need the subclass prefix.
    remedy = "" if model is RemedyPage else "remedypage__"
    article = "" if model is KnowledgePage else "knowledgepage__"
    if "condition" in query:
        if model is KnowledgePage:
            items = items.none()  # articles have no conditions
        else:
            items = items.filter(**{f"{remedy}conditions__code": query["condition"]})
    if "species" in query:
        species = query["species"]
        rule = Q()
        if model is not KnowledgePage:
            rule |= Q(**{f"{remedy}ingredients__species_id": species})
        if model is not RemedyPage:
            rule |= Q(**{f"{article}species__id": species})
        items = items.filter(rule)
    if "community" in query:
        items = items.filter(community__code=query["community"])
    items = items.distinct().order_by("title", "pk")
    page = Paginator(items, 50).get_page(query.get("page"))
    with translation.override(query.get("lang", settings.LANGUAGE_CODE)):
        results = [item_data(item, request) for item in _with_details(page)]
    return _respond(
        request,
        {
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "results": results,
        },
    )


@require_safe
def item_detail(request, pk):
    """One item with its text, media and citations, or 404 if the visitor may not see it."""
    # The URL takes any run of digits; past the database's range the lookup would raise.
    pk = parse_id(pk)
    items = KnowledgeItem.objects.visible_to(request.user)
    item = items.filter(pk=pk).specific().first() if pk else None
    if item is None:
        return _respond(request, {"detail": "Not found."}, status=404)
    query = ApiQueryForm(request.GET).cleaned()
    with translation.override(query.get("lang", settings.LANGUAGE_CODE)):
        data = item_data(item, request, detail=True)
    return _respond(request, data, restricted=item.effective_access != PUBLIC)
