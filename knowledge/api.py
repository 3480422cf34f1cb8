"""A read-only JSON API of knowledge items, filtered by the requesting user's access.

``/api/v1/knowledge/?kind=remedy&condition=<code>&species=<id>&community=<code>&lang=en``
The session decides what is visible: the same rule as the pages.
"""

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from knowledge.models import KnowledgeItem, KnowledgePage, RemedyPage
from knowledge.models.remedies import remedy_details
from knowledge.serializers import item_data

KINDS = {"remedy": RemedyPage, "knowledge": KnowledgePage}


def _language(request):
    lang = request.GET.get("lang", "")
    return lang if lang in dict(translation.trans_real.get_languages()) else "vi"


def _respond(request, payload, status=200):
    response = JsonResponse(payload, status=status, json_dumps_params={"ensure_ascii": False})
    patch_vary_headers(response, ["Cookie"])
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


def item_list(request):
    model = KINDS.get(request.GET.get("kind", ""), KnowledgeItem)
    items = model.objects.visible_to(request.user)
    # Filters name fields of the subclasses; from the base table they need the subclass prefix.
    remedy = "" if model is RemedyPage else "remedypage__"
    article = "" if model is KnowledgePage else "knowledgepage__"
    if request.GET.get("condition"):
        if model is KnowledgePage:
            items = items.none()  # articles have no conditions
        else:
            items = items.filter(**{f"{remedy}conditions__code": request.GET["condition"]})
    if request.GET.get("species", "").isdigit():
        species = int(request.GET["species"])
        rule = Q()
        if model is not KnowledgePage:
            rule |= Q(**{f"{remedy}ingredients__species_id": species})
        if model is not RemedyPage:
            rule |= Q(**{f"{article}species__id": species})
        items = items.filter(rule)
    if request.GET.get("community"):
        items = items.filter(community__code=request.GET["community"])
    items = items.distinct().order_by("title", "pk")
    page = Paginator(items, 50).get_page(request.GET.get("page"))
    with translation.override(_language(request)):
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


def item_detail(request, pk):
    item = KnowledgeItem.objects.visible_to(request.user).filter(pk=pk).specific().first()
    if item is None:
        return _respond(request, {"detail": "Not found."}, status=404)
    with translation.override(_language(request)):
        return _respond(request, item_data(item, request, detail=True))
